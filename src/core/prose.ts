/**
 * Markdown → prose view with exact source offsets.
 *
 * The document is parsed with unified + remark-parse (plus GFM tables and YAML front matter).
 * Only prose is kept: paragraphs, headings and table cells, wherever they stand (lists, block
 * quotes), with the visible text of emphasis and links. Code, HTML, front matter, images and bare
 * URLs are left out. The kept text is laid into one string, the *view*, blocks separated by a blank
 * line, and every view character remembers where it came from in the source, so that a range found
 * in the view maps back to the exact source span even through emphasis markers, backslash escapes,
 * character references, block-quote prefixes and list indentation.
 *
 * Parsing one long document at once costs more than linear time inside the parser, so the source
 * is first cut, in one linear pass, into runs of top-level blocks that parse the same on their own
 * as within the document (see splitChunks); each run is parsed alone (a plain paragraph needs no
 * parser at all) and its view is laid after the previous ones. A ProseCache keeps the view of each
 * run by its text, so that after an edit only the changed runs are parsed again.
 */
import { unified, type Data, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Range } from './detect-types';

export type BlockKind = 'paragraph' | 'heading' | 'tableCell';

export interface ProseBlock {
  /** View range of the block's text. */
  start: number;
  end: number;
  kind: BlockKind;
  /** Heading depth (1-6), 0 for other blocks. */
  depth: number;
  /** True when the block stands inside a block quote. */
  quoted: boolean;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const BLOCK_SEPARATOR = '\n\n';
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/**
 * Of GitHub Flavored Markdown, tables and strikethrough change what is prose. The rest of GFM is
 * left out for speed (its autolink-literal scan alone triples the parse time): bare URLs are
 * found by BARE_URL below, and footnotes and task lists read fine as plain text.
 */
function remarkProseGfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

/**
 * The parse of a unified processor made of remark-parse and syntax plugins, without unified's own
 * work around it (a virtual file per call, more than the parse itself on a short run): the same
 * call of mdast-util-from-markdown with the extensions the plugins registered.
 */
function markdownParser(p: { freeze(): { data(): Data } }): (doc: string) => MdNode {
  const data = p.freeze().data();
  const extensions = data.micromarkExtensions ?? [];
  const mdastExtensions = data.fromMarkdownExtensions ?? [];
  return (doc) => fromMarkdown(doc, { extensions, mdastExtensions }) as unknown as MdNode;
}

const parser = markdownParser(unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkProseGfm));
const plainParser = markdownParser(unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']));
/** For every run but the first: front matter only exists on the document's first line. */
const innerParser = markdownParser(unified().use(remarkParse).use(remarkProseGfm));
const innerPlainParser = markdownParser(unified().use(remarkParse));

/** A bare URL in running text (no nested quantifiers: linear). */
const BARE_URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]'*_]/gi;

/**
 * Maps view indices to source offsets. Pieces are either copy runs (view and source advance
 * together) or atoms (one or more view characters standing for a source stretch of another
 * length: a character reference, an escape, a separator).
 */
class OffsetMap {
  private readonly viewStart: number[] = [];
  private readonly srcStart: number[] = [];
  private readonly srcLen: number[] = [];
  private readonly copy: boolean[] = [];
  private viewLength = 0;

  get length(): number {
    return this.viewLength;
  }

  addCopy(src: number, len: number): void {
    if (len <= 0) return;
    const n = this.viewStart.length - 1;
    if (n >= 0 && this.copy[n] && this.srcStart[n] + this.srcLen[n] === src && this.viewStart[n] + this.srcLen[n] === this.viewLength) {
      this.srcLen[n] += len;
    } else {
      this.viewStart.push(this.viewLength);
      this.srcStart.push(src);
      this.srcLen.push(len);
      this.copy.push(true);
    }
    this.viewLength += len;
  }

  addAtom(viewLen: number, src: number, srcLen: number): void {
    if (viewLen <= 0) return;
    this.viewStart.push(this.viewLength);
    this.srcStart.push(src);
    this.srcLen.push(srcLen);
    this.copy.push(false);
    this.viewLength += viewLen;
  }

  /** Appends the pieces of `other`, a map of a text laid at view `viewAt` and source `srcAt`. */
  append(other: OffsetMap, viewAt: number, srcAt: number): void {
    for (let p = 0; p < other.viewStart.length; p++) {
      this.viewStart.push(other.viewStart[p] + viewAt);
      this.srcStart.push(other.srcStart[p] + srcAt);
      this.srcLen.push(other.srcLen[p]);
      this.copy.push(other.copy[p]);
    }
    this.viewLength = viewAt + other.viewLength;
  }

