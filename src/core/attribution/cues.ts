/**
 * Cue finders: the reporting expression next to a quote and its subject. Syntax only (tokens,
 * lexicons), no entities, so quote classification can use them too.
 */
import { CUE_TAILS, FRAME_VERBS, LABELLING_VERBS, OBJECT_VERBS, PHRASAL_CUES, reportingVerbForms, SPEECH_NOUNS, VERB_GAP_WORDS } from '../data/reporting-verbs';
import { POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../data/pronouns';
import { PERSON_HEADS } from '../data/nominals';
import { NON_PERSON } from '../data/people-lexicon';
import type { Range } from '../detect-types';
import { sentenceCeil, sentenceFloor, type BlockCtx, type PieceRef } from './context';
import { framedNominal, isCapitalised, isOrgHead, isTitleToken, loneSubjectAt, nameBackward, nameForward, nominalBackward, nominalForward, premodifiedForward, premodifiedNameForward, pronounAt, type NounPhrase } from './np';
import type { Token } from './text';

export interface CueMatch {
  np: NounPhrase;
  cue: Range | null;
  rule: string;
  /** Token distance between the quote and the cue (for "the nearer one"). */
  distance: number;
}

const SPEECH = reportingVerbForms();
const LABELLING = new Set(LABELLING_VERBS);
const GAP = new Set(VERB_GAP_WORDS);
const OBJECT_VERB_SET = new Set(OBJECT_VERBS);
const HONORIFICS = new Set(['rev', 'reverend', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'mr', 'mrs', 'ms', 'president', 'secretary', 'gen', 'general', 'judge', 'mayor', 'ambassador', 'professor', 'prof', 'chief', 'speaker', 'minister', 'chancellor', 'prime', 'pope', 'king', 'queen', 'prince', 'princess', 'lt', 'col', 'capt', 'sgt', 'adm', 'father', 'sister', 'rabbi', 'bishop', 'cardinal']);
/** Past participles that are never a finite reporting verb. */
/** "The Post's Dana Milbank": the name the possessive phrase `np` owns, or `np` itself. */
function ownedSubject(toks: readonly Token[], np: NounPhrase | null, limit: number): NounPhrase | null {
  if (!np || !["'s", '’s'].includes(toks[np.last + 1]?.lower ?? '')) return np;
  const owned = subjectForward(toks, np.last + 2, limit);
  return owned && owned.kind !== 'pronoun' ? owned : np;
}

/** "as X put it", "as X puts it". */
const PUT = new Set(['put', 'puts']);
const PARTICIPLES = new Set(['written', 'spoken', 'sung', 'begun', 'gone']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'day', 'earlier', 'later', 'recently',
]);

export function isSpeechVerb(tk: Token | undefined): boolean {
  return !!tk && tk.kind === 'word' && SPEECH.has(tk.lower) && tk.text === tk.lower;
}

const FRAME = new Set(FRAME_VERBS);

const PHRASAL = new Map<string, Set<string>>();
for (const p of PHRASAL_CUES) {
  const [v, particle] = p.split(' ');
  const set = PHRASAL.get(v) ?? new Set<string>();
  set.add(particle);
  PHRASAL.set(v, set);
}

/** A reporting verb, or a form that is one in a frame next to a quote (see FRAME_VERBS), or a phrasal cue ("shot back"). */
function isFrameVerb(tk: Token | undefined, next?: Token): boolean {
  if (isSpeechVerb(tk) || (!!tk && tk.kind === 'word' && FRAME.has(tk.lower) && tk.text === tk.lower)) return true;
  return !!tk && !!next && tk.text === tk.lower && !!PHRASAL.get(tk.lower)?.has(next.lower);
}

export function isLabellingVerb(tk: Token | undefined): boolean {
  return !!tk && tk.kind === 'word' && LABELLING.has(tk.lower) && tk.text === tk.lower;
}

/** The cue span: the verb, plus the object of "told" and phrasal tails ("said in a statement"). */
function cueSpan(toks: readonly Token[], v: number, limit: number): Range {
  let end = toks[v].end;
  const w = toks[v].lower;
  if ((w === 'told' || w === 'tells' || w === 'tell') && v + 1 < limit) {
    const o = toks[v + 1];
    if (o.kind === 'word' && o.quote < 0 && !(o.lower in SUBJECT_PRONOUNS)) {
      if (isCapitalised(o)) {
        const n = nameForward(toks, v + 1, limit);
        end = n ? toks[n.last].end : o.end;
      } else if (o.lower === 'reporters' || o.lower === 'journalists' || o.lower === 'me' || o.lower === 'us' || o.lower === 'him' || o.lower === 'her' || o.lower === 'them') end = o.end;
    }
  } else if (v + 1 < limit && toks[v + 1].lower === 'according' && toks[v + 2]?.lower === 'to') {
    end = toks[v + 2].end;
  } else if (v + 1 < limit && PHRASAL.get(w)?.has(toks[v + 1].lower)) {
    end = toks[v + 1].end; // shot back, pointed out
  }
  for (const tail of CUE_TAILS) {
    const words = tail.split(' ');
    if (v + words.length < limit && words.every((x, i) => toks[v + 1 + i]?.lower === x)) {
      end = toks[v + words.length].end;
      break;
    }
  }
  return { start: toks[v].start, end };
}

/** Skips gap words ("also", "has", "later", "on Monday") forward from k. */
function skipGapsForward(toks: readonly Token[], k: number, limit: number): number {
  let i = k;
  while (i < limit) {
    const tk = toks[i];
    if (tk.kind === 'word' && GAP.has(tk.lower)) i++;
    else if (tk.kind === 'word' && (tk.lower === 'on' || tk.lower === 'in' || tk.lower === 'last' || tk.lower === 'this') && i + 1 < limit && (TIME_WORDS.has(toks[i + 1].lower) || /^\d{4}$/.test(toks[i + 1].text))) i += 2;
    else if (tk.kind === 'word' && TIME_WORDS.has(tk.lower) && i > k) i++;
    else break;
  }
  return i;
}

/** Skips gap words backward from k (the token before the verb); returns the new index. */
function skipGapsBackward(toks: readonly Token[], k: number, floor: number): number {
  let i = k;
  while (i >= floor) {
    const tk = toks[i];
    if (tk.kind === 'word' && GAP.has(tk.lower)) i--;
    else if (tk.kind === 'word' && (TIME_WORDS.has(tk.lower) || /^\d{4}$/.test(tk.text)) && i - 1 >= floor && ['on', 'in', 'last', 'this', 'earlier', 'late'].includes(toks[i - 1].lower)) i -= 2;
    else break;
  }
  return i;
}

/** The subject NP ending at token k (inclusive), read backward: pronoun, name (with appositive), nominal, "who". */
export function subjectBackward(toks: readonly Token[], k: number, floor: number): NounPhrase | null {
  const i = skipGapsBackward(toks, k, floor);
  if (i < floor) return null;
  const tk = toks[i];
  if (tk.quote >= 0) return null;
  const p = pronounAt(toks, i);
  if (p) return toks[i].lower === 'it' || toks[i].lower === 'i' || toks[i].lower === 'we' ? p : p;
  if (tk.kind === 'word' && (tk.lower === 'who' || tk.lower === 'which')) {
    // "McConnell, now the majority leader, who said"
    let j = i - 1;
    const comma = j >= floor && toks[j].text === ',';
    if (comma) j--;
    const ante = (comma ? relativeAntecedent(toks, j, floor) : null) ?? appositiveHead(toks, j, floor) ?? subjectBackward(toks, j, floor);
    return ante && ante.kind !== 'pronoun' ? { ...ante, relative: { start: tk.start, end: tk.end } } : ante;
  }
  if (tk.text === ',') {
    const a = appositiveHead(toks, i - 1, floor);
    if (a) return a;
    return null;
  }
  if (tk.text === ')') {
    // "Robert Scott (D-Va.) said"
    let j = i - 1;
    while (j >= floor && toks[j].text !== '(' && i - j < 12) j--;
    if (j > floor && toks[j].text === '(') return subjectBackward(toks, j - 1, floor);
    return null;
  }
  const n = nameBackward(toks, i, floor);
  if (n) return ownerOfName(toks, n, floor);
  // "Another tweeted": a lone quantifier opening its clause
  const lone = loneSubjectAt(toks, i);
  if (lone && (i === floor || [',', ';', ':'].includes(toks[i - 1].text) || toks[i - 1].lower === 'and')) return lone;
  return nominalBackward(toks, i, floor);
}

