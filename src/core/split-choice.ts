/**
 * When a document of several articles is annotated article by article (see articles.ts): the
 * length from which it is, and the reader's choice of it. No imports, so that the editor's
 * settings can read it without loading the core.
 */

/** Documents shorter than this are annotated as one article by default (see AnnotateOptions). */
export const SPLIT_ARTICLES_FROM = 100_000;

/** Long documents only (the default), always, or never. */
export const SPLIT_CHOICES = ['auto', 'always', 'never'] as const;
export type SplitChoice = (typeof SPLIT_CHOICES)[number];

/** The splitArticlesFrom option for a choice (undefined for 'auto': the default). */
export function splitArticlesFrom(choice: SplitChoice): number | undefined {
  return choice === 'always' ? 0 : choice === 'never' ? Number.POSITIVE_INFINITY : undefined;
}
