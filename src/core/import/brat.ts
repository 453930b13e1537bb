/**
 * brat standoff import: an `.ann` (and its `.txt`) back to annotations, the inverse of
 * export/brat.ts. Also reads PolNeAR-style files: every Attribution event's Content becomes a
 * quote, with its Source as the speaker mention and its Cue as the cue.
 *
 * Person and Organisation spans are grouped into entities by their AnnotatorNotes (the canonical
 * name; else the span text); Country spans need an ISO code in their note; a Quote's note
 * "person: <name>" / "organization: <name>" names its speaker. Offsets in the file are code points
 * (brat's); the result has UTF-16 offsets into the text, like `annotate()`. Never throws: lines
 * it cannot use are reported in `warnings`.
 */
import { countryRecord } from '../data/countries';
import { CodePoints } from '../export/brat';
import type { Annotations, Country, Organization, Person, Quote, TextSpan } from '../model';

export interface BratSpan {
  id: string;
  type: string;
  /** Code-point fragments as written. */
  fragments: [number, number][];
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; ref: string }[];
}

export interface BratParse {
  spans: BratSpan[];
  events: BratEvent[];
  /** Target id → note text (AnnotatorNotes). */
  notes: Map<string, string>;
  warnings: string[];
}

/** Reads the lines of an `.ann` file. */
export function parseAnn(ann: string): BratParse {
  const out: BratParse = { spans: [], events: [], notes: new Map(), warnings: [] };
  ann.split(/\r?\n/).forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (line.trim() === '') return;
    const cols = line.split('\t');
    const id = cols[0];
    if (/^T\d+$/.test(id)) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
      if (!m) {
        out.warnings.push(`${where}: cannot read the text-bound annotation ${id}`);
        return;
      }
      const fragments = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      if (fragments.some(([s, e]) => e < s)) {
        out.warnings.push(`${where}: ${id} has a fragment that ends before it starts`);
        return;
      }
      out.spans.push({ id, type: m[1], fragments, text: cols.slice(2).join('\t') });
    } else if (/^E\d+$/.test(id)) {
      const parts = (cols[1] ?? '').trim().split(/\s+/).map((p) => {
        const k = p.lastIndexOf(':');
        return { role: p.slice(0, k), ref: p.slice(k + 1) };
      });
      if (parts.length === 0 || parts.some((p) => !p.role || !p.ref)) {
        out.warnings.push(`${where}: cannot read the event ${id}`);
        return;
      }
      out.events.push({ id, type: parts[0].role, trigger: parts[0].ref, args: parts.slice(1).map((p) => ({ role: p.role.replace(/\d+$/, ''), ref: p.ref })) });
    } else if (/^#\d+$/.test(id)) {
      const m = /^AnnotatorNotes (\S+)$/.exec(cols[1] ?? '');
      if (m) out.notes.set(m[1], cols.slice(2).join('\t').trim());
    } else if (/^[RAMN*]\d*$/.test(id)) {
      // relations, attributes, normalisations: not used
    } else {
      out.warnings.push(`${where}: not a brat standoff line`);
    }
  });
  return out;
}

const PERSON = new Set(['person', 'per']);
const ORG = new Set(['organisation', 'organization', 'org']);

export interface BratImport {
  annotations: Annotations;
  warnings: string[];
}

/**
 * Annotations from an `.ann` file and its text. Without the text, offsets are taken as they are
 * (correct only when the text has no characters outside the Basic Multilingual Plane) and span
 * texts come from the `.ann`.
 */
