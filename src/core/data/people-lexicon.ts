/**
 * Lexicons for finding people and organisations: honorifics, titles and roles, organisation and
 * facility head words, words that are capitalised but never a person, surnames written first,
 * nicknames, and people well known enough to be named by surname alone.
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Honorifics (without their period), excluded from the span; some tell the gender. */
export const HONORIFICS = new Map<string, 'male' | 'female' | null>([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mx', null], ['dr', null],
  ['sir', 'male'], ['dame', 'female'], ['lord', 'male'], ['lady', 'female'], ['madam', 'female'],
  ['madame', 'female'], ['monsieur', 'male'], ['mme', 'female'], ['herr', 'male'], ['frau', 'female'],
]);

/** Abbreviated titles, written with or without a period, and what they stand for in a role. */
export const TITLE_ABBREVIATIONS = new Map<string, string>([
  ['sen', 'Senator'], ['sens', 'Senators'], ['rep', 'Representative'], ['reps', 'Representatives'],
  ['gov', 'Governor'], ['lt', 'Lieutenant'], ['gen', 'General'], ['col', 'Colonel'], ['maj', 'Major'],
  ['capt', 'Captain'], ['cpt', 'Captain'], ['sgt', 'Sergeant'], ['cpl', 'Corporal'], ['pvt', 'Private'],
  ['adm', 'Admiral'], ['cmdr', 'Commander'], ['cdr', 'Commander'], ['sec', 'Secretary'], ['secy', 'Secretary'],
  ['amb', 'Ambassador'], ['pres', 'President'], ['prof', 'Professor'], ['rev', 'Reverend'], ['hon', 'Honourable'],
  ['atty', 'Attorney'], ['supt', 'Superintendent'], ['insp', 'Inspector'], ['det', 'Detective'],
  ['fr', 'Father'], ['msgr', 'Monsignor'], ['pm', 'Prime Minister'], ['vp', 'Vice President'],
]);

/**
 * Capitalised words that make up a title standing before a name ("Secretary of State",
 * "Chinese President", "House Speaker", "Retired Lt. Gen."). Lower case.
 */
export const TITLE_WORDS = new Set(words(`
  president presidents vice secretary minister prime foreign defense defence interior treasury
  homeland state commerce justice finance economy trade energy labor labour education health
  transportation agriculture senator senators representative representatives congressman
  congresswoman congressmember delegate governor gov mayor speaker leader majority minority whip
  chairman chairwoman chair chairperson chief general attorney judge justice ambassador envoy
  king queen prince princess crown emperor empress pope cardinal archbishop bishop rabbi imam
  sheikh sultan emir ayatollah chancellor premier president-elect commissioner director
  administrator spokesman spokeswoman spokesperson press adviser advisor counselor counsellor
  lieutenant colonel major captain sergeant corporal private admiral commander marshal officer
  former retired first deputy acting interim assistant under associate senior top national
  security intelligence house senate supreme court federal reserve fed cia fbi nsa un u.n. nato
  eu e.u. white republican democratic democrat gop independent libertarian party presidential
  candidate nominee hopeful challenger incumbent sheriff detective inspector superintendent
  professor reverend father brother sister saint coach ceo cfo coo founder chairman executive
  manager correspondent editor columnist reporter anchor host economist analyst strategist pollster
  activist author producer lawyer attorney-general surgeon principal dean provost rector
  ex ex-president defence-minister
`));

