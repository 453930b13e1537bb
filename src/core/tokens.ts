/**
 * Tokens of the prose view for the entity detectors: words (with internal apostrophes, "O'Neill"),
 * dotted abbreviations ("U.S.", "D.C."), initials ("J."), possessive endings ("'s" as a token of
 * its own) and single punctuation characters. One linear pass with one precompiled regex.
 */
import { isAsciiAlnum, isJsSpace } from './chars';
import { memoOf, memoSlot } from './block-memo';
import type { ProseDoc } from './prose';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Block index in `doc.blocks`. */
  block: number;
  /** A word, abbreviation or initial (not punctuation, not a possessive ending). */
  word: boolean;
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case (and at least two letters). */
  upper: boolean;
  /** First word of a sentence (or of a block, or after an opening quote at a sentence start). */
  sentenceStart: boolean;
  /** Whitespace (or nothing at all for the first token) stands right before the token. */
  spaceBefore: boolean;
}

export interface TokenStream {
  tokens: Token[];
  /** True for blocks written in title case (headlines), where capitals tell nothing. */
  titleCase: boolean[];
}

// Dotted abbreviations, initials, words with inner apostrophes, possessive endings, any other character.
// Inside a word, runs of C1 controls and Latin-1 symbols (mis-decoded UTF-8: "FranÃÂ§ois") join letters.
const TOKEN_RE = /(?:\p{L}\.){2,}|\p{Lu}\.(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:(?:['’]|[\u0080-\u00a9\u00ac-\u00bf]+)[\p{L}\p{M}]+)*|['’][sS](?![\p{L}\p{N}])|\S/gu;
/** TOKEN_RE anchored at lastIndex: every non-space character starts a match. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');
const POSSESSIVE_RE = /^(.+)(['’][sS])$/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
const UPPER_START_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '*', '_']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '*', '_', '—', '–', '-']);
/** Abbreviations whose period does not end a sentence. */
const NO_BREAK_ABBR = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sec', 'st',
  'jr', 'sr', 'prof', 'rev', 'vs', 'no', 'nos', 'amb', 'atty', 'cmdr', 'mt', 'ft', 'pres', 'sens', 'reps',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co',
]);

/** Words that title case leaves in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'per', 'than']);

const cache = new WeakMap<ProseDoc, TokenStream>();

/** One block's tokens and whether it is written in title case. */
interface BlockTokens {
  tokens: Token[];
  titleCase: boolean;
}

/** Each block's tokens, by the block's text and whether it is a heading, for an incremental annotator (see block-memo.ts). */
const BLOCK_TOKENS = memoSlot<BlockTokens>();

export function tokenize(doc: ProseDoc): TokenStream {
  const hit = cache.get(doc);
  if (hit) return hit;
  const text = doc.text;
  const blocks = doc.blocks;
  const memo = memoOf(doc);
  const memoTokens = memo?.memo(BLOCK_TOKENS);
  const tokens: Token[] = [];
  const titleCase: boolean[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const blk = blocks[b];
    // (a heading's capitals are read more loosely: the kind is part of the key)
    const key = memo ? memo.blockText(b) : '';
    const sub = blk.kind === 'heading' ? 'h' : '';
    let part: BlockTokens | undefined;
    const placed = memoTokens?.take(key, sub);
    if (placed) {
      part = placed.value;
      const by = blk.start - placed.start;
      const blockBy = b - placed.block;
      if (by !== 0 || blockBy !== 0) {
        for (const t of part.tokens) {
          t.start += by;
          t.end += by;
          t.block += blockBy;
        }
        placed.start = blk.start;
        placed.block = b;
      }
    } else {
      part = tokenizeBlock(text, blk.start, blk.end, b, blk.kind === 'heading');
      memoTokens?.put(key, part, blk.start, b, sub);
    }
    for (const t of part.tokens) tokens.push(t);
    titleCase.push(part.titleCase);
  }
  const result = { tokens, titleCase };
  cache.set(doc, result);
  return result;
}

/**
 * The tokens of the block [start, end) of the view `text`, block number `block`. A block's tokens
 * depend on its text alone: blocks stand apart, white space between them.
 */
