// Benchmark: the full annotate() pipeline (Markdown parse + detection + attribution) against
// compromise, the library a user might pick instead, on the same texts in the same run.
//
// Usage: npm run bench -- [folder] [--runs N] [--peer-large] [--no-peer] [--out file.json]
//   folder        articles to annotate (*.txt, *.md), default <repo>/../shared/data/polnear/dev/text
//                 (the shared folder can also be set with NEWS_ANNOTATOR_SHARED)
//   --runs N      timed runs per measurement after warm-up (default 5); the median is reported
//   --peer-large  also time compromise on the generated 10 MB document (minutes, gigabytes)
//   --no-peer     skip compromise
//   --extension-only  only the bundle size and activation
//   --timeout S   stop any one measurement (one child process) after S seconds (default 420)
//
// Every measurement runs in its own child process (engine.mjs) so that each peak RSS is honest.
// Our core is bundled with esbuild first (as in the extension), into .bench/, which is gitignored,
// like the generated 1 MB and 10 MB documents and the JSON copy of the results.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(root, '.bench');

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
const opt = (name) => args.includes(name);
const val = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--runs', '--out', '--timeout'].includes(args[i - 1])));
const shared = process.env.NEWS_ANNOTATOR_SHARED ?? path.resolve(root, '..', 'shared');
const folder = path.resolve(positional[0] ?? path.join(shared, 'data', 'polnear', 'dev', 'text'));
const RUNS = Number(val('--runs', 5));
const withPeer = !opt('--no-peer');
const peerLarge = opt('--peer-large');
const jsonOut = val('--out', path.join(out, 'bench.json'));
const TIMEOUT_S = Number(val('--timeout', 420));

const TARGETS = {
  ratio: 25, // × compromise's throughput
  mbPerS: 3, // MB/s full pipeline
  articleMs: 2, // one 5 KB article, median
  oneMbMs: 400,
  oneMbRssMB: 150,
  linearity: 12, // 10 MB time within 12× the 1 MB time
  bundleKB: 600,
  activationMs: 50,
  incrementalMs: 30,
};

if (!existsSync(folder)) {
  console.error(`bench: no folder ${folder} (give one as an argument, or set NEWS_ANNOTATOR_SHARED)`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });

// ---------------------------------------------------------------- inputs
const files = readdirSync(folder)
  .filter((f) => /\.(txt|md|markdown)$/i.test(f))
  .sort()
  .map((f) => path.join(folder, f));
if (files.length === 0) {
  console.error(`bench: no .txt or .md files in ${folder}`);
  process.exit(2);
}
const articles = files.map((f) => readFileSync(f, 'utf8'));
const corpusList = path.join(out, 'corpus.json');
writeFileSync(corpusList, JSON.stringify(files));

// The article closest to 5 KB.
const target5k = 5 * 1024;
let article = files[0];
let bestDiff = Infinity;
for (const [i, t] of articles.entries()) {
  const d = Math.abs(Buffer.byteLength(t) - target5k);
  if (d < bestDiff) [article, bestDiff] = [files[i], d];
}

/** Small deterministic PRNG (mulberry32), so that generated documents are the same every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A long Markdown document made of the articles, each under its title as a heading (level 1, or
 * level 2 with `oneArticle`: then the whole document reads as one long article), repeated
 * until `bytes` is reached; every repetition shuffles the paragraphs of each article and sets some
 * as block quotes, list items or emphasised text, so that no stretch simply repeats.
 */
function generate(bytes, seed, oneArticle = false) {
  const rand = rng(seed);
  const parts = [];
  let size = 0;
  for (let rep = 0; size < bytes; rep++) {
    for (const text of articles) {
      const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      const [title, ...body] = paras;
      for (let i = body.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [body[i], body[j]] = [body[j], body[i]];
      }
      const md = body.map((p) => {
        const r = rand();
        if (r < 0.08) return `> ${p.replace(/\n/g, '\n> ')}`;
        if (r < 0.14) return `- ${p.replace(/\n/g, '\n  ')}`;
        if (r < 0.2) return p.replace(/^(\S+ \S+)/, '**$1**');
        return p;
      });
      const doc = `${oneArticle ? '##' : '#'} ${title ?? 'Untitled'}\n\n${md.join('\n\n')}\n\n`;
      parts.push(doc);
      size += Buffer.byteLength(doc);
      if (size >= bytes) break;
    }
  }
  return parts.join('');
}

