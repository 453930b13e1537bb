/**
 * Editor decorations: one decoration type per kind (speakers, other people, quotes, countries,
 * metonyms), theme colours from `contributes.colors`, overview-ruler marks, and one
 * `setDecorations` call per type and editor. Quotes may show their speaker after the closing mark.
 */
import * as vscode from 'vscode';
import type { Annotations } from '../core/model';
import type { AnnotationStore } from './cache';
import { indexOf } from './present';
import { DECORATION_KINDS, type DecorationKind, getSettings, type Settings } from './settings';
import type { Visibility } from './visibility';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`newsAnnotator.${id}`);

function createTypes(): Record<DecorationKind, vscode.TextEditorDecorationType> {
  const closed = vscode.DecorationRangeBehavior.ClosedClosed;
  return {
    speaker: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('speakerBackground'),
      borderWidth: '0 0 1px 0',
      borderStyle: 'solid',
      borderColor: color('speakerBorder'),
      fontWeight: '600',
      overviewRulerColor: color('speakerOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: closed,
    }),
    person: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dotted',
      borderColor: color('personBorder'),
      rangeBehavior: closed,
    }),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quoteBackground'),
      borderWidth: '1px',
      borderStyle: 'solid',
      borderColor: color('quoteBorder'),
      overviewRulerColor: color('quoteOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
      after: { color: color('quoteSpeakerForeground'), fontStyle: 'italic', margin: '0 0 0 0.5em' },
    }),
    country: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('countryBackground'),
      borderWidth: '0 0 2px 0',
      borderStyle: 'solid',
      borderColor: color('countryBorder'),
      overviewRulerColor: color('countryOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: closed,
    }),
    metonym: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dashed',
      borderColor: color('metonymBorder'),
      rangeBehavior: closed,
    }),
  };
}

/** Decoration ranges per kind, as offsets, with the text shown after a quote. */
export type DecorationSnapshot = Record<DecorationKind, { start: number; end: number; after?: string }[]>;

function emptySnapshot(): DecorationSnapshot {
  return { speaker: [], person: [], quote: [], country: [], metonym: [] };
}

