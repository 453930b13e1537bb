/**
 * JSONL for annotation tools: one JSON object per article and line, in the shape doccano and
 * Prodigy import for span labelling:
 *
 *   {"text": "<the article, exactly>",
 *    "spans": [{"start": 0, "end": 9, "label": "PERSON", "text": "Ana Lopes", "name": "Ana Lopes"}, …],
 *    "label": [[0, 9, "PERSON"], …],
 *    "meta": {"file": "council-vote.md"}}
 *
 * `spans` is Prodigy's form (with the span text and, per label, `name` = canonical name,
 * `code` = ISO country code, `speaker` = speaker's name or null); `label` is doccano's. Labels:
 * PERSON, ORG, COUNTRY (mentions), QUOTE, SOURCE (the mention a quote is attributed through), CUE
 * (the reporting expression). Offsets are UTF-16 indices into `text`, end exclusive, sorted.
 */
import type { Annotations } from '../model';
import { speakers } from './common';

export type SpanLabel = 'PERSON' | 'ORG' | 'COUNTRY' | 'QUOTE' | 'SOURCE' | 'CUE';

export interface LabelledSpan {
  start: number;
  end: number;
  label: SpanLabel;
  text: string;
  name?: string;
  code?: string;
  speaker?: string | null;
}

export interface JsonlRecord {
  text: string;
  spans: LabelledSpan[];
  label: [number, number, SpanLabel][];
  meta: { file: string };
}

const ORDER: SpanLabel[] = ['QUOTE', 'SOURCE', 'CUE', 'PERSON', 'ORG', 'COUNTRY'];

export function labelledSpans(a: Annotations): LabelledSpan[] {
  const names = speakers(a);
  const out: LabelledSpan[] = [];
  for (const p of a.people) for (const m of p.mentions) out.push({ start: m.start, end: m.end, label: 'PERSON', text: m.text, name: p.name });
  for (const o of a.organizations) for (const m of o.mentions) out.push({ start: m.start, end: m.end, label: 'ORG', text: m.text, name: o.name });
  for (const c of a.countries) for (const m of c.mentions) out.push({ start: m.start, end: m.end, label: 'COUNTRY', text: m.text, code: c.code });
  for (const q of a.quotes) {
    const speaker = q.speaker === null ? null : (names.get(q.speaker)?.name ?? null);
    out.push({ start: q.start, end: q.end, label: 'QUOTE', text: q.text, speaker });
    if (q.speakerMention) out.push({ start: q.speakerMention.start, end: q.speakerMention.end, label: 'SOURCE', text: q.speakerMention.text, speaker });
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, label: 'CUE', text: q.cue.text });
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end || ORDER.indexOf(x.label) - ORDER.indexOf(y.label));
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = `${s.start}:${s.end}:${s.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function toJsonlRecord(file: string, text: string, a: Annotations): JsonlRecord {
  const spans = labelledSpans(a);
  return { text, spans, label: spans.map((s) => [s.start, s.end, s.label]), meta: { file } };
}

/** One line of JSONL (with its newline) for one article. */
export function exportJsonl(file: string, text: string, a: Annotations): string {
  // U+2028 and U+2029 are valid in JSON strings but split lines for some readers: escaped.
  return JSON.stringify(toJsonlRecord(file, text, a)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') + '\n';
}
