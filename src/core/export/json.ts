/**
 * The JSON record of one annotated file: the command line's documented schema (README, "JSON
 * schema"). `orphans` appears only when corrections were applied.
 */
import type { Annotations, TextSpan } from '../model';

export interface OrphanRecord {
  id: string;
  kind: string;
  text: string;
  reason: string;
  message: string;
}

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
    resolution?: string | null;
  }[];
  organizations: { id: string; name: string; mentions: TextSpan[] }[];
  orphans?: OrphanRecord[];
}

const span = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });

export function toRecord(file: string, a: Annotations, explain = false): FileRecord {
  const record: FileRecord = {
    file,
    people: a.people.map((p) => ({ id: p.id, name: p.name, role: p.role, country: p.country, mentions: p.mentions.map(span) })),
    countries: a.countries.map((c) => ({ code: c.code, name: c.name, mentions: c.mentions.map((m) => ({ ...span(m), form: m.form })) })),
    quotes: a.quotes.map((q) => ({
      ...span(q),
      speaker: q.speaker,
      speakerMention: q.speakerMention ? span(q.speakerMention) : null,
      cue: q.cue ? span(q.cue) : null,
      ...(explain ? { rule: q.rule, resolution: q.resolution ?? null } : {}),
    })),
    organizations: a.organizations.map((o) => ({ id: o.id, name: o.name, mentions: o.mentions.map(span) })),
  };
  if (a.orphans) {
    record.orphans = a.orphans.map((o) => ({ id: o.correction.id, kind: o.correction.kind, text: o.correction.target.text, reason: o.reason, message: o.message }));
  }
  return record;
}

/** One article as indented JSON (the object `news-annotator annotate --format json` prints per file). */
export function exportJson(file: string, _text: string, a: Annotations): string {
  return JSON.stringify(toRecord(file, a), null, 2) + '\n';
}
