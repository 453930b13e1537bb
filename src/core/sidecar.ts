/**
 * The corrections sidecar: one human-readable JSON file per article, next to it, named after the
 * article's full file name plus `.news.json` (`harbour-talks.md` → `harbour-talks.md.news.json`).
 * Its JSON Schema is `schemas/news-annotations.schema.json`; `parseSidecar` checks the same rules
 * and says clearly what is wrong. Pure: strings in, data or a message out; nothing here throws on
 * bad input, and reading and writing the file is the caller's job.
 */
import { CORRECTION_KINDS, type Anchor, type Correction, type Sidecar } from './corrections-model';
import { countryRecord } from './data/countries';

/** Appended to an article's file name to name its sidecar. */
export const SIDECAR_SUFFIX = '.news.json';

/** The sidecar path of an article path (`notes/a.md` → `notes/a.md.news.json`). */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** True for a sidecar's file name or path. */
export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && path.length > SIDECAR_SUFFIX.length;
}

export type SidecarResult = { ok: true; sidecar: Sidecar } | { ok: false; error: string };

/** Parses and validates a sidecar's text. */
export function parseSidecar(json: string): SidecarResult {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  return validateSidecar(value);
}

/** The text of a sidecar: indented JSON, the keys in a stable order, ending with a newline. */
export function serializeSidecar(sidecar: Sidecar): string {
  const anchor = (a: Anchor): Anchor => ({ text: a.text, before: a.before, after: a.after, occurrence: a.occurrence });
  const ordered = {
    version: sidecar.version,
    ...(sidecar.article === undefined ? {} : { article: sidecar.article }),
    corrections: sidecar.corrections.map((c) => {
      const { id, kind, target, note, created, ...rest } = c as Correction & { other?: Anchor };
      const other = rest.other;
      delete rest.other;
      return {
        id,
        kind,
        ...rest,
        target: anchor(target),
        ...(other ? { other: anchor(other) } : {}),
        ...(note === undefined ? {} : { note }),
        ...(created === undefined ? {} : { created }),
      };
    }),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

class Invalid extends Error {}

type Obj = Record<string, unknown>;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 39) + '…' : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

function object(v: unknown, at: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(`${at} must be an object, not ${describe(v)}`);
  return v as Obj;
}

function onlyKeys(o: Obj, at: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) throw new Invalid(`${at} has an unknown property "${k}" (allowed: ${allowed.join(', ')})`);
  }
}

function string(o: Obj, key: string, at: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
  const v = o[key];
  if (v === undefined) {
    if (opts.optional) return undefined;
    throw new Invalid(`${at} needs "${key}"`);
  }
  if (typeof v !== 'string') throw new Invalid(`${at}.${key} must be a string, not ${describe(v)}`);
  if (opts.nonEmpty && v.trim() === '') throw new Invalid(`${at}.${key} must not be empty`);
  return v;
}

function anchor(v: unknown, at: string): Anchor {
  const o = object(v, at);
  onlyKeys(o, at, ['text', 'before', 'after', 'occurrence']);
  const text = string(o, 'text', at) as string;
  if (text === '') throw new Invalid(`${at}.text must not be empty`);
  const before = string(o, 'before', at, { optional: true }) ?? '';
  const after = string(o, 'after', at, { optional: true }) ?? '';
  const occ = o.occurrence ?? 0;
  if (typeof occ !== 'number' || !Number.isInteger(occ) || occ < 0) throw new Invalid(`${at}.occurrence must be a whole number 0 or more, not ${describe(occ)}`);
  return { text, before, after, occurrence: occ };
}

function speaker(v: unknown, at: string): { name: string; type: 'person' | 'organization' } {
  const o = object(v, at);
  onlyKeys(o, at, ['name', 'type']);
  const name = string(o, 'name', at, { nonEmpty: true }) as string;
  const type = o.type ?? 'person';
  if (type !== 'person' && type !== 'organization') throw new Invalid(`${at}.type must be "person" or "organization", not ${describe(type)}`);
  return { name, type };
}

