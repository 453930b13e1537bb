/**
 * Noun phrases around a reporting verb: names (with titles and appositives), pronouns and
 * nominals, parsed from tokens forward (after a verb) or backward (before a verb).
 */
import { DETERMINERS, ORG_HEADS, PERSON_HEADS, TITLES } from '../data/nominals';
import { RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../data/pronouns';
import type { Range } from '../detect-types';
import { startsUpper, withoutPeriod, type Token } from './text';

export type MentionKind = 'name' | 'pronoun' | 'nominal';

export interface NounPhrase {
  kind: MentionKind;
  /** Token indices [first, last] of the whole phrase (titles, appositive included). */
  first: number;
  last: number;
  /** The mention span: the name without titles, the pronoun, or the nominal without postmodifiers. */
  mention: Range;
  /** Lower-case title and role words seen with the phrase ("secretary", "diplomat"). */
  roles: string[];
  /** Head word of a nominal, lower case. */
  head?: string;
  /**
   * The relative pronoun that is the verb's own subject when the phrase is its antecedent
   * ("McConnell, who said …"): the mention the reporting expression ties to the quote.
   */
  relative?: Range;
}

const TITLE_SET = new Set(TITLES);
/** Titles that never end or make up a name themselves (abbreviations and offices), safe to split a run at. */
const TITLE_ONLY = new Set(['sen', 'senator', 'rep', 'gov', 'governor', 'lt', 'gen', 'col', 'capt', 'sgt', 'adm', 'cmdr', 'president', 'secretary', 'sec', 'minister', 'ambassador', 'amb', 'mayor', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'director', 'dr', 'mr', 'mrs', 'ms', 'prof', 'rev', 'del', 'atty', 'supt']);
/** True for an office title that never ends a person's name ("Minister" in "Economy Minister", not "King"). */
export function isOfficeTitle(w: string): boolean {
  return TITLE_ONLY.has(withoutPeriod(w.toLowerCase()));
}
const DET_SET = new Set(DETERMINERS);
const PERSON_HEAD_SET = new Set(PERSON_HEADS);
const ORG_HEAD_SET = new Set(ORG_HEADS);
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'da', 'del', 'della', 'di', 'la', 'le', 'du', 'dos', 'ibn', 'ten', 'ter', 'st.']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Capitalised words that never start or make a name by themselves. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'for', 'of', 'to', 'with', 'by', 'from', 'as', 'if', 'when',
  'while', 'after', 'before', 'since', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'still', 'however', 'yet', 'so', 'then', 'also', 'meanwhile', 'instead', 'earlier', 'later', 'now', 'asked', 'said',
  'says', 'told', 'according', 'despite', 'although', 'though', 'because', 'even', 'not', 'no', 'yes', 'all', 'both',
  'some', 'many', 'most', 'every', 'each', 'one', 'two', 'three', 'first', 'last', 'next', 'other', 'another',
  'during', 'following', 'amid', 'under', 'over', 'through', 'throughout', 'within', 'without', 'against', 'among',
  'between', 'into', 'upon', 'about', 'around', 'like', 'unlike', 'asked', 'speaking', 'addressing', 'writing', 'is', 'was',
  'are', 'were', 'do', 'does', 'did', 'can', 'will', 'would', 'should', 'could', 'let', 'please', 'thank', 'thanks',
  'well', 'oh', 'mr', 'mrs', 'ms', 'sir', 'madam', 'god', 'people', 'we’re', 'i’m', 'it’s', 'that’s', 'there’s',
]);

export function isCapitalised(tk: Token | undefined): boolean {
  return !!tk && tk.kind === 'word' && startsUpper(tk.text);
}

function isInitial(tk: Token): boolean {
  return /^\p{Lu}\.$/u.test(tk.text) || /^(\p{Lu}\.)+$/u.test(tk.text);
}

/** Capitalised words in NOT_NAME that are given names before a name word: "said Will Hurd". */
const GIVEN_NAME_WORDS = new Set(['Will']);

/**
 * A US party affiliation with a state, as news writes it after a legislator's name ("R-Ky.",
 * "D-N.Y.", "I-Vt.", "R-NY", "D-Texas"): an appositive, never a name.
 */
const PARTY_AFFILIATION_RE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;
export function isPartyAffiliation(tk: Token | undefined): boolean {
  return !!tk && tk.kind === 'word' && PARTY_AFFILIATION_RE.test(tk.text);
}

