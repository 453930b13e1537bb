import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { attributeQuotes } from '../../src/core/attribution';
import type { CountryResult, EntityResult } from '../../src/core/detect-types';
import { buildProse } from '../../src/core/prose';
import { detectQuotes } from '../../src/core/quotes';

const NO_ENTITIES: EntityResult = { people: [], organizations: [] };
const NO_COUNTRIES: CountryResult = { mentions: [], metonyms: [] };

interface Row {
  quote: string;
  speaker: string | null;
  id: string | undefined;
  mention: string | null;
  cue: string | null;
  rule: string | null;
}

function attribute(md: string, entities: EntityResult = NO_ENTITIES, countries: CountryResult = NO_COUNTRIES): Row[] {
  const doc = buildProse(md);
  const qs = detectQuotes(doc).filter((q) => q.kind === 'quote');
  const hits = attributeQuotes(doc, qs, entities, countries);
  const slice = (r: { start: number; end: number } | null): string | null => (r ? doc.text.slice(r.start, r.end) : null);
  return qs.map((q, i) => ({
    quote: doc.text.slice(q.start, q.end),
    speaker: hits[i].speaker?.name ?? null,
    id: hits[i].speaker?.id,
    mention: slice(hits[i].speakerMention),
    cue: slice(hits[i].cue),
    rule: hits[i].rule,
  }));
}

/** Offsets of the n-th occurrence of `s` in the view of `md`. */
function at(md: string, s: string, n = 0): { start: number; end: number } {
  const t = buildProse(md).text;
  let i = -1;
  for (let k = 0; k <= n; k++) i = t.indexOf(s, i + 1);
  return { start: i, end: i + s.length };
}

/** Speaker name of each quote (by its text) through the whole pipeline. */
function annotateSpeakers(md: string): Record<string, string | null> {
  const a = annotate(md);
  const names = new Map<string, string>([...a.people, ...a.organizations].map((e) => [e.id, e.name]));
  return Object.fromEntries(a.quotes.map((q) => [q.text, q.speaker ? (names.get(q.speaker) ?? null) : null]));
}

