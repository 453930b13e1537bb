/**
 * Long documents that hold several articles, each under its own level-1 heading (a day's wire
 * copy, a collection of stories), are annotated article by article: names, pronouns, continued
 * quotes and aliases do not carry from one story to the next, and after an edit only the article
 * that changed is annotated again. The articles' annotations are then merged into one model of
 * the document: offsets shifted, ids numbered afresh, and people, organisations and countries
 * with the same name (or code) across articles made one entity.
 */
import type { Annotations, Country, Organization, Person, Quote, TextSpan } from './model';
import { splitChunks } from './prose';
import { SPLIT_ARTICLES_FROM } from './split-choice';

/**
 * Where the articles of `source` start: 0, then each top-level ATX level-1 heading ("# Title") that
 * begins a run of blocks that parses on its own (see splitChunks: never inside code, HTML or front
 * matter, and never in a document with link reference definitions, which are document-wide).
 * Just [0] when the document is shorter than `minLength`.
 */
export function articleStarts(source: string, minLength: number = SPLIT_ARTICLES_FROM): number[] {
  if (source.length < minLength) return [0];
  const out = [0];
  for (const at of splitChunks(source)) {
    if (at > 0 && isLevelOneHeading(source, at)) out.push(at);
  }
  return out;
}

function isLevelOneHeading(s: string, at: number): boolean {
  if (s.charCodeAt(at) !== 35 /* # */) return false;
  const c = s.charCodeAt(at + 1);
  return Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13;
}

/** One article's annotations (offsets relative to the article) and where it starts in the document. */
export interface ArticlePart {
  at: number;
  annotations: Annotations;
}

const shift = (s: TextSpan, by: number): TextSpan => ({ start: s.start + by, end: s.end + by, text: s.text });

/** The number at the end of an id ("q12" → 12); 0 when there is none. */
function idNumber(id: string): number {
  let i = id.length;
  while (i > 0 && id.charCodeAt(i - 1) >= 48 && id.charCodeAt(i - 1) <= 57) i--;
  return i < id.length ? Number(id.slice(i)) : 0;
}

/**
 * Merges the annotations of consecutive articles into those of the whole document. Nothing in
 * `parts` is changed (their annotations may be cached and merged again).
 */
export function mergeArticles(parts: readonly ArticlePart[]): Annotations {
  const people: Person[] = [];
  const organizations: Organization[] = [];
  /** The entity of each lower-case name from the articles before, to merge a later one into. */
  const personByName = new Map<string, Person>();
  const orgByName = new Map<string, Organization>();
  const countries = new Map<string, Country>();
  const quotes: Quote[] = [];
  const terms: TextSpan[] = [];
  let quoteBase = 0;
  let groupCount = 0;
  for (const { at, annotations: a } of parts) {
    const ids = new Map<string, string>();
    // Two entities of one article are never merged, even with one name: only across articles.
    const peopleHere = new Set<Person>();
    for (const p of a.people) {
      const key = p.name.toLowerCase();
      let into = personByName.get(key);
      if (!into || peopleHere.has(into)) {
        into = { id: `p${people.length + 1}`, name: p.name, role: p.role, country: p.country, gender: p.gender, mentions: [] };
        people.push(into);
        if (!personByName.has(key)) personByName.set(key, into);
      } else {
        into.role ??= p.role;
        into.country ??= p.country;
        into.gender ??= p.gender;
      }
      peopleHere.add(into);
      for (const m of p.mentions) into.mentions.push(shift(m, at));
      ids.set(p.id, into.id);
    }
    const orgsHere = new Set<Organization>();
    for (const o of a.organizations) {
      const key = o.name.toLowerCase();
      let into = orgByName.get(key);
      if (!into || orgsHere.has(into)) {
        into = { id: `org-${organizations.length + 1}`, name: o.name, mentions: [] };
        organizations.push(into);
        if (!orgByName.has(key)) orgByName.set(key, into);
      }
      orgsHere.add(into);
      for (const m of o.mentions) into.mentions.push(shift(m, at));
      ids.set(o.id, into.id);
    }
    for (const c of a.countries) {
      let into = countries.get(c.code);
      if (!into) {
        into = { ...c, mentions: [], metonyms: [] };
        countries.set(c.code, into);
      }
      for (const m of c.mentions) into.mentions.push({ start: m.start + at, end: m.end + at, text: m.text, form: m.form });
      for (const m of c.metonyms) into.metonyms.push(shift(m, at));
    }
    const speaker = (id: string | null): string | null => (id === null ? null : (ids.get(id) ?? null));
    const groups = new Map<string, string>();
    for (const q of a.quotes) {
      let group = groups.get(q.group);
      if (group === undefined) groups.set(q.group, (group = `g${groupCount++}`));
      const quote: Quote = {
        start: q.start + at,
        end: q.end + at,
        text: q.text,
        id: `q${quoteBase + idNumber(q.id)}`,
        speaker: speaker(q.speaker),
        speakerMention: q.speakerMention ? shift(q.speakerMention, at) : null,
        cue: q.cue ? shift(q.cue, at) : null,
        group,
        part: q.part,
        parts: q.parts,
        continues: q.continues,
        nested: q.nested.map((n) => ({ start: n.start + at, end: n.end + at, text: n.text, speaker: speaker(n.speaker) })),
        rule: q.rule,
      };
      if (q.resolution !== undefined) quote.resolution = q.resolution;
      quotes.push(quote);
    }
    quoteBase += a.quotes.length;
    for (const t of a.terms) terms.push(shift(t, at));
  }
  const countryList = [...countries.values()];
  countryList.sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  return { people, countries: countryList, organizations, quotes, terms };
}
