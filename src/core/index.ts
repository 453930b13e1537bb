export { annotate, analyse, assemble } from './annotate';
export type { AnnotateOptions, Analysis } from './annotate';
export type * from './model';
export { buildProse, ProseDoc } from './prose';
export { COUNTRY_RECORDS, countryRecord } from './data/countries';
export * from './workflow';
