/**
 * news-annotator export <file|folder>... --format json|jsonl|brat|csv|report [--out DIR]
 *
 * Without --out everything goes to standard output (json: one array; jsonl: one line per
 * article; csv: one header and every article's rows; report: the reports one after another).
 * With --out each article gets its own files in DIR, named after the article (its path under a
 * folder argument, its file name otherwise) without the extension: `.json`, `.jsonl`, `.csv`,
 * `.report.md`, or `.txt` + `.ann` (brat, with `annotation.conf` in DIR). brat needs --out.
 */
import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { bratAnnotationConf, CSV_HEADER, csvRows, EXPORT_FORMATS, exportArticle, exportJsonl, exportReport, toRecord, type ExportFormat } from '../core/export';
import { SPLIT_CHOICES, splitArticlesFrom } from '../core/split-choice';
import { choice, parseCommandLine, UsageError, type Subcommand } from './args';
import { loadArticle, writeFileAtomic, type ArticleOptions } from './files';
import { collectFiles } from './input';

export const EXPORT_USAGE = 'news-annotator export <file|folder>... --format json|jsonl|brat|csv|report [--out DIR] [--split-articles auto|always|never]';

interface Article {
  path: string;
  /** Output name without extension, relative to --out. */
  name: string;
}

export const exportCommand: Subcommand = {
  parse(argv) {
    const args = parseCommandLine(argv, ['--format', '--out', '--split-articles']);
    if (args === 'help') return 'help';
    const format = choice<ExportFormat>(args, '--format', EXPORT_FORMATS);
    const options: ArticleOptions = { splitArticlesFrom: splitArticlesFrom(choice(args, '--split-articles', SPLIT_CHOICES, 'auto')) };
    const outDir = args.values.get('--out');
    if (args.paths.length === 0) throw new UsageError('export needs at least one file or folder');
    if (format === 'brat' && outDir === undefined) throw new UsageError('--format brat writes two files per article: give --out DIR');
    return (out, err) => runExport(args.paths, format, outDir, options, out, err);
  },
};

function runExport(paths: string[], format: ExportFormat, outDir: string | undefined, options: ArticleOptions, out: (s: string) => void, err: (s: string) => void): number {
  let failed = 0;
  const articles: Article[] = [];
  const used = new Set<string>();
  for (const p of paths) {
    const { files, problems } = collectFiles([p]);
    for (const pr of problems) err(`news-annotator: ${pr.path}: ${pr.message}\n`);
    failed += problems.length;
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // reported by collectFiles
    }
    for (const f of files) {
      const rel = isDir ? relative(p, f.path) : basename(f.path);
      const stem = rel.slice(0, rel.length - extname(rel).length) || rel;
      let name = stem;
      for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
      used.add(name);
      articles.push({ path: f.path, name });
    }
  }
  const inputs = new Set(articles.map((a) => resolve(a.path)));

  if (outDir !== undefined) {
    try {
      mkdirSync(outDir, { recursive: true });
      if (format === 'brat') writeFileAtomic(join(outDir, 'annotation.conf'), bratAnnotationConf());
    } catch (e) {
      err(`news-annotator: ${outDir}: cannot write there: ${(e as Error).message}\n`);
      return 1;
    }
  }

  const records: unknown[] = [];
  let csvStarted = false;
  let reports = 0;
  for (const art of articles) {
    const result = loadArticle(art.path, err, options);
    if (!result) {
      failed++;
      continue;
    }
    if (!result.ok) failed++;
    const { text, annotations: a } = result;
    if (outDir === undefined) {
      if (format === 'json') records.push(toRecord(art.path, a));
      else if (format === 'jsonl') out(exportJsonl(art.path, text, a));
      else if (format === 'csv') {
        if (!csvStarted) out(CSV_HEADER);
        csvStarted = true;
        out(csvRows(art.path, text, a));
      } else if (format === 'report') out((reports++ > 0 ? '\n' : '') + exportReport(art.path, text, a));
      continue;
    }
    for (const file of exportArticle(format, art.path, text, a)) {
      const target = join(outDir, art.name + file.suffix);
      if (inputs.has(resolve(target))) {
        err(`news-annotator: ${target}: is one of the articles being exported; not overwritten\n`);
        failed++;
        continue;
      }
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileAtomic(target, file.content);
        out(`${target}\n`);
      } catch (e) {
        err(`news-annotator: ${target}: cannot be written: ${(e as Error).message}\n`);
        failed++;
      }
    }
  }
  if (outDir === undefined && format === 'json') out(JSON.stringify(records, null, 2) + '\n');
  if (outDir === undefined && format === 'csv' && !csvStarted) out(CSV_HEADER);
  return failed > 0 ? 1 : 0;
}
