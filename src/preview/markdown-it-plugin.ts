/**
 * A markdown-it plugin that marks speakers, other people, quotes, countries and metonyms in
 * rendered Markdown (VS Code's built-in preview), from the same core as the editor.
 *
 * The core annotates the whole source once per render (the last result is kept). Each inline
 * block token knows its source lines; each of its text tokens is found in the source from a
 * cursor that only moves forward, so annotation offsets map onto the rendered text. Text tokens
 * are split at annotation boundaries and the pieces wrapped in `<span>`s; all document text stays
 * in text tokens (escaped by markdown-it), and the attributes we add are escaped too.
 */
import type MarkdownIt from 'markdown-it';
import type { Annotations } from '../core/model';

type StateCore = Parameters<MarkdownIt['core']['process']>[0];
type Token = StateCore['tokens'][number];

export type PreviewMarkKind = 'speaker' | 'person' | 'quote' | 'country' | 'metonym';

export interface PreviewMark {
  start: number;
  end: number;
  kind: PreviewMarkKind;
  /** Shown as the element's tooltip. */
  title: string;
}

export interface PreviewPluginOptions {
  /** Asked at each render; the plugin does nothing when it answers false. */
  enabled?: () => boolean;
  /** Which kinds to mark (all by default). */
  kinds?: () => readonly PreviewMarkKind[];
  /**
   * Where annotations come from: the core's `annotate`, or a cache in front of it. Undefined
   * (the core not loaded yet) renders without marks. Taken as an option so that this module does
   * not load the core by itself.
   */
  annotations: (source: string) => Annotations | undefined;
}

export const PREVIEW_CLASS_PREFIX = 'news-annotator-';

/** The marks to paint, in two layers that never overlap within themselves: quotes, and entities. */
export function previewMarks(a: Annotations): { quotes: PreviewMark[]; entities: PreviewMark[] } {
  const names = new Map<string, string>();
  for (const p of a.people) names.set(p.id, p.role ? `${p.name}, ${p.role}` : p.name);
  for (const o of a.organizations) names.set(o.id, o.name);
  const speakers = new Set(a.quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
  const quotes: PreviewMark[] = a.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    kind: 'quote',
    title: q.speaker ? `Quote by ${names.get(q.speaker) ?? q.speaker}` : 'Quote (speaker unknown)',
  }));
  const entities: PreviewMark[] = [];
  for (const p of a.people) {
    const kind: PreviewMarkKind = speakers.has(p.id) ? 'speaker' : 'person';
    const title = `${kind === 'speaker' ? 'Speaker' : 'Person'}: ${names.get(p.id) ?? p.name}`;
    for (const m of p.mentions) entities.push({ start: m.start, end: m.end, kind, title });
  }
  for (const c of a.countries) {
    for (const m of c.mentions) entities.push({ start: m.start, end: m.end, kind: 'country', title: `Country: ${c.name} (${c.code})` });
    for (const m of c.metonyms) entities.push({ start: m.start, end: m.end, kind: 'metonym', title: `Stands for ${c.name} (${c.code})` });
  }
  return { quotes: nonOverlapping(quotes), entities: nonOverlapping(entities) };
}

function nonOverlapping(marks: PreviewMark[]): PreviewMark[] {
  marks.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: PreviewMark[] = [];
  for (const m of marks) if (m.end > m.start && (out.length === 0 || m.start >= out[out.length - 1].end)) out.push(m);
  return out;
}

function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Walks a sorted, non-overlapping list of marks with a forward-only cursor. */
class MarkCursor {
  private i = 0;
  constructor(private readonly marks: readonly PreviewMark[]) {}
  /** The mark covering `offset`, or the next one after it. */
  at(offset: number): PreviewMark | undefined {
    while (this.i < this.marks.length && this.marks[this.i].end <= offset) this.i++;
    return this.marks[this.i];
  }
}

export function newsAnnotatorPreview(md: MarkdownIt, options: PreviewPluginOptions): void {
  let lastSource: string | undefined;
  let lastMarks: { quotes: PreviewMark[]; entities: PreviewMark[] } | undefined;
  const escape = md.utils.escapeHtml;

  const open = (state: StateCore, m: PreviewMark): Token => {
    const t = new state.Token('html_inline', '', 0);
    t.content = `<span class="${PREVIEW_CLASS_PREFIX}${m.kind}" title="${escape(m.title)}">`;
    return t;
  };
  const close = (state: StateCore): Token => {
    const t = new state.Token('html_inline', '', 0);
    t.content = '</span>';
    return t;
  };

  md.core.ruler.after('inline', 'news_annotator', (state) => {
    if (options.enabled && !options.enabled()) return false;
    const src = state.src;
    if (src !== lastSource || !lastMarks) {
      let annotations: Annotations | undefined;
      try {
        annotations = options.annotations(src);
      } catch {
        annotations = undefined;
      }
      if (!annotations) return false;
      lastMarks = previewMarks(annotations);
      lastSource = src;
    }
    const allowed = new Set(options.kinds ? options.kinds() : ['speaker', 'person', 'quote', 'country', 'metonym']);
    const quotes = new MarkCursor(lastMarks.quotes.filter((m) => allowed.has(m.kind)));
    const entities = new MarkCursor(lastMarks.entities.filter((m) => allowed.has(m.kind)));
    const starts = lineStarts(src);

    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.map || !block.children) continue;
      let cursor = starts[block.map[0]] ?? src.length;
      const blockEnd = starts[block.map[1]] ?? src.length;
      const children: Token[] = [];
      for (const tok of block.children) {
        if (tok.type === 'code_inline') {
          const at = src.indexOf(tok.content, cursor);
          if (at >= 0 && at < blockEnd) cursor = at + tok.content.length;
          children.push(tok);
          continue;
        }
        if (tok.type !== 'text' || tok.content === '') {
          children.push(tok);
          continue;
        }
        const at = src.indexOf(tok.content, cursor);
        if (at < 0 || at + tok.content.length > blockEnd) {
          children.push(tok); // written with escapes or references: left unmarked
          continue;
        }
        cursor = at + tok.content.length;
        children.push(...splitText(state, tok, at, quotes, entities, open, close));
      }
      block.children = children;
    }
    return true;
  });
}

function splitText(
  state: StateCore,
  tok: Token,
  at: number,
  quotes: MarkCursor,
  entities: MarkCursor,
  open: (state: StateCore, m: PreviewMark) => Token,
  close: (state: StateCore) => Token,
): Token[] {
  const end = at + tok.content.length;
  const out: Token[] = [];
  let pos = at;
  while (pos < end) {
    const q = quotes.at(pos);
    const e = entities.at(pos);
    const inQ = q && q.start <= pos ? q : undefined;
    const inE = e && e.start <= pos ? e : undefined;
    let next = end;
    for (const m of [q, e]) {
      if (!m) continue;
      if (m.start > pos) next = Math.min(next, m.start);
      else next = Math.min(next, m.end);
    }
    const piece = new state.Token('text', '', 0);
    piece.content = tok.content.slice(pos - at, next - at);
    if (inQ) out.push(open(state, inQ));
    if (inE) out.push(open(state, inE));
    out.push(piece);
    if (inE) out.push(close(state));
    if (inQ) out.push(close(state));
    pos = next;
  }
  return out;
}