const docs = {};
for (const [name, bytes, seed, oneArticle] of [
  ['1mb', 1_000_000, 1, false],
  ['1mb-one', 1_000_000, 1, true],
  ['10mb', 10_000_000, 10, false],
]) {
  const file = path.join(out, `generated-${name}.md`);
  writeFileSync(file, generate(bytes, seed, oneArticle));
  docs[name] = file;
}

// ---------------------------------------------------------------- our core, bundled
const esbuild = require('esbuild');
const coreBundle = path.join(out, 'core.cjs');

/** The same trimming of world-countries as the extension build, so memory is alike. */
const slimCountries = require(path.join(root, 'scripts', 'slim-world-countries.js'));
await esbuild.build({
  entryPoints: [path.join(root, 'src', 'core', 'index.ts')],
  outfile: coreBundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  supported: { 'regexp-unicode-property-escapes': true }, // as esbuild.js: keep \p{…} literals
  sourcemap: false, // hotspots.mjs names modules from esbuild's `// path` comments instead
  logLevel: 'warning',
  plugins: [slimCountries],
});

// ---------------------------------------------------------------- measurements
const step = (s) => process.stderr.write(`bench: ${s}\n`);
function measure(engine, scenario, input, runs = RUNS, warmups = 1) {
  step(`${engine}: ${scenario === 'corpus' ? 'corpus' : path.basename(input)} (${warmups} warm-up, ${runs} timed)`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, 'engine.mjs'), engine, scenario, input, String(runs), String(warmups)], {
    cwd: root,
    env: { ...process.env, BENCH_CORE_BUNDLE: coreBundle },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: TIMEOUT_S * 1000,
  });
  if (r.error?.code === 'ETIMEDOUT' || r.signal) {
    console.error(`bench: ${engine} ${scenario} ${path.basename(input)} stopped after ${TIMEOUT_S} s`);
    const bytes = (scenario === 'corpus' ? files : [input]).reduce((n, f) => n + readFileSync(f).length, 0);
    return { engine, scenario, stopped: true, timeoutS: TIMEOUT_S, bytes };
  }
  if (r.status !== 0) {
    console.error(`bench: ${engine} ${scenario} ${path.basename(input)} failed:\n${r.stderr}`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const results = {};
step(`corpus: ${files.length} files from ${folder}`);
const extensionOnly = opt('--extension-only');
results.ours = extensionOnly ? {} : {
  corpus: measure('ours', 'corpus', corpusList),
  article: measure('ours', 'doc', article, 200, 30),
  '1mb': measure('ours', 'doc', docs['1mb']),
  // A 10 MB run warms itself up; two timed runs keep the benchmark within minutes.
  '10mb': measure('ours', 'doc', docs['10mb'], Math.min(RUNS, 2), 0),
  // Typing in the 1 MB document: one more character per run, annotated again with createAnnotator().
  edit: measure('ours', 'edit', docs['1mb'], Math.max(RUNS, 5), 2),
  // The same text as one article (level-2 headings): not split into articles, so an edit costs
  // nearly a whole annotation.
  '1mb-one': measure('ours', 'doc', docs['1mb-one'], Math.min(RUNS, 3)),
  editOne: measure('ours', 'edit', docs['1mb-one'], Math.min(RUNS, 3), 1),
};
if (withPeer && !extensionOnly) {
  step('compromise (slow)');
  results.compromise = {
    corpus: measure('compromise', 'corpus', corpusList, Math.min(RUNS, 3)),
    article: measure('compromise', 'doc', article, 30, 5),
    '1mb': measure('compromise', 'doc', docs['1mb'], 1, 0),
    '10mb': peerLarge ? measure('compromise', 'doc', docs['10mb'], 1, 0) : null,
  };
}

// ---------------------------------------------------------------- bundle size and activation
function bundleSizes() {
  // Builds with the project's own esbuild.js --production, in .bench/build, leaving dist/ alone.
  const dir = path.join(out, 'build');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'node_modules', 'package.json', 'tsconfig.json', 'esbuild.js']) symlinkSync(path.join(root, f), path.join(dir, f));
  const text = execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: dir, encoding: 'utf8' });
  const sizes = {};
  for (const m of text.matchAll(/^(\S+): (\d+) KB/gm)) sizes[m[1]] = Number(m[2]);
  return { sizes, extensionFile: path.join(dir, 'dist', 'extension.js') };
}

