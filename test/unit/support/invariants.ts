/**
 * Structural invariants of an `annotate()` result that hold for any correct implementation,
 * whatever it detects: spans inside the document and equal to their source text, on code-point
 * boundaries, spans of one kind never overlapping, and every speaker a known entity.
 */
import type { Annotations, TextSpan } from '../../../src/core/model';

export interface LabelledSpan {
  label: string;
  span: TextSpan;
}

/** Every span of a result, labelled with where it sits in the model. */
export function allSpans(a: Annotations): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  const add = (label: string, span: TextSpan | null): void => {
    if (span) out.push({ label, span });
  };
  for (const p of a.people) p.mentions.forEach((m, i) => add(`people[${p.id}].mentions[${i}]`, m));
  for (const o of a.organizations) o.mentions.forEach((m, i) => add(`organizations[${o.id}].mentions[${i}]`, m));
  for (const c of a.countries) {
    c.mentions.forEach((m, i) => add(`countries[${c.code}].mentions[${i}]`, m));
    c.metonyms.forEach((m, i) => add(`countries[${c.code}].metonyms[${i}]`, m));
  }
  for (const q of a.quotes) {
    add(`quotes[${q.id}]`, q);
    add(`quotes[${q.id}].speakerMention`, q.speakerMention);
    add(`quotes[${q.id}].cue`, q.cue);
    q.nested.forEach((n, i) => add(`quotes[${q.id}].nested[${i}]`, n));
  }
  a.terms.forEach((t, i) => add(`terms[${i}]`, t));
  return out;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when offset `i` of `s` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(s: string, i: number): boolean {
  return i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
}

/** The first overlap among `spans` (any order), or null. Touching spans do not overlap. */
export function firstOverlap(spans: readonly TextSpan[]): [TextSpan, TextSpan] | null {
  const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) return [sorted[i - 1], sorted[i]];
  }
  return null;
}

/** Returns a description of every broken invariant (empty when the result is sound). */
export function violations(source: string, a: Annotations): string[] {
  const out: string[] = [];
  const show = (s: TextSpan): string => `[${s.start}, ${s.end}) ${JSON.stringify(s.text)}`;

  for (const { label, span } of allSpans(a)) {
    const { start, end, text } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > source.length || start >= end) {
      out.push(`${label}: out of bounds or empty ${show(span)} (length ${source.length})`);
      continue;
    }
    if (text !== source.slice(start, end)) out.push(`${label}: text differs from source.slice ${show(span)} vs ${JSON.stringify(source.slice(start, end))}`);
    if (splitsSurrogatePair(source, start) || splitsSurrogatePair(source, end)) out.push(`${label}: splits a surrogate pair ${show(span)}`);
  }

  const overlapIn = (label: string, spans: readonly TextSpan[]): void => {
    const o = firstOverlap(spans);
    if (o) out.push(`${label} overlap: ${show(o[0])} and ${show(o[1])}`);
  };
  overlapIn('quotes', a.quotes);
  overlapIn('terms', a.terms);
  overlapIn('person mentions', a.people.flatMap((p) => p.mentions));
  overlapIn('organization mentions', a.organizations.flatMap((o) => o.mentions));
  overlapIn('country mentions', a.countries.flatMap((c) => c.mentions));
  overlapIn('country metonyms', a.countries.flatMap((c) => c.metonyms));
  for (const q of a.quotes) {
    overlapIn(`quotes[${q.id}].nested`, q.nested);
    for (const n of q.nested) if (n.start < q.start || n.end > q.end) out.push(`quotes[${q.id}]: nested quote ${show(n)} outside ${show(q)}`);
  }

  const ids = new Set<string>();
  for (const e of [...a.people, ...a.organizations]) {
    if (ids.has(e.id)) out.push(`duplicate entity id ${e.id}`);
    ids.add(e.id);
  }
  const quoteIds = new Set<string>();
  for (const q of a.quotes) {
    if (quoteIds.has(q.id)) out.push(`duplicate quote id ${q.id}`);
    quoteIds.add(q.id);
    if (q.speaker !== null && !ids.has(q.speaker)) out.push(`quotes[${q.id}]: speaker ${q.speaker} is not a person or organization`);
  }
  return out;
}