/** Role head nouns: the last word of a role in an appositive ("William Burns, CIA chief"). */
export const ROLE_HEADS = new Set(words(`
  president secretary minister chancellor premier king queen prince princess emperor pope senator
  representative congressman congresswoman governor mayor ambassador envoy diplomat adviser advisor
  counselor counsellor spokesman spokeswoman spokesperson chief director leader chairman chairwoman
  chair chairperson ceo cfo coo founder co-founder executive official officer general admiral
  commander colonel captain lieutenant sergeant judge justice prosecutor attorney lawyer economist
  analyst strategist pollster professor researcher scholar fellow expert author writer journalist
  reporter correspondent editor columnist anchor host producer activist candidate nominee
  challenger incumbent chief-of-staff aide assistant deputy manager head partner owner
  developer investor businessman businesswoman entrepreneur banker consultant lobbyist
  whip speaker member chairman minister secretary-general commissioner administrator
  director-general inspector detective sheriff superintendent principal dean student
  teacher doctor physician surgeon scientist engineer veteran soldier officer pilot
  father mother son daughter wife husband brother sister widow uncle aunt nephew niece cousin
  grandson granddaughter grandfather grandmother spouse fiancé fiancee friend ally rival
  supporter critic opponent organizer organiser coordinator representative delegate
  legislator lawmaker politician statesman stateswoman monarch dictator strongman
  runner front-runner frontrunner
  playwright novelist poet historian philosopher theologian pastor priest rabbi imam bishop
  cardinal archbishop reverend coach player star singer actor actress comedian artist
  musician rapper athlete quarterback lady major private corporal marshal
  psychologist psychiatrist sociologist anthropologist biologist physicist chemist epidemiologist
  virologist mathematician astronaut archaeologist guitarist drummer bassist pianist violinist
  cellist songwriter composer conductor filmmaker photographer designer architect chef nurse
  paramedic firefighter blogger podcaster commentator pundit
`));

/** Lower-case words that may stand inside a role before its head ("national security adviser"). */
export const ROLE_MODIFIERS = new Set(words(`
  former then acting interim deputy vice assistant associate senior junior top chief principal
  national security foreign defense defence state interior finance trade economic political
  military intelligence press communications campaign presidential vice-presidential
  republican democratic democrat gop senior-most longtime long-time veteran retired
  executive managing general special lead high-ranking ranking outgoing incoming newly
  elected appointed prime first second third leading prominent influential powerful
  primary presidential-campaign research policy legal media public foreign-policy front
  defense-policy national-security health education labor labour justice treasury
  commerce energy homeland domestic international global regional local county city
  district federal state-level party opposition ruling majority minority house senate
  white house cia fbi nsa imf un u.n. nato eu e.u. pentagon kremlin
`));

/**
 * Head words of organisation names: a capitalised sequence ending in one of them is an
 * organisation ("State Department", "Trump Organization", "Johns Hopkins University").
 */
export const ORG_HEADS = new Set(words(`
  department ministry agency organization organisation committee commission council party
  university college institute institution foundation fund bank corporation corp inc inc. co ltd
  llc plc group company companies association federation union league alliance coalition network
  service services office administration authority board bureau court congress senate parliament
  assembly cabinet government army navy force forces corps guard police command center centre
  times post journal news press herald tribune gazette telegraph guardian observer chronicle
  magazine review daily weekly monitor examiner inquirer standard express mail star globe
  radio television tv broadcasting airlines airways railways motors industries holdings
  partners enterprises capital securities investments ventures trust campaign pac caucus
  conference forum summit program programme project initiative school academy hospital clinic
  church mosque temple museum library society club team staff movement front brigade legion
  reserve exchange market markets institute labs laboratory laboratories media studios records
  watch foundation agencies convention relations investigations studies affairs rights operations
  resources development responsibility appeals politics policy register dispatch sentinel bee
  courier constitution-journal democrat-gazette advocate inquirer worldwide chamber
`));

/** Head words of laws, programmes and plans: neither a person nor an organisation ("Affordable Care Act"). */
export const WORK_HEADS = new Set(words(`
  act acts law laws bill bills treaty accord accords agreement pact doctrine plan program programme
  project initiative grant grants amendment amendments report rule rules code charter constitution
  declaration resolution protocol convention-on deal order orders
`));

/** Head words of buildings, places and events: a capitalised sequence ending in one is not a person. */
export const FACILITY_HEADS = new Set(words(`
  hall house tower towers building palace hotel hotels resort place plaza square street st avenue
  ave road boulevard bridge airport station stadium arena park garden gardens center centre
  mall field fields base camp prison jail castle cathedral memorial monument library
  island islands mountain mountains river lake sea ocean strait straits gulf bay peninsula
  valley desert coast county city town village state states province region district
  day week year war wars revolution election elections games olympics cup award prize
  doral club estate estates farm ranch lodge inn tavern restaurant bar grill cafe
  beach springs heights hills falls harbor harbour point creek ridge grove woods lakes parish
  borough township show shows series festival tour
`));

