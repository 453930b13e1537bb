import { strict as assert } from 'node:assert';
import { detectCountries } from '../../src/core/countries';
import type { EntityResult, PersonEntity } from '../../src/core/detect-types';
import { detectEntities } from '../../src/core/people';
import { buildProse } from '../../src/core/prose';

interface Found {
  people: (Omit<PersonEntity, 'mentions' | 'id'> & { mentions: string[] })[];
  orgs: { name: string; mentions: string[] }[];
}

function run(md: string): Found {
  const doc = buildProse(md);
  const r: EntityResult = detectEntities(doc, detectCountries(doc));
  return {
    people: r.people.map((p) => ({ name: p.name, role: p.role, country: p.country, gender: p.gender, mentions: p.mentions.map((m) => doc.text.slice(m.start, m.end)) })),
    orgs: r.organizations.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => doc.text.slice(m.start, m.end)) })),
  };
}

const names = (md: string): string[] => run(md).people.map((p) => `${p.name}: ${p.mentions.join(', ')}`);
const person = (md: string, name: string) => {
  const p = run(md).people.find((x) => x.name === name);
  assert.ok(p, `${name} not found`);
  return p;
};

describe('people', () => {
  it('a company named after people is an organisation: “Analysts at Morgan Stanley”, “Morgan Stanley chief economist Seth Carpenter”', () => {
    const md = 'Analysts at Morgan Stanley said rates would fall. Morgan Stanley chief economist Seth Carpenter agreed, and Lockheed Martin said it was confident.\n';
    const r = run(md);
    assert.deepEqual(r.people.map((p) => p.name), ['Seth Carpenter']);
    assert.deepEqual(r.orgs.map((o) => `${o.name}: ${o.mentions.join(', ')}`), ['Morgan Stanley: Morgan Stanley, Morgan Stanley', 'Lockheed Martin: Lockheed Martin']);
    // a national branch too: "Harlan USA", "Age UK"
    const b = run('Harlan USA, owned by Maria Lopez, sold the lot. Age UK said savers were worried.\n');
    assert.deepEqual(b.people.map((p) => p.name), ['Maria Lopez']);
    assert.deepEqual(b.orgs.map((o) => o.name), ['Harlan USA', 'Age UK']);
  });

  it('a royal title with a given name is the royal known by full name: Prince Mohammed', () => {
    const md = 'Saudi Crown Prince Mohammed bin Salman received the minister. Prince Mohammed said the talks went well.\n';
    const p = person(md, 'Mohammed bin Salman');
    assert.deepEqual(p.mentions, ['Mohammed bin Salman', 'Mohammed']);
    assert.deepEqual(run(md).people.map((x) => x.name), ['Mohammed bin Salman']);
  });

  it('reads accented given names as the plain ones of the list: José, Zoë', () => {
    const md = 'José Luis Rodríguez Zapatero, the former Spanish prime minister, spoke. Zoë Kravitz arrived later.\n';
    assert.deepEqual(run(md).people.map((p) => p.name), ['José Luis Rodríguez Zapatero', 'Zoë Kravitz']);
    assert.equal(person(md, 'José Luis Rodríguez Zapatero').gender, 'male');
  });

  it('an appositive role makes a person of a name whose first word is also a place or a word', () => {
    assert.equal(person('Chad Smith, a guitarist, said the band would tour.\n', 'Chad Smith')?.role, 'guitarist');
    assert.equal(person('Jordan Peterson, a psychologist, said the book would sell.\n', 'Jordan Peterson')?.role, 'psychologist');
    // lower-case words before the role: two after a determiner, one without
    assert.equal(person('Kenya Barris, a television producer, said the show would return.\n', 'Kenya Barris')?.role, 'producer');
    assert.equal(person("Chad Smith, the band's drummer, said it was over.\n", 'Chad Smith')?.role, 'drummer');
    assert.equal(person('Mark Mahaney, technology analyst at a bank, agreed.\n', 'Mark Mahaney')?.role, 'analyst');
  });

  it('no appositive role from a list, a relative clause or a verb phrase', () => {
    assert.equal(person('The guests were Jonah Goldberg, syndicated radio host Glenn Beck and others.\n', 'Jonah Goldberg')?.role ?? null, null);
    assert.equal(person('Mayor James Bruner, whose father was a pastor, spoke.\n', 'James Bruner')?.role, 'Mayor');
  });

  it('no person in a contraction, an executive order or a division name', () => {
    const md = 'Mayor Tom Becker spoke first. "If the plan fails I\'ll resign," he said. I\'ve heard it before.\n\n' +
      'The president signed an Executive Order on Friday and two more Executive Orders on Monday. ' +
      'Jeff Zucker, the president of CNN Worldwide, declined to comment.\n';
    assert.deepEqual(run(md).people.map((p) => p.name).sort(), ['Jeff Zucker', 'Tom Becker']);
  });

  it('keeps titles out of the span and makes them the role', () => {
    const p = person('Secretary of State Antony Blinken arrived on Monday.', 'Antony Blinken');
    assert.deepEqual(p.mentions, ['Antony Blinken']);
    assert.equal(p.role, 'Secretary of State');
  });

  it('takes the country from an adjective before the title', () => {
    const p = person('Chinese President Xi Jinping received him.', 'Xi Jinping');
    assert.equal(p.role, 'President');
    assert.equal(p.country, 'CN');
  });

  it('resolves a surname written first to the full name ("Xi", "Wang")', () => {
    assert.deepEqual(names('Chinese President Xi Jinping met Wang Yi. Later Xi thanked Wang.'), ['Xi Jinping: Xi Jinping, Xi', 'Wang Yi: Wang Yi, Wang']);
  });

  it('strips abbreviated titles and honorifics with their period', () => {
    assert.deepEqual(names('Antony Blinken spoke. Sec. Blinken left.'), ['Antony Blinken: Antony Blinken, Blinken']);
    const p = run('Mr. Trump and Ms Clinton debated.').people.map((x) => `${x.name}/${x.gender}: ${x.mentions.join(',')}`);
    assert.deepEqual(p, ['Donald Trump/male: Trump', 'Hillary Clinton/female: Clinton']);
  });

  it('reads "Dr." as an honorific before the name, never as a person, and keeps the role before it', () => {
    const md = 'The surgeon Dr. Anthony Fauci spoke first. Dr. Fauci said more. Dr. Jane Okafor, a nurse, agreed.\n';
    assert.deepEqual(names(md), ['Anthony Fauci: Anthony Fauci, Fauci', 'Jane Okafor: Jane Okafor']);
    assert.equal(person(md, 'Anthony Fauci').role, 'surgeon');
  });

  it('keeps middle initials and suffixes in the name', () => {
    assert.deepEqual(names('Donald J. Trump spoke. Trump left.'), ['Donald J. Trump: Donald J. Trump, Trump']);
    assert.deepEqual(names('Vladimir V. Putin answered.'), ['Vladimir V. Putin: Vladimir V. Putin']);
    assert.deepEqual(names('Vann R. Newkirk II wrote it.'), ['Vann R. Newkirk II: Vann R. Newkirk II']);
  });

  it('keeps a father and a son with a suffix apart', () => {
    assert.deepEqual(names('Donald Trump said so, and Donald Trump Jr. agreed. Trump left.'), ['Donald Trump: Donald Trump, Trump', 'Donald Trump Jr.: Donald Trump Jr.']);
  });

  it('merges a nickname with the formal name and its suffix', () => {
    assert.deepEqual(names('Joe Biden arrived. He worked for Joseph R. Biden, Jr., for years.'), ['Joseph R. Biden, Jr.: Joe Biden, Joseph R. Biden, Jr.']);
  });

  it('keeps family members apart by honorific', () => {
    const r = names('Donald Trump spoke. Melania Trump smiled. Mrs. Trump waved and Mr. Trump left. Melania stayed.');
    assert.deepEqual(r, ['Donald Trump: Donald Trump, Trump', 'Melania Trump: Melania Trump, Trump, Melania']);
  });

  it('resolves a surname mentioned before the full name (a headline)', () => {
    assert.deepEqual(names('# Trump wins\n\nDonald Trump won the vote.'), ['Donald Trump: Trump, Donald Trump']);
  });

  it('takes a headline that opens with a given name and a surname', () => {
    assert.deepEqual(names('# Jessica Hayek Describes Her First Role\n\nThe actress spoke on Monday.'), ['Jessica Hayek: Jessica Hayek']);
    assert.deepEqual(names('# Hillary Releasing Her Records\n\nThe campaign spoke on Monday.'), []);
  });

  it('names a well-known person given by surname only with the full name', () => {
    assert.deepEqual(names('The Obama administration disagreed.'), ['Barack Obama: Obama']);
  });

  it('takes a bare famous surname before a namesake is introduced for the famous person', () => {
    const r = names('# Obama Sees Insult\n\nMr. Obama spoke after Michelle Obama. President Obama left.');
    assert.deepEqual(r, ['Barack Obama: Obama, Obama, Obama', 'Michelle Obama: Michelle Obama']);
  });

  it('gives the role from an appositive', () => {
    assert.equal(person('William Burns, CIA chief, traveled to China.', 'William Burns').role, 'CIA chief');
    const austin = person('He met Lloyd Austin, the U.S. Defense Secretary, in May.', 'Lloyd Austin');
    assert.equal(austin.role, 'Defense Secretary');
    assert.equal(austin.country, 'US');
  });

  it('gives the role from a lower-case title after a possessive', () => {
    assert.equal(person("Biden's national security adviser Jake Sullivan met him.", 'Jake Sullivan').role, 'national security adviser');
  });

  it('finds a name with no title that the text treats as a speaker', () => {
    assert.deepEqual(names('"We are ready," said Minyon Sharpe, a strategist. Sharpe laughed.'), ['Minyon Sharpe: Minyon Sharpe, Sharpe']);
  });

  it('takes the name in a credit line after a quotation, with an initial that is also a word', () => {
    assert.deepEqual(names('“He is unfit.” ― Julie A. Diaz Martinez.'), ['Julie A. Diaz Martinez: Julie A. Diaz Martinez']);
  });

  it('leaves words before a given name out of the name', () => {
    assert.deepEqual(names('Billionaire Donald Trump spoke.'), ['Donald Trump: Donald Trump']);
    assert.deepEqual(names('DNC Chair Debbie Wasserman Schultz resigned.'), ['Debbie Wasserman Schultz: Debbie Wasserman Schultz']);
  });

  it('keeps particles in the name', () => {
    assert.deepEqual(names('The raid killed Osama bin Laden in 2011.'), ['Osama bin Laden: Osama bin Laden']);
  });

  it('“Will” is a given name before a surname, but not opening a question', () => {
    assert.deepEqual(names('Rep. Will Hurd said no. Will Democrats agree? Will Hurd doubts it.'), ['Will Hurd: Will Hurd, Hurd']);
    assert.deepEqual(names('Will Congress act? Will the voters care?'), []);
  });

  it('a knight or a dame is named by title and given name: Sir Keir', () => {
    assert.deepEqual(names('Sir Keir Starmer spoke first. Later, Sir Keir said more.'), ['Keir Starmer: Keir Starmer, Keir']);
  });

  it('keeps two particles in the name, and drops a sentence-opening word before them', () => {
    const md = 'Ursula von der Leyen, the commission president, spoke. Later von der Leyen met Inés de la Fuente. Yesterday de la Fuente left.';
    assert.deepEqual(names(md), ['Ursula von der Leyen: Ursula von der Leyen, von der Leyen', 'Inés de la Fuente: Inés de la Fuente, de la Fuente']);
  });

  it('keeps a father apart from a daughter whose name starts with his ("Aung San")', () => {
    const r = names('Aung San Suu Kyi visited. Suu Kyi said her father, Aung San, was a general.');
    assert.deepEqual(r, ['Aung San Suu Kyi: Aung San Suu Kyi, Suu Kyi', 'Aung San: Aung San']);
  });

  it('does not take organisations, buildings or places for people', () => {
    assert.deepEqual(names('The Trump Organization and the State Department met at the Great Hall of the People in Hong Kong.'), []);
  });

  it('takes an attributive use of a name but not a name inside an organisation name', () => {
    assert.deepEqual(names('Donald Trump owns the Trump Organization; the Trump campaign agreed.'), ['Donald Trump: Donald Trump, Trump']);
  });

  it('learns a person from a name inside a show title without counting it as a mention', () => {
    assert.deepEqual(names('She appeared on The Rachel Maddow Show on Monday. Maddow asked her twice.'), ['Rachel Maddow: Maddow']);
  });

  it('does not take months, days or sentence-initial words', () => {
    assert.deepEqual(names('However, Monday came. May was warm. Still, nothing changed in April.'), []);
  });

  it('does not take common words from the given-name list for given names', () => {
    assert.deepEqual(names('Will Power rose. Grant Funding fell. May Day came.'), []);
  });

  it('keeps "May" as a surname after a given name', () => {
    assert.deepEqual(names('Prime Minister Theresa May spoke.'), ['Theresa May: Theresa May']);
  });

  it('does not join a place before a title into the name', () => {
    const p = person('He faces Republican Indiana Gov. Mike Pence tonight.', 'Mike Pence');
    assert.deepEqual(p.mentions, ['Mike Pence']);
    assert.equal(p.role, 'Governor');
  });

  it('splits a name after an organisation name ("the Washington Post Trump said")', () => {
    const r = run('In a meeting with the Washington Post Trump said so. Donald Trump repeated it.');
    assert.deepEqual(r.people.map((p) => p.mentions.join(',')), ['Trump,Donald Trump']);
    assert.deepEqual(r.orgs.map((o) => o.name), ['Washington Post']);
  });

  it('knows gender from given names and gendered roles', () => {
    assert.equal(person('Angela Merkel spoke.', 'Angela Merkel').gender, 'female');
    assert.equal(person('Spokeswoman Pat Quinn said no.', 'Pat Quinn').gender, 'female');
  });

  it('takes a lone title word only as the surname of someone named before', () => {
    assert.deepEqual(names('"Yes," said Charlie King. King smiled. The King of Spain came.'), ['Charlie King: Charlie King, King']);
  });

  it('needs a person title before a lone unknown word ("General Electric", "House Zika funding")', () => {
    assert.deepEqual(names('He helped General Electric. The House Zika funding plan failed. Miss Universe smiled.'), []);
    assert.deepEqual(names('Sen. Quagmore objected.'), ['Quagmore: Quagmore']);
  });

  it('does not take a capitalised sentence start for a given name ("Absent Sanders")', () => {
    assert.deepEqual(names('Absent Sanders, the race narrowed. Bernie Sanders said so. Sanders left.'), ['Bernie Sanders: Sanders, Bernie Sanders, Sanders']);
  });

  it('does not take laws and programmes for people', () => {
    assert.deepEqual(names('The Affordable Care Act and the Marshall Plan passed.'), []);
  });

  it('fills gender and country of a well-known person', () => {
    const p = person('Xi Jinping spoke.', 'Xi Jinping');
    assert.equal(p.gender, 'male');
    assert.equal(p.country, 'CN');
  });

  it('lists mentions sorted by position', () => {
    const p = person('Blinken came first. Then Antony Blinken spoke, and Blinken left.', 'Antony Blinken');
    assert.deepEqual(p.mentions, ['Blinken', 'Antony Blinken', 'Blinken']);
  });
});

