/** Lexicons for telling quoted terms (titles, names, scare quotes) from reported speech. */

/** Lower-case words allowed inside a Title Case title ("Thelma and Louise", "Gang of Eight"). */
export const MINOR_TITLE_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'v',
  'de', 'del', 'la', 'le', 'el', 'los', 'las', 'du', 'des', 'von', 'van', 'is', 'it', '&',
];

/** Verbs that name what follows them when they come right before the quote ("a play called"). */
export const NAMING_WORDS: readonly string[] = [
  'called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'billed', 'branded', 'labeled', 'labelled', 'termed',
  'headlined', 'captioned', 'marked', 'reading', 'read', 'stamped', 'emblazoned',
];

/** Word sequences right before a quote that introduce a term. */
export const TERM_INTRODUCERS: readonly string[] = [
  'so-called', 'known as', 'the word', 'the words', 'the term', 'the terms', 'the phrase', 'the slogan', 'the label',
  'the hashtag', 'the name', 'the title', 'the nickname', 'such as', 'billed as', 'referred to as', 'goes by',
  'a k a', 'aka', 'hashtag', 'the show', 'the film', 'the movie', 'the book', 'the song', 'the album', 'the program',
  'the series', 'the documentary', 'the play', 'the musical', 'the podcast', 'the column', 'the headline', 'the ad',
  'episode of', 'star of', 'stars in', 'starred in', 'author of', 'host of', 'the banner', 'the motto', 'the sign',
];

/** Nouns for works and media: a Title Case quote right after them is a title ("his book, “An American Son”"). */
export const MEDIA_NOUNS: readonly string[] = [
  'book', 'books', 'memoir', 'novel', 'column', 'show', 'shows', 'podcast', 'film', 'films', 'movie', 'movies',
  'documentary', 'song', 'songs', 'album', 'program', 'programme', 'series', 'article', 'essay', 'op-ed', 'headline',
  'ad', 'ads', 'video', 'slogan', 'hashtag', 'campaign', 'poster', 'sign', 'signs', 't-shirt', 'shirt', 'shirts',
  'banner', 'page', 'blog', 'newsletter', 'episode', 'segment', 'play', 'musical', 'anthem', 'speech', 'titled',
  'entitled', 'magazine', 'newspaper', 'website', 'site', 'channel', 'network', 'award', 'awards', 'tour', 'event',
  'rally', 'initiative', 'act', 'bill', 'plan', 'program', 'caucus', 'group', 'pac', 'organization', 'movement',
];

/** Nouns for written and recorded works: a quote set off by commas right after one is its title, whatever its case ("her commentary, “Tell your story,” is"). */
export const WORK_NOUNS: readonly string[] = [
  'book', 'memoir', 'novel', 'biography', 'column', 'commentary', 'editorial', 'essay', 'op-ed', 'article', 'headline',
  'film', 'movie', 'documentary', 'song', 'album', 'podcast', 'play', 'poem', 'newsletter',
];

/** Nouns that a Title Case quote names when it stands right before them: the “Make America Great Again” hat, the “Orange is the New Black” star. */
export const NAMED_BY_TITLE_BEFORE: readonly string[] = [
  'hat', 'hats', 'cap', 'caps', 'shirt', 'shirts', 't-shirt', 't-shirts', 'sign', 'signs', 'slogan', 'banner', 'banners',
  'logo', 'sticker', 'stickers', 'button', 'buttons', 'star', 'stars', 'actor', 'actress', 'host', 'co-host', 'creator',
  'author', 'anchor', 'producer', 'showrunner', 'cast', 'episode', 'segment', 'series', 'tour', 'rally', 'rallies',
  'campaign', 'movement', 'caucus', 'coalition', 'initiative', 'program', 'programme', 'syllabus', 'course', 'website',
  'podcast', 'franchise', 'sequel', 'trilogy', 'album', 'single', 'exhibit', 'exhibition', 'forum', 'summit', 'conference',
];

/** Words before a Title Case quote that make it an outlet or show: told “Fox and Friends”, an interview with “Meet the Press”. */
export const OUTLET_BEFORE: readonly string[] = ['told', 'tells', 'telling', 'appeared', 'appearing', 'appearance', 'interview', 'interviewed', 'aired', 'broadcast', 'wrote', 'writing'];

/** Language names (lower case): a quote after "<Language> for" glosses a foreign word (Spanish for “witches”). */
export const LANGUAGE_NAMES: readonly string[] = [
  'arabic', 'aramaic', 'bengali', 'cantonese', 'chinese', 'czech', 'danish', 'dari', 'dutch', 'english', 'farsi', 'finnish',
  'french', 'german', 'greek', 'hawaiian', 'hebrew', 'hindi', 'hungarian', 'indonesian', 'irish', 'italian', 'japanese',
  'korean', 'kurdish', 'latin', 'malay', 'mandarin', 'norwegian', 'pashto', 'persian', 'polish', 'portuguese', 'punjabi',
  'romanian', 'russian', 'sanskrit', 'serbian', 'spanish', 'swahili', 'swedish', 'tagalog', 'thai', 'turkish', 'ukrainian',
  'urdu', 'vietnamese', 'welsh', 'yiddish', 'yoruba', 'zulu',
];

/** Verbs of using words: "used the phrase “X”" reports someone's words, "the phrase “X”" alone only mentions them. */
export const WORD_USAGE_VERBS: readonly string[] = [
  'use', 'uses', 'used', 'using', 'say', 'says', 'said', 'saying', 'utter', 'utters', 'uttered', 'uttering', 'repeat',
  'repeats', 'repeated', 'repeating', 'invoke', 'invokes', 'invoked', 'invoking', 'coin', 'coins', 'coined', 'coining',
  'employ', 'employs', 'employed', 'employing', 'adopt', 'adopted', 'chant', 'chanted', 'shout', 'shouted', 'write',
  'wrote', 'written', 'tweet', 'tweeted', 'mention', 'mentions', 'mentioned', 'mentioning', 'embrace', 'embraced',
  'avoid', 'avoids', 'avoided', 'avoiding', 'prefer', 'prefers', 'preferred', 'bearing', 'bore', 'emblazoned', 'printed',
  'inscribed', 'stamped',
];

/** Words for chanting and shouting: a quote right after one (or after "chants of") is what was shouted, even in Title Case. */
export const SHOUTING_WORDS: readonly string[] = [
  'chant', 'chants', 'chanted', 'chanting', 'cry', 'cries', 'cried', 'crying', 'shout', 'shouts', 'shouted', 'shouting',
  'yell', 'yells', 'yelled', 'yelling', 'scream', 'screams', 'screamed', 'screaming', 'chorus', 'refrain', 'roar',
  'roared', 'mouthed', 'mouthing', 'heckled', 'jeered',
];