describe('attribution: cues next to the quote', () => {
  it('“…,” X said', () => {
    const [r] = attribute('Maria Lopez runs the clinic.\n\n“We are out of beds,” Lopez said on Monday.');
    assert.equal(r.rule, 'quote-name-verb');
    assert.equal(r.mention, 'Lopez');
    assert.equal(r.cue, 'said');
    assert.equal(r.speaker, 'Maria Lopez');
  });

  it('“…,” said X after premodifiers that open with a capitalised word or end in any role noun', () => {
    const rows = attribute('“It is fine,” said Republican political consultant Chris Russell. “We will see,” said retired neurosurgeon Ben Carson.');
    assert.deepEqual(rows.map((r) => [r.mention, r.speaker]), [['Chris Russell', 'Chris Russell'], ['Ben Carson', 'Ben Carson']]);
  });

  it('more said-bookisms: “…,” an angry Hollande retaliated / “…!” blared the front page', () => {
    const rows = attribute('“France will always be France,” an angry Hollande retaliated. “Choke!” blared the front page of the tabloid.');
    assert.deepEqual(rows.map((r) => r.cue), ['retaliated', 'blared']);
  });

  it('“…,” tweeted another.: a lone quantifier after the verb is an unnamed speaker (mention, no speaker)', () => {
    const [r] = attribute('“Better watch out for illegal conduct,” tweeted another.');
    assert.deepEqual([r.mention, r.speaker], ['another', null]);
  });

  it('“…?” the staffer in the room wondered: a short “in”/“with” postmodifier before the verb, but not a relative clause', () => {
    const rows = attribute('“Will he run again?” the staffer in the room wondered. “Does she have to say it?” - voters in Iowa who watched the debate said they were unfazed.');
    assert.equal(rows[0].mention, 'the staffer');
    assert.notEqual(rows[1].rule, 'quote-nominal-verb');
  });

  it('“…,” said X, with a title and an appositive', () => {
    const [r] = attribute('“The talks went well,” said Yang Tao, China’s top diplomat for the region.');
    assert.equal(r.rule, 'quote-verb-subject');
    assert.equal(r.mention, 'Yang Tao');
    assert.equal(r.speaker, 'Yang Tao');
  });

  it('“…,” X, an appositive, said', () => {
    const [r] = attribute('“It is a miracle,” Hugh Hill, a doctor at the county hospital, said.');
    assert.equal(r.rule, 'quote-name-verb');
    assert.equal(r.mention, 'Hugh Hill');
  });

  it('a name in apposition to a nominal subject is the mention: the opposition leader, X, called it “…”', () => {
    const rows = attribute('In parliament the opposition leader, Rui Matos, called it “a gift to foreign trawlers.”');
    assert.equal(rows[0].mention, 'Rui Matos');
    assert.equal(rows[0].speaker, 'Rui Matos');
    assert.equal(rows[0].cue, 'called');
  });

  it('X said: “…” and X said, “…”', () => {
    const rows = attribute('Gov. Ann Reyes said: “The roads are open.”\n\nAnn Reyes added, “Stay careful.”');
    assert.deepEqual(rows.map((r) => [r.rule, r.mention, r.cue]), [
      ['subject-verb-quote', 'Ann Reyes', 'said'],
      ['subject-verb-quote', 'Ann Reyes', 'added'],
    ]);
  });

  it('a coordinated verb shares the subject: X met Y and said they agreed to “…”', () => {
    const [r] = attribute('Secretary Dana Wells met the mayor on Monday and said they agreed to “stabilize” the budget.');
    assert.equal(r.rule, 'subject-verb-quote');
    assert.equal(r.cue, 'said');
    assert.equal(r.mention, 'Dana Wells');
  });

  it('a coordinated verb after an introductory clause: “When X was asked …, he laughed and said, “…””', () => {
    const [r] = attribute('When Dana Wells, the campaign manager, was asked about a press conference, he laughed and said, “We will see.”');
    assert.equal(r.mention, 'he');
    assert.equal(r.cue, 'said');
    // an adjective before the object is no subject
    const [s] = attribute('Dana Wells then put on a fake Southern accent and joked, “Make fun of me.”');
    assert.equal(s.mention, 'Dana Wells');
  });

  it('as X puts it, “…”: the present tense too', () => {
    const [r] = attribute('That is because, as Dana Wells puts it, “the best thing we have going for us” is low rates.');
    assert.equal(r.rule, 'as-x-put-it');
    assert.equal(r.mention, 'Dana Wells');
    assert.equal(r.cue, 'as Dana Wells puts it');
  });

  it('X told reporters “…” keeps the object in the cue', () => {
    const [r] = attribute('Senator Paul Grant told reporters “the bill is dead.”');
    assert.equal(r.cue, 'told reporters');
    assert.equal(r.mention, 'Paul Grant');
  });

  it('phrasal cues: said in a statement', () => {
    const [r] = attribute('“We regret the delay,” the company said in a statement.');
    assert.equal(r.cue, 'said in a statement');
    assert.equal(r.mention, 'the company');
  });

  it('according to X', () => {
    const [r] = attribute('The plant will close, “effective immediately,” according to Dana Wells.');
    assert.equal(r.rule, 'according-to');
    assert.equal(r.mention, 'Dana Wells');
  });

  it('premodified names: campaign spokesman Brian Fallon', () => {
    const [r] = attribute('“She will be back on the trail this week,” Clinton campaign spokesman Brian Fallon said.');
    assert.equal(r.mention, 'Brian Fallon');
    assert.equal(r.speaker, 'Brian Fallon');
  });

  it('a passive agent: a “concerted” response urged by X', () => {
    const [r] = attribute('A “concerted” response urged by Adam Schiff never came.');
    assert.equal(r.rule, 'passive-by');
    assert.equal(r.mention, 'Adam Schiff');
  });

  it('any short determiner-led subject in the “…,” X said frame: the investor, the assailant, John McGraw', () => {
    const rows = attribute('“If you are in the Senate,” the investor said, “that is even worse.”\n\n“He deserved it,” the assailant, John McGraw, told the program.');
    assert.deepEqual(rows.map((r) => [r.mention, r.cue]), [
      ['the investor', 'said'],
      ['the investor', 'said'],
      ['John McGraw', 'told'],
    ]);
    assert.equal(rows[2].speaker, 'John McGraw');
  });

  it('inverted object verbs after a sentence-opening quote: “…?” asked X', () => {
    const [r] = attribute('“Do you want them at a convention?” asked Sen. Maria Cantwell of Washington, who is open to reform.');
    assert.equal(r.rule, 'quote-verb-subject');
    assert.equal(r.mention, 'Maria Cantwell');
  });

  it('…but not an object verb after a quote inside a sentence', () => {
    const rows = attribute("Noah Oppenheim, the NBC executive in charge of ''Today,'' reminded his staff about the rules.");
    assert.ok(rows.every((r) => r.mention !== 'his staff'));
  });

  it('lower-case premodifiers before a name: said conservative activist Bob Klaus / 9/11 widow Terry Strada', () => {
    const rows = attribute('"It is a hot item," said conservative activist Bob Klaus.\n\n“They are wrong,” said 9/11 widow Terry Strada.\n\n“We will win,” said former Pennsylvania Gov. Ed Rendell.');
    assert.deepEqual(rows.map((r) => r.mention), ['Bob Klaus', 'Terry Strada', 'Ed Rendell']);
  });

  it('stress-final verbs double their consonant: admitted, not admited', () => {
    const [r] = attribute('“There was no single issue,” Chris Murphy admitted during an interview.');
    assert.equal(r.cue, 'admitted');
    assert.equal(r.mention, 'Chris Murphy');
  });

  it("a passive participle after a title is no cue: ''Trump Revealed,'' a biography written by …", () => {
    const rows = attribute("Scribner will publish ''Trump Revealed,'' a biography written by Marc Fisher.");
    assert.ok(rows.every((r) => r.mention !== 'a biography'));
  });

  it('a name right before a participle is its agent: footage of Trump saying, “…”', () => {
    const rows = attribute('The spot ends with footage of Donald Trump saying during the debate, “That makes me smart,” to cheers.');
    assert.equal(rows[0].mention, 'Donald Trump');
    assert.equal(rows[0].rule, 'subject-participle-quote');
  });

  it('…but not a name after a preposition: a statement to Wired explaining, “…”', () => {
    const rows = attribute('Peter Thiel wrote in a statement to Wired explaining his choice, “Most Americans agree that our country is on the wrong track.”');
    assert.equal(rows[0].mention, 'Peter Thiel');
  });

  it('referenced and cited label a quote: it referenced “…” → the organisation', () => {
    const md = 'The International Monetary Fund cut its forecast.\n\nAlthough the IMF did not single out any candidate, it referenced "political tensions" in rich economies.';
    assert.equal(annotateSpeakers(md)['"political tensions"'], 'International Monetary Fund');
  });

  it('the agent of a passive speech verb: X was asked by host Bill Maher, “…”', () => {
    const rows = attribute('Bernie Sanders was asked by host Bill Maher, “Now, you famously said you were sick of hearing about the emails?”');
    assert.equal(rows[0].rule, 'passive-by');
    assert.equal(rows[0].mention, 'Bill Maher');
  });

  it('after a quote that closed its sentence, a cue that introduces the next quote belongs to it', () => {
    const rows = attribute("''The state is falling apart,'' Vladimir Putin said in 2012. ''Conflicts continue.'' He added: ''And you want us to repeat these mistakes.''");
    assert.deepEqual(rows.map((r) => r.mention), ['Vladimir Putin', 'Vladimir Putin', 'He']);
  });

  it('does not read a capitalised noun as a verb (United States)', () => {
    const [r] = attribute('Secretary John Kerry said the United States would take "robust steps" soon.');
    assert.equal(r.mention, 'John Kerry');
  });
});

describe('attribution: the subject of “told” is never its object', () => {
  it('“…,” Acme’s chief executive, Ana Ruiz, told The Daily Ledger: the name in apposition, not the hearer', () => {
    const rows = attribute('“We found nothing at all,” Acme’s chief human resources executive, Ana Ruiz, told The Daily Ledger in 2013. “It was random.”');
    assert.deepEqual(rows.map((r) => [r.mention, r.speaker]), [['Ana Ruiz', 'Ana Ruiz'], ['Ana Ruiz', 'Ana Ruiz']]);
    assert.equal(rows[0].rule, 'sentence-cue-after');
  });

  it('with no subject before “told”, the hearer after it is not taken as the speaker', () => {
    const [r] = attribute('“We found nothing at all,” and then, told The Daily Ledger in 2013.');
    assert.notEqual(r.speaker, 'Daily Ledger');
  });
});

