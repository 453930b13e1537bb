/**
 * Nominal heads and titles for attribution: a nominal subject ("the secretary", "a spokeswoman",
 * "the newspaper") is resolved to a person whose title or role holds the head, or to an
 * organisation.
 */

/** Titles and honorifics that may precede a name; lower case, without the final period. */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister',
  'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'lt', 'gen', 'general',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander', 'president',
  'vice', 'secretary', 'sec', 'minister', 'premier', 'chancellor', 'prime', 'king', 'queen', 'prince', 'princess', 'pope',
  'ambassador', 'amb', 'judge', 'justice', 'chief', 'mayor', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair',
  'director', 'deputy', 'attorney', 'del', 'delegate', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman',
  'sheriff', 'officer', 'detective', 'coach', 'pastor', 'bishop', 'cardinal', 'rabbi', 'imam', 'ayatollah', 'sheikh',
  'state', 'foreign', 'defense', 'defence', 'former', 'acting', 'then', 'first', 'house', 'senate', 'majority', 'minority',
  'whip', 'candidate', 'nominee', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'strategist',
  'pollster', 'economist', 'analyst', 'anchor', 'host', 'moderator', 'correspondent', 'reporter', 'columnist', 'editor',
  'publisher', 'founder', 'ceo', 'executive', 'manager', 'counsel', 'lawyer', 'gop', 'democratic', 'republican',
  'presidential', 'hopeful', 'billionaire', 'businessman', 'businesswoman', 'magnate', 'mogul', 'activist', 'actor',
  'actress', 'singer', 'rapper', 'comedian', 'star', 'u.s', 'us', 'national', 'security', 'homeland', 'treasury',
  'commerce', 'labor', 'energy', 'health', 'education', 'agriculture', 'interior', 'transportation', 'of', 'the',
];

/** Honorifics that give a gender. */
export const GENDERED_TITLES: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male', congressman: 'male',
  assemblyman: 'male', councilman: 'male', spokesman: 'male', chairman: 'male', businessman: 'male',
  mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female', queen: 'female', princess: 'female',
  congresswoman: 'female', assemblywoman: 'female', councilwoman: 'female', spokeswoman: 'female', chairwoman: 'female',
  businesswoman: 'female', actress: 'female', sister: 'female',
};

/** Heads of nominals that denote a person ("the secretary", "a senior official"). */
export const PERSON_HEADS: readonly string[] = [
  'secretary', 'official', 'officials', 'president', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'governor',
  'candidate', 'nominee', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'diplomat', 'ambassador', 'leader',
  'chairman', 'chairwoman', 'chair', 'director', 'chief', 'adviser', 'advisor', 'aide', 'aides', 'strategist', 'pollster',
  'economist', 'analyst', 'expert', 'experts', 'professor', 'scholar', 'researcher', 'lawyer', 'attorney', 'judge', 'mayor',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'magnate', 'host', 'anchor', 'moderator', 'reporter',
  'columnist', 'writer', 'author', 'editor', 'activist', 'organizer', 'founder', 'executive', 'ceo', 'manager',
  'woman', 'man', 'voter', 'supporter', 'critic', 'veteran', 'resident', 'student', 'worker', 'owner', 'member',
  'speaker', 'premier', 'chancellor', 'king', 'queen', 'prince', 'general', 'commander', 'officer', 'sheriff', 'vice',
  'republican', 'democrat', 'frontrunner', 'front-runner', 'hopeful', 'contender', 'rival', 'opponent', 'challenger',
  'incumbent', 'representative', 'delegate', 'negotiator', 'envoy', 'counsel', 'prosecutor', 'investigator', 'detective',
  'doctor', 'physician', 'nurse', 'pastor', 'reverend', 'priest', 'bishop', 'rabbi', 'pope', 'father', 'mother', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'friend', 'colleague', 'boss', 'governor-elect', 'president-elect', 'lady',
  'questioner', 'narrator', 'caller', 'participant', 'attendee', 'protester', 'demonstrator', 'player', 'coach', 'actor',
  'actress', 'singer', 'star', 'comedian', 'celebrity', 'mogul', 'congressmen', 'senators', 'lawmakers', 'people',
  'observers', 'sources', 'source', 'insider', 'insiders', 'staffer', 'staffers', 'campaigner', 'surrogate',
  'announcer', 'person', 'individual', 'chairmen', 'spokesmen', 'congressmen', 'women', 'men', 'family', 'parents',
  'officer', 'officers', 'agent', 'agents', 'witness', 'witnesses', 'employee', 'employees', 'organizers', 'organizer',
  'sheriff', 'governors', 'mayors', 'leaders', 'democrats', 'republicans', 'conservatives', 'liberals', 'economists',
];

