/**
 * The one cache of annotations, keyed by document and version and shared by every feature.
 *
 * Visible Markdown documents are annotated at once when they are shown and after a debounce while
 * typing; a newer edit cancels pending and stale work, and a result for an outdated version is
 * never published. Documents over the size limit or matching an exclude glob are not annotated
 * automatically (their state says why); `annotateAnyway` lifts the size limit for one document.
 */
import * as vscode from 'vscode';
import type { Correction, OrphanReason } from '../core/corrections-model';
import type { Annotations } from '../core/model';
import { splitArticlesFrom } from '../core/split-choice';
import { getSettings, type Settings } from './settings';
import { SIDECAR_GLOB, Sidecars } from './sidecars';

/** What the core is told besides the text: the article's corrections (from its sidecar), and when to split it into articles. */
export type CoreOptions = {
  readonly corrections?: readonly Correction[];
  readonly splitArticlesFrom?: number;
};

/** The core's options for an article with these corrections under these settings. */
export function coreOptions(settings: Settings, corrections: readonly Correction[] = []): CoreOptions {
  const split = splitArticlesFrom(settings.splitArticles);
  return { ...(corrections.length ? { corrections } : {}), ...(split !== undefined ? { splitArticlesFrom: split } : {}) };
}

/** Runs the core on a text. Asynchronous so that it can move off the extension host thread. */
export type Annotator = (text: string, token: vscode.CancellationToken, options?: CoreOptions) => Promise<Annotations>;

export type AnnotationState =
  | { readonly kind: 'none' }
  | { readonly kind: 'pending'; readonly version: number }
  | { readonly kind: 'ready'; readonly version: number; readonly durationMs: number }
  | { readonly kind: 'tooLarge'; readonly version: number; readonly sizeKB: number; readonly limitKB: number }
  | { readonly kind: 'excluded'; readonly pattern: string }
  | { readonly kind: 'error'; readonly version: number; readonly message: string };

/** One correction of an annotated article, as the views show it. */
export interface CorrectionInfo {
  readonly correction: Correction;
  /** A short readable sentence ("“…” is not a quote"). */
  readonly description: string;
  /** Where its text is in the annotated version (null: gone). */
  readonly target: { readonly start: number; readonly end: number } | null;
  /** For merge-people: where the other person's mention is. */
  readonly other?: { readonly start: number; readonly end: number } | null;
  /** Set when the correction could not be applied. */
  readonly orphan?: { readonly reason: OrphanReason; readonly message: string };
}

/** What the views know about an article's corrections file, for its annotated version. */
export interface CorrectionsState {
  /** The sidecar's location (undefined for an untitled document). */
  readonly sidecar: vscode.Uri | undefined;
  /** The reason the sidecar is not used, when it is not valid. */
  readonly error?: string;
  readonly corrections: readonly CorrectionInfo[];
}

export interface AnnotateEvent {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly annotations: Annotations;
  readonly durationMs: number;
}

interface Entry {
  state: AnnotationState;
  /** The newest published result and the version it belongs to. */
  annotations?: Annotations;
  /** The corrections applied to `annotations`. */
  corrections?: CorrectionsState;
  version: number;
  timer?: ReturnType<typeof setTimeout>;
  running?: { version: number; cts: vscode.CancellationTokenSource; promise: Promise<Annotations | undefined> };
  /** Set by an explicit command: exclude globs do not apply to this document until it closes. */
  ignoreExclude: boolean;
  /** Set by "annotate anyway": the size limit does not apply either. */
  ignoreSizeLimit: boolean;
  /** Set when the corrections changed: the next result revises an unchanged version. */
  revised?: boolean;
}