/**
 * Loads the minified extension bundle and calls activate() against a stand-in for the `vscode`
 * module (every property a no-op). An approximation of the real activation, which also includes
 * the host's own work; reported as such.
 */
function activation(file) {
  // The names `vscode` exports, from its type declarations, so that esbuild's import helper,
  // which copies the module's own properties, finds them all.
  const dts = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = [...new Set([...dts.matchAll(/^\texport (?:class|namespace|enum|const|let|function) (\w+)/gm)].map((m) => m[1]))];
  const probe = `
    const Module = require('module');
    const stub = () => {
      const f = function () {};
      return new Proxy(f, {
        get: (t, k) => (k === 'then' ? undefined : k === Symbol.toPrimitive ? () => '' : k === Symbol.iterator ? [][Symbol.iterator].bind([]) : stub()),
        apply: () => stub(),
        construct: () => stub(),
        set: () => true,
      });
    };
    const vscode = Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, stub()]));
    const load = Module._load;
    Module._load = function (req, ...rest) { return req === 'vscode' ? vscode : load.call(this, req, ...rest); };
    const t0 = process.hrtime.bigint();
    const ext = require(${JSON.stringify(file)});
    const t1 = process.hrtime.bigint();
    let activated = true;
    try { ext.activate({ subscriptions: [], globalState: stub(), workspaceState: stub(), extensionUri: stub(), extensionMode: 1, extensionPath: '' }); }
    catch (e) { activated = String(e && e.message || e); }
    const t2 = process.hrtime.bigint();
    console.log(JSON.stringify({ loadMs: Number(t1 - t0) / 1e6, activateMs: Number(t2 - t1) / 1e6, activated }));
  `;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(-3).join(' ') };
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { loadMs: med(runs.map((r) => r.loadMs)), activateMs: med(runs.map((r) => r.activateMs)), activated: runs[0].activated };
}

step('bundle size and activation');
let bundle;
let activate = null;
try {
  bundle = bundleSizes();
  activate = activation(bundle.extensionFile);
} catch (e) {
  bundle = { error: String(e.message ?? e) };
}

// ---------------------------------------------------------------- report
// A stopped measurement counts as taking its whole time limit (a bound, printed with > or <).
const done = (m) => Boolean(m && !m.stopped);
const msOf = (m) => (!m ? null : m.stopped ? m.timeoutS * 1000 : m.medianMs);
const mbps = (m) => (m ? m.bytes / 1e6 / (msOf(m) / 1000) : null);
const o = results.ours;
const c = results.compromise ?? {};
const ratio = (k) => (done(o[k]) && c[k] ? mbps(o[k]) / mbps(c[k]) : null);
const linear = done(o['10mb']) && done(o['1mb']) ? o['10mb'].medianMs / o['1mb'].medianMs : null;
const extKB = bundle?.sizes?.['dist/extension.js'] ?? null;
const activationMs = activate && !activate.error ? activate.loadMs + activate.activateMs : null;

const fmt = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
const bound = (m, text, sign) => (m?.stopped ? `${sign}${text}` : text);
const pass = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');
const share = (m) => (done(m) && m.proseMedianMs !== null ? (100 * m.proseMedianMs) / m.medianMs : null);

