/**
 * Speaker attribution as a sieve: the most precise rule first, each rule small and named
 * (AttributionHit.rule). A quote that no rule attributes keeps `speaker: null`.
 *
 *  1. adjacent cue, after the quote:   “…,” X said / “…,” said X / “…,” according to X / “…” urged by X
 *     adjacent cue, before the quote:  X said: “…” / X told reporters “…” / X called it “…”
 *     (the nearer one wins; X is a name, a pronoun or a nominal, see attribution/cues.ts)
 *  2. same sentence:   “…” and “…,” he said — an earlier quote of the sentence takes the later cue
 *  3. same paragraph:  “…,” said Blinken. “…” — a quote with no cue takes the previous quote's speaker
 *  4. multi-paragraph: the parts of one quotation share a speaker
 *  5. intro colon:     a paragraph ending "X said:" introduces the quote that opens the next one
 *  6. continuation:    a paragraph opening with a quote and holding no cue continues the previous
 *                      paragraph's speaker (speakerMention null: no reporting expression of its own),
 *                      or the speaker of the previous paragraph's last sentence when it reports
 *                      speech without quoting it ("Marks said she was tired of it." → 'continuation-indirect')
 * Mentions are resolved to speakers in attribution/resolve.ts (entities, own name index, pronoun
 * antecedents by gender, nominals by title or role).
 */