/**
 * The antecedent of ", who" when a name ends right before the comma: that name ("a reaction from
 * President Barack Obama, who called …"), or the phrase that owns it through "of" ("Sen. Marco
 * Rubio of Florida, who", "the mayor of Chicago, who").
 */
function relativeAntecedent(toks: readonly Token[], j: number, floor: number): NounPhrase | null {
  const named = nameBackward(toks, j, floor);
  if (!named) return null;
  // the name may hold the "of" as a title word ("of Ohio" read like "Secretary of State")
  const of = toks[named.first].lower === 'of' ? named.first : toks[named.first - 1]?.lower === 'of' ? named.first - 1 : -1;
  if (of < 0) return named;
  return of - 1 >= floor ? subjectBackwardNoApp(toks, of - 1, floor) : null;
}

/** "Hugh Hill, a doctor," ending at token j (the word before the second comma): the NP before the first comma. */
const RELATIVES = new Set(['who', 'which']);

function appositiveHead(toks: readonly Token[], j: number, floor: number): NounPhrase | null {
  // find the comma that opens the appositive, at most 40 tokens back, with no verb of speech in
  // between; in a chain of appositives ("Ayrault, the foreign minister of France, a member of the
  // council, said") the leftmost head that opens its clause wins
  let found: NounPhrase | null = null;
  let foundOpens = false;
  for (let c = j; c >= floor && j - c < 40; c--) {
    const tk = toks[c];
    // a speech verb ends the search unless it is a relative clause's ("An aide, who asked not to be named, said")
    // the period of an abbreviation in the appositive (", R-Ky., said") ends nothing
    if (tk.text === '.' && toks[c + 1]?.text === ',' && toks[c - 1]?.kind === 'word') continue;
    if (tk.quote >= 0 || (isSpeechVerb(tk) && !RELATIVES.has(toks[c - 1]?.lower ?? '')) || tk.text === '.' || tk.text === ';' || tk.text === ':') break;
    if (tk.text !== ',') continue;
    const head = subjectBackwardNoApp(toks, c - 1, floor);
    if (!head && !found) {
      // "Google's chief human resources executive, Laszlo Bock, told": a name in apposition to a
      // phrase that is no parsable nominal is the mention, when nothing better is found
      const named = nameBackward(toks, j, c + 1);
      if (named && named.first === c + 1 && named.last === j) found = { ...named, roles: named.roles.concat(rolesBetween(toks, Math.max(floor, c - 6), c)) };
      continue;
    }
    if (!head || head.kind === 'pronoun') continue;
    // a relative clause tells no role ("a diplomat, who asked not to be named, said")
    const roles = RELATIVES.has(toks[c + 1]?.lower ?? '') ? [] : toks.slice(c + 1, j + 1).filter((x) => x.kind === 'word').map((x) => x.lower);
    // "the opposition leader, Rui Matos, said": a name in apposition to a nominal is the mention
    const named = head.kind === 'nominal' ? nameBackward(toks, j, c + 1) : null;
    const cand =
      named && named.first === c + 1
        ? { ...named, first: head.first, last: j, roles: named.roles.concat(toks.slice(head.first, c).filter((x) => x.kind === 'word').map((x) => x.lower)) }
        : { ...head, last: j, roles: head.roles.concat(roles) };
    const before = toks[head.first - 1];
    const opens = head.first === floor || !before || before.text === ',' || ['and', 'but', 'while', 'as'].includes(before.lower);
    if (!found || (opens && !foundOpens)) {
      found = cand;
      foundOpens = opens;
    } else if (opens) found = cand;
  }
  return found;
}

/** Lower-case title and role words among tokens [a, b): the roles a phrase before an appositive name gives it. */
function rolesBetween(toks: readonly Token[], a: number, b: number): string[] {
  return toks.slice(a, b).filter((x) => x.kind === 'word' && x.text === x.lower && x.lower !== "'s").map((x) => x.lower);
}

function subjectBackwardNoApp(toks: readonly Token[], k: number, floor: number): NounPhrase | null {
  if (k < floor) return null;
  const n = nameBackward(toks, k, floor);
  if (n) return ownerOfName(toks, n, floor);
  return nominalBackward(toks, k, floor);
}

/**
 * A name after "of [the]" read backward is a postmodifier of the phrase before it, which is the
 * subject: "Rep. Henry Cuellar of Texas said", "Mr. Smith of the Heritage Foundation said", "the
 * mayor of Chicago, Brandon Johnson, said". When that phrase ends in an organisation's head
 * ("Bank of America", "the Ministry of Defence"), the whole is one name.
 */
function ownerOfName(toks: readonly Token[], named: NounPhrase, floor: number): NounPhrase {
  // the phrase may hold "of" and the words before it as lower-case titles ("mayor of" read like
  // "secretary of state"): look right before the name itself
  let m = named.first;
  while (m < named.last && toks[m].start < named.mention.start) m++;
  let of = m - 1;
  if (toks[of]?.lower === 'the') of--;
  if (of - 1 < floor || toks[of]?.kind !== 'word' || toks[of].lower !== 'of' || toks[of].quote >= 0) return named;
  const owner = nameBackward(toks, of - 1, floor) ?? nominalBackward(toks, of - 1, floor);
  if (!owner) return roleAppositive(toks, of, floor) ?? named;
  if (owner.kind === 'name' && isOrgHead(toks[of - 1].lower)) {
    return { kind: 'name', first: owner.first, last: named.last, mention: { start: owner.mention.start, end: named.mention.end }, roles: owner.roles };
  }
  return roleAppositive(toks, of, floor) ?? { ...owner, last: named.last };
}

/**
 * "Anthony Anton, president and CEO of the association, stated": title words (joined by "and")
 * between a comma and the "of" at `of` are an appositive of the name before the comma, which is
 * the subject.
 */
function roleAppositive(toks: readonly Token[], of: number, floor: number): NounPhrase | null {
  let c = of - 1;
  while (c >= floor && of - c <= 6 && toks[c].kind === 'word' && (isTitleToken(toks[c]) || toks[c].lower === 'and') && toks[c].lower !== 'of') c--;
  if (c === of - 1 || c - 1 < floor || toks[c].text !== ',') return null;
  const name = nameBackward(toks, c - 1, floor);
  if (!name || name.kind !== 'name') return null;
  return { ...name, last: of - 1, roles: name.roles.concat(toks.slice(c + 1, of).filter((x) => x.lower !== 'and').map((x) => x.lower)) };
}

