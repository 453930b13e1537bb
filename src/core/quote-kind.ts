/**
 * Reported speech or quoted term? Quoted titles, nicknames, slogans and scare quotes ("red line",
 * the “Make America Great Again” cap, Robert C. "Bobby" Scott, MSNBC's "Morning Joe") are terms;
 * everything quoted that reproduces someone's words is a quote. A quote with a reporting cue next
 * to it is always a quote, however short (said they agreed to “stabilize” ties), and so are words
 * written on a sign or shirt (a sign that read “...”), chanted or shouted (chants of “...”), or
 * someone's use of words (used the phrase “...”). Glosses (Spanish for “...”), terms being defined
 * (a “...,” which is defined as) and quoted modifiers (the “sex tape” reference) are terms.
 */
import { memoOf, memoSlot, type AnalysisMemo } from './block-memo';
import type { QuoteKind, Range } from './detect-types';
import type { ProseDoc } from './prose';
import type { Quotation } from './quote-marks';
import { buildContext, sentenceCeil, sentenceFloor, type BlockCtx, type PieceRef } from './attribution/context';
import { cueAfter, cueBefore, cueLaterInSentence, dashCredit, isLabellingVerb, isSpeechVerb, previousSentenceCue, transcriptLabel } from './attribution/cues';
import { LANGUAGE_NAMES, MEDIA_NOUNS, SHOUTING_WORDS, WORD_USAGE_VERBS, MINOR_TITLE_WORDS, WORK_NOUNS, NAMED_BY_TITLE_BEFORE, NAMING_WORDS, OUTLET_BEFORE, TERM_INTRODUCERS } from './data/term-cues';
import { startsUpper, type Token } from './attribution/text';

const MINOR = new Set(MINOR_TITLE_WORDS);
const NAMING = new Set(NAMING_WORDS);
const MEDIA = new Set(MEDIA_NOUNS);
const WORKS = new Set(WORK_NOUNS);
const LANGUAGES = new Set(LANGUAGE_NAMES);
const USAGE = new Set(WORD_USAGE_VERBS);
const SHOUTS = new Set(SHOUTING_WORDS);
const WORDS_NOUNS = new Set(['word', 'words', 'term', 'terms', 'phrase']);
const NAMED_BEFORE = new Set(NAMED_BY_TITLE_BEFORE);
const OUTLET = new Set(OUTLET_BEFORE);
const INTRODUCERS = TERM_INTRODUCERS.map((s) => s.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', "'s", 'any', 'some', 'so-called', 'new', 'first', 'own', 'latest']);
const NOT_NOUN_AFTER = new Set([
  'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'than', 'is', 'was', 'are',
  'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'if', 'when',
  'while', 'because', 'which', 'who', 'where', 'about', 'into', 'over', 'after', 'before', 'since', 'until', 'so', 'not',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'the', 'a', 'an', 'said', 'says', 'says', 'according', 'even',
  'also', 'just', 'only', 'then', 'now', 'there', 'here', 'do', 'does', 'did', 'up', 'out', 'off', 'down', 'against',
  'among', 'between', 'through', 'during', 'without', 'within', 'like', 'unlike', 'toward', 'towards', 'per', 'via',
]);

export interface KindReason {
  kind: QuoteKind;
  /** Why a quotation is a term ('title-case', 'named', 'nickname', 'modifier'), or what made it a quote. */
  reason: string;
}

function strongCue(b: BlockCtx, p: PieceRef): boolean {
  return !!(transcriptLabel(b, p) ?? dashCredit(b, p) ?? cueAfter(b, p) ?? cueBefore(b, p) ?? cueLaterInSentence(b, p) ?? previousSentenceCue(b, p));
}

/** Words of the quote's inside (letters and digits). */
function innerWords(inner: string): string[] {
  return inner.split(/[\s\u00a0]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w.length > 0);
}

function isTitleCase(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 9) return false;
  let caps = 0;
  for (const w of words) {
    if (startsUpper(w) || /^\p{N}/u.test(w)) caps++;
    else if (!MINOR.has(w.toLowerCase())) return false;
  }
  return caps > 0 && /^[\p{Lu}\p{N}]/u.test(words[0]);
}