function tokenizeBlock(text: string, start0: number, blockEnd: number, block: number, heading: boolean): BlockTokens {
  const tokens: Token[] = [];
  const push = (start: number, end: number, s: string, word: boolean): void => {
    const c0 = s.charCodeAt(0);
    const cap = word && (c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER_START_RE.test(s));
    const prev = start === 0 ? 32 : text.charCodeAt(start - 1);
    tokens.push({
      start,
      end,
      text: s,
      block,
      word,
      cap,
      // (a lower-case ASCII second letter settles it without the regexes: "Trump")
      upper: cap && s.length >= 2 && !(s.charCodeAt(1) >= 97 && s.charCodeAt(1) <= 122) && !HAS_LOWER_RE.test(s) && countLetters(s) >= 2,
      sentenceStart: false,
      spaceBefore: prev === 32 || prev === 10 || prev === 9 || prev === 13 || prev === 160 || (prev > 127 && /\s/.test(text[start - 1])),
    });
  };
  const textLen = text.length;
  let pos = start0;
  while (pos < blockEnd) {
    // The next match of TOKEN_RE: white space is skipped; a run of ASCII letters and digits that
    // ends in white space or ASCII punctuation other than . and ' is a word (the regex would give
    // the same); any other token is read with the regex itself, anchored where it starts.
    const c = text.charCodeAt(pos);
    if (isJsSpace(c)) {
      pos++;
      continue;
    }
    const start = pos;
    let end = -1;
    if (isAsciiAlnum(c)) {
      let j = pos + 1;
      while (j < textLen && isAsciiAlnum(text.charCodeAt(j))) j++;
      const d = j < textLen ? text.charCodeAt(j) : 32;
      if (d !== 46 && d !== 39 && d < 128) end = j;
    } else if (c < 128 && c !== 39) end = pos + 1;
    let s: string;
    if (end > 0) s = text.slice(start, end);
    else {
      // (test, not exec: no match array; a non-space character always starts a match)
      TOKEN_AT.lastIndex = pos;
      s = TOKEN_AT.test(text) ? text.slice(start, TOKEN_AT.lastIndex) : text[pos];
    }
    pos = start + s.length;
    if (s.length === 1 && !isLetterOrDigitChar(s)) {
      push(start, start + 1, s, false);
      continue;
    }
    if ((s[0] === "'" || s[0] === '’') && s.length === 2) {
      push(start, start + 2, s, false);
      continue;
    }
    // POSSESSIVE_RE without the regex and its match array: a word of 3+ characters ending ['’][sS],
    // whose part before the ending does not itself end with an apostrophe
    const n = s.length;
    const last = s.charCodeAt(n - 1);
    const apos = s.charCodeAt(n - 2);
    if (n >= 3 && (last === 115 || last === 83) && (apos === 39 || apos === 0x2019)) {
      const before = s.charCodeAt(n - 3);
      if (before !== 39 && before !== 0x2019) {
        push(start, start + n - 2, s.slice(0, n - 2), true);
        push(start + n - 2, start + n, s.slice(n - 2), false);
        continue;
      }
    }
    push(start, start + s.length, s, true);
  }
  markSentences(tokens);
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    // (lower-casing never shortens a string, and no minor word is longer than four letters)
    if (t.word && startsWithLetter(t.text) && !(t.text.length <= 4 && MINOR_WORDS.has(t.text.toLowerCase()))) {
      words++;
      if (t.cap) caps++;
    }
  }
  const titleCase = (words >= 3 && words <= 30 && caps / words >= 0.95) || (heading && words > 0 && caps / words >= 0.6);
  return { tokens, titleCase };
}

/** Drops the token stream kept for `doc` (the next tokenize(doc) makes it again): frees it once the detectors that read it are done. */
export function forgetTokens(doc: ProseDoc): void {
  cache.delete(doc);
}

/** LETTER_RE or DIGIT_RE on one UTF-16 unit, without a regex for ASCII. */
function isLetterOrDigitChar(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return isAsciiAlnum(c);
  return LETTER_RE.test(s) || DIGIT_RE.test(s);
}

/** LETTER_RE on the first UTF-16 unit of s. */
function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_RE.test(s[0]);
}

function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (LETTER_RE.test(ch)) n++;
  return n;
}

function markSentences(tokens: Token[]): void {
  let expectStart = true;
  let prevBlock = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.block !== prevBlock) {
      expectStart = true;
      prevBlock = t.block;
    }
    if (t.word) {
      if (expectStart) t.sentenceStart = true;
      expectStart = false;
      continue;
    }
    const c = t.text;
    if (c === '.' || c === '!' || c === '?') {
      const prev = tokens[i - 1];
      const abbr = c === '.' && prev && prev.end === t.start && prev.word && (NO_BREAK_ABBR.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text));
      if (!abbr) expectStart = true;
    } else if (c === ':' ) {
      // A colon opens a new sentence only before a capitalised word; the next word decides below.
      const next = tokens[i + 1];
      if (next && next.cap) expectStart = true;
    } else if (!CLOSERS.has(c) && !OPENERS.has(c)) {
      expectStart = false;
    }
  }
}

/** Lower-case form used by lexicon look-ups, without a final period. */
export function keyOf(t: Token): string {
  return t.text.toLowerCase();
}

const SPLIT_RE = new RegExp(TOKEN_RE.source, 'gu');

/** Splits a lexicon phrase into token texts the way `tokenize` does (possessive endings apart). */
export function splitPhrase(s: string): string[] {
  const out: string[] = [];
  SPLIT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPLIT_RE.exec(s)) !== null) {
    const pm = POSSESSIVE_RE.exec(m[0]);
    if (pm && m[0].length > 2 && pm[1].length > 0) out.push(pm[1], pm[2]);
    else out.push(m[0]);
  }
  return out;
}
