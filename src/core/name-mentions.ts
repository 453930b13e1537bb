/**
 * Mentions of a name the attribution established ("Her Kazakh counterpart, Yerlan Sadykov, said")
 * but the people detector did not list, e.g. because the given name is not in its lexicon: every
 * place the text writes the full name, and the surname standing alone ("Sadykov added").
 *
 * The text's capitalised words are indexed once, on first use, so finding the mentions of any
 * number of names stays linear in the length of the text.
 */
import { isJsSpace } from './chars';
import type { Range } from './detect-types';

interface Word extends Range {
  word: string;
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}\p{Nd}'’-]*/gu;

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** w.replace(/(?:['’]s)?['’-]*$/u, ''): a possessive ending and trailing apostrophes and hyphens off. */
function withoutEnding(w: string): string {
  let e = w.length;
  while (e > 0 && (isApostrophe(w.charCodeAt(e - 1)) || w.charCodeAt(e - 1) === 45)) e--;
  // the leftmost match takes "'s" before the trailing run when there is one
  if (e >= 2 && w.charCodeAt(e - 1) === 115 && isApostrophe(w.charCodeAt(e - 2))) e -= 2;
  return e === w.length ? w : w.slice(0, e);
}

/** text.slice(start, end).split(/\s+/).join(' ') === wanted, without the temporary strings: each run of white space reads as one space. */
function sameWords(text: string, start: number, end: number, wanted: string): boolean {
  let w = 0;
  for (let i = start; i < end; ) {
    if (isJsSpace(text.charCodeAt(i))) {
      while (i < end && isJsSpace(text.charCodeAt(i))) i++;
      if (wanted.charCodeAt(w++) !== 32) return false;
    } else if (text.charCodeAt(i++) !== wanted.charCodeAt(w++)) return false;
  }
  return w === wanted.length;
}

export class NameMentions {
  private words: Word[] | null = null;
  private readonly at = new Map<string, number[]>();

  constructor(private readonly text: string) {}

  /** View ranges of `name` in full and of its last word alone, in text order. */
  find(name: string): Range[] {
    const parts = name.trim().split(/\s+/);
    const surname = parts[parts.length - 1];
    if (!surname || !/^\p{Lu}/u.test(surname)) return [];
    const words = this.index();
    const capitalised = parts.filter((p) => /^\p{Lu}/u.test(p)).length;
    const wanted = parts.join(' ');
    const found: Range[] = [];
    for (const i of this.at.get(surname) ?? []) {
      const end = words[i].end;
      const first = i - (capitalised - 1);
      if (capitalised > 1 && first >= 0) {
        const start = words[first].start;
        if (sameWords(this.text, start, end, wanted)) {
          found.push({ start, end });
          continue;
        }
      }
      // the surname alone, not as a part of some other run of capitalised words
      if (!this.joined(i - 1, i) && !this.joined(i, i + 1)) found.push({ start: words[i].start, end });
    }
    return found;
  }

  /** Whether words a and b are neighbours separated by a single space. */
  private joined(a: number, b: number): boolean {
    const words = this.index();
    if (a < 0 || b >= words.length) return false;
    return words[b].start - words[a].end === 1 && this.text[words[a].end] === ' ';
  }

  private index(): Word[] {
    if (this.words) return this.words;
    const words: Word[] = [];
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(this.text); m; m = CAPITALISED.exec(this.text)) {
      const word = withoutEnding(m[0]);
      const start = m.index;
      words.push({ word, start, end: start + word.length });
      const list = this.at.get(word);
      if (list) list.push(words.length - 1);
      else this.at.set(word, [words.length - 1]);
    }
    this.words = words;
    return words;
  }
}