function prevWords(toks: readonly Token[], first: number, n: number): string[] {
  const out: string[] = [];
  for (let i = first - 1; i >= 0 && out.length < n; i--) {
    if (toks[i].quote >= 0) break;
    out.unshift(toks[i].kind === 'word' ? toks[i].lower : toks[i].text);
  }
  return out;
}

function isReportingWord(t: Token): boolean {
  return t.quote < 0 && (isSpeechVerb(t) || isLabellingVerb(t) || t.lower === 'according');
}

/** True when the quote's sentence holds a reporting verb outside quotes before it (or after it too: `after`). */
function speechInSentence(b: BlockCtx, p: PieceRef, after = true): boolean {
  const toks = b.toks;
  const floor = sentenceFloor(b, p.firstTok);
  for (let i = p.firstTok - 1; i >= floor; i--) if (isReportingWord(toks[i])) return true;
  if (!after) return false;
  const ceil = sentenceCeil(b, p.lastTok);
  for (let i = p.lastTok + 1; i <= ceil; i++) if (isReportingWord(toks[i])) return true;
  return false;
}

/**
 * "what lawmakers called “fraud”", "which Tim Cook, called “crap”": a relative pronoun before the
 * naming verb makes its subject the one who used the words, not a name for a thing.
 */
function namerBefore(b: BlockCtx, verbAt: number): boolean {
  const toks = b.toks;
  const floor = Math.max(sentenceFloor(b, verbAt), verbAt - 8);
  for (let i = verbAt; i >= floor; i--) {
    const t = toks[i];
    if (t.quote >= 0) return false;
    if (t.lower === 'what' || t.lower === 'which') return true;
  }
  return false;
}

/** ", which is defined as", "that are defined": the quote just before is a term being defined. */
function definedAfter(toks: readonly Token[], from: number): boolean {
  let i = from;
  if (toks[i]?.text === ',') i++;
  if (toks[i]?.lower !== 'which' && toks[i]?.lower !== 'that') return false;
  const be = toks[i + 1]?.lower;
  if (be !== 'is' && be !== 'are' && be !== 'was' && be !== 'were') return false;
  return toks[i + 2]?.lower === 'defined';
}

/** "labeled “top secret” by the State Department": a naming verb with its agent after the quote reports the agent's words. */
function agentAfter(toks: readonly Token[], from: number): boolean {
  if (toks[from]?.lower !== 'by') return false;
  const next = toks[from + 1];
  return !!next && next.quote < 0 && (next.lower === 'the' || startsUpper(next.text));
}

/** Classifies one quotation piece. */
export function classifyPiece(b: BlockCtx, p: PieceRef): KindReason {
  const r = classifyPiece0(b, p);
  return { kind: r.kind, reason: r.reason + (speechInSentence(b, p) ? '+speech' : '') };
}

