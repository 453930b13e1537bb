import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MODELS, closeAllEditors, editorApi, openEditorFixture, restoreCore, setSetting, span, useModels, waitFor, type NewsAnnotatorApi } from './editor-support';

describe('editor: decorations, tree, symbols, status bar', () => {
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
    useModels(api, MODELS);
  });
  after(async () => {
    restoreCore(api);
    await setSetting('newsAnnotator.decorations.quoteSpeaker', undefined);
    await setSetting('newsAnnotator.decorations.quotes', undefined);
    await closeAllEditors();
  });

  async function summit(): Promise<vscode.TextEditor> {
    const editor = await openEditorFixture('editor-summit.md');
    await api.getAnnotations(editor.document.uri);
    await waitFor('decorations', () => api.getDecorations(editor.document.uri).quote.length === 4);
    return editor;
  }

  it('decorates speakers, quotes (with their speaker), countries and metonyms, each kind apart', async () => {
    const { document } = await summit();
    const text = document.getText();
    const d = api.getDecorations(document.uri);
    const texts = (kind: keyof typeof d) => d[kind].map((r) => text.slice(r.start, r.end));
    assert.deepEqual(texts('speaker'), ['Lena Hartmann', 'Tomas Varga', 'Hartmann', 'Varga', 'He', 'Hartmann']);
    assert.deepEqual(texts('person'), []);
    assert.deepEqual(texts('country'), ['Germany', 'Hungary']);
    assert.deepEqual(texts('metonym'), ['Budapest', 'Berlin']);
    assert.deepEqual(
      d.quote.map((q) => q.after),
      ['— Lena Hartmann', '— Tomas Varga', '— Tomas Varga', '— Lena Hartmann'],
    );
  });

  it('follows the decoration settings', async () => {
    const { document } = await summit();
    await setSetting('newsAnnotator.decorations.quoteSpeaker', 'nameAndRole');
    await waitFor('name and role after quotes', () => api.getDecorations(document.uri).quote[0]?.after === '— Lena Hartmann, Foreign Minister');
    await setSetting('newsAnnotator.decorations.quoteSpeaker', 'off');
    await waitFor('no speaker after quotes', () => api.getDecorations(document.uri).quote.every((q) => q.after === undefined));
    await setSetting('newsAnnotator.decorations.quotes', false);
    await waitFor('no quote decorations', () => api.getDecorations(document.uri).quote.length === 0);
    assert.equal(api.getDecorations(document.uri).country.length, 2);
    await setSetting('newsAnnotator.decorations.quotes', undefined);
    await setSetting('newsAnnotator.decorations.quoteSpeaker', undefined);
    await waitFor('quote decorations back', () => api.getDecorations(document.uri).quote.length === 4);
  });

  it('builds the News tree: groups with counts, speakers → quotes, countries → mentions, a badge', async () => {
    const { document } = await summit();
    const roots = await api.getTreeItems(document.uri);
    assert.deepEqual(
      roots.map((r) => `${r.label} ${r.description}`),
      ['Speakers 2', 'People 2', 'Countries 2', 'Quotes 4'],
    );
    const [speakers, people, countries, quotes] = roots;
    assert.deepEqual(
      speakers.children.map((s) => [s.label, s.description, s.contextValue]),
      [
        ['Lena Hartmann', 'Foreign Minister · 2 quotes', 'speaker'],
        ['Tomas Varga', 'Prime Minister · 2 quotes', 'speaker'],
      ],
    );
    assert.deepEqual(
      speakers.children[0].children.map((q) => [q.label, q.description, q.contextValue]),
      [
        ['“We have agreed to reopen the ferry link by spring”', 'said', 'quote'],
        ['“The ferries will run twice a day.”', 'said', 'quote'],
      ],
    );
    assert.equal(people.children[0].children.length, 3);
    assert.deepEqual(
      countries.children[0].children.map((m) => [m.label, m.description]),
      [
        ['Germany', 'line 3'],
        ['Berlin', 'line 9 · metonym'],
      ],
    );
    assert.equal(countries.children[0].label, '🇩🇪 Germany');
    assert.deepEqual(
      quotes.children.map((q) => q.description),
      ['Lena Hartmann', 'Tomas Varga', 'Tomas Varga', 'Lena Hartmann'],
    );
    const info = api.getTreeInfo();
    assert.equal(info.badge, 4);
    assert.equal(info.description, 'editor-summit.md');
    assert.equal(info.document?.toString(), document.uri.toString());
  });

  it('the tree follows the active editor and the cursor', async () => {
    const { document } = await summit();
    await vscode.commands.executeCommand('newsAnnotator.outline.focus');
    await waitFor('the News view to be visible', () => api.getTreeInfo().visible);
    const other = await openEditorFixture('editor-injection.md');
    await waitFor('the tree to show the other article', () => api.getTreeInfo().document?.toString() === other.document.uri.toString());
    const editor = await vscode.window.showTextDocument(document);
    await waitFor('the tree to come back', () => api.getTreeInfo().document?.toString() === document.uri.toString());
    await api.getTreeItems(document.uri);
    // the cursor moves within the quote now and then, as a user's would, until the tree follows
    const inQuote = span(document.getText(), 'keep its word').start;
    let polls = 0;
    await waitFor('the quote at the cursor to be selected in the tree', () => {
      if (polls++ % 40 === 0) {
        const at = document.positionAt(inQuote + (polls % 80 === 1 ? 0 : 1));
        editor.selection = new vscode.Selection(at, at);
      }
      return api.getTreeInfo().selection.join() === 'quotes/q3';
    }).catch((e: Error) => {
      throw new Error(`${e.message}; selected: ${api.getTreeInfo().selection.join()}`);
    });
    const country = document.positionAt(span(document.getText(), 'Germany').start + 1);
    editor.selection = new vscode.Selection(country, country);
    await waitFor('the country mention at the cursor to be selected', () => api.getTreeInfo().selection.join() === 'countries/DE/m0');
  });

  it('the status bar shows the counts and focuses the tree', async () => {
    await summit();
    const status = await waitFor('counts', () => (api.getStatus().text === '$(person) 2 $(quote) 4 $(globe) 2' ? api.getStatus() : undefined));
    assert.equal(status.visible, true);
    assert.equal(status.command, 'newsAnnotator.outline.focus');
    assert.match(status.tooltip, /2 speakers, 4 quotes, 2 people, 2 countries/);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand(status.command!);
    await waitFor('the News view to be visible', () => api.getTreeInfo().visible);
  });

  it('provides document symbols for speakers with their quotes and for countries, beside the headings', async () => {
    // a fresh copy: VS Code keeps the symbols of a document version it has asked for before
    const text = (await summit()).document.getText();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.map((s) => s.name);
    for (const name of ['Lena Hartmann', 'Tomas Varga', '🇩🇪 Germany', '🇭🇺 Hungary']) assert.ok(names.includes(name), `${name} in ${JSON.stringify(names)}`);
    assert.ok(
      names.some((n) => n.includes('Ministers Agree to Reopen the Ferry Link')),
      `the Markdown heading beside ours: ${JSON.stringify(names)}`,
    );
    const hartmann = symbols.find((s) => s.name === 'Lena Hartmann')!;
    assert.equal(hartmann.detail, 'Foreign Minister · 2 quotes');
    assert.deepEqual(
      hartmann.children.map((c) => [c.name, c.kind]),
      [
        ['“We have agreed to reopen the ferry link by spring”', vscode.SymbolKind.String],
        ['“The ferries will run twice a day.”', vscode.SymbolKind.String],
      ],
    );
    for (const child of hartmann.children) assert.ok(hartmann.range.contains(child.range));
  });
});
