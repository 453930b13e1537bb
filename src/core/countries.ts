import type { CountryResult } from './detect-types';
import type { ProseDoc } from './prose';

/** Finds country mentions (names, abbreviations, demonyms) and metonyms in the prose view. */
export function detectCountries(doc: ProseDoc): CountryResult {
  void doc;
  return { mentions: [], metonyms: [] };
}
