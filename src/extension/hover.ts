/**
 * Hover cards on people, organisations, quotes, countries and metonyms, and on corrected text a
 * card listing its corrections, each with a link that removes it. Every piece of document text is
 * escaped (see markdown.ts) and links run only the extension's own commands.
 */
import * as vscode from 'vscode';
import type { Country, Organization, Person, Quote } from '../core/model';
import type { AnnotationStore, CorrectionInfo } from './cache';
import { commandLink, escapeMarkdown as esc, safeMarkdown } from './markdown';
import { type AnnotationIndex, type Hit, indexOf, plural, quoteInner, truncate } from './present';
import { getSettings } from './settings';
import type { Visibility } from './visibility';

const QUOTE_PREVIEW = 100;

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: AnnotationStore,
    private readonly visibility: Visibility,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.visibility.visible) return undefined;
    const settings = getSettings(document);
    if (!settings.hoverEnabled) return undefined;
    const annotations = await this.store.get(document, token);
    if (!annotations || token.isCancellationRequested) return undefined;
    const index = indexOf(annotations);
    const offset = document.offsetAt(position);
    const hits = index.at(offset);
    const fixes = correctionsAt(this.store.corrections(document)?.corrections ?? [], offset);
    if (hits.length === 0 && fixes.length === 0) return undefined;
    const cards = new HoverCards(document.uri, index, settings.hoverMaxQuotes);
    const contents: vscode.MarkdownString[] = [];
    const seen = new Set<string>();
    for (const hit of hits) {
      const card = cards.card(hit);
      if (card && !seen.has(card.value)) {
        seen.add(card.value);
        contents.push(card);
      }
    }
    if (fixes.length) contents.push(correctionsCard(document.uri, fixes));
    const inner = hits[0]?.span ?? fixes[0].at;
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(inner.start), document.positionAt(inner.end)));
  }
}

/** The corrections whose text (or, for a merge, either person's mention) covers `offset`. */
export function correctionsAt(corrections: readonly CorrectionInfo[], offset: number): { info: CorrectionInfo; at: { start: number; end: number } }[] {
  const out: { info: CorrectionInfo; at: { start: number; end: number } }[] = [];
  for (const info of corrections) {
    if (info.orphan) continue;
    const at = [info.target, info.other].find((r) => r && r.start <= offset && offset <= r.end);
    if (at) out.push({ info, at });
  }
  return out;
}

/**
 * The card of the corrections at a place. Each links to Remove Correction with the document's URI
 * and the correction's id as JSON arguments; it may run that command and no other.
 */
export function correctionsCard(uri: vscode.Uri, fixes: readonly { info: CorrectionInfo }[]): vscode.MarkdownString {
  const md = safeMarkdown(`$(edit) **${fixes.length === 1 ? 'Corrected' : `${fixes.length} corrections`}**\n\n`, ['newsAnnotator.removeCorrection']);
  for (const { info } of fixes) {
    const remove = commandLink('Remove correction', 'newsAnnotator.removeCorrection', [uri.toString(), info.correction.id], 'Undo this correction (removes it from the corrections file)');
    md.appendMarkdown(`- ${esc(info.description)} — ${remove}\n`);
  }
  return md;
}

/** Builds the Markdown of each card. Exported for the tree's tooltips. */
export class HoverCards {
  constructor(
    private readonly uri: vscode.Uri,
    private readonly index: AnnotationIndex,
    private readonly maxQuotes: number,
  ) {}

  card(hit: Hit): vscode.MarkdownString | undefined {
    switch (hit.kind) {
      case 'person':
        return this.person(hit.person);
      case 'organization':
        return this.organization(hit.organization);
      case 'speakerMention': {
        const speaker = this.index.speaker(hit.quote.speaker);
        if (!speaker) return undefined;
        const md = safeMarkdown(`*${esc(hit.span.text)}* refers to **${esc(speaker.name)}**\n\n---\n\n`);
        const entity = speaker.kind === 'person' ? this.index.people.get(speaker.id) : undefined;
        const org = speaker.kind === 'organization' ? this.index.organizations.get(speaker.id) : undefined;
        const body = entity ? this.person(entity) : org ? this.organization(org) : undefined;
        if (body) md.appendMarkdown(body.value);
        return md;
      }
      case 'country':
        return this.country(hit.country);
      case 'metonym': {
        const md = safeMarkdown(`*${esc(hit.span.text)}* stands for ${esc(hit.country.flag)} **${esc(hit.country.name)}**\n\n---\n\n`);
        md.appendMarkdown(this.country(hit.country).value);
        return md;
      }
      case 'quote':
        return this.quote(hit.quote);
    }
  }

  person(p: Person): vscode.MarkdownString {
    const country = p.country ? this.index.countries.get(p.country) : undefined;
    const facts: string[] = [];
    if (p.role) facts.push(esc(p.role));
    if (country) facts.push(`${esc(country.flag)} ${esc(country.name)}`);
    else if (p.country) facts.push(esc(p.country));
    const md = safeMarkdown(`$(person) **${esc(p.name)}**${facts.length ? ` — ${facts.join(' · ')}` : ''}\n\n`);
    const quotes = this.index.quotesBySpeaker.get(p.id) ?? [];
    md.appendMarkdown(`${plural(p.mentions.length, 'mention')} · ${plural(quotes.length, 'quote')}\n\n`);
    this.quoteList(md, quotes);
    this.links(md, p.id, quotes.length, p.mentions.length);
    return md;
  }