const rows = [];
const row = (label, oursM, peerM) => {
  const r = oursM && peerM ? mbps(oursM) / mbps(peerM) : null;
  rows.push([
    label,
    !oursM ? '—' : oursM.bytes < 1e5 ? `${(oursM.bytes / 1e3).toFixed(1)} KB` : `${(oursM.bytes / 1e6).toFixed(2)} MB`,
    bound(oursM, fmt(msOf(oursM), msOf(oursM) < 10 ? 2 : 0), '>'),
    bound(oursM, fmt(mbps(oursM), 2), '<'),
    oursM?.peakRssMB ? `${fmt(oursM.firstPassPeakRssMB, 0)} / ${fmt(oursM.peakRssMB, 0)}` : '—',
    fmt(share(oursM), 0),
    bound(peerM, fmt(msOf(peerM), 0), '>'),
    bound(peerM, fmt(mbps(peerM), 3), '<'),
    peerM?.peakRssMB ? `${fmt(peerM.firstPassPeakRssMB, 0)} / ${fmt(peerM.peakRssMB, 0)}` : '—',
    r === null || (oursM?.stopped && peerM?.stopped) ? '—' : `${oursM?.stopped ? '<' : peerM?.stopped ? '>' : ''}${fmt(r, 0)}×`,
  ]);
};
row(`corpus (${files.length} files)`, o.corpus, c.corpus);
row(`article ${path.basename(article).slice(0, 24)}`, o.article, c.article);
row('generated 1 MB', o['1mb'], c['1mb']);
row('generated 10 MB', o['10mb'], c['10mb']);
row('generated 1 MB, one article', o['1mb-one'], null);
const head = ['input', 'size', 'ours ms', 'ours MB/s', 'ours RSS MB', 'parse %', 'peer ms', 'peer MB/s', 'peer RSS MB', 'ratio'];
// RSS columns: peak after one pass from a fresh process / peak after all passes (garbage included).
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');

