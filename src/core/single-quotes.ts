/**
 * Single quotation marks as a document's main marks, as much of the British press writes them:
 * ‘We have no choice,’ said Mick Lynch. In a document that quotes mostly in double marks, a single
 * pair outside them is a title or a scare quote and is left alone (quote-marks.ts nests the ones
 * inside a double quote); in a document with more single pairs outside double quotes than double
 * quotations, those single pairs are its quotations. A paragraph that leaves a single quote open
 * continues it in the next paragraph when that one opens with a single mark, as for double marks.
 */
import type { Range } from './detect-types';
import type { ProseDoc } from './prose';
import { scanSingles, type QuotedPiece, type Quotation } from './quote-marks';

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

function piece(t: string, start: number, end: number, closed: boolean): QuotedPiece {
  let e = end;
  while (e > start + 1 && isBlank(t.charCodeAt(e - 1))) e--;
  return { start, end: e, innerStart: start + 1, innerEnd: closed ? e - 1 : e, style: 'single', closed, nested: [] };
}

function overlapsAny(r: Range, ranges: readonly Range[]): boolean {
  return ranges.some((x) => x.start < r.end && r.start < x.end);
}

/**
 * The ranges of `rs` (sorted by start) that overlap none of `ranges` (sorted by start, not
 * overlapping each other): one walk of both, so a paragraph of many marks stays linear.
 */
function outside(rs: readonly Range[], ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  let k = 0;
  for (const r of rs) {
    while (k < ranges.length && ranges[k].end <= r.start) k++;
    if (!(k < ranges.length && ranges[k].start < r.end)) out.push(r);
  }
  return out;
}

function hasWordChar(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(t[i])) return true;
  return false;
}

/** The offset of the block's first visible character. */
function firstVisible(t: string, block: Range): number {
  let i = block.start;
  while (i < block.end && isBlank(t.charCodeAt(i))) i++;
  return i;
}

/**
 * The single-quoted quotations of a document whose main marks are single ones, given its double
 * quotations (none otherwise). Linear: one scan of each block.
 */
export function primarySingleQuotes(doc: ProseDoc, doubles: readonly Quotation[]): Quotation[] {
  const t = doc.text;
  const doublePieces: Range[][] = doc.blocks.map(() => []);
  for (const q of doubles) {
    for (const p of q.pieces) {
      const b = doc.blockIndexAt(p.start);
      if (b >= 0) doublePieces[b].push(p);
    }
  }
  const out: Quotation[] = [];
  let pairs = 0;
  let carry: Quotation | null = null;
  doc.blocks.forEach((block, bi) => {
    const inDoubles = doublePieces[bi].sort((a, b) => a.start - b.start);
    const { pairs: found, openAt } = scanSingles(t, block.start, block.end);
    const mine = outside(found, inDoubles).filter((r) => hasWordChar(t, r.start + 1, r.end - 1));
    // a quote left open in the paragraph before goes on when this one opens with a single mark
    const opening = firstVisible(t, block);
    if (carry && mine.length > 0 && mine[0].start === opening) {
      const first = mine.shift()!;
      carry.pieces.push(piece(t, first.start, first.end, true));
      out.push(carry);
      pairs++;
      carry = null;
    } else if (carry && openAt === opening && mine.length === 0 && !overlapsAny({ start: openAt, end: block.end }, inDoubles)) {
      // the quote goes on over this whole paragraph, still open
      carry.pieces.push(piece(t, openAt, block.end, false));
      return;
    } else if (carry) {
      out.push(carry);
      carry = null;
    }
    for (const r of mine) {
      out.push({ pieces: [piece(t, r.start, r.end, true)] });
      pairs++;
    }
    if (openAt >= 0 && hasWordChar(t, openAt + 1, block.end) && !overlapsAny({ start: openAt, end: block.end }, inDoubles)) {
      carry = { pieces: [piece(t, openAt, block.end, false)] };
    }
  });
  if (carry) out.push(carry);
  return pairs > doubles.length ? out : [];
}
