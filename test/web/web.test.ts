/**
 * The web extension (the `browser` bundle) in VS Code's web worker extension host: the host of
 * vscode.dev and github.dev, with no Node APIs. Files come from the workspace through
 * `vscode.workspace.fs`.
 */
import * as vscode from 'vscode';
import type { NewsAnnotatorApi, OutlineItemData } from '../../src/extension/api';
import { equal, includes, ok, waitFor } from './assert';

const EXTENSION_ID = 'news-annotator.news-annotator';
const ARTICLE = 'harbour-talks.md';
const CORRECTED = 'corrections-council.md';
const WITH_SIDECAR = 'river-dam.md';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'no workspace folder open: the runner opens test/fixtures/articles');
  return vscode.Uri.joinPath(folder.uri, name);
}
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.news.json` });
const deleteIfThere = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);

async function api(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  ok(ext, `${EXTENSION_ID} is not loaded in this host`);
  return ext.isActive ? ext.exports : ext.activate();
}

async function open(name: string): Promise<{ editor: vscode.TextEditor; uri: vscode.Uri }> {
  const uri = fixture(name);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return { editor, uri };
}

describe('web: the browser bundle in the web worker extension host', () => {
  before(async () => {
    for (const name of [CORRECTED, WITH_SIDECAR]) await deleteIfThere(sidecarOf(fixture(name)));
  });
  after(async () => {
    for (const name of [CORRECTED, WITH_SIDECAR]) await deleteIfThere(sidecarOf(fixture(name)));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in a web worker without Node', () => {
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'uiKind');
    const g = globalThis as Record<string, unknown>;
    equal(typeof g.process, 'undefined', 'typeof process');
    equal(typeof g.require, 'undefined', 'typeof require');
    equal(typeof g.WorkerGlobalScope, 'function', 'typeof WorkerGlobalScope');
    ok(globalThis instanceof (g.WorkerGlobalScope as new () => object), 'the global object is a WorkerGlobalScope');
    equal(typeof g.document, 'undefined', 'typeof document');
  });

  it('activates on a Markdown article and annotates it in a Web Worker it starts', async () => {
    const { uri } = await open(ARTICLE);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('activation', () => ext.isActive);
    equal(ext.packageJSON.browser, './dist/web/extension.js', 'the manifest names the web bundle');
    equal(ext.packageJSON.main, undefined, 'no Node entry to fall back on');
    const a = await (await api()).getAnnotations(uri);
    ok(a, 'getAnnotations returned undefined for an open article');
    includes(
      a.people.map((p) => p.name),
      'Marta Quintela',
      'people',
    );
    for (const code of ['PT', 'MA']) includes(a.countries.map((c) => c.code), code, 'countries');
    ok(a.quotes.length >= 3, `quotes: ${a.quotes.length}`);
    equal((await api()).getAnnotationThread(), 'worker', 'where the core ran (a Web Worker started by the extension)');
  });

  it('reads the corrections sidecar beside an article through workspace.fs', async () => {
    const uri = fixture(WITH_SIDECAR);
    const quote = '"We are against surprises."';
    const sidecar = { version: 1, corrections: [{ id: 'c1', kind: 'not-quote', target: { text: quote, before: 'Mansour said. ', after: '', occurrence: 0 } }] };
    try {
      const plain = await (await api()).getAnnotations(uri);
      ok(plain?.quotes.some((q) => q.text === quote), `the quote is detected without the sidecar: ${JSON.stringify(plain?.quotes.map((q) => q.text))}`);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.writeFile(sidecarOf(uri), new TextEncoder().encode(JSON.stringify(sidecar)));
      await open(WITH_SIDECAR);
      const corrected = await waitFor('the sidecar to apply', async () => {
        const a = await (await api()).getAnnotations(uri);
        return a && !a.quotes.some((q) => q.text === quote) ? a : undefined;
      });
      ok(corrected.quotes.length > 0, 'the other quotes stay');
    } finally {
      await deleteIfThere(sidecarOf(uri));
    }
  });

  it('paints decorations on the speaker, the quotes and the countries', async () => {
    const { editor, uri } = await open(ARTICLE);
    const text = editor.document.getText();
    const extension = await api();
    const snap = await waitFor('decorations', () => {
      const d = extension.getDecorations(uri);
      return d.quote.length > 0 ? d : undefined;
    });
    const spans = (ranges: readonly { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));
    ok(spans(snap.speaker).some((t) => t.includes('Quintela')), `speaker decorations: ${JSON.stringify(spans(snap.speaker))}`);
    ok(spans(snap.quote).some((t) => t.includes('This agreement protects the people')), `quote decorations: ${JSON.stringify(spans(snap.quote))}`);
    ok(spans(snap.country).includes('Portugal'), `country decorations: ${JSON.stringify(spans(snap.country))}`);
  });

  it('answers hovers and document symbols through the language features', async () => {
    const { editor, uri } = await open(ARTICLE);
    const at = editor.document.positionAt(editor.document.getText().indexOf('Quintela') + 2);
    const hovers = await waitFor('a hover on the speaker', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
      return h.some((x) => hoverText(x).includes('Quintela')) ? h : undefined;
    });
    ok(hovers.length > 0, 'no hover');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const names = flatten(symbols ?? []).map((s) => s.name);
    ok(names.some((n) => n.includes('Marta Quintela')), `symbols: ${JSON.stringify(names)}`);
  });

  it('fills the News tree', async () => {
    const { uri } = await open(ARTICLE);
    const items = await (await api()).getTreeItems(uri);
    const labels = flattenTree(items).map((i) => i.label);
    ok(labels.some((l) => l.includes('Marta Quintela')), `tree: ${JSON.stringify(labels)}`);
    ok(labels.some((l) => l.includes('Morocco')), `tree: ${JSON.stringify(labels)}`);
  });

  it('writes a correction to the sidecar through workspace.fs and shows it', async () => {
    const { uri } = await open(CORRECTED);
    const a = await (await api()).getAnnotations(uri);
    ok(a, 'not annotated');
    const quote = a.quotes.find((q) => q.text.includes('change how students travel'));
    ok(quote, 'the quote is found');
    await vscode.commands.executeCommand('newsAnnotator.setSpeaker', uri, quote.start + 3, 'Jana Horak', 'person');
    const sidecar = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri)))) as { corrections: { kind: string }[] };
    equal(sidecar.corrections[0]?.kind, 'set-speaker', 'the correction in the sidecar');
    const after = await (await api()).getAnnotations(uri);
    const q = after?.quotes.find((x) => x.text.includes('change how students travel'));
    equal(after?.people.find((p) => p.id === q?.speaker)?.name, 'Jana Horak', 'the speaker after the correction');
  });
});

function hoverText(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

function flattenTree(items: readonly OutlineItemData[]): OutlineItemData[] {
  return items.flatMap((i) => [i, ...flattenTree(i.children)]);
}
