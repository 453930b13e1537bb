/**
 * People and organisations: every mention found, resolved to one entity, and described.
 *
 * 1. Candidates. Capitalised tokens are grouped into chunks (names may hold initials, particles,
 *    hyphenated parts and a suffix: "Donald J. Trump", "Osama bin Laden", "Joseph R. Biden, Jr.").
 *    Title words at a chunk's start are stripped off ("Secretary", "Sen.", "Mr."); a chunk ending in
 *    an organisation head ("State Department") is an organisation, one ending in a building, place
 *    or event head ("Great Hall", "Trump Tower") is neither; function words, months and places are
 *    cut off.
 * 2. Evidence. A chunk of two or more name words is a person when it has a title or honorific, a
 *    known given name first, a surname written first ("Xi Jinping"), a middle initial or suffix, a
 *    role in an appositive ("William Burns, CIA chief"), a reporting verb after it, or a later mention
 *    of its last word alone.
 * 3. Resolution (sieves, in order): full names merge when given name (nicknames folded) and surname
 *    agree; a shorter multi-word form that ends a full name joins it ("Suu Kyi"); single words join
 *    the person whose surname they are (honorific gender must agree: "Mrs. Trump" is not Donald
 *    Trump), else whose given name they are; what is left stands alone when a title or honorific
 *    backs it, or when it is the surname of a well-known person.
 * 4. Description. The role comes from the title before the name or an appositive after it; the
 *    country from a country word in either; the gender from an honorific, a gendered role or the
 *    given name.
 */
import { BRANCH_ABBREVIATIONS } from './data/country-lexicon';
import { givenNameGender, isGivenName } from './data/given-names';
import {
  FACILITY_HEADS,
  HONORIFICS,
  KNOWN_ORGS,
  PERSON_NAMED_COMPANIES,
  KNOWN_PEOPLE,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NICKNAMES,
  NON_PERSON,
  ORG_HEADS,
  PLACES,
  ROLE_HEADS,
  ROYAL_TITLES,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  SURNAME_FIRST,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  WORK_HEADS,
  type KnownPerson,
} from './data/people-lexicon';
import type { CountryHit, CountryResult, EntityResult, OrgEntity, PersonEntity, Range } from './detect-types';
import type { Gender } from './model';
import type { ProseDoc } from './prose';
import { Occupied } from './ranges';
import { tokenize, type Token } from './tokens';

/** A name word: one token, or tokens joined by hyphens without spaces ("Jean-Marc", "Ki-moon"). */
interface Unit {
  /** Token index range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

interface Candidate {
  units: Unit[];
  start: number;
  end: number;
  /** Title units and the honorific stripped from the chunk's start. */
  titled: boolean;
  honorific: Gender | null | undefined;
  role: string | null;
  country: string | null;
  gender: Gender | null;
  evidence: boolean;
  /** Strong evidence from the name itself (given name, title, surname first, initial). */
  strong: boolean;
  /** A lone title word ("King"): may only be the surname of someone already named. */
  weak: boolean;
  sentenceStart: boolean;
  titleCase: boolean;
  /** A name inside another name: it introduces the person but is not a mention. */
  latent?: boolean;
  /** One of its words is written in lower case elsewhere in the document. */
  common?: boolean;
  /** The word right before the candidate (after titles), if any. */
  before?: string;
}

interface Person {
  units: string[];
  /** Index of the surname unit(s): [from, to) in `units`. */
  surname: string;
  given: string | null;
  suffix: string | null;
  surnameFirst: boolean;
  name: string;
  nameLen: number;
  role: string | null;
  country: string | null;
  gender: Gender | null;
  mentions: Range[];
  fullMentions: number;
  firstAt: number;
}

const LOWER_HYPHEN_PARTS = new Set([
  'pro', 'anti', 'ex', 'non', 'post', 'pre', 'neo', 'then', 'linked', 'branded', 'backed', 'style', 'era', 'led',
  'like', 'based', 'aligned', 'owned', 'supporting', 'friendly', 'leaning', 'loving', 'hating', 'bashing', 'esque',
  'ite', 'ites', 'ism', 'ist', 'ian', 'ians', 'mania', 'world', 'wing', 'ally', 'allied', 'appointed', 'controlled',
  'run', 'funded', 'sponsored', 'affiliated', 'related', 'centric', 'voting', 'voters', 'in', 'elect',
]);
/** Verbs whose subject follows them ("said Charlie King"); not "told", whose object follows. */
const SAID_BEFORE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'continued', 'argued', 'recalled', 'insisted', 'warned', 'declared', 'replied']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'if', 'when', 'while', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'here', 'is', 'was', 'are', 'were', 'be']);
/** Title words that also begin company, product and event names. */
const AMBIGUOUS_TITLES = new Set(['general', 'major', 'private', 'first', 'chief', 'father', 'brother', 'sister', 'saint', 'king', 'queen', 'prince', 'princess', 'emperor', 'dean', 'marshal', 'master', 'star', 'host', 'player', 'member', 'members', 'head', 'partner', 'owner', 'fellow', 'friend', 'ally', 'student', 'doctor']);
const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'gop', 'independent', 'libertarian', 'conservative', 'labour', 'liberal']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
/** Words that end an appositive before any role: a clause or a list goes on ("Smith, who …", "Smith, and …"). */
const NOT_APPOSITIVE = new Set(['and', 'or', 'but', 'who', 'whose', 'which', 'that', 'said', 'says', 'told', 'added', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'not', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as']);
const FEMALE_ROLE = /(woman|women|wife|mother|daughter|sister|queen|princess|lady|widow|aunt|niece|actress|girl|chairwoman|spokeswoman|congresswoman|businesswoman|first lady)\b/i;
const MALE_ROLE = /(\bman\b|husband|father|son\b|brother|king|prince\b|uncle|nephew|actor|boy|chairman|spokesman|congressman|businessman)/i;
const NAME_WORD_RE = /^(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:\p{Lu}[\p{Ll}\p{M}]+)?|[A-Z][a-z]?['’]\p{Lu}\p{Ll}+)$/u;
const UPPER_WORD_RE = /^\p{Lu}[\p{Lu}'’]+$/u;
const INITIAL_RE = /^\p{Lu}\.$/u;

function isNameText(s: string, allowUpper: boolean): boolean {
  for (const part of s.split('-')) {
    if (part.length === 0) return false;
    if (NAME_WORD_RE.test(part) || (/^\p{Lu}/u.test(part) && /\p{Ll}/u.test(part) && !/[\p{N}_]/u.test(part))) continue;
    if (allowUpper && UPPER_WORD_RE.test(part)) continue;
    if (/^\p{Ll}/u.test(part) && s.indexOf('-') > 0) continue; // "Geun-hye"
    if (NAME_PARTICLES.has(part.toLowerCase()) && s.indexOf('-') > 0) continue; // "al-Assad"
    return false;
  }
  return /\p{Lu}/u.test(s);
}

/** Builds the units of the text, keeping per token the unit it belongs to. */
function buildUnits(tokens: Token[], blocked: Uint8Array): { units: Unit[]; unitAt: Int32Array } {
  const units: Unit[] = [];
  const unitAt = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || blocked[i]) continue;
    // Run of words joined by hyphens with no spaces.
    let j = i;
    while (
      j + 2 < tokens.length &&
      (tokens[j + 1].text === '-' || tokens[j + 1].text === '‐') &&
      tokens[j + 1].start === tokens[j].end &&
      tokens[j + 2].start === tokens[j + 1].end &&
      tokens[j + 2].word &&
      !blocked[j + 2]
    )
      j += 2;
    // Cut lower-case prefix and suffix parts off the run: "pro-Clinton", "Trump-linked".
    let a = i;
    let b = j;
    while (a < b && LOWER_HYPHEN_PARTS.has(tokens[a].text.toLowerCase()) && !tokens[a].cap) a += 2;
    while (b > a && !/^\p{Lu}/u.test(tokens[b].text) && (LOWER_HYPHEN_PARTS.has(tokens[b].text.toLowerCase()) || !isSyllablePair(tokens[b - 2].text, tokens[b].text))) b -= 2;
    // A lower-case particle between two capitalised words, alone or with one more particle:
    // "Osama bin Laden", "Ursula von der Leyen", "Inés de la Fuente".
    const particle = a === b && tokens[i].spaceBefore && isParticle(tokens[i]) && capitalBefore(tokens, i) && capitalAfter(tokens, i);
    if (tokens[a].cap || particle || (a < b && NAME_PARTICLES.has(tokens[a].text.toLowerCase()))) {
      let end = tokens[b].end;
      let last = b;
      // A suffix keeps its period: "Jr.".
      if (a === b && NAME_SUFFIXES.has(tokens[a].text) && tokens[b + 1]?.text === '.' && tokens[b + 1].start === end) {
        last = b + 1;
        end = tokens[b + 1].end;
      }
      const u: Unit = { first: a, last, start: tokens[a].start, end, text: '' };
      u.text = a === last ? tokens[a].text : tokens.slice(a, last + 1).map((x) => x.text).join('');
      units.push(u);
      for (let k = a; k <= last; k++) unitAt[k] = units.length - 1;
      i = Math.max(j, last);
      continue;
    }
    i = j;
  }
  return { units, unitAt };
}

const lower = (s: string): string => s.toLowerCase();

/** "von", "de": a name particle written in lower case. */
function isLowerParticle(text: string): boolean {
  return NAME_PARTICLES.has(text);
}

/** A word that is written in lower case somewhere in the document, or never names anyone. */
function isCommonWord(text: string, ctx: Ctx): boolean {
  const k = lower(text);
  return NON_PERSON.has(k) || ctx.lowerSeen.has(k);
}

/** A lower-case name particle token ("von", "der", "bin"). */
function isParticle(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && NAME_PARTICLES.has(t.text);
}

/** A capitalised word before token i, maybe with one particle between: "Ursula [von] der". */
function capitalBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p?.word) return false;
  if (p.cap) return true;
  return p.spaceBefore && isParticle(p) && !!tokens[i - 2]?.word && tokens[i - 2].cap;
}

