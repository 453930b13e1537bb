/**
 * Quotation-mark pairing: finds the quoted spans of a prose view, paragraph by paragraph, in one
 * left-to-right pass per paragraph (linear time, no regular-expression backtracking).
 *
 * Double marks: “ ” „ ‟ « » and straight " (opening or closing decided from the neighbours), and
 * two apostrophes '' used as a double mark. A quote of another style inside an open quote is
 * nested; single quotes ‘…’ / '…' inside a double quote are nested quotes, apostrophes are not.
 * A paragraph that opens a quote and does not close it continues in the next paragraph when that
 * paragraph opens with a mark of the same style; otherwise the quote ends at the paragraph end.
 */
import type { Range } from './detect-types';
import type { ProseDoc } from './prose';

export type MarkStyle = 'curly' | 'straight' | 'twoapos' | 'guillemet' | 'single';
type MarkKind = 'open' | 'close' | 'either';

interface Mark {
  /** View offset of the mark's first character. */
  at: number;
  /** Length in characters (2 for ''). */
  len: number;
  style: MarkStyle;
  kind: MarkKind;
}

/** One quoted piece inside one paragraph, marks included. */
export interface QuotedPiece extends Range {
  /** Offset just after the opening mark and of the closing mark (or the piece end when unclosed). */
  innerStart: number;
  innerEnd: number;
  style: MarkStyle;
  closed: boolean;
  nested: Range[];
}

/** A quotation: one piece per paragraph it spans. */
export interface Quotation {
  pieces: QuotedPiece[];
}

const OPEN_SHAPED = new Set(['“', '„', '«']);
const CLOSE_SHAPED = new Set(['”', '‟', '»']);

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f' || c === '\u200b' || c === '\ufeff';
}

/** Characters that may stand right before an opening mark. */
function isOpenContext(c: string | undefined): boolean {
  return isSpace(c) || c === '(' || c === '[' || c === '{' || c === '—' || c === '–' || c === '-' || c === '/' || c === ':';
}

/** Characters that may stand right after a closing mark. */
function isCloseContextAfter(c: string | undefined): boolean {
  return isSpace(c) || c === undefined || '.,;:!?)]}—–-…\'’'.includes(c);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function styleOf(c: string): MarkStyle {
  if (c === '"') return 'straight';
  if (c === '«' || c === '»') return 'guillemet';
  return 'curly';
}

/** Lines of a block: the pairing unit (a soft line break may still be crossed, see below). */
function linesOf(t: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  while (s <= end) {
    let i = t.indexOf('\n', s);
    if (i < 0 || i > end) i = end;
    if (i > s) out.push({ start: s, end: i });
    s = i + 1;
  }
  return out;
}

function firstNonSpace(t: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(t[i])) i++;
  return i;
}

function classify(t: string, at: number, len: number, c: string, lineStart: number): MarkKind {
  if (firstNonSpace(t, lineStart, at) === at) return 'open';
  const before = t[at - 1];
  const after = t[at + len];
  const openish = isOpenContext(before) && !isSpace(after);
  const closeish = !isSpace(before) && isCloseContextAfter(after);
  if (c === '„') return 'open';
  // guillemets point either way: « French » and »German« (a reversed pair only against a word)
  if (c === '«') return closeish && !openish && !isSpace(before) ? 'close' : 'open';
  if (c === '»') return openish && !closeish && isWordChar(after) ? 'open' : 'close';
  if (OPEN_SHAPED.has(c)) return closeish && !openish ? 'close' : 'open';
  if (CLOSE_SHAPED.has(c)) return openish && !closeish ? 'open' : 'close';
  if (openish && !closeish) return 'open';
  if (closeish && !openish) return 'close';
  return 'either';
}

/** End of the markup tag starting at `i` (`<name …>` or `</name>` within the line), or -1. */
function tagEnd(t: string, i: number, end: number): number {
  const n = t[i + 1] === '/' ? i + 2 : i + 1;
  if (!/[A-Za-z]/.test(t[n] ?? '')) return -1;
  for (let j = n + 1; j < end; j++) {
    if (t[j] === '>') return j + 1;
    if (t[j] === '<') return -1;
  }
  return -1;
}

