import assert from 'node:assert/strict';
import { buildProse } from '../../src/core/prose';
import { detectQuotes } from '../../src/core/quotes';
import { singleQuotedIn } from '../../src/core/quote-marks';

function quotes(md: string) {
  const doc = buildProse(md);
  return detectQuotes(doc).map((q) => ({ ...q, text: doc.text.slice(q.start, q.end), nestedText: q.nested.map((n) => doc.text.slice(n.start, n.end)) }));
}
const spoken = (md: string) => quotes(md).filter((q) => q.kind === 'quote').map((q) => q.text);
const terms = (md: string) => quotes(md).filter((q) => q.kind === 'term').map((q) => q.text);

describe('quote marks', () => {
  it('pairs curly marks, marks included in the span', () => {
    assert.deepEqual(spoken('“We will win this race,” the mayor said on Tuesday.'), ['“We will win this race,”']);
  });

  it('decides straight marks from their neighbours', () => {
    assert.deepEqual(spoken('"It is over," she said. "We lost."'), ['"It is over,"', '"We lost."']);
  });

  it('reads two apostrophes as a double mark', () => {
    assert.deepEqual(spoken("''The vote was fair,'' Mr. Lane said. ''Nobody disputes it.''"), ["''The vote was fair,''", "''Nobody disputes it.''"]);
  });

  it('reads guillemets and low-high marks', () => {
    assert.deepEqual(spoken('Le maire a dit : « Nous gagnerons cette course ensemble et sans aide ».'), ['« Nous gagnerons cette course ensemble et sans aide »']);
    assert.deepEqual(spoken('Er sagte: „Wir werden dieses Rennen gemeinsam gewinnen, ganz sicher.“'), ['„Wir werden dieses Rennen gemeinsam gewinnen, ganz sicher.“']);
    // reversed guillemets, as German and Danish print them
    assert.deepEqual(spoken('»Wir werden dieses Rennen gewinnen«, sagte er. »Ganz sicher, und zwar gemeinsam mit allen.«'), ['»Wir werden dieses Rennen gewinnen«', '»Ganz sicher, und zwar gemeinsam mit allen.«']);
  });

  it('keeps single quotes inside a double quote as nested quotes', () => {
    const [q] = quotes('“Then he told me, ‘You are fired,’ and walked out of the room,” Ms. Ortiz said.');
    assert.deepEqual(q.nestedText, ['‘You are fired,’']);
  });

  it('finds nested quotes next to two-apostrophe marks and of the same style', () => {
    assert.deepEqual(quotes("''He told me, 'Not today,''' she recalled.")[0].nestedText, ["'Not today,'"]);
    assert.deepEqual(quotes("'''Hamlet' was a hit,'' he said.")[0].nestedText, ["'Hamlet'"]);
    assert.deepEqual(quotes('"It was "fake," he said," she wrote.')[0].nestedText, ['"fake,"']);
    assert.deepEqual(quotes('“He said ‘no,’ then ‘yes’ and then ‘maybe,’” she recalled.')[0].nestedText, ['‘no,’', '‘yes’', '‘maybe,’']);
    // nested quotes never overlap, whatever pairs the marks allow
    for (const q of quotes('Xi said. "„.“ said Xi.Xi, the , said “” and ‘a “b’ c” "')) {
      for (let i = 1; i < q.nested.length; i++) assert.ok(q.nested[i].start >= q.nested[i - 1].end, JSON.stringify(q.nestedText));
    }
  });

  it('does not take apostrophes for quotes', () => {
    const [q] = quotes('“It’s the ’90s again and rock ’n’ roll is back at the Joneses’ place,” Tom said.');
    assert.deepEqual(q.nestedText, []);
    const s = "We said 'rock 'n' roll' in the '90s";
    assert.deepEqual(singleQuotedIn(s, 0, s.length), [{ start: 8, end: 23 }]);
  });

  it('continues a quote into the next paragraph that reopens it', () => {
    const qs = quotes('“We came here to build,” she said. “And we will keep building\n\n“until the last house stands.”\n\nThe crowd cheered.');
    const parts = qs.filter((q) => q.parts === 2);
    assert.equal(parts.length, 2);
    assert.equal(parts[0].group, parts[1].group);
    assert.equal(parts[0].continues, true);
    assert.equal(parts[1].continues, false);
    assert.equal(parts[0].text, '“And we will keep building');
    assert.equal(parts[1].text, '“until the last house stands.”');
  });

  it('crosses a soft line break inside a quote, but not into a credit line', () => {
    assert.deepEqual(spoken('“We will keep the clinic open and\nhire two more nurses,” the mayor said.'), ['“We will keep the clinic open and\nhire two more nurses,”']);
    assert.deepEqual(spoken('"The budget is balanced for the first time in a decade.\nMaria Lopez, City Treasurer."'), ['"The budget is balanced for the first time in a decade.']);
    assert.deepEqual(spoken('“The budget is balanced. We did it.\nWe will do it again.”'), ['“The budget is balanced. We did it.\nWe will do it again.”']);
  });

  it('ends an unclosed quote at its paragraph end', () => {
    const qs = quotes('He shouted “stop the count and go home\n\nThe next paragraph is plain.');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].text, '“stop the count and go home');
  });

  it('never throws on stray marks and goes on annotating', () => {
    const md = '” stray ” marks “ and \' and ‘ here\n\n"""\n\n“A real quote from the mayor,” she said.';
    assert.doesNotThrow(() => quotes(md));
    assert.ok(spoken(md).includes('“A real quote from the mayor,”'));
  });

  it('reports no quote for a lone mark or for the marks of a markup tag left in the text', () => {
    assert.deepEqual(quotes('“We will win,” he said. “They know it. “').map((q) => q.text), ['“We will win,”', '“They know it.']);
    assert.deepEqual(quotes('See <a href=”https://example.org/x” target=”_blank”>the “Main Street” plan</a> here.').map((q) => q.text), ['“Main Street”']);
    assert.deepEqual(spoken('Tickets cost < 5 dollars, “a bargain,” she said.'), ['“a bargain,”']);
  });

  it('grows linearly on long runs of marks', () => {
    const time = (n: number): number => {
      const md = '“'.repeat(n) + ' x ' + '"'.repeat(n) + " ''".repeat(n / 4) + ' <a “'.repeat(n / 4) + '\n\n“' + ' ‘a’'.repeat(n / 2) + '” he said.\n\n' + ' “a,” he said. '.repeat(n / 10);
      const t0 = process.hrtime.bigint();
      quotes(md);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    time(1000);
    const small = time(2000);
    const large = time(8000);
    assert.ok(large < small * 12 + 50, `2000 marks: ${small} ms, 8000 marks: ${large} ms`);
  });
});