/** A capitalised word after token i, maybe with one particle between: "von [der] Leyen". */
function capitalAfter(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (!n?.word || !n.spaceBefore) return false;
  if (n.cap) return true;
  return isParticle(n) && !!tokens[i + 2]?.word && tokens[i + 2].cap && tokens[i + 2].spaceBefore;
}

/** "Geun-hye", "Ki-moon", "Jong-un": a short capitalised syllable and a short lower-case one. */
function isSyllablePair(first: string, second: string): boolean {
  return /^\p{Lu}\p{Ll}{0,4}$/u.test(first) && /^\p{Ll}{1,4}$/u.test(second);
}
const stripDot = (s: string): string => (s.endsWith('.') ? s.slice(0, -1) : s);

function isTitleUnit(text: string): boolean {
  const k = lower(stripDot(text));
  return TITLE_WORDS.has(k) || HONORIFICS.has(k) || TITLE_ABBREVIATIONS.has(k);
}

function isSuffix(text: string): boolean {
  return NAME_SUFFIXES.has(stripDot(text));
}

const MAX_CHUNK = 12;
const DEBUG = typeof process !== 'undefined' && !!process.env?.NA_DEBUG_PEOPLE;

export function detectEntities(doc: ProseDoc, countries: CountryResult): EntityResult {
  const { tokens, titleCase } = tokenize(doc);
  const n = tokens.length;
  const blocked = new Uint8Array(n);
  const countryOf = new Map<number, CountryHit>();
  {
    // country mentions and metonyms by start, walked along with the tokens (whose starts increase);
    // of several mentions with one start, the last listed counts
    const byStart = [...countries.mentions].sort((a, b) => a.start - b.start);
    const metStarts = countries.metonyms.map((m) => m.start).sort((a, b) => a - b);
    let ci = 0;
    let mi = 0;
    for (let i = 0; i < n; i++) {
      const at = tokens[i].start;
      while (ci < byStart.length && byStart[ci].start < at) ci++;
      let c: CountryHit | undefined;
      for (let j = ci; j < byStart.length && byStart[j].start === at; j++) c = byStart[j];
      while (mi < metStarts.length && metStarts[mi] < at) mi++;
      if (c) {
        for (let k = i; k < n && tokens[k].start < c.end; k++) {
          blocked[k] = 1;
          countryOf.set(k, c);
        }
      } else if (mi < metStarts.length && metStarts[mi] === at) blocked[i] = 2;
    }
  }
  const { units } = buildUnits(tokens, blocked);

  const candidates: Candidate[] = [];
  const orgs = new OrgTable();
  const lowerSeen = new Set<string>();
  for (let i = 0; i < n; i++) if (tokens[i].word && !tokens[i].cap) lowerSeen.add(tokens[i].text);
  const ctx: Ctx = { text: doc.text, tokens, titleCase, countryOf, candidates, orgs, lowerSeen };

  // Chunks: consecutive units separated by single spaces (or ", Jr."), with initials and particles.
  let u = 0;
  while (u < units.length) {
    const chunk: Unit[] = [units[u]];
    let v = u + 1;
    while (v < units.length) {
      const prev = chunk[chunk.length - 1];
      const cur = units[v];
      const gapTokens = cur.first - prev.last - 1;
      const sameBlock = tokens[cur.first].block === tokens[prev.last].block;
      if (!sameBlock) break;
      // No name is this long: a run of capitalised words is cut into pieces (keeps the work linear).
      if (chunk.length >= MAX_CHUNK) break;
      // "World War II. Trump has said": a suffix with its period may end the sentence.
      if (isSuffix(prev.text) && prev.text.endsWith('.')) break;
      if (gapTokens === 0 && tokens[cur.first].spaceBefore) {
        chunk.push(cur);
        v++;
        continue;
      }
      // "Biden, Jr." — a suffix after a comma.
      if (gapTokens === 1 && tokens[prev.last + 1].text === ',' && isSuffix(cur.text)) {
        chunk.push(cur);
        v++;
        continue;
      }
      // Abbreviated title or honorific with its period: "Sen. Schiff", "Mr. Trump", "Jr." end.
      if (gapTokens === 1 && tokens[prev.last + 1].text === '.' && tokens[prev.last + 1].start === prev.end && (isTitleUnit(prev.text) && !TITLE_WORDS.has(lower(prev.text)) || TITLE_ABBREVIATIONS.has(lower(prev.text)))) {
        chunk.push(cur);
        v++;
        continue;
      }
      break;
    }
    processChunk(chunk, ctx);
    u = v;
  }

  // Known organisations written as one word or acronym (CIA, Reuters). A span added here ends
  // before the next token, so the spans known before the loop answer every look-up.
  const covered = orgs.coverage();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const name = KNOWN_ORGS.get(t.text);
    if (name && !covered(t.start)) orgs.add(name, { start: t.start, end: t.end });
  }

  if (DEBUG) for (const c of candidates) console.error('CAND', JSON.stringify(c.units.map((x) => x.text).join(' ')), c.evidence ? 'E' : '-', c.titled ? 'T' : '-', c.sentenceStart ? 'S' : '-', c.titleCase ? 'H' : '-', c.role);
  const people = resolve(candidates, doc.text, lowerSeen);
  const organizations = orgs.list();
  return { people, organizations };
}

