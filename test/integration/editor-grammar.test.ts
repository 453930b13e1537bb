import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';
import { editorFixture } from './editor-support';

/** The parts of vscode-textmate and vscode-oniguruma this test uses. */
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown };
}
interface TextMate {
  INITIAL: unknown;
  parseRawGrammar(content: string, path: string): unknown;
  Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar(scope: string): Promise<unknown>;
    getInjections(scope: string): string[] | undefined;
  }) => { loadGrammar(scope: string): Promise<Grammar | null> };
}

/**
 * The quotation grammar, tokenised with the TextMate engine and the Markdown grammar of the running
 * VS Code (found under its app root), so the injection is tested as the editor applies it.
 */
describe('editor: quotation grammar injected into Markdown', () => {
  let lines: { text: string; scopes: string[] }[][];

  before(async function () {
    const appRoot = vscode.env.appRoot;
    const req = createRequire(path.join(appRoot, 'package.json'));
    let textmate: TextMate;
    let oniguruma: Oniguruma;
    try {
      textmate = req('vscode-textmate') as TextMate;
      oniguruma = req('vscode-oniguruma') as Oniguruma;
    } catch {
      return this.skip();
    }
    const wasm = readFileSync(path.join(path.dirname(req.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const injection = ext.packageJSON.contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo?.includes('text.html.markdown'));
    const files: Record<string, string> = {
      'text.html.markdown': path.join(appRoot, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
      [injection.scopeName]: path.join(ext.extensionPath, injection.path),
    };
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope: string) => (files[scope] ? textmate.parseRawGrammar(readFileSync(files[scope], 'utf8'), files[scope]) : null),
      getInjections: (scope: string) => (scope === 'text.html.markdown' ? [injection.scopeName] : undefined),
    });
    const grammar = await registry.loadGrammar('text.html.markdown');
    assert.ok(grammar);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(editorFixture('editor-quotes.md')));
    let state = textmate.INITIAL;
    lines = text.split('\n').map((line) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
  });

  const hasScope = (t: { scopes: string[] }, scope: string) => t.scopes.some((s) => s.split(' ').includes(scope));
  const quoted = (lineNo: number) =>
    lines[lineNo]
      .filter((t) => hasScope(t, 'meta.quotation.news'))
      .map((t) => t.text)
      .join('');

  it('scopes curly, guillemet and straight double quotes with their marks', () => {
    assert.equal(quoted(2), '“Curly quotes,”«guillemets»"straight ones"');
    const begins = lines[2].filter((t) => hasScope(t, 'punctuation.definition.quotation.begin.news')).map((t) => t.text);
    const ends = lines[2].filter((t) => hasScope(t, 'punctuation.definition.quotation.end.news')).map((t) => t.text);
    assert.deepEqual(begins, ['“', '«', '"']);
    assert.deepEqual(ends, ['”', '»', '"']);
    assert.ok(lines[2].some((t) => t.text.includes('straight') && hasScope(t, 'meta.quotation.double.straight.news')));
  });

  it('leaves code spans, link titles, HTML attributes and fenced code alone', () => {
    assert.equal(quoted(4), '');
    assert.equal(quoted(7), '');
  });

  it('keeps Markdown inside a quotation', () => {
    const emphasis = lines[10].find((t) => t.text === 'emphasis');
    assert.ok(emphasis && hasScope(emphasis, 'meta.quotation.news'));
    assert.ok(emphasis.scopes.some((s) => s.startsWith('markup.italic')), JSON.stringify(emphasis.scopes));
  });

  it('ends an unclosed quotation with its paragraph', () => {
    assert.match(quoted(12), /^“runs to the end of its paragraph$/);
    assert.equal(quoted(14), '');
  });
});
