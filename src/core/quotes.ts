/**
 * Direct-quote detection: pairs quotation marks (quote-marks.ts), splits quotations that span
 * paragraphs into parts, and sorts quoted words into reported speech ('quote') and quoted titles,
 * names and scare quotes ('term', see quote-kind.ts).
 */
import type { QuoteHit } from './detect-types';
import type { ProseDoc } from './prose';
import { findQuotations } from './quote-marks';
import { classifyQuotations } from './quote-kind';

/** Finds quotations in the prose view; parts of one multi-paragraph quotation share `group`. */
export function detectQuotes(doc: ProseDoc): QuoteHit[] {
  const quotations = findQuotations(doc);
  const kinds = classifyQuotations(doc, quotations);
  const out: QuoteHit[] = [];
  quotations.forEach((q, group) => {
    const parts = q.pieces.length;
    q.pieces.forEach((p, part) => {
      out.push({
        start: p.start,
        end: p.end,
        kind: kinds[group],
        group,
        part,
        parts,
        continues: part < parts - 1,
        nested: p.nested,
      });
    });
  });
  out.sort((a, b) => a.start - b.start);
  return out;
}