describe('quote or term', () => {
  it('keeps a one-word quote that a reporting cue attributes', () => {
    assert.deepEqual(spoken('Blinken said they agreed to “stabilize” ties between the two countries.'), ['“stabilize”']);
  });

  it('reads show titles after a possessive as terms', () => {
    assert.deepEqual(terms('She told NBC’s “Meet the Press” on Sunday that the plan was sound.'), ['“Meet the Press”']);
  });

  it('reads a nickname inside a name as a term', () => {
    assert.deepEqual(terms('Rep. Robert C. "Bobby" Scott threw open his back yard to guests.'), ['"Bobby"']);
  });

  it('reads words introduced as a name as terms', () => {
    assert.deepEqual(terms('Protesters wore shirts with the slogan "Not Our Mayor" across the chest.'), ['"Not Our Mayor"']);
    assert.deepEqual(terms('The group runs a so-called "bridge fund" for small farms.'), ['"bridge fund"']);
  });

  it('reads a Title Case phrase without a cue as a term', () => {
    assert.deepEqual(terms('The council unveiled its “Green Streets Initiative” last spring.'), ['“Green Streets Initiative”']);
  });

  it('reads stage directions and mentioned pronouns as terms', () => {
    assert.deepEqual(terms('"(CROSSTALK.)\n\nWhy vote for him just because "she" is a "he"?'), ['"(CROSSTALK.)', '"she"', '"he"']);
  });

  it('a stage direction paragraph inside a multi-paragraph transcript is a term, and the parts are renumbered', () => {
    const md = '"WALLACE: Will you run?\n\n"(CROSSTALK.)\n\n"PENCE: We will see.';
    const qs = detectQuotes(buildProse(md));
    const parts = qs.filter((q) => q.kind === 'quote').map((q) => [q.part, q.parts, q.continues]);
    assert.deepEqual(parts, [[0, 2, true], [1, 2, false]]);
    assert.deepEqual(terms(md), ['"(CROSSTALK.)']);
  });

  it('reads outlets and the names of things as terms, even with a cue in the sentence', () => {
    const md = 'On this weekend’s broadcast of “Fox News Sunday,” Mike Pence said it was only “to mock” her. Carly Fiorina told "Fox and Friends," reminding the hosts. She showed off the “Make America Great Again” hat. “Orange is the New Black” star Dascha Polanco said so.';
    assert.deepEqual(terms(md), ['“Fox News Sunday,”', '"Fox and Friends,"', '“Make America Great Again”', '“Orange is the New Black”']);
    assert.deepEqual(spoken(md), ['“to mock”']);
  });

  it('reads a quoted modifier as a term, but not a quote its own comma closes', () => {
    assert.deepEqual(terms('The city dropped the “sky tax” plan after a year.'), ['“sky tax”']);
    assert.deepEqual(spoken('Voters saw the governor as a “steady hand,” trusting him with the budget.'), ['“steady hand,”']);
    // an adjective may stand between the article and the quote; a reporting verb after it does not make it speech
    assert.deepEqual(terms('The city closed the notorious “side door” loophole last year.'), ['“side door”']);
    assert.deepEqual(terms('The “green wave” slogan the senator cited on Monday has appeared in ads for years.'), ['“green wave”']);
    assert.deepEqual(spoken('The union said the plan is a “giant step” forward for the workers.'), ['“giant step”']);
  });

  it('keeps words after "what/which ... called" as the namer\'s words', () => {
    const md = 'The mayor’s repeated claim that only 2 percent of the budget had gone to what several auditors called “waste” led Reps. Ann Lee and Bo Park to ask for a review.';
    assert.deepEqual(spoken(md), ['“waste”']);
    assert.deepEqual(terms('They opened a bakery called “Crumbs” near the station.'), ['“Crumbs”']);
    assert.deepEqual(spoken('Several memos in the file were labeled “highly sensitive” by the Defense Department last year.'), ['“highly sensitive”']);
    assert.deepEqual(terms('The firm sells a drink called “sunrise” in every store.'), ['“sunrise”']);
  });

  it('reads a quote set off by commas after a work noun as its title, unless a cue reports it', () => {
    assert.deepEqual(terms('LETTERS. Ana Ruiz\' commentary, "Keep the night buses running," is worth a read.'), ['"Keep the night buses running,"']);
    assert.deepEqual(spoken('Asked about the book, the mayor said of the book, "it is wonderful," and smiled.'), ['"it is wonderful,"']);
  });

  it('keeps words someone uses ("used the phrase") as a quote, a bare mention ("the phrase") as a term', () => {
    assert.deepEqual(spoken('The senator has stopped using the phrase “open borders” in her speeches.'), ['“open borders”']);
    assert.deepEqual(terms('The phrase “open borders” appears twice in the report.'), ['“open borders”']);
  });

  it('keeps what a crowd chanted as a quote, even in Title Case', () => {
    assert.deepEqual(spoken('The rally ended with chants of “Four More Years” from the back rows.'), ['“Four More Years”']);
    assert.deepEqual(spoken('Protesters outside shouted “Go Home Now” at the delegates.'), ['“Go Home Now”']);
    assert.deepEqual(terms('The rally ended with the song “Four More Years” from the speakers.'), ['“Four More Years”']);
  });

  it('keeps words written on a sign or a shirt as a quote', () => {
    assert.deepEqual(spoken('She held up a sign that read “Nurses 4 Ruiz” and waved it.'), ['“Nurses 4 Ruiz”']);
    assert.deepEqual(spoken('He wore a cap emblazoned with the words “Buses Not Bombs” all week.'), ['“Buses Not Bombs”']);
    assert.deepEqual(terms('One of his recent reads, “The Long Road,” is a history of the war.'), ['“The Long Road,”']);
  });

  it('reads a term the text goes on to define as a term', () => {
    assert.deepEqual(terms('The grant requires a site in a "priority growth zone," which is defined as a district with high vacancy.'), ['"priority growth zone,"']);
    assert.deepEqual(spoken('The grant requires a site in a "priority growth zone," officials said.'), ['"priority growth zone,"']);
  });

  it('reads a translation gloss as a term', () => {
    assert.deepEqual(terms('The bakery is called Las Brujas -- Spanish for “the witches” -- and opens at dawn.'), ['“the witches”']);
    assert.deepEqual(terms('His motto, Festina lente, is Latin for "make haste slowly, and you will arrive sooner."'), ['"make haste slowly, and you will arrive sooner."']);
    assert.deepEqual(spoken('The mayor asked voters for “a little patience” on Tuesday.'), ['“a little patience”']);
  });

  it('keeps full sentences as quotes even without a cue', () => {
    assert.deepEqual(spoken('“We need more buses and fewer cars on Main Street.”'), ['“We need more buses and fewer cars on Main Street.”']);
  });
});