  organization(o: Organization): vscode.MarkdownString {
    const md = safeMarkdown(`$(organization) **${esc(o.name)}** — organisation\n\n`);
    const quotes = this.index.quotesBySpeaker.get(o.id) ?? [];
    md.appendMarkdown(`${plural(o.mentions.length, 'mention')} · ${plural(quotes.length, 'quote')}\n\n`);
    this.quoteList(md, quotes);
    this.links(md, o.id, quotes.length, o.mentions.length);
    return md;
  }

  private quoteList(md: vscode.MarkdownString, quotes: Quote[]): void {
    const shown = quotes.slice(0, this.maxQuotes);
    shown.forEach((q, i) => {
      const label = truncate(quoteInner(q.text), QUOTE_PREVIEW);
      const cue = q.cue ? ` — *${esc(q.cue.text)}*` : '';
      md.appendMarkdown(`${i + 1}. ${commandLink(`“${label}”`, 'newsAnnotator.reveal', [this.uri.toString(), q.start, q.end], 'Go to quote')}${cue}\n`);
    });
    if (quotes.length > shown.length) md.appendMarkdown(`\n…and ${quotes.length - shown.length} more\n`);
    if (shown.length) md.appendMarkdown('\n');
  }

  private links(md: vscode.MarkdownString, id: string, quotes: number, mentions: number): void {
    const links: string[] = [];
    if (quotes > 0) links.push(commandLink('All quotes', 'newsAnnotator.goToSpeakerQuotes', [this.uri.toString(), id], 'Pick one of their quotes'));
    if (mentions > 1) links.push(commandLink('Next mention', 'newsAnnotator.nextMention', [this.uri.toString(), id], 'Go to the next mention'));
    if (links.length) md.appendMarkdown(links.join(' · '));
  }

  quote(q: Quote): vscode.MarkdownString {
    const speaker = this.index.speaker(q.speaker);
    const ord = this.index.ordinal(q);
    const md = safeMarkdown();
    if (speaker && ord) {
      md.appendMarkdown(`$(quote) **Quote ${ord.index} of ${ord.count} by ${esc(speaker.name)}**${speaker.role ? ` — ${esc(speaker.role)}` : ''}\n\n`);
    } else {
      md.appendMarkdown('$(quote) **Quote** — speaker not identified\n\n');
    }
    const facts: string[] = [];
    if (q.cue) facts.push(`Cue: *${esc(q.cue.text)}*`);
    if (q.speakerMention && speaker && q.speakerMention.text !== speaker.name) facts.push(`Speaker mentioned as *${esc(q.speakerMention.text)}*`);
    if (q.parts > 1) facts.push(`Part ${q.part + 1} of ${q.parts}${q.continues ? ', continues in the next paragraph' : ''}`);
    if (q.nested.length) facts.push(`Quotes within: ${q.nested.map((n) => `*${esc(truncate(n.text, 40))}*`).join(', ')}`);
    if (facts.length) md.appendMarkdown(facts.join('  \n') + '\n\n');
    if (q.parts > 1) {
      const parts = this.index.groups.get(q.group) ?? [];
      const others = parts.filter((p) => p !== q);
      if (others.length) {
        md.appendMarkdown(
          'Other parts: ' + others.map((p) => commandLink(`part ${p.part + 1}`, 'newsAnnotator.reveal', [this.uri.toString(), p.start, p.end], 'Go to this part')).join(' · ') + '\n\n',
        );
      }
    }
    md.appendMarkdown(commandLink('Copy with attribution', 'newsAnnotator.copyQuoteWithAttribution', [this.uri.toString(), q.id], 'Copy “…” — speaker, role'));
    return md;
  }

  country(c: Country): vscode.MarkdownString {
    const md = safeMarkdown(`${esc(c.flag)} **${esc(c.name)}**${c.officialName && c.officialName !== c.name ? ` — ${esc(c.officialName)}` : ''}\n\n`);
    const facts: string[] = [];
    if (c.capital) facts.push(`Capital: ${esc(c.capital)}`);
    facts.push(`ISO: ${esc(c.code)} / ${esc(c.code3)}`);
    if (c.region) facts.push(`Region: ${esc(c.subregion || c.region)}`);
    md.appendMarkdown(facts.join(' · ') + '\n\n');
    const forms = new Map<string, number>();
    for (const m of c.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    const formList = [...forms].sort((a, b) => b[1] - a[1]).map(([text, n]) => `*${esc(text)}* (${n})`);
    md.appendMarkdown(`${plural(c.mentions.length, 'mention')} in this article${formList.length ? `: ${formList.join(', ')}` : ''}`);
    if (c.metonyms.length) {
      const metonyms = new Map<string, number>();
      for (const m of c.metonyms) metonyms.set(m.text, (metonyms.get(m.text) ?? 0) + 1);
      md.appendMarkdown(`; also as ${[...metonyms].map(([text, n]) => `*${esc(text)}* (${n})`).join(', ')}`);
    }
    md.appendMarkdown('\n\n');
    if (c.mentions.length + c.metonyms.length > 1) md.appendMarkdown(commandLink('Next mention', 'newsAnnotator.nextMention', [this.uri.toString(), c.code], 'Go to the next mention'));
    return md;
  }
}
