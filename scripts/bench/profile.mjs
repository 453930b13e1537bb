// Annotates one file a few times with the bundled core, for profiling with node --cpu-prof.
// Usage: node --cpu-prof --cpu-prof-dir=.bench/prof scripts/bench/profile.mjs <file> [runs=3]
// The bundle (.bench/core.cjs) is written by npm run bench; see hotspots.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node --cpu-prof scripts/bench/profile.mjs <file> [runs]');
  process.exit(2);
}
const core = require(process.env.BENCH_CORE_BUNDLE ?? path.join(root, '.bench', 'core.cjs'));
const text = readFileSync(file, 'utf8');
const runs = Number(runsArg ?? 3);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const a = core.annotate(text);
  console.log(`run ${i + 1}: ${(performance.now() - t0).toFixed(0)} ms, ${a.quotes.length} quotes, ${a.people.length} people, ${a.countries.length} countries`);
}