describe('attribution: a quote in the complement of an earlier reporting verb', () => {
  it('“X said she expected that voters will say “no””: the matrix reporter X', () => {
    const [r] = attribute('Senator Ruth Okafor said she expected that voters will say “no” to the plan.');
    assert.deepEqual([r.mention, r.cue], ['Ruth Okafor', 'said']);
  });

  it('not across a comma: “While not everything Becker says is true, Ortiz said …”', () => {
    const [r] = attribute('While not everything Becker says is true, Ortiz said the plan is “dead on arrival.”');
    assert.equal(r.mention, 'Ortiz');
  });

  it('an abbreviation can end the sentence before a pronoun: “… the U.S. He says …”', () => {
    const [r] = attribute('Mayor Tom Becker spoke at length about the U.S. He says the critics are “simply wrong.”');
    assert.equal(r.mention, 'He');
  });
});

describe('attribution: a participle clause opening the sentence', () => {
  it('“Bemoaning the “…,” X accused …”: the main clause’s subject after the comma', () => {
    const [r] = attribute('Bemoaning the “phony system,” Trump accused Holt of being a Democrat.');
    assert.deepEqual([r.rule, r.mention, r.cue], ['subject-participle-quote', 'Trump', 'Bemoaning']);
  });

  it('“After saying … “…,” she was …”', () => {
    const [r] = attribute('After saying her right foot was “so swollen I could barely get my shoe on,” she was taken to the hospital.');
    assert.equal(r.mention, 'she');
  });

  it('“…, X said, adding that … “…””: the participle belongs to X, not to the sentence’s first subject', () => {
    const [r] = attribute('Ana Ruiz will give a speech this month, Tom Becker said, adding that she would also address the “gender gap.”');
    assert.deepEqual([r.rule, r.mention], ['subject-participle-quote', 'Tom Becker']);
  });

  it('a dateline before the sentence is skipped: “WASHINGTON, Dec. 8 (UPI) — … X rallied supporters, saying: “…””', () => {
    const [r] = attribute('WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Senator Ruth Okafor rallied supporters, saying: “We have to be ready.”');
    assert.equal(r.mention, 'Ruth Okafor');
  });

  it('a place between the commas of an introduction is no subject: “At an event in Ames, Iowa, on Sunday, X …”', () => {
    const [r] = attribute('At a campaign event in Ames, Iowa, on Sunday, Mrs. Ana Ruiz tried to explain, saying that the country should “lead.”');
    assert.equal(r.mention, 'Ana Ruiz');
  });

  it('no comma closing the participle clause: no subject', () => {
    const [r] = attribute('Calling it “a disgrace” was a mistake for the whole council.');
    assert.equal(r.mention, null);
  });
});

describe('attribution: the possessor of a noun of speech', () => {
  it('“… after her March comment that, “…””: her → the woman named before', () => {
    const [r] = attribute('The union is unlikely to back Ana Ruiz after her March comment that, “We will close the mines.”');
    assert.deepEqual([r.rule, r.mention, r.cue, r.speaker], ['possessive-cue', 'her', 'comment', 'Ana Ruiz']);
  });

  it('“Becker’s promise to be “neutral””: the name', () => {
    const [r] = attribute('Critics pointed to Tom Becker’s promise to be “neutral” in the talks.');
    assert.deepEqual([r.rule, r.mention], ['possessive-cue', 'Tom Becker']);
  });

  it('not when the quote characterises the words: “Trump’s comments “are wrong””, “denounced his remarks as “…””', () => {
    const rows = attribute('The town said Tom Becker’s comments “are based on opinion.” Ana Ruiz denounced his remarks as “hurtful.”');
    assert.ok(rows.every((r) => r.rule !== 'possessive-cue'));
  });
});