/** A subject NP starting at token k: pronoun, name (titles, appositive), nominal. */
function subjectForward(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  const p = pronounAt(toks, k);
  if (p) return p;
  // "the Rev. Peter Wherry": a determiner before a titled name
  if (toks[k]?.lower === 'the' && isCapitalised(toks[k + 1])) {
    const titled = nameForward(toks, k + 1, limit);
    if (titled && titled.roles.some((r) => HONORIFICS.has(r))) return { ...titled, first: k };
  }
  const nom = nominalForward(toks, k, limit);
  const name = nameForward(toks, k, limit);
  const pre = premodifiedForward(toks, k, limit);
  const lowerPre = premodifiedNameForward(toks, k, limit);
  let np: NounPhrase | null = null;
  for (const c of [name, nom, pre, lowerPre]) if (c && (!np || c.last > np.last)) np = c;
  if (!np) return null;
  // a name after a nominal: "the White House spokesman, Josh Earnest," / "spokesman Josh Earnest"
  if (np.kind === 'nominal') {
    let j = np.last + 1;
    if (toks[j]?.text === ',') j++;
    const after = nameForward(toks, j, limit);
    if (after) np = { ...after, first: np.first, roles: np.roles.concat(after.roles) };
  }
  return np;
}

/**
 * After an NP, skip an appositive ", a doctor," / ", 49," / ", who …," (several in a row too) up to
 * a comma followed by the reporting verb: returns the index after that comma.
 */
function skipAppositiveForward(toks: readonly Token[], k: number, limit: number): { next: number; roles: string[] } {
  if (toks[k]?.text === '(') {
    for (let j = k + 1; j < limit && j - k < 10; j++) if (toks[j].text === ')') return skipAppositiveForward(toks, j + 1, limit);
  }
  if (toks[k]?.text !== ',') return { next: k, roles: [] };
  for (let j = k + 1; j < limit && j - k < 40; j++) {
    const tk = toks[j];
    if (tk.text === '.' && toks[j + 1]?.text === ',' && toks[j - 1]?.kind === 'word') continue; // ", R-Ky., said"
    if (tk.quote >= 0 || tk.text === '.' || tk.text === ';' || tk.text === ':') break;
    if (tk.text === ',') {
      const v = skipGapsForward(toks, j + 1, limit);
      if (isSpeechVerb(toks[v])) {
        const roles = toks.slice(k + 1, j).filter((x) => x.kind === 'word').map((x) => x.lower);
        return { next: j + 1, roles };
      }
    }
  }
  return { next: k, roles: [] };
}

/**
 * “…,” the investor said / “…,” the assailant, John McGraw, told: a determiner-led phrase (with
 * an optional name in apposition) right before a speech verb, whatever its head.
 */
function framedSubject(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  for (let w = k + 2; w < Math.min(limit, k + 12); w++) {
    if (toks[w].quote >= 0 || toks[w].text === '.' || toks[w].text === ';') return null;
    if (toks[w].text === ',') {
      // "the assailant, John McGraw, told"
      const g = framedNominal(toks, k, w);
      const n = g ? nameForward(toks, w + 1, limit) : null;
      if (!g || !n || toks[n.last + 1]?.text !== ',' || !isFrameVerb(toks[skipGapsForward(toks, n.last + 2, limit)], toks[skipGapsForward(toks, n.last + 2, limit) + 1])) return null;
      return { ...n, first: g.first, roles: n.roles.concat(g.roles) };
    }
    if (!isFrameVerb(toks[w], toks[w + 1])) continue;
    return framedNominal(toks, k, skipGapsBackward(toks, w - 1, k) + 1);
  }
  return null;
}

/** “…,” Will wrote: capitalised words (not a pronoun) right before a speech verb are a name, even a word like "Will". */
function framedName(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  let j = k;
  while (j < limit && j - k < 4 && isCapitalised(toks[j]) && toks[j].quote < 0 && !(toks[j].lower in SUBJECT_PRONOUNS)) j++;
  if (j === k || !isSpeechVerb(toks[j]) || /ing$/.test(toks[j].lower)) return null;
  return { kind: 'name', first: k, last: j - 1, mention: { start: toks[k].start, end: toks[j - 1].end }, roles: [] };
}

/** True when the tokens right after offset `end` are a comma or colon (after a few words at most) and then a quote. */
function introducesNextQuote(toks: readonly Token[], v: number, end: number): boolean {
  let i = v; // the verb's token: the cue ends a few tokens on
  while (i < toks.length && toks[i].start < end) i++;
  for (let k = i; k < toks.length && k - i < 4; k++) {
    if (toks[k].text === ',' || toks[k].text === ':') return toks[k + 1]?.quote >= 0;
    if (toks[k].quote >= 0 || toks[k].text === '.') return false;
  }
  return false;
}

/** End of a short phrase starting at k: the first punctuation, preposition or relative after it. */
function phraseEnd(toks: readonly Token[], k: number, limit: number): number {
  let i = k;
  while (i < limit && i - k < 7 && toks[i].kind === 'word' && !['who', 'which', 'that', 'in', 'on', 'at', 'during', 'after', 'before', 'of', 'to', 'for', 'with', 'about', 'and'].includes(toks[i].lower)) i++;
  return i;
}