describe('single marks as the main quotation marks (British style)', () => {
  const BRITISH =
    '‘We have been left with no choice,’ said Mick Lynch, the union’s general secretary. ‘Our members’ pay has not risen in three years.’\n\n' +
    'Transport Secretary Mark Harper called the decision ‘deeply disappointing’.\n';

  it('pairs single marks in a document that quotes in them, apostrophes and plural possessives apart', () => {
    assert.deepEqual(spoken(BRITISH), ['‘We have been left with no choice,’', '‘Our members’ pay has not risen in three years.’', '‘deeply disappointing’']);
    // straight single marks too
    assert.deepEqual(spoken("'The ministers' plans will ruin us,' he said. 'Our children's future is at stake.'"), ["'The ministers' plans will ruin us,'", "'Our children's future is at stake.'"]);
  });

  it('continues a single-quoted quotation into the next paragraph that opens with a single mark', () => {
    const q = quotes('‘Nobody is against nature,’ she said. ‘We are against being ignored.\n\n‘If they listen, we go home.’\n');
    assert.deepEqual(q.map((x) => [x.text, x.part, x.parts]), [['‘Nobody is against nature,’', 0, 1], ['‘We are against being ignored.', 0, 2], ['‘If they listen, we go home.’', 1, 2]]);
    assert.equal(q[1].group, q[2].group);
  });

  it('leaves single marks alone in a document that quotes mostly in double marks', () => {
    const md = 'The so-called ‘nuclear option’ was back. “We will use it,” the leader said. “Nobody doubts it,” he added.\n';
    assert.deepEqual(spoken(md), ['“We will use it,”', '“Nobody doubts it,”']);
    assert.ok(!quotes(md).some((q) => q.text === '‘nuclear option’'));
    // and inside a double quote they stay nested
    assert.deepEqual(quotes('“He told me ‘no way’ twice,” she said.')[0].nestedText, ['‘no way’']);
  });
});
