/**
 * `npm run test:integration`: runs the integration suite (test/integration/) inside the extension
 * host of a real VS Code — code-server from the npm registry, driven by headless Chromium — with
 * the extension loaded from this folder as a development extension and test/fixtures/articles
 * opened as the workspace. Prints the extension host's output and exits with the suite's code;
 * exits 2 with a message when the harness itself fails.
 *
 * `--web` (`npm run test:web`): runs the web suite (test/web/) instead, in the web worker extension
 * host — the host of vscode.dev and github.dev — where the extension runs from its `browser` bundle
 * (staged as a web-only extension: see stageWebExtension).
 *
 * Env: NEWS_TEST_GREP (mocha grep), NEWS_TEST_VERBOSE=1 (also the workbench's own log lines), NEWS_TEST_TIMEOUT_S (whole run, default 300),
 *      NEWS_SKIP_BUILD=1 (reuse dist/), NEWS_KEEP_RUN_DIR=1 (keep the scratch folder).
 */
import { format } from 'node:util';
import { ensureInstalled } from './install';
import { buildExtension, fixturesDir, stageWebExtension } from './run-integration-lib';
import { buildIntegrationTests, buildWebTests, integrationIndex, repoRoot, webIndex } from './build-tests';
import { HarnessError, launchBrowser, remoteUri, startCodeServer, waitForWorkbench, workbenchUrl, type Browser, type CodeServer } from './code-server';

/** Workbench chatter unrelated to the tests, hidden unless NEWS_TEST_VERBOSE=1. */
const WORKBENCH_NOISE = [
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^Creating a socket \(/,
  /^Resolv(ing|ed) connection token/,
  /^\[(reconnection-grace-time|Service Worker|AccountPolicyGate|AgentHost[^\]]*)\]/,
  /^Creation of workbench contribution/,
  /^Timed out waiting for authentication provider 'github'/,
];

const web = process.argv.includes('--web');
const label = web ? 'web' : 'integration';

function step(msg: string, t0: number): void {
  console.log(`[${label}] ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const installed = await ensureInstalled();
  step('VS Code (code-server) and Node 24 ready', t0);
  buildExtension();
  const extensionDir = web ? stageWebExtension() : repoRoot;
  await (web ? buildWebTests() : buildIntegrationTests());
  step('extension and tests built', t0);

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ installed, smokeTestDriver: true });
    step(`code-server listening on ${server.origin}`, t0);
    browser = await launchBrowser(installed, server.runDir);
    const { page } = browser;

    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    const verbose = !!process.env.NEWS_TEST_VERBOSE;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (!verbose && WORKBENCH_NOISE.some((re) => re.test(line))) return;
      if (type === 'error') process.stderr.write(`${line}\n`);
      else process.stdout.write(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(Number(code)));
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.stack || e.message));

    const env: Record<string, string> = {};
    for (const k of ['NEWS_TEST_GREP', 'NEWS_TEST_TIMEOUT_MS']) if (process.env[k]) env[k] = process.env[k]!;
    const url = workbenchUrl(server, fixturesDir, [
      ['extensionDevelopmentPath', remoteUri(server, extensionDir)],
      ['extensionTestsPath', remoteUri(server, web ? webIndex : integrationIndex)],
      // web: the development extension (and the tests) run in the web worker extension host
      ...(web ? [['extensionDevelopmentKind', 'web'] as [string, string]] : []),
      ['extensionEnvironment', JSON.stringify(env)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(url, { timeout: 60000 });
    await waitForWorkbench(page);
    step('workbench loaded, tests running', t0);

    const limitS = Number(process.env.NEWS_TEST_TIMEOUT_S ?? 300);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exitCode,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const extra = pageErrors.length ? `\npage errors:\n  ${pageErrors.slice(-5).join('\n  ')}` : '';
          reject(new HarnessError(`tests did not report an exit code within ${limitS} s (codeAutomationExit never called)${extra}`));
        }, limitS * 1000);
      }),
    ]);
    clearTimeout(timer);
    step(`tests finished with exit code ${code}`, t0);
    return code;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    console.error(`[${label}] HARNESS FAILURE: ${msg}`);
    process.exit(2);
  },
);
