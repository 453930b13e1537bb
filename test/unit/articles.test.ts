/**
 * Long documents of several articles (each under a level-1 heading) are annotated article by
 * article and the results merged (src/core/articles.ts). The threshold is lowered here with the
 * splitArticlesFrom option so that short invented articles show it.
 */
import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { articleStarts } from '../../src/core/articles';
import { SPLIT_ARTICLES_FROM } from '../../src/core/split-choice';
import type { Annotations } from '../../src/core/model';

const VIENNA = `# Talks resume in Vienna

Foreign Minister Lena Varga arrived in Vienna on Monday. “We are close to a deal,” Varga said.

Austria and Hungary have talked since March.
`;
const HARBOUR = `# Harbour strike ends

“The strike is over,” she said on Tuesday.

Dock workers in Hamburg returned to work. Germany welcomed the end of the strike.
`;
const BUDGET = `# Budget vote delayed

“We need another week,” Lena Varga told reporters in Budapest. Hungary's parliament will vote in May.

“It is not a crisis,” said Peter Novak, a spokesman for the finance ministry.
`;

const SPLIT = { splitArticlesFrom: 0 };

/** Every span of the model with the text it claims to cover. */
function spans(a: Annotations): { start: number; end: number; text: string }[] {
  return [
    ...a.people.flatMap((p) => p.mentions),
    ...a.organizations.flatMap((o) => o.mentions),
    ...a.countries.flatMap((c) => [...c.mentions, ...c.metonyms]),
    ...a.quotes.flatMap((q) => [q, ...q.nested, ...(q.speakerMention ? [q.speakerMention] : []), ...(q.cue ? [q.cue] : [])]),
    ...a.terms,
  ];
}

describe('articleStarts()', () => {
  it('finds each top-level level-1 heading after the start', () => {
    const text = VIENNA + '\n' + HARBOUR + '\n' + BUDGET;
    assert.deepEqual(articleStarts(text, 0), [0, text.indexOf('# Harbour'), text.indexOf('# Budget')]);
  });

  it('keeps a document shorter than the threshold whole', () => {
    const text = VIENNA + '\n' + HARBOUR;
    assert.ok(text.length < SPLIT_ARTICLES_FROM);
    assert.deepEqual(articleStarts(text), [0]);
  });

  it('does not split at level-2 headings, hashtags, indented or fenced lines', () => {
    const text = `${VIENNA}\n## Background\n\n#hashtag in a line\n\n    # indented code\n\n\`\`\`\n# a comment in code\n\`\`\`\n\n- list\n\n  # inside a list item\n\nThe talks go on.\n\n${HARBOUR}`;
    assert.deepEqual(articleStarts(text, 0), [0, text.indexOf('# Harbour')]);
  });

  it('does not split a document with link reference definitions (they are document-wide)', () => {
    const text = `${VIENNA}\nSee [the treaty][t].\n\n${HARBOUR}\n[t]: https://example.com/treaty\n`;
    assert.deepEqual(articleStarts(text, 0), [0]);
  });
});

describe('annotate() of a document of articles', () => {
  const text = VIENNA + '\n' + HARBOUR + '\n' + BUDGET;

  it('does not carry a pronoun from one article into the next', () => {
    const whole = annotate(text, { splitArticlesFrom: Infinity });
    const split = annotate(text, SPLIT);
    const strike = (a: Annotations) => a.quotes.find((q) => q.text.includes('strike is over'))!;
    // As one article, "she" finds Varga in the story before; split, the harbour story names nobody.
    assert.equal(whole.people.find((p) => p.id === strike(whole).speaker)?.name, 'Lena Varga');
    assert.equal(strike(split).speaker, null);
  });

  it('gives each article the annotations it has alone, at its place in the document', () => {
    const split = annotate(text, SPLIT);
    const at = text.indexOf('# Budget');
    const alone = annotate(BUDGET);
    const inDoc = split.quotes.filter((q) => q.start >= at);
    assert.deepEqual(
      inDoc.map((q) => [q.start - at, q.text, split.people.find((p) => p.id === q.speaker)?.name ?? null]),
      alone.quotes.map((q) => [q.start, q.text, alone.people.find((p) => p.id === q.speaker)?.name ?? null]),
    );
  });

  it('makes one person of a name found in several articles, with the mentions of each', () => {
    const split = annotate(text, SPLIT);
    const varga = split.people.filter((p) => p.name === 'Lena Varga');
    assert.equal(varga.length, 1);
    assert.ok(varga[0].mentions.some((m) => m.start < text.indexOf('# Harbour')));
    assert.ok(varga[0].mentions.some((m) => m.start > text.indexOf('# Budget')));
    const byVarga = split.quotes.filter((q) => q.speaker === varga[0].id).map((q) => q.text);
    assert.deepEqual(byVarga, ['“We are close to a deal,”', '“We need another week,”']);
  });

  it('merges countries by code, most mentioned first', () => {
    const split = annotate(text, SPLIT);
    const hu = split.countries.find((c) => c.code === 'HU')!;
    assert.equal(hu.mentions.length, 2); // "Hungary" in the first article, "Hungary's" in the last
    const counts = split.countries.map((c) => c.mentions.length);
    assert.deepEqual(counts, [...counts].sort((x, y) => y - x));
  });

  it('keeps every span exact, every id unique and every speaker an entity', () => {
    const split = annotate(text, SPLIT);
    for (const s of spans(split)) assert.equal(text.slice(s.start, s.end), s.text);
    const ids = [...split.people, ...split.organizations, ...split.quotes].map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length);
    const entities = new Set([...split.people, ...split.organizations].map((e) => e.id));
    for (const q of split.quotes) if (q.speaker !== null) assert.ok(entities.has(q.speaker), q.speaker);
    const groups = split.quotes.map((q) => q.group);
    assert.equal(new Set(groups).size, groups.length); // no quote here runs over paragraphs
  });

  it('applies corrections to the merged document', () => {
    const at = text.indexOf('“The strike is over,”');
    const target = { text: '“The strike is over,”', before: text.slice(at - 20, at), after: text.slice(at + 21, at + 41), occurrence: 0 };
    const corrected = annotate(text, { ...SPLIT, corrections: [{ id: 'c1', kind: 'not-quote', target }] });
    assert.ok(!corrected.quotes.some((q) => q.text.includes('strike is over')));
    assert.equal(corrected.quotes.length, annotate(text, SPLIT).quotes.length - 1);
  });
});
