import assert from 'node:assert/strict';
import type { Annotations } from '../../src/core/model';
import { formatSummary, speakerKey, summarize } from '../../src/core/summary';
import { ARTICLE, articleAnnotations, at, country } from '../fixtures/export/annotations';

describe('workspace summary', () => {
  const second = (): Annotations => {
    const text = 'Minister INES  DUARTE said “Yes.” Spain agreed. “No,” said the union.';
    return {
      people: [{ id: 'p1', name: 'INES  DUARTE', role: 'Foreign Minister', country: null, gender: null, mentions: [at(text, 'INES  DUARTE')] }],
      countries: [country('ES', [at(text, 'Spain')])],
      organizations: [{ id: 'org-1', name: 'Dockers Union', mentions: [] }],
      quotes: [
        { ...at(text, '“Yes.”'), id: 'q1', speaker: 'p1', speakerMention: null, cue: null, group: 'g1', part: 0, parts: 1, continues: false, nested: [], rule: null },
        { ...at(text, '“No,”'), id: 'q2', speaker: null, speakerMention: null, cue: null, group: 'g2', part: 0, parts: 1, continues: false, nested: [], rule: null },
      ],
      terms: [],
      orphans: [{ correction: { id: 'c1', kind: 'not-quote', target: { text: 'x', before: '', after: '', occurrence: 0 } }, reason: 'text-not-found', message: 'gone' }],
    };
  };

  it('merges speakers by canonical name across articles and totals countries', () => {
    const s = summarize([
      { file: 'a.md', annotations: articleAnnotations(ARTICLE) },
      { file: 'b.md', annotations: second() },
    ]);
    assert.equal(s.articles, 2);
    assert.equal(s.quotes, 7);
    assert.equal(s.unattributed, 2);
    assert.deepEqual(
      s.speakers.map((x) => [x.name, x.type, x.quotes, x.articles.map((a) => `${a.file}:${a.quotes.length}`)]),
      [
        ['Ines Duarte', 'person', 4, ['a.md:3', 'b.md:1']],
        ['Dockers Union', 'organization', 1, ['a.md:1']],
      ],
    );
    assert.deepEqual(s.speakers[0].roles, ['Minister', 'Foreign Minister']);
    assert.deepEqual(s.countries.map((c) => [c.code, c.mentions, c.articles.length]), [['ES', 2, 2], ['PT', 1, 1]]);
    assert.deepEqual(s.orphans, [{ file: 'b.md', count: 1 }]);
    const text = formatSummary(s);
    assert.match(text, /^2 articles, 7 quotes \(2 without a speaker\), 2 speakers, 2 countries\n/);
    assert.match(text, /\n {2}Ines Duarte \(Minister; Foreign Minister\): 4 quotes in 2 articles\n {4}a\.md: 3\n {4}b\.md: 1\n/);
    assert.match(text, /\n {2}Spain \(ES\): 2 mentions in 2 articles\n/);
    assert.match(text, /Corrections that no longer apply:\n {2}b\.md: 1\n/);
  });

  it('keys names without case, accents, dots or extra spaces', () => {
    assert.equal(speakerKey('Inês  Duarte'), speakerKey('ines duarte'));
    assert.equal(speakerKey('J. R. Smith'), speakerKey('J R Smith'));
    assert.notEqual(speakerKey('Ana Lopes'), speakerKey('Ana Lopez'));
  });

  it('summarises nothing without failing', () => {
    assert.match(formatSummary(summarize([])), /^0 articles, 0 quotes/);
  });
});
