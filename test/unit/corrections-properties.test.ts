import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../../src/core/annotate';
import { applyCorrections, makeCorrection, type CorrectionRequest } from '../../src/core/corrections';
import { CORRECTION_KINDS, type Correction } from '../../src/core/corrections-model';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { ARTICLE } from '../fixtures/export/annotations';
import { violations } from './support/invariants';

const root = join(__dirname, '..', '..');

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('corrections on random spans and edits (properties)', () => {
  const texts = [ARTICLE, readFileSync(join(root, 'test', 'fixtures', 'cli', 'council-vote.md'), 'utf8'), readFileSync(join(root, 'samples', 'harbour-summit.md'), 'utf8')];

  it('never throw, keep every invariant of the model, and account for every correction (applied or orphaned)', function () {
    this.timeout(120000);
    const random = rng(20261128);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    for (let round = 0; round < 60; round++) {
      const text = pick(texts);
      const words = [...text.matchAll(/\S+(?: \S+){0,3}/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      const corrections: Correction[] = [];
      for (let i = 0; i < 6; i++) {
        const kind = pick(CORRECTION_KINDS);
        const target = pick(words);
        const speaker = { name: pick(['Ana Lopes', 'Harbour Authority', 'New Person']), type: pick(['person', 'organization'] as const) };
        const extras: Partial<Record<string, Record<string, unknown>>> = {
          'set-speaker': { speaker },
          'mark-quote': random() < 0.5 ? { speaker } : {},
          'mark-country': { country: pick(['FR', 'DE', 'PT', 'CN', 'US']) },
          'merge-people': { other: pick(words) },
          'not-person': { all: random() < 0.5 },
          'mark-person': random() < 0.5 ? { name: 'Someone Else' } : {},
        };
        const extra = extras[kind] ?? {};
        corrections.push(makeCorrection(text, { kind, target, ...extra } as CorrectionRequest, corrections));
      }
      // an edit: delete, duplicate or replace a random stretch
      const a = Math.floor(random() * text.length);
      const b = Math.min(text.length, a + Math.floor(random() * 80));
      const edits = [text, text.slice(0, a) + text.slice(b), text.slice(0, b) + text.slice(a, b) + text.slice(b), 'New lead.\n\n' + text];
      const edited = pick(edits).replace(/^$/, 'x');
      const sidecar = parseSidecar(serializeSidecar({ version: 1, corrections }));
      assert.ok(sidecar.ok, sidecar.ok ? '' : sidecar.error);
      const result = annotate(edited, { corrections: sidecar.sidecar.corrections });
      assert.deepEqual(violations(edited, result), [], `round ${round}`);
      assert.ok(result.orphans);
      for (const o of result.orphans) assert.ok(corrections.some((c) => c.id === o.correction.id));
      if (edited === text) assert.ok(result.orphans.every((o) => o.reason !== 'text-not-found'), 'nothing is orphaned in the unedited text');
      const twice = applyCorrections(annotate(edited), edited, corrections);
      assert.deepEqual(twice, result, 'deterministic');
    }
  });
});
