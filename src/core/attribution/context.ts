/**
 * Per-document context for the attribution rules: each block's tokens, its quote pieces and
 * sentence boundaries, built once.
 */
import { isJsSpace } from '../chars';
import type { Range } from '../detect-types';
import { memoOf, memoSlot } from '../block-memo';
import type { ProseDoc } from '../prose';
import { abbreviationEndsSentence, endsSentence, startsUpper, tokenize, type Token } from './text';

export interface PieceRef extends Range {
  /** Index of the piece in the caller's list. */
  index: number;
  /** Block index. */
  block: number;
  /** Token indices in the block: opening mark and last token of the piece (closing mark if closed). */
  firstTok: number;
  lastTok: number;
  innerEnd: number;
  /** Text of the piece between its marks. */
  inner: string;
}

export interface BlockCtx {
  index: number;
  range: Range;
  toks: Token[];
  pieces: PieceRef[];
  /** sentence id of each token (boundaries outside quotes). */
  sentence: Int32Array;
  /** First and last token index of each token's sentence. */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
}

/** How far the rules look for a cue or a subject, in tokens: keeps every rule linear. */
export const SCAN = 80;

/** First token of k's sentence, at most SCAN tokens back. */
export function sentenceFloor(b: BlockCtx, k: number): number {
  return Math.max(b.sentenceFirst[k] ?? 0, k - SCAN);
}

/** Last token of k's sentence, at most SCAN tokens on. */
export function sentenceCeil(b: BlockCtx, k: number): number {
  return Math.min(b.sentenceLast[k] ?? k, k + SCAN);
}

export interface DocCtx {
  doc: ProseDoc;
  blocks: BlockCtx[];
  /** Piece index → its BlockCtx and PieceRef. */
  pieceAt: PieceRef[];
}

/**
 * The tokens of each block, made once per document: the quote classifier and the attribution build
 * their contexts over other pieces, and only `quote` differs. The contexts of one document share
 * these token objects, each context marking their `quote` anew: only the context built last for a
 * document is valid (the pipeline builds one, uses it, then builds the next).
 */
const docTokens = new WeakMap<ProseDoc, Token[][]>();

function blockTokens(doc: ProseDoc, bi: number): Token[] {
  let list = docTokens.get(doc);
  if (!list) docTokens.set(doc, (list = new Array<Token[]>(doc.blocks.length)));
  let toks = list[bi];
  if (!toks) {
    const blk = doc.blocks[bi];
    const memo = memoOf(doc);
    if (!memo) return (list[bi] = tokenize(doc.text, blk.start, blk.end, []));
    const memoToks = memo.memo(BLOCK_TOKENS);
    const key = memo.blockText(bi);
    const placed = memoToks.take(key);
    if (placed) {
      toks = placed.value;
      const by = blk.start - placed.start;
      if (by !== 0) {
        for (const tk of toks) {
          tk.start += by;
          tk.end += by;
        }
        placed.start = blk.start;
      }
    } else {
      toks = tokenize(doc.text, blk.start, blk.end, []);
      memoToks.put(key, toks, blk.start, bi);
    }
    list[bi] = toks;
  }
  return toks;
}

/**
 * The sentences of each block and the token span of each of its pieces, by its text and the places
 * of its pieces, for an incremental annotator: they depend on the block alone. (Read only: the
 * arrays are shared by the contexts that take them.)
 */
const BLOCK_SENTENCES = memoSlot<{ sentence: Int32Array; sentenceFirst: Int32Array; sentenceLast: Int32Array; firstTok: Int32Array; lastTok: Int32Array }>();

/** Each block's tokens, by its text, for an incremental annotator (see block-memo.ts); `quote` is marked anew by each context. */
const BLOCK_TOKENS = memoSlot<Token[]>();

/** Marks each token with the piece it lies in, by its start, as tokenize(t, start, end, ps) would. */
function markQuotes(toks: readonly Token[], ps: readonly Range[]): void {
  let qi = 0;
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    while (qi < ps.length && ps[qi].end <= tk.start) qi++;
    tk.quote = qi < ps.length && ps[qi].start <= tk.start ? qi : -1;
  }
}

