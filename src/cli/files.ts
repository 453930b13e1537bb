/** Reading an article with its corrections sidecar, and writing files atomically. */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { annotate } from '../core/annotate';
import type { Correction } from '../core/corrections-model';
import type { Annotations } from '../core/model';
import { parseSidecar, sidecarPathFor } from '../core/sidecar';
import { readText } from './input';

export type SidecarRead = { corrections: Correction[] } | { none: true } | { error: string };

/** The corrections in the article's sidecar (`<article>.news.json`), none when there is no sidecar, or why it cannot be used. */
export function readSidecarFor(articlePath: string): SidecarRead {
  const path = sidecarPathFor(articlePath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { none: true };
    return { error: code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : `${code ?? 'error'}: ${(e as Error).message}` };
  }
  const parsed = parseSidecar(text);
  return parsed.ok ? { corrections: parsed.sidecar.corrections } : { error: parsed.error };
}

/** How an article is annotated besides its corrections: the core's option of that name. */
export interface ArticleOptions {
  readonly splitArticlesFrom?: number;
}

/**
 * Annotates an article's text with the corrections of its sidecar. A sidecar that cannot be used
 * is reported on `err` and the article is annotated without it (`ok` false); each correction that
 * no longer applies is reported on `err` as a warning.
 */
export function annotateArticle(path: string, text: string, err: (s: string) => void, options: ArticleOptions = {}): { annotations: Annotations; ok: boolean } {
  const sidecar = readSidecarFor(path);
  const split = options.splitArticlesFrom !== undefined ? { splitArticlesFrom: options.splitArticlesFrom } : {};
  if ('error' in sidecar) {
    err(`news-annotator: ${sidecarPathFor(path)}: ${sidecar.error}; ${path} is annotated without its corrections\n`);
    return { annotations: annotate(text, split), ok: false };
  }
  if ('none' in sidecar) return { annotations: annotate(text, split), ok: true };
  const annotations = annotate(text, { ...split, corrections: sidecar.corrections });
  for (const o of annotations.orphans ?? []) err(`news-annotator: ${sidecarPathFor(path)}: warning: correction ${o.correction.id} no longer applies: ${o.message}\n`);
  return { annotations, ok: true };
}

/**
 * Reads and annotates one article (with its sidecar), reporting each problem on `err`. Null when
 * the article could not be annotated at all; `ok` false when it was, but without its corrections.
 */
export function loadArticle(path: string, err: (s: string) => void, options: ArticleOptions = {}): { text: string; annotations: Annotations; ok: boolean } | null {
  const read = readText(path);
  if ('error' in read) {
    err(`news-annotator: ${path}: ${read.error}\n`);
    return null;
  }
  try {
    return { text: read.text, ...annotateArticle(path, read.text, err, options) };
  } catch (e) {
    err(`news-annotator: ${path}: could not be annotated: ${(e as Error).message}\n`);
    return null;
  }
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, is flushed
 * to disk, and is renamed over the target, so a reader sees the old file or the new one, never
 * half of it. Throws on failure (the temporary file is removed).
 */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, content, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}