/** Heads of nominals that denote an organisation or a document ("the newspaper", "the report"). */
export const ORG_HEADS: readonly string[] = [
  'newspaper', 'paper', 'daily', 'magazine', 'network', 'channel', 'outlet', 'site', 'website', 'blog', 'agency',
  'ministry', 'department', 'office', 'administration', 'government', 'company', 'firm', 'group', 'organization',
  'organisation', 'committee', 'commission', 'council', 'campaign', 'party', 'court', 'board', 'bank', 'fund', 'union',
  'institute', 'foundation', 'association', 'coalition', 'alliance', 'center', 'centre', 'university', 'school', 'team',
  'embassy', 'regime', 'state', 'country', 'nation', 'kremlin', 'pentagon', 'house', 'bureau', 'service', 'corporation',
  'statement', 'report', 'memo', 'letter', 'release', 'complaint', 'filing', 'lawsuit', 'suit', 'document', 'documents',
  'study', 'survey', 'poll', 'platform', 'ad', 'advertisement', 'video', 'clip', 'spot', 'post', 'tweet', 'email',
  'e-mail', 'emails', 'message', 'editorial', 'article', 'story', 'book', 'memoir', 'indictment', 'ruling', 'order',
  'resolution', 'transcript', 'account', 'analysis', 'review', 'notes', 'note', 'assessment', 'brief', 'motion', 'petition',
];

/** Determiners that open a nominal subject. */
export const DETERMINERS: readonly string[] = ['the', 'a', 'an', 'one', 'another', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'some', 'several', 'two', 'three', 'many', 'other'];

/** Words in a capitalised name that make it an organisation rather than a person. */
export const ORG_NAME_WORDS: readonly string[] = [
  'committee', 'department', 'ministry', 'party', 'agency', 'council', 'commission', 'office', 'service', 'services',
  'news', 'times', 'post', 'journal', 'press', 'tribune', 'herald', 'daily', 'network', 'media', 'inc', 'corp', 'co',
  'company', 'group', 'association', 'institute', 'foundation', 'center', 'centre', 'university', 'college', 'bank',
  'fund', 'union', 'campaign', 'administration', 'government', 'house', 'senate', 'congress', 'court', 'bureau', 'board',
  'organization', 'organisation', 'coalition', 'alliance', 'league', 'federation', 'reuters', 'ap', 'cnn', 'nbc', 'abc',
  'cbs', 'fox', 'msnbc', 'bbc', 'npr', 'pbs', 'politico', 'breitbart', 'axios', 'bloomberg', 'afp', 'xinhua', 'tass',
  'kremlin', 'pentagon', 'fbi', 'cia', 'nsa', 'dnc', 'rnc', 'gop', 'imf', 'nato', 'un', 'u.n', 'eu', 'e.u', 'who', 'gao',
  'sec', 'epa', 'doj', 'dhs', 'gallup', 'pew', 'quinnipiac', 'forum', 'project', 'watch', 'international', 'magazine',
  'review', 'report', 'poll', 'survey', 'pac', 'pacs', 'club', 'caucus', 'police', 'army', 'navy', 'forces', 'command',
  'embassy', 'council', 'authority', 'inc.', 'llc', 'ltd', 'twitter', 'facebook', 'google', 'microsoft', 'apple',
  'amazon', 'wikileaks', 'democrats', 'republicans', 'team', 'staff', 'secretariat', 'parliament', 'assembly',
];

/** Role words that stand for one another: "Rep. Adam Schiff" is "the California congressman". */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  rep: ['representative', 'congressman', 'congresswoman', 'lawmaker'],
  representative: ['rep', 'congressman', 'congresswoman', 'lawmaker'],
  congressman: ['rep', 'representative', 'lawmaker'],
  congresswoman: ['rep', 'representative', 'lawmaker'],
  sen: ['senator', 'lawmaker'],
  senator: ['sen', 'lawmaker'],
  gov: ['governor'],
  governor: ['gov'],
  sec: ['secretary'],
  secretary: ['sec'],
  amb: ['ambassador'],
  ambassador: ['amb', 'envoy', 'diplomat'],
  gen: ['general'],
  general: ['gen'],
  prof: ['professor'],
  professor: ['prof'],
  rev: ['reverend', 'pastor'],
  dr: ['doctor', 'physician'],
  del: ['delegate', 'lawmaker'],
  chairman: ['chair'],
  chairwoman: ['chair'],
  ceo: ['executive', 'chief'],
  spokesman: ['spokesperson'],
  spokeswoman: ['spokesperson'],
  minister: ['diplomat'],
  nominee: ['candidate'],
  candidate: ['nominee'],
};


/**
 * Heads of descriptions that re-describe a person already named without being their office
 * ("the New York businessman", "the Republican nominee", "the 34-year-old mother of three"). An
 * office ("the senator") is resolved by title or role only: guessing it is too often wrong.
 */
