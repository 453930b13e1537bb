/**
 * buildProse parses a document run by run (see splitChunks); these properties check that the view
 * it builds is the very view that one parse of the whole document gives: the same text, the same
 * blocks and the same source offset for every view character.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildProse, buildProseWhole, ProseCache, splitChunks, type ProseDoc } from '../../src/core/prose';

const SCALE = Number(process.env.PROPERTY_RUNS_SCALE) > 0 ? Number(process.env.PROPERTY_RUNS_SCALE) : 1;
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

const WORDS = ['said', 'Xi Jinping', 'the minister', '“Yes,”', '"no"', 'China', 'a', 'b', 'foo', 'bar', 'x', '.', ',', ':', '1.', '2)', '2024.', '\u00a0', '😀', '\ufeff', '\0', 'é'];
const INLINE = ['*', '**', '_', '~~', '`', '``', '[', ']', '](u)', '[x]', '[x]:', ' <b>', '<https://a.b>', 'https://example.com/x', 'www.a.org', '&amp;', '&copy', '\\', '\\*', '|', '!', '#', '-->', '?>', ']]>', '>', '</pre>', '</script>'];
const LINE_START = [
  '', '', '', '', ' ', '  ', '   ', '    ', '\t', '> ', '>', '> > ', '- ', '* ', '+ ', '1. ', '3) ', '# ', '## ', '#', '=== ', '---', '***', '___', '| ',
  '```', '```js', '``` `x`', '````', '~~~', '~~~ a`b', '  ```', '   ~~~', '<div>', '<div', '<pre>', '<script>', '<style', '<textarea>', '<!--', '<!-->', '<!--->',
  '<?', '<?>', '<!DOCTYPE', '<![CDATA[', '<b>', '</b>', '<span>', '<x-y a="1">', '<', '  <div>', '[x]: /u', '[^1]: n', '| --- | --- |', '|---|', '- [ ] ', '+++', '\ufeff',
];
const EOL = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n', '\r\n\r\n'];

const line = fc
  .tuple(fc.constantFrom(...LINE_START), fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: fc.constant(' ') }, { weight: 2, arbitrary: fc.constantFrom(...INLINE) }), { maxLength: 8 }))
  .map(([start, ws]) => start + ws.join(''));
const markdown = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, fc.constantFrom(...EOL)), { maxLength: 30 }))
  .map(([fm, ls]) => (fm ? '---\ntitle: x\n---\n' : '') + ls.map(([l, e]) => l + e).join(''));

/** News-like text: paragraphs, headings, quotes and lists separated by blank lines. */
const PARAGRAPHS = [
  '“We will not back down,” the minister said on Tuesday.',
  'Xi Jinping met Antony Blinken in Beijing.\nThe talks lasted two hours.',
  '# A headline',
  '> “It is a shame,” she said.',
  '- a list item\n- another, with *emphasis*',
  '**Bold** start and a [link](http://example.com).',
  'Plain text that spans\ntwo lines without any syntax',
  '```\ncode\n\nmore code\n```',
  '| a | b |\n| - | - |\n| “x” | y |',
  '<div>\nhtml\n</div>',
  '    indented code',
  '1. first\n\n   continued',
];
const article = fc
  .array(fc.tuple(fc.constantFrom(...PARAGRAPHS), fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n', '\n')), { maxLength: 40 })
  .map((ps) => ps.map(([p, e]) => p + e).join(''));

function same(source: string, got: ProseDoc, want: ProseDoc): void {
  const msg = `for ${JSON.stringify(source.length > 400 ? source.slice(0, 400) + '…' : source)}`;
  assert.equal(got.text, want.text, `view text ${msg}`);
  assert.deepEqual(got.blocks, want.blocks, `blocks ${msg}`);
  for (let i = 0; i < want.text.length; i++) {
    assert.deepEqual(got.toSource({ start: i, end: i + 1 }), want.toSource({ start: i, end: i + 1 }), `offset of view ${i} ${msg}`);
  }
  for (const r of [{ start: 0, end: want.text.length }, { start: want.text.length, end: want.text.length }]) {
    assert.deepEqual(got.toSource(r), want.toSource(r), `range ${r.start}-${r.end} ${msg}`);
  }
}

describe('prose view by runs of blocks equals the view of one whole parse (properties)', function () {
  this.timeout(120_000);

  it('on random Markdown lines, openings and line ends', () => {
    fc.assert(fc.property(markdown, (md) => same(md, buildProse(md), buildProseWhole(md))), { numRuns: runs(1500) });
  });

  it('on news-like articles', () => {
    fc.assert(fc.property(article, (md) => same(md, buildProse(md), buildProseWhole(md))), { numRuns: runs(300) });
  });

  it('with a cache, after random edits', () => {
    const cache = new ProseCache();
    fc.assert(
      fc.property(article, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.constantFrom('', 'x', '\n', '\n\n', '*', '```', '> ', '“', '<div>')), { maxLength: 5 }), (md, edits) => {
        let text = md;
        same(text, buildProse(text, cache), buildProseWhole(text));
        for (const [at, del, ins] of edits) {
          const p = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
          same(text, buildProse(text, cache), buildProseWhole(text));
        }
      }),
      { numRuns: runs(200) },
    );
  });
});

