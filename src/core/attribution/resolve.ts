/**
 * Speaker resolution: from a mention (name, pronoun, nominal) to a person or organisation.
 * Uses the people/organisation detector's entities when they cover the mention, and otherwise
 * its own index of names read from the text (titles, cue subjects, full names) so that it still
 * works when the entity detector misses a name.
 */
import { GENDERED_PRONOUNS } from '../data/pronouns';
import { DOCUMENT_CLASSES, EPITHET_HEADS, GENDERED_TITLES, INSTITUTION_HEADS, ISSUING_VERBS, MEDIA_NAME_WORDS, ORG_NAME_WORDS, PUBLIC_NAME_WORDS, ROLE_SYNONYMS } from '../data/nominals';
import { countryRecord } from '../data/countries';
import { NON_PERSON, PLACES } from '../data/people-lexicon';
import { isPlaceHead } from '../name-shape';
import type { CountryResult, EntityResult, Range, SpeakerRef } from '../detect-types';
import type { DocCtx } from './context';
import { isOfficeTitle, isOrgHead, isPersonHead, isTitleToken, nameBackward, nameForward, nominalForward, type NounPhrase } from './np';
import { isSpeechVerb, subjectBackward } from './cues';
import { startsUpper, withoutPeriod, type Token } from './text';

type Gender = 'male' | 'female';

/** One mention of a person or organisation in the text, in reading order. */
export interface Referent {
  range: Range;
  /** Block and token index of the mention's first token. */
  block: number;
  tok: number;
  sentence: number;
  speaker: SpeakerRef;
  /** Identity key: entity id, or own key. */
  key: string;
  person: boolean;
  roles: string[];
}

const ORG_WORDS = new Set(ORG_NAME_WORDS);

const EPITHETS = new Set(EPITHET_HEADS);
const DOC_CLASS = new Map<string, number>();
DOCUMENT_CLASSES.forEach((c, i) => c.forEach((w) => DOC_CLASS.set(w, i)));
const ISSUING = new Set(ISSUING_VERBS);
const MEDIA_WORDS = new Set(MEDIA_NAME_WORDS);
const PUBLIC_WORDS = new Set(PUBLIC_NAME_WORDS);

