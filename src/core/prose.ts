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
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
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

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkProseGfm);
const plainParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

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

/** Parses Markdown and builds its prose view. Never throws on any string input. */
export function buildProse(source: string): ProseDoc {
  // The parser drops a byte-order mark without counting it in its offsets: read it as a space.
  const parsed = source.charCodeAt(0) === 0xfeff ? ' ' + source.slice(1) : source;
  const b = new ViewBuilder(parsed);
  const tree = (parsed.includes('|') || parsed.includes('~~') ? parser : plainParser).parse(parsed) as unknown as MdNode;
  walkBlocks(b, tree, false);
  return new ProseDoc(source, b.parts.join(''), b.blocks, b.map);
}