class OrgTable {
  private readonly byKey = new Map<string, OrgEntity>();
  private readonly spans: Range[] = [];
  private maxEnd = 0;

  add(name: string, r: Range): void {
    const key = name.toLowerCase().replace(/^the\s+/, '');
    let o = this.byKey.get(key);
    if (!o) {
      o = { id: '', name, mentions: [] };
      this.byKey.set(key, o);
    }
    o.mentions.push(r);
    this.spans.push(r);
    if (r.end > this.maxEnd) this.maxEnd = r.end;
  }

  /**
   * A short form that ends one longer name and only one ("Security Council" after "United
   * Nations Security Council") is that organisation: its mentions join the longer name's.
   */
  private mergeShortForms(): void {
    // spelled-out acronyms first: "U.N. Security Council" is "United Nations Security Council"
    const spelledOf = new Map<string, string>(); // each key is spelled out once, not once per loop
    const spelled = (k: string): string => {
      let v = spelledOf.get(k);
      if (v === undefined) spelledOf.set(k, (v = k.split(' ').map((w) => KNOWN_ORGS_LOWER.get(w) ?? w).join(' ')));
      return v;
    };
    const byFull = new Map<string, string>();
    for (const k of [...this.byKey.keys()]) {
      const full = spelled(k);
      const first = byFull.get(full);
      if (first === undefined) byFull.set(full, k);
      else this.mergeInto(k, first);
    }
    // every proper word suffix of every name → the names it ends (names are short: linear overall)
    const keys = [...this.byKey.keys()];
    const endingIn = new Map<string, string[]>();
    for (const k of keys) {
      const words = spelled(k).split(' ');
      if (words.length > 12) continue; // no organisation name is that long: keeps this linear
      for (let i = 1; i < words.length - 1; i++) {
        const suffix = words.slice(i).join(' ');
        const list = endingIn.get(suffix) ?? [];
        if (list.length < 2) list.push(k);
        endingIn.set(suffix, list);
      }
    }
    for (const short of keys) {
      if (short.split(' ').length < 2) continue;
      const longer = endingIn.get(spelled(short)) ?? [];
      if (longer.length === 1 && this.byKey.has(longer[0])) this.mergeInto(short, longer[0]);
    }
  }

  /** Moves the mentions of one organisation to another (kept under the other's name). */
  private mergeInto(from: string, into: string): void {
    const a = this.byKey.get(from);
    const b = this.byKey.get(into);
    if (!a || !b || a === b) return;
    // the longer, spelled-out name is the one kept
    if (a.name.length > b.name.length && a.mentions[0].start < b.mentions[0].start) b.name = a.name;
    b.mentions.push(...a.mentions);
    this.byKey.delete(from);
  }

  covers(at: number): boolean {
    if (at >= this.maxEnd) return false;
    return this.spans.some((s) => s.start <= at && at < s.end);
  }

  /** covers() for the spans added so far, by binary search: for many look-ups once the spans are known. */
  coverage(): (at: number) => boolean {
    const occupied = new Occupied(this.spans);
    return (at) => occupied.overlaps({ start: at, end: at + 1 });
  }

  list(): OrgEntity[] {
    this.mergeShortForms();
    const out = [...this.byKey.values()];
    out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    out.forEach((o, i) => {
      o.id = `org-${i + 1}`;
      o.mentions.sort((a, b) => a.start - b.start);
    });
    return out;
  }
}

interface Ctx {
  text: string;
  tokens: Token[];
  titleCase: boolean[];
  countryOf: Map<number, CountryHit>;
  candidates: Candidate[];
  orgs: OrgTable;
  /** Words written in lower case somewhere in the document ("capital", "responsibility"). */
  lowerSeen: Set<string>;
}

/** Words in NON_PERSON that may still be a surname right after a given name ("Theresa May"). */
const SURNAME_OK = new Set(['may', 'march', 'june', 'april', 'august', 'christmas', 'north', 'south', 'west', 'east', 'young', 'white', 'black', 'brown', 'church', 'street', 'field', 'rice', 'king', 'price']);

/** Words in NON_PERSON that are also given names ("Will Hurd"): lower case, as written capitalised. */
const GIVEN_OK = new Set(['will']);

