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
 *                      paragraph's speaker (speakerMention null: no reporting expression of its own)
 * Mentions are resolved to speakers in attribution/resolve.ts (entities, own name index, pronoun
 * antecedents by gender, nominals by title or role).
 */
import type { AttributionHit, CountryResult, EntityResult, QuoteHit, SpeakerRef } from './detect-types';
import type { ProseDoc } from './prose';
import { buildContext, type BlockCtx, type PieceRef } from './attribution/context';
import { adjacentCue, clauseSubjectCue, cueLaterInSentence, dashCredit, introColon, previousSentenceCue, transcriptLabel, type CueMatch } from './attribution/cues';
import { Resolver } from './attribution/resolve';
import { SUBJECT_PRONOUNS } from './data/pronouns';

const EMPTY: AttributionHit = { speaker: null, speakerMention: null, cue: null, rule: null };

/** Speaker of a cue's subject NP. */
function speakerOf(res: Resolver, b: BlockCtx, m: CueMatch): SpeakerRef | null {
  const np = m.np;
  if (np.kind === 'name') return res.resolveName(np);
  if (np.kind === 'pronoun') {
    const cls = SUBJECT_PRONOUNS[b.toks[np.first].lower];
    if (cls === 'male' || cls === 'female') return res.resolvePronoun(b.index, np.first, cls);
    if (cls === 'neuter' || cls === 'plural') return res.resolveOrgPronoun(b.index, np.first);
    return null;
  }
  return res.resolveNominal(np, np.mention.start);
}

/** Ties each quote to its speaker. One result per quote, in the same order. */
export function attributeQuotes(doc: ProseDoc, quotes: readonly QuoteHit[], entities: EntityResult, countries: CountryResult): AttributionHit[] {
  const ctx = buildContext(doc, quotes);
  const res = new Resolver(ctx, entities, countries);
  const hits: (AttributionHit | null)[] = quotes.map(() => null);
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].start - quotes[b].start);

  // 1. adjacent cues
  for (const i of order) {
    const p = ctx.pieceAt[i];
    if (p.block < 0 || p.firstTok < 0) continue;
    const b = ctx.blocks[p.block];
    const m = transcriptLabel(b, p) ?? dashCredit(b, p) ?? adjacentCue(b, p) ?? cueLaterInSentence(b, p) ?? previousSentenceCue(b, p);
    if (m) hits[i] = { speaker: speakerOf(res, b, m), speakerMention: m.np.mention, cue: m.cue, rule: m.rule };
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
    const m = clauseSubjectCue(b, p, (r) => res.isPerson(r));
    if (m) hits[i] = { speaker: speakerOf(res, b, m), speakerMention: m.np.mention, cue: null, rule: m.rule };
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
    const src = members.find((i) => hits[i]);
    if (src === undefined) continue;
    for (const i of members) if (!hits[i]) hits[i] = { speaker: (hits[src] as AttributionHit).speaker, speakerMention: null, cue: null, rule: 'multi-paragraph' };
  }

  // 5 and 6: a paragraph opening with a quote
  for (const i of order) {
    if (hits[i]) continue;
    const p = ctx.pieceAt[i];
    if (p.block <= 0 || p.firstTok !== 0) continue;
    const prevBlock = ctx.blocks[p.block - 1];
    const intro = introColon(prevBlock);
    if (intro) {
      hits[i] = { speaker: speakerOf(res, prevBlock, intro), speakerMention: intro.np.mention, cue: intro.cue, rule: 'intro-colon' };
      continue;
    }
    const prevQuotes = prevBlock.pieces.filter((q) => hits[q.index]?.speaker);
    const last = prevQuotes[prevQuotes.length - 1];
    if (last) hits[i] = { speaker: (hits[last.index] as AttributionHit).speaker, speakerMention: null, cue: null, rule: 'continuation' };
  }

  return hits.map((h) => h ?? EMPTY);
}
