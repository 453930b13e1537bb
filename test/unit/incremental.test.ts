/**
 * createAnnotator() annotates successive versions of a document reusing what it parsed before;
 * whatever the edits, its result must be the very result of annotate() on the same text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotate, createAnnotator } from '../../src/core/annotate';

const SCALE = Number(process.env.PROPERTY_RUNS_SCALE) > 0 ? Number(process.env.PROPERTY_RUNS_SCALE) : 1;
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** Invented news paragraphs: quotes, speakers, pronouns, countries, Markdown around them. */
const PARAGRAPHS = [
  '# Ministers meet over river treaty',
  '“We will not back down,” Foreign Minister Lena Varga said on Tuesday in Vienna.',
  'Varga, who has led the talks since March, told reporters that Hungary and Austria were close to a deal.',
  '“It is a good agreement for both countries,” she added. “Nobody should doubt it.”',
  'According to officials in Budapest, the treaty would be signed in June.',
  '> “The water belongs to everyone,” said Tomas Berger, a spokesman for the ministry.',
  '- Germany and France have offered to mediate.\n- The European Union welcomed the talks.',
  'Prime Minister Anna Kovacs said the deal was “historic” but warned: “There is work to do.”',
  '**Berger** declined to comment further. He said only that the *next round* would be in [Geneva](http://example.com).',
  '“We are ready,” the Chinese ambassador, Li Wei, said. China has observer status.',
  '| Country | Position |\n| --- | --- |\n| Austria | “yes” |',
  '```\n“not a quote,” said nobody\n```',
  'The U.S. State Department said it was following the talks “very closely.”',
  '“And the Danube?” asked Varga.',
  '"Straight quotes too," Kovacs told the BBC.',
];

const article = fc
  .array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 25 })
  .map((ps) => ps.join('\n\n') + '\n');

const edit = fc.tuple(
  fc.nat(),
  fc.nat({ max: 12 }),
  fc.constantFrom('', 'x', 'a', ' ', '.', ',', '“', '”', '"', '\n', '\n\n', 'said ', ' Varga', 'Mr. ', '*', '> ', '- ', '# ', '```', 'China'),
);

describe('createAnnotator() gives the results of annotate() (properties)', function () {
  this.timeout(300_000);

  it('after random edits of news articles', () => {
    fc.assert(
      fc.property(article, fc.array(edit, { minLength: 1, maxLength: 6 }), (text0, edits) => {
        const annotator = createAnnotator();
        let text = text0;
        assert.deepEqual(annotator.annotate(text), annotate(text));
        for (const [at, del, ins] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
          assert.deepEqual(annotator.annotate(text), annotate(text), `after an edit at ${p}: ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('when annotating two documents in turn', () => {
    fc.assert(
      fc.property(article, article, edit, (a, b, [at, del, ins]) => {
        const annotator = createAnnotator();
        const p = at % (a.length + 1);
        for (const text of [a, b, a.slice(0, p) + ins + a.slice(p + del), b]) assert.deepEqual(annotator.annotate(text), annotate(text));
      }),
      { numRuns: runs(30) },
    );
  });
});

describe('createAnnotator() on documents split into articles (properties)', function () {
  this.timeout(300_000);
  const SPLIT = { splitArticlesFrom: 0 };
  // Articles under level-1 headings, so that the document is annotated article by article.
  const articles = fc
    .array(article, { minLength: 1, maxLength: 5 })
    .map((as) => as.map((a, i) => `# Story ${i + 1}\n\n${a}`).join('\n'));

  it('after random edits, including edits that make or unmake a heading', () => {
    fc.assert(
      fc.property(articles, fc.array(edit, { minLength: 1, maxLength: 6 }), (text0, edits) => {
        const annotator = createAnnotator();
        let text = text0;
        assert.deepEqual(annotator.annotate(text, SPLIT), annotate(text, SPLIT));
        for (const [at, del, ins] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
          assert.deepEqual(annotator.annotate(text, SPLIT), annotate(text, SPLIT), `after an edit at ${p}: ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('createAnnotator() on one article whose paragraphs it keeps from one version to the next (properties)', function () {
  this.timeout(300_000);
  /** Paragraphs in single marks too (British style), so that edits tip the document from one style to the other. */
  const BRITISH = [
    '‘We have no choice,’ said Mick Lynch, the union’s general secretary.',
    '‘It is not over,’ he added. ‘We will strike again in March.’',
    'Lynch told the BBC that ‘nobody wants this’, but he would not move.',
    '‘The offer stands,’ a spokesman for the rail operators said. ‘It is fair.',
    '‘And it will stay on the table.’',
  ];
  // One article under level-2 headings, its paragraphs often written twice.
  const paragraph = fc.constantFrom(...PARAGRAPHS.filter((p) => !p.startsWith('# ')), ...BRITISH, '## Reactions', '## Background');
  const longArticle = fc.array(paragraph, { minLength: 3, maxLength: 30 }).map((ps) => `## River treaty\n\n${ps.join('\n\n')}\n`);
  const change = fc.oneof(
    { arbitrary: edit.map(([at, del, ins]) => (t: string): string => { const p = at % (t.length + 1); return t.slice(0, p) + ins + t.slice(p + del); }), weight: 4 },
    // split a paragraph, join two, or swap two (the blocks after move)
    { arbitrary: fc.nat().map((at) => (t: string): string => { const p = t.indexOf(' ', at % (t.length + 1)); return p < 0 ? t : `${t.slice(0, p)}\n\n${t.slice(p + 1)}`; }), weight: 1 },
    { arbitrary: fc.nat().map((at) => (t: string): string => { const p = t.indexOf('\n\n', at % (t.length + 1)); return p < 0 ? t : `${t.slice(0, p)} ${t.slice(p + 2)}`; }), weight: 1 },
    { arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (t: string): string => { const ps = t.split('\n\n'); const a = i % ps.length; const b = j % ps.length; [ps[a], ps[b]] = [ps[b], ps[a]]; return ps.join('\n\n'); }), weight: 1 },
    { arbitrary: fc.tuple(fc.nat(), fc.constantFrom('“', '”', '‘', '’', "'", '"')).map(([at, mark]) => (t: string): string => { const p = at % (t.length + 1); return t.slice(0, p) + mark + t.slice(p); }), weight: 2 },
  );

  it('after many random edits: characters, quotation marks, paragraphs split, joined and moved', () => {
    fc.assert(
      fc.property(longArticle, fc.array(change, { minLength: 1, maxLength: 12 }), (text0, changes) => {
        const annotator = createAnnotator();
        let text = text0;
        assert.deepEqual(annotator.annotate(text), annotate(text));
        for (const f of changes) {
          text = f(text);
          assert.deepEqual(annotator.annotate(text), annotate(text), `after an edit: ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('when an edit is undone and done again', () => {
    fc.assert(
      fc.property(longArticle, change, (a, f) => {
        const annotator = createAnnotator();
        const b = f(a);
        for (const text of [a, b, a, b, b]) assert.deepEqual(annotator.annotate(text), annotate(text));
      }),
      { numRuns: runs(30) },
    );
  });
});
