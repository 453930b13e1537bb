/** Page helpers for the VS Code web workbench (selectors of VS Code 1.139). Every wait has a timeout. */
import type { Page } from 'playwright-core';

export const EDITOR_LINES = '.editor-instance .monaco-editor .view-lines';

/** Opens a file of the workspace by double-clicking its row in the Explorer. */
export async function openFromExplorer(page: Page, fileName: string, expectText: string): Promise<void> {
  const explorer = page.locator('.explorer-folders-view');
  if (!(await explorer.isVisible())) await page.keyboard.press('Control+Shift+E');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ state: 'visible', timeout: 60000 });
  await row.dblclick();
  const tab = page.locator('.tabs-container .tab', { hasText: fileName }).first();
  try {
    await tab.waitFor({ state: 'visible', timeout: 15000 });
  } catch {
    await row.dblclick(); // a busy workbench can miss the first double-click
    await tab.waitFor({ state: 'visible', timeout: 30000 });
  }
  await page.waitForFunction(
    ({ sel, text }) => Array.from(document.querySelectorAll(sel)).some((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ').includes(text)),
    { sel: EDITOR_LINES, text: expectText },
    { timeout: 45000 },
  );
}

/**
 * Shows the view container whose activity bar entry's label contains `label` (a click on an
 * entry that is already shown would hide the side bar, so that one is left alone).
 */
export async function showViewContainer(page: Page, label: string): Promise<void> {
  const item = page.locator('.part.activitybar .action-item', { has: page.locator(`.action-label[aria-label*="${label}"]`) }).first();
  await item.waitFor({ state: 'visible', timeout: 30000 });
  const checked = (await item.getAttribute('class'))?.split(/\s+/).includes('checked');
  const sidebarVisible = await page.locator('.part.sidebar').isVisible();
  if (!checked || !sidebarVisible) await item.click();
  await page.waitForFunction(
    (l) => Array.from(document.querySelectorAll('.part.activitybar .action-item.checked .action-label')).some((e) => (e.getAttribute('aria-label') ?? '').includes(l)),
    label,
    { timeout: 30000 },
  );
}

/** Screen box of the first occurrence of `word` in the editor (a DOM Range over its text node). */
export async function wordBox(page: Page, word: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const handle = await page.waitForFunction(
    ({ sel, word }) => {
      const root = document.querySelector(sel);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').replace(/\u00a0/g, ' ');
        const i = text.indexOf(word);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + word.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    },
    { sel: EDITOR_LINES, word },
    { timeout: 45000 },
  );
  return (await handle.jsonValue())!;
}

/** The text of the status bar's cursor position item ("Ln 3, Col 5"). */
export async function cursorPosition(page: Page): Promise<string> {
  const item = page.locator('#status\\.editor\\.selection');
  await item.waitFor({ state: 'visible', timeout: 30000 });
  return ((await item.textContent()) ?? '').trim();
}

/** Puts the cursor at the start of the active editor and waits until the status bar says so. */
export async function cursorToStart(page: Page): Promise<string> {
  await page.locator(EDITOR_LINES).first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  await page.waitForFunction(() => /Ln 1, Col 1\b/.test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''), null, { timeout: 30000 });
  return cursorPosition(page);
}

/** Waits until the status bar's cursor position differs from `before`; returns the new one. */
export async function cursorMovedFrom(page: Page, before: string, timeoutMs = 30000): Promise<string> {
  await page.waitForFunction(
    (b) => {
      const t = (document.querySelector('#status\\.editor\\.selection')?.textContent ?? '').trim();
      return t !== '' && t !== b;
    },
    before,
    { timeout: timeoutMs },
  );
  return cursorPosition(page);
}

/** Opens the command palette, types `query` and returns the visible entries' labels. */
export async function paletteEntries(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 30000 });
  await input.fill(`>${query}`);
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: 30000 });
  return (await rows.allTextContents()).map((t) => t.trim());
}

/** Runs the palette entry whose label matches `label` (the palette must be open on a query). */
export async function runPaletteEntry(page: Page, label: RegExp): Promise<void> {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30000 });
}

/** Runs a command by its palette title, e.g. "View: Close All Editors". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await paletteEntries(page, title);
  await runPaletteEntry(page, new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}
