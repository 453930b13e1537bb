// Top functions of a V8 CPU profile (node --cpu-prof), by self time and by total time.
// Usage: node scripts/bench/hotspots.mjs <file.cpuprofile> [top=25]
//
// To profile the pipeline on the benchmark's generated document:
//   npm run bench -- --extension-only        (writes .bench/core.cjs and .bench/generated-*.md)
//   node --cpu-prof --cpu-prof-dir=.bench/prof scripts/bench/profile.mjs .bench/generated-1mb.md
//   node scripts/bench/hotspots.mjs .bench/prof/<file>.cpuprofile
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench/hotspots.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));

// Self time per node from the samples and their time deltas.
const selfUs = new Map();
prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

/**
 * esbuild starts every module of an unminified bundle with a `// path` comment: for a frame in a
 * bundle, name the source module it comes from, e.g. `src/core/quotes.ts (core.cjs:1234)`.
 */
const bundles = new Map();
function moduleAt(file, line) {
  if (!bundles.has(file)) {
    let starts = [];
    try {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((l, i) => {
          const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
          if (m) starts.push([i, m[1]]);
        });
    } catch {
      starts = [];
    }
    bundles.set(file, starts);
  }
  let found = null;
  for (const [at, name] of bundles.get(file)) {
    if (at > line) break;
    found = name;
  }
  return found;
}

const keyOf = (n) => {
  const f = n.callFrame;
  const url = f.url ? f.url.replace(/^file:\/\//, '') : '';
  if (!url) return `${f.functionName || '(anonymous)'}  (native)`;
  const mod = url.endsWith('.cjs') || url.endsWith('.js') ? moduleAt(url, f.lineNumber) : null;
  const where = `${path.basename(url)}:${f.lineNumber + 1}`;
  return `${f.functionName || '(anonymous)'}  ${mod ? `${mod} (${where})` : path.relative(process.cwd(), url) + ':' + (f.lineNumber + 1)}`;
};

const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map();
const total = new Map();
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + us);
  // Add to every distinct function on the stack once (recursion counted once).
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = keyOf(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + us);
  }
}

const print = (title, m) => {
  console.log(`\n${title} (of ${(totalUs / 1000).toFixed(0)} ms sampled)`);
  [...m.entries()]
    .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, us]) => console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${k}`));
};
print('self time', self);
print('total time', total);