export function isArticle(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

/** Size of a text in UTF-8 bytes, counted only as far as needed to compare with `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly annotateEmitter = new vscode.EventEmitter<AnnotateEvent>();
  private readonly stateEmitter = new vscode.EventEmitter<vscode.TextDocument>();

  /** Fires after a document's current version has been annotated. */
  readonly onDidAnnotate = this.annotateEmitter.event;
  /** Fires when a document's state changes (pending, too large, excluded, …). */
  readonly onDidChangeState = this.stateEmitter.event;
  private readonly revisedEmitter = new vscode.EventEmitter<void>();
  /**
   * Fires when what is known about an unchanged document version changes (annotated on request
   * after being skipped, or settings that skip it changed), for features whose results VS Code
   * keeps per version.
   */
  readonly onDidReviseUnchanged = this.revisedEmitter.event;

  /** The documents' corrections sidecars. */
  readonly sidecars = new Sidecars();

  constructor(private annotator: Annotator) {
    const sidecarChanged = async (uri: vscode.Uri) => {
      if (await this.sidecars.reload(uri)) this.reannotate(uri);
    };
    const watcher = vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(sidecarChanged),
      watcher.onDidChange(sidecarChanged),
      watcher.onDidDelete(sidecarChanged),
      this.annotateEmitter,
      this.stateEmitter,
      this.revisedEmitter,
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.refresh(e.document))),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !isArticle(e.document)) return;
        if (!this.entries.has(key(e.document)) && !isVisible(e.document)) return;
        this.schedule(e.document, getSettings(e.document).debounceMs);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // a document whose language changed to Markdown is closed and reopened
        if (isArticle(d) && isVisible(d)) this.refresh(d);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!['exclude', 'maxDocumentSizeKB', 'splitArticles'].some((s) => e.affectsConfiguration(`newsAnnotator.${s}`))) return;
        for (const [k, entry] of this.entries) {
          this.cancel(entry);
          entry.annotations = undefined;
          entry.version = -1;
          entry.state = { kind: 'none' };
          const document = vscode.workspace.textDocuments.find((d) => key(d) === k);
          if (document) {
            this.stateEmitter.fire(document);
            if (isVisible(document)) this.refresh(document);
          }
        }
        for (const editor of vscode.window.visibleTextEditors) this.refresh(editor.document);
        this.revisedEmitter.fire();
      }),
    );
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor.document);
  }

  /** Replaces the function that runs the core (tests, or a worker). Cached results are dropped. */
  setAnnotator(annotator: Annotator): void {
    this.annotator = annotator;
    for (const [k, entry] of [...this.entries]) {
      this.cancel(entry);
      this.entries.delete(k);
    }
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor.document);
  }

  /**
   * Annotates again the open documents whose corrections are in `sidecar` (it changed); their
   * current results stay shown until the new ones are ready.
   */
  reannotate(sidecar: vscode.Uri): void {
    const k = sidecar.toString();
    for (const document of vscode.workspace.textDocuments) {
      if (!isArticle(document) || Sidecars.uriFor(document)?.toString() !== k) continue;
      const entry = this.entries.get(key(document));
      if (!entry) continue;
      this.cancel(entry);
      entry.running = undefined;
      entry.version = -1;
      entry.revised = true;
      if (entry.state.kind === 'ready' || entry.state.kind === 'pending' || isVisible(document)) this.schedule(document, 0);
    }
  }

  /** The published annotations of a document if they belong to its current version. */
  peek(document: vscode.TextDocument): Annotations | undefined {
    const entry = this.entries.get(key(document));
    return entry && entry.version === document.version ? entry.annotations : undefined;
  }

  /** The corrections applied to the document's current annotations (undefined until annotated). */
  corrections(document: vscode.TextDocument): CorrectionsState | undefined {
    const entry = this.entries.get(key(document));
    return entry && entry.version === document.version && entry.annotations ? entry.corrections : undefined;
  }

  /** Runs the core on a text (not an open document), e.g. a file of the workspace. */
  annotateText(text: string, token: vscode.CancellationToken, options?: CoreOptions): Promise<Annotations> {
    return this.annotator(text, token, options);
  }

  state(document: vscode.TextDocument): AnnotationState {
    return this.entries.get(key(document))?.state ?? { kind: 'none' };
  }

  /**
   * Annotations of the document's current version, annotating now if needed (pending debounce is
   * skipped). Undefined for a document that is not Markdown, excluded, over the size limit, or
   * when the document changes again first.
   */
  async get(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Annotations | undefined> {
    if (!isArticle(document) || document.isClosed) return undefined;
    const cached = this.peek(document);
    if (cached) return cached;
    const version = document.version;
    let result = await this.run(document);
    // a change of the corrections restarts the work for the same version: wait for that instead
    for (let i = 0; i < 3 && !result && !token?.isCancellationRequested && !document.isClosed && document.version === version; i++) {
      if (this.state(document).kind !== 'pending') break;
      result = this.peek(document) ?? (await this.run(document));
    }
    return token?.isCancellationRequested ? undefined : result;
  }

  /**
   * Like `get`, but while typing waits for the debounced annotation instead of starting one now,
   * so that features the editor polls after every edit (symbols, breadcrumbs) keep typing quiet.
   */
  async settled(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Annotations | undefined> {
    const entry = this.entries.get(key(document));
    if (!entry?.timer || this.peek(document)) return this.get(document, token);
    const version = document.version;
    return new Promise<Annotations | undefined>((resolve) => {
      const subs: vscode.Disposable[] = [];
      const done = (value: Annotations | undefined) => {
        vscode.Disposable.from(...subs).dispose();
        resolve(value);
      };
      subs.push(
        this.onDidAnnotate((e) => {
          if (e.document === document) done(e.version === version ? e.annotations : undefined);
        }),
        this.onDidChangeState((d) => {
          const state = this.state(d);
          if (d === document && state.kind !== 'pending' && state.kind !== 'ready') done(undefined);
        }),
      );
      if (token) subs.push(token.onCancellationRequested(() => done(undefined)));
    });
  }

  /** Annotates now on the user's request: exclude globs no longer apply to this document. */
  annotateNow(document: vscode.TextDocument): Promise<Annotations | undefined> {
    this.entry(document).ignoreExclude = true;
    return this.get(document);
  }

  /** Annotates now, ignoring the size limit and exclusions for this document from now on. */
  annotateAnyway(document: vscode.TextDocument): Promise<Annotations | undefined> {
    const entry = this.entry(document);
    entry.ignoreExclude = entry.ignoreSizeLimit = true;
    return this.get(document);
  }

  /** Annotates a shown document at once unless its current version is already done. */
  refresh(document: vscode.TextDocument): void {
    if (!isArticle(document) || this.peek(document)) return;
    this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const entry = this.entry(document);
    if (entry.timer) clearTimeout(entry.timer);
    if (entry.running && entry.running.version !== document.version) entry.running.cts.cancel();
    if (entry.state.kind !== 'tooLarge' && entry.state.kind !== 'excluded') this.setState(document, entry, { kind: 'pending', version: document.version });
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (!document.isClosed) void this.run(document);
    }, delay);
  }

  private run(document: vscode.TextDocument): Promise<Annotations | undefined> {
    const entry = this.entry(document);
    const version = document.version;
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    if (entry.running?.version === version) return entry.running.promise;
    entry.running?.cts.cancel();

    const settings = getSettings(document);
    if (!entry.ignoreExclude) {
      const pattern = settings.exclude.find((glob) => vscode.languages.match({ pattern: glob }, document) > 0);
      if (pattern !== undefined) {
        this.setState(document, entry, { kind: 'excluded', pattern });
        return Promise.resolve(undefined);
      }
    }
    if (!entry.ignoreSizeLimit) {
      const text = document.getText();
      const limit = settings.maxDocumentSizeKB * 1024;
      if (text.length > limit / 3) {
        const bytes = utf8Length(text, limit);
        if (bytes > limit) {
          this.setState(document, entry, { kind: 'tooLarge', version, sizeKB: Math.ceil(utf8Length(text) / 1024), limitKB: settings.maxDocumentSizeKB });
          return Promise.resolve(undefined);
        }
      }
    }

    const cts = new vscode.CancellationTokenSource();
    const promise = (async (): Promise<Annotations | undefined> => {
      try {
        await yieldToHost();
        if (cts.token.isCancellationRequested || document.isClosed || document.version !== version) return undefined;
        const started = performance.now();
        const sidecar = await this.sidecars.forDocument(document);
        const corrections = sidecar.corrections;
        if (cts.token.isCancellationRequested || document.isClosed || document.version !== version) return undefined;
        const text = document.getText();
        const annotations = await this.annotator(text, cts.token, coreOptions(settings, corrections));
        const correctionsState: CorrectionsState = {
          sidecar: sidecar.uri,
          ...(sidecar.error !== undefined ? { error: sidecar.error } : {}),
          corrections: corrections.length ? await describeCorrections(text, corrections, annotations) : [],
        };
        const durationMs = performance.now() - started;
        // publish in a task of its own: receiving a large result and updating every view are two
        // stretches of work, not one
        await yieldToHost();
        if (cts.token.isCancellationRequested || document.isClosed || document.version !== version) return undefined;
        const skipped = entry.state.kind === 'excluded' || entry.state.kind === 'tooLarge' || entry.state.kind === 'error' || entry.revised === true;
        entry.revised = false;
        entry.annotations = annotations;
        entry.corrections = correctionsState;
        entry.version = version;
        if (skipped) this.revisedEmitter.fire();
        this.setState(document, entry, { kind: 'ready', version, durationMs });
        this.annotateEmitter.fire({ document, version, annotations, durationMs });
        return annotations;
      } catch (err) {
        if (document.version === version) this.setState(document, entry, { kind: 'error', version, message: err instanceof Error ? err.message : String(err) });
        return undefined;
      } finally {
        if (entry.running?.cts === cts) entry.running = undefined;
        cts.dispose();
      }
    })();
    entry.running = { version, cts, promise };
    return promise;
  }

  private entry(document: vscode.TextDocument): Entry {
    const k = key(document);
    let entry = this.entries.get(k);
    if (!entry) this.entries.set(k, (entry = { state: { kind: 'none' }, version: -1, ignoreExclude: false, ignoreSizeLimit: false }));
    return entry;
  }

  private setState(document: vscode.TextDocument, entry: Entry, state: AnnotationState): void {
    entry.state = state;
    this.stateEmitter.fire(document);
  }

  private cancel(entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.running?.cts.cancel();
  }

  private forget(document: vscode.TextDocument): void {
    const entry = this.entries.get(key(document));
    if (!entry) return;
    this.cancel(entry);
    this.entries.delete(key(document));
    this.stateEmitter.fire(document);
  }

  dispose(): void {
    for (const entry of this.entries.values()) this.cancel(entry);
    this.entries.clear();
    this.sidecars.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** Locates and describes the corrections applied to a text, with the orphans the core reported. */
async function describeCorrections(text: string, corrections: readonly Correction[], annotations: Annotations): Promise<CorrectionInfo[]> {
  const { describeCorrection, locateCorrections } = await import('../core/workflow');
  const orphans = new Map((annotations.orphans ?? []).map((o) => [o.correction.id, o]));
  return locateCorrections(text, corrections).map(({ correction, target, other }) => {
    const orphan = orphans.get(correction.id);
    const span = (l: { start: number; end: number } | null | undefined) => (l ? { start: l.start, end: l.end } : null);
    return {
      correction,
      description: describeCorrection(correction),
      target: span(target),
      ...(correction.kind === 'merge-people' ? { other: span(other) } : {}),
      ...(orphan ? { orphan: { reason: orphan.reason, message: orphan.message } } : {}),
    };
  });
}

function key(document: vscode.TextDocument): string {
  return document.uri.toString();
}

function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((e) => e.document === document);
}