/**
 * Titles by which a royal, a knight or a dame is named with the given name alone ("Prince
 * Mohammed", "King Charles", "Sheikh Tamim", "Sir Keir", "Dame Judi").
 */
export const ROYAL_TITLES = new Set(words(`
  king queen prince princess emir sheikh sheikha sultan emperor empress crown-prince sir dame
`));

/** Facility heads that are also common surnames ("Michelle Fields", "Kristen Day", "Arsenio Hall"). */
export const SURNAME_LIKE_FACILITY_HEADS: readonly string[] = words(`
  hall house field fields park day week war camp castle lodge bridge bay point ridge grove woods
  hills springs
`);

/** Organisation heads that are also surnames ("Don Guardian", "Emily Post"). */
export const SURNAME_LIKE_ORG_HEADS: readonly string[] = words(`
  guardian post star globe mail standard review monitor express herald bee courier advocate
  sentinel register dispatch watch capital trust front reserve partners
`);

/** Capitalised words that are never (part of) a person's name. Lower case. */
export const NON_PERSON = new Set(words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  the a an this that these those there here then than and or but nor yet so for if when while
  where what who whom whose which why how after before since until as at by from in into of on
  onto over under to with without within about above across against along among around behind
  below beneath beside besides between beyond despite during except inside near off out outside
  past per through throughout toward towards upon via i we you he she it they me us him her them
  my our your his its their mine ours yours hers theirs one two three four five six seven eight
  nine ten first second third last next new old many much more most some any all each every
  both either neither no not none other another such same own only also even still just now
  today tomorrow yesterday tonight however meanwhile moreover furthermore instead indeed
  later earlier afterward afterwards separately recently previously initially finally ultimately
  although though because unless whether yes okay ok oh well please thanks thank sorry
  according asked said says told added noted wrote write read watch see look let let's
  is are was were be been being am do does did done have has had having will would shall should
  can could may might must ought
  congress senate house parliament government administration democrats republicans democrat
  republican gop independents liberals conservatives americans god lord jesus christ allah
  internet web twitter facebook google youtube instagram tiktok reddit wikipedia
  brexit obamacare medicare medicaid election elections campaign war world
  north south east west northern southern eastern western central
  mount mt lake river sea ocean island islands
  street avenue road
  mr mrs ms miss dr
  breaking update updated exclusive analysis opinion editorial commentary video photo photos
  read related advertisement sponsored copyright reporting contributed
  article articles chapter section clause amendment congressional
  olympics olympic paralympic nfl nba mlb nhl fifa
  christmas easter ramadan hanukkah thanksgiving halloween
  island peninsula state states province city county
  prime president secretary minister senator governor mayor
  republic kingdom empire union federation
  am pm a.m. p.m. et est edt pst pdt gmt utc
  latino latina latinos hispanic hispanics black blacks white whites asian asians african africans
  european europeans arab arabs muslim muslims christian christians jewish jew jews catholic catholics
  protestant protestants evangelical evangelicals sunni shia shiite kurdish kurds
  nazi nazis communist communists socialist socialists marxist
  ms. mr. mrs. dr.
  i'm i’m i've i’ve i'll i’ll i'd i’d
`));

/** Common place names that are capitalised like names (not countries: those come from country data). */
export const PLACES = new Set(words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
  hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york
  carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont
  virginia washington wisconsin wyoming
  europe asia africa america americas antarctica australia oceania eurasia
  atlantic pacific arctic mediterranean caribbean baltic balkans scandinavia
  beijing shanghai moscow london paris berlin brussels tokyo seoul pyongyang tehran kabul baghdad
  damascus jerusalem cairo istanbul ankara kyiv kiev minsk warsaw prague vienna budapest rome
  madrid lisbon dublin edinburgh ottawa toronto montreal vancouver sydney melbourne delhi mumbai
  karachi islamabad dhaka jakarta manila hanoi bangkok taipei singapore riyadh dubai doha
  geneva zurich amsterdam stockholm oslo copenhagen helsinki tallinn riga vilnius kiev
  chicago boston atlanta houston dallas miami denver seattle detroit philadelphia baltimore
  cleveland pittsburgh phoenix orlando tampa charlotte austin nashville memphis brooklyn
  manhattan queens bronx harlem hollywood vegas angeles
  crimea donbas donetsk luhansk aleppo mosul raqqa gaza ramallah sinai tibet xinjiang
  kashmir punjab chechnya siberia ukraine
  westminster whitehall langley foggy bottom capitol pentagon kremlin
  mideast midwest
`));

