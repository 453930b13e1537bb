/**
 * Read-only queries and plain-text presentation over one `Annotations` model, shared by the hover,
 * tree, symbols, commands and status bar. No detection happens here: everything is derived from
 * what the core returned. The index is built once per model and cached.
 */
import type { Annotations, Country, Organization, Person, Quote, TextSpan } from '../core/model';

export interface Speaker {
  id: string;
  kind: 'person' | 'organization';
  name: string;
  role: string | null;
  /** Mentions of the speaker in the text (names; for organisations, their mentions). */
  mentions: TextSpan[];
}

/** What stands at an offset, innermost first. */
export type Hit =
  | { kind: 'person'; person: Person; span: TextSpan }
  | { kind: 'organization'; organization: Organization; span: TextSpan }
  | { kind: 'speakerMention'; quote: Quote; span: TextSpan }
  | { kind: 'country'; country: Country; span: TextSpan }
  | { kind: 'metonym'; country: Country; span: TextSpan }
  | { kind: 'quote'; quote: Quote; span: TextSpan };

const OPENING = /^[\s"“„«‹‘‚'「『]+/u;
const CLOSING = /[\s,"”»›’'」』]+$/u;

/** The words of a quote without its quotation marks (and a comma left before the attribution). */
export function quoteInner(text: string): string {
  return text.replace(OPENING, '').replace(CLOSING, '');
}

/** One line of at most `max` characters, whitespace collapsed. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  // never split a surrogate pair
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return flat.slice(0, cut).trimEnd() + '…';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Longest span `at()` looks back over (a quotation longer than this is found through `quoteAt`). */
const MAX_SPAN = 20_000;

export class AnnotationIndex {
  readonly people = new Map<string, Person>();
  readonly organizations = new Map<string, Organization>();
  readonly countries = new Map<string, Country>();
  /** Speakers in order of their first quote. */
  readonly speakers: Speaker[] = [];
  readonly quotesBySpeaker = new Map<string, Quote[]>();
  readonly groups = new Map<string, Quote[]>();
  readonly unattributed: Quote[] = [];
  /** Every span with its meaning, sorted by start (then longest first); built on first use. */
  private hitList?: Hit[];

  constructor(readonly annotations: Annotations) {
    for (const p of annotations.people) this.people.set(p.id, p);
    for (const o of annotations.organizations) this.organizations.set(o.id, o);
    for (const c of annotations.countries) this.countries.set(c.code, c);
    for (const q of annotations.quotes) {
      let group = this.groups.get(q.group);
      if (!group) this.groups.set(q.group, (group = []));
      group.push(q);
      if (!q.speaker) {
        this.unattributed.push(q);
        continue;
      }
      let list = this.quotesBySpeaker.get(q.speaker);
      if (!list) {
        const speaker = this.speaker(q.speaker);
        if (!speaker) {
          this.unattributed.push(q);
          continue;
        }
        this.speakers.push(speaker);
        this.quotesBySpeaker.set(q.speaker, (list = []));
      }
      list.push(q);
    }
    for (const group of this.groups.values()) group.sort((a, b) => a.part - b.part || a.start - b.start);
  }

  private get hits(): Hit[] {
    if (this.hitList) return this.hitList;
    const hits: Hit[] = [];
    const a = this.annotations;
    for (const person of a.people) for (const span of person.mentions) hits.push({ kind: 'person', person, span });
    for (const organization of a.organizations) for (const span of organization.mentions) hits.push({ kind: 'organization', organization, span });
    for (const country of a.countries) {
      for (const span of country.mentions) hits.push({ kind: 'country', country, span });
      for (const span of country.metonyms) hits.push({ kind: 'metonym', country, span });
    }
    const named = new Set(hits.map((h) => `${h.span.start}:${h.span.end}`));
    for (const quote of a.quotes) {
      hits.push({ kind: 'quote', quote, span: quote });
      const m = quote.speakerMention;
      if (m && !named.has(`${m.start}:${m.end}`)) hits.push({ kind: 'speakerMention', quote, span: m });
    }
    hits.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
    return (this.hitList = hits);
  }

  /** A person or organisation by id, as a speaker. */
  speaker(id: string | null | undefined): Speaker | undefined {
    if (!id) return undefined;
    const p = this.people.get(id);
    if (p) return { id, kind: 'person', name: p.name, role: p.role, mentions: p.mentions };
    const o = this.organizations.get(id);
    if (o) return { id, kind: 'organization', name: o.name, role: null, mentions: o.mentions };
    return undefined;
  }

  isSpeaker(id: string): boolean {
    return this.quotesBySpeaker.has(id);
  }

  /** Everything covering `offset` (inclusive of the end, so a cursor just after a word counts), innermost first. */
  at(offset: number): Hit[] {
    const out: Hit[] = [];
    const hits = this.hits;
    // spans are short: look back a bounded stretch from the first span starting after `offset`
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid].span.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const h = hits[i];
      if (offset <= h.span.end) out.push(h);
      if (offset - h.span.start > MAX_SPAN) break;
    }
    if (!out.some((h) => h.kind === 'quote')) {
      const quote = this.quoteAt(offset);
      if (quote) out.push({ kind: 'quote', quote, span: quote });
    }
    return out.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  }

  quoteAt(offset: number): Quote | undefined {
    const quotes = this.annotations.quotes;
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const q = quotes[lo - 1];
    return q && offset <= q.end ? q : undefined;
  }

  /** 1-based position of a quote among its speaker's quotes, and their number. */
  ordinal(quote: Quote): { index: number; count: number } | undefined {
    const list = quote.speaker ? this.quotesBySpeaker.get(quote.speaker) : undefined;
    if (!list) return undefined;
    return { index: list.indexOf(quote) + 1, count: list.length };
  }

  /** The words of a whole (possibly multi-paragraph) quotation. */
  quotationText(quote: Quote): string {
    const parts = this.groups.get(quote.group) ?? [quote];
    return parts.map((p) => quoteInner(p.text).replace(/\s+/g, ' ').trim()).join(' ');
  }

  /** “…” — Antony Blinken, Secretary of State */
  attribution(quote: Quote): string {
    const speaker = this.speaker(quote.speaker);
    const who = speaker ? (speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name) : 'unattributed';
    return `“${this.quotationText(quote)}” — ${who}`;
  }
}

const cache = new WeakMap<Annotations, AnnotationIndex>();

export function indexOf(annotations: Annotations): AnnotationIndex {
  let index = cache.get(annotations);
  if (!index) cache.set(annotations, (index = new AnnotationIndex(annotations)));
  return index;
}

export function summary(a: Annotations): string {
  const speakers = indexOf(a).speakers.length;
  return [
    plural(speakers, 'speaker'),
    plural(a.quotes.length, 'quote'),
    plural(a.people.length, 'person', 'people'),
    plural(a.countries.length, 'country', 'countries'),
  ].join(', ');
}