import type { AttributionHit, CountryResult, EntityResult, QuoteHit, Range, SpeakerRef } from './detect-types';
import type { ProseDoc } from './prose';
import { buildContext, type BlockCtx, type PieceRef } from './attribution/context';
import { adjacentCue, blockHasCue, clauseSubjectCue, creditLine, possessiveCue, cueLaterInSentence, dashCredit, indirectSpeechSpeaker, introColon, previousSentenceCue, previousSentenceSpeaker, transcriptLabel, type CueMatch } from './attribution/cues';
import { isCapitalised, nominalBackward, type NounPhrase } from './attribution/np';
import { SPOKESPERSON_HEADS } from './data/nominals';
import { Resolver } from './attribution/resolve';
import { POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from './data/pronouns';

const EMPTY: AttributionHit = { speaker: null, speakerMention: null, cue: null, rule: null };

/**
 * How a mention became a speaker: 'name' (a name, through the entities or the name index),
 * 'pronoun' (he/she → antecedent), 'org-pronoun' (it/they → organisation), 'role' (a nominal →
 * the person whose title or role holds it, or an organisation), 'document' (a document → the
 * author the text gives it: "a web video by X" … "the clip says"), 'epithet' (a definite
 * description of someone already named → the person the text is about).
 */
const SPOKESPERSON = new Set(SPOKESPERSON_HEADS);

export type Resolution = 'name' | 'pronoun' | 'org-pronoun' | 'role' | 'document' | 'epithet';

/** Speaker of a cue's subject NP, with how it was found. */
function resolveMention(res: Resolver, b: BlockCtx, m: CueMatch): { speaker: SpeakerRef | null; resolution: Resolution | null } {
  const np = m.np;
  const found = (speaker: SpeakerRef | null, resolution: Resolution): { speaker: SpeakerRef | null; resolution: Resolution | null } => ({ speaker, resolution: speaker ? resolution : null });
  if (np.kind === 'name') {
    const d = res.resolveDemonym(np, b.index);
    return d === undefined ? found(res.resolveName(np), 'name') : found(d, 'epithet');
  }
  if (np.kind === 'pronoun') {
    const w = b.toks[np.first].lower;
    const cls = SUBJECT_PRONOUNS[w] ?? POSSESSIVE_PRONOUNS[w];
    if (cls === 'male' || cls === 'female') return found(res.resolvePronoun(b.index, np.first, cls), 'pronoun');
    if (cls === 'neuter' || cls === 'plural') return found(res.resolveOrgPronoun(b.index, np.first, cls === 'plural'), 'org-pronoun');
    return found(null, 'pronoun');
  }
  const demonym = res.resolveDemonym(np, b.index);
  if (demonym !== undefined) return found(demonym, 'epithet');
  const r = resolveNominal(res, b, np);
  if (r.speaker) return r;
  // "The former first lady and U.S. senator": the first of two coordinated roles may resolve where the whole does not
  for (let k = np.first + 1; k < np.last; k++) {
    if (b.toks[k].lower !== 'and') continue;
    const first = nominalBackward(b.toks, k - 1, np.first);
    if (first && first.first === np.first) return resolveNominal(res, b, first);
    break;
  }
  return r;
}

/** A nominal's speaker: a role, a document's author or an epithet. */
function resolveNominal(res: Resolver, b: BlockCtx, np: NounPhrase): { speaker: SpeakerRef | null; resolution: Resolution | null } {
  const found = (speaker: SpeakerRef | null, resolution: Resolution): { speaker: SpeakerRef | null; resolution: Resolution | null } => ({ speaker, resolution: speaker ? resolution : null });
  const role = res.resolveNominal(np, np.mention.start);
  if (role) return found(role, 'role');
  const body = spokespersonFor(res, b, np);
  if (body) return found(body, 'role');
  const author = res.resolveDocument(np, b.index, np.first);
  if (author) return found(author, 'document');
  return found(res.resolveEpithet(np, b.index, np.first), 'epithet');
}

/**
 * "A State Department spokesman", "a Google spokeswoman": an unnamed spokesperson speaks for the
 * body whose name premodifies the head.
 */
function spokespersonFor(res: Resolver, b: BlockCtx, np: NounPhrase): SpeakerRef | null {
  if (!SPOKESPERSON.has(np.head ?? '')) return null;
  let j = np.last;
  while (j > np.first && b.toks[j].lower !== np.head) j--;
  let i = j - 1;
  while (i >= np.first && isCapitalised(b.toks[i]) && !['a', 'an', 'the'].includes(b.toks[i].lower)) i--;
  if (i + 1 > j - 1) return null;
  const name: NounPhrase = { kind: 'name', first: i + 1, last: j - 1, mention: { start: b.toks[i + 1].start, end: b.toks[j - 1].end }, roles: [] };
  const ref = res.resolveName(name);
  if (!ref) return null;
  return ref.kind === 'person' && !ref.id ? { kind: 'organization', name: ref.name } : ref;
}

/**
 * The speaker mention of a cue's subject. When the verb's subject is a relative pronoun
 * ("McConnell, now the majority leader, who said"), the mention runs from its antecedent to the
 * pronoun: both are what the reporting expression ties to the quote.
 */
function mentionOf(np: CueMatch['np']): Range {
  const r = np.relative;
  if (!r) return np.mention;
  return { start: Math.min(np.mention.start, r.start), end: Math.max(np.mention.end, r.end) };
}

/** True when the source line of view offset `at` opens with a dash (a list marker or a credit dash) before the text. */
function opensWithDash(doc: ProseDoc, at: number): boolean {
  const src = doc.source;
  const s = doc.toSource({ start: at, end: at }).start;
  let i = s - 1;
  while (i >= 0 && (src[i] === ' ' || src[i] === '\t')) i--;
  if (i < 0 || !'-–—―'.includes(src[i])) return false;
  return i === 0 || src[i - 1] === '\n';
}

/** The hit for a cue match. */
function hitOf(res: Resolver, b: BlockCtx, m: CueMatch, rule: string = m.rule, cue: CueMatch['cue'] = m.cue): AttributionHit {
  const r = resolveMention(res, b, m);
  return { speaker: r.speaker, speakerMention: mentionOf(m.np), cue, rule, ...(r.resolution ? { resolution: r.resolution } : {}), ...(m.np.relative ? { antecedent: m.np.mention } : {}) };
}

/** Ties each quote to its speaker. One result per quote, in the same order. */
export function attributeQuotes(doc: ProseDoc, quotes: readonly QuoteHit[], entities: EntityResult, countries: CountryResult, terms: readonly Range[] = []): AttributionHit[] {
  const ctx = buildContext(doc, quotes);
  const res = new Resolver(ctx, entities, countries, terms);
  const hits: (AttributionHit | null)[] = quotes.map(() => null);
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].start - quotes[b].start);

  // 1. adjacent cues
  for (const i of order) {
    const p = ctx.pieceAt[i];
    if (p.block < 0 || p.firstTok < 0) continue;
    const b = ctx.blocks[p.block];
    // "Trump's claim that “…”": a possessed noun of speech nearer the quote than any verb cue
    const adj = adjacentCue(b, p);
    const poss = possessiveCue(b, p);
    const near = poss && (!adj || adj.distance > poss.distance) ? poss : adj;
    const m = transcriptLabel(b, p) ?? dashCredit(b, p) ?? near ?? cueLaterInSentence(b, p) ?? previousSentenceCue(b, p);
    if (m) hits[i] = hitOf(res, b, m);
    else if (p.firstTok === 0 && b.toks.slice(p.lastTok + 1).every((tk) => tk.kind !== 'word') && p.block + 1 < ctx.blocks.length) {
      // “…” then a credit line of its own: "- Bernie Sanders."
      const next = ctx.blocks[p.block + 1];
      const credit = creditLine(next, opensWithDash(doc, next.range.start));
      // a lone word ("- Immigration.") only when it is a known person or organisation
      const words = doc.text.slice(credit?.np.mention.start ?? 0, credit?.np.mention.end ?? 0).split(/\s+/).length;
      if (credit && (words >= 2 || res.isEntity(credit.np.mention))) hits[i] = hitOf(res, next, credit);
    }
  }

  // 2. same sentence: a later quote's cue covers an earlier quote of its sentence
  for (const b of ctx.blocks) {
    let next: PieceRef | null = null;
    for (let k = b.pieces.length - 1; k >= 0; k--) {
      const p = b.pieces[k];
      if (p.firstTok < 0) continue;
      if (!hits[p.index] && next && b.sentence[next.firstTok] === b.sentence[p.firstTok]) hits[p.index] = { ...(hits[next.index] as AttributionHit), rule: 'same-sentence' };
      if (hits[p.index]) next = p;
    }
  }

  // 2b. a quoted fragment inside a sentence with no cue: the sentence's subject
  for (const i of order) {
    if (hits[i]) continue;
    const p = ctx.pieceAt[i];
    if (p.block < 0 || p.firstTok < 0) continue;
    const b = ctx.blocks[p.block];
    const m = clauseSubjectCue(b, p, (r) => res.isPerson(r), (r) => res.isEntity(r));
    if (m) hits[i] = hitOf(res, b, m, m.rule, null);
  }

  // 2c. a whole-sentence quote after a sentence whose subject reports speech (no quote of its own)
  for (const b of ctx.blocks) {
    let earlierHit = false; // once a quote of the paragraph is attributed, the same-paragraph rule decides
    for (const p of b.pieces) {
      if (hits[p.index]) {
        earlierHit = true;
        continue;
      }
      if (earlierHit || p.firstTok < 0) continue;
      const m = previousSentenceSpeaker(b, p);
      if (m) {
        hits[p.index] = hitOf(res, b, m);
        earlierHit = true;
      }
    }
  }

  // 3. same paragraph: the previous attributed quote of the paragraph
  for (const b of ctx.blocks) {
    let prev: PieceRef | null = null;
    for (const p of b.pieces) {
      if (!hits[p.index] && prev) hits[p.index] = { ...(hits[prev.index] as AttributionHit), rule: 'same-paragraph' };
      else if (hits[p.index]?.speakerMention) prev = p;
    }
  }

  // 4. multi-paragraph quotations share one speaker
  const groups = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    const l = groups.get(q.group) ?? [];
    l.push(i);
    groups.set(q.group, l);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // each part takes the nearest attributed part before it (a transcript relabels its paragraphs:
    // "PENCE: …" then an unlabelled paragraph is still Pence), the first attributed one for those before it
    members.sort((a, b) => quotes[a].start - quotes[b].start);
    const first = members.find((i) => hits[i]);
    if (first === undefined) continue;
    let src = first;
    for (const i of members) {
      if (hits[i] && hits[i]?.rule !== 'multi-paragraph') src = i;
      else if (!hits[i]) hits[i] = { speaker: (hits[src] as AttributionHit).speaker, speakerMention: null, cue: null, rule: 'multi-paragraph', resolution: (hits[src] as AttributionHit).resolution ?? null };
    }
  }

  // 5 and 6: a paragraph opening with a quote
  for (const i of order) {
    if (hits[i]) continue;
    const p = ctx.pieceAt[i];
    if (p.block <= 0 || p.firstTok !== 0) continue;
    const prevBlock = ctx.blocks[p.block - 1];
    const intro = introColon(prevBlock);
    if (intro) {
      hits[i] = hitOf(res, prevBlock, intro, 'intro-colon');
      continue;
    }
    const prevQuotes = prevBlock.pieces.filter((q) => hits[q.index]?.speaker);
    const last = prevQuotes[prevQuotes.length - 1];
    // a paragraph whose own quotes have a cue holds a new speaker's words ("“…,” a voice-over states. “…”")
    const ownCue = ctx.blocks[p.block].pieces.some((q) => q.index !== i && hits[q.index]?.cue);
    if (last && !ownCue) {
      hits[i] = { speaker: (hits[last.index] as AttributionHit).speaker, speakerMention: null, cue: null, rule: 'continuation', resolution: (hits[last.index] as AttributionHit).resolution ?? null };
      continue;
    }
    // 6b. after a paragraph whose last sentence reports the speaker's words without quoting them
    const indirect = blockHasCue(ctx.blocks[p.block]) ? null : indirectSpeechSpeaker(prevBlock);
    if (indirect) {
      const h = hitOf(res, prevBlock, indirect, 'continuation-indirect', null);
      if (h.speaker) hits[i] = { speaker: h.speaker, speakerMention: null, cue: h.cue, rule: h.rule, resolution: h.resolution ?? null };
    }
  }

  const out = hits.map((h) => h ?? EMPTY);
  attributeNested(doc, quotes, out, res);
  return out;
}

