import type { QuoteKind } from './detect-types';
import type { ProseDoc } from './prose';
import type { Quotation } from './quote-marks';

export function classifyQuotations(doc: ProseDoc, quotations: readonly Quotation[]): QuoteKind[] {
  void doc;
  return quotations.map(() => 'quote');
}