/** Cue right after the quote: “…,” X said / “…,” said X / “…,” according to X / “…” urged by X. */
export function cueAfter(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  let k = piece.lastTok + 1;
  const limit = toks.length;
  if (k >= limit) return null;
  // punctuation between the closing mark and the cue
  while (k < limit && (toks[k].text === ',' || toks[k].text === '—' || toks[k].text === '–' || toks[k].text === '-')) k++;
  if (k >= limit || toks[k].quote >= 0) return null;
  const dist = k - piece.lastTok;
  // according to X
  if (toks[k].lower === 'according' && toks[k + 1]?.lower === 'to') {
    const np = subjectForward(toks, k + 2, limit);
    if (np) return { np, cue: { start: toks[k].start, end: toks[k + 1].end }, rule: 'according-to', distance: dist };
  }
  // verb first: said X
  let v = skipGapsForward(toks, k, limit);
  if (isFrameVerb(toks[v], toks[v + 1]) && !/ing$/.test(toks[v].lower)) {
    // “…?” asked Sen. Maria Cantwell: right after the quote an object verb is inverted too
    const inverted = OBJECT_VERB_SET.has(toks[v].lower);
    // “…,” tweeted another.: a lone quantifier ending the clause
    const lone = loneSubjectAt(toks, v + 1);
    const np = subjectForward(toks, v + 1, limit) ?? framedNominal(toks, v + 1, phraseEnd(toks, v + 1, limit)) ?? (lone && (!toks[v + 2] || ['.', ','].includes(toks[v + 2].text)) ? lone : null);
    // an inverted object verb only after a quote that opens its sentence ("“…?” asked X"), not "in charge of ''Today,'' reminded his staff"
    const opensSentence = piece.firstTok === 0 || b.sentence[piece.firstTok - 1] !== b.sentence[piece.firstTok] || toks[piece.firstTok - 1]?.text === ':';
    if (np && !(inverted && (np.kind === 'pronoun' || toks[v + 1]?.lower === 'by' || !opensSentence || (np.kind === 'nominal' && !['the', 'a', 'an'].includes(toks[np.first].lower)))) && !(np.kind === 'pronoun' && ['it', 'i', 'we', 'they'].includes(toks[np.first].lower) && toks[np.first + 1]?.kind === 'word')) {
      return { np, cue: cueSpan(toks, v, limit), rule: 'quote-verb-subject', distance: dist };
    }
  }
  // subject first: X said (not after a quote that closed its sentence with a period)
  const closedSentence = /\.[\s\u00a0]*$/.test(piece.inner);
  let np = closedSentence && isCapitalised(toks[k]) && !pronounAt(toks, k) ? null : subjectForward(toks, k, limit);
  // “…,” the investor said: any short determiner-led phrase right before a speech verb
  if (!closedSentence && (!np || !isFrameVerb(toks[skipGapsForward(toks, np.last + 1, limit)], toks[skipGapsForward(toks, np.last + 1, limit) + 1]))) {
    const framed = framedSubject(toks, k, limit) ?? (np ? null : framedName(toks, k, limit));
    if (framed) np = framed;
  }
  if (np) {
    let j = np.last + 1;
    const app = skipAppositiveForward(toks, j, limit);
    j = app.next;
    // "the assailant, John McGraw, told": a comma right before the verb
    if (j === np.last + 1 && toks[j]?.text === ',' && isFrameVerb(toks[skipGapsForward(toks, j + 1, limit)], toks[skipGapsForward(toks, j + 1, limit) + 1])) j++;
    // "X of Y said" / "X at Y said": a short postmodifier
    if (['of', 'at', 'from', 'in', 'with'].includes(toks[j]?.lower ?? '') && np.kind !== 'pronoun') {
      for (let m = j + 1; m < Math.min(limit, j + 8); m++) {
        if (isFrameVerb(toks[m], toks[m + 1])) {
          j = m;
          break;
        }
        // a relative clause or another verb in between: the verb is not this phrase's ("Democrats in Iowa who watched … said")
        if (toks[m].kind !== 'word' || ['who', 'which', 'that'].includes(toks[m].lower)) break;
      }
    }
    v = skipGapsForward(toks, j, limit);
    // not a passive participle: "''Trump Revealed,'' a biography written by …"
    if (isFrameVerb(toks[v], toks[v + 1]) && !/ing$/.test(toks[v].lower) && toks[v + 1]?.lower !== 'by' && !PARTICIPLES.has(toks[v].lower)) {
      const cue = cueSpan(toks, v, limit);
      // “… done.” He added: “…” — after a quote that closed its sentence, a cue that introduces the
      // next quote belongs to that one
      if (/[.!?…]["'’”]?[\s\u00a0]*$/.test(piece.inner) && introducesNextQuote(toks, v, cue.end)) return null;
      return { np: { ...np, roles: np.roles.concat(app.roles) }, cue, rule: np.kind === 'pronoun' ? 'quote-pronoun-verb' : np.kind === 'nominal' ? 'quote-nominal-verb' : 'quote-name-verb', distance: dist };
    }
  }
  // “…,” as a Homeland Security memo put it / as Trump said
  if (toks[k].lower === 'as') {
    const np2 = ownedSubject(toks, subjectForward(toks, k + 1, limit), limit);
    if (np2) {
      const w = skipGapsForward(toks, np2.last + 1, limit);
      if (toks[w] && (isFrameVerb(toks[w], toks[w + 1]) || (PUT.has(toks[w].lower) && toks[w + 1]?.lower === 'it'))) {
        return { np: np2, cue: { start: toks[w].start, end: (PUT.has(toks[w].lower) ? toks[w + 1] : toks[w]).end }, rule: 'as-x-put-it', distance: dist };
      }
    }
  }
  // passive agent: “…” urged by Schiff / called for by Clinton / a “concerted” response urged by Schiff
  v = k;
  if (toks[v] && toks[v].kind === 'word' && toks[v].text === toks[v].lower && !isFrameVerb(toks[v], toks[v + 1]) && !isLabellingVerb(toks[v])) v++;
  if ((isFrameVerb(toks[v], toks[v + 1]) || isLabellingVerb(toks[v])) && /ed$/.test(toks[v].lower)) {
    let j = v + 1;
    if (toks[j]?.lower === 'for' || toks[j]?.lower === 'out') j++;
    if (toks[j]?.lower === 'by') {
      const agent = subjectForward(toks, j + 1, limit);
      if (agent) return { np: agent, cue: { start: toks[v].start, end: toks[j].end }, rule: 'passive-by', distance: dist };
    }
  }
  return null;
}

/** Cue before the quote in its sentence: X said: “…” / X called it “…” / X told reporters “…”. */
export function cueBefore(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  const first = piece.firstTok;
  if (first <= 0) return null;
  const floor = sentenceFloor(b, first);
  let weak: CueMatch | null = null;
  for (let v = first - 1; v >= floor; v--) {
    const tk = toks[v];
    if (tk.quote >= 0) continue;
    // "As Akhil Amar, professor …, put it, “…”"
    if (PUT.has(tk.lower) && toks[v + 1]?.lower === 'it' && v + 2 <= first) {
      let a = v - 1;
      while (a >= floor && toks[a].lower !== 'as') a--;
      const np = a >= floor ? ownedSubject(toks, subjectForward(toks, a + 1, v), v) : null;
      if (np) return { np, cue: { start: toks[a].start, end: toks[v + 1].end }, rule: 'as-x-put-it', distance: first - v };
    }
    // according to X, “…”
    if (tk.lower === 'according' && toks[v + 1]?.lower === 'to' && v + 2 < first) {
      const np = subjectForward(toks, v + 2, first);
      if (np) return { np, cue: { start: tk.start, end: toks[v + 1].end }, rule: 'according-to', distance: first - v };
    }
    // "Said Dorothy Poynter, who grew up with Ali, “…”": a sentence-opening verb with its subject after it
    if (v === floor && isCapitalised(tk) && SPEECH.has(tk.lower) && !OBJECT_VERB_SET.has(tk.lower) && !/ing$/.test(tk.lower)) {
      const after = subjectForward(toks, v + 1, first);
      if (after && after.kind !== 'pronoun') return { np: after, cue: cueSpan(toks, v, first), rule: 'verb-subject-quote', distance: first - v };
    }
    // a frame verb right before the quote, after at most a colon or comma: "The letter continues: “…”"
    const framed = !isSpeechVerb(tk) && isFrameVerb(tk) && (v === first - 1 || (v === first - 2 && (toks[v + 1].text === ':' || toks[v + 1].text === ',')));
    // "Bemoaning the “phony system,” Trump …": a capitalised participle opening the sentence
    const opening = v === floor && tk.kind === 'word' && /ing$/.test(tk.lower) && (SPEECH.has(tk.lower) || LABELLING.has(tk.lower));
    const speech = isSpeechVerb(tk) || framed || opening;
    if (!speech && !isLabellingVerb(tk)) continue;
    if (usedAsNoun(toks, v)) continue;
    // "said X: “…”" (verb first before the quote)
    if (speech && v + 1 < first && !OBJECT_VERB_SET.has(tk.lower)) {
      const after = subjectForward(toks, v + 1, first);
      if (after && after.kind === 'name' && (toks[after.last + 1]?.text === ':' || toks[after.last + 1]?.text === ',') && after.last + 2 >= first) {
        return { np: after, cue: cueSpan(toks, v, first), rule: 'verb-subject-quote', distance: first - v };
      }
    }
    // "Sanders was asked by host Bill Maher, “…”": the agent of a passive speech verb
    if (speech && /ed$/.test(tk.lower) && toks[v + 1]?.lower === 'by' && ['was', 'were', 'is', 'are', 'been', 'being'].includes(toks[v - 1]?.lower ?? '')) {
      const agent = subjectForward(toks, v + 2, first);
      if (agent) return { np: agent, cue: { start: tk.start, end: toks[v + 1].end }, rule: 'passive-by', distance: first - v };
    }
    // "…, saying “…”": a participle takes the subject of the clause
    const participle = /ing$/.test(tk.lower);
    // "footage of Trump saying, “…”": a name right before the participle is its agent
    // "The email went on to say, “…”": an infinitive takes the subject of the clause too
    const infinitive = toks[v - 1]?.lower === 'to' && tk.text === tk.lower && ['say', 'tell', 'ask', 'write', 'add', 'declare', 'warn', 'note', 'insist'].includes(tk.lower);
    let subj = participle ? (pronounAt(toks, v - 1) ?? participleAgent(toks, v, first, floor) ?? reporterBeforeParticiple(toks, v, floor) ?? clauseSubject(toks, floor, v) ?? openingParticipleSubject(toks, floor, v, piece.lastTok)) : infinitive ? clauseSubject(toks, floor, v - 1) : subjectBackward(toks, v - 1, floor);
    // "Blinken met Xi and said …": a coordinated verb shares the clause's subject
    if (!subj && !participle && ['and', 'but'].includes(toks[v - 1]?.lower ?? '')) subj = coordinatedSubject(toks, v - 1, floor) ?? clauseSubject(toks, floor, v - 1);
    const rule = participle ? 'subject-participle-quote' : 'subject-verb-quote';
    if (subj && subj.kind === 'name' && toks[subj.last + 1]?.lower === "'s") subj = null;
    if (subj) {
      // "Obama said he expected that Americans will say “no”": the quote in the complement of an
      // earlier reporting verb of the sentence is that verb's subject's words
      const outer = matrixReporter(toks, floor, subj.first);
      if (outer) return outer;
      const m = { np: subj, cue: cueSpan(toks, v, first), rule: speech ? rule : 'subject-labels-quote', distance: first - v };
      // "Obama said it would tell …": a weak subject in a subordinate clause; look further left first
      if (subj.kind === 'pronoun' && ['it', 'they', 'we', 'i'].includes(toks[subj.first].lower)) {
        weak = weak ?? m;
        continue;
      }
      return m;
    }
  }
  return weak;
}

/**
 * "When Mook was asked …, he laughed and said": the subject of a short coordination ending at the
 * conjunction `and` — a pronoun or a name opening its clause, the pronoun with at most three
 * lower-case words after it, the name with a single verb ("Trump paused and said").
 */
function coordinatedSubject(toks: readonly Token[], and: number, floor: number): NounPhrase | null {
  for (let j = and - 2; j >= Math.max(floor, and - 4); j--) {
    const after = toks[j + 1];
    if (after.kind !== 'word' || after.text !== after.lower || after.quote >= 0 || after.lower === "'s" || after.lower === '’s') return null;
    const p = pronounAt(toks, j);
    if (p) return j === floor || CLAUSE_OPENERS.has(toks[j - 1].lower) ? p : null;
    if (!isCapitalised(toks[j]) || j !== and - 2) return null;
    const n = nameBackward(toks, j, floor);
    return n && (n.first === floor || CLAUSE_OPENERS.has(toks[n.first - 1].lower)) ? n : null;
  }
  return null;
}

/** What may stand right before a pronoun that opens a clause. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–', 'and', 'but', 'so', 'then', 'when', 'while', 'as', 'after', 'before', 'because', 'since']);

/**
 * "…, Mr. Manafort said, adding that he would address his “gender gap.”": a participle right
 * after "X said," belongs to X, not to the sentence's first subject.
 */
function reporterBeforeParticiple(toks: readonly Token[], v: number, floor: number): NounPhrase | null {
  if (toks[v - 1]?.text !== ',' || v - 2 < floor || !isSpeechVerb(toks[v - 2]) || /ing$/.test(toks[v - 2].lower)) return null;
  return subjectBackward(toks, v - 3, floor);
}

/** Words that may open a participle clause at the start of a sentence ("After saying …, she …"). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'since', 'when', 'upon', 'by', 'in', 'without', 'despite']);

/**
 * "Bemoaning the “phony system,” Trump accused Holt …" / "After saying her foot was “so swollen
 * …,” she was …": a participle opening the sentence takes the subject of the main clause, the
 * first subject after the comma that closes the participle clause (after the quote).
 */
function openingParticipleSubject(toks: readonly Token[], floor: number, v: number, lastTok: number): NounPhrase | null {
  if (!(v === floor || (v === floor + 1 && PARTICIPLE_OPENERS.has(toks[floor].lower)))) return null;
  const ceil = Math.min(toks.length, lastTok + 40);
  let c = lastTok;
  // the comma may stand inside the quote's closing marks ("…,”) or right after them
  if (!(toks[lastTok - 1]?.text === ',' && toks[lastTok].kind === 'mark')) {
    c = -1;
    for (let i = lastTok + 1; i < ceil; i++) {
      const tk = toks[i];
      if (tk.quote >= 0 || tk.text === '.' || tk.text === ';' || tk.text === ':') return null;
      if (tk.text === ',') {
        c = i;
        break;
      }
    }
    if (c < 0) return null;
  }
  const np = subjectForward(toks, c + 1, toks.length);
  if (!np || (np.kind === 'pronoun' && !['he', 'she', 'they', 'i', 'we'].includes(toks[np.first].lower))) return null;
  return predicateAt(toks, np.last + 1, Math.min(toks.length, np.last + 6)) ? np : null;
}

/** Verbs that report a whole clause ("X said (that) …"), for the matrix rule. */
const MATRIX_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'explained', 'explains', 'recalled', 'recalls', 'wrote', 'writes', 'acknowledged', 'acknowledges', 'contended', 'contends', 'suggested', 'suggests', 'announced', 'announces', 'declared', 'declares', 'stated', 'states', 'maintained', 'maintains', 'asserted', 'asserts', 'predicted', 'predicts', 'warned', 'warns']);