/** The kind of an organisation by the words of its name. */
function orgKind(name: string): 'media' | 'public' | 'private' | 'academic' {
  const words = name.toLowerCase().replace(/[.’']/g, '').split(/[\s-]+/);
  if (words.some((w) => ['university', 'college', 'school', 'academy'].includes(w))) return 'academic';
  if (words.some((w) => MEDIA_WORDS.has(w))) return 'media';
  if (words.some((w) => PUBLIC_WORDS.has(w))) return 'public';
  // a union of states: "European Union", "African Union", "Eurasian Economic Union"
  if (words[words.length - 1] === 'union' && SUPRANATIONAL_WORDS.has(words[0])) return 'public';
  return 'private';
}
const SUPRANATIONAL_WORDS = new Set(['european', 'african', 'eurasian', 'soviet', 'arab', 'asian', 'postal']);
const UNKNOWN_GENDER_OK = true;
/** GENDERED_PRONOUNS as a map: one look-up per token, no property of Object.prototype read as a pronoun. */
const PRONOUN_GENDER = new Map(Object.entries(GENDERED_PRONOUNS));

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export class Resolver {
  readonly referents: Referent[] = [];
  private readonly gender = new Map<string, Gender>();
  /** Country code of each person entity that has one. */
  private readonly personCountry = new Map<string, string>();
  private readonly roles = new Map<string, Set<string>>();
  /** Own names: surname → full names seen (with position). */
  private readonly fullNames = new Map<string, { name: string; at: number }[]>();

  constructor(
    private readonly ctx: DocCtx,
    private readonly entities: EntityResult,
    private readonly countries: CountryResult,
    /** Quoted titles and terms: a name inside one ("The Steve Harvey Morning Show") is no antecedent. */
    private readonly terms: readonly Range[] = [],
  ) {
    this.index();
  }

  /** Entity mentions sorted by start, for binary search. */
  private entityIndex: { range: Range; ref: SpeakerRef }[] | null = null;

  private entityAt(r: Range): SpeakerRef | null {
    if (!this.entityIndex) {
      const idx: { range: Range; ref: SpeakerRef }[] = [];
      for (const p of this.entities.people) for (const m of p.mentions) idx.push({ range: m, ref: { kind: 'person', id: p.id, name: p.name } });
      for (const o of this.entities.organizations) for (const m of o.mentions) idx.push({ range: m, ref: { kind: 'organization', id: o.id, name: o.name } });
      idx.sort((a, b) => a.range.start - b.range.start);
      this.entityIndex = idx;
    }
    const hit = firstOverlap(this.entityIndex, r, (e) => e.range);
    return hit ? hit.ref : null;
  }

  private sortedCountries: CountryResult['mentions'] | null = null;

  private countryAt(r: Range): SpeakerRef | null {
    const t = this.ctx.doc.text;
    if (!this.sortedCountries) this.sortedCountries = [...this.countries.mentions].sort((a, b) => a.start - b.start);
    const list = this.sortedCountries;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i].start < r.end; i++) {
      const m = list[i];
      if (!overlaps(m, r)) continue;
      if (m.form !== 'name' && m.form !== 'abbreviation') continue;
      // the mention must be the whole name, not "the Russian Foreign Ministry"
      const rest = t.slice(r.start, r.end).replace(t.slice(m.start, m.end), '').trim();
      if (rest.length > 0) continue;
      const rec = countryRecord(m.code);
      return { kind: 'organization', name: rec ? rec.name : t.slice(m.start, m.end) };
    }
    return null;
  }

  /** Reads every name in the text once: referents, full names, titles, genders. */
  private index(): void {
    const t = this.ctx.doc.text;
    const entityRefs: Referent[] = [];
    for (const p of this.entities.people) {
      for (const m of p.mentions) entityRefs.push(this.makeReferent(m, { kind: 'person', id: p.id, name: p.name }, p.id, true, p.role ? p.role.toLowerCase().split(/\s+/) : []));
      if (p.gender) this.gender.set(p.id, p.gender);
      if (p.country) this.personCountry.set(p.id, p.country);
      if (p.role) this.addRoles(p.id, p.role.toLowerCase().split(/[\s,]+/));
    }
    for (const o of this.entities.organizations) {
      for (const m of o.mentions) entityRefs.push(this.makeReferent(m, { kind: 'organization', id: o.id, name: o.name }, o.id, false, []));
    }
    const own: Referent[] = [];
    for (const b of this.ctx.blocks) {
      const toks = b.toks;
      for (let k = 0; k < toks.length; k++) {
        const tk = toks[k];
        if (tk.kind !== 'word' || tk.quote >= 0 || !startsUpper(tk.text)) continue;
        const np0 = nameForward(toks, k, toks.length);
        if (!np0) continue;
        // title and role words just before the name ("Republican nominee Donald Trump", "spokesman Josh Earnest")
        const np = np0; // a new phrase of its own: its roles can be extended in place
        np.roles = rolesBefore(toks, k).concat(np0.roles);
        const m = np.mention;
        const text = t.slice(m.start, m.end);
        const words = text.split(/\s+/);
        const surname = lastNameWord(words);
        if (words.length >= 2 && !this.looksLikeOrg(words)) {
          const list = this.fullNames.get(surname) ?? [];
          list.push({ name: text, at: m.start });
          this.fullNames.set(surname, list);
        }
        const titled = np.roles.length > 0 && np.roles.some((r) => r !== 'the' && r !== 'of');
        const ent = this.entityAt(m);
        // "Japan's Economy Minister, Kenji Watanabe": a capitalised run ending in an office is a title, not a person
        const office = words.length >= 2 && isOfficeTitle(words[words.length - 1]);
        // "Palm Beach", "Trump Tower", "Wall Street", "Salt Lake City": a place, not someone "he" can be
        const place = words.length >= 2 && isPlaceHead(words[words.length - 1]);
        if (!ent && !office && !place && (titled || words.length >= 2) && !this.looksLikeOrg(words) && !this.countryAt(m) && !words.every((w) => PLACES.has(w.toLowerCase()) || NON_PERSON.has(w.toLowerCase()))) {
          const key = 'own:' + surname.toLowerCase();
          own.push(this.makeReferent(m, { kind: 'person', name: text }, key, true, np.roles));
          this.addRoles(key, np.roles);
          for (const r of np.roles) {
            const g = GENDERED_TITLES[r];
            if (g && !this.gender.has(key)) this.gender.set(key, g);
          }
        } else if (ent) {
          const key = ent.id ?? ent.name;
          this.addRoles(key, np.roles);
          for (const r of np.roles) {
            const g = GENDERED_TITLES[r];
            if (g && !this.gender.has(key)) this.gender.set(key, g);
          }
        }
        k = np.last;
      }
    }
    // own referents for surname-only mentions of people already known by full name or title
    // (own keys are 'own:' + a lower-case surname: the surnames alone spare a key per token)
    const known = new Set(own.map((r) => r.key.slice(4)));
    const covered = new Set<number>();
    for (const r of own) for (let i = r.range.start; i < r.range.end; i++) covered.add(i);
    for (const b of this.ctx.blocks) {
      for (let k = 0; k < b.toks.length; k++) {
        const tk = b.toks[k];
        if (tk.kind !== 'word' || tk.quote >= 0 || !startsUpper(tk.text)) continue;
        if (!known.has(tk.lower)) continue;
        const key = 'own:' + tk.lower;
        if (covered.has(tk.start) || this.entityAt(tk)) continue;
        own.push(this.makeReferent(tk, { kind: 'person', name: tk.text }, key, true, []));
      }
    }
    entityRefs.sort((a, b) => a.range.start - b.range.start);
    const terms = [...this.terms].sort((a, b) => a.start - b.start);
    const inTerm = (r: Referent): boolean => !!firstOverlap(terms, r.range, (x) => x);
    const all = entityRefs.concat(own.filter((r) => !firstOverlap(entityRefs, r.range, (e) => e.range))).filter((r) => !inTerm(r));
    all.sort((a, b) => a.range.start - b.range.start);
    this.referents.push(...all);
    this.inferGenders();
    this.addNominalReferents();
  }

  /**
   * A definite nominal that opens a sentence and names a known person by role ("The prime minister
   * dismissed the criticism.") is a referent too, so that a following "she said" can go to it.
   */
  private addNominalReferents(): void {
    const added: Referent[] = [];
    for (const b of this.ctx.blocks) {
      const toks = b.toks;
      for (let k = 0; k < toks.length; k++) {
        const tk = toks[k];
        if (tk.lower !== 'the' || tk.quote >= 0 || (k > 0 && b.sentence[k] === b.sentence[k - 1])) continue;
        const np = nominalForward(toks, k, toks.length);
        if (!np || np.kind !== 'nominal' || !np.head || !isPersonHead(np.head)) continue;
        const ref = this.resolveNominal(np, np.mention.start);
        if (ref?.kind === 'person') added.push(this.makeReferent(np.mention, ref, this.keyOf(ref), true, []));
        k = np.last;
      }
    }
    if (added.length === 0) return;
    this.referents.push(...added);
    this.referents.sort((a, b) => a.range.start - b.range.start);
  }

  private looksLikeOrg(words: readonly string[]): boolean {
    return words.some((w) => ORG_WORDS.has(withoutPeriod(w.toLowerCase()))) || words.every((w) => /^[\p{Lu}.&-]+$/u.test(w) && w.length > 1 && words.length === 1);
  }

  private addRoles(key: string, roles: readonly string[]): void {
    let s = this.roles.get(key);
    if (!s) this.roles.set(key, (s = new Set()));
    for (const r0 of roles) {
      const r = r0.replace(/[^\p{L}-]/gu, '');
      s.add(r);
      for (const syn of ROLE_SYNONYMS[r] ?? []) s.add(syn);
    }
  }

  private makeReferent(r: Range, speaker: SpeakerRef, key: string, person: boolean, roles: string[]): Referent {
    const bi = this.ctx.doc.blockIndexAt(r.start);
    const b = this.ctx.blocks[bi];
    let tok = 0;
    let sentence = 0;
    if (b) {
      let lo = 0;
      let hi = b.toks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (b.toks[mid].end > r.start) hi = mid;
        else lo = mid + 1;
      }
      tok = lo < b.toks.length ? lo : b.toks.length - 1;
      sentence = b.sentence[tok] ?? 0;
    }
    return { range: { start: r.start, end: r.end }, block: bi, tok, sentence, speaker, key, person, roles };
  }

  /** Gender from he/she pronouns in the sentences where a person is the only one named. */
  private inferGenders(): void {
    const votes = new Map<string, { male: number; female: number }>();
    // people referents by block and sentence (the votes are sums: the order of sentences does not matter)
    const bySentence = new Map<number, Map<number, Referent[]>>();
    for (const r of this.referents) {
      if (!r.person) continue;
      let inBlock = bySentence.get(r.block);
      if (!inBlock) bySentence.set(r.block, (inBlock = new Map()));
      const l = inBlock.get(r.sentence);
      if (l) l.push(r);
      else inBlock.set(r.sentence, [r]);
    }
    for (const refs of [...bySentence.values()].flatMap((m) => [...m.values()])) {
      const bi = refs[0].block;
      const si = refs[0].sentence;
      let single = true;
      for (const r of refs) if (r.key !== refs[0].key) single = false;
      if (!single) {
        // several people: a subject pronoun after them most often refers to the first (the subject)
        const b = this.ctx.blocks[bi];
        const firstRef = refs[0];
        const v = votes.get(firstRef.key) ?? { male: 0, female: 0 };
        let other = Infinity;
        for (const r of refs) if (r.key !== firstRef.key && r.tok > firstRef.tok && r.tok < other) other = r.tok;
        const end = Math.min(b.toks.length, firstRef.tok + 80);
        for (let i = firstRef.tok + 1; i < end && b.sentence[i] === si; i++) {
          const tk = b.toks[i];
          if (tk.quote >= 0 || (tk.lower !== 'he' && tk.lower !== 'she')) continue;
          if (other < i && b.toks[i - 1]?.lower !== 'said') break;
          v[tk.lower === 'he' ? 'male' : 'female']++;
          break;
        }
        votes.set(firstRef.key, v);
        continue;
      }
      const key = refs[0].key;
      const b = this.ctx.blocks[bi];
      const v = votes.get(key) ?? { male: 0, female: 0 };
      const from = b.sentenceFirst[refs[0].tok] ?? 0;
      const last = b.sentenceLast[refs[0].tok] ?? b.toks.length - 1;
      const to = Math.min(b.toks.length - 1, b.sentenceLast[last + 1] ?? last, from + 200);
      for (let i = from; i <= to; i++) {
        const tk = b.toks[i];
        if (tk.quote >= 0 || tk.kind !== 'word') continue;
        const g = PRONOUN_GENDER.get(tk.lower);
        if (g) v[g]++;
      }
      votes.set(key, v);
    }
    for (const [key, v] of votes) {
      if (this.gender.has(key)) continue;
      if (v.male > v.female) this.gender.set(key, 'male');
      else if (v.female > v.male) this.gender.set(key, 'female');
    }
  }

  /** True when the range is a mention of a person (entity, or a name read as a person's). */
  isPerson(r: Range): boolean {
    const hit = firstOverlap(this.referents, r, (x) => x.range);
    return !!hit && hit.person;
  }

  /** True when the range is a mention of a person, an organisation or a country (not a capitalised common word). */
  isEntity(r: Range): boolean {
    return !!firstOverlap(this.referents, r, (x) => x.range) || !!this.countryAt(r);
  }

  genderOf(key: string): Gender | null {
    return this.gender.get(key) ?? null;
  }

  /** The canonical own name for a surname at a position: the nearest earlier full name, else the first later one. */
  private fullName(surname: string, at: number): string | null {
    const list = this.fullNames.get(surname);
    if (!list || list.length === 0) return null;
    // the nearest full name before `at` (entries are in reading order), else the first one
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].at <= at) lo = mid + 1;
      else hi = mid;
    }
    const best = lo > 0 ? list[lo - 1] : list[0];
    // the longest form of that name among the distinct forms seen
    let longest = best.name;
    for (const name of this.distinctNames(surname)) if ((name.endsWith(best.name) || best.name.endsWith(name)) && name.length > longest.length) longest = name;
    return longest;
  }

  private readonly distinct = new Map<string, string[]>();

  /** Distinct full names with that surname (at most 50). */
  private distinctNames(surname: string): string[] {
    let d = this.distinct.get(surname);
    if (!d) {
      const set = new Set<string>();
      for (const e of this.fullNames.get(surname) ?? []) {
        set.add(e.name);
        if (set.size >= 50) break;
      }
      d = [...set];
      this.distinct.set(surname, d);
    }
    return d;
  }

  /** Speaker for a name mention. */
  resolveName(np: NounPhrase): SpeakerRef | null {
    const m = np.mention;
    const ent = this.entityAt(m);
    if (ent) return ent;
    const c = this.countryAt(m);
    if (c) return c;
    const t = this.ctx.doc.text;
    let text = t.slice(m.start, m.end);
    const words = text.split(/\s+/);
    if (this.loneSentenceWord(np, words) || this.unnamedGroup(np, words)) return null;
    if (this.looksLikeOrg(words)) {
      text = text.replace(/^The\s+/, '');
      return { kind: 'organization', name: text };
    }
    const surname = lastNameWord(words);
    const full = this.fullName(surname, m.start);
    return { kind: 'person', name: full && full.length > text.length ? full : text };
  }

  /**
   * One capitalised word opening its sentence, not followed by a verb of speech, that no detector
   * knows, that the text never writes capitalised inside a sentence and never gives a longer name
   * for ("Perhaps the one that …", "Whatever the outcome", "Multiple outlets reported"): its capital
   * tells nothing, so it is no name. Kept: words in capitals (a transcript label, an acronym), an
   * inner capital (PolitiFact), a subject of a speech verb ("Protesters chanted", "Several said").
   */
  private loneSentenceWord(np: NounPhrase, words: readonly string[]): boolean {
    if (words.length !== 1 || np.first !== np.last) return false;
    const w = words[0];
    if (w === w.toUpperCase() || /\p{Lu}/u.test(w.slice(1))) return false;
    const bi = this.ctx.doc.blockIndexAt(np.mention.start);
    const b = bi >= 0 ? this.ctx.blocks[bi] : undefined;
    if (!b || b.toks[np.first]?.start !== np.mention.start || b.sentenceFirst[np.first] !== np.first) return false;
    if (isSpeechVerb(b.toks[np.first + 1])) return false;
    if (this.capitalisedInside(w)) return false;
    return this.fullName(lastNameWord([...words]), np.mention.start) === null;
  }

  /**
   * "Lawmakers said", "Analysts warned": a plural of a person noun opening its sentence names no one
   * (the mention stays, the speaker is unknown).
   */
  private unnamedGroup(np: NounPhrase, words: readonly string[]): boolean {
    if (words.length !== 1 || np.first !== np.last) return false;
    const w = words[0].toLowerCase();
    if (!/s$/.test(w) || w === words[0] || words[0] === words[0].toUpperCase()) return false;
    const bi = this.ctx.doc.blockIndexAt(np.mention.start);
    const b = bi >= 0 ? this.ctx.blocks[bi] : undefined;
    // "Republicans", "Democrats": capitalised inside sentences too, a group's name
    if (!b || b.sentenceFirst[np.first] !== np.first || this.capitalisedInside(words[0])) return false;
    return isPersonHead(w) || isPersonHead(w.replace(/e?s$/, '')) || isPersonHead(w.slice(0, -1));
  }

  /** Words written capitalised somewhere other than a sentence's first word, made on first use. */
  private midCaps: Set<string> | null = null;

  private capitalisedInside(w: string): boolean {
    if (!this.midCaps) {
      this.midCaps = new Set();
      for (const b of this.ctx.blocks) {
        for (let i = 0; i < b.toks.length; i++) {
          const tk = b.toks[i];
          if (tk.kind === 'word' && b.sentenceFirst[i] !== i && tk.text !== tk.lower && startsUpper(tk.text)) this.midCaps.add(tk.text);
        }
      }
    }
    return this.midCaps.has(w);
  }

  /** The speaker a referent stands for, with the fullest form of an own name. */
  private canonical(r: Referent): SpeakerRef {
    if (r.speaker.id || r.speaker.kind !== 'person') return r.speaker;
    const words = r.speaker.name.split(/\s+/);
    const full = this.fullName(lastNameWord(words), r.range.start);
    return full && full.length > r.speaker.name.length ? { kind: 'person', name: full } : r.speaker;
  }

  keyOf(sp: SpeakerRef): string {
    if (sp.id) return sp.id;
    return 'own:' + lastNameWord(sp.name.split(/\s+/)).toLowerCase();
  }

  /** Antecedent of a he/she pronoun at token `tok` of block `bi`. */
  resolvePronoun(bi: number, tok: number, gender: Gender | null, accept: (r: Referent) => boolean = () => true): SpeakerRef | null {
    const b = this.ctx.blocks[bi];
    const sent = b.sentence[tok];
    const at = b.toks[tok].start;
    // candidates before the pronoun, grouped by (block, sentence), nearest group first, leftmost first inside
    const groups: Referent[][] = [];
    let cur: Referent[] = [];
    let curKey = '';
    const lo = this.referentsBefore(at);
    for (let i = lo - 1; i >= 0 && i >= lo - 300; i--) {
      const r = this.referents[i];
      if (!r.person) continue;
      if (r.block < bi - 4) break;
      if (this.ctx.blocks[r.block].toks[r.tok]?.quote >= 0) continue;
      const k = `${r.block}:${r.sentence}`;
      if (k !== curKey) {
        if (cur.length) groups.push(cur);
        cur = [];
        curKey = k;
      }
      cur.unshift(r);
    }
    if (cur.length) groups.push(cur);
    void sent;
    // "A protester, who gave only his first name, said …. “…,” he said": an unnamed person opens
    // the sentence before and no one is named after it, so the pronoun has no named antecedent
    const unnamed = this.indefiniteSubjectBefore(bi, tok);
    if (unnamed && (groups.length === 0 || groups[0][0].block < unnamed.block || (groups[0][0].block === unnamed.block && groups[0][0].tok < unnamed.tok))) return null;
    for (const g of groups) {
      // a person of the pronoun's gender in the nearest sentence; else one of unknown gender there
      let unknown: Referent | null = null;
      for (const r of g) {
        if (this.isPremodifier(r) || !accept(r)) continue;
        const rg = this.genderOf(r.key);
        if (gender && rg && rg !== gender) continue;
        if (gender && !rg) {
          unknown = unknown ?? r;
          continue;
        }
        return this.canonical(r);
      }
      if (unknown && UNKNOWN_GENDER_OK) return this.canonical(unknown);
    }
    // no gendered match: a person of unknown gender in the nearest sentence
    for (const g of groups.slice(0, 2)) {
      for (const r of g) if (!this.genderOf(r.key) && accept(r)) return this.canonical(r);
    }
    return null;
  }

  /** The start of the sentence before token `tok` when it opens with an indefinite person nominal ("A 24-year-old protester"). */
  private indefiniteSubjectBefore(bi: number, tok: number): { block: number; tok: number } | null {
    let b = this.ctx.blocks[bi];
    let end = b.sentenceFirst[tok] - 1;
    if (end < 0) {
      if (bi === 0) return null;
      b = this.ctx.blocks[bi - 1];
      end = b.toks.length - 1;
    }
    if (end < 0) return null;
    const first = b.sentenceFirst[end];
    const det = b.toks[first];
    if (!det || (det.lower !== 'a' && det.lower !== 'an')) return null;
    const np = nominalForward(b.toks, first, Math.min(end + 1, first + 8));
    return np && np.kind === 'nominal' && isPersonHead(np.head ?? '') ? { block: b.index, tok: first } : null;
  }

  /** Antecedent of he/she other than `except` (inside someone's quote, "he" is not the quoted speaker). */
  resolvePronounOther(bi: number, tok: number, gender: Gender, except: SpeakerRef | null): SpeakerRef | null {
    const same = (a: SpeakerRef): boolean => !!except && (a.id && except.id ? a.id === except.id : a.name === except.name);
    return this.resolvePronoun(bi, tok, gender, (r) => !same(this.canonical(r)));
  }

  /** A name used as a modifier of a following name: "Clinton communication director Jennifer Palmieri". */
  private isPremodifier(r: Referent): boolean {
    const b = this.ctx.blocks[r.block];
    if (!b) return false;
    let i = r.tok;
    while (i < b.toks.length && b.toks[i].start < r.range.end) i++;
    let words = 0;
    let role = false;
    for (; i < b.toks.length && words < 4; i++, words++) {
      const tk = b.toks[i];
      if (tk.kind !== 'word') return false;
      // the words in between name a role ("communication director"), not a predicate ("said Trump")
      if (startsUpper(tk.text)) return words > 0 && (role || isTitleToken(tk)) && this.isPerson(tk);
      role = isTitleToken(tk) || isPersonHead(tk.lower) || isOrgHead(tk.lower);
    }
    return false;
  }

  /** Number of referents that start before offset `at` (they are sorted by start). */
  private referentsBefore(at: number): number {
    let lo = 0;
    let hi = this.referents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.referents[mid].range.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Antecedent of "it"/"they" as a speaker: the nearest organisation named in this or the two previous paragraphs. */
  resolveOrgPronoun(bi: number, tok: number, plural = false): SpeakerRef | null {
    const at = this.ctx.blocks[bi].toks[tok].start;
    const lo = this.referentsBefore(at);
    let pairEnd = -1;
    for (let i = lo - 1; i >= 0 && i >= lo - 300; i--) {
      const r = this.referents[i];
      if (r.block < bi - 2) break;
      if (this.ctx.blocks[r.block]?.toks[r.tok]?.quote >= 0) continue;
      if (r.person) {
        // "they" after "Senators X, Republican of Iowa, and Y, Democrat of Vermont": the two of them
        if (plural && i > pairEnd) {
          const pair = this.coordinatedPair(i);
          if (pair) return pair;
          pairEnd = i;
        }
        continue;
      }
      return r.speaker;
    }
    return null;
  }

  /** "X and Y" (appositives allowed) ending at person referent i: a group speaker, or null. */
  private coordinatedPair(i: number): SpeakerRef | null {
    const second = this.referents[i];
    const b = this.ctx.blocks[second.block];
    let and = -1;
    for (let k = second.tok - 1; k >= 0 && second.tok - k <= 2; k--) if (b.toks[k].lower === 'and') and = k;
    if (and < 0) return null;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const first = this.referents[j];
      if (first.block !== second.block || !first.person || first.key === second.key || and - first.tok > 12) continue;
      // between the two: the name, an optional appositive in commas, then "and"
      const between = b.toks.slice(first.tok, and);
      if (between.some((t) => t.quote >= 0 || t.text === '.' || t.text === ';' || t.text === ':' || ['said', 'says', 'told', 'who', 'which'].includes(t.lower))) continue;
      const a = this.canonical(first);
      const c = this.canonical(second);
      return { kind: 'organization', name: `${a.name} and ${c.name}` };
    }
    return null;
  }

  /**
   * A definite description that re-describes someone already named ("the New York businessman",
   * "the 34-year-old mother of three") when no role matches: the person the previous sentences
   * are about, of the gender the head gives. Unnamed-source heads ("the official") never resolve so.
   */
  resolveEpithet(np: NounPhrase, bi: number, tok: number): SpeakerRef | null {
    const head = np.head ?? '';
    const b = this.ctx.blocks[bi];
    if (!b || b.toks[np.first]?.lower !== 'the' || !EPITHETS.has(head)) return null;
    const g = GENDERED_TITLES[head] ?? (EPITHET_GENDER[head] as Gender | undefined) ?? null;
    // a country word in the description ("the Russian leader") rules out people of another country
    const code = this.countryIn(np.mention);
    const words = this.ctx.doc.text.slice(np.mention.start, np.mention.end).toLowerCase().split(/[\s-]+/);
    const fits = (r: Referent): boolean => {
      // not someone named inside the description ("the senior Cruz adviser")
      if (r.key.startsWith('own:') || !r.person || (r.range.start >= np.mention.start && r.range.end <= np.mention.end)) return false;
      const c = this.personCountry.get(r.key);
      if (code && c && c !== code) return false;
      // nor someone the text gives the other party ("the Democratic front-runner" is no Republican)
      return !partyConflict(words, this.roles.get(r.key));
    };
    // a capitalised modifier that is part of someone's title ("the Florida senator" → Florida Sen. X)
    const t = this.ctx.doc.text;
    const caps = t.slice(np.mention.start, np.mention.end).split(/\s+/).slice(1).filter((w) => startsUpper(w)).map((w) => w.toLowerCase());
    if (caps.length > 0) {
      const lo = this.referentsBefore(b.toks[tok].start);
      for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
        const r = this.referents[i];
        const roles = this.roles.get(r.key);
        if (fits(r) && roles && caps.some((w) => roles.has(w))) return this.canonical(r);
      }
    }
    // the subject of the nearest sentence that has one ("One month after … Donald Trump, Marco Rubio still believes")
    return this.resolvePronoun(bi, tok, g, (r) => fits(r) && this.isSubject(r)) ?? this.resolvePronoun(bi, tok, g, fits);
  }

  /**
   * "the Russian", "the 21-year-old Spaniard": a nationality noun after "the" stands for a person,
   * like an epithet — the first person of the nearest sentence, of no other known country. Undefined
   * when `np` is no such phrase.
   */
  resolveDemonym(np: NounPhrase, bi: number): SpeakerRef | null | undefined {
    const b = this.ctx.blocks[bi];
    if (!b || np.kind === 'pronoun') return undefined;
    // the phrase's last word: the mention of a name, the head of a nominal
    let w = np.last;
    while (w > np.first && b.toks[w].start >= np.mention.end) w--;
    const hit = this.countryExactly(b.toks[w]);
    // a plural or a collective ("the Russians", "the French", "the Chinese", "the Swiss") is no one person
    if (!hit || hit.form !== 'demonym' || /(s|ese|ish|ch)$/.test(b.toks[w].text)) return undefined;
    // "the", then at most three lower-case or numeric modifiers ("the 21-year-old", "the veteran")
    let k = w - 1;
    while (k >= 0 && w - k <= 3 && b.toks[k].kind === 'word' && b.toks[k].lower !== 'the' && b.toks[k].text === b.toks[k].lower) k--;
    if (k < 0 || b.toks[k].lower !== 'the') return undefined;
    const fits = (r: Referent): boolean => {
      if (r.key.startsWith('own:') || !r.person) return false;
      const c = this.personCountry.get(r.key);
      return !c || c === hit.code;
    };
    return this.resolvePronoun(bi, k, null, fits);
  }

  /** The country mention that is exactly range `r`. */
  private countryExactly(r: Range): CountryResult['mentions'][number] | null {
    if (!this.sortedCountries) this.sortedCountries = [...this.countries.mentions].sort((a, b) => a.start - b.start);
    const m = firstOverlap(this.sortedCountries, r, (x) => x);
    return m && m.start === r.start && m.end === r.end ? m : null;
  }

  /** True when a referent stands as its clause's subject: at the sentence start or after a comma, before a predicate. */
  private isSubject(r: Referent): boolean {
    const b = this.ctx.blocks[r.block];
    if (!b) return false;
    const before = b.toks[r.tok - 1];
    if (before && b.sentence[r.tok - 1] === b.sentence[r.tok] && before.text !== ',' && !['and', 'but', 'while', 'as', 'when', 'that'].includes(before.lower)) return false;
    let i = r.tok;
    while (i < b.toks.length && b.toks[i].start < r.range.end) i++;
    const next = b.toks[i];
    return !!next && next.kind === 'word' && next.text === next.lower && !['of', 'and', 'or', "'s", 'to', 'in', 'at', 'for'].includes(next.lower);
  }

  /** Country code of a country word inside a range ("Russian" in "the Russian leader"), or null. */
  private countryIn(r: Range): string | null {
    if (!this.sortedCountries) this.sortedCountries = [...this.countries.mentions].sort((a, b) => a.start - b.start);
    const m = firstOverlap(this.sortedCountries, r, (x) => x);
    return m && m.start >= r.start && m.end <= r.end ? m.code : null;
  }

  /**
   * The author of a document named by a nominal ("the clip", "the statement"): the nearest
   * document of the same kind before it that the text gives an author — "a web video by X",
   * "X's letter", "the Clinton ad", "X issued a statement".
   */
  resolveDocument(np: NounPhrase, bi: number, tok: number): SpeakerRef | null {
    const cls = DOC_CLASS.get(np.head ?? '');
    if (cls === undefined) return null;
    // the document's own author first: "a complaint filed by the commission"
    const toks = this.ctx.blocks[bi].toks;
    let h = np.last;
    while (h > np.first && toks[h].end > np.mention.end) h--; // the head, before any appositive
    const own = toks[h]?.lower === np.head ? this.authorOf(toks, h) : null;
    if (own) return own;
    let budget = 400; // tokens looked at, whatever the paragraph lengths: keeps the rule linear
    for (let b = bi; b >= 0 && b >= bi - 3 && budget > 0; b--) {
      const toks = this.ctx.blocks[b].toks;
      for (let d = (b === bi ? tok : toks.length) - 1; d >= 0 && budget-- > 0; d--) {
        const tk = toks[d];
        if (tk.quote >= 0 || tk.kind !== 'word' || DOC_CLASS.get(tk.lower) !== cls) continue;
        const author = this.authorOf(toks, d);
        if (author) return author;
      }
    }
    return null;
  }

  /** The author the text gives a document whose head is token d. */
  private authorOf(toks: readonly Token[], d: number): SpeakerRef | null {
    const asName = (n: NounPhrase | null): SpeakerRef | null => (n && n.kind === 'name' ? this.resolveName(n) : null);
    // "a web video by the Republican National Committee" / "a statement from the ministry"
    // "a complaint filed by the federal Securities and Exchange Commission": the agent of its issuing participle
    const by = ISSUING.has(toks[d + 1]?.lower ?? '') && toks[d + 2]?.lower === 'by' ? d + 2 : d + 1;
    if ((toks[by]?.lower === 'by' || toks[by]?.lower === 'from') && toks[by].quote < 0) {
      let k = toks[by + 1]?.lower === 'the' ? by + 2 : by + 1;
      // at most two lower-case modifiers before the name ("the federal Securities and Exchange Commission")
      for (let m = 0; m < 2 && toks[k] && toks[k].kind === 'word' && toks[k].text === toks[k].lower && toks[k].quote < 0; m++) k++;
      const n = asName(nameForward(toks, k, toks.length));
      if (n) return n;
    }
    // "the RNC's new video", "the Clinton ad": a name before the head, inside its noun phrase
    let i = d - 1;
    while (i >= 0 && d - i <= 4 && toks[i].kind === 'word' && toks[i].quote < 0 && !startsUpper(toks[i].text) && toks[i].lower !== "'s" && !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(toks[i].lower)) i--;
    if (i >= 0 && toks[i].quote < 0) {
      const end = toks[i].lower === "'s" ? i - 1 : i;
      const n = end >= 0 && startsUpper(toks[end].text) ? asName(nameBackward(toks, end, Math.max(0, end - 6))) : null;
      if (n) return n;
    }
    // "Teranga Biologics said in a statement that …": the subject of the reporting verb before "in a statement"
    if (d >= 3 && ['a', 'an', 'its', 'his', 'her', 'their'].includes(toks[d - 1].lower) && toks[d - 2].lower === 'in' && toks[d - 3].quote < 0 && isSpeechVerb(toks[d - 3])) {
      const n = subjectBackward(toks, d - 4, Math.max(0, d - 50));
      if (n && n.kind === 'name') return this.resolveName(n);
    }
    // "the Security Council issued a statement": the subject of an issuing verb just before it
    for (let v = d - 1; v >= 0 && d - v <= 5; v--) {
      if (toks[v].quote >= 0) break;
      if (!ISSUING.has(toks[v].lower)) continue;
      let e = v - 1;
      while (e >= 0 && toks[e].kind === 'word' && ['also', 'has', 'had', 'have', 'later', 'then', 'quickly', 'just', 'recently'].includes(toks[e].lower)) e--;
      if (e >= 0 && startsUpper(toks[e].text)) return asName(nameBackward(toks, e, Math.max(0, e - 8)));
      return null;
    }
    return null;
  }

  /** Referent for a nominal: a person whose title or role holds the head, or an organisation. */
  resolveNominal(np: NounPhrase, before: number): SpeakerRef | null {
    const head = np.head ?? '';
    const singular = head.replace(/s$/, '');
    const t = this.ctx.doc.text;
    const words = t.slice(np.mention.start, np.mention.end).toLowerCase().split(/[\s-]+/);
    let lo = 0;
    let hi = this.referents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.referents[mid].range.start < before) lo = mid + 1;
      else hi = mid;
    }
    // a person whose role holds every word of the nominal ("the prime minister") before one that
    // only shares its head ("the foreign minister" for "the prime minister")
    const modifiers = words.filter((w) => w !== head && w !== singular && /^\p{L}+$/u.test(w) && !['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their'].includes(w));
    if (modifiers.length > 0) {
      for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
        const r = this.referents[i];
        const roles = this.roles.get(r.key);
        if (r.person && roles && (roles.has(head) || roles.has(singular)) && modifiers.every((w) => roles.has(w))) return this.canonical(r);
      }
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
      const r = this.referents[i];
      const roles = this.roles.get(r.key);
      const has = (w: string): boolean => !!roles && roles.has(w);
      if (r.person && (has(head) || has(singular)) && !partyConflict(words, roles)) return this.canonical(r);
      if (!r.person && isOrgHead(head) && t.slice(r.range.start, r.range.end).toLowerCase().split(/\s+/).some((w) => w === head || words.includes(w))) {
        return r.speaker;
      }
    }
    // an organisation or document named inside the nominal: "the IMF report", "a Homeland Security memo"
    if (isOrgHead(head)) {
      const inner = this.capitalisedRun(np.mention);
      if (inner) return this.resolveName({ kind: 'name', first: 0, last: 0, mention: inner, roles: [] });
      const kind = INSTITUTION_HEADS[head];
      if (kind && ['the', 'this', 'that'].includes(words[0])) return this.lastOrganisation(lo, kind);
      return null;
    }
    return null;
  }

  /** The organisation named last before referent index lo, within the two previous paragraphs, not as a complement ("a division of X"). */
  private lastOrganisation(lo: number, kind: 'media' | 'public' | 'any' | 'private'): SpeakerRef | null {
    const bi = lo > 0 ? this.referents[lo - 1].block : 0;
    for (let i = lo - 1; i >= 0 && i >= lo - 100; i--) {
      const r = this.referents[i];
      if (r.block < bi - 2) break;
      if (r.person) continue;
      const b = this.ctx.blocks[r.block];
      if (!b || b.toks[r.tok]?.quote >= 0) continue;
      if (b.toks[r.tok - 1]?.lower === 'of') continue;
      const k = orgKind(r.speaker.name);
      if (kind === 'any' ? k === 'media' : k !== kind) continue;
      return r.speaker;
    }
    return null;
  }

  /** The capitalised words inside a range ("IMF" in "the IMF report"), or null. */
  private capitalisedRun(r: Range): Range | null {
    const t = this.ctx.doc.text;
    const re = /\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.&'’-]*)*/gu;
    const text = t.slice(r.start, r.end);
    let best: Range | null = null;
    for (const m of text.matchAll(re)) {
      if (m.index === 0 && /^(The|A|An|One|This|That|Its|His|Her|Their)$/.test(m[0])) continue;
      const w = m[0].replace(/^(The|A|An)\s+/, '');
      const s = r.start + m.index + (m[0].length - w.length);
      if (!best || w.length > best.end - best.start) best = { start: s, end: s + w.length };
    }
    return best;
  }
}