describe('attribution: pronouns and nominals', () => {
  it('he → the man named before, never a place whose name ends in Beach, Tower, Street, City or Sea', () => {
    for (const place of ['Palm Beach', 'Harbour Tower', 'Wall Street', 'Salt Lake City', 'the Aral Sea']) {
      const md = `Mayor Tom Becker spoke for an hour. He said he had once lived near ${place}.\n\n“We did our best,” he said.`;
      const [r] = attribute(md);
      assert.equal(r.mention, 'he', place);
      assert.equal(r.speaker, 'Tom Becker', place);
    }
  });

  it('…but a surname that is also a facility word is a person: Michelle Fields, Kristen Day', () => {
    for (const name of ['Michelle Fields', 'Kristen Day']) {
      const [r] = attribute(`The reporter ${name} filed a complaint on Monday.\n\n“I needed a report,” she said.`);
      assert.equal(r.speaker, name);
    }
  });

  it('he → the most recent man named before', () => {
    const md = 'Mayor Tom Becker met Ms. Jane Ortiz on Friday. Becker said he was tired.\n\n“We did our best,” he said.';
    const [r] = attribute(md);
    assert.equal(r.rule, 'quote-pronoun-verb');
    assert.equal(r.mention, 'he');
    assert.equal(r.speaker, 'Tom Becker');
  });

  it('she → the most recent compatible woman, skipping a man named later', () => {
    const md = 'Ms. Jane Ortiz spoke first. Then Mr. Tom Becker listened.\n\n“It was a long night,” she said.';
    const [r] = attribute(md);
    assert.equal(r.speaker, 'Jane Ortiz');
  });

  it('two coordinated roles under one determiner are one nominal: “the Ohio senator and Democratic presidential candidate said”', () => {
    const md = 'Sen. Maria Lopez of Ohio spoke on Monday.\n\n“We will win,” the Ohio senator and Democratic presidential candidate said.';
    const [r] = attribute(md);
    assert.equal(r.mention, 'the Ohio senator and Democratic presidential candidate');
    assert.equal(annotateSpeakers(md)['“We will win,”'], 'Maria Lopez');
  });

  it('when the whole coordination resolves to no one, its first role may: “The former first lady and U.S. senator said”', () => {
    const md = 'Hillary Clinton spoke to veterans on Wednesday. Donald Trump spoke after her.\n\nThe former first lady and U.S. senator said it was "a mistake" to use private email.';
    assert.equal(annotateSpeakers(md)['"a mistake"'], 'Hillary Clinton');
  });

  it('a coordination without a determiner stays two subjects: “Jones and senior officials said”', () => {
    const [r] = attribute('Jones and senior officials said the plan was “dead on arrival.”');
    assert.notEqual(r.mention, 'Jones and senior officials');
  });

  it('a capitalised office before an appositive name is a title, not a person: “Japan’s Economy Minister, Kenji Watanabe”', () => {
    const md = 'Japan’s Economy Minister, Kenji Watanabe, gave a shorter answer in Tokyo. Asked about the rules, he smiled. "They are aimed at a single kind of machine," he said.';
    assert.equal(annotateSpeakers(md)['"They are aimed at a single kind of machine,"'], 'Kenji Watanabe');
  });

  it('“the statement said” → whoever “said in a statement” before it', () => {
    const md = 'The company behind it, Teranga Biologics, said in a statement that the plant would open soon. "Africa imports almost every dose it uses," the statement said.';
    assert.equal(annotateSpeakers(md)['"Africa imports almost every dose it uses,"'], 'Teranga Biologics');
  });

  it('a nominal read backward stops at a clause word: “creates what officials call a “hotline””', () => {
    const [r] = attribute('The agreement also creates what officials call a “water hotline” between the two ministries.');
    assert.equal(r.mention, 'officials');
  });

  it('the secretary → the person with that title', () => {
    const md = 'Secretary of State Antony Blinken met Xi Jinping.\n\n“Progress is hard,” the secretary told reporters.';
    const [r] = attribute(md);
    assert.equal(r.rule, 'quote-nominal-verb');
    assert.equal(r.mention, 'the secretary');
    assert.equal(r.speaker, 'Antony Blinken');
  });

  it('role synonyms: Rep. Adam Schiff is “the California congressman”', () => {
    const md = 'Rep. Adam Schiff called on the president to act.\n\nThe meddling, the California congressman said, is designed to "sow discord" at home.';
    const speakers = annotateSpeakers(md);
    assert.equal(speakers['"sow discord"'], 'Adam Schiff');
  });

  it('an epithet re-describes the person the text is about: “…,” the New York businessman said', () => {
    const md = 'Donald Trump, appearing after Hillary Clinton at the forum, cited problems abroad.\n\n"We need change," the New York businessman said.';
    const a = annotate(md);
    const q = a.quotes[0];
    assert.equal(a.people.find((p) => p.id === q.speaker)?.name, 'Donald Trump');
    assert.equal(q.resolution, 'epithet');
  });

  it('an office is never guessed: “…,” the senator said with no senator named stays null', () => {
    const md = 'Donald Trump spoke at the forum.\n\n"We need change," the senator said.';
    assert.equal(annotate(md).quotes[0].speaker, null);
  });

  it('an epithet skips people of another party the text names', () => {
    const md = 'Republican nominee Donald Trump and Hillary Clinton spoke at the forum. Trump left early.\n\n"We need change," the Democratic candidate said.';
    const a = annotate(md);
    assert.notEqual(a.people.find((p) => p.id === a.quotes[0].speaker)?.name, 'Donald Trump');
  });

  it('a document speaks for the author the text gives it: a web video by X … the clip says', () => {
    const md = 'A web video by the Republican National Committee references four cases.\n\nThe clip says Tim Kaine “has a passion for defending the wrong people.”';
    const a = annotate(md);
    assert.equal(a.organizations.find((o) => o.id === a.quotes[0].speaker)?.name, 'Republican National Committee');
    assert.equal(a.quotes[0].resolution, 'document');
  });

  it('according to a document filed by X, “…”: X, even after lower-case modifiers', () => {
    const md = 'According to a civil complaint filed by the federal Securities and Exchange Commission, the developers ran a "massive fraudulent scheme" for years.';
    assert.equal(annotateSpeakers(md)['"massive fraudulent scheme"'], 'Securities and Exchange Commission');
    // an appositive after the document names no author
    const md2 = 'Dana Wells wrote to the mayor in June. The letter, sent to Mayor Tom Becker, called it "critical" that he act.';
    assert.notEqual(annotateSpeakers(md2)['"critical"'], 'Tom Becker');
  });

  it('as X’s Y puts it: the person the possessive phrase owns', () => {
    const md = 'As The Post\'s Dana Wells puts it, "Senate Republicans are unmoved."';
    assert.equal(annotateSpeakers(md)['"Senate Republicans are unmoved."'], 'Dana Wells');
  });

  it('X issued a statement … the statement noted “…”', () => {
    const md = 'The United Nations Security Council met on Friday. After the meeting, the Security Council issued a statement on the test. The statement noted they would take "further significant measures" soon.';
    assert.equal(annotateSpeakers(md)['"further significant measures"'], 'United Nations Security Council');
  });

  it('he/she after a sentence opened by an unnamed person (“A 24-year-old protester said …”) is no earlier named person', () => {
    const md = 'Amnesty director Irungu Houghton said: "The police must stop."\n\nA 24-year-old protester, who gave only his first name, said he had lost his job. "We have nothing left to lose," he said.';
    const s = annotateSpeakers(md);
    assert.equal(s['"The police must stop."'], 'Irungu Houghton');
    assert.equal(s['"We have nothing left to lose,"'], null);
    // a person named in that sentence is still the antecedent
    const md2 = 'Amnesty director Irungu Houghton said: "The police must stop."\n\nA protester, Brian Otieno, said he had lost his job. "We have nothing left to lose," he said.';
    assert.equal(annotateSpeakers(md2)['"We have nothing left to lose,"'], 'Brian Otieno');
  });

  it('an unnamed spokesperson speaks for the body that premodifies it: “a State Department spokesman said”', () => {
    const md = 'A State Department spokesman said: "We are aware of the reports."\n\nA Google spokeswoman said the company was "reviewing" the claims.\n\nA senior official said it was "absurd".';
    const s = annotateSpeakers(md);
    assert.equal(s['"We are aware of the reports."'], 'State Department');
    assert.equal(s['"reviewing"'], 'Google');
    assert.equal(s['"absurd"'], null);
  });

  it('a nationality noun after “the” is a person: “…,” the 21-year-old Spaniard said', () => {
    const md = 'Carlos Alcaraz beat Daniil Medvedev on Friday.\n\n"I am proud," the 21-year-old Spaniard said.\n\nMedvedev, who had beaten Jannik Sinner, said he ran out of ideas.\n\n"He was better," the Russian said.\n\n"We will respond," the French said.';
    const s = annotateSpeakers(md);
    assert.equal(s['"I am proud,"'], 'Carlos Alcaraz');
    assert.equal(s['"He was better,"'], 'Daniil Medvedev');
    assert.notEqual(s['"We will respond,"'], 'Daniil Medvedev');
  });

  it('“the company” is never a union of states, “the group” a chamber of commerce', () => {
    const md = 'The European Union unveiled new rules on Wednesday.\n\nThe company added that it would "continue to work with regulators."\n\nThe U.S. Chamber of Commerce was more critical. The group urged Washington to "push back hard."';
    const s = annotateSpeakers(md);
    assert.notEqual(s['"continue to work with regulators."'], 'European Union');
    assert.equal(s['"push back hard."'], 'U.S. Chamber of Commerce');
  });

  it('a party affiliation after a legislator’s name is an appositive: “Sen. Rand Paul, R-Ky., said”', () => {
    const md = 'Sen. Rand Paul, R-Ky., said: "This is wrong."\n\nMajority Leader Mitch McConnell, R-Ky., called it "a disgrace."\n\n"We will not back down," said Rep. Raul Grijalva, D-Ariz.';
    const s = annotateSpeakers(md);
    assert.equal(s['"This is wrong."'], 'Rand Paul');
    assert.equal(s['"a disgrace."'], 'Mitch McConnell');
    assert.equal(s['"We will not back down,"'], 'Raul Grijalva');
  });

  it('a name after “of” postmodifies the subject: “Gov. Greg Abbott of Texas said”, “the mayor of Chicago, Brandon Johnson, said”', () => {
    const md = [
      'Gov. Greg Abbott of Texas said the state "will not comply."',
      'The mayor of Chicago, Brandon Johnson, said it was "a shame."',
      'Anthony Anton, president and CEO of the Harbor Restaurant Association, stated, "It is math."',
      'Dana Ruiz, director of the Metro Food Bank said, "We ran out."',
      'The Bank of England said it would "act as needed."',
    ].join('\n\n');
    const s = annotateSpeakers(md);
    assert.equal(s['"will not comply."'], 'Greg Abbott');
    assert.equal(s['"a shame."'], 'Brandon Johnson');
    assert.equal(s['"It is math."'], 'Anthony Anton');
    assert.equal(s['"We ran out."'], 'Dana Ruiz');
    assert.equal(s['"act as needed."'], 'Bank of England');
  });

  it('a plural person noun opening the sentence names no one: “Lawmakers said …” (but “Republicans” is a group’s name)', () => {
    const md = 'Lawmakers said it was "a balanced approach." The plan, backed by Republicans, passed.\n\nRepublicans said it was "overdue."';
    const s = annotateSpeakers(md);
    assert.equal(s['"a balanced approach."'], null);
    assert.equal(s['"overdue."'], 'Republicans');
    const [r] = attribute('Lawmakers said it was "a balanced approach."');
    assert.equal(r.mention, 'Lawmakers');
  });

  it('plural they after two people joined by “and” is the two of them', () => {
    const md = 'Critics, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont, want an overhaul. They sent a letter on Thursday.\n\n"The program has become plagued by fraud," they wrote.';
    assert.equal(annotateSpeakers(md)['"The program has become plagued by fraud,"'], 'Charles E. Grassley and Patrick J. Leahy');
  });

  it('the agency → the public body named last, not one named as a complement', () => {
    const md = 'Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, said they were concerned. In a memo, the agency suggested ending the program because "there are no safeguards" in place.';
    assert.equal(annotateSpeakers(md)['"there are no safeguards"'], 'Homeland Security Investigations');
  });

  it('the newspaper never stands for an organisation that is no newspaper', () => {
    const md = 'The National Rifle Association criticised the bill.\n\n“The bill is a disgrace,” the newspaper said.';
    assert.equal(annotateSpeakers(md)['“The bill is a disgrace,”'], null);
  });

  it('a nominal with no matching person keeps speaker null, never a guess', () => {
    const [r] = attribute('“The numbers do not add up,” one official said.');
    assert.equal(r.mention, 'one official');
    assert.equal(r.speaker, null);
  });

  it('a pronoun with nobody to refer to keeps speaker null', () => {
    const [r] = attribute('“We will see,” she said.');
    assert.equal(r.mention, 'she');
    assert.equal(r.speaker, null);
  });
});

