/**
 * news-annotator summary <file|folder>... [--format text|json]
 *
 * Annotates every article (with its corrections sidecar) and prints speakers across articles,
 * merged by canonical name, and countries with their mention totals.
 */
import { formatSummary, summarize, type ArticleAnnotations } from '../core/summary';
import { SPLIT_CHOICES, splitArticlesFrom } from '../core/split-choice';
import { choice, parseCommandLine, UsageError, type Subcommand } from './args';
import { loadArticle, type ArticleOptions } from './files';
import { collectFiles } from './input';

export const SUMMARY_USAGE = 'news-annotator summary <file|folder>... [--format text|json] [--split-articles auto|always|never]';

export const summaryCommand: Subcommand = {
  parse(argv) {
    const args = parseCommandLine(argv, ['--format', '--split-articles']);
    if (args === 'help') return 'help';
    const format = choice(args, '--format', ['text', 'json'] as const, 'text');
    const options: ArticleOptions = { splitArticlesFrom: splitArticlesFrom(choice(args, '--split-articles', SPLIT_CHOICES, 'auto')) };
    if (args.paths.length === 0) throw new UsageError('summary needs at least one file or folder');
    return (out, err) => runSummary(args.paths, format, options, out, err);
  },
};

function runSummary(paths: string[], format: 'text' | 'json', options: ArticleOptions, out: (s: string) => void, err: (s: string) => void): number {
  const { files, problems } = collectFiles(paths);
  let failed = problems.length;
  for (const p of problems) err(`news-annotator: ${p.path}: ${p.message}\n`);
  const articles: ArticleAnnotations[] = [];
  for (const f of files) {
    const article = loadArticle(f.path, err, options);
    if (!article || !article.ok) failed++;
    if (article) articles.push({ file: f.path, annotations: article.annotations });
  }
  const summary = summarize(articles);
  out(format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
  return failed > 0 ? 1 : 0;
}