/** The double marks of one line, in order. */
function marksOf(t: string, line: Range): Mark[] {
  const out: Mark[] = [];
  for (let i = line.start; i < line.end; i++) {
    const code = t.charCodeAt(i);
    // only ' " “ ” „ ‟ « » are marks, and < may open a tag: skip every other character without a string or a look-up
    if (code !== 39 && code !== 34 && code !== 60 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201f)) continue;
    const c = t[i];
    if (c === '<') {
      // a markup tag left in the text (<a href=”…” target=”_blank”>): its attribute marks quote nothing
      const e = tagEnd(t, i, line.end);
      if (e > 0) i = e - 1;
      continue;
    }
    if (c === "'") {
      // '' (exactly two, or three = '' plus a nested ') used as a double mark
      let n = 1;
      while (i + n < line.end && t[i + n] === "'") n++;
      if (n === 2 || n === 3) {
        const before = t[i - 1];
        const openish = isOpenContext(before) && !isSpace(t[i + n]);
        // for three, the double part is the outer one: ''' opening = '' + ', closing = ' + ''
        const at = n === 3 && !openish ? i + 1 : i;
        const kind: MarkKind = firstNonSpace(t, line.start, i) === i || openish ? 'open' : 'close';
        out.push({ at, len: 2, style: 'twoapos', kind });
      }
      i += n - 1;
      continue;
    }
    if (c === '"' || OPEN_SHAPED.has(c) || CLOSE_SHAPED.has(c)) {
      out.push({ at: i, len: 1, style: styleOf(c), kind: classify(t, i, 1, c, line.start) });
    }
  }
  return out;
}

/** Single-quote pairs inside [start, end): nested quotations, apostrophes skipped. */
export function singleQuotedIn(t: string, start: number, end: number): Range[] {
  return scanSingles(t, start, end).pairs;
}

/**
 * The single-quote pairs inside [start, end), apostrophes skipped, and the offset of an opening
 * single mark left unclosed at `end` (-1 when none).
 */