  /** Takes back the last piece, an atom `viewLen` characters long. */
  removeLastAtom(viewLen: number): void {
    this.viewStart.pop();
    this.srcStart.pop();
    this.srcLen.pop();
    this.copy.pop();
    this.viewLength -= viewLen;
  }

  private pieceAt(i: number): number {
    let lo = 0;
    let hi = this.viewStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.viewStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset where view character `i` begins. */
  startOf(i: number): number {
    if (this.viewStart.length === 0) return 0;
    const p = this.pieceAt(i);
    return this.copy[p] ? this.srcStart[p] + (i - this.viewStart[p]) : this.srcStart[p];
  }

  /** Source offset where view character `i` ends (exclusive). */
  endOf(i: number): number {
    if (this.viewStart.length === 0) return 0;
    const p = this.pieceAt(i);
    return this.copy[p] ? this.srcStart[p] + (i - this.viewStart[p]) + 1 : this.srcStart[p] + this.srcLen[p];
  }
}

export class ProseDoc {
  constructor(
    readonly source: string,
    readonly text: string,
    readonly blocks: readonly ProseBlock[],
    private readonly map: OffsetMap,
  ) {}

  /** Maps a non-empty view range to the source range it came from. */
  toSource(range: Range): Range {
    if (range.end <= range.start) {
      const at = range.start < this.text.length ? this.map.startOf(range.start) : this.source.length;
      return { start: at, end: at };
    }
    return { start: this.map.startOf(range.start), end: this.map.endOf(range.end - 1) };
  }

  /** Index of the block that contains view offset `i`, or -1 (between blocks). */
  blockIndexAt(i: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid];
      if (i < b.start) hi = mid - 1;
      else if (i >= b.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

function decodeEntity(source: string, at: number): { text: string; length: number } | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(source);
  if (!m) return null;
  let text: string | false;
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    text = String.fromCodePoint(valid ? code : 0xfffd);
  } else {
    text = decodeNamedCharacterReference(m[3]);
  }
  return text === false ? null : { text, length: m[0].length };
}

class ViewBuilder {
  readonly parts: string[] = [];
  readonly map = new OffsetMap();
  readonly blocks: ProseBlock[] = [];

  constructor(private readonly source: string) {}

  /**
   * Lays `value` (a text node's decoded value) against its source stretch [from, to) and returns
   * the source offset it reached.
   */
  alignText(value: string, from: number, to: number): number {
    const src = this.source;
    // The value as written, without a backslash (which may escape): one copy, as the loop below would make.
    if (value.length > 0 && to - from === value.length && !value.includes('\\') && src.startsWith(value, from)) {
      this.parts.push(value);
      this.map.addCopy(from, value.length);
      return to;
    }
    let s = from;
    let i = 0;
    let runSrc = -1;
    let runLen = 0;
    const flush = (): void => {
      if (runLen > 0) {
        this.parts.push(value.slice(i - runLen, i));
        this.map.addCopy(runSrc, runLen);
      }
      runLen = 0;
    };
    while (i < value.length) {
      const c = value[i];
      if (s >= to) {
        // The value holds more than the source stretch: map the rest to the stretch end.
        flush();
        this.parts.push(value.slice(i));
        this.map.addAtom(value.length - i, to, 0);
        return to;
      }
      const sc = src[s];
      if (sc === '\\' && s + 1 < to && src[s + 1] === c && ASCII_PUNCT.test(c)) {
        flush();
        this.parts.push(c);
        this.map.addAtom(1, s, 2);
        s += 2;
        i++;
        continue;
      }
      // The parser reads U+0000 as U+FFFD (CommonMark's insecure-character rule): same length.
      if (sc === c || (sc === '\0' && c === '\ufffd')) {
        if (runLen === 0) runSrc = s;
        runLen++;
        s++;
        i++;
        continue;
      }
      if (sc === '&') {
        const e = decodeEntity(src, s);
        if (e && value.startsWith(e.text, i)) {
          flush();
          this.parts.push(e.text);
          this.map.addAtom(e.text.length, s, e.length);
          s += e.length;
          i += e.text.length;
          continue;
        }
      }
      // A source character that the value does not hold (prefix, indentation): skip it.
      flush();
      s++;
    }
    flush();
    return s;
  }