/** "said Will Doyle": a NON_PERSON given name before a capitalised word, not opening a sentence ("Will Trump win?"). */
function givenNameWordAt(chunk: Unit[], u: number, tokens: Token[]): boolean {
  const x = chunk[u];
  const next = chunk[u + 1];
  return GIVEN_OK.has(x.text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(x.text) && !tokens[x.first].sentenceStart && !!next && isNameText(next.text, false) && !NON_PERSON.has(lower(next.text));
}

function isStrippable(text: string): boolean {
  return isTitleUnit(text) || ROLE_HEADS.has(lower(text));
}

function processChunk(chunk: Unit[], ctx: Ctx): void {
  const { tokens } = ctx;
  const tc = ctx.titleCase[tokens[chunk[0].first].block];
  if (ctx.orgs.covers(chunk[0].start)) return;
  // The rest of an organisation's name after "of", "for" or "on": "Center for Responsive Politics".
  const link = tokens[chunk[0].first - 1];
  if (link && !link.cap && ['of', 'for', 'on'].includes(link.text)) {
    let k = chunk[0].first - 2;
    if (tokens[k]?.text === 'the') k--;
    const head = tokens[k];
    if (head && head.cap && head.block === link.block && (ORG_HEADS.has(lower(head.text)) || FACILITY_HEADS.has(lower(head.text)))) return;
  }
  // A known organisation whose name joins two words with "and": "Immigration and Customs Enforcement".
  const and = tokens[chunk[0].first - 1];
  const word = tokens[chunk[0].first - 2];
  if (and?.text === 'and' && word?.cap && KNOWN_ORG_NAMES.has(squash(ctx.text.slice(word.start, chunk[chunk.length - 1].end)))) {
    addOrg(chunk, ctx);
    return;
  }
  // A national branch ("Sansun USA", "Age UK") is an organisation, whatever the words before.
  if (chunk.length >= 2 && BRANCH_ABBREVIATIONS.has(chunk[chunk.length - 1].text) && !ctx.countryOf.has(chunk[chunk.length - 1].first)) {
    addOrg(chunk, ctx);
    return;
  }
  // A company named after people opens the chunk: "Morgan Stanley", "Lockheed Martin".
  const firm = personNamedCompanyAt(chunk);
  if (firm > 0) {
    addOrg(chunk.slice(0, firm), ctx);
    if (firm < chunk.length) processChunk(chunk.slice(firm), ctx);
    return;
  }
  // 0. A chunk that ends in an organisation, building or event head holds no person: "Trump
  //    Organization", "The George W. Bush Presidential Center", "Barack Obama Election Day".
  const lastText = chunk[chunk.length - 1].text;
  if ((!tc || chunk.length <= 3) && chunk.length >= 2 && isHeadWord(lastText)) {
    let a = 0;
    while (a < chunk.length - 1 && FUNCTION_WORDS.has(lower(chunk[a].text))) a++;
    if (ORG_HEADS.has(lower(lastText)) && chunk.length - a >= 2) addOrg(chunk.slice(a), ctx, orgTail(chunk[chunk.length - 1], ctx));
    // "The Rachel Maddow Show": no mention, but a later "Maddow" is Rachel Maddow.
    const inner = chunk.slice(a, -1);
    if (inner.length >= 2 && inner.length <= 3 && isGivenName(inner[0].text) && inner.every((x) => isNameText(x.text, false) && !isHeadWord(x.text))) {
      ctx.candidates.push({ units: inner, start: inner[0].start, end: inner[inner.length - 1].end, titled: false, honorific: undefined, role: null, country: null, gender: null, evidence: true, strong: true, weak: false, sentenceStart: false, titleCase: tc, latent: true });
    }
    return;
  }
  // A lone organisation head with its complement: "the Department of Defense".
  if (chunk.length === 1 && ORG_HEADS.has(lower(lastText)) && !tc) {
    const tail = orgTail(chunk[0], ctx);
    if (tail > chunk[0].end) addOrg(chunk, ctx, tail);
    return;
  }
  // 1. Split at words that are never part of a name ("But", "The", months), keeping "Theresa May".
  const pieces: Unit[][] = [];
  let cur: Unit[] = [];
  for (let u = 0; u < chunk.length; u++) {
    const x = chunk[u];
    const k = lower(stripDot(x.text));
    const prev = cur[cur.length - 1];
    const keep = (prev && isGivenName(prev.text) && SURNAME_OK.has(k)) || givenNameWordAt(chunk, u, tokens);
    if ((NON_PERSON.has(k) && !isStrippable(x.text) && !keep && !(INITIAL_RE.test(x.text) && prev)) || k === 'st' || KNOWN_ORGS.has(x.text)) {
      if (cur.length) pieces.push(cur);
      cur = [];
      continue;
    }
    cur.push(x);
  }
  if (cur.length) pieces.push(cur);

  for (const piece of pieces) {
    // 2. Organisation and building names end in a head word; a name may follow one ("White House
    //    Press Secretary Josh Earnest", "the Washington Post Trump said").
    let from = 0;
    for (let i = 0; i < piece.length; i++) {
      const k = lower(piece[i].text);
      if (!isHeadWord(piece[i].text) || tc || i === piece.length - 1) continue;
      // A head word right after titles is part of a title ("House Speaker", "Senate Majority
      // Leader", "President Park Geun-hye").
      if (piece.slice(from, i).every((x) => isStrippable(x.text)) && !isStrippable(piece[i + 1].text)) continue;
      if (ORG_HEADS.has(k) && i > from) addOrg(piece.slice(from, i + 1), ctx);
      from = i + 1;
    }
    if (from < piece.length) personPiece(piece.slice(from), ctx, tc);
  }
}

/** A role names a position: it ends in a role head ("national security adviser") or is "<head> of X". */
function isRole(words: string[]): boolean {
  if (words.length === 0) return false;
  if (ROLE_HEADS.has(lower(words[words.length - 1]))) return true;
  const of = words.indexOf('of');
  return of > 0 && ROLE_HEADS.has(lower(words[of - 1]));
}

function isNameParticle(text: string): boolean {
  return NAME_PARTICLES.has(text);
}

function isHeadWord(text: string): boolean {
  const k = lower(text);
  return (ORG_HEADS.has(k) || FACILITY_HEADS.has(k) || WORK_HEADS.has(k)) && !isSuffix(text) && !SURNAME_FIRST.has(text);
}

/** End of "of/for/on [the] Capitalised Words [and Capitalised Words]" after an organisation head. */
function orgTail(head: Unit, ctx: Ctx): number {
  const { tokens } = ctx;
  let k = head.last + 1;
  if (!tokens[k] || !['of', 'for', 'on'].includes(tokens[k].text) || !OF_HEADS.has(lower(head.text))) return head.end;
  if (tokens[k].text === 'on' && !ON_HEADS.has(lower(head.text))) return head.end;
  k++;
  if (tokens[k]?.text === 'the') k++;
  let end = head.end;
  while (k < tokens.length && tokens[k].block === tokens[head.last].block) {
    const t = tokens[k];
    if (t.word && t.cap && !KNOWN_ORGS.has(t.text) && !DATE_WORDS.has(lower(t.text))) {
      end = t.end;
      k++;
    } else if (t.text === 'and' && tokens[k + 1]?.cap && end > head.end) k++;
    else break;
  }
  return end;
}

/** The spelled-out names of the known organisations. */
const KNOWN_ORG_NAMES = new Set(KNOWN_ORGS.values());

const PERSON_NAMED = new Set(PERSON_NAMED_COMPANIES);

/** The number of units at the chunk's start that spell a company named after people, or 0. */
function personNamedCompanyAt(chunk: Unit[]): number {
  for (let k = Math.min(3, chunk.length); k >= 2; k--) {
    if (PERSON_NAMED.has(chunk.slice(0, k).map((u) => u.text).join(' '))) return k;
  }
  return 0;
}

/** Known acronyms, lower case, to their lower-case spelled-out names ("u.n." → "united nations"). */
const KNOWN_ORGS_LOWER = new Map([...KNOWN_ORGS].filter(([k, v]) => k !== v).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));

/** Days and months: "the Security Council on Friday" is no "Council on Friday". */
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'tonight', 'yesterday']);

/** Organisation heads that take a complement: "Department of Defense", "Center for American Progress". */
const OF_HEADS = new Set(['department', 'ministry', 'agency', 'organization', 'organisation', 'committee', 'commission', 'council', 'university', 'college', 'institute', 'institution', 'foundation', 'fund', 'bank', 'association', 'federation', 'union', 'league', 'alliance', 'coalition', 'service', 'office', 'administration', 'authority', 'board', 'bureau', 'court', 'assembly', 'center', 'centre', 'school', 'academy', 'church', 'society', 'chamber', 'conference', 'subcommittee', 'secretariat', 'corps']);
const ON_HEADS = new Set(['committee', 'subcommittee', 'council', 'commission', 'board', 'conference']);

