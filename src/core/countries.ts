/**
 * Country mentions (names, abbreviations, demonyms) and metonyms (capitals standing for a
 * government) in the prose view.
 *
 * The lexicon is built once from the country data package (common, official and alternative
 * names, demonyms, capitals) plus the hand-written additions in data/country-lexicon.ts, into a
 * trie over tokens. Detection is one pass over the tokens with a longest match at each word,
 * followed by context checks (see `rejected`):
 * - the match must be written with its capitals ("china" and "turkey" are nouns), or all in capitals;
 * - a country word inside another name is not a country: before a geographic or non-governmental
 *   head ("South China Sea", "Russia Today", "American Airlines"), after a name word ("Priorities
 *   USA", "New Mexico"), or after "<organisation> of" ("Bank of China");
 * - a single-word country that is also a given name or surname ("Jordan", "Chad") is not a
 *   country when it stands next to another capitalised name word ("Michael Jordan");
 * - "North American", "Latin American" are regions, not the United States;
 * - "Georgia" is the country only when the article gives a sign of the Caucasus state (Tbilisi,
 *   Abkhazia, South Ossetia, a Georgian demonym, or another country listed next to it) and no
 *   sign of the US state (a US state listed next to it, Atlanta, "Ga.", "state of Georgia").
 */
import {
  ABBREVIATIONS,
  BRANCH_ABBREVIATIONS,
  BRANCH_NOT_BEFORE,
  COMBINING_FORMS,
  EXTRA_CAPITALS,
  EXTRA_DEMONYMS,
  EXTRA_NAMES,
  LOCATIVE_BEFORE,
  NON_COUNTRY_NEXT,
  NON_COUNTRY_PREV,
  NOT_DEMONYM_AFTER,
  NOT_METONYM_CAPITALS,
  ORG_OF_HEADS,
} from './data/country-lexicon';
import { COUNTRY_RECORDS } from './data/countries';
import { isGivenName } from './data/given-names';
import { PLACES } from './data/people-lexicon';
import type { CountryForm } from './model';
import type { CountryHit, CountryResult, MetonymHit } from './detect-types';
import type { ProseDoc } from './prose';
import { splitPhrase, tokenize, type Token } from './tokens';