function classifyPiece0(b: BlockCtx, p: PieceRef): KindReason {
  const toks = b.toks;
  const words = innerWords(p.inner);
  const inner = p.inner.trim();
  const sentenceLike = /[.!?…]["'’”]?$/.test(inner.replace(/[,;:]$/, '')) && words.length >= 3;
  // a paragraph that is all quote, or a long quotation: reported speech
  if (words.length > 9 || (p.firstTok === 0 && p.lastTok >= toks.length - 2 && words.length > 3)) return { kind: 'quote', reason: 'long' };
  // a stage direction "(CROSSTALK.)" or a word mentioned, not said ("she" is a "he")
  if (/^\(.*\)[.]?$/.test(inner) || (words.length === 1 && /^(he|she|it|they|him|her|i|we|you)$/i.test(words[0]))) return { kind: 'term', reason: 'mention' };
  const before = prevWords(toks, p.firstTok, 4);
  const last = before[before.length - 1];
  const after = toks[p.lastTok + 1];
  const afterWord = after && after.kind === 'word' && after.quote < 0 ? after : null;
  const cue = strongCue(b, p);
  const titleCase = isTitleCase(words) && !/[!?]$/.test(inner);
  // words written on a sign, a shirt, a message: a sign that read “Hispanics 4 Trump”, a hat reading, “...”
  // ("one of his recent reads, “X,”" is a noun: a book he read)
  const readVerb = last === ',' ? before[before.length - 2] : last;
  const readNoun = readVerb === 'reads' && (DETERMINERS.has(before[before.length - (last === ',' ? 3 : 2)] ?? '') || DETERMINERS.has(before[before.length - (last === ',' ? 4 : 3)] ?? ''));
  if ((readVerb === 'read' || readVerb === 'reads' || readVerb === 'reading') && !readNoun) return { kind: 'quote', reason: 'written' };
  // what a crowd chanted or someone shouted: chants of “Ted! Ted! Ted!”, shouted “Lock her up”
  if (last && (SHOUTS.has(last) || (last === 'of' && (SHOUTS.has(before[before.length - 2] ?? '') || before[before.length - 2] === 'calls')))) return { kind: 'quote', reason: 'shouted' };
  // a title after a possessive, "on", a media noun or a naming verb: MSNBC's "Morning Joe", on "Face the Nation", his book, "An American Son"
  if (titleCase) {
    const lastWord = before.filter((w) => w !== ',').pop();
    if (lastWord && (lastWord === "'s" || lastWord === 'on' || MEDIA.has(lastWord) || NAMING.has(lastWord))) return { kind: 'term', reason: 'title' };
    // an outlet: told “Fox and Friends”, in an interview with “Fox News Sunday”
    if (words.length >= 2 && lastWord && (OUTLET.has(lastWord) || (lastWord === 'with' && before.some((w) => OUTLET.has(w))) || (lastWord === 'of' && before.some((w) => MEDIA.has(w) || w === 'broadcast' || w === 'edition')))) return { kind: 'term', reason: 'title' };
    // a name before what it names: the “Make America Great Again” hat, the “Orange is the New Black” star
    if (afterWord && NAMED_BEFORE.has(afterWord.lower) && !/[.!?,;:]$/.test(inner)) return { kind: 'term', reason: 'title' };
  }
  // a term the text goes on to define: a "targeted employment area," which is defined as ...
  if (words.length <= 4 && !cue && definedAfter(toks, p.lastTok + 1)) return { kind: 'term', reason: 'defined' };
  // a translation gloss: Spanish for “witches”, Latin for "if you wish peace, prepare for war."
  if (last === 'for' && LANGUAGES.has(before[before.length - 2] ?? '') && startsUpper(toks[p.firstTok - 2]?.text ?? '')) return { kind: 'term', reason: 'gloss' };
  // the title of a work set off by commas after it, in any case: her commentary, "Tell your story," is ...
  if (!cue && last === ',' && WORKS.has(before[before.length - 2] ?? '') && /,$/.test(inner) && afterWord) return { kind: 'term', reason: 'title' };
  // nickname: Robert C. "Bobby" Scott
  if (words.length <= 3 && isTitleCase(words) && last && startsUpper(toks[p.firstTok - 1]?.text ?? '') && afterWord && startsUpper(afterWord.text)) {
    return { kind: 'term', reason: 'nickname' };
  }
  // introduced as a name: a play called "X", known as "X", the word "X", so-called "X"
  for (const intro of INTRODUCERS) {
    const n = intro.length;
    if (before.length >= n && intro.every((w, i) => before[before.length - n + i] === w)) {
      if (after && after.text === ',' && intro[intro.length - 1] === 'words') continue;
      // someone's use of the words is reported: Clinton stopped using the phrase “illegal immigrant”
      const verb = before[before.length - n - 1] === 'with' ? before[before.length - n - 2] : before[before.length - n - 1];
      if (intro[0] === 'the' && WORDS_NOUNS.has(intro[1]) && USAGE.has(verb ?? '')) return { kind: 'quote', reason: 'used' };
      return { kind: 'term', reason: 'named' };
    }
  }
  if (last && NAMING.has(last)) {
    // "a play called “X”" (a noun before the verb) vs "Trump called her a “disaster”"
    const prev = toks[p.firstTok - 2];
    if (prev && prev.quote < 0 && (prev.kind !== 'word' || (prev.text === prev.lower && !['he', 'she', 'they', 'it', 'i', 'we', 'who'].includes(prev.lower))) && !namerBefore(b, p.firstTok - 2) && !agentAfter(toks, p.lastTok + 1)) {
      if (!cue) return { kind: 'term', reason: 'named' };
    }
  }
  if (cue) return { kind: 'quote', reason: 'cue' };
  if (sentenceLike) return { kind: 'quote', reason: 'sentence' };
  // titles of works and shows, names of campaigns: Title Case
  if (titleCase) return { kind: 'term', reason: 'title-case' };
  // a quoted modifier: the “sex tape” reference, a "dry port", unless a reporting verb leads to it
  // (a quote whose own punctuation ends it, “strong leader,” comparing him, modifies nothing after it)
  if (words.length <= 4 && !/[,;:.!?]$/.test(inner) && !speechInSentence(b, p, false) && last && (DETERMINERS.has(last) || (before.length >= 2 && DETERMINERS.has(before[before.length - 2]) && /^[a-z-]+$/.test(last) && !NOT_NOUN_AFTER.has(last) && !/ly$/.test(last))) && afterWord && afterWord.text === afterWord.lower && !NOT_NOUN_AFTER.has(afterWord.lower) && !/ly$/.test(afterWord.lower)) {
    return { kind: 'term', reason: 'modifier' };
  }
  return { kind: 'quote', reason: 'default' };
}

/**
 * The kind of each first piece of a block, in the order of their starts, by the block's text and
 * the pieces' places in it, for an incremental annotator (see block-memo.ts): a piece's kind
 * depends on its block alone.
 */
const BLOCK_KINDS = memoSlot<QuoteKind[]>();

/** One kind per quotation (its first piece decides). */
export function classifyQuotations(doc: ProseDoc, quotations: readonly Quotation[]): QuoteKind[] {
  const firsts: Range[] = quotations.map((q) => q.pieces[0]);
  const memo = memoOf(doc);
  if (memo) return classifyWithMemo(doc, quotations, firsts, memo);
  const ctx = buildContext(doc, firsts);
  return quotations.map((q, i) => {
    if (q.pieces.length > 1) return 'quote';
    const p = ctx.pieceAt[i];
    if (p.block < 0 || p.firstTok < 0) return 'quote';
    return classifyPiece(ctx.blocks[p.block], p).kind;
  });
}

function classifyWithMemo(doc: ProseDoc, quotations: readonly Quotation[], firsts: readonly Range[], memo: AnalysisMemo): QuoteKind[] {
  const kindsMemo = memo.memo(BLOCK_KINDS);
  const out: QuoteKind[] = quotations.map(() => 'quote');
  /** The first pieces of each block, in the caller's order (sorted below as buildContext sorts them). */
  const byBlock = new Map<number, number[]>();
  firsts.forEach((p, i) => {
    const b = doc.blockIndexAt(p.start);
    if (b < 0) return;
    const list = byBlock.get(b);
    if (list) list.push(i);
    else byBlock.set(b, [i]);
  });
  const missed = new Map<number, string>();
  for (const [bi, list] of byBlock) {
    list.sort((a, b) => firsts[a].start - firsts[b].start);
    const blk = doc.blocks[bi];
    let sub = '';
    for (const i of list) sub += `${firsts[i].start - blk.start},${firsts[i].end - blk.start};`;
    const placed = kindsMemo.take(memo.blockText(bi), sub);
    if (!placed) {
      missed.set(bi, sub);
      continue;
    }
    list.forEach((i, k) => {
      if (quotations[i].pieces.length === 1) out[i] = placed.value[k];
    });
  }
  if (missed.size === 0) return out;
  const ctx = buildContext(doc, firsts, false, new Set(missed.keys()));
  for (const [bi, sub] of missed) {
    const b = ctx.blocks[bi];
    const kinds = b.pieces.map((p): QuoteKind => (p.firstTok < 0 ? 'quote' : classifyPiece(b, p).kind));
    kindsMemo.put(memo.blockText(bi), kinds, b.range.start, bi, sub);
    b.pieces.forEach((p, k) => {
      if (quotations[p.index].pieces.length === 1) out[p.index] = kinds[k];
    });
  }
  return out;
}
