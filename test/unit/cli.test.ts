import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures', 'cli');

function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Rec {
  file: string;
  people: { id: string; name: string; mentions: { start: number; end: number; text: string }[] }[];
  countries: { code: string; mentions: { start: number; end: number; text: string; form: string }[] }[];
  quotes: { start: number; end: number; text: string; speaker: string | null; speakerMention: unknown; cue: unknown }[];
  organizations: unknown[];
}

describe('CLI (built, run as a process)', function () {
  let tmp: string;
  before(function () {
    if (!existsSync(cli)) {
      const b = spawnSync(process.execPath, [join(root, 'esbuild.js')], { cwd: root, encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
    }
    tmp = mkdtempSync(join(tmpdir(), 'news-annotator-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints usage and exits 2 without a command, for an unknown command or option', () => {
    for (const args of [[], ['frobnicate', 'x.md'], ['annotate'], ['annotate', '--format', 'xml', 'a.md'], ['annotate', '--bogus', 'a.md']]) {
      const r = runCli(...args);
      assert.equal(r.code, 2, `args ${args.join(' ')}`);
      assert.match(r.stderr, /Usage: news-annotator annotate/);
      assert.equal(r.stdout, '');
    }
  });

  it('prints help and exits 0 with --help', () => {
    const r = runCli('--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--format text\|json\|jsonl/);
  });

  it('writes one JSON array with the documented schema, spans exact', () => {
    const file = join(fixtures, 'council-vote.md');
    const r = runCli('annotate', '--format', 'json', file);
    assert.equal(r.code, 0, r.stderr);
    const recs = JSON.parse(r.stdout) as Rec[];
    assert.equal(recs.length, 1);
    const rec = recs[0];
    assert.deepEqual(Object.keys(rec).sort(), ['countries', 'file', 'organizations', 'people', 'quotes']);
    assert.equal(rec.file, file);
    const text = readFileSync(file, 'utf8');
    assert.equal(rec.quotes.length, 2);
    assert.deepEqual(rec.quotes.map((q) => q.text), ['“a turning point for the valley.”', '“We listened to every farmer,”']);
    const spans = [
      ...rec.quotes,
      ...rec.people.flatMap((p) => p.mentions),
      ...rec.countries.flatMap((c) => c.mentions),
    ];
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
    for (const q of rec.quotes) assert.deepEqual(Object.keys(q).sort(), ['cue', 'end', 'speaker', 'speakerMention', 'start', 'text']);
  });

  it('writes one object per line with jsonl', () => {
    const r = runCli('annotate', '--format', 'jsonl', join(fixtures, 'council-vote.md'), join(fixtures, 'notes.txt'));
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    const [a, b] = lines.map((l) => JSON.parse(l) as Rec);
    assert.match(a.file, /council-vote\.md$/);
    assert.match(b.file, /notes\.txt$/, 'a file given by name is read as Markdown whatever its extension');
    assert.deepEqual(a.quotes.map((q) => q.text), b.quotes.map((q) => q.text));
  });

  it('searches folders for .md and .markdown files only', () => {
    const r = runCli('annotate', '--format', 'jsonl', fixtures);
    assert.equal(r.code, 0, r.stderr);
    const files = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Rec).file);
    assert.deepEqual(files.map((f) => f.slice(fixtures.length + 1)).sort(), ['council-vote.md', join('nested', 'deeper', 'brief.markdown')]);
  });

  it('prints a readable text summary by default, with line numbers', () => {
    const r = runCli('annotate', join(fixtures, 'council-vote.md'));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /council-vote\.md/);
    assert.match(r.stdout, /line 3: “a turning point for the valley\.”/);
    assert.match(r.stdout, /line 5: “We listened to every farmer,”/);
    assert.match(r.stdout, /Countries \(\d+\):/);
  });

  it('reports each bad file on one stderr line, still annotates the others, and exits 1', () => {
    const good = join(fixtures, 'council-vote.md');
    const binary = join(tmp, 'image.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
    const latin1 = join(tmp, 'latin1.md');
    writeFileSync(latin1, Buffer.from('Caf\xe9 “quote”', 'latin1'));
    const empty = join(tmp, 'empty.md');
    writeFileSync(empty, '');
    const blank = join(tmp, 'blank.md');
    writeFileSync(blank, '  \n\n ');
    const loop = join(tmp, 'loop.md');
    symlinkSync(loop, loop);
    const noMd = join(tmp, 'no-markdown');
    mkdirSync(noMd);
    writeFileSync(join(noMd, 'a.txt'), 'text');
    const missing = join(tmp, 'missing.md');

    const r = runCli('annotate', '--format', 'jsonl', binary, good, latin1, empty, blank, loop, noMd, missing);
    assert.equal(r.code, 1);
    const lines = r.stderr.trim().split('\n');
    const lineFor = (p: string): string => {
      const l = lines.find((x) => x.includes(`${p}:`));
      assert.ok(l, `a message names ${p}: ${r.stderr}`);
      return l;
    };
    assert.match(lineFor(binary), /binary/);
    assert.match(lineFor(latin1), /UTF-8/);
    assert.match(lineFor(empty), /empty/);
    assert.match(lineFor(blank), /empty/);
    assert.match(lineFor(loop), /ELOOP/);
    assert.match(lineFor(noMd), /no Markdown/);
    assert.match(lineFor(missing), /no such file/);
    assert.equal(lines.length, 7);
    const out = r.stdout.trim().split('\n');
    assert.equal(out.length, 1);
    assert.equal((JSON.parse(out[0]) as Rec).file, good);
  });

  it('keeps offsets exact with a byte-order mark and CRLF line ends', () => {
    const f = join(tmp, 'bom.md');
    writeFileSync(f, '\ufeffMayor Ana Lopes said:\r\n“We will build it.”\r\n');
    const r = runCli('annotate', '--format', 'json', f);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(f, 'utf8');
    const q = (JSON.parse(r.stdout) as Rec[])[0].quotes[0];
    assert.equal(q.text, '“We will build it.”');
    assert.equal(text.slice(q.start, q.end), q.text);
  });
  it('--split-articles: a file of two stories is read story by story with "always", as one with the default', () => {
    const file = join(root, 'test', 'fixtures', 'editor-two-stories.md');
    const speakerOfStrike = (...args: string[]): string | null => {
      const r = runCli('annotate', '--format', 'json', ...args, file);
      assert.equal(r.code, 0, r.stderr);
      const rec = (JSON.parse(r.stdout) as Rec[])[0];
      const q = rec.quotes.find((x) => x.text.includes('strike is over'))!;
      return rec.people.find((p) => p.id === q.speaker)?.name ?? null;
    };
    assert.equal(speakerOfStrike(), 'Lena Varga'); // short: one article, "she" is Varga
    assert.equal(speakerOfStrike('--split-articles', 'never'), 'Lena Varga');
    assert.equal(speakerOfStrike('--split-articles=always'), null); // the harbour story names nobody
    for (const command of ['export', 'summary']) {
      const r = runCli(command, '--format', 'json', '--split-articles', 'always', file);
      assert.equal(r.code, 0, `${command}: ${r.stderr}`);
    }
    const exported = JSON.parse(runCli('export', '--format', 'json', '--split-articles', 'always', file).stdout) as Rec[];
    assert.equal(exported[0].quotes.find((x) => x.text.includes('strike is over'))!.speaker, null);
    for (const args of [['annotate', '--split-articles', 'sometimes', file], ['annotate', '--split-articles'], ['summary', '--split-articles', 'x', file]]) {
      const r = runCli(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /--split-articles/);
    }
  });
});
