/**
 * The markdown-it plugin inside VS Code's own Markdown engine: `markdown.api.render` renders a
 * document with every contributed plugin, the way the built-in preview does.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { editorApi, editorFixture, setSetting, waitFor } from './editor-support';

async function render(document: vscode.TextDocument): Promise<string> {
  return (await vscode.commands.executeCommand<string>('markdown.api.render', document)) ?? '';
}

describe('Markdown preview plugin in VS Code', function () {
  this.timeout(60000);

  after(() => setSetting('newsAnnotator.preview.enabled', undefined));

  it('marks quotes, people and countries in the rendered article', async () => {
    await editorApi();
    const document = await vscode.workspace.openTextDocument(editorFixture('editor-summit.md'));
    const html = await waitFor('the preview to carry marks', async () => {
      const h = await render(document);
      return h.includes('news-annotator-quote') ? h : undefined;
    }, 30000);
    assert.match(html, /<span class="news-annotator-quote"[^>]*>“We have agreed to reopen the ferry link by spring,”<\/span>/);
    assert.match(html, /class="news-annotator-(speaker|person)"[^>]*>Hartmann</);
    assert.match(html, /class="news-annotator-country"[^>]*>Germany</);
  });

  it('renders plain Markdown when turned off in the settings, and marks again when turned back on', async () => {
    const document = await vscode.workspace.openTextDocument(editorFixture('editor-summit.md'));
    await setSetting('newsAnnotator.preview.enabled', false);
    const html = await waitFor('the preview without marks', async () => {
      const h = await render(document);
      return h.includes('news-annotator-') ? undefined : h;
    });
    assert.match(html, /“We have agreed to reopen the ferry link by spring,” Hartmann said/);
    await setSetting('newsAnnotator.preview.enabled', true);
    await waitFor('the marks back when turned on again', async () => ((await render(document)).includes('news-annotator-quote') ? true : undefined));
  });
});