export function importBrat(ann: string, text?: string): BratImport {
  const p = parseAnn(ann);
  const warnings = [...p.warnings];
  const cps = text === undefined ? null : new CodePoints(text);
  const spanOf = new Map<string, TextSpan>();
  for (const s of p.spans) {
    const cpStart = Math.min(...s.fragments.map((f) => f[0]));
    const cpEnd = Math.max(...s.fragments.map((f) => f[1]));
    if (!cps) {
      spanOf.set(s.id, { start: cpStart, end: cpEnd, text: s.text });
      continue;
    }
    const start = cps.unit(cpStart);
    const end = cps.unit(cpEnd);
    if (start < 0 || end < 0 || end < start) {
      warnings.push(`${s.id}: offsets ${cpStart}–${cpEnd} are outside the text (${cps.length} characters); skipped`);
      continue;
    }
    const fragText = s.fragments.map(([a, b]) => text!.slice(cps.unit(a), cps.unit(b))).join(' ');
    if (fragText.replace(/\s+/g, ' ') !== s.text.replace(/\s+/g, ' ')) warnings.push(`${s.id}: its text ${JSON.stringify(s.text)} differs from the .txt at ${cpStart}–${cpEnd}`);
    spanOf.set(s.id, { start, end, text: text!.slice(start, end) });
  }
  const byStart = (x: TextSpan, y: TextSpan): number => x.start - y.start || x.end - y.end;

  const people: Person[] = [];
  const organizations: Organization[] = [];
  const entity = (list: (Person | Organization)[], kind: 'person' | 'organization', name: string): Person | Organization => {
    const key = name.toLowerCase();
    let e = list.find((x) => x.name.toLowerCase() === key);
    if (!e) {
      e = kind === 'person'
        ? { id: `p${list.length + 1}`, name, role: null, country: null, gender: null, mentions: [] }
        : { id: `org-${list.length + 1}`, name, mentions: [] };
      list.push(e);
    }
    return e;
  };
  const countries = new Map<string, Country>();
  const quotes: Quote[] = [];
  const quoteSpans = new Map<string, Quote>();
  const pendingSpeaker = new Map<Quote, string>();

  for (const s of p.spans) {
    const span = spanOf.get(s.id);
    if (!span) continue;
    const type = s.type.toLowerCase();
    const note = p.notes.get(s.id);
    if (PERSON.has(type)) entity(people, 'person', note || span.text.replace(/\s+/g, ' ')).mentions.push(span);
    else if (ORG.has(type)) entity(organizations, 'organization', note || span.text.replace(/\s+/g, ' ')).mentions.push(span);
    else if (type === 'country') {
      const code = (note ?? '').trim().toUpperCase();
      const rec = countryRecord(code);
      if (!rec) {
        warnings.push(`${s.id}: a Country needs an ISO 3166-1 alpha-2 code in its note${note ? `, not "${note}"` : ''}; skipped`);
        continue;
      }
      let c = countries.get(code);
      if (!c) {
        c = { code: rec.code, name: rec.name, officialName: rec.officialName, code3: rec.code3, flag: rec.flag, capital: rec.capital, region: rec.region, subregion: rec.subregion, mentions: [], metonyms: [] };
        countries.set(code, c);
      }
      c.mentions.push({ ...span, form: 'name' });
    } else if (type === 'quote') {
      const q = newQuote(span, quotes.length);
      quotes.push(q);
      quoteSpans.set(`${span.start}:${span.end}`, q);
      if (note) pendingSpeaker.set(q, note);
    }
  }

  for (const ev of p.events) {
    if (ev.type.toLowerCase() !== 'attribution') continue;
    const arg = (role: string): TextSpan | undefined => {
      const ref = ev.args.find((x) => x.role.toLowerCase() === role)?.ref;
      return ref ? spanOf.get(ref) : undefined;
    };
    const content = arg('content');
    if (!content) {
      warnings.push(`${ev.id}: an Attribution without a usable Content; skipped`);
      continue;
    }
    let q = quoteSpans.get(`${content.start}:${content.end}`);
    if (!q) {
      q = newQuote(content, quotes.length);
      quotes.push(q);
      quoteSpans.set(`${content.start}:${content.end}`, q);
    }
    const cue = arg('cue');
    const source = arg('source');
    if (cue) q.cue = cue;
    if (source) q.speakerMention = source;
  }

  for (const q of quotes) {
    const note = pendingSpeaker.get(q);
    const m = note ? /^(person|organi[sz]ation)\s*:\s*(.+)$/i.exec(note) : null;
    if (m) {
      const kind = m[1].toLowerCase() === 'person' ? 'person' : 'organization';
      q.speaker = entity(kind === 'person' ? people : organizations, kind, m[2].trim()).id;
    } else if (q.speakerMention) {
      const sm = q.speakerMention;
      const owner = [...people, ...organizations].find((e) => e.mentions.some((x) => x.start === sm.start && x.end === sm.end));
      if (owner) q.speaker = owner.id;
    }
  }

  for (const e of [...people, ...organizations]) e.mentions.sort(byStart);
  const countryList = [...countries.values()];
  for (const c of countryList) c.mentions.sort(byStart);
  countryList.sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  quotes.sort(byStart);
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`;
    q.group = `g${i + 1}`;
  });
  return { annotations: { people, countries: countryList, organizations, quotes, terms: [] }, warnings };
}

function newQuote(span: TextSpan, n: number): Quote {
  return {
    ...span,
    id: `q${n + 1}`,
    speaker: null,
    speakerMention: null,
    cue: null,
    group: `g${n + 1}`,
    part: 0,
    parts: 1,
    continues: false,
    nested: [],
    rule: null,
  };
}