function addOrg(units: Unit[], ctx: Ctx, endAt?: number): void {
  const { tokens, countryOf } = ctx;
  // A capitalised first word of a sentence that is a common word is not part of the name ("Once Congress").
  while (units.length > 1 && tokens[units[0].first].sentenceStart && ctx.lowerSeen.has(lower(units[0].text))) units = units.slice(1);
  let start = units[0].start;
  // A known organisation whose name joins two words with "and": "Securities and Exchange Commission".
  const and = tokens[units[0].first - 1];
  const word = tokens[units[0].first - 2];
  const end0 = endAt ?? units[units.length - 1].end;
  if (and?.text === 'and' && word?.cap && KNOWN_ORG_NAMES.has(squash(ctx.text.slice(word.start, end0)))) start = word.start;
  // A national adjective before the name belongs to it: "Russian Foreign Ministry".
  const before = start === units[0].start ? countryOf.get(units[0].first - 1) : undefined;
  if (before && tokens[units[0].first].spaceBefore) start = before.start;
  const end = endAt ?? units[units.length - 1].end;
  ctx.orgs.add(squash(ctx.text.slice(start, end)), { start, end });
}

function personPiece(units: Unit[], ctx: Ctx, tc: boolean): void {
  const { tokens } = ctx;
  if (units.length === 0) return;
  const pieceFirst = units[0].first;
  // Strip titles, honorifics and places before them ("Republican Indiana Gov. Mike Pence").
  let honorific: Gender | null | undefined;
  let t = 0;
  while (t < units.length - 1 && (isStrippable(units[t].text) || PLACES.has(lower(units[t].text)))) {
    const h = HONORIFICS.get(lower(stripDot(units[t].text)));
    if (h !== undefined) honorific = h;
    t++;
  }
  if (t === units.length - 1 && PLACES.has(lower(units[t].text))) return;
  // A title further in, after an organisation or a place: "DNC Chair Debbie Wasserman Schultz",
  // "AFL-CIO President Richard Trumka", "Flint Mayor Karen Weaver".
  if (t === 0) {
    for (let k = units.length - 2; k >= 1; k--) {
      if (isStrippable(units[k].text) && !isGivenName(units[k].text) && (units.length - k - 1 >= 2 || isGivenName(units[k + 1].text))) {
        t = k + 1;
        for (const x of units.slice(0, t)) {
          const h = HONORIFICS.get(lower(stripDot(x.text)));
          if (h !== undefined) honorific = h;
        }
        break;
      }
    }
  }
  if (isHeadWord(units[units.length - 1].text)) return;
  const titleOnly = t === units.length - 1 && isStrippable(units[t].text) && !HONORIFICS.has(lower(stripDot(units[t].text)));
  const stripped = units.slice(0, t);
  units = units.slice(t);
  // A word before a given name and a surname is not part of the name ("Billionaire Donald Trump",
  // "Vermonter Bernie Sanders", a headline's "Fault Ted Cruz").
  for (let k = 1; k <= units.length - 2; k++) {
    const head = units.slice(0, k);
    if (head.some((x) => isGivenName(x.text) || INITIAL_RE.test(x.text) || SURNAME_FIRST.has(x.text) || isNameParticle(x.text))) break;
    if (isGivenName(units[k].text) && !isNameParticle(units[k].text)) {
      units = units.slice(k);
      break;
    }
  }
  // A common word opening a sentence before a lower-case particle is no part of the name: "Later
  // von der Leyen", "Yesterday de la Fuente".
  if (units.length >= 3 && tokens[units[0].first].sentenceStart && isLowerParticle(units[1].text) && !isGivenName(units[0].text) && isCommonWord(units[0].text, ctx)) {
    units = units.slice(1);
  }
  // Before a lone surname only a person's title counts ("President Obama", "Sen. Schiff"), not a
  // word that also starts other names ("House Zika funding", "General Electric", "Miss Universe").
  const titled = stripped.some((x) => {
    const k = lower(stripDot(x.text));
    if (!isStrippable(x.text) || ['former', 'retired', 'first', 'the'].includes(k)) return false;
    if (units.length >= 2) return true;
    return (HONORIFICS.has(k) && k !== 'miss' && k !== 'lady' && k !== 'lord') || (TITLE_ABBREVIATIONS.has(k) && x.text !== 'General') || (ROLE_HEADS.has(k) && !AMBIGUOUS_TITLES.has(k));
  });
  if (units.length > 5) return;
  if (!units.every((x, i) => isNameText(x.text, true) || INITIAL_RE.test(x.text) || (i > 0 && isSuffix(x.text)) || (i > 0 && NAME_PARTICLES.has(lower(x.text))) || (i === 0 && units.length >= 2 && isLowerParticle(x.text)))) return;
  if (INITIAL_RE.test(units[0].text) && units.length === 1) return;
  const first = units[0];
  const c: Candidate = {
    units,
    start: first.start,
    end: units[units.length - 1].end,
    titled: titled && !titleOnly,
    // A lone surname after a title word that is not a person's title only names someone known.
    honorific,
    role: null,
    country: null,
    gender: null,
    evidence: false,
    strong: false,
    weak: titleOnly || (units.length === 1 && t > 0 && !titled),
    sentenceStart: tokens[first.first].sentenceStart && t === 0,
    titleCase: tc,
  };
  const prevTok = tokens[first.first - 1];
  if (prevTok && prevTok.block === tokens[first.first].block) c.before = prevTok.text;
  describe(c, ctx, pieceFirst);
  ctx.candidates.push(c);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Fills role, country, gender and evidence from the words around a candidate. */
function describe(c: Candidate, ctx: Ctx, chunkFirst: number): void {
  const { tokens, countryOf } = ctx;
  const firstTok = c.units[0].first;
  const lastTok = c.units[c.units.length - 1].last;
  const unitTexts = c.units.map((x) => x.text);
  const block = tokens[firstTok].block;

  // Title before the name: walk back over title words, role words, country words and "of".
  let k = firstTok - 1;
  let roleStart = -1;
  let country: string | null = null;
  while (k >= 0 && tokens[k].block === block && firstTok - k <= 12) {
    const tk = tokens[k];
    const key = lower(stripDot(tk.text));
    if (tk.text === '.' && k > 0 && tokens[k - 1].end === tk.start && (TITLE_ABBREVIATIONS.has(lower(tokens[k - 1].text)) || HONORIFICS.has(lower(tokens[k - 1].text)))) {
      k--;
      continue;
    }
    const cHit = countryOf.get(k);
    if (cHit) {
      country ??= cHit.code;
      k--;
      continue;
    }
    // Lower-case words count only as role words ("national security adviser"); title words must be
    // capitalised ("under President Obama" is no role).
    const roleWord = ROLE_HEADS.has(key) || ROLE_MODIFIERS.has(key);
    if (tk.word && (roleWord || (tk.cap && (TITLE_WORDS.has(key) || HONORIFICS.has(key) || TITLE_ABBREVIATIONS.has(key))) || (tk.upper && tk.text.length <= 5))) {
      if (!HONORIFICS.has(key) && !['former', 'retired', 'then', 'the'].includes(key)) roleStart = k;
      k--;
      continue;
    }
    if ((tk.text === 'of' || tk.text === '-') && k > 0 && roleStart === k + 1 && (tk.text === '-' || tokens[k + 1].cap)) {
      k--;
      continue;
    }
    break;
  }
  // The role runs from the first role word up to the name; country words and honorifics are left out.
  let role: string | null = null;
  if (roleStart >= 0) {
    const words: string[] = [];
    for (let x = roleStart; x < firstTok; x++) {
      const tx = tokens[x];
      if (countryOf.has(x) || HONORIFICS.has(lower(stripDot(tx.text)))) continue;
      if (tx.text === '.') continue;
      const abbr = TITLE_ABBREVIATIONS.get(lower(tx.text));
      words.push(abbr && tokens[x + 1]?.text === '.' ? abbr : abbr && /^\p{Lu}\p{Ll}{1,3}$/u.test(tx.text) ? abbr : tx.text);
    }
    while (words.length && ['of', '-'].includes(words[words.length - 1])) words.pop();
    // Party labels are not part of a role ("Republican Indiana Gov." → "Governor").
    while (words.length > 1 && PARTY_WORDS.has(lower(words[0]))) words.shift();
    if (words.length === 1 && PARTY_WORDS.has(lower(words[0]))) words.pop();
    const text = words.join(' ').replace(/ - /g, '-');
    if (text && isRole(words)) role = text;
  }
  if (role) c.titled = true;
  if (roleStart < 0 && chunkFirst < firstTok) c.titled = c.titled || c.honorific !== undefined;

  // Appositive after the name: ", [det] [country] role-words head".
  let j = lastTok + 1;
  if (tokens[j]?.text === "'s" || tokens[j]?.text === '’s') j = -1;
  if (j > 0 && tokens[j]?.text === ',' && tokens[j].block === block) {
    let x = j + 1;
    let apCountry: string | null = null;
    let from = -1;
    let head = -1;
    // lower-case words before the role ("a television producer", "the band's drummer"; without a
    // determiner only one: "technology analyst at")
    let modifiers = 0;
    const determined = DETERMINERS.has(lower(tokens[x]?.text ?? ''));
    for (let steps = 0; x < tokens.length && steps < 8 && tokens[x].block === block; steps++, x++) {
      const tx = tokens[x];
      const key = lower(tx.text);
      const cHit = countryOf.get(x);
      if (cHit) {
        apCountry ??= cHit.code;
        continue;
      }
      if (tx.text === "'s" || tx.text === '’s') continue;
      if (steps === 0 && DETERMINERS.has(key)) continue;
      if (tx.word && (ROLE_HEADS.has(key) || ROLE_MODIFIERS.has(key) || TITLE_WORDS.has(key) || (tx.upper && tx.text.length <= 5))) {
        if (from < 0) from = x;
        if (ROLE_HEADS.has(key)) head = x;
        continue;
      }
      if (tx.text === '-' && from >= 0) continue;
      if (from < 0 && tx.word && !tx.cap && modifiers < (determined ? 2 : 1) && !NOT_APPOSITIVE.has(key)) {
        modifiers++;
        continue;
      }
      break;
    }
    // a role word before another name is that name's title, not this one's ("X, syndicated radio host Glenn Beck")
    const nextName = head >= 0 && modifiers > 0 && tokens[head + 1]?.cap && tokens[head + 1].word && tokens[head + 1].block === block;
    if (head >= 0 && from >= 0 && !nextName) {
      const text = squash(ctx.text.slice(tokens[from].start, tokens[head].end));
      role ??= text;
      country ??= apCountry;
      c.evidence = true;
    }
    if (tokens[j + 1]?.text === 'who') c.evidence = true;
  }
  // Age: "Rucker Culpepper, 77,".
  if (j > 0 && tokens[j]?.text === ',' && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ',') c.evidence = true;

  // A role noun and a comma before the name: "her father, Aung San", "its chief executive, Jo Cole".
  const comma = tokens[chunkFirst - 1];
  const roleNoun = tokens[chunkFirst - 2];
  if (comma?.text === ',' && roleNoun?.word && !roleNoun.cap && ROLE_HEADS.has(lower(roleNoun.text))) c.evidence = true;

  // A credit line after a quotation: "“…” ― Francisco Herrero".
  const dash = tokens[chunkFirst - 1];
  if (dash && /^[―—–-]$/.test(dash.text) && /^[”"]$/.test(tokens[chunkFirst - 2]?.text ?? '')) c.evidence = true;

  // Reporting verb after the name, or "said Name" before it.
  const after = tokens[lastTok + 1];
  if (after && after.word && SPEECH_VERBS.has(lower(after.text))) c.evidence = true;
  const before = tokens[chunkFirst - 1];
  if (before && before.word && SAID_BEFORE.has(lower(before.text))) c.evidence = true;

  c.role = role;
  c.country = country;
  let gender: Gender | null = c.honorific ?? null;
  if (!gender && role) gender = FEMALE_ROLE.test(role) ? 'female' : MALE_ROLE.test(role) ? 'male' : null;
  c.gender = gender;

  // Name-internal evidence.
  if (c.units.length >= 2) {
    const names = unitTexts.filter((x) => !INITIAL_RE.test(x) && !isSuffix(x));
    let strong = false;
    if (c.titled || c.honorific !== undefined) strong = true;
    if (isGivenName(names[0]) && !PLACES.has(lower(names[0])) && !c.titleCase) strong = true;
    if (SURNAME_FIRST.has(names[0]) && names.length <= 3) strong = true;
    if (unitTexts.some((x, i) => i > 0 && i < unitTexts.length - 1 && INITIAL_RE.test(x))) strong = true;
    if (unitTexts.some((x, i) => i > 0 && isSuffix(x))) strong = true;
    if (unitTexts.some((x, i) => i > 0 && NAME_PARTICLES.has(x))) strong = true;
    c.strong = strong;
    // Weak evidence alone (a reporting verb, an appositive, a recurring surname) does not make
    // common words a name ("Absent Sanders", "the Never Trump movement").
    c.common = names.some((x) => ctx.lowerSeen.has(lower(x)));
    if (!strong && c.evidence && c.common) c.evidence = false;
    if (strong) c.evidence = true;
  }
}

const KNOWN_BY_SURNAME = new Map<string, KnownPerson[]>();
for (const k of KNOWN_PEOPLE) {
  const list = KNOWN_BY_SURNAME.get(k.surname) ?? [];
  list.push(k);
  KNOWN_BY_SURNAME.set(k.surname, list);
}

const withoutInitials = (name: string): string => name.replace(/\b\p{Lu}\.\s*/gu, '').replace(/\s+/g, ' ').trim();
const KNOWN_BY_NAME = new Map(KNOWN_PEOPLE.map((k) => [withoutInitials(k.name), k]));

function normGiven(g: string): string {
  return NICKNAMES.get(g) ?? g;
}

/** The name words of a candidate without initials and suffix. */
function nameWords(units: Unit[] | string[]): string[] {
  const texts = (units as (Unit | string)[]).map((x) => (typeof x === 'string' ? x : x.text));
  return texts.filter((x) => !INITIAL_RE.test(x) && !isSuffix(x) && !(NAME_PARTICLES.has(x) && x === lower(x)));
}

function displayName(units: Unit[], text: string): string {
  return squash(text.slice(units[0].start, units[units.length - 1].end));
}

function makePerson(c: Candidate, text: string): Person {
  const texts = c.units.map((x) => x.text);
  const words = nameWords(texts);
  const suffixUnit = texts.find((x, i) => i > 0 && isSuffix(x));
  const surnameFirst = SURNAME_FIRST.has(words[0]) && words.length >= 2 && (!isGivenName(words[0]) || !isGivenName(words[words.length - 1]));
  let surname: string;
  if (words.length === 1) surname = words[0];
  else if (surnameFirst) surname = words[0];
  else {
    // Particles belong to the surname: "bin Laden", "de Freytas-Tamura".
    const lastIdx = texts.lastIndexOf(words[words.length - 1]);
    let s = lastIdx;
    while (s > 1 && NAME_PARTICLES.has(lower(texts[s - 1]))) s--;
    surname = texts.slice(s, lastIdx + 1).join(' ');
  }
  const given = words.length >= 2 ? (surnameFirst ? words.slice(1).join(' ') : words[0]) : null;
  return {
    units: texts,
    surname,
    given,
    suffix: suffixUnit ? stripDot(suffixUnit) : null,
    surnameFirst,
    name: displayName(c.units, text),
    nameLen: texts.length,
    role: c.role,
    country: c.country,
    gender: c.gender ?? (given && !surnameFirst ? givenNameGender(given) : null),
    mentions: [],
    fullMentions: 0,
    firstAt: c.start,
  };
}

function sameGiven(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a === b || normGiven(a) === normGiven(b) || (a.length > 2 && b.startsWith(a)) || (b.length > 2 && a.startsWith(b));
}

function resolve(candidates: Candidate[], text: string, lowerSeen: Set<string>): PersonEntity[] {
  const persons: Person[] = [];
  const assigned = new Map<Candidate, Person>();
  // Every written form, to see whether the end of a name recurs on its own ("Minyon Moore" … "Moore").
  const forms = new Set<string>();
  for (const c of candidates) forms.add(c.units.map((x) => x.text).join(' '));
  const recurs = (c: Candidate): boolean => {
    for (let k = 1; k < c.units.length; k++) if (forms.has(c.units.slice(k).map((x) => x.text).join(' '))) return true;
    return false;
  };

  // Look-up tables over the people found so far, so that resolution stays linear.
  const bySurname = new Map<string, Person[]>();
  const bySuffixForm = new Map<string, Person[]>();
  const byFull = new Map<string, Person>();
  const byGivenName = new Map<string, Person[]>();
  const names = new Set<string>();
  const push = (m: Map<string, Person[]>, k: string, p: Person): void => {
    const list = m.get(k);
    if (!list) m.set(k, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  const register = (p: Person): void => {
    push(bySurname, p.surname, p);
    const sp = p.surname.lastIndexOf(' ');
    if (sp > 0 && !NAME_PARTICLES.has(lower(p.surname.slice(sp + 1)))) push(bySurname, p.surname.slice(sp + 1), p);
    for (let k = 1; k < p.units.length; k++) push(bySuffixForm, p.units.slice(k).join(' '), p);
    if (!byFull.has(p.units.join(' '))) byFull.set(p.units.join(' '), p);
    if (p.given && !p.surnameFirst) push(byGivenName, p.given, p);
    names.add(p.name);
  };
  const add = (p: Person): void => {
    persons.push(p);
    register(p);
  };
  const longerThan = (joined: string, len: number): Person | undefined => (bySuffixForm.get(joined) ?? []).find((q) => q.units.length > len);

  const attach = (p: Person, c: Candidate): void => {
    if (!c.latent) p.mentions.push({ start: c.start, end: c.end });
    assigned.set(c, p);
    if (c.role && !p.role) p.role = c.role;
    if (c.country && !p.country) p.country = c.country;
    if (c.gender && !p.gender) p.gender = c.gender;
  };

  // Sieve 1: full names (two or more name words) with evidence, or whose end recurs alone; the
  // longest first, so that a shorter form that ends a longer one joins it ("Suu Kyi").
  const multi = candidates.filter((c) => c.units.length >= 2 && !c.titleCase);
  multi.sort((a, b) => b.units.length - a.units.length || a.start - b.start);
  for (const c of multi) {
    const words = nameWords(c.units);
    if (words.length < 2) continue;
    // A recurring end proves a name, but a capitalised first word of a sentence may be any word
    // ("Absent Sanders, …"): there the name needs three words or more.
    if (!c.evidence && (c.common || (c.sentenceStart && c.units.length < 3) || !recurs(c))) continue;
    // A role or party word is not a surname ("Prominent Republican").
    const lastWord = words[words.length - 1];
    if (!c.strong && (isStrippable(lastWord) || NON_PERSON.has(lower(lastWord)))) continue;
    const joined = c.units.map((x) => x.text).join(' ');
    const longer = longerThan(joined, c.units.length);
    if (longer) {
      attach(longer, c);
      continue;
    }
    const np = makePerson(c, text);
    const match = (bySurname.get(np.surname) ?? []).find(
      (p) =>
        p.surname === np.surname &&
        sameGiven(p.given, np.given) &&
        (p.suffix === np.suffix || (p.given !== np.given && p.given !== null && np.given !== null)),
    );
    if (match) {
      match.fullMentions++;
      if (np.nameLen > match.nameLen) {
        match.name = np.name;
        match.nameLen = np.nameLen;
        match.units = np.units;
        if (np.suffix) match.suffix = np.suffix;
        register(match);
      }
      attach(match, c);
    } else {
      np.fullMentions = 1;
      add(np);
      attach(np, c);
    }
  }
  // Sieve 2: shorter multi-word forms that end a full name ("Suu Kyi", "Wasserman Schultz").
  for (const c of candidates) {
    if (assigned.has(c) || c.units.length < 2) continue;
    const texts = c.units.map((x) => x.text).join(' ');
    const p = longerThan(texts, c.units.length);
    if (p) attach(p, c);
  }
  // Sieve 3: single words and leftovers in headlines.
  const singles: { c: Candidate; word: string; start: number; end: number }[] = [];
  for (const c of candidates) {
    if (assigned.has(c)) continue;
    if (c.units.length === 1) singles.push({ c, word: c.units[0].text, start: c.start, end: c.end });
    else if (c.titleCase || !c.evidence) {
      // A headline chunk or an unproven sequence: try full names, then each word alone.
      const full = byFull.get(c.units.map((x) => x.text).join(' '));
      if (full) {
        attach(full, c);
        continue;
      }
      // A headline opening with a name known from the text, or with a given name and a surname:
      // "Hillary Clinton Reassures House Democrats".
      let opened = false;
      for (let k = c.units.length - 1; k >= 2 && !opened; k--) {
        const p = byFull.get(c.units.slice(0, k).map((x) => x.text).join(' '));
        if (!p) continue;
        const head = c.units.slice(0, k);
        attach(p, { ...c, units: head, start: head[0].start, end: head[k - 1].end, titled: false, honorific: undefined });
        for (const x of c.units.slice(k)) singles.push({ c: { ...c, units: [x], start: x.start, end: x.end, titled: false, honorific: undefined }, word: x.text, start: x.start, end: x.end });
        opened = true;
      }
      if (opened) continue;
      const [u0, u1] = c.units;
      if (
        c.titleCase &&
        isGivenName(u0.text) &&
        !NON_PERSON.has(lower(u0.text)) &&
        NAME_WORD_RE.test(u1.text) &&
        !/ing$|['’]/.test(u1.text) &&
        !lowerSeen.has(lower(u1.text)) &&
        !isStrippable(u1.text) &&
        !isHeadWord(u1.text) &&
        !NON_PERSON.has(lower(u1.text))
      ) {
        const pair: Candidate = { ...c, units: [u0, u1], start: u0.start, end: u1.end, titled: false, honorific: undefined };
        const existing = (bySurname.get(u1.text) ?? []).find((p) => p.surname === u1.text && sameGiven(p.given, u0.text));
        if (existing) attach(existing, pair);
        else {
          const np = makePerson(pair, text);
          add(np);
          attach(np, pair);
        }
        for (const x of c.units.slice(2)) singles.push({ c: { ...c, units: [x], start: x.start, end: x.end, titled: false, honorific: undefined }, word: x.text, start: x.start, end: x.end });
        continue;
      }
      for (const x of c.units) singles.push({ c: { ...c, units: [x], start: x.start, end: x.end, titled: false, honorific: undefined }, word: x.text, start: x.start, end: x.end });
    }
  }
  const known = KNOWN_BY_SURNAME;
  for (const s of singles) {
    const word = s.word;
    const hon = s.c.honorific;
    if (s.c.weak && /^(the|a|an)$/i.test(s.c.before ?? '')) continue;
    // A royal is named by title and given name: "Prince Mohammed" is Mohammed bin Salman.
    const royals = ROYAL_TITLES.has(lower(s.c.before ?? '')) ? (byGivenName.get(word) ?? []) : [];
    if (royals.length > 0) {
      attach(pickBest(royals, s.start), s.c);
      continue;
    }
    // A bare surname before the only namesake's introduction, when a well-known person bears it,
    // is that person ("Obama" … later "Michelle Obama").
    const famousFor = (pool: Person[]): KnownPerson | undefined => {
      const f = (known.get(word) ?? []).find((k) => !k.ambiguous && (!hon || k.gender === hon));
      if (!f || names.has(f.name) || pool.length === 0) return undefined;
      return pool.every((p) => p.given !== f.name.split(' ')[0] && p.firstAt > s.start) ? f : undefined;
    };
    const addFamous = (f: KnownPerson): void => {
      const np = makePerson(s.c, text);
      np.name = f.name;
      np.given = f.name.split(' ')[0];
      np.gender = f.gender;
      np.country ??= f.country ?? null;
      add(np);
      attach(np, s.c);
    };
    if (s.c.weak || s.c.titleCase) {
      // A lone title word or a headline word only names someone already known.
      const p = (bySurname.get(word) ?? []).filter((q) => q.surname === word);
      const f = s.c.titleCase ? famousFor(p) : undefined;
      if (f) {
        addFamous(f);
        continue;
      }
      if (p.length > 0) attach(pickBest(p, s.start), s.c);
      if (p.length > 0 || s.c.weak) continue;
      const k = known.get(word);
      if (!k || k[0].ambiguous) continue;
    }
    const sameSurname = bySurname.get(word) ?? [];
    let pool = sameSurname;
    if (hon) pool = pool.filter((p) => !p.gender || p.gender === hon);
    if (pool.length === 0 && sameSurname.length > 0 && hon) {
      // "Mrs. Trump" with only Donald Trump known: another person of that surname.
      const np: Person = { ...makePerson(s.c, text), gender: hon, name: word };
      const k = (known.get(word) ?? []).find((x) => x.gender === hon);
      if (k) np.name = k.name;
      add(np);
      attach(np, s.c);
      continue;
    }
    const famous = famousFor(pool);
    if (famous) {
      addFamous(famous);
      continue;
    }
    if (pool.length > 0) {
      const best = pickBest(pool, s.start);
      attach(best, s.c);
      continue;
    }
    const byGiven = byGivenName.get(word) ?? [];
    if (byGiven.length > 0 && !s.c.sentenceStart && !s.c.titled) {
      attach(pickBest(byGiven, s.start), s.c);
      continue;
    }
    if (byGiven.length > 0 && s.c.sentenceStart && !NON_PERSON.has(lower(word))) {
      attach(pickBest(byGiven, s.start), s.c);
      continue;
    }
    // Unknown single word: a title or honorific, or a well-known surname, makes it a person.
    const ks = (known.get(word) ?? []).filter((k) => !hon || k.gender === hon);
    const titledHere = s.c.titled;
    if ((ks.length > 0 && (titledHere || !ks[0].ambiguous)) || (titledHere && isNameText(word, false) && !PLACES.has(lower(word)))) {
      const np = makePerson(s.c, text);
      if (ks.length > 0) {
        np.name = ks[0].name;
        np.surname = word;
        np.given = ks[0].name.split(' ')[0];
        np.gender ??= ks[0].gender;
        np.country ??= ks[0].country ?? null;
      }
      add(np);
      attach(np, s.c);
    }
  }
  // Singles seen before the full name (headline "Trump" before "Donald Trump") are handled above
  // because all full names were collected first.

  const out: PersonEntity[] = persons
    .filter((p) => p.mentions.length > 0)
    .map((p) => {
      const name = canonical(p);
      const k = KNOWN_BY_NAME.get(withoutInitials(name));
      return {
        id: '',
        name,
        role: p.role,
        country: p.country ?? k?.country ?? null,
        gender: p.gender ?? (p.given && !p.surnameFirst ? givenNameGender(p.given) : null) ?? k?.gender ?? null,
        mentions: dedupe(p.mentions),
      };
    });
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  out.forEach((p, i) => (p.id = `p${i + 1}`));
  return out;
}

function canonical(p: Person): string {
  if (p.nameLen === 1) {
    const k = KNOWN_PEOPLE.find((x) => x.surname === p.surname && (!p.gender || x.gender === p.gender));
    if (k) return k.name;
  }
  return p.name;
}

function pickBest(pool: Person[], at: number): Person {
  if (pool.length === 1) return pool[0];
  // Prefer people without a suffix ("Trump" is the father, not "Donald Trump Jr."), then the one
  // named in full most often, then the first introduced.
  const ranked = [...pool].sort((a, b) => Number(!!a.suffix) - Number(!!b.suffix) || b.mentions.length - a.mentions.length || a.firstAt - b.firstAt);
  void at;
  return ranked[0];
}

function dedupe(ms: Range[]): Range[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