/** A word of a name; `next`, the token after it, lets a given name that is also a common word in. */
function isNameToken(tk: Token | undefined, next?: Token): boolean {
  if (!tk || tk.kind !== 'word' || isPartyAffiliation(tk)) return false;
  if (isInitial(tk)) return true;
  if (GIVEN_NAME_WORDS.has(tk.text) && isCapitalised(next) && !NOT_NAME.has(next!.lower)) return true;
  return isCapitalised(tk) && !NOT_NAME.has(tk.lower);
}

export function isTitleToken(tk: Token | undefined): boolean {
  if (!tk || tk.kind !== 'word') return false;
  return TITLE_SET.has(withoutPeriod(tk.lower));
}

export function isPersonHead(w: string): boolean {
  return PERSON_HEAD_SET.has(w);
}

export function isOrgHead(w: string): boolean {
  return ORG_HEAD_SET.has(w);
}

function span(toks: readonly Token[], a: number, b: number): Range {
  return { start: toks[a].start, end: toks[b].end };
}

/** A capitalised name starting at token k, titles first: "Sen. John McCain", "Yang Tao". */
export function nameForward(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  let i = k;
  const roles: string[] = [];
  // titles: capitalised title words, with "of" inside ("Secretary of State")
  while (i < limit && isTitleToken(toks[i]) && (isCapitalised(toks[i]) || (i > k && toks[i].lower === 'of' && isCapitalised(toks[i + 1])))) {
    roles.push(withoutPeriod(toks[i].lower));
    i++;
  }
  let j = i;
  while (j < limit) {
    const tk = toks[j];
    if (isNameToken(tk, toks[j + 1]) && (j === i || !isTitleToken(tk) || isCapitalised(tk))) j++;
    else if (j > i && tk.kind === 'word' && PARTICLES.has(tk.lower) && isNameToken(toks[j + 1])) j++;
    else break;
  }
  // suffix after a comma: "Joseph R. Biden, Jr."
  if (j > i && j + 1 < limit && toks[j].text === ',' && toks[j + 1] && SUFFIXES.has(toks[j + 1].lower)) j += 2;
  if (j === i) {
    // every capitalised word was a title: take the last one as the name ("President Obama" with Obama a title? no)
    if (i > k && isCapitalised(toks[i - 1]) && !['of', 'the'].includes(toks[i - 1].lower) && roles.length > 1) {
      roles.pop();
      return { kind: 'name', first: k, last: i - 1, mention: span(toks, i - 1, i - 1), roles };
    }
    return null;
  }
  if (isInitial(toks[i]) && j === i + 1) return null;
  // a title inside the run: "Retired Army Col. Lawrence Wilkerson" → Lawrence Wilkerson
  for (let m = j - 2; m > i; m--) {
    if (isTitleToken(toks[m]) && isCapitalised(toks[m]) && TITLE_ONLY.has(withoutPeriod(toks[m].lower))) {
      for (let r = i; r <= m; r++) roles.push(withoutPeriod(toks[r].lower));
      i = m + 1;
      break;
    }
  }
  return { kind: 'name', first: k, last: j - 1, mention: span(toks, i, j - 1), roles };
}

/** A capitalised name ending at token `last` (inclusive), read backwards, titles stripped. */
export function nameBackward(toks: readonly Token[], last: number, floor: number): NounPhrase | null {
  let j = last;
  // suffix: ", Jr."
  if (j >= floor + 2 && SUFFIXES.has(toks[j].lower) && toks[j - 1].text === ',') j -= 2;
  if (!isNameToken(toks[j])) return null;
  let i = j;
  while (i - 1 >= floor) {
    const tk = toks[i - 1];
    if (isNameToken(tk, toks[i]) || (tk.kind === 'word' && PARTICLES.has(tk.lower) && isNameToken(toks[i - 2]))) i--;
    else if (tk.lower === 'of' && isTitleToken(toks[i - 2]) && isCapitalised(toks[i - 2])) i--;
    else break;
  }
  // strip leading titles, keep at least one token
  const roles: string[] = [];
  let n = i;
  while (n < j && (isTitleToken(toks[n]) || toks[n].lower === 'of')) {
    roles.push(withoutPeriod(toks[n].lower));
    n++;
  }
  // a title inside the run: "Pennsylvania Gov. Ed Rendell" → Ed Rendell
  for (let m = j - 1; m > n; m--) {
    if (isTitleToken(toks[m]) && isCapitalised(toks[m]) && TITLE_ONLY.has(withoutPeriod(toks[m].lower))) {
      for (let r = n; r <= m; r++) roles.push(withoutPeriod(toks[r].lower));
      n = m + 1;
      break;
    }
  }
  // lower-case titles just before ("former secretary of state John Kerry")
  let f = i;
  while (f - 1 >= floor && toks[f - 1].kind === 'word' && isTitleToken(toks[f - 1]) && !DET_SET.has(toks[f - 1].lower)) {
    roles.unshift(withoutPeriod(toks[f - 1].lower));
    f--;
  }
  if (isInitial(toks[n]) && n === j) return null;
  return { kind: 'name', first: f, last, mention: span(toks, n, j), roles };
}

