import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotations } from '../../src/core/model';
import { EXTENSION_ID } from './helpers';
import {
  MODELS,
  annotated,
  closeAllEditors,
  editorApi,
  editorFixture,
  openEditorFixture,
  restoreCore,
  setSetting,
  useModels,
  waitFor,
  type NewsAnnotatorApi,
} from './editor-support';

async function untitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}

async function fixtureText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(editorFixture(name)));
}

describe('editor: manifest', () => {
  const pkg = () => vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;

  it('activates on Markdown and on its commands, never on *', () => {
    const events: string[] = pkg().activationEvents;
    assert.ok(events.includes('onLanguage:markdown'));
    assert.ok(!events.includes('*'));
    for (const c of pkg().contributes.commands) assert.ok(events.includes(`onCommand:${c.command}`), c.command);
  });

  it('contributes News commands, keybindings, the view, colours, settings, grammar and capabilities', () => {
    const c = pkg().contributes;
    const ids = c.commands.map((x: { command: string }) => x.command);
    for (const id of ['annotateDocument', 'toggleAnnotations', 'nextQuote', 'previousQuote', 'goToSpeakerQuotes', 'copyQuoteWithAttribution', 'exportAnnotations']) {
      assert.ok(ids.includes(`newsAnnotator.${id}`), id);
    }
    for (const x of c.commands) assert.equal(x.category, 'News');
    const keys = c.keybindings.map((k: { command: string }) => k.command);
    assert.ok(keys.includes('newsAnnotator.nextQuote') && keys.includes('newsAnnotator.previousQuote'));
    assert.equal(c.viewsContainers.activitybar[0].id, 'newsAnnotator');
    assert.equal(c.views.newsAnnotator[0].id, 'newsAnnotator.outline');
    assert.equal(c.views.newsAnnotator[0].name, 'News');
    for (const color of c.colors) for (const theme of ['dark', 'light', 'highContrast', 'highContrastLight']) assert.ok(color.defaults[theme], `${color.id} ${theme}`);
    for (const [key, setting] of Object.entries<{ scope: string; description?: string; markdownDescription?: string }>(c.configuration.properties)) {
      assert.equal(setting.scope, 'resource', key);
      assert.ok(setting.description || setting.markdownDescription, key);
    }
    assert.ok(c.grammars.some((g: { injectTo?: string[] }) => g.injectTo?.includes('text.html.markdown')));
    assert.equal(pkg().capabilities.virtualWorkspaces, true);
    assert.equal(pkg().capabilities.untrustedWorkspaces.supported, true);
  });
});

