/**
 * End-to-end checks of what a user sees: a real VS Code (code-server) in headless Chromium with the
 * extension installed from its .vsix (NEWS_E2E_MODE=dev: from this folder). Screenshots of every
 * step go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { startSession, type Session } from './session';
import { EDITOR_LINES, cursorMovedFrom, showViewContainer, cursorToStart, openFromExplorer, paletteEntries, runPaletteEntry, wordBox } from './workbench';

const ARTICLE = 'harbour-talks.md';
const SPEAKER = 'Marta Quintela';

describe('News Annotator in VS Code (end to end)', function () {
  this.timeout(180000);
  let s: Session;

  before(async function () {
    this.timeout(600000); // includes installing code-server on first use
    s = await startSession();
  });

  after(async () => {
    await s?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && s) {
      const name = `FAILED-${this.currentTest.title.replace(/\W+/g, '-')}`;
      await s.shot(name).catch(() => undefined);
    }
  });

  it('opens a sample article from the Explorer', async () => {
    await openFromExplorer(s.page, ARTICLE, SPEAKER);
    await s.shot('1-article-open');
  });

  it('paints decorations on the speaker, the quotes and the countries', async () => {
    // Decoration types become generated classes: inline ones (colour, underline, font) on spans
    // inside .view-lines, background/border ones on the overlay layer.
    const found = await s.page.waitForFunction(
      ({ sel, speaker }) => {
        const plain = document.querySelector(`${sel} .view-line span span`);
        const plainStyle = plain ? getComputedStyle(plain) : null;
        const spans = Array.from(document.querySelectorAll<HTMLElement>(`${sel} span[class*="ced-"]`));
        const speakerSpans = spans.filter((e) => speaker.includes((e.textContent ?? '').replace(/\u00a0/g, ' ').trim()) && (e.textContent ?? '').trim().length > 2);
        const styled = speakerSpans.filter((e) => {
          const st = getComputedStyle(e);
          return (
            !plainStyle ||
            st.color !== plainStyle.color ||
            st.textDecorationLine !== 'none' ||
            st.fontWeight !== plainStyle.fontWeight ||
            st.fontStyle !== plainStyle.fontStyle ||
            st.backgroundColor !== 'rgba(0, 0, 0, 0)'
          );
        });
        const overlays = document.querySelectorAll('.editor-instance .view-overlays [class*="ced-"]').length;
        if (styled.length === 0) return null;
        const st = getComputedStyle(styled[0]);
        return { decorated: spans.length, overlays, speaker: styled[0].className, color: st.color, textDecoration: st.textDecorationLine };
      },
      { sel: EDITOR_LINES, speaker: SPEAKER },
      { timeout: 60000 },
    );
    const info = await found.jsonValue();
    assert.ok(info && info.decorated > 0, 'no decorated spans in the editor');
    await s.shot('2-decorations');
  });

  it('shows a hover card for a speaker', async () => {
    const box = await wordBox(s.page, 'Quintela');
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = s.page.locator('.monaco-hover:not(.hidden)', { hasText: 'Quintela' }).first();
    await hover.waitFor({ state: 'visible', timeout: 45000 });
    const text = (await hover.textContent()) ?? '';
    assert.match(text, /Quintela/);
    await s.shot('3-hover-speaker');
    await s.page.mouse.move(5, 5);
    await s.page.keyboard.press('Escape');
  });

  it('lists the article in the News tree view; clicking an entry moves the cursor', async () => {
    const before = await cursorToStart(s.page);
    await showViewContainer(s.page, 'News');
    const rows = s.page.locator('.part.sidebar .pane-body .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: 45000 });
    // Expand collapsed entries until a leaf is visible, then click the first leaf.
    for (let i = 0; i < 5; i++) {
      const collapsed = s.page.locator('.part.sidebar .pane-body .monaco-list-row:has(.monaco-tl-twistie.collapsible.collapsed)').first();
      if ((await s.page.locator('.part.sidebar .pane-body .monaco-list-row:has(.monaco-tl-twistie:not(.collapsible))').count()) > 0) break;
      if ((await collapsed.count()) === 0) break;
      await collapsed.click();
    }
    const leaf = s.page.locator('.part.sidebar .pane-body .monaco-list-row:has(.monaco-tl-twistie:not(.collapsible))').first();
    await leaf.waitFor({ state: 'visible', timeout: 30000 });
    await s.shot('4-tree-view');
    const label = (await leaf.textContent()) ?? '';
    await leaf.click();
    const after = await cursorMovedFrom(s.page, before);
    assert.notEqual(after, before);
    // An entry that names its line ("… line 8") must move the cursor to that line.
    const line = /\bline (\d+)/.exec(label)?.[1];
    if (line) assert.match(after, new RegExp(`^Ln ${line},`), `clicked "${label}", cursor at ${after}`);
    await s.shot('5-tree-click-moved-cursor');
  });

  it('runs a News command from the command palette', async () => {
    const before = await cursorToStart(s.page);
    const entries = await paletteEntries(s.page, 'News: ');
    assert.ok(entries.some((e) => /^News: /.test(e)), `no "News:" commands in the palette: ${JSON.stringify(entries)}`);
    await s.shot('6-command-palette');
    await paletteEntries(s.page, 'News: Next Quote');
    await runPaletteEntry(s.page, /News: Next Quote/);
    const after = await cursorMovedFrom(s.page, before);
    // The first quote of the article opens line 8.
    assert.match(after, /^Ln 8,/, `cursor at ${after}`);
    await s.shot('7-next-quote');
  });
});
