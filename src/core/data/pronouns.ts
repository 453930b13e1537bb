/** Personal pronouns that can stand as the subject of a reporting verb. */
export type PronounClass = 'male' | 'female' | 'plural' | 'neuter' | 'first';

/**
 * A word table without a prototype: `word in table` and `table[word]` see only its own words, so a
 * text word such as "constructor" or "valueOf" is never read as a pronoun.
 */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const SUBJECT_PRONOUNS: Readonly<Record<string, PronounClass>> = table({
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
  i: 'first',
  we: 'first',
});

/** Pronouns (any case) that reveal a person's gender when they refer back to the person. */
export const GENDERED_PRONOUNS: Readonly<Record<string, 'male' | 'female'>> = table({
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
});

/** Relative pronouns that take the place of their antecedent as a subject ("McConnell, who said"). */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which', 'that'];

/** Possessive determiners that stand for the owner of a speech noun ("his claim that “…”"). */
export const POSSESSIVE_PRONOUNS: Readonly<Record<string, PronounClass>> = table({
  his: 'male',
  her: 'female',
  their: 'plural',
  its: 'neuter',
  my: 'first',
  our: 'first',
});