const COMMON = ['id', 'kind', 'target', 'note', 'created'];
const EXTRA: Record<string, readonly string[]> = {
  'set-speaker': ['speaker'],
  'not-quote': [],
  'mark-quote': ['speaker'],
  'mark-person': ['name'],
  'mark-organization': ['name'],
  'mark-country': ['country'],
  'not-person': ['all'],
  'not-organization': ['all'],
  'not-country': [],
  'merge-people': ['other', 'name'],
};

function correction(v: unknown, at: string): Correction {
  const o = object(v, at);
  const id = string(o, 'id', at, { nonEmpty: true }) as string;
  const kind = o.kind;
  if (typeof kind !== 'string' || !(CORRECTION_KINDS as readonly string[]).includes(kind)) {
    throw new Invalid(`${at}.kind must be one of ${CORRECTION_KINDS.join(', ')}, not ${describe(kind)}`);
  }
  onlyKeys(o, at, [...COMMON, ...EXTRA[kind]]);
  const base: Obj = { id, kind, target: anchor(o.target, `${at}.target`) };
  const note = string(o, 'note', at, { optional: true });
  if (note !== undefined) base.note = note;
  const created = string(o, 'created', at, { optional: true });
  if (created !== undefined) base.created = created;
  switch (kind) {
    case 'set-speaker':
      base.speaker = speaker(o.speaker, `${at}.speaker`);
      break;
    case 'mark-quote':
      if (o.speaker !== undefined) base.speaker = speaker(o.speaker, `${at}.speaker`);
      break;
    case 'mark-person':
    case 'mark-organization': {
      const name = string(o, 'name', at, { optional: true, nonEmpty: true });
      if (name !== undefined) base.name = name;
      break;
    }
    case 'mark-country': {
      const code = string(o, 'country', at) as string;
      if (!/^[A-Z]{2}$/.test(code) || !countryRecord(code)) throw new Invalid(`${at}.country must be an ISO 3166-1 alpha-2 code such as "FR", not ${describe(code)}`);
      base.country = code;
      break;
    }
    case 'not-person':
    case 'not-organization':
      if (o.all !== undefined) {
        if (typeof o.all !== 'boolean') throw new Invalid(`${at}.all must be true or false, not ${describe(o.all)}`);
        base.all = o.all;
      }
      break;
    case 'merge-people': {
      base.other = anchor(o.other, `${at}.other`);
      const name = string(o, 'name', at, { optional: true, nonEmpty: true });
      if (name !== undefined) base.name = name;
      break;
    }
  }
  return base as unknown as Correction;
}

/** Validates parsed JSON as a sidecar. */
export function validateSidecar(value: unknown): SidecarResult {
  try {
    const o = object(value, 'the sidecar');
    onlyKeys(o, 'the sidecar', ['$schema', 'version', 'article', 'corrections']);
    if (o.version !== 1) throw new Invalid(`the sidecar needs "version": 1${o.version === undefined ? '' : `, not ${describe(o.version)}`}`);
    const article = string(o, 'article', 'the sidecar', { optional: true });
    if (!Array.isArray(o.corrections)) throw new Invalid(`the sidecar needs "corrections", an array${o.corrections === undefined ? '' : `, not ${describe(o.corrections)}`}`);
    const corrections = o.corrections.map((c, i) => correction(c, `corrections[${i}]`));
    const seen = new Set<string>();
    corrections.forEach((c, i) => {
      if (seen.has(c.id)) throw new Invalid(`corrections[${i}].id "${c.id}" is used twice`);
      seen.add(c.id);
    });
    const sidecar: Sidecar = article === undefined ? { version: 1, corrections } : { version: 1, article, corrections };
    return { ok: true, sidecar };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: `not a valid corrections file: ${e.message}` };
    return { ok: false, error: `not a valid corrections file: ${String((e as Error)?.message ?? e)}` };
  }
}