/**
 * A name or nominal with a chain of premodifiers before it: "Clinton campaign spokesman Brian
 * Fallon", "IMF chief economist Maury Obstfeld", "Tulsa police Chief Chuck Jordan".
 */
export function premodifiedForward(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  if (!isCapitalised(toks[k]) || NOT_NAME.has(toks[k].lower)) return null;
  let j = k;
  const end = Math.min(limit, k + 12);
  while (j < end) {
    const tk = toks[j];
    if (tk.kind !== 'word') break;
    if (tk.lower === "'s" || tk.lower === '’s') {
      j++;
      continue;
    }
    if (isCapitalised(tk) || isInitial(tk)) {
      if (NOT_NAME.has(tk.lower) && j > k) break;
      j++;
      continue;
    }
    if ((tk.lower === 'of' || tk.lower === 'the') && !(isTitleToken(toks[j + 1]) && isCapitalised(toks[j + 1]))) break;
    if (isTitleToken(tk) || isPersonHead(tk.lower) || isOrgHead(tk.lower) || PARTICLES.has(tk.lower)) {
      j++;
      continue;
    }
    break;
  }
  if (j <= k + 1) return null;
  const last = j - 1;
  if (isCapitalised(toks[last]) || isInitial(toks[last])) {
    const n = nameBackward(toks, last, k);
    if (!n) return null;
    const roles = toks.slice(k, n.first).filter((x) => x.kind === 'word').map((x) => x.lower);
    return { ...n, first: k, roles: roles.concat(n.roles) };
  }
  const h = toks[last].lower;
  if (isPersonHead(h) || isOrgHead(h)) return { kind: 'nominal', first: k, last, mention: span(toks, k, last), roles: [h], head: h };
  return null;
}

export function pronounAt(toks: readonly Token[], k: number): NounPhrase | null {
  const tk = toks[k];
  if (!tk || tk.kind !== 'word') return null;
  if (!(tk.lower in SUBJECT_PRONOUNS)) return null;
  return { kind: 'pronoun', first: k, last: k, mention: span(toks, k, k), roles: [] };
}

/** Words that stand alone as a subject for unnamed people ("Another tweeted", "“…,” read one", "Others said"). */
const LONE_SUBJECTS = new Set(['another', 'one', 'others', 'some', 'many', 'most', 'both', 'several', 'few', 'all']);

/** A lone quantifier or determiner as an unnamed subject: a nominal with no head noun. */
export function loneSubjectAt(toks: readonly Token[], k: number): NounPhrase | null {
  const tk = toks[k];
  if (!tk || tk.kind !== 'word' || !LONE_SUBJECTS.has(tk.lower)) return null;
  return { kind: 'nominal', first: k, last: k, mention: span(toks, k, k), roles: [], head: tk.lower };
}

/** Words that end a noun phrase read word by word: a new clause starts ("… creates what officials call"). */
const CLAUSE_WORDS = new Set(['what', 'whom', 'whose', 'how', 'when', 'where', 'why', 'also']);

function isNominalWord(tk: Token | undefined): boolean {
  return !!tk && tk.kind === 'word' && !(tk.lower in SUBJECT_PRONOUNS) && !RELATIVE_PRONOUNS.includes(tk.lower) && !CLAUSE_WORDS.has(tk.lower);
}

