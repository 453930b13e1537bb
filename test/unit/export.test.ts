import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toRecord as cliToRecord } from '../../src/cli/json';
import {
  CodePoints,
  CSV_HEADER,
  escapeMarkdown,
  exportArticle,
  exportBrat,
  exportCsv,
  exportJson,
  exportJsonl,
  exportReport,
  neutralise,
  toRecord,
  type JsonlRecord,
} from '../../src/core/export';
import type { Annotations } from '../../src/core/model';
import { ARTICLE, ARTICLE_NAME, articleAnnotations, at } from '../fixtures/export/annotations';

const golden = join(__dirname, '..', 'fixtures', 'export');

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it. */
function matchGolden(name: string, actual: string): void {
  const path = join(golden, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  assert.ok(existsSync(path), `golden file ${name} is missing (UPDATE_GOLDEN=1 writes it)`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`);
}

/** A small RFC 4180 reader for checking the CSV. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
    i++;
  }
  assert.equal(cell, '', 'the CSV ends with CRLF');
  return rows;
}

describe('exports', () => {
  const a = articleAnnotations();

  describe('JSON', () => {
    it('is the CLI record, indented, and matches its golden file', () => {
      const json = exportJson(ARTICLE_NAME, ARTICLE, a);
      assert.deepEqual(JSON.parse(json), cliToRecord(ARTICLE_NAME, a));
      assert.equal(cliToRecord, toRecord, 'the CLI uses the core record builder');
      matchGolden('article.json', json);
    });

    it('adds orphans only when corrections were applied', () => {
      assert.equal('orphans' in toRecord('x', a), false);
      const withOrphans: Annotations = { ...a, orphans: [] };
      assert.deepEqual(toRecord('x', withOrphans).orphans, []);
    });
  });

  describe('JSONL', () => {
    it('is one line per article with the text and labelled spans (doccano "label", Prodigy "spans")', () => {
      const line = exportJsonl(ARTICLE_NAME, ARTICLE, a);
      assert.equal(line.indexOf('\n'), line.length - 1);
      const rec = JSON.parse(line) as JsonlRecord;
      assert.equal(rec.text, ARTICLE);
      assert.deepEqual(rec.meta, { file: ARTICLE_NAME });
      assert.equal(rec.spans.length, rec.label.length);
      for (const [i, s] of rec.spans.entries()) {
        assert.equal(ARTICLE.slice(s.start, s.end), s.text);
        assert.deepEqual(rec.label[i], [s.start, s.end, s.label]);
      }
      const labels = new Set(rec.spans.map((s) => s.label));
      assert.deepEqual([...labels].sort(), ['COUNTRY', 'CUE', 'ORG', 'PERSON', 'QUOTE', 'SOURCE']);
      const q4 = rec.spans.find((s) => s.label === 'QUOTE' && s.text.includes('SUM'));
      assert.equal(q4?.speaker, 'Dockers Union');
      assert.equal(rec.spans.find((s) => s.label === 'COUNTRY' && s.text === 'Spain')?.code, 'ES');
      matchGolden('article.jsonl', line);
    });

    it('escapes U+2028 and U+2029 so a line is a line for every reader', () => {
      const text = 'Mayor Ana Lopes said \u2028“Yes.”';
      const line = exportJsonl('x.md', text, { people: [], countries: [], organizations: [], quotes: [], terms: [] });
      assert.ok(!line.slice(0, -1).includes('\u2028'));
      assert.equal((JSON.parse(line) as JsonlRecord).text, text);
    });
  });

  describe('brat standoff', () => {
    const { txt, ann } = exportBrat(ARTICLE_NAME, ARTICLE, a);

    it('writes the text exactly and the .ann matching its golden file', () => {
      assert.equal(txt, ARTICLE);
      matchGolden('article.ann', ann);
    });

    it('counts code points (the ship emoji is one character) and splits spans at line breaks', () => {
      const cps = new CodePoints(ARTICLE);
      const chars = [...ARTICLE];
      for (const line of ann.trimEnd().split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeAndOffsets, spanText] = line.split('\t');
        const frags = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(frags.map(([s, e]) => chars.slice(s, e).join('')).join(' '), spanText, line);
        for (const [s, e] of frags) assert.ok(cps.unit(s) >= 0 && cps.unit(e) >= 0);
      }
      const duarte = at(ARTICLE, 'Ines Duarte');
      assert.match(ann, new RegExp(`\\tPerson ${duarte.start - 1} ${duarte.end - 1}\\tInes Duarte\\n`));
      assert.match(ann, /\tQuote \d+ \d+;\d+ \d+\t“Now the harbour can grow\.”\n/);
    });

    it('ties each attributed quote to its Source, Cue and Content, PolNeAR style', () => {
      const events = ann.split('\n').filter((l) => l.startsWith('E'));
      assert.equal(events.length, 4, 'four quotes have a speaker');
      for (const e of events) assert.match(e, /^E\d+\tAttribution:T\d+ Content:T\d+ Cue:T\d+ Source:T\d+$/);
      assert.match(ann, /AnnotatorNotes T\d+\torganization: Dockers Union\n/);
      assert.match(ann, /AnnotatorNotes T\d+\tPT\n/);
    });
  });

  describe('CSV of quotes', () => {
    const csv = exportCsv(ARTICLE_NAME, ARTICLE, a);

    it('has one RFC 4180 row per quote, and matches its golden file', () => {
      assert.ok(csv.startsWith(CSV_HEADER));
      const rows = readCsv(csv);
      assert.deepEqual(rows[0], ['speaker', 'role', 'quote', 'cue', 'file', 'line']);
      assert.equal(rows.length, 1 + a.quotes.length);
      assert.deepEqual(rows[1], ['Ines Duarte', 'Minister', '“a new chapter for Portugal and Spain.”', 'said', 'article.md', '3']);
      assert.deepEqual(rows[3], ['Ines Duarte', 'Minister', '“Now the\nharbour can grow.”', 'said', 'article.md', '5']);
      assert.deepEqual(rows[5], ['', '', '“Nobody asked us,”', '', 'article.md', '10']);
      matchGolden('article.csv', csv);
    });

    it('neutralises cells that a spreadsheet would run as a formula', () => {
      for (const bad of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) assert.equal(neutralise(bad), `'${bad}`);
      for (const ok of ['“=1”', 'a=b', ' x', '']) assert.equal(neutralise(ok), ok);
      const text = '=HYPERLINK("http://x.test") said: -3+4';
      const evil: Annotations = {
        people: [{ id: 'p1', name: '=HYPERLINK("http://x.test")', role: '+cmd', country: null, gender: null, mentions: [] }],
        countries: [],
        organizations: [],
        quotes: [{ ...at(text, '-3+4'), id: 'q1', speaker: 'p1', speakerMention: null, cue: at(text, 'said'), group: 'g1', part: 0, parts: 1, continues: false, nested: [], rule: null }],
        terms: [],
      };
      const rows = readCsv(exportCsv('@file.md', text, evil));
      assert.deepEqual(rows[1], [`'=HYPERLINK("http://x.test")`, "'+cmd", "'-3+4", 'said', "'@file.md", '1']);
    });
  });

  describe('Markdown report', () => {
    const report = exportReport(ARTICLE_NAME, ARTICLE, a);

    it('lists who said what and matches its golden file', () => {
      assert.match(report, /^# Who said what: article\\\.md\n/);
      assert.match(report, /## Ines Duarte, Minister\n\n- line 3: “a new chapter for Portugal and Spain\\\.” — said\n/);
      assert.match(report, /## Dockers Union \(organisation\)/);
      assert.match(report, /## Without a speaker\n\n- line 10: “Nobody asked us,”\n/);
      matchGolden('article.report.md', report);
    });

    it('escapes document text so it cannot inject links, images or HTML', () => {
      assert.ok(!report.includes('<b>'));
      assert.ok(!report.includes(']('));
      assert.ok(report.includes('\\<b\\>and\\</b\\> \\[see\\]\\(http\\://x\\.test\\)'));
      const s = escapeMarkdown('![x](javascript:alert(1)) <script>\n# heading\n- item `code` *em* _u_ https://x.test www.x.test a@b.test &amp;');
      assert.ok(!/[^\\][![\]()<>#`*_&]/.test(' ' + s.replace(/\\./g, '')), s);
      assert.ok(!s.includes('\n'));
    });
  });

  it('exportArticle names the files of every format', () => {
    const suffixes = (f: Parameters<typeof exportArticle>[0]): string[] => exportArticle(f, ARTICLE_NAME, ARTICLE, a).map((x) => x.suffix);
    assert.deepEqual(suffixes('json'), ['.json']);
    assert.deepEqual(suffixes('jsonl'), ['.jsonl']);
    assert.deepEqual(suffixes('brat'), ['.txt', '.ann']);
    assert.deepEqual(suffixes('csv'), ['.csv']);
    assert.deepEqual(suffixes('report'), ['.report.md']);
  });
});
