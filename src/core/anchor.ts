/**
 * Content anchors: finding a span again in an edited document by its text and surroundings.
 *
 * Re-anchoring tries, in order:
 *   1. the exact text with its exact context before and after (the nearest such occurrence to the
 *      occurrence hint when several fit);
 *   2. the exact text alone: the occurrence whose surroundings agree longest with the stored
 *      context, then the one nearest the occurrence hint;
 *   3. the same text with its white space changed (a paragraph re-wrapped), chosen the same way;
 * and otherwise gives up (the caller reports the correction as orphaned).
 */
import type { Anchor } from './corrections-model';

/** Characters of context kept on each side of an anchored span. */
export const ANCHOR_CONTEXT = 32;

export interface Located {
  start: number;
  end: number;
  /** Which step found it: `context` (exact, context agrees), `text` (exact text, context changed), `whitespace`. */
  how: 'context' | 'text' | 'whitespace';
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Every start offset where `needle` occurs in `text` (overlapping occurrences included). */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The anchor of `text.slice(start, end)`. Throws a RangeError for an empty or out-of-range span
 * (a programming error, not bad input).
 */
export function createAnchor(text: string, start: number, end: number, context = ANCHOR_CONTEXT): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`no span ${start}–${end} in a text of length ${text.length}`);
  }
  const span = text.slice(start, end);
  let b = Math.max(0, start - context);
  if (b > 0 && isLow(text.charCodeAt(b))) b--; // never split a surrogate pair
  let a = Math.min(text.length, end + context);
  if (a < text.length && isHigh(text.charCodeAt(a - 1))) a++;
  const occurrence = occurrences(text, span).indexOf(start);
  return { text: span, before: text.slice(b, start), after: text.slice(end, a), occurrence: Math.max(0, occurrence) };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

interface Candidate {
  start: number;
  end: number;
  /** Index among the candidates of its step, to compare with the occurrence hint. */
  index: number;
}

function contextScore(text: string, anchor: Anchor, c: Candidate): number {
  const before = text.slice(Math.max(0, c.start - anchor.before.length), c.start);
  const after = text.slice(c.end, c.end + anchor.after.length);
  return commonSuffix(before, anchor.before) + commonPrefix(after, anchor.after);
}

function best(text: string, anchor: Anchor, cands: Candidate[]): Candidate {
  let pick = cands[0];
  let pickScore = -1;
  for (const c of cands) {
    const s = contextScore(text, anchor, c);
    const closer = Math.abs(c.index - anchor.occurrence) < Math.abs(pick.index - anchor.occurrence);
    if (s > pickScore || (s === pickScore && closer)) {
      pick = c;
      pickScore = s;
    }
  }
  return pick;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the anchor's text is now, or null when it is gone. */
export function resolveAnchor(text: string, anchor: Anchor): Located | null {
  if (!anchor.text) return null;
  const len = anchor.text.length;
  const exact: Candidate[] = occurrences(text, anchor.text).map((start, index) => ({ start, end: start + len, index }));
  const full = exact.filter((c) => contextScore(text, anchor, c) === anchor.before.length + anchor.after.length);
  if (full.length > 0) {
    const c = full.reduce((p, x) => (Math.abs(x.index - anchor.occurrence) < Math.abs(p.index - anchor.occurrence) ? x : p));
    return { start: c.start, end: c.end, how: 'context' };
  }
  if (exact.length > 0) {
    const c = best(text, anchor, exact);
    return { start: c.start, end: c.end, how: 'text' };
  }
  const words = anchor.text.split(/\s+/);
  if (words.length < 2) return null;
  const re = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  const loose: Candidate[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    loose.push({ start: m.index, end: m.index + m[0].length, index: loose.length });
    re.lastIndex = m.index + 1;
  }
  if (loose.length === 0) return null;
  const c = best(text, anchor, loose);
  return { start: c.start, end: c.end, how: 'whitespace' };
}
