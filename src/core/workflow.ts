/**
 * The annotation workflow in one module, for the editor and the command line: corrections and
 * their sidecar file, exports, brat import and the summary across articles. All pure.
 */
export * from './corrections-model';
export { ANCHOR_CONTEXT, createAnchor, resolveAnchor, type Located } from './anchor';
export {
  addCorrection,
  applyCorrections,
  CORRECTION_RULE,
  describeCorrection,
  emptySidecar,
  locateCorrections,
  makeCorrection,
  removeCorrection,
  type CorrectionRequest,
} from './corrections';
export { isSidecarPath, parseSidecar, serializeSidecar, SIDECAR_SUFFIX, sidecarPathFor, validateSidecar, type SidecarResult } from './sidecar';
export * from './export';
export { importBrat, parseAnn, type BratImport, type BratParse } from './import/brat';
export {
  formatSummary,
  speakerKey,
  summarize,
  type ArticleAnnotations,
  type CountryTotal,
  type SpeakerTotal,
  type WorkspaceSummary,
} from './summary';
