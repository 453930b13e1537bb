/**
 * Property-based tests of annotate(): whatever the text (any Unicode, stray quote marks and
 * apostrophes, deeply nested Markdown, very long lines, NUL bytes, CRLF), the result is sound.
 * These are invariants of any correct implementation, not checks of what is detected.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotate, type AnnotateOptions } from '../../src/core/annotate';
import { buildProse } from '../../src/core/prose';
import type { Annotations } from '../../src/core/model';
import { violations } from './support/invariants';

/** Set PROPERTY_RUNS_SCALE (e.g. 10) for a longer fuzzing session; the default keeps the suite fast. */
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE) > 0 ? Number(process.env.PROPERTY_RUNS_SCALE) : 1;
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

const WORDS = [
  'said', 'says', 'told reporters', 'according to', 'added', 'he said', 'she says', 'they said',
  'Xi Jinping', 'Antony Blinken', 'Hillary Clinton', 'Angela Merkel', 'Mr. Smith', 'Ms. Jones', 'Dr. Ngozi Okonjo-Iweala',
  'President', 'Prime Minister', 'Secretary of State', 'the minister', 'a spokesman', 'the secretary',
  'China', 'Chinese', 'U.S.', 'US', 'United States', 'UK', 'Britain', 'British', 'Russia', 'Côte d’Ivoire', 'Beijing', 'Washington',
  'Moscow', 'the Kremlin', 'the White House', 'Reuters', 'the United Nations', 'UN', 'EU', 'NATO', 'Ministry of Defence',
  "O'Brien", 'O’Neill', "it's", 'it’s', "Trump's", 'Trump’s', "rock 'n' roll", 'rock ’n’ roll', "'90s", '’90s', "the Joneses'", 'the Joneses’',
  'he', 'she', 'they', 'it', 'we', 'the', 'and', 'of', 'a', 'yes', 'no', 'Today', 'The', 'But',
  '.', ',', ';', ':', '!', '?', '—', '–', '-', '…', '(', ')', '[', ']',
];

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", "''", "'''", '«', '»', '„', '‟', '‹', '›', '「', '」', '＂', '〝', '〞', '``'];

const MARKDOWN = [
  '> ', '>', '>>', '- ', '* ', '+ ', '1. ', '2) ', '  ', '    ', '\t', '**', '*', '_', '__', '~~', '`', '``', '```', '~~~',
  '# ', '## ', '###### ', '#', '[', '](http://example.com/a)', ']', '[x]: http://example.com', '[x]', '<', '<b>', '</b>',
  '<!--', '-->', '<div>', '</div>', '&amp;', '&ldquo;', '&rdquo;', '&#x1F600;', '&#0;', '&#xD800;', '&#1114112;', '&bogus;', '&',
  '\\', '\\"', '\\*', '| a | b |', '| --- | --- |', '|', '---', '***', '___', '===', '[^1]', '[^1]: note', '<https://example.org>',
  'https://example.com/x', 'www.example.com', '![alt “x”](y.png)', '---\ntitle: "x"\n---\n', '+++\n',
];

const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\n\n', '\u2028', '\u2029', '\u0085', '\f', '\v'];

const ODD = [
  '\0', '\u0000\u0000', '\u0301', 'e\u0301', 'A\u030a\u0323', '\u200d', '\u200b', '\u00a0', '\u202f', '\ufeff', '\u202e', '\u200f', '\u061c',
  'مرحبا', 'قال', 'שלום', '“مرحبا”', 'Ελλάδα', 'Россия', '中国', '習近平', '😀', '👨‍👩‍👧', '𝐀𝐁𝐂', '🇨🇳', '🇺🇸', '\ud800', '\udc00', '\udbff',
  '\ud83d', '\ude00', '\uffff', '\ufffd', 'İ', 'ß', 'ﬁ',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

const NAME = fc.constantFrom('Xi Jinping', 'Antony Blinken', 'Angela Merkel', 'Mr. Smith', 'Ms. Jones', 'Reuters', 'the White House', 'Beijing', 'he', 'she', 'the minister', 'a spokesman', 'China');
const snippet = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 4, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom(...ODD) }), { maxLength: 8 }).map((ts) => ts.join(''));
const mark = fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ["''", "''"], ['“', ''], ['', '”']);

/** Whole reporting sentences, so that attribution (speakers, cues, pronouns) is exercised too. */
const reported: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 5 }), mark, snippet, NAME, fc.constantFrom('said', 'says', 'told reporters', 'added', 'according to', 'warned'), fc.constantFrom('.', ',', ':', '', '!'))
  .map(([form, [o, c], text, who, verb, end]) => {
    switch (form) {
      case 0:
        return `${o}${text}${end}${c} ${verb} ${who}.`;
      case 1:
        return `${who} ${verb}${end} ${o}${text}${c}`;
      case 2:
        return `${o}${text},${c} ${who} ${verb}. ${o}${text}${c}`;
      case 3:
        return `${who}, the ${text}, ${verb} ${o}${text}${c}`;
      case 4:
        return `${o}${text}`;
      default:
        return `${verb} ${who} ${o}${text}${c}${end}`;
    }
  });

/** Newsy soup: words, marks, reporting sentences, Markdown and odd characters in any order. */
const doc = fc.array(fc.oneof({ weight: 6, arbitrary: token }, { weight: 1, arbitrary: reported }), { maxLength: 80 }).map((ts) => ts.join(''));

/** Words and quote marks only, on one line: stresses quote pairing and apostrophes. */
const quoteSoup = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...QUOTE_MARKS), fc.constant(' ')), { maxLength: 60 })
  .map((ts) => ts.join(''));

const inline = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 4, arbitrary: fc.constant(' ') }, { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD) }), { maxLength: 16 }).map((ts) => ts.join(''));

/** Emphasis, strong, strike-through and links wrapped around each other. */
const emphasis = fc
  .tuple(inline, fc.array(fc.constantFrom(['*', '*'], ['**', '**'], ['_', '_'], ['~~', '~~'], ['[', '](u)'], ['***', '***'], ['*', ''], ['', '**']), { maxLength: 12 }))
  .map(([text, layers]) => layers.reduce((s, [l, r]) => `${l}${s}${r}`, text));

/** Lines under deep mixtures of block quotes, list markers and indentation. */
const nestedLine = fc
  .tuple(fc.array(fc.constantFrom('> ', '>', '- ', '* ', '1. ', '  ', '   ', '    ', '\t', '> - ', '- > '), { maxLength: 40 }), emphasis)
  .map(([prefix, text]) => prefix.join('') + text);
const nestedDoc = fc
  .tuple(fc.array(nestedLine, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([lines, eol]) => lines.join(eol));

/** One very long line: a short pattern repeated thousands of times. */
const longLine = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...QUOTE_MARKS), fc.constant(' '), fc.constantFrom(...ODD)), { minLength: 1, maxLength: 12 }), fc.integer({ min: 100, max: 1000 }))
  .map(([ts, n]) => ts.join('').repeat(n));

function preview(s: string): string {
  return s.length > 300 ? `${JSON.stringify(s.slice(0, 300))}… (${s.length} chars)` : JSON.stringify(s);
}

function check(source: string, options: AnnotateOptions = {}): Annotations {
  let result: Annotations;
  try {
    result = annotate(source, options);
  } catch (e) {
    throw new Error(`annotate threw on ${preview(source)}: ${(e as Error).stack ?? e}`, { cause: e });
  }
  const bad = violations(source, result);
  if (bad.length > 0) {
    const more = bad.length > 5 ? ` (and ${bad.length - 5} more)` : '';
    assert.fail(`broken invariants for ${preview(source)}:\n  ${bad.slice(0, 5).join('\n  ')}${more}`);
  }
  return result;
}

/** Drops what a change of line ends may move: offsets, and the carriage returns in span texts. */
function lineEndFree(a: Annotations): unknown {
  const t = (s: string): string => s.replace(/\r/g, '');
  return {
    quotes: a.quotes.map((q) => [t(q.text), q.speaker, q.cue && t(q.cue.text), q.nested.map((n) => t(n.text))]),
    terms: a.terms.map((x) => t(x.text)),
    people: a.people.map((p) => [p.id, p.name, p.mentions.map((m) => t(m.text))]),
    organizations: a.organizations.map((o) => [o.id, o.name, o.mentions.map((m) => t(m.text))]),
    countries: a.countries.map((c) => [c.code, c.mentions.map((m) => t(m.text)), c.metonyms.map((m) => t(m.text))]),
  };
}

describe('annotate() properties', function () {
  this.timeout(60_000);

  it('is sound on arbitrary newsy text with Unicode, quote marks, Markdown, NUL bytes and line ends', () => {
    fc.assert(fc.property(doc, (s) => void check(s)), { numRuns: runs(400) });
  });

  it('is sound on arbitrary full Unicode, lone surrogates included', () => {
    const any = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-composite', maxLength: 100 }), fc.array(fc.oneof(loneSurrogate, fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(...WORDS), fc.constant(' ')), { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(fc.property(any, (s) => void check(s)), { numRuns: runs(300) });
  });

  it('is sound on random quote marks and apostrophes', () => {
    fc.assert(fc.property(fc.array(quoteSoup, { minLength: 1, maxLength: 4 }), (ps) => void check(ps.join('\n\n'))), { numRuns: runs(400) });
  });

  it('is sound on deeply nested block quotes, lists and emphasis', () => {
    fc.assert(fc.property(nestedDoc, (s) => void check(s)), { numRuns: runs(200) });
  });

  it('is sound on documents split into articles', () => {
    const articles = fc.array(fc.oneof(doc, nestedDoc), { minLength: 2, maxLength: 5 }).map((ds) => ds.join('\n\n# Next story\n\n'));
    fc.assert(fc.property(articles, (s) => void check(s, { splitArticlesFrom: 0 })), { numRuns: runs(200) });
  });

  it('is sound on very long lines', () => {
    fc.assert(fc.property(longLine, (s) => void check(s)), { numRuns: runs(10) });
  });

  it('is deterministic, also after annotating another document', () => {
    fc.assert(
      fc.property(doc, doc, (s, other) => {
        const first = annotate(s);
        annotate(other);
        assert.deepEqual(annotate(s), first);
      }),
      { numRuns: runs(150) },
    );
  });

  it('reads CRLF line ends as LF', () => {
    const lfDoc = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 5, arbitrary: fc.constant(' ') }, { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) }, { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\n> ', '\n- ', '**') }), { maxLength: 80 }).map((ts) => ts.join(''));
    fc.assert(
      fc.property(lfDoc, (s) => {
        const crlf = s.replace(/\n/g, '\r\n');
        assert.deepEqual(lineEndFree(check(crlf)), lineEndFree(check(s)));
      }),
      { numRuns: runs(200) },
    );
  });

  it('is sound on hand-picked edge cases', () => {
    const cases = [
      '',
      '\0',
      '\ufeff“Yes,” he said.',
      '“\ud800”',
      '“😀” said Xi Jinping 😀.',
      '“a\udc00b,” said Antony Blinken\ud83d',
      '&#x1F600;“&#xD800;” &ldquo;x&rdquo; said Xi Jinping',
      '"\r\n"\r\n\r\n"',
      '> '.repeat(200) + '“Deep,” said Angela Merkel.',
      '- '.repeat(200) + '“Deep,” said Angela Merkel.',
      '“' + 'a “b '.repeat(100) + '”'.repeat(100),
      "''''''''''''''''",
      '“”“”“”""\'\'‘’‘’',
      'China\u0301 said “yes\u0301”\u0301',
      '\u202e“مرحبا،” قال Xi Jinping\u202c',
    ];
    for (const c of cases) check(c);
  });
});

describe('prose view regressions found by the properties', () => {
  it('maps text after a NUL byte (read as U+FFFD by the parser) to its own source', () => {
    const src = 'a \0 “b,” said \0\0 Xi';
    const d = buildProse(src);
    for (const needle of ['“b,”', 'said', 'Xi']) {
      const i = d.text.indexOf(needle);
      assert.ok(i >= 0, needle);
      const r = d.toSource({ start: i, end: i + needle.length });
      assert.equal(src.slice(r.start, r.end), needle);
    }
  });
});
