#!/usr/bin/env node
// Scores the annotator against the annotated corpora beside the project (../shared):
//   PolNeAR (direct quotes and attribution, polnear.mjs) and the hand-annotated gold-dev set
//   (people, countries, quotes and speakers, gold-score.mjs), through from-cli.mjs.
// Usage: npm run eval -- [--split dev|train] [--polnear|--gold] [--all] [--verbose]
//        npm run eval -- --folder DIR   (annotate a folder and score it as gold-dev-style gold)
// The CLI must be built first (npm run build). SHARED_DIR overrides the location of ../shared.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.SHARED_DIR || path.join(root, '..', 'shared'));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const split = opt('--split', 'dev');
const only = args.includes('--polnear') ? 'polnear' : args.includes('--gold') ? 'gold' : 'both';
const verbose = args.includes('--verbose');
const all = args.includes('--all');
const goldDir = path.resolve(opt('--folder', path.join(shared, 'eval', 'gold-dev')));
const cli = path.join(root, 'dist', 'cli.js');
const work = path.join(root, '.eval');

if (!fs.existsSync(path.join(shared, 'eval', 'polnear.mjs'))) {
  console.error(`eval: the corpora were not found at ${shared} (set SHARED_DIR)`);
  process.exit(2);
}
if (!fs.existsSync(cli)) {
  console.error('eval: dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}
fs.mkdirSync(work, { recursive: true });

function annotateToPreds(files, name) {
  const t0 = process.hrtime.bigint();
  const out = path.join(work, `${name}.cli.json`);
  const json = execFileSync(process.execPath, [cli, 'annotate', '--format', 'jsonl', '--', ...files], { maxBuffer: 1 << 30 });
  fs.writeFileSync(out, json);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const preds = path.join(work, `${name}.preds.json`);
  fs.writeFileSync(preds, execFileSync(process.execPath, [path.join(shared, 'eval', 'from-cli.mjs'), out], { maxBuffer: 1 << 30 }));
  console.log(`annotated ${files.length} files in ${ms.toFixed(0)} ms → ${path.relative(root, preds)}`);
  return preds;
}

function run(script, scriptArgs) {
  const res = execFileSync(process.execPath, [path.join(shared, 'eval', script), ...scriptArgs], { maxBuffer: 1 << 30 }).toString();
  process.stdout.write(res);
}

if (only !== 'gold') {
  const dir = path.join(shared, 'data', 'polnear', split, 'text');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  console.log(`\n== PolNeAR ${split}: direct quotes and attribution (polnear.mjs)`);
  const preds = annotateToPreds(files, `polnear-${split}`);
  run('polnear.mjs', ['--pred', preds, '--split', split, ...(all ? ['--all'] : []), ...(verbose ? ['--errors', path.join(work, `polnear-${split}.errors.json`)] : [])]);
}
if (only !== 'polnear') {
  const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f)).sort().map((f) => path.join(goldDir, f));
  console.log(`\n== gold-dev: people, countries, quotes and speakers (gold-score.mjs)`);
  const preds = annotateToPreds(files, 'gold-dev');
  run('gold-score.mjs', [preds, '--gold', goldDir, ...(verbose ? ['--verbose'] : [])]);
}
