/**
 * Direct-quote detection: pairs quotation marks (quote-marks.ts), splits quotations that span
 * paragraphs into parts, and sorts quoted words into reported speech ('quote') and quoted titles,
 * names and scare quotes ('term', see quote-kind.ts).
 */
import type { QuoteHit } from './detect-types';
import type { ProseDoc } from './prose';
import { findQuotations } from './quote-marks';
import { classifyQuotations } from './quote-kind';
import { primarySingleQuotes } from './single-quotes';

/** Finds quotations in the prose view; parts of one multi-paragraph quotation share `group`. */
export function detectQuotes(doc: ProseDoc): QuoteHit[] {
  const doubles = findQuotations(doc);
  const singles = primarySingleQuotes(doc, doubles);
  const quotations = singles.length === 0 ? doubles : doubles.concat(singles).sort((a, b) => a.pieces[0].start - b.pieces[0].start);
  const kinds = classifyQuotations(doc, quotations);
  const out: QuoteHit[] = [];
  quotations.forEach((q, group) => {
    // a stage direction standing as a whole paragraph of a transcript ("(CROSSTALK.)") is no speech
    const direction = q.pieces.map((p) => q.pieces.length > 1 && isStageDirection(doc.text.slice(p.innerStart, p.innerEnd)));
    const spokenParts = direction.filter((d) => !d).length;
    let nextPart = 0;
    q.pieces.forEach((p, i) => {
      const term = direction[i];
      const part = term ? 0 : nextPart++;
      const parts = term ? 1 : spokenParts;
      out.push({
        start: p.start,
        end: p.end,
        kind: term ? 'term' : kinds[group],
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

/** "(CROSSTALK.)", "(APPLAUSE)": a short parenthesis in capitals, and nothing else but punctuation. */
function isStageDirection(inner: string): boolean {
  const t = inner.trim();
  if (t.length > 40 || t[0] !== '(') return false;
  const close = t.indexOf(')');
  if (close < 2 || /[\p{L}\p{N}]/u.test(t.slice(close + 1))) return false;
  const body = t.slice(1, close);
  return /\p{Lu}/u.test(body) && !/\p{Ll}/u.test(body);
}