describe('editor: annotation lifecycle', () => {
  let api: NewsAnnotatorApi;
  const calls: { text: string }[] = [];

  before(async () => {
    api = await editorApi();
    useModels(api, MODELS, calls);
  });
  afterEach(async () => {
    await setSetting('newsAnnotator.maxDocumentSizeKB', undefined);
    await setSetting('newsAnnotator.exclude', undefined);
    await setSetting('newsAnnotator.debounce', undefined);
    await vscode.commands.executeCommand('newsAnnotator.toggleAnnotations', true);
  });
  after(async () => {
    restoreCore(api);
    await closeAllEditors();
  });

  // activate()'s own time is a speed figure: it is printed here and by `npm run bench`, not asserted.
  before(() => console.log(`      activate() took ${api.activationTimeMs.toFixed(1)} ms`));

  it('annotates an untitled Markdown document and caches one result per version', async () => {
    const editor = await untitled(await fixtureText('editor-edits.md'));
    const first = await api.getAnnotations(editor.document.uri);
    assert.ok(first);
    assert.equal(first.quotes.length, 2);
    const before = calls.length;
    const again = await api.getAnnotations(editor.document.uri);
    assert.equal(again, first, 'the same version must come from the cache');
    assert.equal(calls.length, before, 'no second run for the same version');
    assert.equal(api.getState(editor.document.uri).kind, 'ready');
  });

  it('follows typing: a quote grows, decorations follow, stale versions are never published, typing is debounced', async () => {
    // long enough that five edits land inside one debounce window even on a busy machine
    await setSetting('newsAnnotator.debounce', 1000);
    const editor = await untitled(await fixtureText('editor-edits.md'));
    const document = editor.document;
    const initial = await api.getAnnotations(document.uri);
    assert.ok(initial);
    await waitFor('decorations', () => api.getDecorations(document.uri).quote.length === 2);

    const published: { version: number; current: number }[] = [];
    const sub = api.onDidAnnotate((e) => {
      if (e.document === document) published.push({ version: e.version, current: document.version });
    });
    const runsBefore = calls.length;
    const done = annotated(api, document, (a) => a.quotes[0]?.text.includes('really, truly moving'));
    const at = document.getText().indexOf('moving again');
    for (const [i, piece] of ['really', ',', ' ', 'truly', ' '].entries()) {
      const offset = at + ['really', ',', ' ', 'truly', ' '].slice(0, i).join('').length;
      assert.ok(await editor.edit((b) => b.insert(document.positionAt(offset), piece)));
    }
    const after: Annotations = await done;
    sub.dispose();
    assert.equal(after.quotes[0].text, '“The boats are really, truly moving again,”');
    assert.ok(calls.length - runsBefore <= 2, `typing five pieces ran the annotator ${calls.length - runsBefore} times`);
    for (const p of published) assert.equal(p.version, p.current, 'a result was published for an outdated version');
    const quote = api.getDecorations(document.uri).quote[0];
    assert.equal(document.getText().slice(quote.start, quote.end), after.quotes[0].text);
    assert.equal(quote.after, '— Mira Okafor');

    // deleting the closing mark of the second quote removes it
    const second = after.quotes[1];
    const gone = annotated(api, document, (a) => a.quotes.length === 1);
    await editor.edit((b) => b.delete(new vscode.Range(document.positionAt(second.end - 1), document.positionAt(second.end))));
    await gone;
    await waitFor('decorations to drop the quote', () => api.getDecorations(document.uri).quote.length === 1);
  });

  it('symbols asked for while typing wait for the debounced annotation instead of starting one', async () => {
    await setSetting('newsAnnotator.debounce', 500);
    const editor = await untitled(await fixtureText('editor-edits.md'));
    const document = editor.document;
    await api.getAnnotations(document.uri);
    const runsBefore = calls.length;
    const at = document.getText().indexOf('nobody');
    await editor.edit((b) => b.insert(document.positionAt(at), 'really '));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const ours = symbols.find((s) => s.name === 'Mira Okafor');
    assert.ok(ours, JSON.stringify(symbols.map((s) => s.name)));
    assert.deepEqual(
      ours.children.map((c) => c.name),
      ['“The boats are moving again”', '“really nobody wants another strike.”'],
    );
    assert.equal(calls.length - runsBefore, 1, 'one annotation for the edit, however many features asked');
  });

  it('does not annotate a document over the size limit automatically; the status bar says so; Annotate Anyway does', async () => {
    await setSetting('newsAnnotator.maxDocumentSizeKB', 1);
    const text = (await fixtureText('editor-summit.md')) + '\n' + 'Padding paragraph for the size limit. '.repeat(60) + '\n';
    const editor = await untitled(text);
    const uri = editor.document.uri;
    await waitFor('the too-large state', () => api.getState(uri).kind === 'tooLarge');
    assert.equal(await api.getAnnotations(uri), undefined);
    const status = await waitFor('the status bar', () => (api.getStatus().text.includes('not annotated') ? api.getStatus() : undefined));
    assert.equal(status.command, 'newsAnnotator.annotateAnyway');
    assert.match(status.tooltip, /over the 1 KB limit/);
    assert.equal(api.getDecorations(uri).quote.length, 0);

    const result = await vscode.commands.executeCommand<Annotations | undefined>('newsAnnotator.annotateAnyway');
    assert.ok(result);
    assert.equal(result.quotes.length, 4);
    assert.equal(api.getState(uri).kind, 'ready');
    await waitFor('decorations after Annotate Anyway', () => api.getDecorations(uri).quote.length === 4);
    await waitFor('counts in the status bar', () => api.getStatus().text.includes('$(quote) 4'));
  });

  it('skips documents matching an exclude glob until annotated on request', async () => {
    await closeAllEditors();
    await setSetting('newsAnnotator.exclude', ['**/editor-summit.md']);
    const editor = await openEditorFixture('editor-summit.md');
    const uri = editor.document.uri;
    await waitFor('the excluded state', () => api.getState(uri).kind === 'excluded');
    assert.equal(await api.getAnnotations(uri), undefined);
    await waitFor('the status bar', () => api.getStatus().text.includes('excluded'));
    const before = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(!(before ?? []).some((s) => s.name === 'Lena Hartmann'));
    const result = await vscode.commands.executeCommand<Annotations | undefined>('newsAnnotator.annotateDocument');
    assert.equal(result?.quotes.length, 4);
    // the same document version now has symbols
    await waitFor('symbols after Annotate Document', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return (symbols ?? []).some((s) => s.name === 'Lena Hartmann');
    });
  });

  it('toggles all decorations and hovers off and on', async () => {
    const editor = await openEditorFixture('editor-summit.md');
    const uri = editor.document.uri;
    await api.getAnnotations(uri);
    await waitFor('decorations', () => api.getDecorations(uri).quote.length === 4);
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.toggleAnnotations'), false);
    assert.equal(api.isVisible(), false);
    for (const ranges of Object.values(api.getDecorations(uri))) assert.equal(ranges.length, 0);
    assert.match(api.getStatus().text, /eye-closed/);
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.toggleAnnotations'), true);
    assert.equal(api.isVisible(), true);
    assert.equal(api.getDecorations(uri).quote.length, 4);
  });
});