describe('organisations', () => {
  it('finds organisations by head word and known acronyms', () => {
    const r = run('The State Department and the CIA said so, the Russian Foreign Ministry too.');
    assert.deepEqual(r.orgs.map((o) => o.name), ['State Department', 'CIA', 'Russian Foreign Ministry']);
  });

  it('a known organisation whose name joins two words with “and”', () => {
    const r = run('The Securities and Exchange Commission sued. The Food and Drug Administration did not. Immigration and Customs Enforcement said so.');
    assert.deepEqual(r.orgs.map((o) => o.name), ['Securities and Exchange Commission', 'Food and Drug Administration', 'Immigration and Customs Enforcement']);
    assert.deepEqual(r.people, []);
  });

  it('takes an organisation head with its complement', () => {
    const r = run('Requests from the Department of Defense and the Department of Health and Human Services went unanswered.');
    assert.deepEqual(r.orgs.map((o) => o.name), ['Department of Defense', 'Department of Health and Human Services']);
    assert.deepEqual(r.people, []);
  });

  it('merges repeated mentions of one organisation', () => {
    const r = run('The New York Times said so. The New York Times then added more.');
    assert.deepEqual(r.orgs.map((o) => `${o.name}:${o.mentions.length}`), ['New York Times:2']);
  });

  it('a short form that ends one longer name is that organisation: Security Council', () => {
    const r = run('The United Nations Security Council met on Friday. Later the Security Council issued a statement.');
    assert.deepEqual(r.orgs.map((o) => `${o.name}:${o.mentions.length}`), ['United Nations Security Council:2']);
  });

  it('a day after a council is not part of its name', () => {
    const r = run('The United Nations Security Council on Friday condemned the test.');
    assert.deepEqual(r.orgs.map((o) => o.name), ['United Nations Security Council']);
  });
});