export function scanSingles(t: string, start: number, end: number): { pairs: Range[]; openAt: number } {
  const out: Range[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = t[i];
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const before = t[i - 1];
    const after = t[i + 1];
    if (isWordChar(before) && isWordChar(after)) continue; // it’s, Trump’s, rock ’n’ roll (inner)
    if (c === "'" && ((i + 1 < end && t[i + 1] === "'") || (i > start && t[i - 1] === "'"))) continue; // part of '' (the range ends at its marks)
    if (open < 0) {
      const openCtx = isOpenContext(before) || before === '"' || before === '“' || before === '\u00ab' || i === start;
      if (c === '’') continue; // closing-shaped: ’90s, ’n’
      if (!openCtx || isSpace(after)) continue;
      if (c === "'" && /\d/.test(after ?? '') && /\d/.test(t[i + 2] ?? '') && !/\d/.test(t[i + 3] ?? '')) continue; // '90s
      if (c === "'" && isWordChar(after) && t[i + 2] === "'" && !isWordChar(t[i + 3])) continue; // 'n'
      open = i;
    } else {
      const closeCtx = isCloseContextAfter(after) || after === '"' || after === '”' || after === '»' || i === end - 1;
      if (c === '‘') continue;
      if (isSpace(before) || !closeCtx) continue;
      if ((t[i - 2] === "'" || t[i - 2] === '‘' || t[i - 2] === '’') && isWordChar(before) && isSpace(t[i - 3])) continue; // 'n'
      // a plural possessive (the Joneses’ house) followed by a later closer: keep looking
      // (not before a function word: ‘yes’ and ‘no’)
      if (before === 's' && isSpace(after) && isWordChar(t[i + 2]) && !FUNCTION_WORD_AFTER.has(wordAt(t, i + 2, end)) && hasLaterCloser(t, i + 1, end)) continue;
      if (i > open + 1) out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return { pairs: out, openAt: open };
}

/** Words that follow a closing single quote, never a plural possessive ("‘yes’ and", "‘Tis the times’ of"). */
const FUNCTION_WORD_AFTER = new Set(['and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'was', 'are', 'were', 'he', 'she', 'they', 'it', 'i', 'we', 'you', 'said', 'says', 'the', 'a', 'an', 'that', 'than', 'then', 'when', 'if']);

/** The lower-case word starting at `i` (at most 12 characters looked at). */
function wordAt(t: string, i: number, end: number): string {
  let j = i;
  while (j < end && j < i + 12 && isWordChar(t[j])) j++;
  return t.slice(i, j).toLowerCase();
}

function hasLaterCloser(t: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = t[i];
    if ((c === '’' || c === "'") && !isSpace(t[i - 1]) && !(isWordChar(t[i - 1]) && isWordChar(t[i + 1])) && (isCloseContextAfter(t[i + 1]) || i === end - 1)) return true;
  }
  return false;
}

interface Open {
  mark: Mark;
}

/** Pairs the quotation marks of a whole document. */
export function findQuotations(doc: ProseDoc): Quotation[] {
  const t = doc.text;
  const out: Quotation[] = [];
  let carry: Quotation | null = null;
  let carryStyle: MarkStyle | null = null;
  let carryBlock = -1;

  doc.blocks.forEach((block, bi) => {
    const lines = linesOf(t, block.start, block.end);
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li];
      const marks = marksOf(t, line);
      // index of the next mark of the same style, for each mark (one backward pass)
      const nextSameStyle: number[] = new Array(marks.length).fill(-1);
      const lastSeen = new Map<MarkStyle, number>();
      for (let j = marks.length - 1; j >= 0; j--) {
        nextSameStyle[j] = lastSeen.get(marks[j].style) ?? -1;
        lastSeen.set(marks[j].style, j);
      }
      let cur: Quotation | null = null;
      const stack: Open[] = [];
      let k = 0;
      // continuation of a quote left open at the end of the previous paragraph
      if (carry) {
        const sameBlockLine = carryBlock === bi;
        const m0 = marks[0];
        if (m0 && m0.style === carryStyle && firstNonSpace(t, line.start, m0.at) === m0.at) {
          cur = carry;
          stack.push({ mark: m0 });
          k = 1;
        } else if (sameBlockLine && m0 && m0.style === carryStyle && m0.kind !== 'open' && !isCreditLine(t, carry, line, m0)) {
          // a soft line break inside a quote (hard-wrapped text): the quote goes on until this closer
          cur = carry;
          const last = cur.pieces.pop();
          if (last) stack.push({ mark: { at: last.start, len: last.innerStart - last.start, style: last.style, kind: 'open' } });
        } else {
          out.push(carry);
        }
        carry = null;
        carryStyle = null;
      }
      // marks paired inside the open quote ("It was "fake," he said,"): its nested quotes
      let paired: Range[] = [];
      const closeAt = (endAt: number, endLen: number, closed: boolean): void => {
        const bottom = stack[0].mark;
        const piece = makePiece(t, bottom, endAt, endLen, closed, paired);
        paired = [];
        if (!cur) cur = { pieces: [] };
        cur.pieces.push(piece);
        out.push(cur);
        cur = null;
        stack.length = 0;
      };
      for (; k < marks.length; k++) {
        const m = marks[k];
        let kind = m.kind;
        if (kind === 'either') kind = stack.some((s) => s.mark.style === m.style) ? 'close' : 'open';
        if (kind === 'open') {
          if (stack.length === 0) {
            stack.push({ mark: m });
            continue;
          }
          if (stack[stack.length - 1].mark.style !== m.style) {
            stack.push({ mark: m });
            continue;
          }
          // same style inside an open quote: nested only when the next two marks of that style both close
          let seen = 0;
          let bothClose = true;
          for (let j = nextSameStyle[k]; j >= 0 && seen < 2; j = nextSameStyle[j]) {
            seen++;
            if (marks[j].kind === 'open') bothClose = false;
          }
          if (seen === 2 && bothClose) {
            stack.push({ mark: m });
            continue;
          }
          closeAt(trimEnd(t, stack[0].mark.at, m.at), 0, false);
          stack.push({ mark: m });
          continue;
        }
        // closing mark
        if (stack.length === 0) {
          const nextSame = nextSameStyle[k] >= 0 ? marks[nextSameStyle[k]] : undefined;
          if (nextSame && nextSame.kind !== 'open') stack.push({ mark: m }); // ”like this,” used as an opener
          continue;
        }
        let j = stack.length - 1;
        while (j >= 0 && stack[j].mark.style !== m.style) j--;
        if (j < 0) {
          if (stack.length > 1) continue;
          j = 0; // opened with one style, closed with another
        }
        if (j === 0) {
          closeAt(m.at, m.len, true);
          continue;
        }
        paired.push({ start: stack[j].mark.at, end: m.at + m.len });
        stack.length = j;
      }
      if (stack.length > 0) {
        // open at the line end: carried to the next line/paragraph
        const piece = makePiece(t, stack[0].mark, trimEnd(t, stack[0].mark.at, line.end), 0, false, paired);
        if (!cur) cur = { pieces: [] };
        cur.pieces.push(piece);
        carry = cur;
        carryStyle = stack[0].mark.style;
        carryBlock = li < lines.length - 1 ? bi : -1;
      }
    }
  });
  if (carry) out.push(carry);
  // a lone mark ("They see that. “" at a paragraph end) quotes nothing
  return out.filter((q) => q.pieces.some((p) => hasWordChar(t, p.innerStart, p.innerEnd)));
}

function hasWordChar(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordChar(t[i])) return true;
  return false;
}

