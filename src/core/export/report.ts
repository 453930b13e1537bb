/**
 * A Markdown "who said what" report of one article: speakers with their quotes (line and cue),
 * quotes without a speaker, other people, organisations, countries, and corrections that could not
 * be applied. Every piece of document text in it is escaped (each ASCII punctuation character
 * that Markdown or HTML could read is backslash-escaped; line breaks and control characters become
 * spaces), so an article cannot inject links, images, HTML or structure into the report.
 */
import type { Annotations, Quote } from '../model';
import { Lines, oneLine, speakers } from './common';

/** Text safe to put inside a Markdown paragraph, list item or heading: shown literally. */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/ {2,}/g, ' ')
    .replace(/[!#$&(-+\-.:<-@[-`{-~]/g, (c) => `\\${c}`);
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

export function exportReport(file: string, text: string, a: Annotations): string {
  const lines = new Lines(text);
  const names = speakers(a);
  const out: string[] = [`# Who said what: ${escapeMarkdown(file)}`, ''];
  const quoteItem = (q: Quote): string => {
    const cue = q.cue ? ` — ${escapeMarkdown(q.cue.text)}` : '';
    return `- line ${lines.lineOf(q.start)}: ${escapeMarkdown(q.text)}${cue}`;
  };
  const bySpeaker = new Map<string, Quote[]>();
  const none: Quote[] = [];
  for (const q of a.quotes) {
    if (q.speaker === null) none.push(q);
    else bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  }
  out.push(`${plural(a.quotes.length, 'quote')}, ${plural(bySpeaker.size, 'speaker')}, ${plural(a.countries.length, 'country', 'countries')}.`, '');
  for (const [id, qs] of bySpeaker) {
    const sp = names.get(id);
    const title = sp ? escapeMarkdown(sp.name) + (sp.role ? `, ${escapeMarkdown(sp.role)}` : '') + (sp.type === 'organization' ? ' (organisation)' : '') : escapeMarkdown(id);
    out.push(`## ${title}`, '', ...qs.map(quoteItem), '');
  }
  if (none.length > 0) out.push('## Without a speaker', '', ...none.map(quoteItem), '');
  const others = a.people.filter((p) => !bySpeaker.has(p.id));
  if (others.length > 0) {
    out.push('## Other people', '');
    for (const p of others) out.push(`- ${escapeMarkdown(p.name)}${p.role ? `, ${escapeMarkdown(p.role)}` : ''}: ${plural(p.mentions.length, 'mention')}`);
    out.push('');
  }
  const orgs = a.organizations.filter((o) => !bySpeaker.has(o.id) && o.mentions.length > 0);
  if (orgs.length > 0) {
    out.push('## Organisations', '');
    for (const o of orgs) out.push(`- ${escapeMarkdown(o.name)}: ${plural(o.mentions.length, 'mention')}`);
    out.push('');
  }
  if (a.countries.length > 0) {
    out.push('## Countries', '');
    for (const c of a.countries) out.push(`- ${escapeMarkdown(c.name)} (${c.code}): ${plural(c.mentions.length, 'mention')}`);
    out.push('');
  }
  if (a.orphans && a.orphans.length > 0) {
    out.push('## Corrections that no longer apply', '');
    for (const o of a.orphans) out.push(`- ${escapeMarkdown(o.message)}`);
    out.push('');
  }
  return out.join('\n');
}
