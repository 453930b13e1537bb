/**
 * One end-to-end session: code-server with the extension, headless Chromium on its workbench,
 * test/fixtures/articles opened as the workspace.
 *
 * NEWS_E2E_MODE=vsix (default): the extension is packaged with vsce and installed with
 * `code-server --install-extension`, the way a user gets it.
 * NEWS_E2E_MODE=dev: the extension is loaded from this folder as a development extension
 * (in that mode VS Code shows no toast notifications).
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureInstalled } from '../../scripts/vscode/install';
import { repoRoot } from '../../scripts/vscode/build-tests';
import { buildExtension, fixturesDir } from '../../scripts/vscode/run-integration-lib';
import { packageVsix } from '../../scripts/vscode/package-vsix';
import { launchBrowser, remoteUri, startCodeServer, waitForWorkbench, workbenchUrl, type Browser, type CodeServer } from '../../scripts/vscode/code-server';

export const screenshotsDir = path.join(repoRoot, 'test-results', 'screenshots');

export interface Session {
  mode: 'vsix' | 'dev';
  server: CodeServer;
  browser: Browser;
  page: Page;
  /** Saves a PNG of the whole window as test-results/screenshots/<mode>-<name>.png. */
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

let packaged: string | undefined;
let cleaned = false;

export async function startSession(): Promise<Session> {
  const mode = process.env.NEWS_E2E_MODE === 'dev' ? 'dev' : 'vsix';
  const t0 = Date.now();
  const step = (msg: string) => console.log(`      [e2e] ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const installed = await ensureInstalled();
  mkdirSync(screenshotsDir, { recursive: true });
  // the previous run's screenshots go, once per run: sessions of one run add to the same folder
  if (!cleaned) for (const f of readdirSync(screenshotsDir)) if (f.startsWith(`${mode}-`) && f.endsWith('.png')) rmSync(path.join(screenshotsDir, f));
  cleaned = true;
  let vsix: string | undefined;
  if (mode === 'vsix') {
    // packaged once per test run: every session installs the same .vsix
    vsix = packaged && existsSync(packaged) ? packaged : (packaged = packageVsix());
    step(`packaged ${path.relative(repoRoot, vsix)}`);
  } else {
    buildExtension();
    step('built');
  }
  const server = await startCodeServer({
    installed,
    smokeTestDriver: mode === 'dev',
    installExtensions: vsix ? [vsix] : [],
  });
  step(`code-server listening on ${server.origin}`);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(installed, server.runDir);
    const page = browser.page;
    page.setDefaultTimeout(45000);
    const payload: [string, string][] = [['skipWelcome', 'true']];
    if (mode === 'dev') payload.push(['extensionDevelopmentPath', remoteUri(server, repoRoot)]);
    await page.goto(workbenchUrl(server, fixturesDir, payload), { timeout: 60000 });
    await waitForWorkbench(page);
    step('workbench loaded');
    const b = browser;
    return {
      mode,
      server,
      browser: b,
      page,
      async shot(name) {
        const file = path.join(screenshotsDir, `${mode}-${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      async close() {
        await b.close();
        await server.stop();
      },
    };
  } catch (e) {
    await browser?.close();
    await server.stop();
    throw e;
  }
}
