/**
 * Document symbols for articles: each speaker with their quotes, and each country, so they appear
 * in the Outline view, breadcrumbs and Go to Symbol in Editor beside the Markdown headings.
 */
import * as vscode from 'vscode';
import type { TextSpan } from '../core/model';
import type { AnnotationStore } from './cache';
import { indexOf, plural, quoteInner, truncate } from './present';

/**
 * At most this many quotes are listed under each speaker and among the unattributed quotes: the
 * Outline and breadcrumbs ask again after every edit, and thousands of symbols cost the host more
 * than they help anyone. The News view lists them all.
 */
const MAX_QUOTES = 200;

export class AnnotationSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const annotations = await this.store.settled(document, token);
    // not in the same task as the views that took the new annotations
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!annotations || token.isCancellationRequested) return undefined;
    const index = indexOf(annotations);
    const range = (s: TextSpan): vscode.Range => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
    /** The range covering every span, so that children stay inside their parent. */
    const cover = (spans: TextSpan[]): vscode.Range => {
      let start = Infinity;
      let end = -Infinity;
      for (const s of spans) {
        start = Math.min(start, s.start);
        end = Math.max(end, s.end);
      }
      return new vscode.Range(document.positionAt(start), document.positionAt(end));
    };
    const out: vscode.DocumentSymbol[] = [];

    for (const speaker of index.speakers) {
      const quotes = index.quotesBySpeaker.get(speaker.id) ?? [];
      const first = speaker.mentions[0] ?? quotes[0];
      if (!first) continue;
      const symbol = new vscode.DocumentSymbol(
        speaker.name,
        [speaker.role, plural(quotes.length, 'quote')].filter(Boolean).join(' · '),
        speaker.kind === 'person' ? vscode.SymbolKind.Object : vscode.SymbolKind.Namespace,
        cover([...speaker.mentions, ...quotes]),
        range(first),
      );
      symbol.children = quotes.slice(0, MAX_QUOTES).map(
        (q) => new vscode.DocumentSymbol(`“${truncate(quoteInner(q.text), 60)}”`, q.cue?.text ?? '', vscode.SymbolKind.String, range(q), range(q)),
      );
      out.push(symbol);
    }
    for (const q of index.unattributed.slice(0, MAX_QUOTES)) {
      out.push(new vscode.DocumentSymbol(`“${truncate(quoteInner(q.text), 60)}”`, 'unattributed quote', vscode.SymbolKind.String, range(q), range(q)));
    }
    for (const c of annotations.countries) {
      const spans = [...c.mentions, ...c.metonyms];
      if (spans.length === 0) continue;
      const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
      out.push(
        new vscode.DocumentSymbol(`${c.flag} ${c.name}`, plural(c.mentions.length, 'mention'), vscode.SymbolKind.Constant, cover(spans), range(first)),
      );
    }
    return out;
  }
}
