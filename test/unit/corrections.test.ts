import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnchor, resolveAnchor } from '../../src/core/anchor';
import { annotate } from '../../src/core/annotate';
import {
  addCorrection,
  applyCorrections,
  describeCorrection,
  emptySidecar,
  locateCorrections,
  makeCorrection,
  removeCorrection,
  type CorrectionRequest,
} from '../../src/core/corrections';
import { CORRECTION_KINDS, type Correction } from '../../src/core/corrections-model';
import type { Annotations } from '../../src/core/model';
import { isSidecarPath, parseSidecar, serializeSidecar, sidecarPathFor, validateSidecar } from '../../src/core/sidecar';
import { ARTICLE, articleAnnotations, at } from '../fixtures/export/annotations';

const root = join(__dirname, '..', '..');

describe('anchors', () => {
  const text = 'Lopes spoke first. Then Lopes spoke again, and Lopes left.';

  it('finds the span again in the same text', () => {
    for (const k of [0, 1, 2]) {
      const s = at(text, 'Lopes', k);
      const anchor = createAnchor(text, s.start, s.end);
      assert.equal(anchor.occurrence, k);
      assert.deepEqual(resolveAnchor(text, anchor), { start: s.start, end: s.end, how: 'context' });
    }
  });

  it('survives edits elsewhere in the document', () => {
    const s = at(text, 'Lopes', 1);
    const anchor = createAnchor(text, s.start, s.end, 10);
    const edited = 'A new first paragraph. Lopes is quoted here too.\n\n' + text + ' More text at the end.';
    const r = resolveAnchor(edited, anchor);
    assert.equal(r?.how, 'context');
    assert.equal(r?.start, at(edited, 'Lopes', 2).start);
  });

  it('falls back to the exact text with the closest context, then the occurrence hint', () => {
    const s = at(text, 'Lopes', 1);
    const anchor = createAnchor(text, s.start, s.end, 10);
    const edited = text.replace('Then Lopes', 'After that, Lopes');
    const r = resolveAnchor(edited, anchor);
    assert.equal(r?.how, 'text');
    assert.equal(r?.start, at(edited, 'Lopes', 1).start, 'the text before changed; the text after still agrees');
    const hintOnly = { ...anchor, before: 'zzz', after: 'zzz' };
    assert.equal(resolveAnchor(text, hintOnly)?.start, s.start);
  });

  it('finds a quote again after its paragraph is re-wrapped', () => {
    const doc = 'Intro.\n\n“We will build the bridge this year and finish it by spring,” she said.';
    const q = at(doc, '“We will build the bridge this year and finish it by spring,”');
    const anchor = createAnchor(doc, q.start, q.end);
    const wrapped = 'Intro.\n\n“We will build the bridge\nthis year and finish it by  spring,” she said.';
    const r = resolveAnchor(wrapped, anchor);
    assert.equal(r?.how, 'whitespace');
    assert.equal(wrapped.slice(r!.start, r!.end), '“We will build the bridge\nthis year and finish it by  spring,”');
  });

  it('gives up when the text is gone', () => {
    const s = at(text, 'spoke first');
    assert.equal(resolveAnchor(text.replace('spoke first', 'talked first'), createAnchor(text, s.start, s.end)), null);
  });

  it('never splits a surrogate pair in the context and rejects empty spans', () => {
    const doc = '🇵🇹'.repeat(20) + 'Lopes' + '🚢'.repeat(20);
    const s = at(doc, 'Lopes');
    const a = createAnchor(doc, s.start, s.end, 5);
    assert.ok(!/^[\udc00-\udfff]/.test(a.before) && !/[\ud800-\udbff]$/.test(a.after));
    assert.throws(() => createAnchor(doc, 3, 3), RangeError);
    assert.throws(() => createAnchor(doc, 0, doc.length + 1), RangeError);
  });
});