describe('attribution: entities, organisations and countries', () => {
  it('uses the people detector’s entity when the mention overlaps one', () => {
    const md = '“We are ready,” Lopez said.';
    const entities: EntityResult = {
      people: [{ id: 'p1', name: 'Maria Lopez', role: null, country: null, gender: 'female', mentions: [at(md, 'Lopez')] }],
      organizations: [],
    };
    const [r] = attribute(md, entities);
    assert.equal(r.id, 'p1');
    assert.equal(r.speaker, 'Maria Lopez');
  });

  it('an organisation name speaks as an organisation', () => {
    const md = '“The vote was rigged,” the National Election Committee said.';
    const doc = buildProse(md);
    const qs = detectQuotes(doc).filter((q) => q.kind === 'quote');
    const [h] = attributeQuotes(doc, qs, NO_ENTITIES, NO_COUNTRIES);
    assert.equal(h.speaker?.kind, 'organization');
    assert.equal(h.speaker?.name, 'National Election Committee');
  });

  it('a country as a state actor speaks as an organisation named after it', () => {
    const md = 'Japan called the launch “an outrage.”';
    const countries: CountryResult = { mentions: [{ ...at(md, 'Japan'), code: 'JP', form: 'name' }], metonyms: [] };
    const doc = buildProse(md);
    const qs = detectQuotes(doc).filter((q) => q.kind === 'quote');
    const [h] = attributeQuotes(doc, qs, NO_ENTITIES, countries);
    assert.deepEqual(h.speaker, { kind: 'organization', name: 'Japan' });
    assert.equal(h.rule, 'subject-labels-quote');
  });
});

