/**
 * Reporting verbs: the verbs that introduce or follow reported speech. Lemmas with their
 * irregular forms; regular forms (-s, -ed, -ing) are derived in `reportingVerbForms`.
 */
const REGULAR: readonly string[] = [
  'acknowledge', 'add', 'admit', 'advise', 'agree', 'allege', 'announce', 'answer', 'argue', 'ask', 'assert', 'assure',
  'bemoan', 'blast', 'boast', 'brag', 'caution', 'charge', 'chide', 'chime', 'claim', 'comment', 'complain', 'concede',
  'conclude', 'confirm', 'contend', 'continue', 'counter', 'cry', 'declare', 'demand', 'deny', 'describe', 'echo',
  'emphasize', 'emphasise', 'exclaim', 'explain', 'fume', 'gripe', 'grumble', 'hint', 'insist', 'interject', 'joke',
  'lament', 'marvel', 'mock', 'mourn', 'muse', 'mutter', 'note', 'object', 'observe', 'plead', 'pledge', 'post', 'pray',
  'predict', 'proclaim', 'promise', 'protest', 'quip', 'rage', 'recall', 'recount', 'reflect', 'reiterate', 'remark',
  'remind', 'repeat', 'reply', 'report', 'respond', 'retort', 'reveal', 'scoff', 'scream', 'share', 'shout', 'sigh',
  'snap', 'sneer', 'state', 'stress', 'suggest', 'summarize', 'testify', 'tout', 'tweet', 'type', 'urge', 'vow', 'warn',
  'wonder', 'yell', 'quote', 'mention', 'question', 'reason', 'assert', 'opine', 'concur', 'caution', 'whisper',
  'recommend', 'propose',
  // said-bookisms of news copy
  'affirm', 'aver', 'beam', 'boom', 'chuckle', 'clarify', 'confess', 'confide', 'crow', 'demur', 'elaborate', 'exult',
  'fret', 'gasp', 'groan', 'growl', 'gush', 'hiss', 'holler', 'howl', 'implore', 'inquire', 'interrupt', 'laugh',
  'lecture', 'maintain', 'moan', 'murmur', 'posit', 'preach', 'quiz', 'rant', 'rave', 'react', 'rejoin',
  'relay', 'riff', 'roar', 'scold', 'snarl', 'speculate', 'surmise', 'taunt', 'tease', 'theorize', 'thunder', 'wail',
  'whine', 'admit', 'regret', 'rebut', 'retweet', 'retaliate', 'blare', 'bellow', 'reminisce',
];

/** Verbs whose final consonant doubles before -ed / -ing (stress on the last syllable). */
const DOUBLING: readonly string[] = ['quip', 'demur', 'admit', 'concur', 'regret', 'rebut', 'refer', 'prefer', 'submit', 'commit', 'omit', 'confer'];

/**
 * Past forms of verbs whose other forms are mostly nouns ("the press", "chants", "an email"):
 * the crowd chanted “…” / “…,” she emailed.
 */
const PAST_ONLY: readonly string[] = ['chanted', 'chanting', 'emailed', 'texted', 'messaged', 'barked', 'thanked', 'expressed', 'sang', 'sung', 'sings', 'singing'];

/** Irregular verbs: lemma → forms. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
  put: ['put', 'puts', 'putting'],
  begin: ['begin', 'begins', 'began', 'beginning'],
  go: ['go', 'goes', 'went'],
  read: ['read', 'reads', 'reading'],
  think: ['think', 'thinks', 'thought'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  snap: ['snap', 'snaps', 'snapped', 'snapping'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  prophesy: ['prophesy', 'prophesied'],
};

/**
 * Verbs that take a quoted fragment as an object complement rather than introducing speech
 * ("called it “a disaster”", "described the deal as “terrible”"); they attribute a quote placed
 * after them in the same clause.
 */