/** Whether [start, end) of t, white space at its end left out, ends with . ! ? or … */
function endsWithStop(t: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isJsSpace(t.charCodeAt(e - 1))) e--;
  if (e <= start) return false;
  const c = t.charCodeAt(e - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Builds the context; `pieces` are quote ranges (marks included), in any order. With `sparse`,
 * blocks holding no piece are left without tokens (for rules that only look inside those blocks),
 * and the blocks that hold one get tokens of their own: the shared ones stay as the last full
 * context marked them. With `only`, the other blocks are left without tokens too (for a caller
 * that knows what the rules find in them).
 */
export function buildContext(doc: ProseDoc, pieces: readonly Range[], sparse = false, only?: ReadonlySet<number>): DocCtx {
  const t = doc.text;
  const byBlock: PieceRef[][] = doc.blocks.map(() => []);
  const pieceAt: PieceRef[] = [];
  pieces.forEach((p, index) => {
    const b = doc.blockIndexAt(p.start);
    let innerEnd = p.end;
    if (p.end > p.start && '”"»“\'’'.includes(t[p.end - 1])) innerEnd = t[p.end - 1] === "'" && t[p.end - 2] === "'" ? p.end - 2 : p.end - 1;
    const openLen = t.startsWith("''", p.start) ? 2 : 1;
    const ref: PieceRef = { start: p.start, end: p.end, index, block: b, firstTok: -1, lastTok: -1, innerEnd, inner: t.slice(p.start + openLen, innerEnd) };
    pieceAt[index] = ref;
    if (b >= 0) byBlock[b].push(ref);
  });
  const memo = sparse ? undefined : memoOf(doc);
  const memoSentences = memo?.memo(BLOCK_SENTENCES);
  const blocks: BlockCtx[] = doc.blocks.map((blk, bi) => {
    const ps = byBlock[bi].sort((a, b) => a.start - b.start);
    let toks: Token[];
    if (only && !only.has(bi)) toks = [];
    else if (sparse) toks = ps.length === 0 ? [] : tokenize(t, blk.start, blk.end, ps);
    else markQuotes((toks = blockTokens(doc, bi)), ps);
    let sub = '';
    if (memo && memoSentences && toks.length > 0) {
      // the sentences of a block with the same text and the same pieces in the same places
      for (const p of ps) sub += `${p.start - blk.start},${p.end - blk.start};`;
      const placed = memoSentences.take(memo.blockText(bi), sub);
      if (placed) {
        const v = placed.value;
        ps.forEach((p, k) => {
          p.firstTok = v.firstTok[k];
          p.lastTok = v.lastTok[k];
        });
        return { index: bi, range: { start: blk.start, end: blk.end }, toks, pieces: ps, sentence: v.sentence, sentenceFirst: v.sentenceFirst, sentenceLast: v.sentenceLast };
      }
    }
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i].quote;
      if (k < 0) continue;
      const p = ps[k];
      if (p.firstTok < 0) p.firstTok = i;
      p.lastTok = i;
    }
    const sentence = new Int32Array(toks.length);
    let s = 0;
    for (let i = 0; i < toks.length; i++) {
      sentence[i] = s;
      const tk = toks[i];
      if (tk.quote < 0 && (endsSentence(toks, i) || abbreviationEndsSentence(toks, i))) s++;
      else if (tk.quote >= 0 && (i + 1 >= toks.length || toks[i + 1].quote !== tk.quote)) {
        // a quote that ends with . ! ? and is followed by a capitalised word or a new quote ends a sentence
        const p = ps[tk.quote];
        const next = toks[i + 1];
        if (endsWithStop(t, p.start, p.innerEnd) && (!next || next.kind === 'mark' || (startsUpper(next.text) && !startsCueAfter(toks, i + 1)))) s++;
      }
    }
    const sentenceFirst = new Int32Array(toks.length);
    const sentenceLast = new Int32Array(toks.length);
    for (let i = 0; i < toks.length; i++) sentenceFirst[i] = i > 0 && sentence[i - 1] === sentence[i] ? sentenceFirst[i - 1] : i;
    for (let i = toks.length - 1; i >= 0; i--) sentenceLast[i] = i < toks.length - 1 && sentence[i + 1] === sentence[i] ? sentenceLast[i + 1] : i;
    if (memo && memoSentences && toks.length > 0) {
      const value = { sentence, sentenceFirst, sentenceLast, firstTok: Int32Array.from(ps, (p) => p.firstTok), lastTok: Int32Array.from(ps, (p) => p.lastTok) };
      memoSentences.put(memo.blockText(bi), value, blk.start, bi, sub);
    }
    return { index: bi, range: { start: blk.start, end: blk.end }, toks, pieces: ps, sentence, sentenceFirst, sentenceLast };
  });
  return { doc, blocks, pieceAt };
}

/**
 * A capitalised word after a quote that begins "Name said"/"He said": still the quote's sentence,
 * when the cue closes it ("… he said." / "… Cruz told reporters on Monday."). A cue followed by a
 * clause of its own ("… Kasich said he would have fired him") opens a new sentence.
 */
function startsCueAfter(toks: readonly Token[], k: number): boolean {
  for (let i = k; i < Math.min(toks.length, k + 6); i++) {
    const w = toks[i].lower;
    if (w === 'said' || w === 'says' || w === 'told' || w === 'asked' || w === 'added' || w === 'wrote') return cueClosesSentence(toks, i);
    if (toks[i].kind !== 'word') return false;
  }
  return false;
}

/** Words a cue may carry before its sentence ends ("told reporters on Monday."). */
const CUE_TAIL_WORDS = new Set(['on', 'in', 'at', 'to', 'a', 'an', 'the', 'later', 'then', 'also', 'again', 'reporters', 'me', 'us', 'him', 'her', 'them', 'statement', 'interview', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'evening', 'night', 'week', 'recently', 'earlier']);

function cueClosesSentence(toks: readonly Token[], v: number): boolean {
  for (let i = v + 1; i < Math.min(toks.length, v + 7); i++) {
    const tk = toks[i];
    if (tk.kind === 'mark' || tk.text === '.' || tk.text === ',' || tk.text === ';' || tk.text === ':' || tk.text === '—' || tk.text === '–') return true;
    if (tk.kind === 'word' && !CUE_TAIL_WORDS.has(tk.lower) && !startsUpper(tk.text)) return false;
  }
  return v + 1 >= toks.length;
}