/** Offsets to decorate for each kind. Pure: derived from the model and the settings only. */
export function decorationOffsets(a: Annotations, settings: Settings): DecorationSnapshot {
  const out = emptySnapshot();
  const index = indexOf(a);
  const on = settings.decorations;
  const speakerSpans = new Set<string>();
  for (const p of a.people) {
    const kind: DecorationKind = index.isSpeaker(p.id) ? 'speaker' : 'person';
    if (!on[kind]) continue;
    for (const m of p.mentions) {
      out[kind].push({ start: m.start, end: m.end });
      if (kind === 'speaker') speakerSpans.add(`${m.start}:${m.end}`);
    }
  }
  if (on.speaker) {
    for (const o of a.organizations) {
      if (!index.isSpeaker(o.id)) continue;
      for (const m of o.mentions) {
        out.speaker.push({ start: m.start, end: m.end });
        speakerSpans.add(`${m.start}:${m.end}`);
      }
    }
    // pronouns and nominals tied to a quote ("he said", "the secretary told")
    for (const q of a.quotes) {
      const m = q.speakerMention;
      if (m && q.speaker && !speakerSpans.has(`${m.start}:${m.end}`)) {
        out.speaker.push({ start: m.start, end: m.end });
        speakerSpans.add(`${m.start}:${m.end}`);
      }
    }
  }
  if (on.quote) {
    for (const q of a.quotes) {
      const speaker = index.speaker(q.speaker);
      let after: string | undefined;
      if (speaker && settings.speakerLabel !== 'off' && q.part === q.parts - 1) {
        after = `— ${speaker.name}${settings.speakerLabel === 'nameAndRole' && speaker.role ? `, ${speaker.role}` : ''}`;
      }
      out.quote.push(after ? { start: q.start, end: q.end, after } : { start: q.start, end: q.end });
    }
  }
  for (const c of a.countries) {
    if (on.country) for (const m of c.mentions) out.country.push({ start: m.start, end: m.end });
    if (on.metonym) for (const m of c.metonyms) out.metonym.push({ start: m.start, end: m.end });
  }
  for (const kind of DECORATION_KINDS) out[kind].sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/** Up to this many ranges are applied at once; more are applied in slices. */
const SLICE = 4000;
/** Longest stretch of work between yields while applying in slices. */
const SLICE_MS = 8;

const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function toOption(document: vscode.TextDocument, d: { start: number; end: number; after?: string }): vscode.DecorationOptions {
  const range = new vscode.Range(document.positionAt(d.start), document.positionAt(d.end));
  return d.after ? { range, renderOptions: { after: { contentText: d.after } } } : { range };
}

export class DecorationController implements vscode.Disposable {
  private readonly types = createTypes();
  private readonly disposables: vscode.Disposable[] = [];
  /** What each document's editors show, for queries. */
  private readonly shown = new Map<string, DecorationSnapshot>();
  /** Bumped by each update of an editor, so that a slower, older update stops. */
  private readonly generations = new WeakMap<vscode.TextEditor, number>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly visibility: Visibility,
  ) {
    this.disposables.push(
      store.onDidAnnotate((e) => this.updateDocument(e.document)),
      store.onDidChangeState((document) => {
        const state = store.state(document);
        if (state.kind !== 'pending' && state.kind !== 'ready') this.updateDocument(document);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.update(e))),
      visibility.onDidChange(() => this.updateAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.decorations')) this.updateAll();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.shown.delete(d.uri.toString())),
    );
    this.updateAll();
  }

  /** The decorations currently shown for a document (empty when hidden or not annotated). */
  snapshot(uri: vscode.Uri): DecorationSnapshot {
    return this.shown.get(uri.toString()) ?? emptySnapshot();
  }

  updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  private updateDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (document.languageId !== 'markdown') return;
    const annotations = this.store.peek(document);
    // while an edit waits to be annotated, the shown decorations move with the text
    if (!annotations && this.store.state(document).kind === 'pending') return;
    const generation = (this.generations.get(editor) ?? 0) + 1;
    this.generations.set(editor, generation);
    const snapshot = annotations && this.visibility.visible ? decorationOffsets(annotations, getSettings(document)) : emptySnapshot();
    const total = DECORATION_KINDS.reduce((n, kind) => n + snapshot[kind].length, 0);
    if (total <= SLICE) {
      for (const kind of DECORATION_KINDS) editor.setDecorations(this.types[kind], snapshot[kind].map((d) => toOption(document, d)));
      this.shown.set(document.uri.toString(), snapshot);
    } else {
      void this.applyInSlices(editor, snapshot, generation);
    }
  }

  /**
   * Large articles: converts offsets to ranges a slice at a time, yielding to the host between
   * slices and between types, still with one `setDecorations` call per type. A newer update or
   * an edit abandons the work (the next annotation brings fresh decorations).
   */
  private async applyInSlices(editor: vscode.TextEditor, snapshot: DecorationSnapshot, generation: number): Promise<void> {
    const document = editor.document;
    const version = document.version;
    const current = () => this.generations.get(editor) === generation && document.version === version && !document.isClosed;
    for (const kind of DECORATION_KINDS) {
      const options: vscode.DecorationOptions[] = [];
      let sliceStarted = performance.now();
      for (const d of snapshot[kind]) {
        options.push(toOption(document, d));
        if (options.length % 256 === 0 && performance.now() - sliceStarted > SLICE_MS) {
          await yieldToHost();
          if (!current()) return;
          sliceStarted = performance.now();
        }
      }
      editor.setDecorations(this.types[kind], options);
      await yieldToHost();
      if (!current()) return;
    }
    this.shown.set(document.uri.toString(), snapshot);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables, ...Object.values(this.types)).dispose();
    this.shown.clear();
  }
}