/**
 * A quote whose sentence ended at the line end, then a short line of names closed by the mark
 * ("...I never begrudged it.↵Bill Clinton."): the line credits the quote, it does not continue it.
 */
function isCreditLine(t: string, carry: Quotation, line: Range, closer: Mark): boolean {
  const last = carry.pieces[carry.pieces.length - 1];
  if (!last || !/[.!?…]/.test(t[last.end - 1] ?? '')) return false;
  if (firstNonSpace(t, closer.at + closer.len, line.end) < line.end || t[closer.at - 1] !== '.') return false;
  const words = t.slice(line.start, closer.at).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(words[0]) && caps * 2 > words.length;
}

function trimEnd(t: string, from: number, end: number): number {
  let e = end;
  while (e > from + 1 && isSpace(t[e - 1])) e--;
  return e;
}

function makePiece(t: string, open: Mark, endAt: number, endLen: number, closed: boolean, paired: readonly Range[]): QuotedPiece {
  const innerStart = open.at + open.len;
  const innerEnd = endAt;
  const end = endAt + endLen;
  const inside = paired.filter((r) => r.start >= innerStart && r.end <= innerEnd);
  return { start: open.at, end, innerStart, innerEnd, style: open.style, closed, nested: nestedIn(t, innerStart, innerEnd, open.style, inside) };
}

/** Nested quotations inside a quoted piece: single-quoted spans and double marks of another style. */
function nestedIn(t: string, start: number, end: number, style: MarkStyle, paired: readonly Range[]): Range[] {
  const out = singleQuotedIn(t, start, end);
  out.push(...paired);
  if (style !== 'curly') {
    let open = -1;
    for (let i = start; i < end; i++) {
      const c = t[i];
      if (c === '“' && open < 0) open = i;
      else if (c === '”' && open >= 0) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  } else {
    let open = -1;
    for (let i = start; i < end; i++) {
      if (t[i] !== '"') continue;
      if (open < 0) open = i;
      else {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  // the outermost ones, never overlapping (one pass over them sorted: a range starting inside the
  // last kept one is within it or crosses it)
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Range[] = [];
  for (const r of out) {
    const last = kept[kept.length - 1];
    if (!last || r.start >= last.end) kept.push(r);
  }
  return kept;
}