describe('attribution: organisations as pronoun antecedents and name premodifiers', () => {
  it('“it” → the nearest organisation named before', () => {
    const md = 'The Harbor Authority met on Friday.\n\nIt called the plan “a clear threat to the port.”';
    const entities: EntityResult = { people: [], organizations: [{ id: 'o1', name: 'Harbor Authority', mentions: [at(md, 'Harbor Authority')] }] };
    const [r] = attribute(md, entities);
    assert.equal(r.mention, 'It');
    assert.equal(r.id, 'o1');
  });

  it('a name that only modifies another name is not an antecedent', () => {
    const md = 'Ms. Ann Reyes ran the race. Reyes campaign director Julia Marsh said the vote was close. “We counted twice,” she said.';
    const entities: EntityResult = {
      people: [
        { id: 'p1', name: 'Ann Reyes', role: null, country: null, gender: 'female', mentions: [at(md, 'Ann Reyes'), at(md, 'Reyes', 1)] },
        { id: 'p2', name: 'Julia Marsh', role: 'campaign director', country: null, gender: null, mentions: [at(md, 'Julia Marsh')] },
      ],
      organizations: [],
    };
    const [r] = attribute(md, entities);
    assert.equal(r.speaker, 'Julia Marsh');
  });
  it('a name followed by a verb is no premodifier: “…,” she said after Clinton director Jennifer Palmieri said …', () => {
    const md = 'Hillary Clinton spoke on Monday.\n\nClinton communication director Jennifer Palmieri said Trump is reduced to taunts. "You could dismiss these actions," she said.';
    assert.equal(annotateSpeakers(md)['"You could dismiss these actions,"'], 'Jennifer Palmieri');
  });
});

describe('attribution: context rules', () => {
  it('same-paragraph: “…,” said X. “…”', () => {
    const rows = attribute('“It is vital,” said Dana Wells. “We will keep working on it.”');
    assert.equal(rows[1].rule, 'same-paragraph');
    assert.equal(rows[1].mention, 'Dana Wells');
  });

  it('previous-sentence-cue: X said. “…”', () => {
    const rows = attribute('The talks will go on, Dana Wells said. “Nobody is leaving the table.”');
    assert.equal(rows[0].rule, 'previous-sentence-cue');
    assert.equal(rows[0].mention, 'Dana Wells');
  });

  it('same-sentence: an earlier quote takes the later cue of its sentence', () => {
    const rows = attribute('The plan is “bold” and “overdue,” Dana Wells said.');
    assert.equal(rows[0].rule, 'same-sentence');
    assert.equal(rows[0].mention, 'Dana Wells');
  });

  it('continuation: a cue-less quote paragraph after a quote by X belongs to X, without a mention', () => {
    const rows = attribute('“We came to build,” Dana Wells said.\n\n“And we will stay until the work is done.”');
    assert.equal(rows[1].rule, 'continuation');
    assert.equal(rows[1].speaker, 'Dana Wells');
    assert.equal(rows[1].mention, null);
  });

  it('…but not into a paragraph whose other quote has a cue: that paragraph is a new speaker’s', () => {
    const rows = attribute('“We came to build,” Dana Wells said.\n\n“They know the plan is strong,” a voice-over in the ad states. “It will pass.”');
    assert.equal(rows[1].rule, null);
    assert.equal(rows[1].speaker, null);
    assert.equal(rows[2].cue, 'states');
  });

  it('multi-paragraph: later parts share the first part’s speaker', () => {
    const rows = attribute('Dana Wells said, “We came here to build\n\n“and we will keep building.”');
    assert.equal(rows.length, 2);
    assert.equal(rows[1].rule, 'multi-paragraph');
    assert.equal(rows[1].speaker, 'Dana Wells');
  });

  it('multi-paragraph: a transcript part takes the nearest labelled part before it', () => {
    const rows = attribute('"WALLACE: Will you run again?\n\n"PENCE: Well, look, we will see.\n\n"But the truth is that we will win.');
    assert.deepEqual(rows.map((r) => r.speaker), ['WALLACE', 'PENCE', 'PENCE']);
  });

  it('continuation-indirect: a cue-less quote paragraph after “X said …” without a quote', () => {
    const rows = attribute('Michelle Marks, a delegate from Ohio, said she was tired of the attacks.\n\n"The whole idea is something we hear about all the time, and it needs to stop."');
    assert.equal(rows[0].rule, 'continuation-indirect');
    assert.equal(rows[0].speaker, 'Michelle Marks');
    assert.equal(rows[0].mention, null);
  });

  it('…but not when the quote paragraph has a cue of its own', () => {
    const rows = attribute('Sean Hannity said the paper had a story.\n\n“The New York Times is claiming today that they had a conversation with you,” Hannity started.');
    assert.equal(rows[0].mention, 'Hannity');
  });

  it('round-ups: Topic - Name: “…” and More from Name: “…”', () => {
    const rows = attribute('Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”\n\nWhat that means - More from Jones: “The partisanship of the state is a starting point.”');
    assert.deepEqual(rows.map((r) => r.mention), ['Carl Bialik', 'Jones']);
  });

  it('after a quote closed by a period, “Name said he …” with a clause of its own is a new sentence, not the quote’s cue', () => {
    const rows = attribute('“It is a very sad development,” Cruz told reporters outside a restaurant. “This is the consequence of the culture of that campaign.” Ohio Gov. John Kasich said he would have fired the manager.');
    assert.deepEqual(rows.map((r) => r.mention), ['Cruz', 'Cruz']);
  });

  it('“…?” X asked on Monday. — a cue that closes the sentence still belongs to the quote', () => {
    const rows = attribute('“Are you ready?” Ana Ruiz asked on Monday. “We are,” Becker said.');
    assert.deepEqual(rows.map((r) => r.mention), ['Ana Ruiz', 'Becker']);
  });

  it('intro-colon: a paragraph ending “X said:” introduces the next quote', () => {
    const rows = attribute('In a letter to members, Dana Wells wrote:\n\n“The union will not sign this contract.”');
    assert.equal(rows[0].rule, 'intro-colon');
    assert.equal(rows[0].mention, 'Dana Wells');
  });

  it('intro-colon: the person a sentence ending in a colon is about introduces the next paragraph’s quote', () => {
    const rows = attribute('Mayor Tom Becker wrote to the members on Friday. He then listed the qualities a nominee needs:\n\n“Is the candidate honest? Does the candidate listen?”');
    assert.deepEqual([rows[0].rule, rows[0].mention, rows[0].speaker], ['intro-colon', 'He', 'Tom Becker']);
  });

  it('intro-colon: a reporting verb earlier in that sentence gives the source (“As the Ledger reported, …:”)', () => {
    const rows = attribute('As the Daily Ledger reported, the council was still refusing to act on Friday:\n\n“The council will not vote on the plan this year.”');
    assert.deepEqual([rows[0].rule, rows[0].mention, rows[0].cue], ['intro-colon', 'Daily Ledger', 'reported']);
  });

  it('a credit line of its own after a quote paragraph: “…” then “- Name.” (a list item) or “―Name, Place.”', () => {
    const rows = attribute('Lines from the debate.\n\n"Boeing and GE pay zero taxes."\n\n- Bernie Sanders.\n\n"It is about time."\n\n―Michelle Marks, Philadelphia.');
    assert.deepEqual(rows.map((r) => [r.rule, r.mention, r.speaker]), [['dash-credit', 'Bernie Sanders', 'Bernie Sanders'], ['dash-credit', 'Michelle Marks', 'Michelle Marks']]);
  });

  it('a list item that is one unknown word or a phrase is no credit', () => {
    const rows = attribute('Topics of the night.\n\n"Boeing and GE pay zero taxes."\n\n- Immigration.\n\n"It is about time."\n\n- Health care for all.');
    assert.deepEqual(rows.map((r) => r.speaker), [null, null]);
  });

  it('transcript labels and dash credits', () => {
    const rows = attribute('"WALLACE: Will you run again?\n\n“The best years are ahead of us.” ― Carla Diaz');
    assert.equal(rows[0].rule, 'transcript-label');
    assert.equal(rows[0].speaker, 'WALLACE');
    assert.equal(rows[1].rule, 'dash-credit');
    assert.equal(rows[1].speaker, 'Carla Diaz');
  });

  it('clause-subject: a fragment takes the subject of its sentence', () => {
    const rows = attribute('Mayor Tom Becker admires the governor as a “strong leader” of the state.');
    assert.equal(rows[0].rule, 'clause-subject');
    assert.equal(rows[0].mention, 'Tom Becker');
  });

  it('a fragment in a subordinate clause takes that clause’s he/she: “X opened … even though he found it “…””', () => {
    const [r] = attribute('Mayor Tom Becker opened the session even though he found the plan “unworkable.”');
    assert.equal(r.rule, 'clause-subject');
    assert.equal(r.mention, 'he');
    assert.equal(r.speaker, 'Tom Becker');
  });

  it('not after “because”: such a clause is often the reported content, the subject keeps it', () => {
    const [r] = attribute('Mayor Tom Becker portrayed Ms. Ortiz as a hypocrite because she had taken “about $200,000” from developers.');
    assert.equal(r.mention, 'Tom Becker');
  });

  it('no recoverable speaker → null speaker, null rule', () => {
    const rows = attribute('The sign on the door read simply: “Closed for the season, back in May.”');
    assert.equal(rows[0].speaker, null);
  });
});