  /** Lays a text node into the view, leaving out bare URLs. */
  addText(value: string, from: number, to: number): void {
    if (!value.includes('://') && !/www\./i.test(value)) {
      this.alignText(value, from, to);
      return;
    }
    let s = from;
    let last = 0;
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(value); m; m = BARE_URL.exec(value)) {
      const at = this.source.indexOf(m[0], s);
      if (at < 0 || at >= to) continue; // written with escapes or references: keep it as text
      this.alignText(value.slice(last, m.index), s, at);
      this.addGap(at, m[0].length);
      s = at + m[0].length;
      last = m.index + m[0].length;
    }
    this.alignText(value.slice(last), s, to);
  }

  /** A stand-in for something left out of a line (inline code, HTML): one space. */
  addGap(src: number, srcLen: number): void {
    const n = this.parts.length;
    if (n > 0 && this.parts[n - 1].endsWith(' ')) return;
    this.parts.push(' ');
    this.map.addAtom(1, src, srcLen);
  }

  addBreak(src: number, srcLen: number): void {
    this.parts.push('\n');
    this.map.addAtom(1, src, srcLen);
  }

  beginBlock(): number {
    if (this.map.length > 0) {
      const last = this.blocks[this.blocks.length - 1];
      const at = last ? this.map.endOf(last.end - 1) : 0;
      this.parts.push(BLOCK_SEPARATOR);
      this.map.addAtom(BLOCK_SEPARATOR.length, at, 0);
    }
    return this.map.length;
  }

  endBlock(start: number, kind: BlockKind, depth: number, quoted: boolean): void {
    const end = this.map.length;
    if (end > start) this.blocks.push({ start, end, kind, depth, quoted });
    else if (start > 0) {
      // An empty block: take its separator back out.
      this.parts.pop();
      this.map.removeLastAtom(BLOCK_SEPARATOR.length);
    }
  }
}

function offsets(node: MdNode): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : [s, e];
}

function isBareUrl(node: MdNode): boolean {
  const kids = node.children ?? [];
  if (kids.length !== 1 || kids[0].type !== 'text') return false;
  const text = kids[0].value ?? '';
  const url = node.url ?? '';
  return text === url || `mailto:${text}` === url || `http://${text}` === url || /^(https?:|www\.|ftp:|mailto:)/i.test(text);
}

function walkInline(b: ViewBuilder, node: MdNode): void {
  for (const child of node.children ?? []) {
    const pos = offsets(child);
    switch (child.type) {
      case 'text':
        if (pos) b.addText(child.value ?? '', pos[0], pos[1]);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        walkInline(b, child);
        break;
      case 'link':
        if (isBareUrl(child)) {
          if (pos) b.addGap(pos[0], pos[1] - pos[0]);
        } else walkInline(b, child);
        break;
      case 'break':
        if (pos) b.addBreak(pos[0], pos[1] - pos[0]);
        break;
      default:
        // inlineCode, html, image, imageReference, footnoteReference: not prose.
        if (pos) b.addGap(pos[0], pos[1] - pos[0]);
    }
  }
}

function walkBlocks(b: ViewBuilder, node: MdNode, quoted: boolean): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const start = b.beginBlock();
        walkInline(b, child);
        b.endBlock(start, child.type, child.type === 'heading' ? child.depth ?? 1 : 0, quoted);
        break;
      }
      case 'blockquote':
        walkBlocks(b, child, true);
        break;
      case 'list':
      case 'listItem':
      case 'table':
      case 'tableRow':
      case 'footnoteDefinition':
        walkBlocks(b, child, quoted);
        break;
      default:
        // code, html, yaml, toml, thematicBreak, definition: not prose.
        break;
    }
  }
}

/** The prose view of one run of blocks, in the run's own coordinates. */
interface ChunkView {
  readonly text: string;
  readonly map: OffsetMap;
  readonly blocks: readonly ProseBlock[];
}

/**
 * Views of runs by their text, for re-building the view of an edited document: a run whose text
 * did not change is not parsed again. Holds the runs of the last two documents built with it.
 */
export class ProseCache {
  private previous = new Map<string, ChunkView>();
  private current = new Map<string, ChunkView>();

  get(key: string): ChunkView | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit) this.current.set(key, hit);
    return hit;
  }

  set(key: string, view: ChunkView): void {
    this.current.set(key, view);
  }

  /** Called after each document: forgets the runs that neither of the last two used. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** A run that is one plain paragraph: no character or line start that Markdown reads as syntax. */
