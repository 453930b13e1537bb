/** The CLI's readable summary of one annotated file. */
import { Lines } from '../core/export/common';
import type { Annotations, Quote } from '../core/model';

const MAX_QUOTE = 100;

function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

/** One line of text, control characters shown as spaces, long quotes shortened. */
function oneLine(s: string, max = MAX_QUOTE): string {
  let out = '';
  for (const ch of s) out += isControl(ch.codePointAt(0) ?? 0) ? ' ' : ch;
  out = out.replace(/ {2,}/g, ' ');
  return [...out].length > max ? [...out].slice(0, max - 1).join('') + '…' : out;
}

export function textReport(file: string, text: string, a: Annotations, explain = false): string {
  const lines = new Lines(text);
  const out: string[] = [file];
  const names = new Map<string, string>();
  for (const p of a.people) names.set(p.id, p.name);
  for (const o of a.organizations) names.set(o.id, o.name);
  const bySpeaker = new Map<string | null, Quote[]>();
  for (const q of a.quotes) {
    const list = bySpeaker.get(q.speaker) ?? [];
    list.push(q);
    bySpeaker.set(q.speaker, list);
  }
  const role = (id: string): string => {
    const p = a.people.find((x) => x.id === id);
    return p?.role ? ` (${p.role})` : '';
  };
  const quoteLine = (q: Quote): string => {
    const cue = q.cue ? ` — ${oneLine(q.cue.text, 40)}` : '';
    const why = explain ? ` [${q.rule ?? 'no rule'}${q.speakerMention ? `: "${oneLine(q.speakerMention.text, 40)}"` : ''}${q.resolution ? ` via ${q.resolution}` : ''}]` : '';
    return `    line ${lines.lineOf(q.start)}: ${oneLine(q.text)}${cue}${why}`;
  };
  const speakers = [...bySpeaker.keys()].filter((k): k is string => k !== null);
  out.push(`  Speakers (${speakers.length}):`);
  if (speakers.length === 0) out.push('    (none)');
  for (const id of speakers) {
    const qs = bySpeaker.get(id) ?? [];
    out.push(`  ${oneLine(names.get(id) ?? id, 80)}${role(id)}: ${qs.length} quote${qs.length === 1 ? '' : 's'}`);
    for (const q of qs) out.push(quoteLine(q));
  }
  const unattributed = bySpeaker.get(null) ?? [];
  if (unattributed.length > 0) {
    out.push(`  Quotes without a speaker (${unattributed.length}):`);
    for (const q of unattributed) out.push(quoteLine(q));
  }
  const others = a.people.filter((p) => !bySpeaker.has(p.id));
  out.push(`  Other people (${others.length}):`);
  for (const p of others) out.push(`    ${oneLine(p.name, 80)}${p.role ? ` (${oneLine(p.role, 60)})` : ''}: ${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}`);
  out.push(`  Countries (${a.countries.length}):`);
  for (const c of a.countries) {
    const metonyms = c.metonyms.length > 0 ? `, ${c.metonyms.length} metonym${c.metonyms.length === 1 ? '' : 's'}` : '';
    out.push(`    ${c.name} (${c.code}): ${c.mentions.length} mention${c.mentions.length === 1 ? '' : 's'}${metonyms}`);
  }
  return out.join('\n') + '\n';
}