/**
 * Common surnames of Chinese, Korean and Vietnamese names, written before the given name
 * ("Xi Jinping" → "Xi"). Capitalised as written.
 */
export const SURNAME_FIRST = new Set(words(`
  Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng
  Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
  Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Liao Fan Wan Qian Dai Mao Qin Bo Kong Lai
  Meng Wen Hou Shi Bai Jia Qiu Yan Xue Lei Hao Gu Mo Duan Kim Park Choi Jung Jeong Kang Cho Yoon
  Jang Lim Shin Seo Kwon Hwang Ahn Song Ryu Hong Jeon Ko Moon Yang Ban Roh Nguyen Tran Le Pham
  Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly Hun Thaksin
`));

/** Nicknames and the formal given name they stand for. */
export const NICKNAMES = new Map<string, string>([
  ['Joe', 'Joseph'], ['Bill', 'William'], ['Will', 'William'], ['Billy', 'William'], ['Bob', 'Robert'],
  ['Rob', 'Robert'], ['Bobby', 'Robert'], ['Mike', 'Michael'], ['Mick', 'Michael'], ['Jim', 'James'],
  ['Jimmy', 'James'], ['Tom', 'Thomas'], ['Tommy', 'Thomas'], ['Tim', 'Timothy'], ['Chris', 'Christopher'],
  ['Dick', 'Richard'], ['Rick', 'Richard'], ['Rich', 'Richard'], ['Ted', 'Edward'], ['Ed', 'Edward'],
  ['Eddie', 'Edward'], ['Ben', 'Benjamin'], ['Sam', 'Samuel'], ['Tony', 'Anthony'], ['Nick', 'Nicholas'],
  ['Pat', 'Patrick'], ['Chuck', 'Charles'], ['Charlie', 'Charles'], ['Dan', 'Daniel'], ['Danny', 'Daniel'],
  ['Dave', 'David'], ['Don', 'Donald'], ['Jeff', 'Jeffrey'], ['Jerry', 'Gerald'], ['Larry', 'Lawrence'],
  ['Liz', 'Elizabeth'], ['Beth', 'Elizabeth'], ['Betsy', 'Elizabeth'], ['Kate', 'Katherine'],
  ['Katie', 'Katherine'], ['Matt', 'Matthew'], ['Steve', 'Stephen'], ['Andy', 'Andrew'], ['Alex', 'Alexander'],
  ['Newt', 'Newton'], ['Bernie', 'Bernard'], ['Fred', 'Frederick'], ['Greg', 'Gregory'], ['Ken', 'Kenneth'],
  ['Ron', 'Ronald'], ['Ray', 'Raymond'], ['Walt', 'Walter'], ['Jack', 'John'], ['Johnny', 'John'],
  ['Jon', 'Jonathan'], ['Josh', 'Joshua'], ['Jake', 'Jacob'], ['Nate', 'Nathan'], ['Pete', 'Peter'],
  ['Phil', 'Philip'], ['Sandy', 'Alexandra'], ['Sue', 'Susan'], ['Susie', 'Susan'], ['Peggy', 'Margaret'],
  ['Maggie', 'Margaret'], ['Meg', 'Margaret'], ['Debbie', 'Deborah'], ['Deb', 'Deborah'], ['Vicky', 'Victoria'],
  ['Mitch', 'Addison'], ['Al', 'Albert'], ['Hank', 'Henry'], ['Harry', 'Henry'], ['Gene', 'Eugene'],
  ['Vince', 'Vincent'], ['Tony', 'Antony'], ['Terry', 'Terence'], ['Jerry', 'Jerome'],
]);

/** Generational and other suffixes kept in a name's span ("Donald Trump Jr.", "Vann R. Newkirk II"). */
export const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** Particles that may stand inside a name ("Osama bin Laden", "Kimiko de Freytas-Tamura"). */
export const NAME_PARTICLES = new Set(words('de del della der den di da dos das du van von ter le la bin ibn al el abu ben st. y'));

/**
 * People well known enough that news names them by surname alone without introducing them. Used
 * only for a surname that the article never gives with a first name. `ambiguous` marks surnames
 * that are also words or common names: those need a title or an honorific to count.
 */
