// One benchmark measurement in its own process, so that its peak RSS is its own.
// Usage: node scripts/bench/engine.mjs <engine> <scenario> <input> [runs] [warmups]
//   engine:   ours (the bundled core, see bench.mjs) | compromise
//   scenario: corpus (input: a JSON list of files, each annotated on its own) | doc (input: one file)
//             | edit (ours; input: one file, typed into one character per run, see below)
// Prints one JSON line: times of the timed runs (ms), bytes, peak RSS (after the first pass and
// after all passes, garbage included) and, for ours, the time
// spent in Markdown parsing (buildProse) on the same texts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [engineName, scenario, input, runsArg, warmArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const warmups = Number(warmArg ?? 1);
const rssBeforeLoad = process.memoryUsage().rss;

function loadEngine(name) {
  if (name === 'ours') {
    const core = require(process.env.BENCH_CORE_BUNDLE);
    return { run: (text) => core.annotate(text), prose: (text) => core.buildProse(text) };
  }
  if (name === 'compromise') {
    const nlp = require('compromise');
    return {
      run: (text) => {
        const doc = nlp(text);
        return { people: doc.people().out('array'), places: doc.places().out('array'), quotes: doc.quotations().out('array') };
      },
      prose: null,
    };
  }
  throw new Error(`unknown engine ${name}`);
}

const engine = loadEngine(engineName);

/**
 * Scenario `edit` (ours only): the document is annotated once with createAnnotator(), then typed
 * into, one character per timed run, in the middle of a paragraph at mid-document; each run times
 * the new annotations after one more character. Prints the same JSON shape as the other scenarios.
 */
if (scenario === 'edit') {
  const core = require(process.env.BENCH_CORE_BUNDLE);
  let text = readFileSync(input, 'utf8');
  const annotator = core.createAnnotator();
  const t0 = process.hrtime.bigint();
  annotator.annotate(text);
  const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // The end of a word in a paragraph near the middle of the document.
  let at = text.indexOf(' ', text.indexOf('\n\n', text.length >> 1) + 10);
  const times = [];
  let result = null;
  for (let i = 0; i < warmups + runs; i++) {
    text = text.slice(0, at) + 'x' + text.slice(at);
    at++;
    const t1 = process.hrtime.bigint();
    result = annotator.annotate(text);
    const ms = Number(process.hrtime.bigint() - t1) / 1e6;
    if (i >= warmups) times.push(ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  process.stdout.write(
    JSON.stringify({
      engine: engineName,
      scenario,
      texts: 1,
      bytes: Buffer.byteLength(text, 'utf8'),
      runs,
      warmups,
      times,
      medianMs: sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2,
      firstMs,
      proseTimes: null,
      proseMedianMs: null,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      firstPassPeakRssMB: null,
      counts: { quotes: result.quotes.length, people: result.people.length, countries: result.countries.length },
    }) + '\n',
  );
  process.exit(0);
}
const texts = scenario === 'corpus' ? JSON.parse(readFileSync(input, 'utf8')).map((f) => readFileSync(f, 'utf8')) : [readFileSync(input, 'utf8')];
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const rssLoaded = process.memoryUsage().rss;

let last = [];
function timeAll(fn) {
  last = []; // only the current run's results are alive while it runs
  const results = new Array(texts.length);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) results[i] = fn(texts[i]);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  last = results;
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Peak RSS after the first pass (one annotation of each text, from a fresh process) and after all.
let firstPassPeakRssKb = null;
const pass = () => {
  const ms = timeAll(engine.run);
  firstPassPeakRssKb ??= process.resourceUsage().maxRSS;
  return ms;
};
for (let i = 0; i < warmups; i++) pass();
const times = [];
for (let i = 0; i < runs; i++) times.push(pass());
const peakRssKb = process.resourceUsage().maxRSS;

const annotated = last;
let proseTimes = null;
if (engine.prose) {
  timeAll(engine.prose);
  proseTimes = [];
  for (let i = 0; i < runs; i++) proseTimes.push(timeAll(engine.prose));
}

let counts = null;
if (engineName === 'ours') {
  const a = annotated;
  counts = {
    quotes: a.reduce((n, x) => n + x.quotes.length, 0),
    people: a.reduce((n, x) => n + x.people.length, 0),
    countries: a.reduce((n, x) => n + x.countries.length, 0),
  };
}

process.stdout.write(
  JSON.stringify({
    engine: engineName,
    scenario,
    texts: texts.length,
    bytes,
    runs,
    warmups,
    times,
    medianMs: median(times),
    proseTimes,
    proseMedianMs: proseTimes ? median(proseTimes) : null,
    peakRssMB: peakRssKb / 1024,
    firstPassPeakRssMB: firstPassPeakRssKb / 1024,
    rssBeforeLoadMB: rssBeforeLoad / 2 ** 20,
    rssLoadedMB: rssLoaded / 2 ** 20,
    counts,
  }) + '\n',
);