interface Entry {
  code: string;
  form: CountryForm;
  /** The phrase's tokens as written in the lexicon. */
  words: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

const norm = (s: string): string => {
  const l = s.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};

function buildTrie(): TrieNode {
  // Sovereign countries first: "French" is France before the French Southern Territories.
  const records = [...COUNTRY_RECORDS].filter((r) => !NOT_COUNTRIES.has(r.code)).sort((a, b) => Number(b.independent) - Number(a.independent));
  const root: TrieNode = { next: new Map() };
  const add = (phrase: string, code: string, form: CountryForm): void => {
    const ws = splitPhrase(phrase);
    if (ws.length === 0) return;
    let node = root;
    for (const w of ws) {
      const k = norm(w);
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map() };
        node.next.set(k, n);
      }
      node = n;
    }
    if (!node.entry) node.entry = { code, form, words: ws };
  };
  // Hand-written forms first: they win over package entries for the same words.
  for (const [code, list] of Object.entries(EXTRA_NAMES)) for (const n of list) add(n, code, 'name');
  for (const [code, list] of Object.entries(ABBREVIATIONS)) for (const n of list) add(n, code, 'abbreviation');
  for (const [code, list] of Object.entries(EXTRA_DEMONYMS)) for (const n of list) add(n, code, 'demonym');
  for (const r of records) add(r.name, r.code, 'name');
  for (const r of records) add(r.officialName, r.code, 'name');
  for (const r of records) {
    for (const a of r.altSpellings) {
      // Single foreign words ("Suisse" in "Credit Suisse") stay out; the English ones are in EXTRA_NAMES.
      if (a.length < 4 || a.includes(',') || !a.includes(' ') || !/^[\p{Lu}][\p{L}' .-]+$/u.test(a) || BAD_ALT.has(a)) continue;
      add(a, r.code, 'name');
    }
  }
  for (const r of records) {
    const d = r.demonym;
    if (!d) continue;
    add(d, r.code, 'demonym');
    if (/(an|i)$/.test(d)) add(`${d}s`, r.code, 'demonym');
  }
  return root;
}

/** Codes of the package that are not countries in news: Antarctica is a continent. */
const NOT_COUNTRIES = new Set(['AQ']);

/** Alternative spellings in the package that are words or regions in English text. */
const BAD_ALT = new Set(['Island', 'Mann', 'Mannin', 'Prathet', 'Thai', 'Guiana', 'Saudi', 'Timor', 'Sarnam', 'Nijar', 'Dzayer', 'Viti', 'Hellas', 'Bharat', 'Nihon', 'Nippon']);

const COMBINING = new Map(Object.entries(COMBINING_FORMS).filter(([, code]) => code));

let TRIE: TrieNode | null = null;
let CAPITALS: Map<string, string> | null = null;

function capitals(): Map<string, string> {
  if (CAPITALS) return CAPITALS;
  const m = new Map<string, string>();
  const countryWords = new Set(COUNTRY_RECORDS.map((r) => r.name));
  for (const r of COUNTRY_RECORDS) {
    if (!r.capital || !r.independent) continue;
    const c = r.capital;
    if (NOT_METONYM_CAPITALS.has(c) || countryWords.has(c) || c.includes(' ') || c.includes('.')) continue;
    if (!m.has(c)) m.set(c, r.code);
  }
  for (const [c, code] of Object.entries(EXTRA_CAPITALS)) m.set(c, code);
  CAPITALS = m;
  return m;
}

/** Words that often name people as well as countries: rejected next to another name word. */
const PERSONLIKE = new Set(['Jordan', 'Chad', 'Israel', 'India', 'Georgia', 'Kenya', 'Trinidad', 'Jamaica', 'Holland']);

const GEORGIA_COUNTRY_CUES = new Set(['Tbilisi', 'Abkhazia', 'Ossetia', 'Saakashvili', 'Caucasus', 'Georgian', 'Georgians', 'Soviet']);
const GEORGIA_STATE_CUES = new Set(['Atlanta', 'Ga', 'Savannah', 'Augusta', 'Macon', 'Peach']);

function matchAt(tokens: Token[], i: number, trie: TrieNode): { end: number; entry: Entry } | null {
  let node: TrieNode | undefined = trie;
  let best: { end: number; entry: Entry } | null = null;
  let j = i;
  const block = tokens[i].block;
  while (j < tokens.length && tokens[j].block === block) {
    const t = tokens[j];
    if (j > i && !t.spaceBefore && tokens[j - 1].word && t.word) break;
    node = node.next.get(norm(t.text));
    if (!node) break;
    j++;
    if (node.entry && writtenAsLexicon(tokens, i, j, node.entry)) best = { end: j, entry: node.entry };
  }
  return best;
}

/** The text must keep the lexicon's capitals (or be all upper case): "china" and "us" are not countries. */
function writtenAsLexicon(tokens: Token[], i: number, j: number, e: Entry): boolean {
  for (let k = i; k < j; k++) {
    const w = tokens[k].text.replace(/’/g, "'");
    const lex = e.words[k - i];
    if (w === lex || w === lex.toUpperCase()) continue;
    // A lexicon word in lower case ("of", "the") may be written capitalised in a headline.
    if (lex === lex.toLowerCase() && w.toLowerCase() === lex) continue;
    return false;
  }
  return true;
}

const prevToken = (tokens: Token[], i: number): Token | undefined => (i > 0 && tokens[i - 1].block === tokens[i].block ? tokens[i - 1] : undefined);
const nextToken = (tokens: Token[], j: number): Token | undefined => (j < tokens.length && tokens[j].block === tokens[j - 1].block ? tokens[j] : undefined);

export function detectCountries(doc: ProseDoc): CountryResult {
  TRIE ??= buildTrie();
  const { tokens, titleCase } = tokenize(doc);
  const mentions: CountryHit[] = [];
  const metonyms: MetonymHit[] = [];
  const georgia: { hit: CountryHit; i: number; j: number }[] = [];
  const caps = capitals();
  /** Country words that the document also uses as a person's name ("Rep. Jim Jordan" … "Jordan said"). */
  const surnames = new Set<string>();
  /** Mentions of such words that a place preposition makes the country whatever the document's names ("in Chad"). */
  const placed = new Set<CountryHit>();
  let georgiaCountry = 0;
  let georgiaState = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    if (GEORGIA_COUNTRY_CUES.has(t.text)) georgiaCountry++;
    if (GEORGIA_STATE_CUES.has(t.text)) georgiaState++;
    const combining = t.cap ? COMBINING.get(t.text) : undefined;
    if (combining && tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end && tokens[i + 2]?.word && tokens[i + 2].start === tokens[i + 1].end) {
      mentions.push({ start: t.start, end: t.end, code: combining, form: 'demonym' });
      continue;
    }
    const m = matchAt(tokens, i, TRIE);
    if (!m) {
      const code = caps.get(t.text);
      if (code && t.cap && isMetonym(tokens, i, titleCase[t.block])) metonyms.push({ start: t.start, end: t.end, code });
      continue;
    }
    if (rejected(tokens, i, m.end, m.entry) || (m.end - i === 1 && isBranchName(tokens, i, titleCase[t.block]))) {
      if (m.end - i === 1 && PERSONLIKE.has(t.text) && isSurnameHere(tokens, i)) surnames.add(t.text);
      i = m.end - 1;
      continue;
    }
    const hit: CountryHit = { start: t.start, end: tokens[m.end - 1].end, code: m.entry.code, form: m.entry.form };
    if (m.end - i === 1 && PERSONLIKE.has(t.text) && isPlaced(tokens, i)) placed.add(hit);
    if (m.entry.code === 'GE' && m.entry.form === 'name') georgia.push({ hit, i, j: m.end });
    else mentions.push(hit);
    i = m.end - 1;
  }
  for (const g of georgia) {
    const listed = listedWith(tokens, g.i, g.j, mentions);
    if (listed === 'state') continue;
    if (listed === 'country' || (georgiaCountry > 0 && georgiaState === 0)) mentions.push(g.hit);
  }
  mentions.sort((a, b) => a.start - b.start);
  const kept = surnames.size === 0 ? mentions : mentions.filter((m) => placed.has(m) || !surnames.has(doc.text.slice(m.start, m.end)));
  return { mentions: kept, metonyms };
}

