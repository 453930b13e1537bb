import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate } from '../../src/core/annotate';
import { closeAllEditors, editorApi, hoverText, openEditorFixture, restoreCore, waitFor, type NewsAnnotatorApi } from './editor-support';

/** With the real core: the editor shows exactly what the core finds, whatever that is today. */
describe('editor: with the real core', () => {
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
    restoreCore(api);
  });
  after(closeAllEditors);

  for (const name of ['editor-summit.md', 'editor-injection.md']) {
    it(`${name}: the cache holds the core's annotations and every view agrees with them`, async () => {
      const editor = await openEditorFixture(name);
      const { document } = editor;
      const annotations = await api.getAnnotations(document.uri);
      assert.deepEqual(annotations, annotate(document.getText()));
      const a = annotations!;

      await waitFor('decorations', () => api.getDecorations(document.uri).quote.length === a.quotes.length);
      const d = api.getDecorations(document.uri);
      assert.equal(d.country.length, a.countries.reduce((n, c) => n + c.mentions.length, 0));
      assert.equal(d.metonym.length, a.countries.reduce((n, c) => n + c.metonyms.length, 0));

      const roots = await api.getTreeItems(document.uri);
      assert.equal(roots.find((r) => r.label === 'Quotes')?.children.length, a.quotes.length);
      assert.equal(roots.find((r) => r.label === 'Countries')?.children.length, a.countries.length);
      assert.equal(roots.find((r) => r.label === 'People')?.children.length, a.people.length);

      for (const person of a.people) {
        const m = person.mentions[0];
        if (!m) continue;
        const { text } = await hoverText(document, document.positionAt(m.start));
        assert.ok(text.includes('$(person)'), `a person card on ${m.text}`);
      }
      for (const q of a.quotes) {
        const { text } = await hoverText(document, document.positionAt(q.start));
        assert.ok(text.includes('$(quote)'), `a quote card on ${q.text}`);
        assert.doesNotMatch(text, /\]\(command:workbench/);
      }
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
      const countrySymbols = symbols.filter((s) => a.countries.some((c) => s.name === `${c.flag} ${c.name}`));
      assert.equal(countrySymbols.length, a.countries.length);
    });
  }
});
