/**
 * The public data model returned by `annotate()`. Every offset is a JavaScript string (UTF-16)
 * index into the ORIGINAL document text, end exclusive, and every `text` equals
 * `source.slice(start, end)`.
 */
import type { OrphanedCorrection } from './corrections-model';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type CountryForm = 'name' | 'abbreviation' | 'demonym';

export interface CountryMention extends TextSpan {
  form: CountryForm;
}

export interface Country {
  /** ISO 3166-1 alpha-2 code (upper case). */
  code: string;
  /** Common English name ("China"). */
  name: string;
  /** Official English name ("People's Republic of China"). */
  officialName: string;
  /** ISO 3166-1 alpha-3 code. */
  code3: string;
  /** Flag emoji. */
  flag: string;
  capital: string | null;
  region: string;
  subregion: string;
  /** Mentions of the country itself: names, abbreviations, demonyms. */
  mentions: CountryMention[];
  /** Capitals and seats of government standing for the country ("Beijing said"). Not counted as mentions. */
  metonyms: TextSpan[];
}

export type Gender = 'male' | 'female';

export interface Person {
  id: string;
  /** Canonical name: the fullest form the article gives. */
  name: string;
  /** Title or role, e.g. "Secretary of State", when the text gives one. */
  role: string | null;
  /** ISO alpha-2 code of the person's country, when the text gives one. */
  country: string | null;
  gender: Gender | null;
  mentions: TextSpan[];
}

export interface Organization {
  id: string;
  name: string;
  mentions: TextSpan[];
}

export interface NestedQuote extends TextSpan {
  speaker: string | null;
}

export interface Quote extends TextSpan {
  id: string;
  /** Id of a person or organisation, or null when no speaker can be recovered. */
  speaker: string | null;
  /** The local mention the text ties to the quote: a name, a pronoun ("he") or a nominal ("the secretary"). */
  speakerMention: TextSpan | null;
  /** The reporting expression ("said", "told reporters"). */
  cue: TextSpan | null;
  /** Parts of one multi-paragraph quote share a group id. */
  group: string;
  /** Index of this part in its group (0-based) and the group's number of parts. */
  part: number;
  parts: number;
  /** True when the quotation continues in the next paragraph. */
  continues: boolean;
  /** Quotations inside this quotation (usually in single marks). */
  nested: NestedQuote[];
  /** Name of the attribution rule that found the speaker (for tracing), or null. */
  rule: string | null;
  /**
   * How the speaker mention was resolved (for tracing): 'name', 'pronoun',
   * 'org-pronoun', 'role', 'document', 'epithet'; absent when no mention was resolved.
   */
  resolution?: string;
}

export interface Annotations {
  people: Person[];
  countries: Country[];
  organizations: Organization[];
  quotes: Quote[];
  /** Quoted titles, nicknames, slogans and scare quotes: quoted but not reported speech. */
  terms: TextSpan[];
  /** Only when corrections were given: those that could not be applied (their text is gone). */
  orphans?: OrphanedCorrection[];
}
