import type { CountryResult, EntityResult } from './detect-types';
import type { ProseDoc } from './prose';

/** Finds people (and organisations) with all their mentions, resolved to one entity each. */
export function detectEntities(doc: ProseDoc, countries: CountryResult): EntityResult {
  void doc;
  void countries;
  return { people: [], organizations: [] };
}
