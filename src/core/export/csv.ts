/**
 * CSV of quotes, one row per quote: speaker, role, quote, cue, file, line (RFC 4180: comma
 * separated, CRLF line ends, fields with a comma, quotation mark or line break in double quotes,
 * quotation marks doubled). A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with an apostrophe so a spreadsheet shows it as text and never runs it as a
 * formula.
 */
import type { Annotations } from '../model';
import { Lines, speakers } from './common';

export const CSV_COLUMNS = ['speaker', 'role', 'quote', 'cue', 'file', 'line'] as const;

/** A cell that a spreadsheet will not read as a formula. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field (neutralised first). */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | number | null)[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

export const CSV_HEADER = csvRow([...CSV_COLUMNS]);

/** The rows of one article (no header). */
export function csvRows(file: string, text: string, a: Annotations): string {
  const names = speakers(a);
  const lines = new Lines(text);
  return a.quotes
    .map((q) => {
      const sp = q.speaker === null ? undefined : names.get(q.speaker);
      return csvRow([sp?.name ?? '', sp?.role ?? '', q.text, q.cue?.text ?? '', file, lines.lineOf(q.start)]);
    })
    .join('');
}

/** The quotes of one article as a CSV file, with the header row. */
export function exportCsv(file: string, text: string, a: Annotations): string {
  return CSV_HEADER + csvRows(file, text, a);
}