/**
 * A reporting verb in [floor, end) whose subject opens the clause and whose complement runs up to
 * `end` (no comma, colon or quote in between): "Obama said he expected that …", "Wasserman
 * Schultz said in her opening remarks that the platform should …".
 */
function matrixReporter(toks: readonly Token[], floor: number, end: number): CueMatch | null {
  // the complement runs from the verb to `end` without punctuation or quotes
  let from = end;
  while (from - 1 > floor && toks[from - 1].kind === 'word' && toks[from - 1].quote < 0) from--;
  for (let v = from; v < end; v++) {
    const tk = toks[v];
    if (!MATRIX_VERBS.has(tk.lower) || tk.text !== tk.lower || usedAsNoun(toks, v)) continue;
    const subj = subjectBackward(toks, v - 1, floor);
    if (!subj || subj.kind === 'nominal' && !['the', 'a', 'an'].includes(toks[subj.first].lower)) return null;
    if (subj.kind === 'pronoun' && !['he', 'she'].includes(toks[subj.first].lower)) return null;
    return { np: subj, cue: cueSpan(toks, v, end), rule: 'subject-verb-quote', distance: end - v };
  }
  return null;
}

/**
 * "footage of Trump saying during the debate, “…”": a name right before a participle that
 * introduces the quote (a few tokens before it) is the participle's agent, unless a preposition
 * makes it an object ("a statement to Wired explaining", "in April explaining").
 */
function participleAgent(toks: readonly Token[], v: number, first: number, floor: number): NounPhrase | null {
  if (first - v > 8 || toks[v + 1]?.lower === 'for' || toks[v + 1]?.lower === 'on') return null;
  const n = nameBackward(toks, v - 1, floor);
  if (!n) return null;
  const before = toks[n.first - 1];
  if (before && before.kind === 'word' && ['to', 'on', 'in', 'at', 'from', 'with', 'for', 'about', 'by', 'into', 'via', 'against', 'toward', 'towards'].includes(before.lower)) return null;
  return n;
}

const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", 'these', 'those', 'this', 'that', 'such', 'whose', 'of', 'and', 'in', 'with', 'no', 'any', 'some', 'many', 'several', 'recent', 'earlier', 'public', 'private', 'similar', 'other', 'new', 'latest', 'first', 'final']);

/** A verb form used as a noun ("his remarks", "the claims", "in comments"). */
function usedAsNoun(toks: readonly Token[], v: number): boolean {
  const w = toks[v].lower;
  if (!/s$/.test(w) && !['report', 'comment', 'remark', 'promise', 'claim', 'warning', 'statement', 'call', 'reply', 'response', 'answer', 'request', 'post', 'tweet', 'note', 'question', 'quote'].includes(w)) return false;
  const prev = toks[v - 1];
  return !!prev && prev.kind === 'word' && NOUN_BEFORE.has(prev.lower);
}

