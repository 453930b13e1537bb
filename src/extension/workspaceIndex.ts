/**
 * The workspace's articles, annotated: every Markdown file of the workspace folders (except those
 * matching `newsAnnotator.exclude`, under `node_modules`, or over `newsAnnotator.maxDocumentSizeKB`),
 * read through `vscode.workspace.fs`, annotated by the core with its sidecar's corrections, and
 * summarised (speakers merged by canonical name, countries with counts) by the core's `summarize`.
 *
 * Built on request (Annotate Workspace); from then on kept up to date: a file that is created,
 * changed or deleted, or whose corrections file changes, is annotated again on its own after a
 * short pause. A filter (a glob over workspace-relative paths) narrows the summary.
 */
import * as vscode from 'vscode';
import { firstMatch, matchesGlob } from '../core/glob';
import type { Correction } from '../core/corrections-model';
import type { Annotations } from '../core/model';
import { summarize, type WorkspaceSummary } from '../core/summary';
import { coreOptions, type AnnotationStore } from './cache';
import { getSettings, type SplitArticles } from './settings';

/** Markdown files, as the workspace view looks for them. */
export const ARTICLE_GLOB = '**/*.{md,markdown}';
const SIDECAR_SUFFIX = '.news.json';
/** Folders never searched for articles. */
const ALWAYS_EXCLUDED = ['**/node_modules/**'];
/** Pause after the last file event before the changed files are annotated again. */
const UPDATE_DELAY_MS = 300;
/** At most this many files are considered. */
const MAX_FILES = 10_000;

export interface IndexedArticle {
  readonly uri: vscode.Uri;
  /** The path shown and filtered on: relative to its workspace folder (with the folder's name in a multi-root workspace). */
  readonly file: string;
  readonly annotations: Annotations;
  /** Modification times the annotations were made from (article, corrections file). */
  readonly mtime: number;
  readonly sidecarMtime: number | undefined;
  /** The splitArticles setting they were made with. */
  readonly split: SplitArticles;
}

/** What the last full run did. */
export interface WorkspaceReport {
  /** Articles annotated (or kept from before, unchanged). */
  readonly articles: number;
  /** Files left out by an exclude glob. */
  readonly excluded: number;
  /** Files over the size limit, by path. */
  readonly tooLarge: readonly string[];
  /** Corrections files that are not valid (their articles are annotated without them), by path. */
  readonly invalidSidecars: readonly string[];
  /** Files that could not be read or annotated, with the reason. */
  readonly failed: readonly { readonly file: string; readonly error: string }[];
  readonly cancelled: boolean;
  readonly durationMs: number;
}

type Outcome =
  | { kind: 'article'; article: IndexedArticle; invalidSidecar: boolean }
  | { kind: 'excluded' }
  | { kind: 'tooLarge' }
  | { kind: 'gone' }
  | { kind: 'failed'; error: string };

export class WorkspaceIndex implements vscode.Disposable {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after the articles, the filter or the summary changed. */
  readonly onDidChange = this.changeEmitter.event;
  private built = false;
  private running?: { cts: vscode.CancellationTokenSource; promise: Promise<WorkspaceReport> };
  private lastReport?: WorkspaceReport;
  private filterGlob?: string;
  private cached?: WorkspaceSummary;
  private pending = new Map<string, vscode.Uri>();
  private timer?: ReturnType<typeof setTimeout>;
  private updating?: Promise<void>;
  private watchers: vscode.Disposable[] = [];
  /** Completed incremental updates (for tests and the API). */
  private updates = 0;

