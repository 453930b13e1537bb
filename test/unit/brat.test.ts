import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { exportBrat } from '../../src/core/export/brat';
import { importBrat, parseAnn } from '../../src/core/import/brat';
import type { Annotations } from '../../src/core/model';
import { ARTICLE, ARTICLE_NAME, articleAnnotations } from '../fixtures/export/annotations';

/** The spans of annotations, by what they are, independent of ids and order. */
function spans(a: Annotations): Record<string, string[]> {
  const names = new Map<string, string>();
  for (const p of a.people) names.set(p.id, `person:${p.name}`);
  for (const o of a.organizations) names.set(o.id, `organization:${o.name}`);
  const s = (x: { start: number; end: number; text: string } | null): string => (x ? `${x.start}-${x.end}:${x.text}` : '-');
  return {
    people: a.people.flatMap((p) => p.mentions.map((m) => `${p.name}@${s(m)}`)).sort(),
    organizations: a.organizations.flatMap((o) => o.mentions.map((m) => `${o.name}@${s(m)}`)).sort(),
    countries: a.countries.flatMap((c) => c.mentions.map((m) => `${c.code}@${s(m)}`)).sort(),
    quotes: a.quotes.map((q) => `${s(q)} by ${q.speaker === null ? 'nobody' : names.get(q.speaker)} via ${s(q.speakerMention)} cue ${s(q.cue)}`).sort(),
  };
}

describe('brat import', () => {
  it('round trip: exporting brat and importing it gives the same spans (hand-written annotations)', () => {
    const a = articleAnnotations();
    const { txt, ann } = exportBrat(ARTICLE_NAME, ARTICLE, a);
    const back = importBrat(ann, txt);
    assert.deepEqual(back.warnings, []);
    assert.deepEqual(spans(back.annotations), spans(a));
    for (const q of back.annotations.quotes) assert.equal(txt.slice(q.start, q.end), q.text);
  });

  it('round trip on what annotate() finds, with astral characters and CRLF line ends', () => {
    for (const text of [ARTICLE, ARTICLE.replace(/\n/g, '\r\n'), `🇵🇹🇪🇸 ${ARTICLE}`]) {
      const a = annotate(text);
      const { ann } = exportBrat('x.md', text, a);
      const back = importBrat(ann, text);
      assert.deepEqual(back.warnings, []);
      const want = spans(a);
      // a speaker with no mention in the text survives through the Quote's note
      assert.deepEqual(spans(back.annotations), want);
    }
  });

  it('keeps a speaker that has no mention in the text (set by a correction)', () => {
    const a = articleAnnotations();
    a.people.push({ id: 'p9', name: 'Rui Costa', role: null, country: null, gender: null, mentions: [] });
    a.quotes[4].speaker = 'p9';
    const { ann } = exportBrat(ARTICLE_NAME, ARTICLE, a);
    const back = importBrat(ann, ARTICLE).annotations;
    const q = back.quotes.find((x) => x.text === '“Nobody asked us,”');
    assert.equal(back.people.find((p) => p.id === q?.speaker)?.name, 'Rui Costa');
  });

  it('reads PolNeAR-style attributions: Content becomes a quote, Source the speaker mention, discontinuous spans whole', () => {
    const text = 'The agency reports that talks failed. "We tried," an aide said, "hard."';
    const ann = [
      'T1\tSource 0 10\tThe agency',
      'T2\tCue 11 18\treports',
      'T3\tContent 19 36\tthat talks failed',
      'T4\tAttribution 11 18\treports',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 38 49;64 71\t"We tried," "hard."',
      'T6\tSource 50 57\tan aide',
      'T7\tCue 58 62\tsaid',
      'T8\tAttribution 58 62\tsaid',
      'E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5',
      'T9\tDiscard 0 3\tThe',
    ].join('\n');
    const { annotations, warnings } = importBrat(ann, text);
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      annotations.quotes.map((q) => [q.text, q.speakerMention?.text, q.cue?.text, q.speaker]),
      [
        ['that talks failed', 'The agency', 'reports', null],
        ['"We tried," an aide said, "hard."', 'an aide', 'said', null],
      ],
    );
  });

  it('takes a discontinuous span from its first to its last character whatever the fragment order', () => {
    const text = 'One two three four';
    const { annotations, warnings } = importBrat('T1\tQuote 14 18;0 3\tfour One', text);
    assert.deepEqual(warnings, []);
    assert.equal(annotations.quotes[0].text, text);
  });

  it('never throws on malformed input; says what it skipped', () => {
    const text = 'Short text.';
    const ann = ['T1\tPerson 0 5\tShort', 'T2\tPerson five six\tx', 'T3\tPerson 4 2\tx', 'T4\tPerson 0 500\tx', 'E1\t', 'garbage line', 'T5\tCountry 6 10\ttext', 'R1\tRel Arg1:T1 Arg2:T2', '#1\tAnnotatorNotes T5\tZZ', 'E2\tAttribution:T9 Content:T8'].join('\n');
    const { annotations, warnings } = importBrat(ann, text);
    assert.equal(annotations.people.length, 1);
    assert.equal(annotations.countries.length, 0);
    assert.ok(warnings.length >= 5, warnings.join('\n'));
    for (const junk of ['', '\t\t\t', 'T1', 'T1\t', 'E1\tA:', '#1\tAnnotatorNotes', '\u0000\ufffd']) {
      assert.doesNotThrow(() => importBrat(junk, text));
      assert.doesNotThrow(() => importBrat(junk));
    }
    assert.equal(parseAnn('T1\tPerson 0 5\tShort').spans[0].type, 'Person');
  });

  it('warns when the .ann text does not match the .txt', () => {
    const { warnings } = importBrat('T1\tPerson 0 5\tHello', 'World is here');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /T1: its text "Hello" differs/);
  });
});
