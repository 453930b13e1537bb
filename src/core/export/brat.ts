/**
 * brat standoff export: the article text as `.txt` (exactly, so offsets hold) and the annotations
 * as `.ann`, in the shape PolNeAR uses for attribution:
 *
 *   T1  Person 34 43          Ana Lopes           a mention of a person (also Organisation, Country)
 *   T2  Quote 63 96           “a turning point…”  a quote
 *   T3  Source 34 43          Ana Lopes           the mention the quote is attributed through
 *   T4  Cue 44 48             said                the reporting expression
 *   T5  Content 63 96         “a turning point…”  the quote as the attribution's content
 *   T6  Attribution 44 48     said                the event trigger (the cue; else the source, else the content)
 *   E1  Attribution:T6 Content:T5 Cue:T4 Source:T3
 *   #1  AnnotatorNotes T1     Ana Lopes           canonical name (Person, Organisation), ISO code (Country),
 *                                                 "person: <name>" / "organization: <name>" (Quote: its speaker)
 *
 * Offsets count Unicode code points, as brat does (UTF-16 offsets differ after an emoji). A span
 * that crosses a line break is written as fragments (`0 12;13 20`) with the fragment texts joined
 * by a space, as brat writes them. `bratAnnotationConf()` is the matching `annotation.conf`.
 * Country metonyms ("Beijing said"), terms and nested quotes are not exported.
 */
import type { Annotations, TextSpan } from '../model';
import { oneLine, speakers } from './common';

/** UTF-16 offsets ↔ code-point offsets of one text. */
export class CodePoints {
  private readonly toCp: Uint32Array;
  private readonly toUnit: number[] = [];
  constructor(readonly text: string) {
    this.toCp = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      this.toCp[i] = cp;
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      this.toUnit.push(i);
      if (pair) this.toCp[++i] = cp + 1; // inside a pair: counts as the next code point
      cp++;
    }
    this.toCp[text.length] = cp;
    this.toUnit.push(text.length);
  }
  /** Code-point offset of a UTF-16 offset. */
  cp(offset: number): number {
    return this.toCp[Math.max(0, Math.min(offset, this.text.length))];
  }
  /** UTF-16 offset of a code-point offset, or -1 past the end. */
  unit(cp: number): number {
    return cp >= 0 && cp < this.toUnit.length ? this.toUnit[cp] : -1;
  }
  get length(): number {
    return this.toUnit.length - 1;
  }
}

export type BratType = 'Person' | 'Organisation' | 'Country' | 'Quote' | 'Source' | 'Cue' | 'Content' | 'Attribution';
const TYPE_ORDER: BratType[] = ['Quote', 'Content', 'Source', 'Person', 'Organisation', 'Country', 'Cue', 'Attribution'];

interface Ent {
  type: BratType;
  start: number;
  end: number;
  note?: string;
  id?: string;
}

/** Fragments of a span split at line breaks, in UTF-16 offsets. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || i === end) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out.length > 0 ? out : [[start, end]];
}

export interface BratFiles {
  /** The article text, exactly. */
  txt: string;
  ann: string;
}

export function exportBrat(_file: string, text: string, a: Annotations): BratFiles {
  const names = speakers(a);
  const ents: Ent[] = [];
  const keyed = new Map<string, Ent>();
  const add = (type: BratType, s: { start: number; end: number }, note?: string): Ent => {
    const key = `${type}:${s.start}:${s.end}:${note ?? ''}`;
    let e = keyed.get(key);
    if (!e) {
      e = { type, start: s.start, end: s.end, note };
      keyed.set(key, e);
      ents.push(e);
    }
    return e;
  };
  for (const p of a.people) for (const m of p.mentions) add('Person', m, p.name);
  for (const o of a.organizations) for (const m of o.mentions) add('Organisation', m, o.name);
  for (const c of a.countries) for (const m of c.mentions) add('Country', m, c.code);
  const events: { trigger: Ent; content: Ent; cue?: Ent; source?: Ent }[] = [];
  for (const q of a.quotes) {
    const sp = q.speaker === null ? undefined : names.get(q.speaker);
    add('Quote', q, sp ? `${sp.type}: ${sp.name}` : undefined);
    if (!sp && !q.cue && !q.speakerMention) continue;
    const content = add('Content', q);
    const cue = q.cue ? add('Cue', q.cue) : undefined;
    const source = q.speakerMention ? add('Source', q.speakerMention) : undefined;
    const trigger = add('Attribution', (q.cue ?? q.speakerMention ?? q) as TextSpan);
    events.push({ trigger, content, cue, source });
  }
  ents.sort((x, y) => x.start - y.start || y.end - x.end || TYPE_ORDER.indexOf(x.type) - TYPE_ORDER.indexOf(y.type));
  const cps = new CodePoints(text);
  const lines: string[] = [];
  const notes: string[] = [];
  ents.forEach((e, i) => {
    e.id = `T${i + 1}`;
    const frags = fragments(text, e.start, e.end);
    const offsets = frags.map(([s, t]) => `${cps.cp(s)} ${cps.cp(t)}`).join(';');
    lines.push(`${e.id}\t${e.type} ${offsets}\t${oneLine(frags.map(([s, t]) => text.slice(s, t)).join(' '))}`);
    if (e.note !== undefined) notes.push(`#${notes.length + 1}\tAnnotatorNotes ${e.id}\t${oneLine(e.note)}`);
  });
  events.forEach((ev, i) => {
    const args = [`Attribution:${ev.trigger.id}`, `Content:${ev.content.id}`];
    if (ev.cue) args.push(`Cue:${ev.cue.id}`);
    if (ev.source) args.push(`Source:${ev.source.id}`);
    lines.push(`E${i + 1}\t${args.join(' ')}`);
  });
  return { txt: text, ann: [...lines, ...notes].map((l) => l + '\n').join('') };
}

/** The brat `annotation.conf` for exported documents (put it in the collection folder). */
export function bratAnnotationConf(): string {
  return `# News Annotator export: people, organisations, countries, quotes and attribution (PolNeAR style).
[entities]
Person
Organisation
Country
Quote
Source
Cue
Content

[relations]
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attribution\tContent:Content, Cue?:Cue, Source?:Source

[attributes]
`;
}
