import assert from 'node:assert/strict';
import { INJECTED_NAME, MODELS, closeAllEditors, editorApi, openEditorFixture, restoreCore, useModels, waitFor, type NewsAnnotatorApi } from './editor-support';

/**
 * A name and a quote full of Markdown, HTML, `command:` links and theme icons (editor-injection.md)
 * are shown in the News tree and the status bar as plain text: tree labels, descriptions and
 * tooltips are plain strings holding the text as written, and the status bar shows only counts.
 * (The tree's hover cards are the hovers' cards, whose escaping editor-hover.test.ts checks.)
 */
describe('editor: injected text in the tree and the status bar', () => {
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
    useModels(api, MODELS);
  });
  after(async () => {
    restoreCore(api);
    await closeAllEditors();
  });

  it('the tree shows the name and the quote as plain text, as written', async () => {
    const { document } = await openEditorFixture('editor-injection.md');
    await api.getAnnotations(document.uri);
    const roots = await waitFor('the tree', async () => {
      const items = await api.getTreeItems(document.uri);
      return items.length > 0 ? items : undefined;
    });
    const all: { label: string; description?: string; tooltip?: string }[] = [];
    const walk = (items: typeof roots): void => {
      for (const i of items) {
        all.push(i);
        walk(i.children);
      }
    };
    walk(roots);
    for (const i of all) {
      assert.equal(typeof i.label, 'string');
      if (i.description !== undefined) assert.equal(typeof i.description, 'string');
      if (i.tooltip !== undefined) assert.equal(typeof i.tooltip, 'string');
    }
    assert.ok(all.some((i) => i.label === INJECTED_NAME), `no tree item labelled with the name as written: ${all.map((i) => i.label).join(' | ')}`);
    assert.ok(all.some((i) => i.label.includes('$(zap) See https://evil.example/x')), 'the quote as written');
  });

  it('the status bar shows counts only, and its tooltip none of the injected text', async () => {
    await openEditorFixture('editor-injection.md');
    const status = await waitFor('counts', () => (/^\$\(person\) \d+ \$\(quote\) \d+ \$\(globe\) \d+$/.test(api.getStatus().text) ? api.getStatus() : undefined));
    assert.equal(status.text, '$(person) 1 $(quote) 1 $(globe) 1');
    assert.doesNotMatch(status.tooltip, /<img|<script|command:workbench|\$\(zap\)|\]\(/);
    assert.equal(status.command, 'newsAnnotator.outline.focus');
  });
});
