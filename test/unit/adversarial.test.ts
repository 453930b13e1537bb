/**
 * Adversarial inputs for each pattern the detectors look at (quote marks, capitalised words,
 * apostrophes, reporting verbs, paragraphs, nesting): annotate() must not throw and must run in
 * linear time. Each case is timed on a text of size n and on one of size n/10 built the same way,
 * in the same run; the large one must take less than MAX_RATIO times as long (about 10× when
 * linear, about 100× when quadratic). No absolute time is asserted.
 */
import assert from 'node:assert/strict';
import { AnnotateTimer, measureLinear } from './support/linear';

const MAX_RATIO = 20;
/** ADVERSARIAL_SCALE (e.g. 0.1) shrinks every case for a quick local run; 1 is the size asserted in CI. */
const SCALE = Number(process.env.ADVERSARIAL_SCALE) > 0 ? Number(process.env.ADVERSARIAL_SCALE) : 1;

/** Cycles through `parts`, n items, joined by `sep`. */
function cycle(parts: readonly string[], n: number, sep = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(parts[i % parts.length]);
  return out.join(sep);
}

/** A distinct capitalised word for every i: Ba, Be, …, Bab, … */
function capitalised(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let s = '';
  let k = i;
  do {
    s += letters[k % 26];
    k = Math.floor(k / 26);
  } while (k > 0);
  return 'BCDFGHJKLMNPRSTVWZ'[i % 18] + s;
}

const NAMES = ['Antony Blinken', 'Xi Jinping', 'Angela Merkel', 'Hillary Clinton', 'Vladimir Putin', 'Emmanuel Macron', 'Narendra Modi', 'Jacinda Ardern'];
const COUNTRIES = ['China', 'the United States', 'Germany', 'Russia', 'France', 'India', 'New Zealand', 'Brazil', 'the U.S.', 'Chinese', 'German'];

/** Newsy sentences with quotes, names, roles, countries and pronouns, varied by index. */
function sentence(i: number): string {
  const who = NAMES[i % NAMES.length];
  const where = COUNTRIES[(i * 7) % COUNTRIES.length];
  switch (i % 6) {
    case 0:
      return `“We will keep talking to ${where},” said ${who} on Tuesday.`;
    case 1:
      return `${who} told reporters that ${where} would “not back down” over the talks.`;
    case 2:
      return `“It is a good deal,” he added. “Nobody should doubt it.”`;
    case 3:
      return `According to officials in ${where}, the minister’s visit was postponed.`;
    case 4:
      return `The president of ${where}, ${who}, said: “The agreement stands.”`;
    default:
      return `She said the '90s were different and it's not the Joneses’ problem.`;
  }
}