const SYNTAX_CHAR = /[\\`*_[\]<>&|~\t\r\0\f\v\ufeff]/;
const SYNTAX_LINE = /(?:^|\n)(?:[ #=+-]|\d{1,9}[.)](?:[ \n]|$))| \n| $/;

/** The end of a run without its final line breaks. */
function endWithoutBreaks(chunk: string): number {
  let end = chunk.length;
  while (end > 0 && chunk.charCodeAt(end - 1) === 10) end--;
  return end;
}

function plainParagraphEnd(chunk: string): number {
  const end = endWithoutBreaks(chunk);
  if (end === 0 || chunk.charCodeAt(0) === 10) return -1;
  const body = end === chunk.length ? chunk : chunk.slice(0, end);
  if (body.includes('\n\n') || SYNTAX_CHAR.test(body) || SYNTAX_LINE.test(body)) return -1;
  return end;
}

/**
 * A run this long with no blank line in it is read as plain text, its Markdown markers kept as
 * characters: the parser's inline pass is super-linear on long runs of unmatched emphasis and link
 * markers within one paragraph. News paragraphs are a few hundred characters long.
 */
export const PLAIN_RUN_LIMIT = 50_000;

function plainRunEnd(chunk: string): number {
  if (chunk.length <= PLAIN_RUN_LIMIT) return plainParagraphEnd(chunk);
  const end = endWithoutBreaks(chunk);
  const blank = chunk.indexOf('\n\n');
  return blank >= 0 && blank < end ? plainParagraphEnd(chunk) : end;
}

/** Text a paragraph holds as it is: no inline syntax, no line that Markdown reads as another block. */
function isPlainText(body: string): boolean {
  return body.length > 0 && body.charCodeAt(0) !== 10 && !body.includes('\n\n') && !SYNTAX_CHAR.test(body) && !SYNTAX_LINE.test(body);
}

/**
 * One simple block without the parser, laid as the parser's tree would lay it (the same text
 * nodes at the same offsets): an ATX heading of plain text, a block quote or a "- " list item
 * holding one plain paragraph, or a paragraph opening with a plain **strong** run. Returns false,
 * laying nothing, for anything else.
 */
function laySimpleBlock(b: ViewBuilder, chunk: string): boolean {
  const end = endWithoutBreaks(chunk);
  const c0 = chunk.charCodeAt(0);
  if (c0 === 35) {
    // "# Title": one line; no # in it, so no closing sequence
    let depth = 1;
    while (depth < 7 && chunk.charCodeAt(depth) === 35) depth++;
    if (depth > 6 || chunk.charCodeAt(depth) !== 32) return false;
    const content = chunk.slice(depth + 1, end);
    if (content.includes('\n') || content.includes('#') || !isPlainText(content)) return false;
    b.addText(content, depth + 1, end);
    b.blocks.push({ start: 0, end: b.map.length, kind: 'heading', depth, quoted: false });
    return true;
  }
  if (c0 === 62 || c0 === 45) {
    // "> text" lines, or "- text" and lines indented by two spaces: the prefix off every line
    const quoted = c0 === 62;
    const lines = chunk.slice(0, end).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const ok = i === 0 || quoted ? l.charCodeAt(0) === c0 && l.charCodeAt(1) === 32 : l.charCodeAt(0) === 32 && l.charCodeAt(1) === 32;
      if (!ok || l.length < 3) return false;
      lines[i] = l.slice(2);
    }
    const inner = lines.join('\n');
    if (!isPlainText(inner)) return false;
    b.addText(inner, 2, end);
    b.blocks.push({ start: 0, end: b.map.length, kind: 'paragraph', depth: 0, quoted });
    return true;
  }
  if (c0 === 42 && chunk.charCodeAt(1) === 42) {
    // "**Strong words** rest": the closing ** right after a letter or digit closes the run
    const close = chunk.indexOf('**', 2);
    if (close < 3 || close + 2 > end) return false;
    const strong = chunk.slice(2, close);
    const rest = chunk.slice(close + 2, end);
    if (strong.includes('\n') || /^\s/.test(strong) || !/[\p{L}\p{N}]$/u.test(strong) || !isPlainText(strong) || !isPlainText('x' + strong + rest)) return false;
    b.addText(strong, 2, close);
    if (rest.length > 0) b.addText(rest, close + 2, end);
    b.blocks.push({ start: 0, end: b.map.length, kind: 'paragraph', depth: 0, quoted: false });
    return true;
  }
  return false;
}

function viewOfChunk(chunk: string, first: boolean): ChunkView {
  const b = new ViewBuilder(chunk);
  const end = plainRunEnd(chunk);
  if (end > 0) {
    b.addText(chunk.slice(0, end), 0, end);
    b.blocks.push({ start: 0, end: b.map.length, kind: 'paragraph', depth: 0, quoted: false });
  } else if (!laySimpleBlock(b, chunk)) {
    const gfm = chunk.includes('|') || chunk.includes('~~');
    const p = first ? (gfm ? parser : plainParser) : gfm ? innerParser : innerPlainParser;
    walkBlocks(b, p(chunk), false);
  }
  return { text: b.parts.join(''), map: b.map, blocks: b.blocks };
}

const RAW_HTML = /^<(?:script|pre|style|textarea)(?=[\t >]|$)/i;
/**
 * The end of a CDATA block as the parser reads it: "]]>" after a run of an even number of "]"
 * ("]]]>" does not end it: the parser reads the third "]" as the start of a new "]]>").
 */
const CDATA_END = /(?:^|[^\]])(?:\]\])+>/;
const RAW_HTML_END = /<\/(?:script|pre|style|textarea)>/i;

/**
 * Whether a line opening with this character code is, for splitChunks, plain: not blank, not
 * indented, no fence, HTML or byte-order mark.
 */
function isPlainLineStart(c: number): boolean {
  return c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 96 /* ` */ && c !== 126 /* ~ */ && c !== 60 /* < */ && c !== 0xfeff;
}

