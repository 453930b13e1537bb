import { strict as assert } from 'node:assert';
import { detectCountries } from '../../src/core/countries';
import { buildProse } from '../../src/core/prose';

/** Country mentions as "text:CODE:form" strings, in order. */
function mentions(md: string): string[] {
  const doc = buildProse(md);
  return detectCountries(doc).mentions.map((m) => `${doc.text.slice(m.start, m.end)}:${m.code}:${m.form}`);
}

function metonyms(md: string): string[] {
  const doc = buildProse(md);
  return detectCountries(doc).metonyms.map((m) => `${doc.text.slice(m.start, m.end)}:${m.code}`);
}

describe('countries', () => {
  it('a country word that starts a name ("Jordan Peterson", "Kenya Private Sector Alliance", a headline) hides no other mention', () => {
    assert.deepEqual(mentions('The Kenya Private Sector Alliance criticised the move. Kenya\'s central bank held rates.\n'), ['Kenya:KE:name']);
    assert.deepEqual(mentions('# Why Does Israel Refuse to Talk\n\nIsrael has a strong economy.\n'), ['Israel:IL:name']);
    assert.deepEqual(mentions('Jordan Peterson spoke in Toronto. Jordan has closed its border.\n'), ['Jordan:JO:name']);
    // a surname does: "Jordan" alone may be Michael Jordan
    assert.deepEqual(mentions('Michael Jordan spoke in Toronto. Jordan scored twice.\n'), []);
  });

  it('a place preposition keeps the country even when the document names a person so ("Chad Smith" … "in Chad")', () => {
    const md = 'Chad Smith, a guitarist, said the band would tour in Chad. The rebels in Chad attacked. In Jordan\'s view, the war is far.\n\nMichael Jordan met the king in Jordan. Jordan scored twice.\n';
    // "Chad Smith" makes Chad a name in this document; "in Chad" is still the country, "In Jordan's view" is not
    assert.deepEqual(mentions(md), ['Chad:TD:name', 'Chad:TD:name', 'Jordan:JO:name']);
  });

  it('finds common and official names, without the article', () => {
    assert.deepEqual(mentions("The United States and the People's Republic of China met."), ['United States:US:name', "People's Republic of China:CN:name"]);
  });

  it('finds abbreviations of the United States and the United Kingdom', () => {
    assert.deepEqual(mentions('U.S. and US and U.S.A. and USA and U.K. and UK officials.'), [
      'U.S.:US:abbreviation',
      'US:US:abbreviation',
      'U.S.A.:US:abbreviation',
      'USA:US:abbreviation',
      'U.K.:GB:abbreviation',
      'UK:GB:abbreviation',
    ]);
  });

  it('a national branch or a company named with a country word is no mention ("Age UK", "Google UK", "Taiwan Semiconductor")', () => {
    assert.deepEqual(mentions('Age UK, a charity, said savers in the UK were worried. Google UK and Amnesty International UK agreed.\n'), ['UK:GB:abbreviation']);
    assert.deepEqual(mentions('Shares of Taiwan Semiconductor Manufacturing fell as Taiwan held drills. Many UK firms and EU UK talks.\n'), ['Taiwan:TW:name', 'UK:GB:abbreviation', 'UK:GB:abbreviation']);
    // a headline capitalises every word: "UK" stays the country
    assert.deepEqual(mentions('# Inflation Hits UK Households\n\nPrices rose.\n'), ['UK:GB:abbreviation']);
  });

  it('knows informal names: America, the States, Britain, Great Britain', () => {
    assert.deepEqual(mentions('America, Great Britain and Britain. He moved to the States.'), [
      'America:US:name',
      'Great Britain:GB:name',
      'Britain:GB:name',
      'States:US:name',
    ]);
  });

  it('knows old and new names: Turkey/Türkiye, Czechia/Czech Republic, Burma/Myanmar, Ivory Coast', () => {
    assert.deepEqual(mentions("Turkey, Türkiye, Czechia, the Czech Republic, Burma, Myanmar, Ivory Coast and Côte d'Ivoire."), [
      'Turkey:TR:name',
      'Türkiye:TR:name',
      'Czechia:CZ:name',
      'Czech Republic:CZ:name',
      'Burma:MM:name',
      'Myanmar:MM:name',
      'Ivory Coast:CI:name',
      "Côte d'Ivoire:CI:name",
    ]);
  });

  it('tells the two Koreas apart, with their abbreviations', () => {
    assert.deepEqual(mentions('North Korea, the DPRK, N. Korea and South Korea.'), [
      'North Korea:KP:name',
      'DPRK:KP:abbreviation',
      'N. Korea:KP:abbreviation',
      'South Korea:KR:name',
    ]);
  });

  it('finds demonyms, singular and plural', () => {
    assert.deepEqual(mentions('Chinese, American and British officials met Ukrainians and Americans.'), [
      'Chinese:CN:demonym',
      'American:US:demonym',
      'British:GB:demonym',
      'Ukrainians:UA:demonym',
      'Americans:US:demonym',
    ]);
  });

  it('gives one mention per country word in compounds', () => {
    assert.deepEqual(mentions('U.S.-China ties and the Franco-German plan.'), ['U.S.:US:abbreviation', 'China:CN:name', 'Franco:FR:demonym', 'German:DE:demonym']);
    assert.deepEqual(mentions('African-American voters'), ['American:US:demonym']);
  });

  it('leaves the possessive out of the span', () => {
    assert.deepEqual(mentions("China's economy and the U.S.’s allies"), ['China:CN:name', 'U.S.:US:abbreviation']);
  });

  it('codes territories with their own ISO code', () => {
    assert.deepEqual(mentions('Taiwan, Hong Kong, Palestine and Puerto Rico'), ['Taiwan:TW:name', 'Hong Kong:HK:name', 'Palestine:PS:name', 'Puerto Rico:PR:name']);
  });

  it('does not take regions, seas and straits', () => {
    assert.deepEqual(mentions('Ships in the South China Sea and the Taiwan Strait; the Indo-Pacific and the Western Hemisphere.'), []);
  });

  it('does not take country words inside other names', () => {
    assert.deepEqual(mentions('He spoke to Russia Today, the Bank of China, USA TODAY and Priorities USA.'), []);
  });

  it('keeps country words that modify a national body', () => {
    assert.deepEqual(mentions('The Russian Foreign Ministry and the Swedish Air Force.'), ['Russian:RU:demonym', 'Swedish:SE:demonym']);
  });

  it('does not take lower-case common nouns', () => {
    assert.deepEqual(mentions('They served turkey on fine china.'), []);
  });

  it('does not take people named like countries', () => {
    assert.deepEqual(mentions('Michael Jordan met Jordan Peterson.'), []);
    assert.deepEqual(mentions('Rep. Jim Jordan objected. Later Jordan said no.'), []);
  });

  it('takes country words in slogans', () => {
    assert.deepEqual(mentions('He wore a "Make America Great Again" hat.'), ['America:US:name']);
  });

  it('does not take North American or Latin American for the United States', () => {
    assert.deepEqual(mentions('The North American Free Trade Agreement and Latin American markets.'), []);
  });

  it('takes Georgia for the country only with signs of the Caucasus state', () => {
    assert.deepEqual(mentions('Voters in Georgia and Florida went to the polls in Atlanta.'), []);
    assert.deepEqual(mentions('Russia invaded Georgia in 2008 and still holds troops near Tbilisi.'), ['Russia:RU:name', 'Georgia:GE:name']);
    assert.deepEqual(mentions('NATO members fear for Ukraine and Georgia.'), ['Ukraine:UA:name', 'Georgia:GE:name']);
  });

  it('finds the historical Soviet Union', () => {
    assert.deepEqual(mentions('The Soviet Union collapsed; Soviet-style rule ended.'), ['Soviet Union:SU:name', 'Soviet:SU:demonym']);
  });

  it('takes all-capital headlines', () => {
    assert.deepEqual(mentions('# NORTH KOREA TESTS A BOMB'), ['NORTH KOREA:KP:name']);
  });
});

describe('metonyms', () => {
  it('takes capitals that stand for a government', () => {
    assert.deepEqual(metonyms('Allegations from Washington that Beijing is spying. Moscow denied it.'), ['Washington:US', 'Beijing:CN', 'Moscow:RU']);
  });

  it('does not take locations, datelines, longer names or buildings', () => {
    assert.deepEqual(metonyms('WASHINGTON (AP) — He met officials in Washington and a Washington think tank.'), []);
    assert.deepEqual(metonyms('The Washington Post reported it; the Kremlin and the White House said no.'), []);
    assert.deepEqual(metonyms('He reported from Moscow for years.'), []);
    assert.deepEqual(metonyms('Worries spread from Paris to Prague.'), []);
  });

  it('keeps metonyms out of the country mentions', () => {
    assert.deepEqual(mentions('Beijing said no.'), []);
  });
});
