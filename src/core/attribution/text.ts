/**
 * Tokens and sentences of one prose block, for the attribution rules. Tokens carry view offsets
 * and whether they stand inside a quotation (including its marks).
 */
import { isAsciiAlnum } from '../chars';
import type { Range } from '../detect-types';

export type TokenKind = 'word' | 'punct' | 'mark';

export interface Token extends Range {
  text: string;
  lower: string;
  kind: TokenKind;
  /** Index of the quote piece the token lies in (marks included), or -1. */
  quote: number;
}

/** Abbreviations that keep their final period (lower case, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'rev',
  'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'sec', 'del', 'amb', 'ft', 'mt', 'gov', 'supt', 'atty',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'est', 'approx', 'dept', 'univ', 'assn', 'bros',
  'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss',
  'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'ala', 'ark', 'del',
  'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'r.i', 'w.va', 'd.c', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

const UPPER_START = /^\p{Lu}/u;

/** /^\p{Lu}/u.test(s), without the regex for an ASCII first character. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** s.replace(/\.$/, ''): one final period off. */
export function withoutPeriod(s: string): string {
  return s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s;
}

const QUOTE_MARK_CHARS = '“”„‟«»"';

/** Whether the UTF-16 unit `code` (NaN past the end of the text) is a letter, digit or mark. */
function isLetterOrDigit(code: number): boolean {
  // ASCII without a regex: letters and digits only (no ASCII character is a mark)
  if (code < 128) return isAsciiAlnum(code);
  if (!(code >= 128)) return false;
  // one UTF-16 unit: the regex's answer, kept per unit
  let v = LETTER_OR_DIGIT[code];
  if (v === 0) LETTER_OR_DIGIT[code] = v = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

/** Per UTF-16 unit: 0 not looked at yet, 1 a letter, digit or mark, 2 not. */
const LETTER_OR_DIGIT = new Uint8Array(65536);

/**
 * Splits [start, end) of `t` into tokens. Words keep inner apostrophes, hyphens and periods of
 * abbreviations (U.S., Mr.); a possessive ’s is its own token.
 */
export function tokenize(t: string, start: number, end: number, quotes: readonly Range[]): Token[] {
  const out: Token[] = [];
  let qi = 0;
  const quoteAt = (i: number): number => {
    while (qi < quotes.length && quotes[qi].end <= i) qi++;
    return qi < quotes.length && quotes[qi].start <= i ? qi : -1;
  };
  let i = start;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 13 || c === 0x200b) {
      i++;
      continue;
    }
    if (isLetterOrDigit(c)) {
      let j = i + 1;
      while (j < end) {
        const d = t.charCodeAt(j);
        if (isLetterOrDigit(d)) j++;
        // - ' ’ . between two letters or digits
        else if ((d === 45 || d === 39 || d === 0x2019 || d === 46) && isLetterOrDigit(t.charCodeAt(j + 1)) && j + 1 < end) j += 2;
        else break;
      }
      // possessive: split ’s (['’]s$/i on a word of three characters or more)
      const last = t.charCodeAt(j - 1);
      const apos = t.charCodeAt(j - 2);
      const poss = j - i > 2 && (last === 115 || last === 83) && (apos === 39 || apos === 0x2019);
      if (poss) j -= 2;
      let word = t.slice(i, j);
      let lower = word.toLowerCase();
      // a final period belongs to an abbreviation or an initial
      if (!poss && t.charCodeAt(j) === 46 && j < end) {
        if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
          j++;
          word = t.slice(i, j);
          lower = word.toLowerCase();
        }
      }
      out.push({ start: i, end: j, text: word, lower, kind: 'word', quote: quoteAt(i) });
      if (poss) {
        out.push({ start: j, end: j + 2, text: t.slice(j, j + 2), lower: "'s", kind: 'word', quote: quoteAt(j) });
        j += 2;
      }
      i = j;
      continue;
    }
    // two apostrophes used as a double mark
    if (c === 39 && t.charCodeAt(i + 1) === 39) {
      out.push({ start: i, end: i + 2, text: "''", lower: "''", kind: 'mark', quote: quoteAt(i) });
      i += 2;
      continue;
    }
    const ch = t[i];
    const kind: TokenKind = QUOTE_MARK_CHARS.includes(ch) ? 'mark' : 'punct';
    out.push({ start: i, end: i + 1, text: ch, lower: ch, kind, quote: quoteAt(i) });
    i++;
  }
  return out;
}

/** True when token k (a . ! ? outside quotes) ends a sentence. */
export function endsSentence(toks: readonly Token[], k: number): boolean {
  const tk = toks[k];
  if (tk.kind !== 'punct' || (tk.text !== '.' && tk.text !== '!' && tk.text !== '?' && tk.text !== ';')) return false;
  const next = toks[k + 1];
  if (!next) return true;
  if (tk.text === ';') return true;
  return next.kind === 'mark' || /^[\p{Lu}\p{N}(“"‘'[]/u.test(next.text);
}

/** Capitalised words that open a sentence and never continue a name: after "the U.S." they start a new one. */
const SENTENCE_OPENERS = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'The', 'But']);

/** True when token k is an abbreviation holding a sentence's final period ("… in the U.S. He says"). */
export function abbreviationEndsSentence(toks: readonly Token[], k: number): boolean {
  const tk = toks[k];
  if (tk.kind !== 'word' || !tk.text.endsWith('.') || !/\p{L}\.\p{L}/u.test(tk.text)) return false;
  const next = toks[k + 1];
  return !!next && next.kind === 'word' && SENTENCE_OPENERS.has(next.text);
}

/** True when the quote piece ending before token k closed a sentence inside its marks (“… done.” Next). */
export function quoteEndsSentence(t: string, innerEnd: number, toks: readonly Token[], k: number): boolean {
  let e = innerEnd;
  while (e > 0 && (t[e - 1] === ' ' || t[e - 1] === '\u00a0')) e--;
  const last = t[e - 1];
  if (last !== '.' && last !== '!' && last !== '?' && last !== '…') return false;
  const next = toks[k];
  if (!next) return true;
  return /^\p{Lu}/u.test(next.text) || next.kind === 'mark';
}
