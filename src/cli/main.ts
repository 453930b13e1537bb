/**
 * news-annotator: the annotation core from a shell.
 *   news-annotator annotate <file|folder>... [--format text|json|jsonl] [--explain]
 *   news-annotator export | import | summary …  (see the *-command.ts files)
 */
import { SPLIT_CHOICES, splitArticlesFrom, type SplitChoice } from '../core/split-choice';
import { UsageError, type Subcommand } from './args';
import { EXPORT_USAGE, exportCommand } from './export-command';
import { loadArticle } from './files';
import { IMPORT_USAGE, importCommand } from './import-command';
import { collectFiles } from './input';
import { toRecord, type FileRecord } from './json';
import { SUMMARY_USAGE, summaryCommand } from './summary-command';
import { textReport } from './text-report';

export const USAGE = `Usage: news-annotator annotate <file|folder>... [--format text|json|jsonl] [--explain] [--split-articles auto|always|never]
       ${EXPORT_USAGE}
       ${IMPORT_USAGE}
       ${SUMMARY_USAGE}

Annotates Markdown news articles: who speaks, what they said, which countries are involved.
A folder is searched for .md and .markdown files; a file given by name is read as Markdown.
An article's corrections are read from the file beside it named <article>.news.json.

annotate options:
  --format text   a readable summary per file (default)
  --format json   one JSON array with an object per file
  --format jsonl  one JSON object per line, one line per file
  --explain       show which attribution rule decided each quote's speaker
  --split-articles auto|always|never
                  annotate a file of several articles (each under a level-1 heading, "# Title")
                  article by article: auto (default) for files of 100,000 characters or more
                  only, always, or never (also for export and summary)
  -h, --help      show this help

export: json (the annotate JSON), jsonl (text + labelled spans, for doccano and Prodigy),
  brat (.txt + .ann with annotation.conf; needs --out), csv (one row per quote),
  report (Markdown: who said what). Without --out, to standard output; with --out DIR,
  one file (brat: two) per article in DIR.
import: brat .ann files (with the .txt beside them) to the annotate JSON.
summary: speakers (merged by name) and countries with totals across all the articles.

Exit status: 0 all files done, 1 some files failed (or a corrections file is unusable), 2 usage error.`;

const SUBCOMMANDS = new Map<string, Subcommand>([
  ['export', exportCommand],
  ['import', importCommand],
  ['summary', summaryCommand],
]);

interface Options {
  command: string;
  paths: string[];
  format: 'text' | 'json' | 'jsonl';
  explain: boolean;
  split: SplitChoice;
}

function parseArgs(argv: readonly string[]): Options | 'help' {
  const opts: Options = { command: '', paths: [], format: 'text', explain: false, split: 'auto' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') throw new UsageError(`--format takes text, json or jsonl${v === undefined ? '' : `, not "${v}"`}`);
      opts.format = v;
    } else if (a === '--split-articles' || a.startsWith('--split-articles=')) {
      const v = a === '--split-articles' ? argv[++i] : a.slice('--split-articles='.length);
      if (!(SPLIT_CHOICES as readonly (string | undefined)[]).includes(v)) throw new UsageError(`--split-articles takes ${SPLIT_CHOICES.join(', ')}${v === undefined ? '' : `, not "${v}"`}`);
      opts.split = v as SplitChoice;
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
  const sub = SUBCOMMANDS.get(argv[0] ?? '');
  let opts: Options | 'help' | ((out: (s: string) => void, err: (s: string) => void) => number);
  try {
    opts = sub ? sub.parse(argv.slice(1)) : parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`news-annotator: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (opts === 'help') {
    out(USAGE + '\n');
    return 0;
  }
  if (typeof opts === 'function') return opts(out, err);
  const { files, problems } = collectFiles(opts.paths);
  let failed = problems.length;
  for (const p of problems) err(`news-annotator: ${p.path}: ${p.message}\n`);
  const records: FileRecord[] = [];
  for (const f of files) {
    const article = loadArticle(f.path, err, { splitArticlesFrom: splitArticlesFrom(opts.split) });
    if (!article) {
      failed++;
      continue;
    }
    if (!article.ok) failed++;
    const { text, annotations } = article;
    if (opts.format === 'text') out(textReport(f.path, text, annotations, opts.explain) + '\n');
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
