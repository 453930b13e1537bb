/**
 * Names and quotes full of Markdown, HTML, `command:` links, spreadsheet formulas and line or field
 * separators must come out of every export as inert data: they cannot add a line, a field, a link,
 * HTML or a formula to the file. Both a hand-written hostile model and the core's own annotations
 * of a hostile article are exported in every format.
 */
import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { EXPORT_FORMATS, exportArticle, type ExportFormat } from '../../src/core/export';
import type { Annotations } from '../../src/core/model';
import { at } from '../fixtures/export/annotations';

const HOSTILE_NAME = 'Ada <img src=x onerror=alert(1)> [Quill](command:workbench.action.quit)';
const FORMULA_NAME = '=HYPERLINK("http://evil.test","Bo")';
const TEXT = [
  '# Council <b>hears</b> petition',
  '',
  `Councillor ${HOSTILE_NAME} spoke first, then ${FORMULA_NAME} and Tab\tMan.`,
  '',
  '“$(zap) See https://evil.example/x, press [here](command:workbench.action.quit) or <script>alert(1)</script> *now*,” Quill said.',
  '',
  '“=1+2\tand\u2028more @SUM(A1)\r\n- item # heading ![i](javascript:alert(1))” said Man.',
  '',
].join('\n');

function hostileModel(text: string): Annotations {
  const q1 = at(text, text.slice(text.indexOf('“$(zap)'), text.indexOf('*now*,”') + 7));
  const q2 = at(text, text.slice(text.indexOf('“=1+2'), text.indexOf('(1))”') + 5));
  return {
    people: [
      { id: 'p1', name: HOSTILE_NAME, role: '+cmd <b>role</b>', country: null, gender: null, mentions: [at(text, HOSTILE_NAME)] },
      { id: 'p2', name: FORMULA_NAME, role: '@SUM(A1)', country: null, gender: null, mentions: [at(text, FORMULA_NAME)] },
      { id: 'p3', name: 'Tab\tMan\nNew line\u2028', role: null, country: null, gender: null, mentions: [at(text, 'Tab\tMan')] },
    ],
    countries: [],
    organizations: [{ id: 'org-1', name: '-2+3 [Org](command:x) <i>', mentions: [] }],
    quotes: [
      { ...q1, id: 'q1', speaker: 'p1', speakerMention: at(text, 'Quill', 1), cue: at(text, 'said'), group: 'g1', part: 0, parts: 1, continues: false, nested: [], rule: null },
      { ...q2, id: 'q2', speaker: 'p3', speakerMention: at(text, 'Man', 1), cue: at(text, 'said', 1), group: 'g2', part: 0, parts: 1, continues: false, nested: [], rule: null },
    ],
    terms: [],
  };
}

/** Every string in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** A small RFC 4180 reader. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
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
  }
  assert.equal(cell, '', 'the CSV ends with CRLF');
  return rows;
}

function content(format: ExportFormat, a: Annotations, suffix?: string): string {
  const files = exportArticle(format, 'petition.md', TEXT, a);
  const f = suffix ? files.find((x) => x.suffix === suffix) : files[0];
  assert.ok(f, `no ${suffix ?? format} file`);
  return f.content;
}

for (const [label, model] of [
  ['a hostile model', () => hostileModel(TEXT)],
  ['the core on a hostile article', () => annotate(TEXT)],
] as const) {
  describe(`exports keep names and quotes inert (${label})`, () => {
    const a = model();

    it('covers every export format', () => {
      assert.deepEqual([...EXPORT_FORMATS].sort(), ['brat', 'csv', 'json', 'jsonl', 'report']);
    });

    it('JSON: valid, and the texts come back exactly', () => {
      const values = strings(JSON.parse(content('json', a)));
      for (const q of a.quotes) assert.ok(values.includes(q.text), `quote ${JSON.stringify(q.text)}`);
      for (const p of a.people) assert.ok(values.includes(p.name), `name ${JSON.stringify(p.name)}`);
    });

    it('JSONL: one line per article, whatever separators the texts hold', () => {
      const jsonl = content('jsonl', a);
      assert.ok(jsonl.endsWith('\n'));
      const lines = jsonl.slice(0, -1).split(/\r\n|\r|\n|\u2028|\u2029/);
      assert.equal(lines.length, 1);
      const record = JSON.parse(lines[0]) as { text: string };
      assert.equal(record.text, TEXT);
    });

    it('brat: every .ann line is a well-formed entity, event or note; the .txt is the text', () => {
      assert.equal(content('brat', a, '.txt'), TEXT);
      const ann = content('brat', a, '.ann');
      for (const line of ann.slice(0, -1).split('\n')) {
        assert.match(line, /^(?:T\d+\t\w+ \d+ \d+(?:;\d+ \d+)*\t[^\t\r\n\u2028\u2029]*|E\d+\t(?:\w+:[TE]\d+ ?)+|#\d+\tAnnotatorNotes T\d+\t[^\t\r\n\u2028\u2029]*)$/, `line ${JSON.stringify(line)}`);
      }
    });

    it('CSV: one row per quote, no cell a spreadsheet would run as a formula', () => {
      const rows = readCsv(content('csv', a));
      assert.equal(rows.length, 1 + a.quotes.length);
      for (const row of rows) {
        assert.equal(row.length, rows[0].length);
        for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)}`);
      }
      if (label === 'a hostile model') assert.deepEqual(rows[1].slice(0, 2), [HOSTILE_NAME, "'+cmd <b>role</b>"]);
    });

    it('Markdown report: no HTML, link, image, command link, theme icon or heading from the texts', () => {
      const report = content('report', a);
      const bare = report.replace(/\\./g, '');
      assert.doesNotMatch(bare, /[<>]/, 'raw angle brackets');
      assert.doesNotMatch(bare, /\]\(|!\[/, 'link or image syntax');
      assert.doesNotMatch(bare, /command:|javascript:|https?:/, 'a live link target');
      assert.doesNotMatch(bare, /\$\(/, 'theme icon syntax');
      for (const line of report.split('\n')) if (line.startsWith('#')) assert.match(line, /^#{1,2} (?:Who said what|[^#])/, `heading ${JSON.stringify(line)}`);
      assert.doesNotMatch(report, /\u2028|\u2029|\r/);
    });
  });
}
