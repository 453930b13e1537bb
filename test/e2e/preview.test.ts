/**
 * The Markdown preview in a real VS Code (code-server): News Annotator's markdown-it plugin marks
 * speakers, quotes, people, countries and metonyms in the built-in preview, a webview. The checks
 * read the preview's DOM inside its nested frames; screenshots go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { repoRoot } from '../../scripts/vscode/build-tests';
import { startSession, type Session } from './session';
import { openFromExplorer, paletteEntries, runCommand } from './workbench';

const ARTICLE = 'harbour-talks.md';
const MARK = '[class^="news-annotator-"]';

/**
 * The document inside the Markdown preview: a webview of the built-in Markdown extension (other
 * webviews may be open too), an iframe holding the active iframe.
 */
function preview(s: Session): FrameLocator {
  return s.page.frameLocator('iframe.webview.ready[src*="extensionId=vscode.markdown-language-features"]').frameLocator('#active-frame');
}

/** Marks of the preview as [kind, text] pairs, waiting until `ready` holds for them. */
async function marks(s: Session, ready: (m: [string, string][]) => boolean, what: string, timeout = 60000): Promise<[string, string][]> {
  const deadline = Date.now() + timeout;
  let last: [string, string][] = [];
  let failure = '';
  for (;;) {
    last = await preview(s)
      .locator(MARK)
      .evaluateAll((els) => els.map((e) => [e.className.replace(/^news-annotator-/, ''), (e.textContent ?? '').replace(/\s+/g, ' ').trim()] as [string, string]))
      .then(
        (m) => ((failure = ''), m),
        (err: unknown) => ((failure = err instanceof Error ? err.message.split('\n')[0] : String(err)), last),
      );
    if (!failure && ready(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: preview marks after ${timeout} ms: ${JSON.stringify(last)}${failure ? ` (last read failed: ${failure})` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Picks a colour theme with "Preferences: Color Theme", as a user does. */
async function pickTheme(s: Session, theme: string, workbenchClass: string): Promise<void> {
  await paletteEntries(s.page, 'Preferences: Color Theme');
  await s.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /^Preferences: Color Theme/ }).first().click();
  // the palette turns into the theme picker
  const row = s.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: theme }).first();
  await s.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /Default (Light|Dark)/ }).first().waitFor({ state: 'visible', timeout: 30000 });
  await s.page.locator('.quick-input-widget input').fill(theme);
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await s.page.keyboard.press('Enter');
  await s.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30000 });
  await s.page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ state: 'attached', timeout: 30000 });
}

describe('News Annotator in the Markdown preview (end to end)', function () {
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
    if (this.currentTest?.state === 'failed' && s) await s.shot(`FAILED-preview-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  it('runs the extension installed from its .vsix (NEWS_E2E_MODE=vsix)', function () {
    if (s.mode !== 'vsix') this.skip();
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    const dir = path.join(s.server.runDir, 'extensions', `${pkg.publisher}.${pkg.name}-${pkg.version}`);
    assert.ok(existsSync(path.join(dir, 'package.json')), `not installed in the extensions folder: ${dir}`);
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js', 'media/preview.css']) assert.ok(existsSync(path.join(dir, bundle)), `${bundle} missing from the installed extension`);
    assert.ok(!existsSync(path.join(dir, 'src')), 'the sources are not shipped');
  });

  it('marks speakers, quotes and countries in the preview opened to the side', async () => {
    // the workbench starts in the default light theme
    await openFromExplorer(s.page, ARTICLE, 'Marta Quintela');
    await runCommand(s.page, 'Markdown: Open Preview to the Side');
    await preview(s).locator('body').getByText('Harbour talks end with a fishing deal').waitFor({ timeout: 60000 });
    const found = await marks(s, (m) => m.some(([k]) => k === 'quote') && m.some(([k]) => k === 'speaker'), 'speaker and quote marks');
    const has = (kind: string, text: string) => found.some(([k, t]) => k === kind && t.includes(text));
    assert.ok(has('speaker', 'Marta Quintela'), `speaker: ${JSON.stringify(found)}`);
    assert.ok(has('quote', 'This agreement protects the people who live from the sea'), `quote: ${JSON.stringify(found)}`);
    assert.ok(has('country', 'Portugal'), `country: ${JSON.stringify(found)}`);
    assert.ok(has('metonym', 'Madrid'), `metonym: ${JSON.stringify(found)}`);
    // the marks carry a title saying what they stand for
    const title = await preview(s).locator('.news-annotator-country', { hasText: 'Portugal' }).first().getAttribute('title');
    assert.match(title ?? '', /Portugal \(PT\)/);
    const bodyClass = (await preview(s).locator('body').getAttribute('class')) ?? '';
    assert.match(bodyClass, /vscode-light/);
    await s.shot('preview-light');
  });

  it('follows the theme: the marks are restyled in a dark theme', async () => {
    const style = () =>
      preview(s)
        .locator('.news-annotator-speaker')
        .first()
        .evaluate((e) => getComputedStyle(e).textDecorationColor);
    const light = await style();
    await pickTheme(s, 'Dark Modern', 'vs-dark');
    await preview(s).locator('body.vscode-dark').waitFor({ timeout: 60000 });
    const dark = await style();
    assert.notEqual(dark, light, 'the speaker underline has the same colour in light and dark themes');
    await s.shot('preview-dark');
  });
});