/** Prepositions of place: after one, a word that names both a person and a country is the country. */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'across', 'throughout', 'inside', 'within']);

/** "in Chad", "across Jordan", but not "in Jordan's view": the word after a place preposition, not possessed. */
function isPlaced(tokens: Token[], i: number): boolean {
  const prev = prevToken(tokens, i);
  const next = nextToken(tokens, i + 1);
  return !!prev && PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) && !(next && !next.word && /^['’][sS]$/.test(next.text));
}

/**
 * "Michael Jordan", "Rep. Steve Israel": the country word is a surname, which a later lone "Jordan"
 * may stand for. As a given name ("Jordan Peterson", "Chad Smith") or in an organisation's name
 * ("Kenya Private Sector Alliance") it says nothing about the word elsewhere.
 */
function isSurnameHere(tokens: Token[], i: number): boolean {
  const prev = prevToken(tokens, i);
  return !!prev && prev.word && prev.cap && isGivenName(prev.text) && prev.end + 1 === tokens[i].start;
}

function rejected(tokens: Token[], i: number, j: number, e: Entry): boolean {
  const first = tokens[i];
  const prev = prevToken(tokens, i);
  const next = nextToken(tokens, j);
  const single = j - i === 1;
  // "States" alone stands for the United States only as "the States".
  if (single && e.code === 'US' && first.text === 'States') {
    if (prev?.text !== 'the' || (next && next.cap)) return true;
  }
  // "Korea"/"Korean" right after North/South written apart from a hyphen is handled by the trie;
  // a region adjective before a demonym ("Latin American") is not a country.
  if (e.form === 'demonym' && prev && prev.word && NOT_DEMONYM_AFTER.has(prev.text) && (prev.end === first.start - 1 || tokens[i - 1]?.text === '-')) return true;
  const before = prev && prev.text === '-' && prev.start === first.start - 1 ? prevToken(tokens, i - 1) : prev;
  if (e.form === 'demonym' && before && NOT_DEMONYM_AFTER.has(before.text)) return true;
  // Part of a geographic feature or another organisation's name.
  if (next && next.cap && next.spaceBefore && NON_COUNTRY_NEXT.has(next.text.toLowerCase())) return true;
  if (prev && prev.cap && prev.word && !prev.sentenceStart && NON_COUNTRY_PREV.has(prev.text.toLowerCase())) return true;
  if (prev && prev.cap && prev.sentenceStart && NON_COUNTRY_PREV.has(prev.text.toLowerCase()) && ['new', 'priorities', 'team', 'air', 'radio', 'voice'].includes(prev.text.toLowerCase())) return true;
  if (prev?.text === 'of' || prev?.text === 'the') {
    let k = i - 1;
    if (tokens[k]?.text === 'the') k--;
    if (tokens[k]?.text === 'of') k--;
    const head = tokens[k];
    if (head && head.cap && k !== i - 1 && ORG_OF_HEADS.has(head.text.toLowerCase())) return true;
  }
  // People named like countries: "Michael Jordan", "Jordan Peterson".
  if (single && (PERSONLIKE.has(first.text) || e.form === 'name')) {
    if (prev && prev.word && prev.cap && isGivenName(prev.text) && prev.end + 1 === first.start && (!prev.sentenceStart || PERSONLIKE.has(first.text))) return true;
    if (PERSONLIKE.has(first.text) && next && next.word && next.cap && next.start === first.end + 1 && !PLACES.has(next.text.toLowerCase()) && isNameWord(next.text)) return true;
  }
  return false;
}

/**
 * "Age UK", "Google UK", "Amnesty International UK": "UK" or "USA" right after a capitalised name
 * word names a brand's or a charity's national branch, not the country (not in headlines, where
 * every word is capitalised).
 */
function isBranchName(tokens: Token[], i: number, titleCase: boolean): boolean {
  const t = tokens[i];
  const prev = prevToken(tokens, i);
  return BRANCH_ABBREVIATIONS.has(t.text) && !titleCase && !!prev && prev.word && prev.cap && !prev.upper && prev.end + 1 === t.start && !BRANCH_NOT_BEFORE.has(prev.text.toLowerCase());
}

const NAME_WORD_RE = /^\p{Lu}\p{Ll}+$/u;
function isNameWord(s: string): boolean {
  return NAME_WORD_RE.test(s);
}

/** Whether a "Georgia" stands in a list with US states or with countries. */
function listedWith(tokens: Token[], i: number, j: number, mentions: CountryHit[]): 'state' | 'country' | null {
  const near: Token[] = [];
  for (let k = Math.max(0, i - 4); k < Math.min(tokens.length, j + 4); k++) if ((k < i || k >= j) && tokens[k].block === tokens[i].block) near.push(tokens[k]);
  for (const t of near) if (t.cap && PLACES.has(t.text.toLowerCase()) && !['europe', 'asia', 'africa', 'america', 'ukraine'].includes(t.text.toLowerCase())) return 'state';
  const lo = tokens[Math.max(0, i - 4)].start;
  const hi = tokens[Math.min(tokens.length - 1, j + 3)].end;
  if (mentions.some((m) => m.start >= lo && m.end <= hi)) return 'country';
  const p = tokens[i - 2];
  if (p && p.text === 'of' && tokens[i - 3]?.text === 'state') return 'state';
  return null;
}

/**
 * A capital stands for its government when it acts or is acted upon, not when it is a place
 * ("in Washington"), a dateline ("WASHINGTON (AP) —"), part of a longer name ("Washington Post",
 * "George Washington") or a modifier after an article ("a Washington think tank").
 */
function isMetonym(tokens: Token[], i: number, titleCase: boolean): boolean {
  const t = tokens[i];
  const prev = prevToken(tokens, i);
  const next = nextToken(tokens, i + 1);
  if (titleCase) return false;
  if (next && next.word && next.cap && next.spaceBefore) return false;
  if (next && (next.text === '-' || next.text === '–') && tokens[i + 2]?.text === 'based') return false;
  if (next && next.text === ',' && tokens[i + 2] && /^(D\.C\.|DC)$/.test(tokens[i + 2].text)) return false;
  if (next && next.word && /^(state|D\.C\.|DC)$/.test(next.text)) return false;
  if (prev && prev.word && prev.cap && !prev.sentenceStart) return false;
  const blockStart = !prev;
  if (blockStart && (t.upper || (next && ['(', '—', '–', ','].includes(next.text)))) return false;
  if (t.upper) return false;
  if (prev && prev.word) {
    const p = prev.text.toLowerCase();
    if (LOCATIVE_BEFORE.has(p) || p === 'a' || p === 'an' || p === 'the' || p === 'of') return false;
    if (p === 'from' && next?.text === 'to') return false; // "from Paris to Prague"
    if (p === 'from') {
      const pp = prevToken(tokens, i - 1);
      if (pp && pp.word && /(ed|ing|turned|came|went|flew)$/.test(pp.text)) return false;
    }
  }
  return true;
}