/** A nominal starting at token k: determiner, premodifiers, head ("the secretary", "a senior U.S. official"). */
export function nominalForward(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  const d = toks[k];
  if (!d || d.kind !== 'word') return null;
  const hasDet = DET_SET.has(d.lower);
  let i = hasDet ? k + 1 : k;
  let head = -1;
  const end = Math.min(limit, i + 7);
  for (; i < end; i++) {
    const tk = toks[i];
    if (tk.kind === 'word' && tk.lower === "'s") continue;
    if (!isNominalWord(tk)) break;
    if (isPersonHead(tk.lower) || isOrgHead(tk.lower) || isPersonHead(tk.lower.replace(/s$/, '')) || (/s$/.test(tk.lower) && isOrgHead(tk.lower.replace(/s$/, '')))) {
      head = i;
      // compound heads go on: "the press secretary", "the campaign spokesman"
      continue;
    }
    if (head >= 0) break;
  }
  if (head < 0) return null;
  if (!hasDet && !(head === k && /s$/.test(toks[head].lower))) {
    // bare nominals only as plural heads ("Officials said") or capitalised role + name handled elsewhere
    return null;
  }
  return capitalisedNominal(toks, k, head) ?? { kind: 'nominal', first: k, last: head, mention: span(toks, k, head), roles: [toks[head].lower], head: toks[head].lower };
}

/** "the National Election Committee": a determiner before a capitalised name is a name, not a nominal. */
function capitalisedNominal(toks: readonly Token[], first: number, last: number): NounPhrase | null {
  let i = first;
  if (DET_SET.has(toks[i].lower)) i++;
  if (i > last) return null;
  for (let j = i; j <= last; j++) if (!isCapitalised(toks[j]) && !(j > i && j < last && PARTICLES.has(toks[j].lower)) && toks[j].lower !== 'of') return null;
  return { kind: 'name', first, last, mention: span(toks, i, last), roles: [] };
}

/** A nominal whose head is token `last`, read backwards to its determiner. */
export function nominalBackward(toks: readonly Token[], last: number, floor: number): NounPhrase | null {
  const h = toks[last];
  if (!h || h.kind !== 'word') return null;
  const w = h.lower;
  if (!(isPersonHead(w) || isOrgHead(w) || isPersonHead(w.replace(/s$/, '')))) return null;
  let i = last;
  let coordinated = false;
  let and = -1;
  while (i - 1 >= floor && i > last - (coordinated ? 14 : 8)) {
    const tk = toks[i - 1];
    if (tk.kind !== 'word' && !(tk.text === '-' )) break;
    if (tk.kind === 'word' && DET_SET.has(tk.lower)) {
      i--;
      // of two coordinated roles, a person's ("the front-runner and former secretary of state") is the head
      const h = coordinated && !isPersonHead(w) && isPersonHead(toks[and - 1]?.lower ?? '') ? toks[and - 1].lower : w;
      return capitalisedNominal(toks, i, last) ?? { kind: 'nominal', first: i, last, mention: span(toks, i, last), roles: [h], head: h };
    }
    // "the former first lady and U.S. senator": two roles of one person under one determiner
    if (tk.lower === 'and' && !coordinated && toks[i].kind === 'word' && !(toks[i].lower in SUBJECT_PRONOUNS) && !DET_SET.has(toks[i].lower)) {
      coordinated = true;
      and = i - 1;
      i--;
      continue;
    }
    // "The agreement also creates what officials call": a clause boundary ends the phrase
    if (tk.kind === 'word' && (tk.lower in SUBJECT_PRONOUNS || RELATIVE_PRONOUNS.includes(tk.lower) || ['and', 'or', 'but', 'said', 'says', 'that'].includes(tk.lower) || CLAUSE_WORDS.has(tk.lower))) break;
    i--;
  }
  // a coordination needs the determiner ("Smith and senior officials" is two subjects): back to the words after "and"
  if (coordinated) i = and + 1;
  // bare plural ("Officials", "Republican officials")
  if (/s$/.test(w) && (i === floor || toks[i - 1].kind !== 'word' || !isNominalWord(toks[i - 1]))) {
    return { kind: 'nominal', first: i, last, mention: span(toks, i, last), roles: [w], head: w };
  }
  if (i === last) return null;
  return null;
}

/** Words that end a run of lower-case premodifiers: function words, verbs of speech, relatives. */
const NOT_PREMODIFIER = new Set([
  'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'than', 'who', 'which',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'said', 'says', 'told',
  'when', 'while', 'after', 'before', 'if', 'because', 'not', 'also', 'then', 'about', 'into', 'over', 'this', 'these',
]);

