/**
 * `npm run test:electron`: runs the same integration suite (test/integration/) in desktop VS Code
 * through @vscode/test-electron. That package downloads VS Code (into .vscode-test/), so this
 * needs internet access; without it use `npm run test:integration` (code-server).
 *
 * Env: VSCODE_VERSION (default "stable"), NEWS_TEST_GREP, NEWS_TEST_TIMEOUT_MS, NEWS_SKIP_BUILD=1.
 * On Linux without a display run it under xvfb-run.
 */
import { runTests } from '@vscode/test-electron';
import path from 'node:path';
import { buildIntegrationTests, integrationIndex, repoRoot } from './build-tests';
import { buildExtension, fixturesDir } from './run-integration-lib';

async function main(): Promise<void> {
  buildExtension();
  await buildIntegrationTests();
  const env: Record<string, string> = {};
  for (const k of ['NEWS_TEST_GREP', 'NEWS_TEST_TIMEOUT_MS']) if (process.env[k]) env[k] = process.env[k]!;
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    cachePath: path.join(repoRoot, '.vscode-test'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: integrationIndex,
    extensionTestsEnv: env,
    launchArgs: [fixturesDir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((e: unknown) => {
  const msg = e instanceof Error ? e.message : String(e);
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT/.test(msg);
  console.error(`[electron] ${msg}`);
  if (offline) console.error('[electron] downloading VS Code needs internet access; offline, run `npm run test:integration` (code-server) instead');
  process.exit(1);
});