/** The first item (sorted by start, non-overlapping in practice) whose range overlaps r: binary search. */
function firstOverlap<T>(items: readonly T[], r: Range, rangeOf: (x: T) => Range): T | null {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rangeOf(items[mid]).end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  // ranges may nest: look a few items on
  for (let i = Math.max(0, lo - 2); i < items.length && i < lo + 4; i++) {
    const x = rangeOf(items[i]);
    if (x.start >= r.end) break;
    if (overlaps(x, r)) return items[i];
  }
  return null;
}

/** Title and role words right before token k (at most four, not across a determiner). */
function rolesBefore(toks: readonly Token[], k: number): string[] {
  const out: string[] = [];
  for (let i = k - 1; i >= 0 && k - i <= 4; i--) {
    const tk = toks[i];
    if (tk.kind !== 'word' || tk.quote >= 0 || !(isTitleToken(tk) || isPersonHead(tk.lower)) || tk.lower === 'the' || tk.lower === 'of') break;
    out.unshift(withoutPeriod(tk.lower));
  }
  return out;
}

/** Party words and the words of the rival party. */
const PARTY_RIVALS = { republican: ['democratic', 'democrat'], gop: ['democratic', 'democrat'], democratic: ['republican', 'gop'], democrat: ['republican', 'gop'] } as const;

/** True when a description names one party and the person's roles the other. */
function partyConflict(words: readonly string[], roles: ReadonlySet<string> | undefined): boolean {
  if (!roles) return false;
  for (const w of words) {
    const rivals = (PARTY_RIVALS as Record<string, readonly string[]>)[w];
    if (rivals && rivals.some((x) => roles.has(x))) return true;
  }
  return false;
}

/** Gender of epithet heads not in GENDERED_TITLES. */
const EPITHET_GENDER: Readonly<Record<string, string>> = { mother: 'female', wife: 'female', daughter: 'female', sister: 'female', father: 'male', husband: 'male', son: 'male', brother: 'male', widow: 'female' };

function lastNameWord(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && /^(jr\.?|sr\.?|ii|iii|iv|,)$/i.test(words[i])) i--;
  return words[i].replace(/,$/, '');
}

export function tokensText(toks: readonly Token[]): string {
  return toks.map((x) => x.text).join(' ');
}