/** “…” ― Name: a credit line after the quote (reader comments, epigraphs). */
export function dashCredit(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  let k = piece.lastTok + 1;
  const dash = toks[k];
  if (!dash || !['―', '—', '–', '-'].includes(dash.text)) return null;
  k++;
  const np = nameForward(toks, k, toks.length);
  if (!np) return null;
  const after = toks[np.last + 1];
  if (after && !(after.text === '.' || after.text === ',' || after.kind === 'mark')) return null;
  return { np, cue: { start: dash.start, end: dash.end }, rule: 'dash-credit', distance: 1 };
}

/**
 * A credit line of its own after a paragraph that is only a quote: "- Bernie Sanders." /
 * "― Michelle Marks, Philadelphia." (the dash may be a list marker, outside the prose: `dashed`
 * says the line opens with one). The name must open the line and end it or be followed by a comma.
 */
export function creditLine(b: BlockCtx, dashed: boolean): CueMatch | null {
  const toks = b.toks;
  let k = 0;
  const dash = toks[0] && ['―', '—', '–', '-'].includes(toks[0].text) ? toks[0] : null;
  if (dash) k = 1;
  else if (!dashed) return null;
  const np = nameForward(toks, k, toks.length);
  if (!np || toks[k].quote >= 0) return null;
  const after = toks[np.last + 1];
  if (after && !(after.text === ',' || (after.text === '.' && np.last + 2 === toks.length))) return null;
  return { np, cue: dash ? { start: dash.start, end: dash.end } : null, rule: 'dash-credit', distance: 1 };
}

