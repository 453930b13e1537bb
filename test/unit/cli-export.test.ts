import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addCorrection, emptySidecar } from '../../src/core/corrections';
import { serializeSidecar } from '../../src/core/sidecar';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const council = join(root, 'test', 'fixtures', 'cli', 'council-vote.md');
const article = join(root, 'test', 'fixtures', 'export', 'article.md');

function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Rec {
  file: string;
  people: { id: string; name: string; mentions: Span[] }[];
  countries: { code: string; mentions: Span[] }[];
  quotes: (Span & { speaker: string | null; speakerMention: Span | null; cue: Span | null })[];
  organizations: { id: string; name: string; mentions: Span[] }[];
  orphans?: { id: string; reason: string; message: string }[];
}

/** Spans of a record by kind, names instead of ids. */
function spans(r: Rec): unknown {
  const names = new Map<string, string>([...r.people, ...r.organizations].map((e) => [e.id, e.name]));
  const s = (x: Span | null): string => (x ? `${x.start}-${x.end}` : '-');
  return {
    people: r.people.flatMap((p) => p.mentions.map((m) => `${p.name}@${s(m)}`)).sort(),
    organizations: r.organizations.flatMap((p) => p.mentions.map((m) => `${p.name}@${s(m)}`)).sort(),
    countries: r.countries.flatMap((c) => c.mentions.map((m) => `${c.code}@${s(m)}`)).sort(),
    quotes: r.quotes.map((q) => `${s(q)} ${q.speaker === null ? '-' : names.get(q.speaker)} ${s(q.speakerMention)} ${s(q.cue)}`).sort(),
  };
}

