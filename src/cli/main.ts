/**
 * news-annotator: the annotation core from a shell.
 *   news-annotator annotate <file|folder>... [--format text|json|jsonl] [--explain]
 */
import { annotate } from '../core/annotate';
import { collectFiles, readText } from './input';
import { toRecord, type FileRecord } from './json';
import { textReport } from './text-report';

export const USAGE = `Usage: news-annotator annotate <file|folder>... [--format text|json|jsonl] [--explain]

Annotates Markdown news articles: who speaks, what they said, which countries are involved.
A folder is searched for .md and .markdown files; a file given by name is read as Markdown.

Options:
  --format text   a readable summary per file (default)
  --format json   one JSON array with an object per file
  --format jsonl  one JSON object per line, one line per file
  --explain       show which attribution rule decided each quote's speaker
  -h, --help      show this help

Exit status: 0 all files annotated, 1 some files failed, 2 usage error.`;

interface Options {
  command: string;
  paths: string[];
  format: 'text' | 'json' | 'jsonl';
  explain: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options | 'help' {
  const opts: Options = { command: '', paths: [], format: 'text', explain: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') throw new UsageError(`--format takes text, json or jsonl${v === undefined ? '' : `, not "${v}"`}`);
      opts.format = v;
    } else if (a === '--explain') opts.explain = true;
    else if (a === '--') {
      opts.paths.push(...argv.slice(i + 1));
      break;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!opts.command) opts.command = a;
    else opts.paths.push(a);
  }
  if (!opts.command) throw new UsageError('no command given');
  if (opts.command !== 'annotate') throw new UsageError(`unknown command "${opts.command}"`);
  if (opts.paths.length === 0) throw new UsageError('annotate needs at least one file or folder');
  return opts;
}

export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  let opts: Options | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`news-annotator: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (opts === 'help') {
    out(USAGE + '\n');
    return 0;
  }
  const { files, problems } = collectFiles(opts.paths);
  let failed = problems.length;
  for (const p of problems) err(`news-annotator: ${p.path}: ${p.message}\n`);
  const records: FileRecord[] = [];
  for (const f of files) {
    const read = readText(f.path);
    if ('error' in read) {
      err(`news-annotator: ${f.path}: ${read.error}\n`);
      failed++;
      continue;
    }
    let annotations;
    try {
      annotations = annotate(read.text);
    } catch (e) {
      err(`news-annotator: ${f.path}: could not be annotated: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    if (opts.format === 'text') out(textReport(f.path, read.text, annotations, opts.explain) + '\n');
    else if (opts.format === 'jsonl') out(JSON.stringify(toRecord(f.path, annotations, opts.explain)) + '\n');
    else records.push(toRecord(f.path, annotations, opts.explain));
  }
  if (opts.format === 'json') out(JSON.stringify(records, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  const chunks: string[] = [];
  const code = run(process.argv.slice(2), (s) => chunks.push(s), (s) => process.stderr.write(s));
  process.stdout.write(chunks.join(''), () => process.exit(code));
}