const verdict = (m, ok) => (!m ? 'n/a' : m.stopped ? 'FAIL' : pass(ok));
const oc = o.corpus;
const o1 = o['1mb'];
const targets = [
  ['throughput vs compromise (corpus)', `>= ${TARGETS.ratio}×`, `${fmt(ratio('corpus'), 0)}×`, oc?.stopped ? 'FAIL' : pass(ratio('corpus') === null ? null : ratio('corpus') >= TARGETS.ratio)],
  ['full pipeline throughput (corpus)', `>= ${TARGETS.mbPerS} MB/s`, `${bound(oc, fmt(mbps(oc), 2), '<')} MB/s`, verdict(oc, done(oc) && mbps(oc) >= TARGETS.mbPerS)],
  ['full pipeline throughput (1 MB)', `>= ${TARGETS.mbPerS} MB/s`, `${bound(o1, fmt(mbps(o1), 2), '<')} MB/s`, verdict(o1, done(o1) && mbps(o1) >= TARGETS.mbPerS)],
  ['one 5 KB article, median', `<= ${TARGETS.articleMs} ms`, `${bound(o.article, fmt(msOf(o.article), 2), '>')} ms`, verdict(o.article, done(o.article) && o.article.medianMs <= TARGETS.articleMs)],
  ['1 MB document', `<= ${TARGETS.oneMbMs} ms`, `${bound(o1, fmt(msOf(o1), 0), '>')} ms`, verdict(o1, done(o1) && o1.medianMs <= TARGETS.oneMbMs)],
  ['1 MB peak RSS (one annotation, fresh process)', `<= ${TARGETS.oneMbRssMB} MB`, `${fmt(o1?.firstPassPeakRssMB, 0)} MB`, done(o1) ? pass(o1.firstPassPeakRssMB <= TARGETS.oneMbRssMB) : 'n/a'],
  ['10 MB time / 1 MB time', `<= ${TARGETS.linearity}×`, `${fmt(linear, 1)}×`, o['10mb']?.stopped ? 'FAIL' : pass(linear === null ? null : linear <= TARGETS.linearity)],
  ['extension bundle (minified)', `<= ${TARGETS.bundleKB} KB`, `${fmt(extKB, 0)} KB`, pass(extKB === null ? null : extKB <= TARGETS.bundleKB)],
  ['activation (load + activate, stub vscode API)', `<= ${TARGETS.activationMs} ms`, `${fmt(activationMs, 1)} ms`, pass(activationMs === null ? null : activationMs <= TARGETS.activationMs)],
  // createAnnotator() annotates again only the article an edit changed (documents of articles under
  // level-1 headings, see src/core/articles.ts) and parses again only the changed runs of blocks.
  ['re-annotation after a 1-char edit (1 MB of articles, createAnnotator)', `<= ${TARGETS.incrementalMs} ms`, `${bound(o.edit, fmt(msOf(o.edit), 0), '>')} ms`, verdict(o.edit, done(o.edit) && o.edit.medianMs <= TARGETS.incrementalMs)],
];
const tw = [0, 1, 2].map((i) => Math.max(...targets.map((t) => t[i].length)));

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
let revision = 'unknown';
try {
  revision = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim()) revision += ' + uncommitted changes in src/';
} catch {
  // not a git checkout
}
console.log(`\nNews Annotator benchmark — ${new Date().toISOString()}`);
console.log(`code: ${revision}; node ${process.version}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`median of ${RUNS} timed runs after a warm-up run (article: 200 after 30; 10 MB: 2, no warm-up; compromise: fewer, see JSON)\n`);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
if (withPeer && !peerLarge) console.log('(compromise on 10 MB skipped: pass --peer-large)');
if (done(o.edit)) console.log(`\ntyping in the 1 MB document of articles (createAnnotator): first annotation ${fmt(o.edit.firstMs, 0)} ms, then per one-character edit ${fmt(o.edit.medianMs, 0)} ms median of ${o.edit.times.length} (full annotate: ${fmt(msOf(o1), 0)} ms)`);
if (done(o.editOne)) console.log(`typing in the 1 MB document as one article (level-2 headings, not split): per one-character edit ${fmt(o.editOne.medianMs, 0)} ms median of ${o.editOne.times.length} (full annotate: ${fmt(msOf(o['1mb-one']), 0)} ms)`);
if (done(o.article)) console.log(`\nRSS of our core once loaded, before any text: ${fmt(o.article.rssLoadedMB, 0)} MB (node alone: ${fmt(o.article.rssBeforeLoadMB, 0)} MB)`);
console.log('RSS MB = peak resident set after one pass from a fresh process / after all passes (uncollected garbage included)');
console.log(`parse % = share of the pipeline's time in Markdown parsing and the prose view (buildProse); the rest is detection and attribution`);
if (bundle?.sizes) console.log(`bundle sizes (esbuild.js --production): ${Object.entries(bundle.sizes).map(([k, v]) => `${k} ${v} KB`).join(', ')}`);
if (activate && !activate.error) console.log(`activation with a stub vscode API: load ${fmt(activate.loadMs, 1)} ms + activate ${fmt(activate.activateMs, 1)} ms${activate.activated === true ? '' : ` (activate threw: ${activate.activated})`} — the real host adds its own work`);
console.log('\ntargets (issue 7):');
for (const t of targets) console.log(`  ${t[0].padEnd(tw[0])}  ${t[1].padEnd(tw[1])}  ${t[2].padStart(tw[2])}  ${t[3]}`);

const report = {
  date: new Date().toISOString(),
  revision,
  node: process.version,
  cpus: os.cpus().length,
  cpu,
  loadavg: os.loadavg(),
  folder: path.relative(root, folder),
  files: files.length,
  article: path.basename(article),
  runs: RUNS,
  results,
  bundle: bundle?.sizes ?? bundle,
  activation: activate,
  derived: { incrementalMs: msOf(o.edit), incrementalOneArticleMs: msOf(o.editOne), oursMBps: { corpus: mbps(o.corpus), '1mb': mbps(o['1mb']), '10mb': mbps(o['10mb']) }, bounds: 'a stopped measurement counts as taking its whole time limit', ratio: { corpus: ratio('corpus'), article: ratio('article'), '1mb': ratio('1mb') }, linearity: linear, parseShare: { corpus: share(o.corpus), '1mb': share(o['1mb']), '10mb': share(o['10mb']) } },
  targets: targets.map(([name, target, value, verdict]) => ({ name, target, value, verdict })),
};
mkdirSync(path.dirname(jsonOut), { recursive: true });
writeFileSync(jsonOut, JSON.stringify(report, null, 2));
console.log(`\nJSON: ${path.relative(root, jsonOut)}`);
