/**
 * Compiles the integration suite for the extension host: test/integration/index.ts (with mocha
 * bundled in) and every test/integration/**\/*.test.ts, each to out/test/integration/<same path>.js
 * (CommonJS, `vscode` left external). Usage: npx tsx scripts/vscode/build-tests.ts
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const integrationOut = path.join(repoRoot, 'out', 'test', 'integration');
export const integrationIndex = path.join(integrationOut, 'index.js');
/** The web extension as the web suite loads it (see stageWebExtension), with the suite inside it. */
export const webExtensionDir = path.join(repoRoot, 'out', 'test', 'web-extension');
export const webIndex = path.join(webExtensionDir, 'test', 'index.js');

export async function buildIntegrationTests(): Promise<void> {
  rmSync(integrationOut, { recursive: true, force: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['test/integration/index.ts', 'test/integration/**/*.test.ts'],
    outbase: 'test/integration',
    outdir: integrationOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}

/**
 * mocha's browser build is a UMD script in an ESM package: bundled as is, its header would assign
 * mocha to the bundle's own `module.exports` (and so replace the suite's `run`). This takes the
 * header's global branch instead, which defines `globalThis.mocha` as a page script would.
 */
const mochaAsGlobal: Plugin = {
  name: 'mocha-as-global',
  setup(b) {
    b.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const header = "typeof exports === 'object' && typeof module !== 'undefined'";
      if (!source.includes(header)) throw new Error(`unexpected UMD header in ${args.path}`);
      return { contents: source.replace(header, 'false'), loader: 'js' };
    });
  },
};

/**
 * The web suite as one script for the web worker extension host (which loads a single module, with
 * no Node modules): test/web/index.ts (mocha's browser build) followed by every test/web/*.test.ts,
 * for the browser platform. A web worker has no process.env, so the runner's NEWS_TEST_GREP and
 * NEWS_TEST_TIMEOUT_MS are compiled in.
 */
export async function buildWebTests(): Promise<void> {
  rmSync(path.dirname(webIndex), { recursive: true, force: true });
  const dir = path.join(repoRoot, 'test', 'web');
  const tests = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.test.ts')).sort();
  if (tests.length === 0) throw new Error('no test/web/**/*.test.ts files');
  const entry = ["import './index';", ...tests.map((f) => `import './${f.split(path.sep).join('/')}';`), "export { run } from './index';"].join('\n');
  await build({
    absWorkingDir: repoRoot,
    stdin: { contents: entry, resolveDir: dir, sourcefile: 'web-suite.ts', loader: 'ts' },
    outfile: webIndex,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [mochaAsGlobal],
    define: {
      NEWS_TEST_GREP: JSON.stringify(process.env.NEWS_TEST_GREP ?? ''),
      NEWS_TEST_TIMEOUT_MS: JSON.stringify(process.env.NEWS_TEST_TIMEOUT_MS ?? ''),
    },
  });
}

if (require.main === module) {
  buildIntegrationTests().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