/** Title words that modify a role but are not one ("the", "former", "state" in "former state senator"). */
const NOT_ROLE_HEAD = new Set(['the', 'of', 'acting', 'then', 'first', 'state', 'foreign', 'defense', 'defence', 'house', 'senate', 'majority', 'minority', 'vice', 'deputy', 'national', 'security', 'homeland', 'u.s', 'us', 'gop', 'democratic', 'republican', 'presidential', 'other', 'after', 'under', 'over', 'never', 'ever', 'river', 'center', 'water', 'order', 'number', 'letter', 'paper', 'matter', 'member']);
/** Modifiers of a capitalised title that follows ("former Pennsylvania Gov. Ed Rendell"). */
const TITLE_MODIFIERS = new Set(['former', 'retired', 'late', 'outgoing', 'incoming', 'longtime', 'then-']);

/**
 * A name after lower-case premodifiers that end in a role noun: "conservative activist Bob
 * Klaus", "former tech executive Carly Fiorina", "9/11 widow Terry Strada". The mention is the
 * name; the premodifiers are its roles.
 */
export function premodifiedNameForward(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  const roles: string[] = [];
  let i = k;
  // "Republican political consultant Chris Russell", "Iowa state Sen. …": one or two capitalised
  // modifiers may open the run when lower-case role words follow them
  while (i < k + 2 && isCapitalised(toks[i]) && !NOT_NAME.has(toks[i].lower) && !isInitial(toks[i]) && toks[i + 1]?.kind === 'word') i++;
  if (i > k && !(toks[i]?.kind === 'word' && toks[i].text === toks[i].lower)) return null;
  const lead = toks.slice(k, i).map((x) => x.lower);
  const end = Math.min(limit, i + 7);
  while (i < end) {
    const tk = toks[i];
    if (tk.kind === 'word' && tk.text === tk.lower && !NOT_PREMODIFIER.has(tk.lower) && !(tk.lower in SUBJECT_PRONOUNS)) {
      roles.push(tk.lower);
      i++;
      continue;
    }
    // 9/11, U.S.-born: a slash or hyphen between words of the run
    if (roles.length > 0 && (tk.text === '/' || tk.text === '-') && toks[i + 1]?.kind === 'word') {
      i++;
      continue;
    }
    break;
  }
  if (roles.length === 0 || i === k) return null;
  const last = roles[roles.length - 1];
  roles.unshift(...lead);
  // the run must end in a role noun, not an adjective or a verb ("widely known Bob")
  if (TITLE_MODIFIERS.has(last)) {
    // "former Pennsylvania Gov. Ed Rendell", "former Gov. Bill Richardson"
    const t = premodifiedForward(toks, i, limit) ?? nameForward(toks, i, limit);
    return t && t.kind === 'name' ? { ...t, first: k, roles: roles.concat(t.roles) } : null;
  }
  if (NOT_ROLE_HEAD.has(last) || !(isPersonHead(last) || TITLE_SET.has(last) || /(er|or|ist|ian|ant|ent|man|woman|wife|widow|widower|mom|dad|son|daughter|host|eon|ee|ive|ary|at|ic|ect|ain)$/.test(last))) return null;
  const n = nameForward(toks, i, limit);
  if (!n) return null;
  return { ...n, first: k, roles: roles.concat(n.roles) };
}

/**
 * Any determiner-led noun phrase of at most `max` words ending right before token `stop`, in a
 * frame where only a subject can stand (“…,” the investor said): no lexicon for the head.
 */
export function framedNominal(toks: readonly Token[], k: number, stop: number, max = 6): NounPhrase | null {
  const d = toks[k];
  if (!d || d.kind !== 'word' || !DET_SET.has(d.lower) || stop - k < 2 || stop - k > max) return null;
  for (let i = k + 1; i < stop; i++) {
    const tk = toks[i];
    if (tk.quote >= 0) return null;
    if (tk.kind === 'word') {
      if (tk.lower in SUBJECT_PRONOUNS || NOT_PREMODIFIER.has(tk.lower)) return null;
      continue;
    }
    if (tk.text === '-' && i + 1 < stop) continue;
    return null;
  }
  const head = toks[stop - 1].lower;
  if (toks[stop - 1].kind !== 'word' || head === "'s") return null;
  return capitalisedNominal(toks, k, stop - 1) ?? { kind: 'nominal', first: k, last: stop - 1, mention: span(toks, k, stop - 1), roles: [head], head };
}
