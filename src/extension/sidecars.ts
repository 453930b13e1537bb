/**
 * The corrections sidecars of open articles (`<article file name>.news.json`, beside the article),
 * read and written through `vscode.workspace.fs` and cached per sidecar. A sidecar that is not
 * valid is reported once, never overwritten, and counts as no corrections. The core (parsing,
 * validation, serialisation) is loaded on first use.
 */
import * as vscode from 'vscode';
import type { Correction, Sidecar } from '../core/corrections-model';

/** What a sidecar holds: missing (no corrections yet), valid, or invalid (with the reason). */
export type SidecarRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'valid'; readonly sidecar: Sidecar; readonly text: string }
  | { readonly kind: 'invalid'; readonly error: string; readonly text: string };

/** The glob every sidecar matches. */
export const SIDECAR_GLOB = '**/*.news.json';

const workflow = () => import('../core/workflow');

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export class Sidecars {
  private readonly cache = new Map<string, Promise<SidecarRead>>();
  /** The invalid text last reported per sidecar, so that each problem is shown once. */
  private readonly warned = new Map<string, string>();

  /** The sidecar of a document, or undefined when it has no place in a folder (untitled). */
  static uriFor(document: vscode.TextDocument): vscode.Uri | undefined {
    return document.isUntitled ? undefined : Sidecars.uriForFile(document.uri);
  }

  /** The sidecar of an article file, or undefined when the URI names no file in a folder. */
  static uriForFile(uri: vscode.Uri): vscode.Uri | undefined {
    if (uri.scheme === 'untitled' || !uri.path.startsWith('/') || uri.path.endsWith('/')) return undefined;
    return uri.with({ path: uri.path + '.news.json', query: '', fragment: '' });
  }

  /** The article file a sidecar belongs to. */
  static articleFor(sidecar: vscode.Uri): vscode.Uri {
    return sidecar.with({ path: sidecar.path.slice(0, -'.news.json'.length) });
  }

  /** The sidecar's contents (cached until it changes). */
  read(uri: vscode.Uri): Promise<SidecarRead> {
    const k = uri.toString();
    let pending = this.cache.get(k);
    if (!pending) {
      pending = this.load(uri);
      this.cache.set(k, pending);
      // a failed read is not remembered
      pending.then(undefined, () => this.cache.get(k) === pending && this.cache.delete(k));
    }
    return pending;
  }

  /** The corrections to apply to a document: none when it has no sidecar or an invalid one. */
  async corrections(document: vscode.TextDocument): Promise<readonly Correction[]> {
    return (await this.forDocument(document)).corrections;
  }

  /** A document's sidecar, its corrections (none when missing or invalid) and why it is not used. */
  forDocument(document: vscode.TextDocument): Promise<{ uri: vscode.Uri | undefined; corrections: readonly Correction[]; error?: string }> {
    const uri = Sidecars.uriFor(document);
    return uri ? this.forSidecar(uri) : Promise.resolve({ uri, corrections: [] });
  }

  /** As `forDocument`, for an article file that need not be open. */
  forFile(article: vscode.Uri): Promise<{ uri: vscode.Uri | undefined; corrections: readonly Correction[]; error?: string }> {
    const uri = Sidecars.uriForFile(article);
    return uri ? this.forSidecar(uri) : Promise.resolve({ uri, corrections: [] });
  }

  private async forSidecar(uri: vscode.Uri): Promise<{ uri: vscode.Uri; corrections: readonly Correction[]; error?: string }> {
    try {
      const read = await this.read(uri);
      if (read.kind === 'valid') return { uri, corrections: read.sidecar.corrections };
      return read.kind === 'invalid' ? { uri, corrections: [], error: read.error } : { uri, corrections: [] };
    } catch (err) {
      return { uri, corrections: [], error: `not readable: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  /**
   * Reads a sidecar again after it changed on disk; true when its contents differ from the cached
   * ones (so the articles using it need annotating again).
   */
  async reload(uri: vscode.Uri): Promise<boolean> {
    const k = uri.toString();
    const before = this.cache.get(k);
    this.cache.delete(k);
    if (!before) return true;
    const old = await before.catch(() => undefined);
    const now = await this.read(uri).catch(() => undefined);
    const text = (r: SidecarRead | undefined) => (r && r.kind !== 'missing' ? r.text : undefined);
    return old?.kind !== now?.kind || text(old) !== text(now);
  }

  /** Writes a sidecar atomically: a temporary file beside it, renamed over it. */
  async write(uri: vscode.Uri, sidecar: Sidecar): Promise<void> {
    const { serializeSidecar } = await workflow();
    const text = serializeSidecar(sidecar);
    const temp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
    try {
      await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      throw err;
    }
    this.cache.set(uri.toString(), Promise.resolve({ kind: 'valid', sidecar, text }));
  }

  private async load(uri: vscode.Uri): Promise<SidecarRead> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      if (isNotFound(err)) {
        this.warned.delete(uri.toString());
        return { kind: 'missing' };
      }
      throw err;
    }
    const text = new TextDecoder().decode(bytes);
    const { parseSidecar } = await workflow();
    const parsed = parseSidecar(text);
    if (parsed.ok) {
      this.warned.delete(uri.toString());
      return { kind: 'valid', sidecar: parsed.sidecar, text };
    }
    if (this.warned.get(uri.toString()) !== text) {
      this.warned.set(uri.toString(), text);
      void vscode.window.showWarningMessage(
        `News Annotator: the corrections file ${fileName(uri)} is ${parsed.error}. Its corrections are not applied and it is left as it is until fixed.`,
      );
    }
    return { kind: 'invalid', error: parsed.error, text };
  }

  dispose(): void {
    this.cache.clear();
  }
}
