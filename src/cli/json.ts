/** The CLI's JSON record for one annotated file (the documented schema); built in the core. */
export { toRecord, type FileRecord } from '../core/export/json';