/**
 * Cuts Markdown into runs of top-level blocks, each of which parses on its own exactly as it does
 * within the whole document; returns the offsets where runs start (the first is 0). Linear: one
 * pass over the lines. A cut is made only before an unindented line that follows a blank line after
 * an unindented line, and never inside front matter, a fenced code block or an HTML block that a blank line does not end.
 * Where the structure is not certain (an indented fence or HTML opening, which may belong to a list
 * item; a fence after a table row or an HTML line) no further cut is made: the rest is one run.
 * A document with a link reference definition is one run (definitions are document-wide).
 */
export function splitChunks(source: string): number[] {
  const starts = [0];
  if (source.includes(']:')) return starts;
  const n = source.length;
  let pos = 0;
  // What the line being read stands in.
  let fence: RegExp | null = null; // the closing line of an open fenced code block
  let htmlEnd: RegExp | null = null; // end marker of an open HTML block of kind 1 to 5
  let untilBlank = false; // an HTML line that may open an HTML block a blank line ends
  let pipes = false; // a line with '|' since the last blank line (a table may be open)
  let content = false; // the current run has a non-blank line
  let blank = false; // a blank line since the last non-blank line
  let indentedBefore = false; // the last non-blank line was indented (code, list content)
  // The end of the line at `from` (e) and the start of the next (next), set by readLine.
  let e = 0;
  let next = 0;
  const hasCR = source.includes('\r');
  const readLine = (from: number): void => {
    if (!hasCR) {
      const i = source.indexOf('\n', from);
      e = i < 0 ? n : i;
      next = i < 0 ? n : i + 1;
      return;
    }
    for (e = from; e < n; e++) {
      const c = source.charCodeAt(e);
      if (c === 10 || c === 13) {
        next = c === 13 && source.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
        return;
      }
    }
    next = n;
  };

  // Front matter on the first line: the run goes on to its closing fence (none: no front matter,
  // but then do not guess).
  const fm = /^(---|\+\+\+)[ \t]*(?:\r\n?|\n)/.exec(source);
  if (fm) {
    const close = new RegExp(`(?:\\r\\n?|\\n)${fm[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r\\n?|\\n|$)`, 'g');
    close.lastIndex = fm[0].length - 1;
    const m = close.exec(source);
    if (!m) return starts;
    pos = m.index + m[0].length;
    content = true;
  }

  let nextPipe = -1; // the first '|' at or after pos, or n
  while (pos < n) {
    readLine(pos);
    // Most lines of prose open with a character that starts no block syntax of interest here:
    // only the cut and the table check apply, without copying the line.
    const c0 = source.charCodeAt(pos);
    if (!fence && !htmlEnd && e > pos && isPlainLineStart(c0)) {
      if (blank && !indentedBefore) starts.push(pos);
      blank = false;
      indentedBefore = false;
      content = true;
      if (nextPipe < pos) {
        nextPipe = source.indexOf('|', pos);
        if (nextPipe < 0) nextPipe = n;
      }
      if (nextPipe < e) pipes = true;
      pos = next;
      continue;
    }
    const line = source.slice(pos, e);
    const isBlank = /^[ \t]*$/.test(line);
    if (fence) {
      if (fence.test(line)) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else if (isBlank) {
      if (content) blank = true;
      untilBlank = false;
      pipes = false;
    } else {
      const indented = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9;
      // After indented code the parser reads a list item that cannot interrupt a paragraph as a
      // paragraph: the block depends on what stands before it, so no cut there.
      if (blank && !indented && !indentedBefore && line.charCodeAt(0) !== 0xfeff) starts.push(pos);
      blank = false;
      indentedBefore = indented;
      content = true;
      const trimmed = line.replace(/^ {0,3}/, '');
      const opener = /^(?:`{3,}|~{3,}|<)/.test(trimmed);
      if (opener) {
        // Uncertain: an indented opening may belong to a list item; after a possible table row or
        // HTML line, it may be text of that block. Make no further cut.
        if (trimmed.length !== line.length || untilBlank || pipes) return starts;
        const f = /^(`{3,}|~{3,})(.*)$/.exec(line);
        if (f) {
          if (f[1][0] === '~' || !f[2].includes('`')) fence = new RegExp(`^ {0,3}${f[1][0] === '`' ? '`' : '~'}{${f[1].length},}[ \\t]*$`);
        } else if (RAW_HTML.test(line)) {
          // Any of the four end tags ends the block, not only the one that opened it.
          htmlEnd = RAW_HTML_END;
          if (RAW_HTML_END.test(line.slice(1))) htmlEnd = null;
        } else if (line.startsWith('<!--')) {
          if (/^<!---?>/.test(line)) return starts;
          htmlEnd = /-->/;
          if (line.includes('-->', 4)) htmlEnd = null;
        } else if (line.startsWith('<?')) {
          if (line.startsWith('<?>')) return starts;
          htmlEnd = /\?>/;
          if (line.includes('?>', 2)) htmlEnd = null;
        } else if (line.startsWith('<![CDATA[')) {
          htmlEnd = CDATA_END;
          if (CDATA_END.test(line.slice(9))) htmlEnd = null;
        } else if (/^<![A-Za-z]/.test(line)) {
          htmlEnd = />/;
          if (line.includes('>', 3)) htmlEnd = null;
        } else {
          untilBlank = true;
        }
      } else if (line.includes('|')) {
        pipes = true;
      }
    }
    pos = next;
  }
  return starts;
}

