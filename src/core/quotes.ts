import type { QuoteHit } from './detect-types';
import type { ProseDoc } from './prose';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** Finds quotations in each prose block. */
export function detectQuotes(doc: ProseDoc): QuoteHit[] {
  const out: QuoteHit[] = [];
  const t = doc.text;
  let group = 0;
  for (const b of doc.blocks) {
    let open = -1;
    for (let i = b.start; i < b.end; i++) {
      const c = t[i];
      const straight = c === '"';
      if (open < 0 && (OPEN.has(c) || (straight && (i === b.start || /[\s([{—–-]/.test(t[i - 1]))))) open = i;
      else if (open >= 0 && (CLOSE.has(c) || straight)) {
        out.push({ start: open, end: i + 1, kind: 'quote', group: group++, part: 0, parts: 1, continues: false, nested: [] });
        open = -1;
      }
    }
  }
  return out;
}
