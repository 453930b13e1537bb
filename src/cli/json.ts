/** The CLI's JSON record for one annotated file (the documented schema). */
import type { Annotations, TextSpan } from '../core/model';

export interface FileRecord {
  file: string;
  people: { id: string; name: string; role: string | null; country: string | null; mentions: TextSpan[] }[];
  countries: { code: string; name: string; mentions: (TextSpan & { form: string })[] }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    speakerMention: TextSpan | null;
    cue: TextSpan | null;
    rule?: string | null;
  }[];
  organizations: { id: string; name: string; mentions: TextSpan[] }[];
}

const span = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });

export function toRecord(file: string, a: Annotations, explain = false): FileRecord {
  return {
    file,
    people: a.people.map((p) => ({ id: p.id, name: p.name, role: p.role, country: p.country, mentions: p.mentions.map(span) })),
    countries: a.countries.map((c) => ({ code: c.code, name: c.name, mentions: c.mentions.map((m) => ({ ...span(m), form: m.form })) })),
    quotes: a.quotes.map((q) => ({
      ...span(q),
      speaker: q.speaker,
      speakerMention: q.speakerMention ? span(q.speakerMention) : null,
      cue: q.cue ? span(q.cue) : null,
      ...(explain ? { rule: q.rule } : {}),
    })),
    organizations: a.organizations.map((o) => ({ id: o.id, name: o.name, mentions: o.mentions.map(span) })),
  };
}
