import assert from 'node:assert/strict';
import { assemble, analyse } from '../../src/core/annotate';

describe('annotate(): speakers named only by the attribution', () => {
  it('makes a person of a speaker with a person-shaped name that the people detector missed', () => {
    const a = analyse('“We will rebuild the pier,” said Quentin Arbogast-Lemaire.\n');
    // what attribution returns for a name the people detector did not list
    a.entities.people = [];
    const mention = { start: a.doc.text.indexOf('Quentin'), end: a.doc.text.indexOf('.', a.doc.text.indexOf('Quentin')) };
    a.attributions = [{ speaker: { kind: 'person', name: 'Quentin Arbogast-Lemaire' }, speakerMention: mention, cue: null, rule: 'test' }];
    const out = assemble(a);
    assert.equal(out.organizations.length, 0);
    assert.equal(out.people.length, 1);
    assert.equal(out.people[0].name, 'Quentin Arbogast-Lemaire');
    assert.deepEqual(out.people[0].mentions.map((m) => m.text), ['Quentin Arbogast-Lemaire']);
    assert.equal(out.quotes[0].speaker, out.people[0].id);
  });

  it('makes an organisation of an unlisted speaker whose name ends like a place or an organisation', () => {
    for (const name of ['Islamic State', 'Wall Street', 'Harbour Tower', 'Quentin Party']) {
      const a = analyse(`“Rates will rise,” ${name} said.\n`);
      a.entities.people = [];
      a.entities.organizations = [];
      a.attributions = [{ speaker: { kind: 'person', name }, speakerMention: null, cue: null, rule: 'test' }];
      const out = assemble(a);
      assert.equal(out.people.length, 0, name);
      assert.equal(out.quotes[0].speaker, out.organizations.find((o) => o.name === name)?.id, name);
    }
    // a surname that is also a place or an organisation word still makes a person
    for (const name of ['Michelle Fields', 'Don Guardian']) {
      const a = analyse(`“Rates will rise,” ${name} said.\n`);
      a.entities.people = [];
      a.attributions = [{ speaker: { kind: 'person', name }, speakerMention: null, cue: null, rule: 'test' }];
      assert.equal(assemble(a).people[0]?.name, name);
    }
  });

  it('keeps a one-word unlisted speaker as an organisation', () => {
    const a = analyse('“Rates will rise,” Zentralbank wrote.\n');
    a.entities.people = [];
    a.entities.organizations = [];
    a.attributions = [{ speaker: { kind: 'person', name: 'Zentralbank' }, speakerMention: null, cue: null, rule: 'test' }];
    const out = assemble(a);
    assert.equal(out.people.length, 0);
    assert.equal(out.organizations[0].name, 'Zentralbank');
    assert.equal(out.quotes[0].speaker, out.organizations[0].id);
  });

  it('gives an organisation no mention that overlaps one it has', () => {
    const a = analyse('“We agree,” the White House said. “We disagree,” the White House said.\n');
    a.entities.organizations = [];
    const t = a.doc.text;
    const wide = { start: t.indexOf('the White House'), end: t.indexOf(' said') };
    const name = { start: t.lastIndexOf('White House'), end: t.lastIndexOf(' said') };
    const inner = { start: wide.start + 4, end: wide.end };
    a.attributions = [
      { speaker: { kind: 'organization', name: 'White House' }, speakerMention: wide, cue: null, rule: 'test' },
      { speaker: { kind: 'organization', name: 'White House' }, speakerMention: inner, cue: null, rule: 'test' },
      { speaker: { kind: 'organization', name: 'White House' }, speakerMention: name, cue: null, rule: 'test' },
    ];
    a.quotes.push(a.quotes[0]);
    const org = assemble(a).organizations.find((o) => o.name === 'White House');
    assert.ok(org);
    assert.deepEqual(org.mentions.map((m) => m.text), ['the White House', 'White House']);
  });
});