export interface KnownPerson {
  name: string;
  surname: string;
  gender: 'male' | 'female';
  country?: string;
  ambiguous?: boolean;
}

const KNOWN_PEOPLE_TABLE = `
Barack Obama|Obama|m|US
Donald Trump|Trump|m|US
Hillary Clinton|Clinton|f|US
Joe Biden|Biden|m|US
George W. Bush|Bush|m|US|a
Jimmy Carter|Carter|m|US|a
Ronald Reagan|Reagan|m|US
Richard Nixon|Nixon|m|US
Kamala Harris|Harris|f|US|a
Mike Pence|Pence|m|US
Tim Kaine|Kaine|m|US
Bernie Sanders|Sanders|m|US|a
John Kerry|Kerry|m|US|a
Antony Blinken|Blinken|m|US
Mike Pompeo|Pompeo|m|US
Rex Tillerson|Tillerson|m|US
Jim Mattis|Mattis|m|US
Mitch McConnell|McConnell|m|US
Paul Ryan|Ryan|m|US|a
Nancy Pelosi|Pelosi|f|US
Chuck Schumer|Schumer|m|US
Harry Reid|Reid|m|US|a
Ted Cruz|Cruz|m|US|a
Marco Rubio|Rubio|m|US
John McCain|McCain|m|US
Lindsey Graham|Graham|m|US|a
Elizabeth Warren|Warren|f|US|a
Rudy Giuliani|Giuliani|m|US
Chris Christie|Christie|m|US|a
Jeb Bush|Bush|m|US|a
Newt Gingrich|Gingrich|m|US
Kellyanne Conway|Conway|f|US|a
Reince Priebus|Priebus|m|US
Steve Bannon|Bannon|m|US
James Comey|Comey|m|US
Robert Mueller|Mueller|m|US
Julian Assange|Assange|m|AU
Edward Snowden|Snowden|m|US
Vladimir Putin|Putin|m|RU
Dmitry Medvedev|Medvedev|m|RU
Sergei Lavrov|Lavrov|m|RU
Xi Jinping|Xi|m|CN
Li Keqiang|Li|m|CN|a
Kim Jong Un|Kim|m|KP|a
Angela Merkel|Merkel|f|DE
Olaf Scholz|Scholz|m|DE
Emmanuel Macron|Macron|m|FR
François Hollande|Hollande|m|FR
Nicolas Sarkozy|Sarkozy|m|FR
Theresa May|May|f|GB|a
David Cameron|Cameron|m|GB|a
Boris Johnson|Johnson|m|GB|a
Justin Trudeau|Trudeau|m|CA
Benjamin Netanyahu|Netanyahu|m|IL
Recep Tayyip Erdogan|Erdogan|m|TR
Narendra Modi|Modi|m|IN
Shinzo Abe|Abe|m|JP|a
Volodymyr Zelensky|Zelensky|m|UA
Petro Poroshenko|Poroshenko|m|UA
Bashar al-Assad|Assad|m|SY
Hassan Rouhani|Rouhani|m|IR
Ali Khamenei|Khamenei|m|IR
Rodrigo Duterte|Duterte|m|PH
Nicolás Maduro|Maduro|m|VE
Fidel Castro|Castro|m|CU|a
Raúl Castro|Castro|m|CU|a
Matteo Renzi|Renzi|m|IT
Jean-Claude Juncker|Juncker|m|
Donald Tusk|Tusk|m|PL
Ban Ki-moon|Ban|m|KR|a
António Guterres|Guterres|m|PT
Jens Stoltenberg|Stoltenberg|m|NO
Aung San Suu Kyi|Suu Kyi|f|MM
Osama bin Laden|bin Laden|m|
Pope Francis|Francis|m|VA|a
Elon Musk|Musk|m|US
`;

export const KNOWN_PEOPLE: readonly KnownPerson[] = KNOWN_PEOPLE_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, surname, g, country, amb] = line.split('|');
    return { name, surname, gender: g === 'f' ? 'female' : 'male', country: country || undefined, ambiguous: amb === 'a' };
  });