/** Blocks that buildProse lays without the parser when their text is plain, and near misses. */
const PLAIN = ['said', 'Xi', 'the minister', '“Yes,”', '"no"', '1.', '2)', '2024.', 'é', '😀', '.', ',', '’s', 'www.a.org', 'https://a.b/c', '—'];
const NEAR = ['-', '+', '=', '#', '\u00a0', '*', '**', '_', '&amp;', '\\', '`', '[x]', '<b>', '|'];
const SEP = ['\n', '\n> ', '\n  ', '\n ', '  \n', '\t', '\n\n'];
const plainish = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...NEAR) }),
      fc.oneof({ weight: 8, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom(...SEP) }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((ws) => ws.map(([w, s]) => w + s).join('').trimEnd());
const simpleBlock = fc.oneof(
  fc.tuple(fc.constantFrom('# ', '## ', '###### ', '####### ', '#', '#  '), plainish).map(([h, t]) => h + t),
  plainish.map((t) => '> ' + t.replace(/\n/g, '\n> ')),
  plainish.map((t) => '- ' + t.replace(/\n/g, '\n  ')),
  fc.tuple(plainish, plainish).map(([a, b]) => `**${a}**${b}`),
  fc.tuple(plainish, plainish).map(([a, b]) => `**${a}** ${b}`),
);

describe('simple blocks laid without the parser', function () {
  this.timeout(120_000);

  it('give the view of one whole parse: headings, block quotes, list items, a leading strong run', () => {
    const doc = fc.array(fc.tuple(simpleBlock, fc.constantFrom('\n\n', '\n\n\n', '\n')), { minLength: 1, maxLength: 6 }).map((bs) => bs.map(([b, e]) => b + e).join(''));
    fc.assert(fc.property(doc, (md) => same(md, buildProse(md), buildProseWhole(md))), { numRuns: runs(1500) });
  });

  it('lay the same view as the parser for plain blocks', () => {
    for (const md of ['# A headline\n', '## Two “words”\n\n', '> One line\n> and “another”\n', '- an item\n  over two lines\n', '**WASHINGTON** — The minister said.\n', '**Two words** and more']) {
      same(md, buildProse(md), buildProseWhole(md));
    }
  });
});

describe('splitChunks', () => {
  it('cuts before each unindented block after a blank line', () => {
    assert.deepEqual(splitChunks('a\n\nb\n\n> c\n\n# d\n'), [0, 3, 6, 11]);
  });

  it('keeps indented continuations, fenced code and HTML blocks with blank lines in one run', () => {
    assert.deepEqual(splitChunks('- a\n\n  b\n\nc\n\nd'), [0, 13]);
    assert.deepEqual(splitChunks('```\nx\n\ny\n```\n\nz'), [0, 14]);
    assert.deepEqual(splitChunks('<pre>\nx\n\ny\n</pre>\n\nz'), [0, 19]);
    assert.deepEqual(splitChunks('<!--\nx\n\ny\n-->\n\nz'), [0, 15]);
  });

  it('ends a raw HTML block at any of the four end tags, not only its own', () => {
    const md = '<pre>\n</script>\n~~~ a`b</pre>\r\n\r\nsaid\n';
    assert.deepEqual(splitChunks(md), [0]);
    same(md, buildProse(md), buildProseWhole(md));
  });

  it('ends a CDATA block where the parser does: an even run of "]" before ">"', () => {
    assert.deepEqual(splitChunks('<![CDATA[\n]]>\n\nsaid\n'), [0, 15]);
    assert.deepEqual(splitChunks('<![CDATA[\n]]]>\n\nsaid\n'), [0]);
    for (const md of ['<![CDATA[\n]]]>\r\n\r\nsaid\n', '<![CDATA[ ]]]]>\n\nsaid', '<![CDATA[\na]]]]]>\n\nsaid\n\nb ]]>\n\nc']) same(md, buildProse(md), buildProseWhole(md));
  });

  it('keeps front matter with blank lines in the first run', () => {
    assert.deepEqual(splitChunks('---\na: 1\n\nb: 2\n---\n\nText'), [0, 20]);
  });

  it('makes no cut where the structure is uncertain, nor with link reference definitions', () => {
    assert.deepEqual(splitChunks('a\n\n  ```\n\nb\n\nc'), [0]);
    assert.deepEqual(splitChunks('a\n\n[x]: /u\n\nb'), [0]);
    assert.deepEqual(splitChunks('---\nno close\n\nb'), [0]);
  });
});
