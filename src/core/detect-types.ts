/**
 * Types shared by the detectors. Detectors work on the prose view of a document
 * (see prose.ts) and report ranges in VIEW coordinates; `annotate()` maps them to
 * source offsets at the end.
 */
import type { CountryForm, Gender } from './model';

export interface Range {
  start: number;
  end: number;
}

export interface CountryHit extends Range {
  code: string;
  form: CountryForm;
}

export interface MetonymHit extends Range {
  code: string;
}

export interface CountryResult {
  mentions: CountryHit[];
  metonyms: MetonymHit[];
}

export interface PersonEntity {
  id: string;
  name: string;
  role: string | null;
  country: string | null;
  gender: Gender | null;
  /** Sorted by start. */
  mentions: Range[];
}

export interface OrgEntity {
  id: string;
  name: string;
  mentions: Range[];
}

export interface EntityResult {
  people: PersonEntity[];
  organizations: OrgEntity[];
}

export type QuoteKind = 'quote' | 'term';

export interface QuoteHit extends Range {
  kind: QuoteKind;
  /** Parts of one multi-paragraph quotation share a group number. */
  group: number;
  part: number;
  parts: number;
  continues: boolean;
  nested: Range[];
}

export interface SpeakerRef {
  kind: 'person' | 'organization';
  /** Entity id when the speaker is a known entity; otherwise undefined and `name` is used. */
  id?: string;
  name: string;
}

export interface AttributionHit {
  speaker: SpeakerRef | null;
  speakerMention: Range | null;
  cue: Range | null;
  /** The sieve that decided. */
  rule: string | null;
  /** How the mention became the speaker (see attribution.ts `Resolution`), for tracing. */
  resolution?: string | null;
  /** The name or nominal a relative-pronoun mention stands for ("McConnell" in "McConnell, who said"). */
  antecedent?: Range;
  /** Speakers of the quote's nested quotes, in the order of QuoteHit.nested (absent when none has one). */
  nested?: (SpeakerRef | null)[];
}