describe('CLI export, import, summary and sidecars (built, run as a process)', function () {
  let tmp: string;
  let n = 0;
  /** A fresh folder with a copy of the given articles. */
  const folderWith = (...files: string[]): string => {
    const dir = join(tmp, `case-${++n}`);
    mkdirSync(dir);
    for (const f of files) copyFileSync(f, join(dir, f.slice(f.lastIndexOf('/') + 1)));
    return dir;
  };

  before(function () {
    this.timeout(120000);
    const b = spawnSync(process.execPath, [join(root, 'esbuild.js'), '--quiet'], { cwd: root, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-export-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists the new commands in the usage and rejects bad export options with exit 2', () => {
    const help = runCli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /news-annotator export <file\|folder>\.\.\. --format json\|jsonl\|brat\|csv\|report \[--out DIR\]/);
    assert.match(help.stdout, /news-annotator import <file\.ann>/);
    assert.match(help.stdout, /news-annotator summary <file\|folder>/);
    assert.match(help.stdout, /<article>\.news\.json/);
    for (const args of [['export', council], ['export', '--format', 'xml', council], ['export', '--format', 'json'], ['export', '--format', 'brat', council], ['import'], ['summary'], ['export', '--bogus', council]]) {
      const r = runCli(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage: news-annotator annotate/);
      assert.equal(r.stdout, '');
    }
    assert.match(runCli('export', '--format', 'brat', council).stderr, /give --out DIR/);
  });

  it('export --format json prints what annotate --format json prints', () => {
    const e = runCli('export', '--format', 'json', council);
    const a = runCli('annotate', '--format', 'json', council);
    assert.equal(e.code, 0, e.stderr);
    assert.equal(e.stdout, a.stdout);
  });

  it('exports jsonl, csv and report to standard output', () => {
    const j = runCli('export', '--format=jsonl', council, article);
    assert.equal(j.code, 0, j.stderr);
    const lines = j.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; spans: Span[]; label: unknown[]; meta: { file: string } });
    assert.equal(lines.length, 2);
    assert.equal(lines[0].text, readFileSync(council, 'utf8'));
    for (const l of lines) for (const s of l.spans) assert.equal(l.text.slice(s.start, s.end), s.text);
    const c = runCli('export', '--format', 'csv', council, article);
    assert.equal(c.code, 0, c.stderr);
    const rows = c.stdout.split('\r\n');
    assert.equal(rows[0], 'speaker,role,quote,cue,file,line');
    assert.equal(rows.filter((r) => r.startsWith('speaker,')).length, 1, 'one header for all files');
    assert.ok(rows.some((r) => r.includes(`“a turning point for the valley.”`) && r.endsWith(`,${council},3`)), c.stdout);
    assert.ok(!/(^|,)=SUM/.test(c.stdout), 'no cell starts with a formula');
    const r = runCli('export', '--format', 'report', council, article);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.match(/^# Who said what: /gm)?.length, 2);
    assert.ok(!r.stdout.includes('<b>'));
  });

  it('exports brat to --out and imports it back to the same spans', () => {
    const out = join(tmp, 'brat-out');
    const e = runCli('export', '--format', 'brat', '--out', out, council, article);
    assert.equal(e.code, 0, e.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['annotation.conf', 'article.ann', 'article.txt', 'council-vote.ann', 'council-vote.txt']);
    assert.equal(readFileSync(join(out, 'article.txt'), 'utf8'), readFileSync(article, 'utf8'));
    assert.deepEqual(e.stdout.trim().split('\n').sort(), ['article.ann', 'article.txt', 'council-vote.ann', 'council-vote.txt'].map((f) => join(out, f)));
    assert.match(readFileSync(join(out, 'annotation.conf'), 'utf8'), /\[events\]\nAttribution\t/);
    const imp = runCli('import', join(out, 'council-vote.ann'), join(out, 'article.ann'));
    assert.equal(imp.code, 0, imp.stderr);
    assert.equal(imp.stderr, '');
    const back = JSON.parse(imp.stdout) as Rec[];
    const orig = JSON.parse(runCli('annotate', '--format', 'json', council, article).stdout) as Rec[];
    assert.equal(back.length, 2);
    assert.equal(back[0].file, join(out, 'council-vote.txt'));
    for (let i = 0; i < 2; i++) assert.deepEqual(spans(back[i]), spans(orig[i]));
  });

  it('writes one file per article with --out, mirroring sub-folders, never over an article', () => {
    const dir = folderWith(council, article);
    mkdirSync(join(dir, 'sub'));
    copyFileSync(council, join(dir, 'sub', 'council-vote.md'));
    const out = join(tmp, 'json-out');
    const r = runCli('export', '--format', 'json', '--out', out, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(out, 'article.json')) && existsSync(join(out, 'council-vote.json')) && existsSync(join(out, 'sub', 'council-vote.json')));
    assert.equal((JSON.parse(readFileSync(join(out, 'article.json'), 'utf8')) as Rec).file, join(dir, 'article.md'));
    const same = runCli('export', '--format', 'report', '--out', dir, join(dir, 'article.md'));
    assert.equal(same.code, 0, same.stderr);
    assert.ok(existsSync(join(dir, 'article.report.md')));
    assert.equal(readFileSync(join(dir, 'article.md'), 'utf8'), readFileSync(article, 'utf8'));
    assert.deepEqual(readdirSync(out).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left');
  });

  it('applies the corrections of the sidecar beside the article; reports orphans as warnings', () => {
    const dir = folderWith(council);
    const file = join(dir, 'council-vote.md');
    const text = readFileSync(file, 'utf8');
    const quote = '“We listened to every farmer,”';
    const q = text.indexOf(quote);
    let s = addCorrection(emptySidecar('council-vote.md'), text, { kind: 'set-speaker', target: { start: q, end: q + quote.length }, speaker: { name: 'Farmers Union', type: 'organization' } }).sidecar;
    const g = text.indexOf('Germany');
    s = addCorrection(s, text, { kind: 'not-country', target: { start: g, end: g + 7 } }).sidecar;
    writeFileSync(`${file}.news.json`, serializeSidecar(s));
    const r = runCli('annotate', '--format', 'json', file);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const rec = (JSON.parse(r.stdout) as Rec[])[0];
    const said = rec.quotes.find((x) => x.text === quote);
    assert.equal(rec.organizations.find((o) => o.id === said?.speaker)?.name, 'Farmers Union');
    assert.ok(!rec.countries.some((c) => c.code === 'DE'));
    assert.deepEqual(rec.orphans, []);
    const txt = runCli('annotate', file);
    assert.match(txt.stdout, /Farmers Union: 1 quote/);

    writeFileSync(file, text.replace(`${quote} said Lopes.`, 'Lopes said farmers were heard.'));
    const o = runCli('annotate', '--format', 'json', file);
    assert.equal(o.code, 0, o.stderr);
    assert.match(o.stderr, /council-vote\.md\.news\.json: warning: correction c1 no longer applies: .*is no longer in the article/);
    assert.deepEqual((JSON.parse(o.stdout) as Rec[])[0].orphans?.map((x) => [x.id, x.reason]), [['c1', 'text-not-found']]);
    const rep = runCli('export', '--format', 'report', file);
    assert.match(rep.stdout, /## Corrections that no longer apply/);
  });

  it('a corrupt sidecar: a clear message, the article annotated without it, exit 1 (annotate, export, summary)', () => {
    const dir = folderWith(council, article);
    const file = join(dir, 'council-vote.md');
    writeFileSync(`${file}.news.json`, '{ "version": 1, "corrections": [ ');
    writeFileSync(join(dir, 'article.md.news.json'), JSON.stringify({ version: 1, corrections: [{ id: 'c1', kind: 'not-a-kind', target: { text: 'x' } }] }));
    const plain = JSON.parse(runCli('annotate', '--format', 'json', council).stdout) as Rec[];
    const r = runCli('annotate', '--format', 'json', dir);
    assert.equal(r.code, 1);
    const errs = r.stderr.trim().split('\n');
    assert.equal(errs.length, 2, r.stderr);
    assert.match(errs[0], /article\.md\.news\.json: not a valid corrections file: corrections\[0\]\.kind must be one of .*; .*article\.md is annotated without its corrections/);
    assert.match(errs[1], /council-vote\.md\.news\.json: not valid JSON: .*; .*council-vote\.md is annotated without its corrections/);
    const recs = JSON.parse(r.stdout) as Rec[];
    assert.equal(recs.length, 2);
    assert.deepEqual(spans(recs[1]), spans(plain[0]));
    assert.equal(recs[1].orphans, undefined);
    assert.equal(readFileSync(`${file}.news.json`, 'utf8'), '{ "version": 1, "corrections": [ ', 'never overwritten');
    const e = runCli('export', '--format', 'csv', file);
    assert.equal(e.code, 1);
    assert.match(e.stderr, /not valid JSON/);
    assert.match(e.stdout, /a turning point/);
    const s = runCli('summary', dir);
    assert.equal(s.code, 1);
    assert.match(s.stdout, /^2 articles/);
  });

  it('summary prints speakers merged by name and countries across a folder', () => {
    const dir = folderWith(council);
    writeFileSync(join(dir, 'follow-up.md'), 'Mayor Ana Lopes said on Monday: “The valley will decide.”\n\nFrance welcomed the vote.\n');
    const r = runCli('summary', dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^2 articles, \d+ quotes/);
    assert.match(r.stdout, /\n {2}Ana Lopes[^\n]*: \d+ quotes in 2 articles\n/);
    assert.match(r.stdout, /\n {2}France \(FR\): 2 mentions in 2 articles\n/);
    const j = runCli('summary', '--format', 'json', dir);
    assert.equal(j.code, 0, j.stderr);
    const sum = JSON.parse(j.stdout) as { articles: number; speakers: { name: string; quotes: number }[]; countries: { code: string; mentions: number }[] };
    assert.equal(sum.articles, 2);
    assert.equal(sum.countries.find((c) => c.code === 'FR')?.mentions, 2);
  });

  it('import: a clear message for a missing .txt or a file that is not .ann', () => {
    const dir = folderWith();
    writeFileSync(join(dir, 'lonely.ann'), 'T1\tPerson 0 3\tAna\n');
    const r = runCli('import', join(dir, 'lonely.ann'), join(dir, 'nothing.txt'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /lonely\.txt: no such file \(the text of .*lonely\.ann is needed/);
    assert.match(r.stderr, /nothing\.txt: not a brat \.ann file/);
    assert.equal(r.stdout, '[]\n');
  });
});