/**
 * Parses Markdown and builds its prose view. Never throws on any string input. With a cache, the
 * runs of blocks already seen (in the last two documents built with it) are not parsed again.
 */
export function buildProse(source: string, cache?: ProseCache): ProseDoc {
  // The parser drops a byte-order mark without counting it in its offsets: read it as a space.
  const parsed = source.charCodeAt(0) === 0xfeff ? ' ' + source.slice(1) : source;
  const starts = splitChunks(parsed);
  const parts: string[] = [];
  const map = new OffsetMap();
  const blocks: ProseBlock[] = [];
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i];
    const chunk = parsed.slice(at, i + 1 < starts.length ? starts[i + 1] : parsed.length);
    const key = i === 0 ? `F${chunk}` : chunk;
    let view = cache?.get(key);
    if (!view) {
      view = viewOfChunk(chunk, i === 0);
      cache?.set(key, view);
    }
    if (view.blocks.length === 0) continue;
    if (map.length > 0) {
      const last = blocks[blocks.length - 1];
      parts.push(BLOCK_SEPARATOR);
      map.addAtom(BLOCK_SEPARATOR.length, map.endOf(last.end - 1), 0);
    }
    const viewAt = map.length;
    parts.push(view.text);
    map.append(view.map, viewAt, at);
    for (const bl of view.blocks) blocks.push({ ...bl, start: bl.start + viewAt, end: bl.end + viewAt });
  }
  cache?.rotate();
  return new ProseDoc(source, parts.join(''), blocks, map);
}

/** The prose view from one parse of the whole document (the reference for splitChunks). */
export function buildProseWhole(source: string): ProseDoc {
  const parsed = source.charCodeAt(0) === 0xfeff ? ' ' + source.slice(1) : source;
  const b = new ViewBuilder(parsed);
  const tree = (parsed.includes('|') || parsed.includes('~~') ? parser : plainParser)(parsed);
  walkBlocks(b, tree, false);
  return new ProseDoc(source, b.parts.join(''), b.blocks, b.map);
}