export const LABELLING_VERBS: readonly string[] = [
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'label', 'labels', 'labeled',
  'labelled', 'brand', 'brands', 'branded', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed', 'characterize',
  'characterized', 'characterizes', 'deem', 'deemed', 'denounce', 'denounced', 'denounces', 'decry', 'decried',
  'condemn', 'condemned', 'condemns', 'praise', 'praised', 'praises', 'hail', 'hailed', 'hails', 'accuse', 'accused',
  'accuses', 'blame', 'blamed', 'blames', 'urge', 'urged', 'urges', 'promise', 'promised', 'promises', 'vow', 'vowed',
  'vows', 'pledge', 'pledged', 'pledges', 'criticize', 'criticized', 'criticizes', 'slam', 'slammed', 'slams',
  'refer', 'referred', 'refers', 'referring', 'mock', 'mocked', 'mocks', 'promote', 'promoted', 'attack', 'attacked',
  'dismiss', 'dismissed', 'dismisses', 'reject', 'rejected', 'rejects', 'warn', 'warned', 'warns', 'vowing', 'pledging',
  'predict', 'predicted', 'predicts', 'insist', 'insisted', 'insists', 'reference', 'referenced', 'references',
  'referencing', 'cite', 'cited', 'cites', 'citing',
];

function regularForms(lemma: string): string[] {
  const out = [lemma];
  const e = lemma.endsWith('e');
  const y = /[^aeiou]y$/.test(lemma);
  out.push(y ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's');
  out.push(e ? lemma + 'd' : y ? lemma.slice(0, -1) + 'ied' : lemma + 'ed');
  out.push(e ? lemma.slice(0, -1) + 'ing' : lemma + 'ing');
  // doubled final consonant: short CVC verbs (quipped, snapped) and stress-final ones (admitted)
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) || DOUBLING.includes(lemma)) {
    const c = lemma[lemma.length - 1];
    out.push(lemma + c + 'ed', lemma + c + 'ing');
  }
  return out;
}

/** Forms that are far more often nouns than reporting verbs ("secretary of state", "his remarks"). */
const NOUN_FORMS: readonly string[] = [
  'state', 'states', 'type', 'types', 'share', 'shares', 'object', 'objects', 'question', 'questions', 'reason', 'reasons',
  'charge', 'charges', 'counter', 'counters', 'report', 'demand', 'demands', 'comment', 'comments', 'remark', 'remarks',
  'promise', 'promises', 'claim', 'claims', 'note', 'post', 'posts', 'answer', 'answers', 'pledge', 'pledges', 'quote',
  'quotes', 'echo', 'echoes', 'mock', 'protest', 'protests', 'reply', 'replies', 'tweet', 'tweets', 'report', 'read',
  'reads', 'think', 'thinks', 'thought', 'go', 'goes', 'went', 'put', 'puts', 'speak', 'speaks', 'begin', 'begins',
  'began', 'beginning', 'spoke', 'speaking', 'reading', 'putting', 'wonder', 'share', 'sharing', 'continuing', 'typing',
  'snap', 'rage', 'sigh', 'cry', 'cries', 'respond', 'hint', 'hints', 'marvel', 'reflect', 'reflects', 'repeat',
  'mention', 'mentions', 'saying', 'agree', 'agrees', 'agreed', 'agreeing', 'continue', 'continues', 'share', 'posting',
];

/** Every form of every reporting verb, lower case. */
export function reportingVerbForms(): Set<string> {
  const s = new Set<string>();
  for (const l of REGULAR) for (const f of regularForms(l)) s.add(f);
  for (const forms of Object.values(IRREGULAR)) for (const f of forms) s.add(f);
  for (const n of NOUN_FORMS) s.delete(n);
  // a CVC verb that doubles has no single-consonant -ed / -ing form ("admited", "snaped")
  for (const l of REGULAR) {
    if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(l) || DOUBLING.includes(l)) {
      s.delete(l + 'ed');
      s.delete(l + 'ing');
    }
  }
  for (const f of PAST_ONLY) s.add(f);
  s.add('saying');
  s.add('reads');
  return s;
}