/** Shapes of input, each a function of a size n (its count of repeated units). */
const SHAPES: { name: string; n: number; make: (n: number) => string }[] = [
  { name: '100k straight quote marks in a row', n: 100_000, make: (n) => '"'.repeat(n) },
  { name: '100k spaced straight quote marks', n: 100_000, make: (n) => '" '.repeat(n) },
  { name: '100k opening curly quotes, never closed', n: 100_000, make: (n) => 'a “b '.repeat(n) },
  { name: '100k closing curly quotes, never opened', n: 100_000, make: (n) => 'b” a '.repeat(n) },
  { name: '100k mixed quote marks of every style', n: 100_000, make: (n) => cycle(['“a', 'b”', '"c', 'd"', '‘e', 'f’', "'g", "h'", '«i', 'j»', '„k', "''l", "m''"], n) },
  { name: '100k capitalised words, a few names repeated', n: 100_000, make: (n) => cycle(['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'], n) },
  { name: '100k distinct capitalised words', n: 100_000, make: (n) => Array.from({ length: n }, (_, i) => capitalised(i)).join(' ') },
  { name: '20k distinct two-word names, each with said', n: 20_000, make: (n) => Array.from({ length: n }, (_, i) => `${capitalised(i)} ${capitalised(i * 31 + 7)} said.`).join(' ') },
  { name: '20k quotes in one paragraph, each attributed', n: 20_000, make: (n) => Array.from({ length: n }, (_, i) => `“Yes ${i},” said ${NAMES[i % NAMES.length]}.`).join(' ') },
  { name: '20k quotes each opened and never closed, one per paragraph', n: 20_000, make: (n) => cycle(['“We will go on', '“They said so', '“And more of it'], n, '\n\n') },
  { name: '20k quotes each opened and never closed, one per line', n: 20_000, make: (n) => cycle(['“We will go on', '“They said so', '“And more of it'], n, '\n') },
  { name: 'one quotation running over 20k paragraphs', n: 20_000, make: (n) => '“' + cycle(['We will go on', '“They said so', '“And more of it'], n, '\n\n') + '”' },
  { name: '100k apostrophes in contractions and possessives', n: 100_000, make: (n) => cycle(["it's", 'Trump’s', "rock 'n' roll", "'90s", 'the Joneses’', "O'Brien", 'don’t', "'tis"], n) },
  { name: '50k plural possessives inside one single-quoted quote', n: 50_000, make: (n) => '“‘' + 'the Joneses’ house '.repeat(n) + 'end’ he said”' },
  { name: '50k single quotes opened inside one double quote', n: 50_000, make: (n) => '“' + '‘a '.repeat(n) + '”' },
  { name: '100k runs of said', n: 100_000, make: (n) => 'said '.repeat(n) },
  { name: '20k documents that speak, in one paragraph', n: 20_000, make: (n) => cycle(['A web video by the Republican National Committee aired.', 'The clip says it is “a passion.”', '“Yes,” the statement said.', 'Alan Reyes said the group agreed.'], n) },
  { name: '20k cue-less quotes in one sentence', n: 20_000, make: (n) => 'Dana Wells said that ' + cycle(['“one”', '“two”,', 'and “three”'], n) + '.' },
  { name: '20k epithets after names', n: 20_000, make: (n) => cycle(['Donald Trump spoke.', '“We need change,” the New York businessman said.', 'They said “no,” the senators wrote.'], n) },
  { name: '50k reporting clauses without quotes', n: 50_000, make: (n) => cycle(['he said,', 'she told reporters', 'they added', 'according to', 'Blinken said', 'officials said.'], n) },
  { name: '100k short paragraphs', n: 100_000, make: (n) => cycle(['Xi said.', 'China agreed.', '“Yes.”', 'He added.'], n, '\n\n') },
  { name: 'one long paragraph of news sentences (5 MB)', n: 5_000_000, make: (n) => oneParagraph(n) },
  { name: 'block quotes nested ever deeper (depth × lines)', n: 20_000, make: (n) => Array.from({ length: 20 }, () => '> '.repeat(Math.round(n / 20)) + '“Deep,” said Angela Merkel.').join('\n') },
  { name: 'lists nested ever deeper', n: 2_000, make: (n) => nestedList(n) },
  { name: 'list items and block quotes alternating', n: 20_000, make: (n) => cycle(['- “Yes,” said Xi Jinping.', '> “No,” said Antony Blinken.', '1. China and Russia', '   > - nested “quote”'], n, '\n') },
  { name: '10k paragraphs of unmatched emphasis and link markers', n: 10_000, make: (n) => cycle(['*a **b _c', '[d e] (f', '~~g `h *i', '**j [k _l'], n, '\n\n') },
  // One paragraph past PLAIN_RUN_LIMIT (prose.ts) is read without its inline Markdown.
  { name: '100k unmatched emphasis and link markers', n: 100_000, make: (n) => cycle(['*a', '**b', '_c', '[d', 'e]', '(f', '~~g', '`h'], n) },
];

function oneParagraph(chars: number): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < chars; i++) {
    const s = sentence(i);
    out.push(s);
    len += s.length + 1;
  }
  return out.join(' ').slice(0, chars);
}

/** A staircase of list items, each one level deeper, repeated: about n items in all. */
function nestedList(n: number): string {
  const depth = 50;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`${'  '.repeat(i % depth)}- “Item ${i},” said Xi Jinping.`);
  return lines.join('\n');
}

describe('annotate() on adversarial input runs in linear time', function () {
  this.timeout(10 * 60_000);
  const timer = new AnnotateTimer();
  after(() => timer.stop());

  for (const shape of SHAPES) {
    it(shape.name, async () => {
      const r = await measureLinear(timer, shape.make, Math.max(100, Math.round(shape.n * SCALE)), MAX_RATIO);
      const ms = (x: number | null): string => (x === null ? 'stopped' : `${x.toFixed(1)} ms`);
      const detail = `${r.smallChars} chars: ${ms(r.smallMs)}; ${r.largeChars} chars: ${ms(r.largeMs)}; ratio ${r.ratio.toFixed(1)} (limit ${MAX_RATIO})${r.stoppedAt === 'small' ? `; the ${r.smallChars}-char run took over 30× the ${r.tinyMs.toFixed(1)} ms of one ten times smaller` : ''}`;
      if (process.env.ADVERSARIAL_VERBOSE) console.log(`      ${detail}`);
      assert.ok(r.ratio < MAX_RATIO, `not linear: ${detail}`);
    });
  }
});
