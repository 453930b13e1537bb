/**
 * Corrections: a reader's fixes to what the detectors found, kept beside the article (see
 * sidecar.ts) and applied by `annotate(text, { corrections })`.
 *
 * A correction points at the article by CONTENT, not by offsets: the exact text of the quote or
 * mention, a little of the text before and after it, and which occurrence of that text it was.
 * So a correction still finds its place after the article is edited elsewhere; when its text is
 * gone it is reported as orphaned, never dropped silently.
 */

/** Where a correction applies, by content. */
export interface Anchor {
  /** The exact text of the span (a quote, a mention). Never empty. */
  text: string;
  /** Up to a few dozen characters of the document just before the span ("" at the start). */
  before: string;
  /** Up to a few dozen characters just after the span ("" at the end). */
  after: string;
  /** 0-based index of this occurrence among the exact occurrences of `text` when the anchor was made. */
  occurrence: number;
}

export type EntityType = 'person' | 'organization';

/** A speaker given by name: an existing person or organisation of the article, or a new one. */
export interface SpeakerName {
  name: string;
  type: EntityType;
}

interface CorrectionBase {
  /** Unique within one sidecar ("c1", "c2", …); used to remove (undo) the correction. */
  id: string;
  /** Where it applies. */
  target: Anchor;
  /** Free text for the reader. */
  note?: string;
  /** ISO 8601 time the correction was made, when the caller records it. */
  created?: string;
}

/** The quote at `target` is spoken by `speaker` (all parts of a multi-paragraph quote). */
export interface SetSpeaker extends CorrectionBase {
  kind: 'set-speaker';
  speaker: SpeakerName;
}

/** The quotation at `target` is not reported speech. */
export interface NotQuote extends CorrectionBase {
  kind: 'not-quote';
}

/** The text at `target` is a quote (replacing any detected quote it overlaps), optionally with its speaker. */
export interface MarkQuote extends CorrectionBase {
  kind: 'mark-quote';
  speaker?: SpeakerName;
}

/** The text at `target` names a person: `name` (default: the text itself), existing or new. */
export interface MarkPerson extends CorrectionBase {
  kind: 'mark-person';
  name?: string;
}

/** The text at `target` names an organisation: `name` (default: the text itself), existing or new. */
export interface MarkOrganization extends CorrectionBase {
  kind: 'mark-organization';
  name?: string;
}

/** The text at `target` names a country, given by its ISO 3166-1 alpha-2 code. */
export interface MarkCountry extends CorrectionBase {
  kind: 'mark-country';
  country: string;
}

/**
 * The mention at `target` is not a person: the mention is removed from its person, and the person
 * (with its quotes' attributions) when no mention is left. With `all`, the whole person goes.
 */
export interface NotPerson extends CorrectionBase {
  kind: 'not-person';
  all?: boolean;
}

/** The mention at `target` is not an organisation (as not-person, for organisations). */
export interface NotOrganization extends CorrectionBase {
  kind: 'not-organization';
  all?: boolean;
}

/** The mention at `target` is not a country (this mention or metonym only). */
export interface NotCountry extends CorrectionBase {
  kind: 'not-country';
}

/**
 * The person mentioned at `other` is the person mentioned at `target`: their mentions and quotes
 * become one person's, named `name` or else the target person's canonical name.
 */
export interface MergePeople extends CorrectionBase {
  kind: 'merge-people';
  other: Anchor;
  name?: string;
}

export type Correction =
  | SetSpeaker
  | NotQuote
  | MarkQuote
  | MarkPerson
  | MarkOrganization
  | MarkCountry
  | NotPerson
  | NotOrganization
  | NotCountry
  | MergePeople;

export type CorrectionKind = Correction['kind'];

export const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'set-speaker',
  'not-quote',
  'mark-quote',
  'mark-person',
  'mark-organization',
  'mark-country',
  'not-person',
  'not-organization',
  'not-country',
  'merge-people',
];

/** Why a correction could not be applied. */
export type OrphanReason =
  /** The anchored text is no longer in the article. */
  | 'text-not-found'
  /** The text is there, but not what the correction needs (no person mention to merge, no country mention to remove, …). */
  | 'target-not-found';

export interface OrphanedCorrection {
  correction: Correction;
  reason: OrphanReason;
  /** One readable sentence for the reader. */
  message: string;
}

/** The contents of a sidecar file: the corrections of one article. */
export interface Sidecar {
  /** Format version; this is version 1. */
  version: 1;
  /** The article's file name (informational; the sidecar's own name ties it to the article). */
  article?: string;
  corrections: Correction[];
}