describe('corrections', () => {
  const a = articleAnnotations();
  const corr = (request: CorrectionRequest, existing: Correction[] = []): Correction => makeCorrection(ARTICLE, request, existing);
  const apply = (...cs: Correction[]): Annotations => applyCorrections(a, ARTICLE, cs);
  const speakerOf = (r: Annotations, quote: string): string | null => {
    const q = r.quotes.find((x) => x.text.includes(quote));
    assert.ok(q, `quote ${quote}`);
    const id = q.speaker;
    return id === null ? null : ([...r.people, ...r.organizations].find((e) => e.id === id)?.name ?? `?${id}`);
  };

  it('set-speaker: to an existing person, to a new organisation, on all parts of a quote', () => {
    const r = apply(corr({ kind: 'set-speaker', target: at(ARTICLE, '“Nobody asked us,”'), speaker: { name: 'ines duarte', type: 'person' } }));
    assert.equal(speakerOf(r, 'Nobody'), 'Ines Duarte');
    assert.equal(r.quotes.find((q) => q.text.includes('Nobody'))?.rule, 'correction');
    const r2 = apply(corr({ kind: 'set-speaker', target: at(ARTICLE, '“Nobody asked us,”'), speaker: { name: 'Residents Group', type: 'organization' } }));
    assert.equal(speakerOf(r2, 'Nobody'), 'Residents Group');
    assert.equal(r2.organizations.length, 2);
    const r2b = apply(corr({ kind: 'set-speaker', target: at(ARTICLE, '“Nobody asked us,”'), speaker: { name: 'Dockers Union', type: 'person' } }));
    assert.equal(speakerOf(r2b, 'Nobody'), 'Dockers Union');
    assert.equal(r2b.people.length, 1, 'an organisation of exactly that name is taken, not a new person');
    const grouped = structuredClone(a);
    grouped.quotes[2].group = grouped.quotes[1].group;
    const r3 = applyCorrections(grouped, ARTICLE, [corr({ kind: 'set-speaker', target: at(ARTICLE, '“We waited'), speaker: { name: 'Dockers Union', type: 'organization' } })]);
    assert.equal(speakerOf(r3, 'We waited'), 'Dockers Union');
    assert.equal(speakerOf(r3, 'Now the'), 'Dockers Union', 'the other part of the same quote follows');
    assert.deepEqual(r3.orphans, []);
  });

  it('never modifies its input', () => {
    const before = JSON.stringify(a);
    apply(corr({ kind: 'not-quote', target: at(ARTICLE, '“Nobody asked us,”') }), corr({ kind: 'not-person', target: at(ARTICLE, 'Ines Duarte'), all: true }));
    assert.equal(JSON.stringify(a), before);
  });

  it('not-quote and mark-quote', () => {
    const r = apply(corr({ kind: 'not-quote', target: at(ARTICLE, '“Nobody asked us,”') }));
    assert.equal(r.quotes.length, a.quotes.length - 1);
    const span = at(ARTICLE, 'Critics were unconvinced.');
    const r2 = apply(corr({ kind: 'mark-quote', target: span, speaker: { name: 'Rui Costa', type: 'person' } }));
    const q = r2.quotes.find((x) => x.start === span.start);
    assert.ok(q);
    assert.equal(speakerOf(r2, 'Critics'), 'Rui Costa');
    assert.deepEqual(r2.quotes.map((x) => x.start), [...r2.quotes.map((x) => x.start)].sort((x, y) => x - y));
  });

  it('mark-person, mark-organization and mark-country take the span from other kinds', () => {
    const r = apply(corr({ kind: 'mark-person', target: at(ARTICLE, 'Dockers Union') }));
    assert.ok(r.people.some((p) => p.name === 'Dockers Union'));
    assert.equal(r.organizations.length, 0);
    assert.equal(speakerOf(r, 'SUM'), null, 'the organisation is gone, so is its attribution');
    const r2 = apply(corr({ kind: 'mark-organization', target: at(ARTICLE, 'Critics'), name: 'Critics Guild' }));
    assert.deepEqual(r2.organizations.find((o) => o.name === 'Critics Guild')?.mentions.map((m) => m.text), ['Critics']);
    const r3 = apply(corr({ kind: 'mark-country', target: at(ARTICLE, 'Duarte', 1), country: 'CV' }));
    assert.equal(r3.people[0].mentions.length, 1);
    assert.deepEqual(r3.countries.find((c) => c.code === 'CV')?.mentions.map((m) => m.text), ['Duarte']);
    const r4 = apply(corr({ kind: 'mark-person', target: at(ARTICLE, 'Duarte', 1), name: 'Rui Duarte' }));
    assert.deepEqual(r4.people.map((p) => [p.name, p.mentions.map((m) => m.text)]), [['Ines Duarte', ['Ines Duarte']], ['Rui Duarte', ['Duarte']]]);
  });

  it('not-person, not-organization and not-country', () => {
    const r = apply(corr({ kind: 'not-person', target: at(ARTICLE, 'Duarte', 1) }));
    assert.deepEqual(r.people[0].mentions.map((m) => m.text), ['Ines Duarte']);
    assert.equal(speakerOf(r, 'We waited'), 'Ines Duarte');
    const r2 = apply(corr({ kind: 'not-person', target: at(ARTICLE, 'Duarte', 1), all: true }));
    assert.equal(r2.people.length, 0);
    assert.equal(speakerOf(r2, 'new chapter'), null);
    const r3 = apply(corr({ kind: 'not-organization', target: at(ARTICLE, 'Dockers Union') }));
    assert.equal(r3.organizations.length, 0);
    const r4 = apply(corr({ kind: 'not-country', target: at(ARTICLE, 'Spain') }));
    assert.deepEqual(r4.countries.map((c) => c.code), ['PT']);
    const r5 = apply(corr({ kind: 'not-person', target: at(ARTICLE, 'Critics') }));
    assert.deepEqual(r5.orphans, [], 'nothing detected there: nothing to do, not an orphan');
  });

  it('merge-people: two detected people are one', () => {
    const two = structuredClone(a);
    two.people = [
      { ...two.people[0], mentions: [two.people[0].mentions[0]] },
      { id: 'p2', name: 'Duarte', role: null, country: null, gender: null, mentions: [at(ARTICLE, 'Duarte', 1)] },
    ];
    two.quotes[1].speaker = 'p2';
    const c = corr({ kind: 'merge-people', target: at(ARTICLE, 'Ines Duarte'), other: at(ARTICLE, 'Duarte', 1) });
    const r = applyCorrections(two, ARTICLE, [c]);
    assert.deepEqual(r.people.map((p) => [p.name, p.mentions.length]), [['Ines Duarte', 2]]);
    assert.equal(speakerOf(r, 'We waited'), 'Ines Duarte');
    const named = applyCorrections(two, ARTICLE, [{ ...c, name: 'Inês Duarte' } as Correction]);
    assert.equal(named.people[0].name, 'Inês Duarte');
    const none = apply(corr({ kind: 'merge-people', target: at(ARTICLE, 'Ines Duarte'), other: at(ARTICLE, 'Critics') }));
    assert.equal(none.orphans?.[0].reason, 'target-not-found');
  });

  it('reports a correction whose text is gone as orphaned, and applies the others', () => {
    const c1 = corr({ kind: 'set-speaker', target: at(ARTICLE, '“Nobody asked us,”'), speaker: { name: 'Rui Costa', type: 'person' } });
    const c2 = corr({ kind: 'not-country', target: at(ARTICLE, 'Spain') }, [c1]);
    const edited = ARTICLE.replace('“Nobody asked us,” one sign read.', 'One sign was blank.');
    const r = applyCorrections(articleAnnotations(ARTICLE), edited, [c1, c2]);
    assert.equal(r.orphans?.length, 1);
    assert.equal(r.orphans?.[0].correction, c1);
    assert.equal(r.orphans?.[0].reason, 'text-not-found');
    assert.match(r.orphans?.[0].message ?? '', /“Nobody asked us,” is no longer in the article/);
    assert.ok(!r.countries.some((c) => c.code === 'ES'), 'the other correction still applies');
    assert.deepEqual(locateCorrections(edited, [c1, c2]).map((l) => l.target !== null), [false, true]);
  });

  it('annotate(text, { corrections }): corrections survive edits elsewhere; a removed quote is an orphan', () => {
    const text = readFileSync(join(root, 'test', 'fixtures', 'cli', 'council-vote.md'), 'utf8');
    const plain = annotate(text);
    assert.equal(plain.orphans, undefined, 'no corrections, no orphans field');
    const quote = plain.quotes.find((q) => q.text === '“We listened to every farmer,”');
    assert.ok(quote, 'the detectors find the quote');
    const c = makeCorrection(text, { kind: 'set-speaker', target: quote, speaker: { name: 'Farmers Union', type: 'organization' } });
    const moved = '# Breaking\n\nA new lead paragraph, with “a quote” of its own.\n\n' + text.replace('# Council', '## Council');
    const r = annotate(moved, { corrections: [c] });
    assert.deepEqual(r.orphans, []);
    const q = r.quotes.find((x) => x.text === quote.text);
    assert.equal(r.organizations.find((o) => o.id === q?.speaker)?.name, 'Farmers Union');
    const gone = annotate(text.replace('“We listened to every farmer,” said Lopes.', 'Lopes listened.'), { corrections: [c] });
    assert.equal(gone.orphans?.length, 1);
    assert.equal(gone.orphans?.[0].correction.id, c.id);
  });

  it('describes each kind in one line', () => {
    const target = at(ARTICLE, 'Spain');
    const requests: CorrectionRequest[] = [
      { kind: 'set-speaker', target, speaker: { name: 'X', type: 'person' } },
      { kind: 'not-quote', target },
      { kind: 'mark-quote', target },
      { kind: 'mark-person', target },
      { kind: 'mark-organization', target },
      { kind: 'mark-country', target, country: 'ES' },
      { kind: 'not-person', target },
      { kind: 'not-organization', target },
      { kind: 'not-country', target },
      { kind: 'merge-people', target, other: at(ARTICLE, 'Portugal') },
    ];
    assert.deepEqual(requests.map((r) => r.kind), [...CORRECTION_KINDS]);
    for (const r of requests) assert.match(describeCorrection(corr(r)), /Spain/);
  });
});

