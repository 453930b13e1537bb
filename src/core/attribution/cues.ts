/**
 * Cue finders: the reporting expression next to a quote and its subject. Syntax only (tokens,
 * lexicons), no entities, so quote classification can use them too.
 */
import { CUE_TAILS, LABELLING_VERBS, reportingVerbForms, VERB_GAP_WORDS } from '../data/reporting-verbs';
import { SUBJECT_PRONOUNS } from '../data/pronouns';
import type { Range } from '../detect-types';
import type { BlockCtx, PieceRef } from './context';
import { isCapitalised, nameBackward, nameForward, nominalBackward, nominalForward, pronounAt, type NounPhrase } from './np';
import type { Token } from './text';

export interface CueMatch {
  np: NounPhrase;
  cue: Range;
  rule: string;
  /** Token distance between the quote and the cue (for "the nearer one"). */
  distance: number;
}

const SPEECH = reportingVerbForms();
const LABELLING = new Set(LABELLING_VERBS);
const GAP = new Set(VERB_GAP_WORDS);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'day', 'earlier', 'later', 'recently',
]);

export function isSpeechVerb(tk: Token | undefined): boolean {
  return !!tk && tk.kind === 'word' && SPEECH.has(tk.lower);
}

function isLabellingVerb(tk: Token | undefined): boolean {
  return !!tk && tk.kind === 'word' && LABELLING.has(tk.lower);
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
  if (tk.kind === 'word' && tk.lower === 'who') {
    // "McConnell, now the majority leader, who said"
    let j = i - 1;
    if (j >= floor && toks[j].text === ',') j--;
    return appositiveHead(toks, j, floor) ?? subjectBackward(toks, j, floor);
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
  if (n) return n;
  return nominalBackward(toks, i, floor);
}

/** "Hugh Hill, a doctor," ending at token j (the word before the second comma): the NP before the first comma. */
function appositiveHead(toks: readonly Token[], j: number, floor: number): NounPhrase | null {
  // find the comma that opens the appositive, at most 16 tokens back, with no verb of speech in between
  for (let c = j; c >= floor && j - c < 18; c--) {
    const tk = toks[c];
    if (tk.quote >= 0) return null;
    if (isSpeechVerb(tk)) return null;
    if (tk.text === '.' || tk.text === ';' || tk.text === ':') return null;
    if (tk.text === ',') {
      const head = subjectBackwardNoApp(toks, c - 1, floor);
      if (head && head.kind !== 'pronoun') {
        const roles = toks.slice(c + 1, j + 1).filter((x) => x.kind === 'word').map((x) => x.lower);
        return { ...head, first: head.first, last: j, roles: head.roles.concat(roles) };
      }
    }
  }
  return null;
}

function subjectBackwardNoApp(toks: readonly Token[], k: number, floor: number): NounPhrase | null {
  if (k < floor) return null;
  const n = nameBackward(toks, k, floor);
  if (n) return n;
  return nominalBackward(toks, k, floor);
}

/** A subject NP starting at token k: pronoun, name (titles, appositive), nominal. */
function subjectForward(toks: readonly Token[], k: number, limit: number): NounPhrase | null {
  const p = pronounAt(toks, k);
  if (p) return p;
  const nom = nominalForward(toks, k, limit);
  const name = nameForward(toks, k, limit);
  let np = name ?? nom;
  if (nom && name) np = nom.last >= name.last ? nom : name;
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

/** After an NP, skip an appositive ", a doctor," / ", 49," / ", who …,": returns the index after it. */
function skipAppositiveForward(toks: readonly Token[], k: number, limit: number): { next: number; roles: string[] } {
  if (toks[k]?.text !== ',') return { next: k, roles: [] };
  for (let j = k + 1; j < limit && j - k < 20; j++) {
    const tk = toks[j];
    if (tk.quote >= 0 || tk.text === '.' || tk.text === ';' || tk.text === ':') break;
    if (isSpeechVerb(tk) && toks[j - 1].text !== ',') break;
    if (tk.text === ',') {
      const roles = toks.slice(k + 1, j).filter((x) => x.kind === 'word').map((x) => x.lower);
      return { next: j + 1, roles };
    }
  }
  return { next: k, roles: [] };
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
  if (isSpeechVerb(toks[v]) && !/ing$/.test(toks[v].lower)) {
    const np = subjectForward(toks, v + 1, limit);
    if (np && !(np.kind === 'pronoun' && ['it', 'i', 'we', 'they'].includes(toks[np.first].lower) && toks[np.first + 1]?.kind === 'word')) {
      return { np, cue: cueSpan(toks, v, limit), rule: 'quote-verb-subject', distance: dist };
    }
  }
  // subject first: X said
  const np = subjectForward(toks, k, limit);
  if (np) {
    let j = np.last + 1;
    const app = skipAppositiveForward(toks, j, limit);
    j = app.next;
    // "X of Y said" / "X at Y said": a short postmodifier
    if ((toks[j]?.lower === 'of' || toks[j]?.lower === 'at' || toks[j]?.lower === 'from') && np.kind !== 'pronoun') {
      for (let m = j + 1; m < Math.min(limit, j + 8); m++) {
        if (isSpeechVerb(toks[m])) {
          j = m;
          break;
        }
        if (toks[m].kind !== 'word') break;
      }
    }
    v = skipGapsForward(toks, j, limit);
    if (isSpeechVerb(toks[v]) && !/ing$/.test(toks[v].lower)) {
      return { np: { ...np, roles: np.roles.concat(app.roles) }, cue: cueSpan(toks, v, limit), rule: np.kind === 'pronoun' ? 'quote-pronoun-verb' : np.kind === 'nominal' ? 'quote-nominal-verb' : 'quote-name-verb', distance: dist };
    }
  }
  // passive agent: “…” urged by Schiff / called for by Clinton
  v = k;
  if ((isSpeechVerb(toks[v]) || isLabellingVerb(toks[v])) && /ed$/.test(toks[v].lower)) {
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
  const sent = b.sentence[first];
  let floor = first;
  while (floor > 0 && b.sentence[floor - 1] === sent) floor--;
  for (let v = first - 1; v >= floor; v--) {
    const tk = toks[v];
    if (tk.quote >= 0) continue;
    // according to X, “…”
    if (tk.lower === 'according' && toks[v + 1]?.lower === 'to' && v + 2 < first) {
      const np = subjectForward(toks, v + 2, first);
      if (np) return { np, cue: { start: tk.start, end: toks[v + 1].end }, rule: 'according-to', distance: first - v };
    }
    const speech = isSpeechVerb(tk);
    if (!speech && !isLabellingVerb(tk)) continue;
    // "said X: “…”" (verb first before the quote)
    if (speech && v + 1 < first) {
      const after = subjectForward(toks, v + 1, first);
      if (after && after.kind === 'name' && (toks[after.last + 1]?.text === ':' || toks[after.last + 1]?.text === ',') && after.last + 2 >= first) {
        return { np: after, cue: cueSpan(toks, v, first), rule: 'verb-subject-quote', distance: first - v };
      }
    }
    let subj = subjectBackward(toks, v - 1, floor);
    let rule = 'subject-verb-quote';
    if (!subj && /ing$/.test(tk.lower)) {
      // "…, saying “…”": the subject of the clause
      subj = clauseSubject(toks, floor, v);
      rule = 'subject-participle-quote';
    }
    if (subj && subj.kind === 'name' && toks[subj.last + 1]?.lower === "'s") subj = null;
    if (subj) {
      return { np: subj, cue: cueSpan(toks, v, first), rule: speech ? rule : 'subject-labels-quote', distance: first - v };
    }
    if (speech) return null; // a verb of speech with no subject we can read: stop here
  }
  return null;
}

/** The first subject-like NP of the clause [floor, v): pronoun, name or nominal, skipping an introductory phrase. */
function clauseSubject(toks: readonly Token[], floor: number, v: number): NounPhrase | null {
  let k = floor;
  // skip "On Monday," / "In a statement," introductions
  for (let i = floor; i < v; i++) {
    if (toks[i].text === ',' && i - floor < 8) {
      k = i + 1;
      break;
    }
  }
  for (const start of [k, floor]) {
    const np = subjectForward(toks, start, v);
    if (np) return np;
  }
  return null;
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
    let floor = v;
    while (floor > 0 && b.sentence[floor - 1] === b.sentence[v]) floor--;
    const subj = subjectBackward(toks, v - 1, floor) ?? (/ing$/.test(toks[v].lower) ? clauseSubject(toks, floor, v) : null);
    if (subj) return { np: subj, cue: cueSpan(toks, v, n), rule: 'intro-colon', distance: 0 };
    const after = subjectForward(toks, v + 1, n - 1);
    if (after) return { np: after, cue: cueSpan(toks, v, n), rule: 'intro-colon', distance: 0 };
    return null;
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
