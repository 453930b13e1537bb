// Bundles the extension (CommonJS, node, `vscode` external) and the CLI.
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const quiet = process.argv.includes('--quiet');

/** Prints build errors in the problem-matcher format VS Code understands. */
const reporter = {
  name: 'reporter',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log(`[watch] build finished (${result.errors.length} errors)`);
    });
  },
};

const slimCountries = require('./scripts/slim-world-countries');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  // Node has had Unicode property escapes (\p{…}) since 10; without this esbuild rewrites every
  // such regex literal as `new RegExp(…)`, which compiles it again on every call of its function.
  supported: { 'regexp-unicode-property-escapes': true },
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  plugins: [slimCountries, reporter],
};

const targets = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The core in a worker thread, so annotation never blocks the extension host (Node hosts).
  { ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The web extension (vscode.dev, github.dev, code-server's web worker host): no Node APIs.
  // The `worker` condition keeps packages off their DOM builds (a web worker has no document).
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
    platform: 'browser',
    target: 'es2022',
    conditions: ['worker'],
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  // The core in a Web Worker, so annotation never blocks the web extension host either.
  {
    ...common,
    entryPoints: ['src/extension/webWorker.ts'],
    outfile: 'dist/web/worker.js',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['worker'],
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  for (const t of targets) {
    const result = await esbuild.build(t);
    const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + (o.bytes || 0), 0);
    if (!quiet) console.log(`${t.outfile}: ${(bytes / 1024).toFixed(0)} KB${production ? ' (minified)' : ''}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