  constructor(private readonly store: AnnotationStore) {
    this.disposables.push(
      this.changeEmitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.built && ['exclude', 'maxDocumentSizeKB', 'splitArticles'].some((s) => e.affectsConfiguration(`newsAnnotator.${s}`))) void this.annotateWorkspace();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        if (this.built) void this.annotateWorkspace();
      }),
    );
  }

  /** True once the workspace has been annotated. */
  get isBuilt(): boolean {
    return this.built;
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  get report(): WorkspaceReport | undefined {
    return this.lastReport;
  }

  get updateCount(): number {
    return this.updates;
  }

  get filter(): string | undefined {
    return this.filterGlob;
  }

  /** Every indexed article, by path. */
  all(): IndexedArticle[] {
    return [...this.articles.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  /** The articles the filter lets through. */
  shown(): IndexedArticle[] {
    const glob = this.filterGlob;
    return this.all().filter((a) => !glob || matchesGlob(a.file, glob));
  }

  /** The summary of the shown articles (cached until something changes). */
  summary(): WorkspaceSummary {
    this.cached ??= summarize(this.shown().map((a) => ({ file: a.file, annotations: a.annotations })));
    return this.cached;
  }

  article(file: string): IndexedArticle | undefined {
    return this.all().find((a) => a.file === file);
  }

  /** Narrows the summary to the articles whose path matches `glob` (none: all). */
  setFilter(glob: string | undefined): void {
    const value = glob?.trim() || undefined;
    if (value === this.filterGlob) return;
    this.filterGlob = value;
    this.changed();
  }

  /**
   * Annotates every article of the workspace (those unchanged since the last run are kept),
   * reporting progress; a run already under way is joined.
   */
  annotateWorkspace(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<WorkspaceReport> {
    if (this.running) return this.running.promise;
    const cts = new vscode.CancellationTokenSource();
    const sub = token?.onCancellationRequested(() => cts.cancel());
    const promise = this.run(progress, cts.token).finally(() => {
      sub?.dispose();
      cts.dispose();
      this.running = undefined;
    });
    this.running = { cts, promise };
    return promise;
  }

  private async run(progress: vscode.Progress<{ message?: string; increment?: number }> | undefined, token: vscode.CancellationToken): Promise<WorkspaceReport> {
    const started = performance.now();
    this.watch();
    // one writer at a time: an incremental update under way finishes first
    await this.updating?.catch(() => undefined);
    progress?.report({ message: 'finding Markdown files…' });
    const uris = (await vscode.workspace.findFiles(ARTICLE_GLOB, undefined, MAX_FILES, token)).sort((a, b) => a.path.localeCompare(b.path));
    const seen = new Set<string>();
    let excluded = 0;
    const tooLarge: string[] = [];
    const invalidSidecars: string[] = [];
    const failed: { file: string; error: string }[] = [];
    let done = 0;
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const k = uri.toString();
      seen.add(k);
      progress?.report({ message: `${done + 1}/${uris.length} ${relativePath(uri)}`, increment: uris.length ? 100 / uris.length : 100 });
      const outcome = await this.annotateFile(uri, token, true);
      done++;
      if (token.isCancellationRequested) break;
      this.take(k, outcome);
      if (outcome.kind === 'excluded') excluded++;
      else if (outcome.kind === 'tooLarge') tooLarge.push(relativePath(uri));
      else if (outcome.kind === 'failed') failed.push({ file: relativePath(uri), error: outcome.error });
      else if (outcome.kind === 'article' && outcome.invalidSidecar) invalidSidecars.push(`${outcome.article.file}${SIDECAR_SUFFIX}`);
    }
    const cancelled = token.isCancellationRequested;
    if (!cancelled) {
      // files gone since the last run
      for (const k of [...this.articles.keys()]) if (!seen.has(k)) this.articles.delete(k);
    }
    this.built = true;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.workspaceAnnotated', true);
    const report: WorkspaceReport = {
      articles: this.articles.size,
      excluded,
      tooLarge,
      invalidSidecars,
      failed,
      cancelled,
      durationMs: performance.now() - started,
    };
    this.lastReport = report;
    this.changed();
    return report;
  }

  /** Applies the outcome of annotating one file to the index. */
  private take(key: string, outcome: Outcome): void {
    if (outcome.kind === 'article') this.articles.set(key, outcome.article);
    else this.articles.delete(key);
  }

  /** Annotates one file, unless it is excluded, too large, gone, or (with `reuse`) unchanged. */
  private async annotateFile(uri: vscode.Uri, token: vscode.CancellationToken, reuse: boolean): Promise<Outcome> {
    const file = relativePath(uri);
    const settings = getSettings(uri);
    if (firstMatch([...ALWAYS_EXCLUDED, ...settings.exclude], file, uri.path)) return { kind: 'excluded' };
    const sidecarUri = uri.with({ path: uri.path + SIDECAR_SUFFIX });
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (err) {
      return isNotFound(err) ? { kind: 'gone' } : { kind: 'failed', error: message(err) };
    }
    if ((stat.type & vscode.FileType.File) === 0) return { kind: 'gone' };
    if (stat.size > settings.maxDocumentSizeKB * 1024) return { kind: 'tooLarge' };
    const sidecarStat = await vscode.workspace.fs.stat(sidecarUri).then(
      (s) => s,
      () => undefined,
    );
    const known = this.articles.get(uri.toString());
    if (reuse && known && known.mtime === stat.mtime && known.sidecarMtime === sidecarStat?.mtime && known.split === settings.splitArticles) return { kind: 'article', article: known, invalidSidecar: false };
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const sidecar = sidecarStat ? await readCorrections(sidecarUri) : { corrections: [] as readonly Correction[], invalid: false };
      const annotations = await this.store.annotateText(text, token, coreOptions(settings, sidecar.corrections));
      const article = { uri, file, annotations, mtime: stat.mtime, sidecarMtime: sidecarStat?.mtime, split: settings.splitArticles };
      return { kind: 'article', article, invalidSidecar: sidecar.invalid };
    } catch (err) {
      if (isNotFound(err)) return { kind: 'gone' };
      return { kind: 'failed', error: message(err) };
    }
  }

  /** Watches the workspace's Markdown and corrections files once the index exists. */
  private watch(): void {
    if (this.watchers.length) return;
    const articles = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const queue = (uri: vscode.Uri) => this.queue(uri);
    const queueArticle = (sidecar: vscode.Uri) => this.queue(sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) }));
    this.watchers.push(
      articles,
      sidecars,
      articles.onDidCreate(queue),
      articles.onDidChange(queue),
      articles.onDidDelete(queue),
      sidecars.onDidCreate(queueArticle),
      sidecars.onDidChange(queueArticle),
      sidecars.onDidDelete(queueArticle),
    );
  }

  /** Notes a changed file; the changes are taken together after a short pause. */
  private queue(uri: vscode.Uri): void {
    if (!this.built || !/\.(md|markdown)$/i.test(uri.path)) return;
    this.pending.set(uri.toString(), uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, UPDATE_DELAY_MS);
  }

  /** Annotates again the files changed since the last update (one update at a time). */
  private async flush(): Promise<void> {
    if (this.updating || this.running) {
      await (this.updating ?? this.running?.promise)?.catch(() => undefined);
      if (this.pending.size && !this.timer) return this.flush();
      return;
    }
    const batch = [...this.pending.values()];
    this.pending.clear();
    if (batch.length === 0) return;
    const cts = new vscode.CancellationTokenSource();
    this.updating = (async () => {
      for (const uri of batch) this.take(uri.toString(), await this.annotateFile(uri, cts.token, false));
    })();
    try {
      await this.updating;
    } finally {
      this.updating = undefined;
      cts.dispose();
    }
    this.updates++;
    this.changed();
    if (this.pending.size && !this.timer) void this.flush();
  }

  private changed(): void {
    this.cached = undefined;
    this.changeEmitter.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.running?.cts.cancel();
    vscode.Disposable.from(...this.watchers, ...this.disposables).dispose();
  }
}

/** A file's path as the workspace view shows and filters it. */
export function relativePath(uri: vscode.Uri): string {
  const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return vscode.workspace.asRelativePath(uri, multi);
}

/** The corrections of a sidecar file, read fresh (the workspace view keeps no copy of its own). */
async function readCorrections(uri: vscode.Uri): Promise<{ corrections: readonly Correction[]; invalid: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { corrections: [], invalid: false };
  }
  const { parseSidecar } = await import('../core/workflow');
  const parsed = parseSidecar(new TextDecoder().decode(bytes));
  return parsed.ok ? { corrections: parsed.sidecar.corrections, invalid: false } : { corrections: [], invalid: true };
}

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