describe('attribution: pronouns after a nominal subject', () => {
  const article = (nominal: string, pronoun: string): string =>
    'Prime Minister Helena Duarte and Foreign Minister Marc Tremblay met on Tuesday.\n\n' +
    `The opposition leader, Rui Matos, called it “a gift to foreign trawlers.” ${nominal} dismissed the criticism.\n\n` +
    `“When my opponent says that, he means a compromise,” ${pronoun} said.\n`;
  const speakerOf = (md: string, quote: string): string | undefined => {
    const a = annotate(md);
    const q = a.quotes.find((x) => x.text.includes(quote));
    return a.people.find((p) => p.id === q?.speaker)?.name;
  };

  it('“…,” she said after “The prime minister …” goes to the person whose role has every word of it', () => {
    assert.equal(speakerOf(article('The prime minister', 'she'), 'my opponent'), 'Helena Duarte');
  });

  it('the head alone does not decide: “The foreign minister …” then “he said” is the foreign minister', () => {
    assert.equal(speakerOf(article('The foreign minister', 'he'), 'my opponent'), 'Marc Tremblay');
  });
});

describe('attribution: a relative pronoun as the subject of the cue', () => {
  it('“X, who said …”: the mention runs from the name to “who”, the speaker is the name', () => {
    const [r] = attribute('The bill drew fire from Senator Ruth Okafor, who said it was “a gift to polluters.”');
    assert.equal(r.rule, 'subject-verb-quote');
    assert.equal(r.mention, 'Ruth Okafor, who');
    assert.equal(r.cue, 'said');
    assert.equal(r.speaker, 'Ruth Okafor');
  });

  it('a given name that is also a common word: “…,” said Will Doyle', () => {
    const [r] = attribute('“It is a pretty expensive business model,” said Will Doyle, a professor of higher education.');
    assert.equal(r.mention, 'Will Doyle');
    assert.equal(r.speaker, 'Will Doyle');
  });

  it('“…,” it recommended: an organisation’s recommendation is reported speech', () => {
    const [r] = attribute('The business council opposed an increase. “Keep the tax at the current level,” it recommended.');
    assert.equal(r.mention, 'it');
    assert.equal(r.cue, 'recommended');
  });

  it('a speech verb inside a relative clause is not the cue: “X, who asked not to be named, said …”', () => {
    const [r] = attribute('A senior diplomat, who asked not to be named because the talks were private, said the mood was “tense but not hopeless.”');
    assert.equal(r.mention, 'A senior diplomat');
    assert.equal(r.cue, 'said');
    const [n] = attribute('Ruth Okafor, who told reporters she was tired, said the vote was “a farce.”');
    assert.equal(n.mention, 'Ruth Okafor');
    assert.equal(n.cue, 'said');
    assert.equal(n.speaker, 'Ruth Okafor');
  });

  it('with an appositive between the name and “who”', () => {
    const [r] = attribute('Okafor has clashed with Paul Brennan, now the committee chairman, who said the plan was “dead on arrival.”');
    assert.equal(r.mention, 'Paul Brennan, now the committee chairman, who');
    assert.equal(r.speaker, 'Paul Brennan');
  });

  it('“X of Place, who …”: the antecedent is the person, not the place', () => {
    const [r] = attribute('The plan found a critic in Sen. Marco Diaz of Ohio, who called it “a fantasy.”');
    assert.equal(r.mention, 'Marco Diaz of Ohio, who');
    assert.equal(r.speaker, 'Marco Diaz');
  });

  it('a name right before “, who” is the antecedent even after an introductory word and a clause', () => {
    const [r] = attribute('Abroad, the vote drew a sharp reaction from President Elena Varga, who called it “a betrayal.”');
    assert.equal(r.speaker, 'Elena Varga');
  });

  it('a quote inside the relative clause of a subject with no cue: “Trump, who has called himself “…”, has …”', () => {
    const [r] = attribute('Mayor Tom Becker, who ran as “the law and order candidate,” has promised more police.');
    assert.equal(r.rule, 'clause-subject');
    assert.equal(r.mention, 'Tom Becker, who');
    assert.equal(r.speaker, 'Tom Becker');
  });

  it('“which” for an organisation or a document: “the Police Department which reported “…””', () => {
    const [r] = attribute('They turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city.');
    assert.equal(r.mention, 'Chicago Police Department which');
    assert.equal(r.speaker, 'Chicago Police Department');
  });

  it('the relative pronoun never becomes a mention of the speaker entity', () => {
    const a = annotate('Ruth Okafor leads the committee.\n\nThe bill drew fire from Ruth Okafor, who said it was “a gift to polluters.”');
    const q = a.quotes[0];
    const person = a.people.find((p) => p.id === q.speaker);
    assert.equal(person?.name, 'Ruth Okafor');
    assert.ok(person?.mentions.every((m) => !/who/.test(m.text)));
    assert.equal(q.speakerMention?.text, 'Ruth Okafor, who');
  });
});

