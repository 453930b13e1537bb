/**
 * The one entry point of the core: Markdown text in, a plain data model out.
 * Pure and deterministic; no I/O, no `vscode`.
 */
import { articleStarts, mergeArticles, type ArticlePart } from './articles';
import { attributeQuotes } from './attribution';
import { AnalysisMemo } from './block-memo';
import { detectCountries } from './countries';
import { applyCorrections } from './corrections';
import type { Correction } from './corrections-model';
import { newCountry } from './data/countries';
import type { AttributionHit, CountryResult, EntityResult, QuoteHit, Range, SpeakerRef } from './detect-types';
import type { Annotations, Country, NestedQuote, Organization, Person, Quote, TextSpan } from './model';
import { NameMentions } from './name-mentions';
import { hasPersonShape } from './name-shape';
import { detectEntities } from './people';
import { buildProse, ProseCache, type ProseDoc } from './prose';
import { Occupied } from './ranges';
import { detectQuotes } from './quotes';
import { SPLIT_ARTICLES_FROM } from './split-choice';
import { forgetTokens } from './tokens';

export interface AnnotateOptions {
  /** A reader's corrections (from the article's sidecar), applied in order; see corrections.ts. */
  readonly corrections?: readonly Correction[];
  /**
   * A document of at least this many characters that holds several articles, each under its own
   * level-1 heading ("# Title"), is annotated article by article and the results merged (see
   * articles.ts). Default 100,000; Infinity never splits.
   */
  readonly splitArticlesFrom?: number;
  readonly [key: string]: unknown;
}

/** The intermediate results, in view coordinates, for tools that need to trace a decision. */
export interface Analysis {
  doc: ProseDoc;
  countries: CountryResult;
  entities: EntityResult;
  quotes: QuoteHit[];
  attributions: AttributionHit[];
}

/**
 * `cache`: the Markdown of runs of blocks seen in the last documents is not parsed again; `memo`:
 * nor are their blocks tokenized or classified again (see block-memo.ts).
 */
export function analyse(text: string, cache?: ProseCache, memo?: AnalysisMemo): Analysis {
  const doc = buildProse(text, cache);
  if (!memo) return analyseDoc(doc);
  memo.begin(doc);
  try {
    return analyseDoc(doc);
  } finally {
    memo.end();
  }
}

function analyseDoc(doc: ProseDoc): Analysis {
  const countries = detectCountries(doc);
  const entities = detectEntities(doc, countries);
  forgetTokens(doc); // the entity tokens are not read after this: free them before the quotes' own
  const quotes = detectQuotes(doc);
  const spoken = quotes.filter((q) => q.kind === 'quote');
  const attributions = attributeQuotes(doc, spoken, entities, countries, quotes.filter((q) => q.kind === 'term'));
  return { doc, countries, entities, quotes: spoken.concat(quotes.filter((q) => q.kind !== 'quote')), attributions };
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  return annotateWith(undefined, text, options);
}

/** What an incremental annotator keeps of the last two documents. */
class AnnotatorCache {
  readonly prose = new ProseCache();
  readonly memo = new AnalysisMemo();
  private previous = new Map<string, Annotations>();
  private current = new Map<string, Annotations>();

  /** The annotations of one article of a split document, by its text. */
  article(text: string): Annotations {
    let a = this.current.get(text) ?? this.previous.get(text);
    if (!a) a = assemble(analyse(text));
    this.current.set(text, a);
    return a;
  }