/** Reporting verbs that, right after a capitalised sequence, mark it as a speaker. */
export const SPEECH_VERBS = new Set(words(`
  said says told tells wrote writes added adds asked asks argued argues explained explains noted notes
  insisted insists claimed claims stated states declared declares warned warns tweeted tweets
  replied replies responded responds acknowledged acknowledges admitted admits announced announces
  recalled recalls suggested suggests contended contends predicted predicts urged urges
  continued continues concluded concludes countered counters observed observes remarked remarks
  posted posts commented comments emphasized emphasised stressed stresses
`));

/**
 * Organisations known by a short name or acronym, with the name shown for them. Keys are
 * written as they appear in text.
 */
export const KNOWN_ORGS = new Map<string, string>([
  ['CIA', 'CIA'], ['FBI', 'FBI'], ['NSA', 'NSA'], ['NATO', 'NATO'], ['UN', 'United Nations'],
  ['U.N.', 'United Nations'], ['EU', 'European Union'], ['E.U.', 'European Union'], ['IMF', 'International Monetary Fund'],
  ['WTO', 'World Trade Organization'], ['GAO', 'Government Accountability Office'], ['SEC', 'Securities and Exchange Commission'],
  ['RNC', 'Republican National Committee'], ['DNC', 'Democratic National Committee'], ['AP', 'Associated Press'],
  ['AFP', 'AFP'], ['BBC', 'BBC'], ['CNN', 'CNN'], ['NBC', 'NBC'], ['CBS', 'CBS'], ['ABC', 'ABC'], ['MSNBC', 'MSNBC'],
  ['NPR', 'NPR'], ['PBS', 'PBS'], ['DHS', 'Department of Homeland Security'], ['DOJ', 'Justice Department'],
  ['NASA', 'NASA'], ['OPEC', 'OPEC'], ['IAEA', 'IAEA'], ['ISIS', 'ISIS'], ['ISIL', 'ISIL'], ['WikiLeaks', 'WikiLeaks'],
  ['Reuters', 'Reuters'], ['Xinhua', 'Xinhua'], ['Bloomberg', 'Bloomberg'], ['Politico', 'Politico'],
  ['Breitbart', 'Breitbart'], ['Pentagon', 'Pentagon'], ['Kremlin', 'Kremlin'], ['Interfax', 'Interfax'],
  ['Yonhap', 'Yonhap'], ['KCNA', 'KCNA'], ['Tass', 'TASS'], ['TASS', 'TASS'], ['Hamas', 'Hamas'], ['Hezbollah', 'Hezbollah'],
  ['Taliban', 'Taliban'], ['Google', 'Google'], ['Facebook', 'Facebook'], ['Twitter', 'Twitter'], ['Apple', 'Apple'],
  ['Amazon', 'Amazon'], ['Microsoft', 'Microsoft'], ['Gallup', 'Gallup'], ['Quinnipiac', 'Quinnipiac'],
  ['FDA', 'Food and Drug Administration'], ['ICE', 'Immigration and Customs Enforcement'],
  ['NOAA', 'National Oceanic and Atmospheric Administration'], ['FCC', 'Federal Communications Commission'],
  ['FEC', 'Federal Election Commission'], ['FTC', 'Federal Trade Commission'], ['EPA', 'Environmental Protection Agency'],
]);

/**
 * Companies and firms named after people, written as a person's name would be ("Morgan Stanley",
 * "Lockheed Martin"): organisations, never people.
 */
export const PERSON_NAMED_COMPANIES: readonly string[] = [
  'Morgan Stanley', 'Goldman Sachs', 'Wells Fargo', 'Charles Schwab', 'Merrill Lynch', 'Lehman Brothers', 'Dow Jones',
  'Edward Jones', 'Raymond James', 'Stifel Nicolaus', 'Piper Sandler', 'Lazard Freres', 'Cantor Fitzgerald',
  'Lockheed Martin', 'Northrop Grumman', 'Booz Allen Hamilton', 'Aston Martin', 'Philip Morris', 'Estee Lauder',
  'Estée Lauder', 'Ralph Lauren', 'Calvin Klein', 'Tommy Hilfiger', 'Hugo Boss', 'Louis Vuitton', 'Christian Dior',
  'John Lewis', 'Thomson Reuters', 'Walt Disney', 'Charles River', 'Baker McKenzie', 'Jones Day', 'Bain Capital',
];
