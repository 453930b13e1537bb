import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../src/extension/markdown';
import { INJECTED_NAME, MODELS, closeAllEditors, editorApi, hoverText, openEditorFixture, positionOf, restoreCore, useModels, type NewsAnnotatorApi } from './editor-support';

describe('editor: hover cards', () => {
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
    useModels(api, MODELS);
  });
  after(async () => {
    restoreCore(api);
    await closeAllEditors();
  });

  it('on a person: name, role, country with flag, counts, quotes as links, cue', async () => {
    const { document } = await openEditorFixture('editor-summit.md');
    const { text, hovers } = await hoverText(document, positionOf(document, 'Lena Hartmann', 0, 3));
    assert.ok(hovers.length > 0, 'no hover');
    assert.match(text, /\*\*Lena Hartmann\*\*/);
    assert.match(text, /Foreign Minister/);
    assert.match(text, /🇩🇪 Germany/);
    assert.match(text, /3 mentions · 2 quotes/);
    assert.match(text, /\[“We have agreed to reopen the ferry link by spring”\]\(command:newsAnnotator\.reveal\?/);
    assert.match(text, /— \*said\*/);
    assert.match(text, /command:newsAnnotator\.goToSpeakerQuotes\?/);
  });

  it('on a quote: speaker with role, cue, “quote n of m by …”, and the speaker card of the mention', async () => {
    const { document } = await openEditorFixture('editor-summit.md');
    const { text } = await hoverText(document, positionOf(document, 'Hungary will keep', 0, 3));
    assert.match(text, /Quote 2 of 2 by Tomas Varga\*\* — Prime Minister/);
    assert.match(text, /Cue: \*added\*/);
    assert.match(text, /command:newsAnnotator\.copyQuoteWithAttribution\?/);
  });

  it('on a pronoun tied to a quote: whom it refers to', async () => {
    const { document } = await openEditorFixture('editor-summit.md');
    const { text } = await hoverText(document, positionOf(document, 'He added', 0, 1));
    assert.match(text, /\*He\* refers to \*\*Tomas Varga\*\*/);
  });

  it('on a country: flag, name, official name, capital, ISO codes, mentions and forms', async () => {
    const { document } = await openEditorFixture('editor-summit.md');
    const { text } = await hoverText(document, positionOf(document, 'Germany', 0, 2));
    assert.match(text, /🇩🇪 \*\*Germany\*\* — Federal Republic of Germany/);
    assert.match(text, /Capital: Berlin/);
    assert.match(text, /ISO: DE \/ DEU/);
    assert.match(text, /1 mention in this article: \*Germany\* \(1\); also as \*Berlin\* \(1\)/);
  });

  it('on a metonym: the country it stands for', async () => {
    const { document } = await openEditorFixture('editor-summit.md');
    const { text } = await hoverText(document, positionOf(document, 'Berlin welcomed', 0, 2));
    assert.match(text, /\*Berlin\* stands for 🇩🇪 \*\*Germany\*\*/);
  });

  it('nothing where there is nothing', async () => {
    const { document } = await openEditorFixture('editor-summit.md');
    const { text } = await hoverText(document, positionOf(document, 'Local traders', 0, 2));
    assert.doesNotMatch(text, /\$\(person\)|\$\(quote\)/);
  });

  describe('escaping of document text', () => {
    let text: string;
    let markdown: vscode.MarkdownString[];

    before(async () => {
      const { document } = await openEditorFixture('editor-injection.md');
      const person = await hoverText(document, positionOf(document, 'Ada <img', 0, 1));
      const quote = await hoverText(document, positionOf(document, 'See https', 0, 2));
      text = person.text + '\n\n' + quote.text;
      markdown = [...person.markdown, ...quote.markdown];
      assert.ok(person.markdown.length > 0 && quote.markdown.length > 0, 'expected hovers on the person and the quote');
    });

    it('links only to the extension’s own allow-listed commands', () => {
      const targets = [...text.matchAll(/\]\(([a-z-]+):([^?\s)]*)/gi)].map((m) => `${m[1]}:${m[2]}`);
      assert.ok(targets.length > 0);
      for (const t of targets) assert.ok((HOVER_COMMANDS as readonly string[]).some((c) => t === `command:${c}`), `unexpected link target ${t}`);
      assert.doesNotMatch(text, /command:workbench/);
    });

    it('leaves no raw HTML, link syntax, theme icon or bare URL from the document', () => {
      assert.doesNotMatch(text, /<img|<b>|<script/i);
      assert.match(text, /&lt;img src\\=x onerror\\=alert\\\(1\\\)&gt;/);
      assert.match(text, /\\\[Quill\\\]\\\(command\\:workbench\\\.action\\\.quit\\\)/);
      assert.match(text, /\\\$\\\(zap\\\)/);
      assert.match(text, /https\\:\/\/evil\\\.example/);
      assert.match(text, /&lt;b&gt;here&lt;\/b&gt; \\\*n/);
    });

    it('never trusts everything: isTrusted is an allow-list, HTML is off', () => {
      for (const md of markdown) {
        assert.notEqual(md.isTrusted, true);
        if (md.isTrusted && typeof md.isTrusted === 'object') {
          for (const c of md.isTrusted.enabledCommands) assert.ok((HOVER_COMMANDS as readonly string[]).includes(c), `enabled command ${c}`);
        }
        assert.notEqual(md.supportHtml, true);
      }
    });

    it('shows the name as text', () => {
      assert.ok(INJECTED_NAME.includes('<img'));
      assert.match(text, /Ada &lt;img/);
    });
  });

  it('are hidden while annotations are toggled off', async () => {
    const { document } = await openEditorFixture('editor-summit.md');
    await vscode.commands.executeCommand('newsAnnotator.toggleAnnotations', false);
    try {
      const { text } = await hoverText(document, positionOf(document, 'Lena Hartmann', 0, 3));
      assert.doesNotMatch(text, /Lena Hartmann/);
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.toggleAnnotations', true);
    }
  });
});
