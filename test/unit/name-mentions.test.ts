import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { NameMentions } from '../../src/core/name-mentions';
import { Occupied } from '../../src/core/ranges';

const texts = (text: string, name: string): string[] => new NameMentions(text).find(name).map((r) => text.slice(r.start, r.end));

describe('mentions of a name found by attribution', () => {
  it('finds the full name, and the surname alone, possessive included', () => {
    const text = 'Her counterpart, Oskar Tervel, spoke first. Tervel’s aides agreed, and Tervel left.';
    assert.deepEqual(texts(text, 'Oskar Tervel'), ['Oskar Tervel', 'Tervel', 'Tervel']);
  });

  it('does not take a surname that is part of another run of capitalised words', () => {
    assert.deepEqual(texts('The Tervel Institute said so. Mira Tervel did not.', 'Oskar Tervel'), []);
  });

  it('matches a full name across a line break', () => {
    assert.deepEqual(texts('said Oskar\nTervel, the envoy', 'Oskar Tervel'), ['Oskar\nTervel']);
  });

  it('tells whether a range overlaps any of a set', () => {
    const occupied = new Occupied([{ start: 10, end: 20 }, { start: 0, end: 3 }, { start: 12, end: 14 }]);
    assert.equal(occupied.overlaps({ start: 19, end: 25 }), true);
    assert.equal(occupied.overlaps({ start: 3, end: 10 }), false);
    assert.equal(occupied.overlaps({ start: 20, end: 30 }), false);
    assert.equal(occupied.overlaps({ start: 2, end: 4 }), true);
  });

  it('gives a speaker with an unfamiliar given name the mentions of their name', () => {
    const md = [
      'Her Kazakh counterpart, Zhanbolat Ormanov, struck a warmer tone. He said the two delegations had spent',
      '“more hours together than with our own families” since the talks began in March.',
    ].join('\n');
    const a = annotate(md);
    const quote = a.quotes[0];
    const speaker = a.people.find((p) => p.id === quote.speaker);
    assert.ok(speaker, 'the quote has a person as speaker');
    assert.equal(speaker.name, 'Zhanbolat Ormanov');
    assert.deepEqual(speaker.mentions.map((m) => m.text), ['Zhanbolat Ormanov']);
    for (const m of speaker.mentions) assert.equal(md.slice(m.start, m.end), m.text);
  });
});