/** "WALLACE: …" inside the quote: a transcript's speaker label. */
export function transcriptLabel(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  const k = piece.firstTok + 1;
  let j = k;
  while (j < toks.length && toks[j].quote === toks[piece.firstTok].quote && toks[j].kind === 'word' && /^[\p{Lu}.'’-]+$/u.test(toks[j].text) && j - k < 4) j++;
  if (j === k || toks[j]?.text !== ':') return null;
  if (toks.slice(k, j).every((x) => x.text.length < 2)) return null;
  return { np: { kind: 'name', first: k, last: j - 1, mention: { start: toks[k].start, end: toks[j - 1].end }, roles: [] }, cue: { start: toks[j].start, end: toks[j].end }, rule: 'transcript-label', distance: 0 };
}

/** A speech verb later in the quote's sentence: ''…'' of the proposals, Mr. Holtz-Eakin said. */
export function cueLaterInSentence(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  const ceil = sentenceCeil(b, piece.lastTok);
  for (let v = piece.lastTok + 1; v <= ceil; v++) {
    const tk = toks[v];
    if (tk.quote >= 0) return null;
    // "…, according to campaign manager Jeff Weaver." closing the sentence
    if (tk.lower === 'according' && toks[v + 1]?.lower === 'to' && toks[v - 1]?.text === ',') {
      const np = subjectForward(toks, v + 2, toks.length);
      if (np && np.kind !== 'pronoun') return { np, cue: { start: tk.start, end: toks[v + 1].end }, rule: 'according-to', distance: v - piece.lastTok };
    }
    if (!isSpeechVerb(tk) || /ing$/.test(tk.lower) || usedAsNoun(toks, v)) continue;
    const cue = cueSpan(toks, v, toks.length);
    if (/[.!?…]["'’”]?[\s\u00a0]*$/.test(piece.inner) && introducesNextQuote(toks, v, cue.end)) return null;
    const subj = subjectBackward(toks, v - 1, piece.lastTok + 1);
    if (subj) return { np: subj, cue, rule: 'sentence-cue-after', distance: v - piece.lastTok };
    // "…, said X": the subject after the verb; never after an object verb ("…, told POLITICO" names the hearer)
    const after = OBJECT_VERB_SET.has(tk.lower) ? null : subjectForward(toks, v + 1, toks.length);
    if (after && (after.kind === 'name' || after.kind === 'nominal') && toks[v - 1].text === ',') return { np: after, cue: cueSpan(toks, v, toks.length), rule: 'sentence-cue-after', distance: v - piece.lastTok };
    return null;
  }
  return null;
}

/** The quote opens a sentence right after one that ends "… X said." in the same paragraph. */
export function previousSentenceCue(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  const first = piece.firstTok;
  if (first < 2) return null;
  const sent = b.sentence[first];
  if (first > 0 && b.sentence[first - 1] === sent) return null; // not sentence-initial
  // the previous sentence's last tokens: [subject] said [time] .
  let end = first - 1;
  if (toks[end].text === '.' || toks[end].text === ':') end--;
  for (let v = end; v >= 0 && end - v < 4; v--) {
    if (toks[v].quote >= 0) return null;
    if (!isFrameVerb(toks[v]) || /ing$/.test(toks[v].lower)) continue;
    const floor = sentenceFloor(b, v);
    const subj = subjectBackward(toks, v - 1, floor);
    if (subj) return { np: subj, cue: cueSpan(toks, v, first), rule: 'previous-sentence-cue', distance: first - v };
    return null;
  }
  return null;
}

const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that',
  'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'which', 'who', 'whom', 'whose', 'what',
  'when', 'where', 'while', 'if', 'than', 'then', 'so', 'because', 'about', 'into', 'over', 'after', 'before', 'under',
  'between', 'against', 'during', 'without', 'within', 'through', 'among', 'since', 'until', 'upon', 'via', 'per', 'not',
  'no', 'all', 'both', 'each', 'every', 'some', 'any', 'many', 'much', 'more', 'most', 'such', 'own', 'same', 'other',
  "'s", 'is', 'was', 'are', 'were', 'be', 'been', 'am', 'who', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them',
  'us', 'me', 'there', 'here', 'too', 'very', 'just', 'only', 'also', 'even', 'now', 'said', 'says',
]);

/** True when token k starts a predicate: gap words or -ly adverbs, then a lower-case content word. */
function predicateAt(toks: readonly Token[], k: number, limit: number): boolean {
  let i = k;
  while (i < limit && toks[i].kind === 'word' && (GAP.has(toks[i].lower) || /ly$/.test(toks[i].lower)) && !FUNCTION_WORDS.has(toks[i].lower)) i++;
  if (i > k && i < limit && (toks[i].lower === 'is' || toks[i].lower === 'was')) return false;
  const tk = toks[i];
  if (!tk || tk.kind !== 'word' || tk.quote >= 0) return false;
  if (tk.text !== tk.lower) return false;
  if (FUNCTION_WORDS.has(tk.lower) && !(i > k && (GAP.has(tk.lower)))) return GAP.has(tk.lower) && ['has', 'had', 'have', 'would', 'will', 'could', 'did', 'does', 'do', 'was', 'is'].includes(tk.lower);
  return true;
}

/**
 * A quoted fragment inside a sentence with no reporting verb: the nearest subject before it —
 * a he/she pronoun, a name or a person nominal followed by a predicate (Trump admires Putin as a
 * “strong leader”; what he calls the “immoral” lie).
 */
export function clauseSubjectCue(b: BlockCtx, piece: PieceRef, isPerson: (r: Range) => boolean, isEntity: (r: Range) => boolean = isPerson): CueMatch | null {
  const toks = b.toks;
  const first = piece.firstTok;
  const floor = sentenceFloor(b, first);
  if (floor === first) return null;
  // "Philip Bump: “…”" — a name label before a colon
  if (toks[first - 1].text === ':' && first >= 2) {
    const n = nameBackward(toks, first - 2, floor);
    // at the sentence start, or after a dash ("Pollsters agree - Carl Bialik: “…”")
    const before = n ? toks[n.first - 1] : undefined;
    if (n && (n.first === floor || (before && ['-', '–', '—', '―', 'from'].includes(before.lower)))) return { np: n, cue: { start: toks[first - 1].start, end: toks[first - 1].end }, rule: 'name-colon', distance: 1 };
  }
  // the sentence's own subject first
  const head = clauseSubject(toks, floor, first);
  if (head && head.last < first) {
    // a one-word name subject that is a common word or an adverb ("Outside the campaign, …", "Indeed, …") is no name
    const oneWord = head.kind === 'name' && head.first === head.last;
    const w = toks[head.first].lower;
    const common = NON_PERSON.has(w) || /(ly|ing|ed)$/.test(w) || (head.first === floor && toks[head.first + 1]?.text === ',') || ['ask', 'nothing', 'everything', 'something', 'anything', 'estimates', 'polls', 'pollsters', 'contrary', 'unlike', 'like'].includes(w);
    const ok = head.kind === 'pronoun' ? ['he', 'she'].includes(toks[head.first].lower) : head.kind === 'nominal' ? isPersonHeadWord(head.head) : !oneWord || isEntity(head.mention) || !common;
    if (ok) {
      const sub = subordinateSubject(toks, head.last + 1, first);
      if (sub) return { np: sub, cue: null, rule: 'clause-subject', distance: first - sub.last };
      return { np: relativeClauseSubject(toks, head, first) ?? head, cue: null, rule: 'clause-subject', distance: first - head.last };
    }
  }
  for (let i = first - 1; i >= floor; i--) {
    const tk = toks[i];
    if (tk.quote >= 0 || tk.kind !== 'word') continue;
    let np: NounPhrase | null = null;
    if (tk.lower === 'he' || tk.lower === 'she') np = pronounAt(toks, i);
    else if (isCapitalised(tk) && !isCapitalised(toks[i + 1])) {
      np = nameBackward(toks, i, floor);
      if (np && (toks[np.first - 1]?.kind === 'word' && ['of', 'to', 'by', 'for', 'with', 'from', 'about', 'against', 'on', 'in', 'at', 'that', 'than', 'like', 'as'].includes(toks[np.first - 1].lower))) np = null;
    } else if (PERSON_HEAD_WORDS.has(tk.lower)) np = nominalBackward(toks, i, floor);
    if (!np) continue;
    if (np.kind === 'name' && !isPerson(np.mention)) continue;
    if (!predicateAt(toks, i + 1, first)) continue;
    return { np, cue: null, rule: 'clause-subject', distance: first - i };
  }
  return null;
}

/** Words that open a clause with a subject of its own ("… even though he found “evidence”"). */
const SUBORDINATORS = new Set(['and', 'but', 'although', 'though', 'when', 'while', 'as', 'since', 'after', 'before', 'until', 'once', 'whereas', 'where']);

/**
 * The subject of a subordinate or coordinate clause between the sentence's subject and the quote,
 * nearest first: "Comey decided not to … even though he found “evidence”", "Cruz is … and he has
 * long used that fact … “the Iowa way.”" — a he/she pronoun right after the conjunction, followed
 * by a predicate. Not after "because" or "if": such a clause is often the reported content itself
 * ("portraying Sanders as hypocritical because he had accepted “about $200,000”").
 */
function subordinateSubject(toks: readonly Token[], from: number, first: number): NounPhrase | null {
  for (let i = first - 2; i >= from + 1; i--) {
    const tk = toks[i];
    if (tk.quote >= 0) return null;
    const conj = toks[i - 1];
    if (conj.kind !== 'word' || !SUBORDINATORS.has(conj.lower) || conj.quote >= 0) continue;
    const np = tk.lower === 'he' || tk.lower === 'she' ? pronounAt(toks, i) : null;
    if (np && predicateAt(toks, np.last + 1, first)) return np;
  }
  return null;
}

/**
 * "Trump, who has postured himself as the “law and order candidate,” has …": when the quote lies
 * in a relative clause right after the subject (no comma outside quotes closes it first), the
 * clause's own subject is the relative pronoun, standing for the subject.
 */
function relativeClauseSubject(toks: readonly Token[], head: NounPhrase, first: number): NounPhrase | null {
  let r = head.last + 1;
  if (toks[r] && [',', '-', '–', '—'].includes(toks[r].text)) r++;
  if (toks[r]?.lower !== 'who' || toks[r].quote >= 0 || r >= first) return null;
  for (let i = r + 1; i < first; i++) if (toks[i].quote < 0 && [',', '-', '–', '—', ';', ':'].includes(toks[i].text)) return null;
  return { ...head, relative: { start: toks[r].start, end: toks[r].end } };
}

function isPersonHeadWord(h: string | undefined): boolean {
  return !!h && PERSON_HEAD_WORDS.has(h);
}
const PERSON_HEAD_WORDS = new Set(PERSON_HEADS);

const INTRO_WORDS = new Set(['outside', 'inside', 'across', 'near', 'beyond', 'alongside', 'behind', 'on', 'in', 'at', 'during', 'after', 'before', 'following', 'since', 'when', 'while', 'with', 'without', 'despite', 'amid', 'as', 'for', 'from', 'under', 'by', 'in', 'still', 'but', 'and', 'yet', 'however', 'meanwhile', 'instead', 'earlier', 'later', 'last', 'this', 'speaking', 'asked', 'addressing', 'writing', 'if', 'although', 'though', 'because']);

/** The first subject-like NP of the clause [floor, v): pronoun, name or nominal, skipping an introductory phrase. */
function clauseSubject(toks: readonly Token[], floor0: number, v: number): NounPhrase | null {
  const floor = afterDateline(toks, floor0, v);
  // skip "On Monday," / "During a speech earlier in the day," / "Following a swiftly called,
  // late-afternoon meeting," introductions: the subject follows one of their commas
  const intro = toks[floor] && (INTRO_WORDS.has(toks[floor].lower) || /ly$/.test(toks[floor].lower));
  const starts: number[] = [];
  for (let i = floor; i < v; i++) {
    if (toks[i].text !== ',' || !(i - floor < 8 || (intro && i - floor < 25))) continue;
    starts.push(i + 1);
    if (!intro) break;
  }
  starts.push(floor);
  for (let si = 0; si < starts.length; si++) {
    const np = subjectForward(toks, starts[si], v);
    // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton …": a one-word name followed by another
    // comma of the introduction is still the introduction (a place)
    const place = !!np && intro && np.kind === 'name' && np.first === np.last && toks[np.last + 1]?.text === ',' && si < starts.length - 2;
    if (np && !place) return np;
  }
  return null;
}

/**
 * The first token after a dateline opening the sentence ("WASHINGTON, Dec. 8 (UPI) — …",
 * "Washington (AFP) – …"): a capitalised place, an optional date and agency, then a dash.
 */
function afterDateline(toks: readonly Token[], floor: number, v: number): number {
  if (!isCapitalised(toks[floor])) return floor;
  for (let i = floor + 1; i < Math.min(v, floor + 10); i++) {
    const tk = toks[i];
    if (['—', '–', '-', '―'].includes(tk.text)) return i + 1 < v && (toks[i - 1].text === ')' || /^\p{Lu}+$/u.test(toks[floor].text)) ? i + 1 : floor;
    if (tk.kind === 'word' && tk.text === tk.lower && !/^\d/.test(tk.text)) return floor;
  }
  return floor;
}

/** “…” as X put it / "X's words" are not handled; a paragraph ending in "X said:" introduces the next paragraph's quote. */
export function introColon(b: BlockCtx): CueMatch | null {
  const toks = b.toks;
  const n = toks.length;
  if (n < 3 || toks[n - 1].text !== ':' ) return null;
  if (toks[n - 2].quote >= 0) return null;
  // X said: / X said in a statement: / X told reporters:
  for (let v = n - 2; v >= Math.max(0, n - 8); v--) {
    if (!isSpeechVerb(toks[v])) continue;
    const floor = sentenceFloor(b, v);
    const subj = subjectBackward(toks, v - 1, floor) ?? (/ing$/.test(toks[v].lower) ? clauseSubject(toks, floor, v) : null);
    if (subj) return { np: subj, cue: cueSpan(toks, v, n), rule: 'intro-colon', distance: 0 };
    const after = subjectForward(toks, v + 1, n - 1);
    if (after) return { np: after, cue: cueSpan(toks, v, n), rule: 'intro-colon', distance: 0 };
    return null;
  }
  const floor = sentenceFloor(b, n - 1);
  // "As Breitbart News reported, the White House was refusing to …:": a reporting verb earlier in the sentence
  for (let v = floor; v < n - 1; v++) {
    if (toks[v].quote >= 0 || !isSpeechVerb(toks[v]) || /ing$/.test(toks[v].lower) || usedAsNoun(toks, v)) continue;
    const subj = subjectBackward(toks, v - 1, floor);
    if (subj && subj.kind !== 'pronoun') return { np: subj, cue: cueSpan(toks, v, n), rule: 'intro-colon', distance: 0 };
    break;
  }
  // "Sanders made the following comment:" / "He then listed the qualities a nominee needs:": the
  // person the sentence is about introduces what follows
  const subj = clauseSubject(toks, floor, n - 1);
  if (subj && (subj.kind === 'name' || (subj.kind === 'pronoun' && ['he', 'she'].includes(toks[subj.first].lower)))) {
    return { np: subj, cue: null, rule: 'intro-colon', distance: 0 };
  }
  return null;
}

/** The nearer of the two adjacent cues, the one after the quote on a tie. */
export function adjacentCue(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const after = cueAfter(b, piece);
  if (after && after.distance <= 2) return after;
  const before = cueBefore(b, piece);
  if (after && before) return after.distance <= before.distance ? after : before;
  return after ?? before;
}

/**
 * The speaker of a paragraph's last sentence when it reports speech without quoting it ("Marks
 * said she was tired of the attacks."): a quote paragraph right after it with no cue of its own
 * goes on with that speaker.
 */
export function indirectSpeechSpeaker(b: BlockCtx): CueMatch | null {
  const toks = b.toks;
  const n = toks.length;
  if (n < 3) return null;
  const floor = sentenceFloor(b, n - 1);
  for (let v = floor; v < n; v++) {
    const tk = toks[v];
    if (tk.quote >= 0) return null; // a sentence with a quote of its own is handled by the quote rules
    if (!isSpeechVerb(tk) || /ing$/.test(tk.lower) || usedAsNoun(toks, v)) continue;
    const subj = subjectBackward(toks, v - 1, floor);
    if (subj && (subj.kind === 'name' || (subj.kind === 'pronoun' && ['he', 'she'].includes(toks[subj.first].lower)) || subj.kind === 'nominal')) {
      return { np: subj, cue: cueSpan(toks, v, n), rule: 'continuation-indirect', distance: 0 };
    }
    const after = v + 1 < n ? subjectForward(toks, v + 1, n) : null;
    if (after && after.kind === 'name' && toks[v - 1]?.text === ',') return { np: after, cue: cueSpan(toks, v, n), rule: 'continuation-indirect', distance: 0 };
  }
  return null;
}

/** True when the paragraph has a reporting verb outside its quotes ("“…,” Hannity started."): it speaks for itself. */
export function blockHasCue(b: BlockCtx): boolean {
  return b.toks.some((tk, i) => tk.quote < 0 && (isFrameVerb(tk, b.toks[i + 1]) || tk.lower === 'started' || tk.lower === 'according') && !usedAsNoun(b.toks, i));
}

/**
 * A quote that is a whole sentence with no cue, after a sentence of the same paragraph whose
 * subject reports or characterises speech ("Cummings called him a master at deals. “He showed
 * again and again …”"): that subject. Only a person (name, he/she) counts.
 */
export function previousSentenceSpeaker(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  const first = piece.firstTok;
  if (first < 3 || b.sentence[first - 1] === b.sentence[first]) return null;
  // the quote must fill its sentence (no cue of its own after it)
  const ceil = sentenceCeil(b, piece.lastTok);
  for (let k = piece.lastTok + 1; k <= ceil; k++) if (toks[k].kind === 'word' && toks[k].quote < 0) return null;
  const floor = sentenceFloor(b, first - 1);
  for (let v = floor; v < first; v++) {
    const tk = toks[v];
    if (tk.quote >= 0) return null;
    if (!(isSpeechVerb(tk) || isLabellingVerb(tk)) || /ing$/.test(tk.lower) || usedAsNoun(toks, v)) continue;
    const subj = subjectBackward(toks, v - 1, floor);
    if (subj && (subj.kind === 'name' || (subj.kind === 'pronoun' && ['he', 'she'].includes(toks[subj.first].lower)))) {
      return { np: subj, cue: cueSpan(toks, v, first), rule: 'previous-sentence-speaker', distance: first - v };
    }
    return null;
  }
  return null;
}

const SPEECH_NOUN_SET = new Set(SPEECH_NOUNS);
/**
 * Words between a speech noun and its quote ("claim that", "call for", "promise to be"). One must
 * be there: a quote right after the noun ("Trump's comments “are based on …”") or after "as"
 * ("denounced Trump's remarks as “…”") characterises the words, it is someone else's.
 */
const NOUN_LINKS = new Set(['that', 'of', 'for', 'to', 'be']);

/**
 * A quote right after a possessed noun of speech: "Trump's claim that “…”", "her March comment
 * that, “…”", "his call for “a total and complete ban”". The possessor (a name or his/her/their/
 * its) is the mention; the noun is the cue. At most a linking word or two between noun and quote.
 */
export function possessiveCue(b: BlockCtx, piece: PieceRef): CueMatch | null {
  const toks = b.toks;
  const first = piece.firstTok;
  const floor = sentenceFloor(b, first);
  let n = first - 1;
  let linked = false;
  while (n > floor && first - n <= 4 && toks[n].quote < 0 && (NOUN_LINKS.has(toks[n].lower) || toks[n].text === ',' || toks[n].text === ':')) {
    if (toks[n].kind === 'word') linked = true;
    n--;
  }
  // "in her words, “…”": a comma after "words" links too
  if (!linked && !(toks[n]?.lower === 'words' && toks[n + 1]?.text === ',')) return null;
  const noun = toks[n];
  if (!noun || n <= floor || noun.quote >= 0 || noun.kind !== 'word' || !SPEECH_NOUN_SET.has(noun.lower) || noun.text !== noun.lower) return null;
  // the possessor, over at most three modifiers ("his famous", "her March", "Sanders's clarion")
  let j = n - 1;
  while (j > floor && n - j <= 3 && toks[j].kind === 'word' && toks[j].quote < 0 && !(toks[j].lower in POSSESSIVE_PRONOUNS) && toks[j].lower !== "'s" && !/[’']$/.test(toks[j].text) && !isSpeechVerb(toks[j])) j--;
  const p = toks[j];
  if (!p || p.quote >= 0) return null;
  const cue = { start: noun.start, end: noun.end };
  if (p.lower in POSSESSIVE_PRONOUNS && j >= floor) {
    return { np: { kind: 'pronoun', first: j, last: j, mention: { start: p.start, end: p.end }, roles: [] }, cue, rule: 'possessive-cue', distance: first - n };
  }
  if (p.lower === "'s" && j - 1 >= floor) {
    const name = nameBackward(toks, j - 1, floor);
    if (name) return { np: name, cue, rule: 'possessive-cue', distance: first - n };
  }
  return null;
}
