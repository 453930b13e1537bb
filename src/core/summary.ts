/**
 * The workspace view's numbers: speakers and countries across many annotated articles. Speakers
 * are merged by canonical name (case, spacing and accents ignored), so "Ana Lopes" in two
 * articles is one speaker. Pure; the caller annotates the articles (and can keep the per-article
 * results to recompute the summary cheaply when one file changes).
 */
import type { Annotations } from './model';

export interface ArticleAnnotations {
  /** The article's path or name, as the caller wants it shown. */
  file: string;
  annotations: Annotations;
}

export interface SpeakerQuoteRef {
  start: number;
  end: number;
  text: string;
}

export interface SpeakerTotal {
  /** The canonical name (the most frequent spelling across articles). */
  name: string;
  type: 'person' | 'organization';
  /** Roles the articles give, without repeats. */
  roles: string[];
  quotes: number;
  articles: { file: string; quotes: SpeakerQuoteRef[] }[];
}

export interface CountryTotal {
  code: string;
  name: string;
  flag: string;
  mentions: number;
  articles: { file: string; mentions: number }[];
}

export interface WorkspaceSummary {
  articles: number;
  quotes: number;
  /** Quotes without a speaker. */
  unattributed: number;
  /** Most quotes first, then by name. */
  speakers: SpeakerTotal[];
  /** Most mentions first, then by name. */
  countries: CountryTotal[];
  /** Corrections that could not be applied, per article. */
  orphans: { file: string; count: number }[];
}

/** The key speakers are merged by. */
export function speakerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();
}

export function summarize(articles: readonly ArticleAnnotations[]): WorkspaceSummary {
  const speakers = new Map<string, SpeakerTotal & { spellings: Map<string, number> }>();
  const countries = new Map<string, CountryTotal>();
  let quotes = 0;
  let unattributed = 0;
  const orphans: { file: string; count: number }[] = [];
  for (const { file, annotations: a } of articles) {
    const who = new Map<string, { name: string; type: 'person' | 'organization'; role: string | null }>();
    for (const o of a.organizations) who.set(o.id, { name: o.name, type: 'organization', role: null });
    for (const p of a.people) who.set(p.id, { name: p.name, type: 'person', role: p.role });
    for (const q of a.quotes) {
      quotes++;
      const sp = q.speaker === null ? undefined : who.get(q.speaker);
      if (!sp) {
        unattributed++;
        continue;
      }
      const key = `${sp.type}:${speakerKey(sp.name)}`;
      let t = speakers.get(key);
      if (!t) {
        t = { name: sp.name, type: sp.type, roles: [], quotes: 0, articles: [], spellings: new Map() };
        speakers.set(key, t);
      }
      t.spellings.set(sp.name, (t.spellings.get(sp.name) ?? 0) + 1);
      if (sp.role && !t.roles.includes(sp.role)) t.roles.push(sp.role);
      t.quotes++;
      let art = t.articles.find((x) => x.file === file);
      if (!art) {
        art = { file, quotes: [] };
        t.articles.push(art);
      }
      art.quotes.push({ start: q.start, end: q.end, text: q.text });
    }
    for (const c of a.countries) {
      if (c.mentions.length === 0) continue;
      let t = countries.get(c.code);
      if (!t) {
        t = { code: c.code, name: c.name, flag: c.flag, mentions: 0, articles: [] };
        countries.set(c.code, t);
      }
      t.mentions += c.mentions.length;
      t.articles.push({ file, mentions: c.mentions.length });
    }
    if (a.orphans && a.orphans.length > 0) orphans.push({ file, count: a.orphans.length });
  }
  const speakerList: SpeakerTotal[] = [...speakers.values()].map(({ spellings, ...t }) => {
    const name = [...spellings].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0][0];
    return { ...t, name };
  });
  speakerList.sort((x, y) => y.quotes - x.quotes || x.name.localeCompare(y.name));
  const countryList = [...countries.values()].sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
  return { articles: articles.length, quotes, unattributed, speakers: speakerList, countries: countryList, orphans };
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

/** The summary as readable text (the command line's `summary` output). */
export function formatSummary(s: WorkspaceSummary): string {
  const out: string[] = [
    `${plural(s.articles, 'article')}, ${plural(s.quotes, 'quote')} (${s.unattributed} without a speaker), ${plural(s.speakers.length, 'speaker')}, ${plural(s.countries.length, 'country', 'countries')}`,
    '',
    `Speakers (${s.speakers.length}):`,
  ];
  if (s.speakers.length === 0) out.push('  (none)');
  for (const sp of s.speakers) {
    const role = sp.roles.length > 0 ? ` (${sp.roles.join('; ')})` : '';
    const kind = sp.type === 'organization' ? ' [organisation]' : '';
    out.push(`  ${clean(sp.name)}${clean(role)}${kind}: ${plural(sp.quotes, 'quote')} in ${plural(sp.articles.length, 'article')}`);
    for (const art of sp.articles) out.push(`    ${clean(art.file)}: ${art.quotes.length}`);
  }
  out.push('', `Countries (${s.countries.length}):`);
  if (s.countries.length === 0) out.push('  (none)');
  for (const c of s.countries) out.push(`  ${clean(c.name)} (${c.code}): ${plural(c.mentions, 'mention')} in ${plural(c.articles.length, 'article')}`);
  if (s.orphans.length > 0) {
    out.push('', 'Corrections that no longer apply:');
    for (const o of s.orphans) out.push(`  ${clean(o.file)}: ${o.count}`);
  }
  return out.join('\n') + '\n';
}

function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}
