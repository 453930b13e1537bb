/**
 * Entry of the integration suite: a module exporting `run()`, loaded by a real VS Code extension
 * host (through `npm run test:integration` on code-server, or `npm run test:electron` on desktop
 * VS Code). It runs mocha over every compiled `*.test.js` file beside it.
 *
 * To add a test: create `test/integration/<topic>.test.ts` (any depth below test/integration/)
 * using mocha's `describe`/`it` (or `suite`/`test`) and the real `vscode` API. Nothing to
 * register: scripts/vscode/build-tests.ts compiles every test/integration/**\/*.test.ts to
 * out/test/integration/ and this index loads them all. Shared helpers live in ./helpers.ts.
 * Run a subset with NEWS_TEST_GREP=<pattern> npm run test:integration.
 */
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import path from 'node:path';

function findTests(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => path.join(dir, f))
    .sort();
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.NEWS_TEST_TIMEOUT_MS ?? 30000),
    grep: process.env.NEWS_TEST_GREP || undefined,
  });
  // Also offer the tdd globals (suite/test/setup/teardown) next to describe/it.
  Mocha.interfaces.tdd(mocha.suite);

  const files = findTests(__dirname);
  if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
  for (const f of files) mocha.addFile(f);

  const { failures, stats } = await new Promise<{ failures: number; stats?: Mocha.Stats }>((resolve, reject) => {
    try {
      const runner = mocha.run((n) => resolve({ failures: n, stats: runner.stats }));
    } catch (e) {
      reject(e);
    }
  });
  if (stats) console.log(`integration: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
