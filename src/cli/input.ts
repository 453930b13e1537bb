/** Finding and reading the files the CLI is given, with a clear message for each bad one. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

export interface InputFile {
  path: string;
}

export interface InputProblem {
  path: string;
  message: string;
}

/** Expands the command-line paths: files as given, folders searched for Markdown files. */
export function collectFiles(paths: readonly string[]): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      problems.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : describe(e) });
      continue;
    }
    if (!isDir) {
      files.push({ path: p });
      continue;
    }
    const found: string[] = [];
    walk(p, found, problems);
    if (found.length === 0) problems.push({ path: p, message: 'folder has no Markdown files (.md, .markdown)' });
    for (const f of found.sort()) files.push({ path: f });
  }
  return { files, problems };
}

function walk(dir: string, out: string[], problems: InputProblem[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, message: describe(e) });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out, problems);
    else if (e.isFile() && MARKDOWN_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a file as UTF-8 text, or says why it cannot be annotated. */
export function readText(path: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EISDIR') return { error: 'is a folder' };
    if (code === 'EACCES' || code === 'EPERM') return { error: 'cannot be read (permission denied)' };
    return { error: describe(e) };
  }
  if (bytes.length === 0) return { error: 'empty file, nothing to annotate' };
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes), not annotated' };
  let text: string; // a byte-order mark is kept, so offsets match the file as editors read it
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: 'not valid UTF-8 text, not annotated' };
  }
  if (text.trim() === '') return { error: 'empty file (only white space), nothing to annotate' };
  return { text };
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message}` : String(err.message ?? e);
}