export const EPITHET_HEADS: readonly string[] = [
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'magnate', 'tycoon', 'developer', 'candidate', 'nominee',
  'front-runner', 'frontrunner', 'hopeful', 'contender', 'challenger', 'incumbent', 'newcomer', 'outsider', 'populist',
  'mother', 'father', 'wife', 'husband', 'daughter', 'son', 'widow', 'grandmother', 'grandfather', 'actor', 'actress',
  'star', 'celebrity', 'singer', 'rapper', 'comedian', 'host', 'personality', 'activist', 'veteran', 'native',
  'firebrand', 'maverick', 'neurosurgeon', 'surgeon', 'lady',
];

/**
 * Documents that speak for their author ("the statement noted", "the clip says"), in classes of
 * heads that can stand for one another ("a web video by X" … "the clip").
 */
export const DOCUMENT_CLASSES: readonly (readonly string[])[] = [
  ['video', 'clip', 'ad', 'advertisement', 'spot', 'commercial', 'footage'],
  ['statement', 'release', 'communique', 'declaration', 'announcement'],
  ['report', 'study', 'analysis', 'survey', 'poll', 'assessment', 'review', 'audit', 'paper'],
  ['letter', 'memo', 'email', 'e-mail', 'note', 'message', 'tweet', 'post'],
  ['complaint', 'filing', 'lawsuit', 'suit', 'indictment', 'petition', 'motion', 'brief', 'ruling', 'order'],
  ['editorial', 'article', 'column', 'op-ed', 'story', 'book', 'memoir'],
  ['platform', 'resolution', 'plan', 'proposal', 'bill'],
];

/** Verbs whose subject is the author of the document they take ("the council issued a statement"). */
export const ISSUING_VERBS: readonly string[] = [
  'issued', 'issues', 'released', 'releases', 'published', 'publishes', 'sent', 'sends', 'posted', 'posts', 'aired',
  'airs', 'unveiled', 'unveils', 'launched', 'launches', 'wrote', 'writes', 'filed', 'files', 'put', 'ran', 'runs',
  'produced', 'produces', 'distributed', 'circulated', 'adopted', 'approved', 'passed', 'signed', 'tweeted', 'delivered',
];

/**
 * Heads that name an institution ("the agency", "the company"), by kind: with no organisation of
 * that name, they stand for the organisation of the same kind the text last named (not one only
 * named as a complement, "a division of X").
 */
export const INSTITUTION_HEADS: Readonly<Record<string, 'media' | 'public' | 'any' | 'private'>> = {
  newspaper: 'media', paper: 'media', daily: 'media', magazine: 'media', outlet: 'media', network: 'media', channel: 'media',
  website: 'media', site: 'media', agency: 'public', ministry: 'public', department: 'public', bureau: 'public',
  office: 'public', administration: 'public', commission: 'public', government: 'public', embassy: 'public', regime: 'public',
  committee: 'any', council: 'any', board: 'any', court: 'public', company: 'private', firm: 'private', corporation: 'private',
  group: 'private', organization: 'private', organisation: 'private', association: 'private', coalition: 'private',
  alliance: 'private', foundation: 'private', institute: 'private', union: 'private', campaign: 'private', fund: 'private', bank: 'private',
};

/** Words of a media organisation's name. */
export const MEDIA_NAME_WORDS: readonly string[] = [
  'times', 'post', 'journal', 'news', 'press', 'tribune', 'herald', 'daily', 'network', 'media', 'magazine', 'review',
  'gazette', 'observer', 'globe', 'chronicle', 'telegraph', 'guardian', 'examiner', 'star', 'sun', 'record', 'bulletin',
  'reuters', 'ap', 'cnn', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'bbc', 'npr', 'pbs', 'politico', 'breitbart', 'axios',
  'bloomberg', 'afp', 'xinhua', 'tass', 'hill', 'atlantic', 'slate', 'vox', 'wired', 'huffpost', 'huffington', 'today',
  'radio', 'television', 'tv', 'broadcasting', 'yahoo', 'buzzfeed', 'salon', 'newsweek', 'time', 'economist', 'weekly',
];

/** Words of a public body's name. */
export const PUBLIC_NAME_WORDS: readonly string[] = [
  'department', 'ministry', 'agency', 'administration', 'office', 'bureau', 'service', 'services', 'commission',
  'investigations', 'enforcement', 'council', 'command', 'police', 'army', 'navy', 'pentagon', 'kremlin', 'fbi', 'cia',
  'nsa', 'dhs', 'doj', 'sec', 'epa', 'gao', 'irs', 'ice', 'court', 'congress', 'senate', 'house', 'parliament',
  'government', 'authority', 'board', 'committee', 'nations', 'embassy', 'treasury', 'federal', 'state', 'customs',
];

/** Heads of a nominal for someone who speaks for a body ("a State Department spokesman"). */
export const SPOKESPERSON_HEADS: readonly string[] = ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople'];