/** Verbs whose following NP is an object, not a subject ("told CNN", "asked Trump"). */
export const OBJECT_VERBS: readonly string[] = ['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'ask', 'asking', 'urged', 'urges', 'warned', 'warns', 'reminded', 'reminds', 'assured', 'assures', 'advised', 'advises', 'quoted', 'quotes', 'mocked', 'blasted', 'chided', 'accused'];

/** Verbs strong enough to attribute a quote on their own next to it ("said", "told"): the core. */
export const CORE_SPEECH_VERBS: readonly string[] = ['said', 'says', 'say', 'told', 'tells', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'tweets'];

/** Phrasal cues: a verb followed by one of these keeps them in the cue span ("said in a statement"). */
export const CUE_TAILS: readonly string[] = ['in a statement', 'in an interview', 'in a tweet', 'in a speech', 'in an email', 'in a letter', 'on twitter', 'on facebook'];

/** Words that may stand between a subject and its reporting verb ("he also said", "Trump later told"). */
export const VERB_GAP_WORDS: readonly string[] = [
  'also', 'later', 'then', 'has', 'have', 'had', 'would', 'will', 'could', 'might', 'once', 'previously', 'recently',
  'repeatedly', 'often', 'again', 'further', 'simply', 'just', 'flatly', 'quickly', 'angrily', 'famously', 'reportedly',
  'publicly', 'privately', 'bluntly', 'frankly', 'candidly', 'openly', 'still', 'even', 'herself', 'himself', 'never',
  'always', 'first', 'last', 'earlier', 'subsequently', 'allegedly', 'already', 'did', 'does', 'do', 'was', 'is', 'were',
  'are', 'had', 'been', 'being', 'once', 'memorably', 'pointedly', 'succinctly', 'sarcastically', 'jokingly', 'emphatically',
  'proudly', 'calmly', 'firmly', 'softly', 'loudly', 'quietly', 'tearfully', 'confidently', 'cheerfully', 'rightly',
  'correctly', 'falsely', 'wrongly', 'explicitly', 'directly', 'specifically', 'personally', 'officially', 'formally',
  'may', 'can', 'should', 'shall', 'must', 'not', 'only', 'now', 'soon', 'probably', 'likely', 'certainly', 'surely',
  'eventually', 'finally', 'immediately', 'promptly', 'initially', 'originally', 'essentially', 'basically',
];

/**
 * Forms that are mostly nouns elsewhere but reporting verbs in a frame that leaves no doubt: right
 * after a quote with their subject (“…,” the statement read / the Saudis state / Mr. Rubel pointed
 * out), right before one (the letter continues: “…”), or ending the sentence before it (X agreed.).
 */
export const FRAME_VERBS: readonly string[] = [
  'read', 'reads', 'state', 'states', 'continue', 'continues', 'continued', 'reply', 'replies', 'respond', 'responds',
  'responded', 'agree', 'agrees', 'agreed', 'note', 'notes', 'post', 'posts', 'tweet', 'tweets', 'comment', 'comments',
  'remark', 'remarks', 'answer', 'answers', 'answered', 'pointed', 'points', 'think', 'thinks', 'thought', 'wonder',
  'wonders', 'put', 'puts', 'echo', 'echoes', 'echoed', 'explain', 'explains', 'begin', 'begins', 'began', 'conclude',
  'concludes', 'warn', 'warns', 'mention', 'mentions', 'protest', 'protests', 'repeat', 'repeats', 'reflect', 'reflects',
  'started', 'starts', 'finished', 'ended', 'closed', 'opened', 'pressed', 'claim', 'claims',
];

/** Phrasal reporting verbs: a verb and its particle ("“…,” Bennett shot back"). */
export const PHRASAL_CUES: readonly string[] = [
  'shot back', 'fired back', 'pushed back', 'hit back', 'struck back', 'chimed in', 'weighed in', 'went on', 'pointed out',
  'piped up', 'spoke up', 'summed up', 'followed up', 'lashed out', 'cut in', 'broke in', 'jumped in', 'shoots back',
  'fires back', 'pushes back', 'hits back', 'chimes in', 'weighs in', 'goes on', 'points out', 'sums up', 'lashes out',
];

/**
 * Nouns of speech whose possessor is the speaker of a quote right after them ("Trump's claim that
 * “…”", "her remark that “…”", "his call for “a total and complete ban”").
 */
export const SPEECH_NOUNS: readonly string[] = [
  'claim', 'claims', 'call', 'calls', 'remark', 'remarks', 'comment', 'comments', 'promise', 'promises', 'pledge',
  'pledges', 'vow', 'vows', 'warning', 'warnings', 'assertion', 'assertions', 'statement', 'statements', 'words',
  'description', 'insistence', 'suggestion', 'argument', 'contention', 'admission', 'declaration', 'slogan',
  'catchphrase', 'refrain', 'mantra', 'boast', 'accusation', 'accusations', 'complaint', 'quip', 'demand', 'plea',
  'tweet', 'tweets', 'prediction', 'characterization', 'denunciation', 'rejection', 'embrace', 'praise',
];