  /** Called after each split document: forgets the articles that neither of the last two had. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

function annotateWith(cache: AnnotatorCache | undefined, text: string, options: AnnotateOptions): Annotations {
  const starts = articleStarts(text, options.splitArticlesFrom ?? SPLIT_ARTICLES_FROM);
  let annotations: Annotations;
  if (starts.length === 1) {
    annotations = assemble(analyse(text, cache?.prose, cache?.memo));
  } else {
    const parts: ArticlePart[] = starts.map((at, i) => {
      const article = text.slice(at, i + 1 < starts.length ? starts[i + 1] : text.length);
      return { at, annotations: cache ? cache.article(article) : assemble(analyse(article)) };
    });
    cache?.rotate();
    annotations = mergeArticles(parts);
  }
  return options.corrections ? applyCorrections(annotations, text, options.corrections) : annotations;
}

/** annotate() that remembers what it parsed, for annotating one document again after each edit. */
export interface IncrementalAnnotator {
  /** The same result as annotate(text, options), computed faster when `text` is an edit of a recent one. */
  annotate(text: string, options?: AnnotateOptions): Annotations;
}

/**
 * An annotator for the successive versions of documents being edited. Its results are those of
 * annotate(). It keeps what it found in the last two documents it annotated: the parsed runs of
 * blocks (see prose.ts), so that the Markdown an edit left unchanged is not parsed again, and, for
 * a long document split into articles (see articles.ts), each article's annotations, so that only
 * the article an edit changed is annotated again.
 */
export function createAnnotator(): IncrementalAnnotator {
  const cache = new AnnotatorCache();
  return { annotate: (text, options = {}) => annotateWith(cache, text, options) };
}

function byStart(a: Range, b: Range): number {
  return a.start - b.start || a.end - b.end;
}

/** Maps an analysis to the public model: source offsets, span texts, entity records. */
export function assemble(a: Analysis): Annotations {
  const { doc } = a;
  const span = (r: Range): TextSpan => {
    const s = doc.toSource(r);
    return { start: s.start, end: s.end, text: doc.source.slice(s.start, s.end) };
  };

  const people: Person[] = a.entities.people.map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role,
    country: p.country,
    gender: p.gender,
    mentions: [...p.mentions].sort(byStart).map(span),
  }));

  const orgs = new Map<string, Organization>();
  for (const o of a.entities.organizations) {
    orgs.set(o.name.toLowerCase(), { id: o.id, name: o.name, mentions: [...o.mentions].sort(byStart).map(span) });
  }
  /** Source starts of each organisation's mentions, made on first use. */
  const orgStarts = new Map<Organization, Set<number>>();
  const orgId = (name: string, mention: Range | null): string => {
    const key = name.toLowerCase();
    let org = orgs.get(key);
    if (!org) {
      org = { id: `org-${orgs.size + 1}`, name, mentions: [] };
      orgs.set(key, org);
    }
    if (mention) {
      let starts = orgStarts.get(org);
      if (!starts) orgStarts.set(org, (starts = new Set(org.mentions.map((m) => m.start))));
      const s = span(mention);
      // a mention of one kind never overlaps another ("a the White House" around "White House")
      if (!starts.has(s.start) && !org.mentions.some((m) => m.start < s.end && s.start < m.end)) {
        org.mentions.push(s);
        starts.add(s.start);
      }
    }
    return org.id;
  };

  // Source characters inside some person's mention (and the rare empty mentions apart), so that
  // taken() looks at the characters of one span, not at every mention of the document.
  const covered = new Uint8Array(doc.source.length + 1);
  const emptyMentions: TextSpan[] = [];
  const cover = (m: TextSpan): void => {
    if (m.end <= m.start) emptyMentions.push(m);
    else covered.fill(1, m.start, m.end);
  };
  for (const p of people) for (const m of p.mentions) cover(m);
  /** Whether a non-empty span overlaps a mention of any person. */
  const taken = (r: TextSpan): boolean => {
    for (let i = r.start; i < r.end; i++) if (covered[i]) return true;
    return emptyMentions.some((m) => m.start < r.end && r.start < m.end);
  };
  const names = new NameMentions(doc.text);
  let occupied: Occupied | undefined;
  const claimed = new Set<number>();
  /** The full name and the lone surname of a new speaker, wherever no other entity has them. */
  const mentionsOf = (name: string): TextSpan[] => {
    occupied ??= new Occupied([
      ...a.entities.people.flatMap((p) => p.mentions),
      ...a.entities.organizations.flatMap((o) => o.mentions),
      ...a.countries.mentions,
      ...a.countries.metonyms,
    ]);
    const out: TextSpan[] = [];
    for (const r of names.find(name)) {
      if (occupied.overlaps(r) || claimed.has(r.start)) continue;
      claimed.add(r.start);
      out.push(span(r));
    }
    return out;
  };
  /** The first person of each lower-case name. */
  const byName = new Map<string, Person>();
  for (const p of people) if (!byName.has(p.name.toLowerCase())) byName.set(p.name.toLowerCase(), p);
  /** People given a mention here: their mentions are sorted again at the end. */
  const grown = new Set<Person>();
  const personId = (name: string, mention: Range | null): string => {
    const key = name.toLowerCase();
    let person = byName.get(key);
    if (!person) {
      person = { id: `p-s${people.length + 1}`, name, role: null, country: null, gender: null, mentions: mentionsOf(name) };
      people.push(person);
      byName.set(key, person);
      for (const m of person.mentions) cover(m);
    }
    if (mention) {
      const m = span(mention);
      if (/^\p{Lu}/u.test(m.text) && name.includes(m.text) && !taken(m) && !person.mentions.some((x) => x.start === m.start)) {
        person.mentions.push(m);
        cover(m);
        grown.add(person);
      }
    }
    return person.id;
  };
  const speakerId = (ref: SpeakerRef, mention: Range | null): string => {
    if (ref.id) return ref.id;
    // a speaker the attribution found by name that the people detector did not list: a person when
    // the name has the shape of one, else an organisation
    return ref.kind === 'person' && hasPersonShape(ref.name) ? personId(ref.name, mention) : orgId(ref.name, mention);
  };

  const byCode = new Map<string, Country>();
  const country = (code: string): Country | undefined => {
    let c = byCode.get(code);
    if (!c) {
      c = newCountry(code);
      if (c) byCode.set(code, c);
    }
    return c;
  };
  for (const m of [...a.countries.mentions].sort(byStart)) country(m.code)?.mentions.push({ ...span(m), form: m.form });
  for (const m of [...a.countries.metonyms].sort(byStart)) country(m.code)?.metonyms.push(span(m));

  const quotes: Quote[] = [];
  const terms: TextSpan[] = [];
  const spoken = a.quotes.filter((q) => q.kind === 'quote');
  spoken.forEach((q, i) => {
    const at = a.attributions[i];
    const speaker = at?.speaker ? speakerId(at.speaker, at.antecedent ?? at.speakerMention) : null;
    const nested: NestedQuote[] = q.nested.map((n, k) => {
      const s = span(n);
      const ref = at?.nested?.[k] ?? null;
      return { start: s.start, end: s.end, text: s.text, speaker: ref ? speakerId(ref, null) : null };
    });
    // (the properties one by one, in the order of the model, rather than spread: many quotes)
    const s = span(q);
    const quote: Quote = {
      start: s.start,
      end: s.end,
      text: s.text,
      id: `q${i + 1}`,
      speaker,
      speakerMention: at?.speakerMention ? span(at.speakerMention) : null,
      cue: at?.cue ? span(at.cue) : null,
      group: `g${q.group}`,
      part: q.part,
      parts: q.parts,
      continues: q.continues,
      nested,
      rule: at?.rule ?? null,
    };
    if (at?.resolution) quote.resolution = at.resolution;
    quotes.push(quote);
  });
  for (const q of a.quotes) if (q.kind === 'term') terms.push(span(q));

  for (const p of grown) p.mentions.sort(byStart);
  quotes.sort(byStart);
  terms.sort(byStart);
  const organizations = [...orgs.values()];
  for (const o of organizations) o.mentions.sort(byStart);
  const countries = [...byCode.values()].filter((c) => c.mentions.length > 0 || c.metonyms.length > 0);
  countries.sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  return { people, countries, organizations, quotes, terms };
}
