/**
 * What the detectors worked out for each block of the last two documents, by the block's text,
 * for annotating a document again after an edit (createAnnotator in annotate.ts): a block that an
 * edit left unchanged is not tokenized or classified again. Each cached piece depends on the
 * block's text alone; its offsets are view offsets of the document it was last used in, moved in
 * place when the block stands elsewhere in the next one.
 */
import type { ProseDoc } from './prose';

/** One entry: the value and where its block stood when it was last used. */
export interface Placed<V> {
  value: V;
  /** What else than the block's text the value depends on (the quote pieces in it, say). */
  sub: string;
  /** View offset of the block's start and the block's index. */
  start: number;
  block: number;
}

/**
 * Entries by the text of their block, of the document analysed last (`previous`) and of the one
 * being analysed (`current`). An entry serves one block of a document: a text that stands twice
 * in the document has two entries.
 */
export class BlockMemo<V> {
  private previous = new Map<string, Placed<V>[]>();
  private current = new Map<string, Placed<V>[]>();

  /**
   * An entry for a block of text `text` (and `sub`) that the document being analysed has not taken
   * yet. The caller moves its offsets from the entry's start and block.
   */
  take(text: string, sub = ''): Placed<V> | undefined {
    const list = this.previous.get(text);
    if (!list) return undefined;
    let i = list.length - 1;
    while (i >= 0 && list[i].sub !== sub) i--;
    if (i < 0) return undefined;
    const hit = list[i];
    list[i] = list[list.length - 1];
    list.pop();
    this.keep(text, hit);
    return hit;
  }

  /** Keeps a new entry, taken by the document being analysed. */
  put(text: string, value: V, start: number, block: number, sub = ''): void {
    this.keep(text, { value, sub, start, block });
  }

  private keep(text: string, e: Placed<V>): void {
    const list = this.current.get(text);
    if (list) list.push(e);
    else this.current.set(text, [e]);
  }

  /** Called after each document: forgets the entries that it did not take. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** The per-block caches of the detectors, for one incremental annotator. */
export class AnalysisMemo {
  private readonly memos: BlockMemo<unknown>[] = [];
  private doc: ProseDoc | null = null;
  /** The text of each block of the document being analysed, made once (one string: its hash is computed once). */
  private texts: string[] = [];

  /** A memo of this annotator (one per kind of piece, made on first use by the module that owns it). */
  memo<V>(slot: MemoSlot<V>): BlockMemo<V> {
    let m = this.memos[slot.id];
    if (!m) this.memos[slot.id] = m = new BlockMemo<unknown>();
    return m as BlockMemo<V>;
  }

  /** The text of block `bi` of the document being analysed. */
  blockText(bi: number): string {
    let s = this.texts[bi];
    if (s === undefined && this.doc) {
      const b = this.doc.blocks[bi];
      s = this.texts[bi] = this.doc.text.slice(b.start, b.end);
    }
    return s;
  }

  /** Starts the analysis of a document: `doc` is registered for the detectors. */
  begin(doc: ProseDoc): void {
    this.doc = doc;
    this.texts = [];
    attached.set(doc, this);
  }

  /** Ends the analysis of the document begun last. */
  end(): void {
    for (const m of this.memos) m?.rotate();
    this.doc = null;
    this.texts = [];
  }
}

/** A kind of cached piece: the key of its memo in every AnalysisMemo. */
export interface MemoSlot<V> {
  readonly id: number;
  /** (a phantom field: the type of the values) */
  readonly value?: V;
}

let slots = 0;
export function memoSlot<V>(): MemoSlot<V> {
  return { id: slots++ };
}

const attached = new WeakMap<ProseDoc, AnalysisMemo>();

/** The memo of the annotator analysing `doc`, if any. */
export function memoOf(doc: ProseDoc): AnalysisMemo | undefined {
  return attached.get(doc);
}
