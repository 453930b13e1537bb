export { annotate, analyse, assemble, createAnnotator } from './annotate';
export type { AnnotateOptions, Analysis, IncrementalAnnotator } from './annotate';
export type * from './model';
export { buildProse, ProseCache, ProseDoc } from './prose';
export { COUNTRY_RECORDS, countryRecord } from './data/countries';
export * from './workflow';