/**
 * 7. nested quotes: a quotation inside a quotation (“… she told me, ‘we will win,’ and …”) takes
 * the speaker its reporting expression gives inside the outer quote — "I"/"we" is the outer
 * speaker, a name is that person, he/she the person it stands for (never the outer speaker, who
 * would say "I"). No cue inside the outer quote, or an unresolved one ("my old professor used to
 * say"): null. The cue finders run on a context where only the nested quotes are quotes.
 */
function attributeNested(doc: ProseDoc, quotes: readonly QuoteHit[], hits: AttributionHit[], res: Resolver): void {
  const refs: { range: Range; outer: number; k: number }[] = [];
  quotes.forEach((q, i) => q.nested.forEach((n, k) => refs.push({ range: n, outer: i, k })));
  if (refs.length === 0) return;
  const nctx = buildContext(doc, refs.map((r) => r.range), true);
  const nested: (SpeakerRef | null)[][] = quotes.map((q) => q.nested.map(() => null));
  refs.forEach((r, j) => {
    const q = quotes[r.outer];
    const outer = hits[r.outer].speaker;
    const p = nctx.pieceAt[j];
    if (p.block < 0 || p.firstTok < 0) return;
    const b = nctx.blocks[p.block];
    const m = adjacentCue(b, p) ?? cueLaterInSentence(b, p);
    // the reporting expression must lie inside the outer quote, between its marks
    if (!m || m.np.mention.start <= q.start || m.np.mention.end >= q.end || (m.cue && (m.cue.start <= q.start || m.cue.end >= q.end))) return;
    const np = m.np;
    let speaker: SpeakerRef | null = null;
    if (np.kind === 'pronoun') {
      const w = b.toks[np.first].lower;
      const cls = SUBJECT_PRONOUNS[w];
      if (w === 'i' || w === 'we') speaker = outer;
      else if (cls === 'male' || cls === 'female') speaker = res.resolvePronounOther(b.index, np.first, cls, outer);
    } else if (np.kind === 'name') speaker = res.resolveName(np);
    else speaker = res.resolveNominal(np, np.mention.start);
    nested[r.outer][r.k] = speaker;
  });
  nested.forEach((n, i) => {
    if (n.some((x) => x)) hits[i] = { ...hits[i], nested: n };
  });
}
