/**
 * Entry of the web suite: a module exporting `run()`, loaded by VS Code's web worker extension
 * host (code-server in headless Chromium, `npm run test:web`), where the extension runs from its
 * `browser` bundle. scripts/vscode/build-tests.ts bundles this file, mocha's browser build and
 * every test/web/*.test.ts into one script (a web worker host loads a single module).
 *
 * To add a test: create `test/web/<topic>.test.ts` with mocha's `describe`/`it`; it may use the
 * `vscode` API and web platform APIs only (no Node modules: the host has none).
 */
// mocha's browser build: defines the global `mocha` (the bundler keeps its UMD header from taking
// over this module's exports, see buildWebTests).
import 'mocha/mocha.js';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter: string; color: boolean; timeout: number; grep?: string }): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
}

// A web worker has no process.env: the runner's NEWS_TEST_GREP / NEWS_TEST_TIMEOUT_MS come in the
// bundle's defines (scripts/vscode/build-tests.ts).
declare const NEWS_TEST_GREP: string;
declare const NEWS_TEST_TIMEOUT_MS: string;
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: Number(NEWS_TEST_TIMEOUT_MS || 30000), grep: NEWS_TEST_GREP || undefined });

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats;
        if (s) console.log(`web: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
        if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
        else resolve();
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
