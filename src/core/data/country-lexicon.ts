/**
 * What news writes for countries that the country data package does not hold: abbreviations,
 * informal names, extra demonym forms (plurals, nouns for people), combining forms, and the words
 * around a country word that make it part of another name.
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Extra names (form "name") by ISO code. */
export const EXTRA_NAMES: Record<string, string[]> = {
  US: ['America', 'United States', 'United States of America', 'States'],
  GB: ['Britain', 'Great Britain', 'United Kingdom'],
  KP: ['North Korea', "Democratic People's Republic of Korea"],
  KR: ['South Korea', 'Korea', 'Republic of Korea'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  CZ: ['Czech Republic', 'Czechia'],
  MM: ['Burma', 'Myanmar'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  CN: ['Mainland China', "People's Republic of China"],
  TW: ['Taiwan'],
  NL: ['Holland', 'Netherlands'],
  VA: ['Vatican', 'Holy See'],
  CD: ['Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  CG: ['Congo'],
  MK: ['Macedonia', 'North Macedonia'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  VN: ['Viet Nam', 'Vietnam'],
  RU: ['Russian Federation'],
  PS: ['Palestine', 'Palestinian Territories', 'Palestinian territories'],
  SU: ['Soviet Union'],
  GE: ['Georgia'],
  VI: ['U.S. Virgin Islands'],
  FM: ['Micronesia'],
  BS: ['Bahamas'],
  GM: ['Gambia'],
};

/** Abbreviations (form "abbreviation") by ISO code. */
export const ABBREVIATIONS: Record<string, string[]> = {
  US: ['U.S.', 'US', 'U.S.A.', 'USA', 'U.S.A'],
  GB: ['U.K.', 'UK'],
  KP: ['DPRK', 'D.P.R.K.', 'N. Korea'],
  KR: ['ROK', 'S. Korea'],
  CN: ['PRC', 'P.R.C.'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC'],
  SU: ['USSR', 'U.S.S.R.'],
  ZA: ['RSA'],
};

/** Demonym forms the package lacks (plurals it cannot derive, nouns for people, short forms). */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'Americans'],
  GB: ['British', 'Briton', 'Britons', 'Brit', 'Brits'],
  KP: ['North Korean', 'North Koreans'],
  KR: ['South Korean', 'South Koreans', 'Korean', 'Koreans'],
  PL: ['Pole', 'Poles'],
  FI: ['Finn', 'Finns'],
  SE: ['Swede', 'Swedes'],
  DK: ['Dane', 'Danes'],
  TR: ['Turk', 'Turks'],
  CZ: ['Czechs'],
  NL: ['Dutchman', 'Dutchmen'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  ES: ['Spaniard', 'Spaniards'],
  PH: ['Filipino', 'Filipinos', 'Filipina', 'Philippine'],
  SA: ['Saudi', 'Saudis'],
  AR: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'],
  IE: ['Irishman', 'Irishmen'],
  AE: ['Emirati', 'Emiratis'],
  AZ: ['Azeri', 'Azeris'],
  BY: ['Belarussian', 'Belarussians', 'Byelorussian'],
  NZ: ['New Zealander', 'New Zealanders'],
  IS: ['Icelander', 'Icelanders'],
  LU: ['Luxembourger', 'Luxembourgers'],
  HR: ['Croat', 'Croats'],
  RS: ['Serb', 'Serbs'],
  SI: ['Slovene', 'Slovenes'],
  SK: ['Slovaks'],
  TH: ['Thai', 'Thais'],
  MM: ['Burmese'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  VN: ['Vietnamese'],
  PT: ['Portuguese'],
  CH: ['Swiss'],
  TW: ['Taiwanese'],
  HK: ['Hong Konger', 'Hong Kongers'],
  SU: ['Soviet', 'Soviets'],
  KZ: ['Kazakh', 'Kazakhs', 'Kazakhstani'],
  UZ: ['Uzbek', 'Uzbeks'],
  TJ: ['Tajik', 'Tajiks'],
  KG: ['Kyrgyz'],
  AF: ['Afghan', 'Afghans'],
  PK: ['Pakistani', 'Pakistanis'],
  BD: ['Bangladeshi', 'Bangladeshis'],
  NP: ['Nepali', 'Nepalis', 'Nepalese'],
  LK: ['Sri Lankan', 'Sri Lankans'],
  GR: ['Greek', 'Greeks'],
  CY: ['Cypriot', 'Cypriots'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  IQ: ['Iraqi', 'Iraqis'],
  KW: ['Kuwaiti', 'Kuwaitis'],
  QA: ['Qatari', 'Qataris'],
  YE: ['Yemeni', 'Yemenis'],
  OM: ['Omani', 'Omanis'],
  BH: ['Bahraini', 'Bahrainis'],
  SO: ['Somali', 'Somalis'],
  EG: ['Egyptian', 'Egyptians'],
  GE: ['Georgian', 'Georgians'],
  MX: ['Mexican', 'Mexicans'],
  BR: ['Brazilian', 'Brazilians'],
  DE: ['German', 'Germans'],
  RU: ['Russian', 'Russians'],
  UA: ['Ukrainian', 'Ukrainians'],
  DO: ['Dominican', 'Dominicans'],
};

/** Combining forms written before a hyphen ("Franco-German", "Sino-American"); form "demonym". */
export const COMBINING_FORMS: Record<string, string> = {
  Franco: 'FR', Sino: 'CN', Russo: 'RU', Italo: 'IT', Greco: 'GR', Austro: 'AT', Germano: 'DE', Turco: 'TR',
  Judeo: '', Anglo: '',
};

/** Demonyms written as words but meaning something else in these multi-word forms. */
export const NOT_DEMONYM_AFTER = new Set(words('North South Latin Central Native Pan Meso'));

/**
 * Capitalised words that, right after a country word, make it part of a geographic feature or a
 * non-governmental name ("South China Sea", "Taiwan Strait", "Russia Today", "American Airlines").
 * Lower case.
 */
export const NON_COUNTRY_NEXT = new Set(words(`
  sea seas strait straits gulf ocean bay peninsula channel basin plateau plain plains river
  mountains mountain range island islands archipelago coast shelf
  today times post journal daily news herald tribune gazette telegraph express airlines airways
  airline motors motor telecom mobile enterprise enterprises institute association society
  league legion academy college university club chamber warriors conference foundation
  bar heritage legacy idol horror psycho pie football soccer baseball basketball ninja
  express pharoah pride red apparel eagle eagles outfitters standard financial bancorp bank
  civil progress petroleum oil steel insurance life general electric broadcasting cancer heart
  automobile studies review magazine quarterly affairs spectator thinker greatness
  semiconductor semiconductors electronics technologies holdings tobacco
`));

/**
 * Country abbreviations that, right after a capitalised name word, name a brand's or a charity's
 * national branch ("Age UK", "Google UK", "Amnesty International UK", "Team USA").
 */
export const BRANCH_ABBREVIATIONS = new Set(['UK', 'USA']);

/** Capitalised words after which "UK" or "USA" is still the country: "The UK", "Many UK firms", "Post-Brexit UK". */
export const BRANCH_NOT_BEFORE = new Set(words(`
  the a an in of for to and or on with from by at as into across outside inside post pre brexit
  some many most all both every each few several other such only even this that these those
  why how when where what while if but so yet today now meanwhile overall last next
`));

/**
 * Capitalised words that, right before a country word, make it part of another name
 * ("Priorities USA", "Team USA", "Air China", "New Mexico", "New Jersey"). Lower case.
 */
export const NON_COUNTRY_PREV = new Set(words(`
  priorities team air radio voice miss mister royal new east west north south upper lower
  captain rebuild restore citizens concerned americans generation
`));

/** Organisation heads after which "of [the] Country" is part of the organisation's name ("Bank of China"). */
export const ORG_OF_HEADS = new Set(words(`
  bank university college institute voice scouts museum church association society chamber
  academy federation conference club league foundation school hospital orchestra ballet
  theatre theater company corporation embassy-of-nothing
`));

/**
 * Capitals that the data package names differently from news, or that stand for a government in
 * news, beside the package's capitals. Code by name.
 */
export const EXTRA_CAPITALS: Record<string, string> = {
  Washington: 'US',
  Kiev: 'UA',
  Kyiv: 'UA',
  Jerusalem: 'IL',
  Tehran: 'IR',
  Taipei: 'TW',
  Delhi: 'IN',
  'New Delhi': 'IN',
  Rangoon: 'MM',
  Yangon: 'MM',
  Naypyidaw: 'MM',
};

/** Capitals that are not taken as metonyms: they mostly stand for something else. */
export const NOT_METONYM_CAPITALS = new Set(words(`
  Brussels Victoria Kingston Georgetown Hamilton Lima Santiago Nassau Valletta Roseau Castries
  Basseterre Praia Dili Male Apia Avarua Alofi Funafuti Majuro Palikir Ngerulmud Tarawa Honiara
  Suva Nukuʻalofa Port Saint Road City Town Yaren Monaco Singapore Luxembourg Andorra Vatican
  San Mexico Panama Guatemala Kuwait Djibouti Tunis Algiers Sucre Amsterdam Bern
`));

/** Words right before a capital that make it a plain location, not a government. Lower case. */
export const LOCATIVE_BEFORE = new Set(words(`
  in at near outside inside around across to into toward towards through throughout via
  visit visited visits visiting arrived arrive arrives arriving based born lives lived living
  headquartered
`));
