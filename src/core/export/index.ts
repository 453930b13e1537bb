/**
 * Exports: pure functions from (file name, article text, annotations) to file contents.
 * `exportArticle` gives every format as a list of files named by suffix.
 */
import type { Annotations } from '../model';
import { exportBrat } from './brat';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportJsonl } from './jsonl';
import { exportReport } from './report';

export type ExportFormat = 'json' | 'jsonl' | 'brat' | 'csv' | 'report';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'brat', 'csv', 'report'];

export interface ExportedFile {
  /** Appended to the article's name without its extension: `.json`, `.jsonl`, `.txt`, `.ann`, `.csv`, `.report.md`. */
  suffix: string;
  content: string;
}

export function exportArticle(format: ExportFormat, file: string, text: string, a: Annotations): ExportedFile[] {
  switch (format) {
    case 'json':
      return [{ suffix: '.json', content: exportJson(file, text, a) }];
    case 'jsonl':
      return [{ suffix: '.jsonl', content: exportJsonl(file, text, a) }];
    case 'brat': {
      const b = exportBrat(file, text, a);
      return [
        { suffix: '.txt', content: b.txt },
        { suffix: '.ann', content: b.ann },
      ];
    }
    case 'csv':
      return [{ suffix: '.csv', content: exportCsv(file, text, a) }];
    case 'report':
      return [{ suffix: '.report.md', content: exportReport(file, text, a) }];
  }
}

export { bratAnnotationConf, exportBrat, CodePoints, type BratFiles } from './brat';
export { CSV_COLUMNS, CSV_HEADER, csvRows, exportCsv, neutralise } from './csv';
export { exportJson, toRecord, type FileRecord } from './json';
export { exportJsonl, labelledSpans, toJsonlRecord, type JsonlRecord, type LabelledSpan } from './jsonl';
export { escapeMarkdown, exportReport } from './report';
