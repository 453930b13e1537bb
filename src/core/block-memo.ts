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
  /** View offset of the block's start and the block's index. */
  start: number;
  block: number;
}

/**
 * Entries by key, of the blocks of the document analysed last (`previous`) and of the one being
 * analysed (`current`). An entry serves one block of a document: a text that stands twice in the
 * document has two entries.
 */
export class BlockMemo<V> {
  private previous = new Map<string, Placed<V>[]>();
  private current = new Map<string, Placed<V>[]>();

  /** An entry of `key` that the document being analysed has not taken yet. The caller moves its offsets from the entry's start and block. */
  take(key: string): Placed<V> | undefined {
    const hit = this.previous.get(key)?.pop();
    if (hit) this.keep(key, hit);
    return hit;
  }

  /** Keeps a new entry, taken by the document being analysed. */
  put(key: string, value: V, start: number, block: number): void {
    this.keep(key, { value, start, block });
  }

  private keep(key: string, e: Placed<V>): void {
    const list = this.current.get(key);
    if (list) list.push(e);
    else this.current.set(key, [e]);
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

  /** A memo of this annotator (one per kind of piece, made on first use by the module that owns it). */
  memo<V>(slot: MemoSlot<V>): BlockMemo<V> {
    let m = this.memos[slot.id];
    if (!m) this.memos[slot.id] = m = new BlockMemo<unknown>();
    return m as BlockMemo<V>;
  }

  /** Starts the analysis of a document: `doc` is registered for the detectors. */
  begin(doc: ProseDoc): void {
    attached.set(doc, this);
  }

  /** Ends the analysis of the document begun last. */
  end(): void {
    for (const m of this.memos) m?.rotate();
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
