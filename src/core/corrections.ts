/**
 * Applying, making and removing corrections (see corrections-model.ts). Pure functions: text and
 * data in, new data out; the inputs are never modified.
 */
import { createAnchor, resolveAnchor, type Located } from './anchor';
import type {
  Anchor,
  Correction,
  EntityType,
  MergePeople,
  OrphanedCorrection,
  Sidecar,
  SpeakerName,
} from './corrections-model';
import { countryRecord, newCountry } from './data/countries';
import type { Annotations, Country, Organization, Person, Quote, TextSpan } from './model';

interface Range {
  start: number;
  end: number;
}

/** The rule name recorded on quotes whose speaker or existence a correction decided. */
export const CORRECTION_RULE = 'correction';

const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const byStart = (a: Range, b: Range): number => a.start - b.start || a.end - b.end;

function normName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One line, at most `max` characters, for messages. */
export function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : one;
}

/** Shortened text in quotation marks, unless it already starts with one. */
export function quoted(s: string): string {
  const t = shorten(s);
  return /^["“”‘’'«»„]/.test(t) ? t : `“${t}”`;
}

/** A short readable description ("Set the speaker of “…” to Ana Lopes"). */
export function describeCorrection(c: Correction): string {
  const t = quoted(c.target.text);
  switch (c.kind) {
    case 'set-speaker':
      return `Set the speaker of ${t} to ${c.speaker.name}`;
    case 'not-quote':
      return `${t} is not a quote`;
    case 'mark-quote':
      return `${t} is a quote${c.speaker ? ` by ${c.speaker.name}` : ''}`;
    case 'mark-person':
      return `${t} is a person${c.name ? ` (${c.name})` : ''}`;
    case 'mark-organization':
      return `${t} is an organisation${c.name ? ` (${c.name})` : ''}`;
    case 'mark-country':
      return `${t} is a country (${c.country})`;
    case 'not-person':
      return `${t} is not a person`;
    case 'not-organization':
      return `${t} is not an organisation`;
    case 'not-country':
      return `${t} is not a country`;
    case 'merge-people':
      return `${quoted(c.other.text)} is the same person as ${t}`;
  }
}

/** Where each correction's anchors are in `text` now (null: gone), e.g. to show them in an editor. */
export function locateCorrections(
  text: string,
  corrections: readonly Correction[],
): { correction: Correction; target: Located | null; other?: Located | null }[] {
  return corrections.map((c) =>
    c.kind === 'merge-people'
      ? { correction: c, target: resolveAnchor(text, c.target), other: resolveAnchor(text, c.other) }
      : { correction: c, target: resolveAnchor(text, c.target) },
  );
}

/** Mutable working state over a deep copy of the annotations. */
class Editor {
  private serial = 0;
  constructor(
    readonly a: Annotations,
    readonly text: string,
  ) {}

  span(r: Range): TextSpan {
    return { start: r.start, end: r.end, text: this.text.slice(r.start, r.end) };
  }

  newId(prefix: string): string {
    const taken = new Set<string>([...this.a.people, ...this.a.organizations, ...this.a.quotes].map((x) => x.id));
    let id: string;
    do id = `${prefix}${++this.serial}`;
    while (taken.has(id));
    return id;
  }

  /** The entity with a mention overlapping `r` most (an exact match first). */
  entityAt<T extends Person | Organization>(list: T[], r: Range): { entity: T; mention: number } | null {
    let found: { entity: T; mention: number } | null = null;
    let bestScore = 0;
    for (const e of list) {
      e.mentions.forEach((m, i) => {
        const score = m.start === r.start && m.end === r.end ? Number.MAX_SAFE_INTEGER : overlap(m, r);
        if (score > bestScore) {
          bestScore = score;
          found = { entity: e, mention: i };
        }
      });
    }
    return found;
  }

  quoteAt(r: Range): Quote | null {
    let found: Quote | null = null;
    let bestScore = 0;
    for (const q of this.a.quotes) {
      const score = overlap(q, r);
      if (score > bestScore) {
        bestScore = score;
        found = q;
      }
    }
    return found;
  }

  /** Forgets a speaker: its quotes lose their attribution. */
  unattribute(id: string): void {
    for (const q of this.a.quotes) {
      if (q.speaker === id) {
        q.speaker = null;
        q.speakerMention = null;
        q.rule = CORRECTION_RULE;
      }
      for (const n of q.nested) if (n.speaker === id) n.speaker = null;
    }
  }

  removePerson(p: Person): void {
    this.a.people = this.a.people.filter((x) => x !== p);
    this.unattribute(p.id);
  }

  removeOrganization(o: Organization): void {
    this.a.organizations = this.a.organizations.filter((x) => x !== o);
    this.unattribute(o.id);
  }

  /** Removes mentions overlapping `r` from entities of the other kinds, dropping entities left without mentions. */
  clearOthers(r: Range, keep: 'person' | 'organization' | 'country'): void {
    if (keep !== 'person') {
      for (const p of [...this.a.people]) {
        const before = p.mentions.length;
        p.mentions = p.mentions.filter((m) => overlap(m, r) === 0);
        if (p.mentions.length === 0 && before > 0) this.removePerson(p);
      }
    }
    if (keep !== 'organization') {
      for (const o of [...this.a.organizations]) {
        const before = o.mentions.length;
        o.mentions = o.mentions.filter((m) => overlap(m, r) === 0);
        if (o.mentions.length === 0 && before > 0) this.removeOrganization(o);
      }
    }
    if (keep !== 'country') this.removeCountryMentions(r);
  }

  removeCountryMentions(r: Range): boolean {
    let removed = false;
    for (const c of this.a.countries) {
      const n = c.mentions.length + c.metonyms.length;
      c.mentions = c.mentions.filter((m) => overlap(m, r) === 0);
      c.metonyms = c.metonyms.filter((m) => overlap(m, r) === 0);
      if (c.mentions.length + c.metonyms.length < n) removed = true;
    }
    this.a.countries = this.a.countries.filter((c) => c.mentions.length + c.metonyms.length > 0);
    return removed;
  }

  findEntity(name: string, type: EntityType): Person | Organization | undefined {
    const key = normName(name);
    const list: (Person | Organization)[] = type === 'person' ? this.a.people : this.a.organizations;
    return list.find((e) => normName(e.name) === key) ?? list.find((e) => e.mentions.some((m) => normName(m.text) === key));
  }

  /**
   * The id of the named person or organisation, created when the article has none of that name.
   * An entity of the other type with exactly that canonical name is taken too (the detectors may
   * have typed it differently since the correction was made).
   */
  ensureEntity(s: SpeakerName): string {
    const found = this.findEntity(s.name, s.type);
    if (found) return found.id;
    const key = normName(s.name);
    const other = (s.type === 'person' ? this.a.organizations : this.a.people).find((e) => normName(e.name) === key);
    if (other) return other.id;
    if (s.type === 'person') {
      const p: Person = { id: this.newId('pc'), name: s.name, role: null, country: null, gender: null, mentions: [] };
      this.a.people.push(p);
      return p.id;
    }
    const o: Organization = { id: this.newId('orgc'), name: s.name, mentions: [] };
    this.a.organizations.push(o);
    return o.id;
  }

  addQuote(r: Range): Quote {
    const id = this.newId('qc');
    const q: Quote = {
      ...this.span(r),
      id,
      speaker: null,
      speakerMention: null,
      cue: null,
      group: `g${id}`,
      part: 0,
      parts: 1,
      continues: false,
      nested: [],
      rule: CORRECTION_RULE,
    };
    this.a.quotes = this.a.quotes.filter((x) => overlap(x, r) === 0);
    this.a.terms = this.a.terms.filter((x) => overlap(x, r) === 0);
    this.a.quotes.push(q);
    return q;
  }

  setSpeaker(quotes: Quote[], s: SpeakerName): void {
    const id = this.ensureEntity(s);
    const entity = [...this.a.people, ...this.a.organizations].find((e) => e.id === id);
    for (const q of quotes) {
      const keepMention = q.speakerMention && entity?.mentions.some((m) => m.start === q.speakerMention?.start && m.end === q.speakerMention?.end);
      q.speaker = id;
      if (!keepMention) q.speakerMention = null;
      q.rule = CORRECTION_RULE;
    }
  }

  addMention<T extends Person | Organization>(e: T, r: Range): void {
    if (!e.mentions.some((m) => m.start === r.start && m.end === r.end)) e.mentions.push(this.span(r));
    e.mentions.sort(byStart);
  }

  country(code: string): Country | undefined {
    let c = this.a.countries.find((x) => x.code === code);
    if (c) return c;
    c = newCountry(code);
    if (!c) return undefined;
    this.a.countries.push(c);
    return c;
  }
}

type Outcome = { ok: true } | { ok: false; reason: 'target-not-found'; message: string };
const OK: Outcome = { ok: true };

function applyOne(ed: Editor, c: Correction, r: Range, other: Range | null): Outcome {
  const a = ed.a;
  switch (c.kind) {
    case 'set-speaker': {
      let q = ed.quoteAt(r);
      if (!q) q = ed.addQuote(r);
      const group = q.group;
      ed.setSpeaker(
        a.quotes.filter((x) => x.group === group),
        c.speaker,
      );
      return OK;
    }
    case 'not-quote': {
      const q = ed.quoteAt(r);
      if (q) a.quotes = a.quotes.filter((x) => x.group !== q.group);
      return OK;
    }
    case 'mark-quote': {
      const same = a.quotes.find((x) => x.start === r.start && x.end === r.end);
      const q = same ?? ed.addQuote(r);
      if (c.speaker) ed.setSpeaker([q], c.speaker);
      return OK;
    }
    case 'mark-person':
    case 'mark-organization': {
      const type: EntityType = c.kind === 'mark-person' ? 'person' : 'organization';
      ed.clearOthers(r, type);
      const list: (Person | Organization)[] = type === 'person' ? a.people : a.organizations;
      const name = c.name ?? ed.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
      const id = ed.ensureEntity({ name, type });
      const target = (type === 'person' ? a.people : a.organizations).find((e) => e.id === id) as Person | Organization;
      for (const e of [...list]) {
        if (e === target) continue;
        const before = e.mentions.length;
        e.mentions = e.mentions.filter((m) => overlap(m, r) === 0);
        if (e.mentions.length === 0 && before > 0) {
          if (type === 'person') ed.removePerson(e as Person);
          else ed.removeOrganization(e);
        }
      }
      target.mentions = target.mentions.filter((m) => overlap(m, r) === 0 || (m.start === r.start && m.end === r.end));
      ed.addMention(target, r);
      return OK;
    }
    case 'mark-country': {
      if (!countryRecord(c.country)) return { ok: false, reason: 'target-not-found', message: `"${c.country}" is not a known ISO 3166-1 alpha-2 country code` };
      ed.clearOthers(r, 'country');
      ed.removeCountryMentions(r);
      const country = ed.country(c.country);
      country?.mentions.push({ ...ed.span(r), form: 'name' });
      country?.mentions.sort(byStart);
      return OK;
    }
    case 'not-person':
    case 'not-organization': {
      const isPerson = c.kind === 'not-person';
      const hit = isPerson ? ed.entityAt(a.people, r) : ed.entityAt(a.organizations, r);
      if (!hit) return OK; // nothing detected there (any more): the correction holds trivially
      const e = hit.entity;
      const removed = e.mentions[hit.mention];
      if (!c.all) {
        e.mentions = e.mentions.filter((_, i) => i !== hit.mention);
        for (const q of a.quotes) {
          if (q.speaker === e.id && q.speakerMention && q.speakerMention.start === removed.start && q.speakerMention.end === removed.end) q.speakerMention = null;
        }
      }
      if (c.all || e.mentions.length === 0) {
        if (isPerson) ed.removePerson(e as Person);
        else ed.removeOrganization(e);
      }
      return OK;
    }
    case 'not-country':
      ed.removeCountryMentions(r);
      return OK;
    case 'merge-people':
      return merge(ed, c, r, other);
  }
}

function merge(ed: Editor, c: MergePeople, r: Range, other: Range | null): Outcome {
  const a = ed.a;
  const into = ed.entityAt(a.people, r)?.entity;
  const from = other ? ed.entityAt(a.people, other)?.entity : undefined;
  if (!into || !from) {
    const which = !into ? c.target.text : c.other.text;
    return { ok: false, reason: 'target-not-found', message: `no person is detected at ${quoted(which)} any more` };
  }
  if (into !== from) {
    into.mentions = [...into.mentions, ...from.mentions.filter((m) => !into.mentions.some((x) => x.start === m.start && x.end === m.end))].sort(byStart);
    into.role ??= from.role;
    into.country ??= from.country;
    into.gender ??= from.gender;
    for (const q of a.quotes) {
      if (q.speaker === from.id) q.speaker = into.id;
      for (const n of q.nested) if (n.speaker === from.id) n.speaker = into.id;
    }
    a.people = a.people.filter((p) => p !== from);
  }
  if (c.name) into.name = c.name;
  return OK;
}

/**
 * Applies corrections in order to annotations of `text` and returns new annotations with
 * `orphans` set: the corrections that could not be applied, each with the reason.
 */
export function applyCorrections(annotations: Annotations, text: string, corrections: readonly Correction[]): Annotations {
  const a = structuredClone(annotations);
  const ed = new Editor(a, text);
  const orphans: OrphanedCorrection[] = [...(annotations.orphans ?? [])];
  for (const c of corrections) {
    const target = resolveAnchor(text, c.target);
    const other = c.kind === 'merge-people' ? resolveAnchor(text, c.other) : null;
    if (!target || (c.kind === 'merge-people' && !other)) {
      const gone = !target ? c.target.text : (c as MergePeople).other.text;
      orphans.push({ correction: c, reason: 'text-not-found', message: `${describeCorrection(c)}: ${quoted(gone)} is no longer in the article` });
      continue;
    }
    const outcome = applyOne(ed, c, target, other);
    if (!outcome.ok) orphans.push({ correction: c, reason: outcome.reason, message: `${describeCorrection(c)}: ${outcome.message}` });
  }
  a.quotes.sort(byStart);
  a.terms.sort(byStart);
  a.countries.sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  a.orphans = orphans;
  return a;
}

// ---------------------------------------------------------------------------------------------
// Making and removing corrections

type Span = Range;
type Request<C> = C extends Correction
  ? Omit<C, 'id' | 'target' | 'other'> & { target: Span } & (C extends MergePeople ? { other: Span } : unknown)
  : never;

/** A correction as an editor asks for it: like a Correction, with offset ranges instead of anchors and no id. */
export type CorrectionRequest = Request<Correction>;

function nextId(existing: readonly Correction[]): string {
  let n = 0;
  for (const c of existing) {
    const m = /^c(\d+)$/.exec(c.id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `c${n + 1}`;
}

/**
 * Makes a correction for spans of `text`, anchoring them by content, with an id not used by
 * `existing`. Throws a RangeError for an empty or out-of-range span.
 */
export function makeCorrection(text: string, request: CorrectionRequest, existing: readonly Correction[] = []): Correction {
  const anchor = (s: Span): Anchor => createAnchor(text, s.start, s.end);
  const { target, ...rest } = request as CorrectionRequest & { other?: Span };
  const c = { id: nextId(existing), ...rest, target: anchor(target) } as Correction & { other?: Anchor | Span };
  if (request.kind === 'merge-people') c.other = anchor(request.other);
  return c as Correction;
}

const QUOTE_KINDS = new Set(['set-speaker', 'not-quote', 'mark-quote']);
const SPAN_KINDS = new Set(['mark-person', 'mark-organization', 'mark-country', 'not-person', 'not-organization', 'not-country']);

function family(kind: string): Set<string> | null {
  if (QUOTE_KINDS.has(kind)) return QUOTE_KINDS;
  if (SPAN_KINDS.has(kind)) return SPAN_KINDS;
  return null;
}

/** An empty sidecar for the article named `article`. */
export function emptySidecar(article?: string): Sidecar {
  return article === undefined ? { version: 1, corrections: [] } : { version: 1, article, corrections: [] };
}

/**
 * Adds a correction for `text` to a sidecar and returns the new sidecar and the correction.
 * An earlier correction of the same family (quote: set-speaker, not-quote, mark-quote; span:
 * mark-/not- person, organisation, country) at the same place is replaced, so the latest decision
 * about a span is the one kept.
 */
export function addCorrection(sidecar: Sidecar, text: string, request: CorrectionRequest): { sidecar: Sidecar; correction: Correction } {
  const correction = makeCorrection(text, request, sidecar.corrections);
  const fam = family(correction.kind);
  const kept = sidecar.corrections.filter((c) => {
    if (!fam || !fam.has(c.kind)) return true;
    const at = resolveAnchor(text, c.target);
    return !(at && at.start === request.target.start && at.end === request.target.end);
  });
  return { sidecar: { ...sidecar, corrections: [...kept, correction] }, correction };
}

/** The sidecar without the correction `id` (undo); the same sidecar when there is none. */
export function removeCorrection(sidecar: Sidecar, id: string): Sidecar {
  if (!sidecar.corrections.some((c) => c.id === id)) return sidecar;
  return { ...sidecar, corrections: sidecar.corrections.filter((c) => c.id !== id) };
}
