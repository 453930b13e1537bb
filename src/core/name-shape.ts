/**
 * What a capitalised name looks like it names, from its words alone: for names that no detector
 * listed, such as a speaker found only by the attribution or a pronoun's candidate antecedent.
 */
import { FACILITY_HEADS, ORG_HEADS, SURNAME_LIKE_FACILITY_HEADS, SURNAME_LIKE_ORG_HEADS } from './data/people-lexicon';

const SURNAME_HEADS = new Set(SURNAME_LIKE_FACILITY_HEADS);
const SURNAME_ORG_HEADS = new Set(SURNAME_LIKE_ORG_HEADS);
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'al', 'bin', 'le', 'la']);

const bare = (word: string): string => {
  const w = word.toLowerCase();
  return w.endsWith('.') ? w.slice(0, -1) : w;
};

/** The last word of a place or facility ("Beach", "Tower", "Street", "City") that is seldom a surname (unlike "Hall", "Fields"). */
export function isPlaceHead(word: string): boolean {
  const w = bare(word);
  return FACILITY_HEADS.has(w) && !SURNAME_HEADS.has(w);
}

/**
 * Whether a name has the shape of a person's: two or more capitalised words (name particles
 * such as "de" or "van" allowed), not ending in the head of an organisation ("Party", "Times") or
 * of a place ("Wall Street", "Trump Tower") unless that head is also a surname ("Don Guardian").
 */
export function hasPersonShape(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w))) return false;
  const last = words[words.length - 1];
  const head = bare(last);
  return !(ORG_HEADS.has(head) && !SURNAME_ORG_HEADS.has(head)) && !isPlaceHead(last);
}