describe('attribution: speakers of nested quotes', () => {
  const md =
    'Ana Ruiz ran the campaign; Tom Becker was her deputy.\n\n' +
    '“On the last night she told me, ‘We will win this,’ and she was right,” Becker said.\n\n' +
    '“When they asked, I said, ‘Not this year,’ and I meant it,” said Ana Ruiz.\n\n' +
    '“My old professor used to say, ‘A factory is a promise,’ and he was right,” said Tom Becker.\n\n' +
    '“Then Tom Becker said, ‘Go home,’ and we did,” Ana Ruiz said.\n\n' +
    '“They called it ‘a betrayal’ and left,” Becker said.';
  const nestedSpeakers = (): Record<string, string | null> => {
    const a = annotate(md);
    const names = new Map<string, string>([...a.people, ...a.organizations].map((e) => [e.id, e.name]));
    return Object.fromEntries(a.quotes.flatMap((q) => q.nested.map((n) => [n.text, n.speaker ? (names.get(n.speaker) ?? null) : null])));
  };

  it('“… she told me, ‘…’ …”: the person the pronoun stands for, never the outer speaker', () => {
    assert.equal(nestedSpeakers()['‘We will win this,’'], 'Ana Ruiz');
  });

  it('“… I said, ‘…’ …”: the outer speaker', () => {
    assert.equal(nestedSpeakers()['‘Not this year,’'], 'Ana Ruiz');
  });

  it('a name inside the outer quote', () => {
    assert.equal(nestedSpeakers()['‘Go home,’'], 'Tom Becker');
  });

  it('an unresolved nominal or a plural subject: null, no guess', () => {
    const s = nestedSpeakers();
    assert.equal(s['‘A factory is a promise,’'], null);
    assert.equal(s['‘a betrayal’'], null);
  });

  it('every nested speaker is a listed entity', () => {
    const a = annotate(md);
    const ids = new Set([...a.people, ...a.organizations].map((e) => e.id));
    for (const q of a.quotes) for (const n of q.nested) assert.ok(n.speaker === null || ids.has(n.speaker));
  });
});

describe('attribution: a lone capitalised word opening a sentence is no name', () => {
  const speakers = (md: string): (string | null)[] => {
    const a = annotate(md);
    const names = new Map([...a.people, ...a.organizations].map((e) => [e.id, e.name]));
    return a.quotes.map((q) => (q.speaker ? (names.get(q.speaker) ?? null) : null));
  };

  it('an adverb or determiner at the start of a sentence speaks for nobody', () => {
    assert.deepEqual(speakers('Perhaps the sharpest critic of the plan called it “a gift to polluters.”'), [null]);
  });

  it('keeps the subject of a speech verb and a word the text also capitalises mid-sentence', () => {
    // a plural person noun is an unnamed group: its mention stays, with no speaker
    assert.deepEqual(speakers('Protesters chanted “No more delays” outside the hall.'), [null]);
    assert.equal(attribute('Protesters chanted “No more delays” outside the hall.')[0].mention, 'Protesters');
    assert.deepEqual(speakers('The report by Hallworth was late. Hallworth then called the vote “a betrayal.”'), ['Hallworth']);
  });
});

describe('attribution: pronoun tables hold only their own words', () => {
  it('a word named like a property of every object ("constructor", "valueOf") is no pronoun', () => {
    for (const w of ['constructor', 'valueOf', 'toString', 'hasOwnProperty']) {
      const q = annotate(`Maria Lopez met the builders. “We are late,” ${w} said.`).quotes[0];
      assert.notEqual(q.rule, 'quote-pronoun-verb', w);
      assert.equal(q.speakerMention, null, w);
    }
  });
});

describe('attribution: quotes in single marks (British style)', () => {
  it('finds the speaker of a single-quoted quote by the same cues as a double-quoted one', () => {
    const md =
      '‘We have been left with no choice,’ said Mick Lynch, the union’s general secretary. ‘Our members’ pay has not risen.’\n\n' +
      'Network Rail’s chief executive, Andrew Haines, said: ‘We remain ready to talk at any time.’\n\n' +
      '‘It’s the third time this month,’ commuter Priya Shah told the BBC.\n';
    const a = annotate(md);
    const who = a.quotes.map((q) => a.people.find((p) => p.id === q.speaker)?.name ?? null);
    assert.deepEqual(who, ['Mick Lynch', 'Mick Lynch', 'Andrew Haines', 'Priya Shah']);
  });
});
