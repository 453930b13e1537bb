/**
 * news-annotator import <file.ann>... [--format json|jsonl]
 *
 * Reads brat standoff files (each with the `.txt` of the same name beside it) and prints the
 * annotations in the CLI's JSON schema, `file` naming the `.txt`.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { toRecord } from '../core/export/json';
import { importBrat } from '../core/import/brat';
import { choice, parseCommandLine, UsageError, type Subcommand } from './args';

export const IMPORT_USAGE = 'news-annotator import <file.ann>... [--format json|jsonl]';

export const importCommand: Subcommand = {
  parse(argv) {
    const args = parseCommandLine(argv, ['--format']);
    if (args === 'help') return 'help';
    const format = choice(args, '--format', ['json', 'jsonl'] as const, 'json');
    if (args.paths.length === 0) throw new UsageError('import needs at least one .ann file');
    return (out, err) => runImport(args.paths, format, out, err);
  },
};

function read(path: string): { text: string } | { error: string } {
  try {
    const text = readFileSync(path, 'utf8');
    return { text: text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `${code ?? 'error'}: ${(e as Error).message}` };
  }
}

function runImport(paths: string[], format: 'json' | 'jsonl', out: (s: string) => void, err: (s: string) => void): number {
  let failed = 0;
  const records: unknown[] = [];
  for (const annPath of paths) {
    if (extname(annPath).toLowerCase() !== '.ann') {
      err(`news-annotator: ${annPath}: not a brat .ann file\n`);
      failed++;
      continue;
    }
    const ann = read(annPath);
    if ('error' in ann) {
      err(`news-annotator: ${annPath}: ${ann.error}\n`);
      failed++;
      continue;
    }
    const txtPath = annPath.slice(0, -4) + '.txt';
    const txt = read(txtPath);
    if ('error' in txt) {
      err(`news-annotator: ${txtPath}: ${txt.error} (the text of ${annPath} is needed for exact offsets)\n`);
      failed++;
      continue;
    }
    const { annotations, warnings } = importBrat(ann.text, txt.text);
    for (const w of warnings) err(`news-annotator: ${annPath}: ${w}\n`);
    const record = toRecord(txtPath, annotations);
    if (format === 'jsonl') out(JSON.stringify(record) + '\n');
    else records.push(record);
  }
  if (format === 'json') out(JSON.stringify(records, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}