describe('sidecar', () => {
  const target = at(ARTICLE, '“Nobody asked us,”');

  it('is named after the article', () => {
    assert.equal(sidecarPathFor('news/a.md'), 'news/a.md.news.json');
    assert.ok(isSidecarPath('a.md.news.json'));
    assert.ok(!isSidecarPath('a.md'));
  });

  it('adds (replacing an earlier decision on the same span), removes (undo), serialises and parses back', () => {
    let s = emptySidecar('article.md');
    const first = addCorrection(s, ARTICLE, { kind: 'set-speaker', target, speaker: { name: 'A', type: 'person' } });
    s = first.sidecar;
    const second = addCorrection(s, ARTICLE, { kind: 'set-speaker', target, speaker: { name: 'B', type: 'person' } });
    s = second.sidecar;
    assert.deepEqual(s.corrections.map((c) => c.id), ['c2'], 'the later decision on the same quote replaces the earlier');
    s = addCorrection(s, ARTICLE, { kind: 'not-country', target: at(ARTICLE, 'Spain') }).sidecar;
    s = addCorrection(s, ARTICLE, { kind: 'merge-people', target: at(ARTICLE, 'Ines Duarte'), other: at(ARTICLE, 'Duarte', 1), name: 'Ines Duarte' }).sidecar;
    assert.deepEqual(s.corrections.map((c) => c.id), ['c2', 'c3', 'c4']);
    const json = serializeSidecar(s);
    assert.match(json, /^\{\n {2}"version": 1,\n {2}"article": "article\.md",\n {2}"corrections": \[/);
    const back = parseSidecar(json);
    assert.ok(back.ok, back.ok ? '' : back.error);
    assert.deepEqual(back.sidecar, s);
    const undone = removeCorrection(s, 'c3');
    assert.deepEqual(undone.corrections.map((c) => c.id), ['c2', 'c4']);
    assert.equal(removeCorrection(s, 'nope'), s);
  });

  it('gives a clear message for text that is not JSON or not of the schema, and never throws', () => {
    const good = JSON.parse(serializeSidecar(addCorrection(emptySidecar(), ARTICLE, { kind: 'mark-country', target, country: 'PT' }).sidecar));
    const cases: [unknown, RegExp][] = [
      [[], /the sidecar must be an object, not an array/],
      [{ corrections: [] }, /needs "version": 1/],
      [{ version: 2, corrections: [] }, /"version": 1, not number 2/],
      [{ version: 1 }, /needs "corrections", an array/],
      [{ version: 1, corrections: [], extra: 1 }, /unknown property "extra"/],
      [{ version: 1, corrections: [{ ...good.corrections[0], kind: 'rename' }] }, /corrections\[0\]\.kind must be one of set-speaker, /],
      [{ version: 1, corrections: [{ ...good.corrections[0], country: 'XX' }] }, /corrections\[0\]\.country must be an ISO 3166-1 alpha-2 code/],
      [{ version: 1, corrections: [{ ...good.corrections[0], target: { text: '' } }] }, /corrections\[0\]\.target\.text must not be empty/],
      [{ version: 1, corrections: [{ ...good.corrections[0], target: { text: 'x', occurrence: -1 } }] }, /occurrence must be a whole number/],
      [{ version: 1, corrections: [good.corrections[0], good.corrections[0]] }, /id "c1" is used twice/],
      [{ version: 1, corrections: [{ id: 'c1', kind: 'set-speaker', target: { text: 'x' } }] }, /corrections\[0\]\.speaker must be an object, not undefined/],
      [{ version: 1, corrections: [{ id: 'c1', kind: 'set-speaker', target: { text: 'x' }, speaker: { name: 'A', type: 'robot' } }] }, /speaker\.type must be "person" or "organization"/],
    ];
    assert.ok(validateSidecar(good).ok);
    for (const [value, message] of cases) {
      const r = validateSidecar(value);
      assert.equal(r.ok, false, JSON.stringify(value));
      if (!r.ok) assert.match(r.error, message);
      if (!r.ok) assert.match(r.error, /^not a valid corrections file: /);
    }
    for (const text of ['', '{', '{"version": 1, "corrections": [}', 'null', '42', '"x"', '\ufeff{"version":1,"corrections":[]}', '{"version":1,"corrections":[null,1,"x"]}']) {
      assert.doesNotThrow(() => parseSidecar(text));
    }
    const r = parseSidecar('{ "version": 1, ');
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error, /^not valid JSON: /);
    assert.ok(parseSidecar('\ufeff{"version":1,"corrections":[]}').ok, 'a byte-order mark is allowed');
  });

  it('has a JSON Schema that lists the same kinds and fields', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'news-annotations.schema.json'), 'utf8'));
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const variants = schema.definitions.correction.oneOf as { properties: Record<string, { const?: string }>; required: string[] }[];
    assert.deepEqual(variants.map((v) => v.properties.kind.const), [...CORRECTION_KINDS]);
    assert.deepEqual(schema.definitions.correction.properties.kind.enum, [...CORRECTION_KINDS]);
    assert.deepEqual(Object.keys(schema.definitions.anchor.properties), ['text', 'before', 'after', 'occurrence']);
  });
});
