import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Correction, Sidecar } from '../../src/core/corrections-model';
import type { Annotations } from '../../src/core/model';
import type { OutlineItemData } from '../../src/extension/api';
import { closeAllEditors, editorApi, hoverText, restoreCore, waitFor, type NewsAnnotatorApi } from './editor-support';
import { EXTENSION_ID, fixtureUri } from './helpers';

const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: uri.path + '.news.json' });
const encode = (s: string) => new TextEncoder().encode(s);

async function readSidecar(uri: vscode.Uri): Promise<Sidecar> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri)))) as Sidecar;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

const person = (a: Annotations, name: string) => a.people.find((p) => p.name === name);
const org = (a: Annotations, name: string) => a.organizations.find((o) => o.name === name);
const country = (a: Annotations, code: string) => a.countries.find((c) => c.code === code);
const group = (roots: OutlineItemData[], label: string) => roots.find((r) => r.label === label);

describe('editor: correction commands, undo and orphans', function () {
  const article = fixtureUri('workflow-ferry.md');
  let api: NewsAnnotatorApi;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  /** The article without corrections: no sidecar, and annotations that no longer use one. */
  async function reset(): Promise<Annotations> {
    await vscode.workspace.fs.delete(sidecarOf(article)).then(undefined, () => undefined);
    await waitFor('the annotations without corrections', async () => {
      const state = await api.getCorrections(article);
      return state && state.corrections.length === 0 && state.error === undefined;
    }, 15000);
    return (await api.getAnnotations(article))!;
  }

  const span = (needle: string, nth = 0) => {
    const text = document.getText();
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `the fixture contains ${needle}`);
    return { start: at, end: at + needle.length };
  };
  const select = (needle: string) => {
    const s = span(needle);
    editor.selection = new vscode.Selection(document.positionAt(s.start), document.positionAt(s.end));
  };
  const cursorAt = (needle: string, delta = 1) => {
    const p = document.positionAt(span(needle).start + delta);
    editor.selection = new vscode.Selection(p, p);
  };

  before(async () => {
    api = await editorApi();
    restoreCore(api);
    document = await vscode.workspace.openTextDocument(article);
    editor = await vscode.window.showTextDocument(document, { preview: false });
    await reset();
  });
  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(document, { preview: false });
    await reset();
  });
  after(async () => {
    await vscode.workspace.fs.delete(sidecarOf(article)).then(undefined, () => undefined);
    await closeAllEditors();
  });

  it('contributes every correction command with its menus', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes;
    const titles: Record<string, string> = {
      'newsAnnotator.markPerson': 'Mark Selection as Person',
      'newsAnnotator.markOrganization': 'Mark Selection as Organisation',
      'newsAnnotator.markCountry': 'Mark Selection as Country…',
      'newsAnnotator.markQuote': 'Mark Selection as Quote',
      'newsAnnotator.notAPerson': 'Not a Person',
      'newsAnnotator.notAnOrganization': 'Not an Organisation',
      'newsAnnotator.notACountry': 'Not a Country',
      'newsAnnotator.mergePeople': 'Merge People…',
      'newsAnnotator.removeCorrection': 'Remove Correction',
    };
    for (const [id, title] of Object.entries(titles)) {
      const c = (pkg.commands as { command: string; title: string; category: string }[]).find((x) => x.command === id);
      assert.equal(c?.title, title, id);
      assert.equal(c?.category, 'News');
      const palette = (pkg.menus.commandPalette as { command: string; when: string }[]).find((m) => m.command === id);
      assert.ok(palette?.when.includes('editorLangId == markdown'), `${id} is offered in Markdown editors only`);
      if (id.includes('.mark')) assert.ok(palette?.when.includes('editorHasSelection'), `${id} needs a selection`);
      assert.ok((pkg.menus['newsAnnotator.corrections'] as { command: string }[]).some((m) => m.command === id), `${id} is in the editor's News Corrections menu`);
    }
    const items = pkg.menus['view/item/context'] as { command: string; when: string; group: string }[];
    assert.ok(items.some((m) => m.command === 'newsAnnotator.removeCorrection' && m.group === 'inline' && m.when.includes('correction')));
  });

  it('Mark Selection as Person: the selected words become a person, as written (quick pick accepted)', async () => {
    const before = (await api.getAnnotations(article))!;
    assert.equal(person(before, 'Jordan Reyes'), undefined, 'not detected before');
    select('Jordan Reyes');
    let settled = false;
    const pending = Promise.resolve(exec<Correction>('newsAnnotator.markPerson')).finally(() => (settled = true));
    // accept the first item of the quick pick (the selected text as written) once it is open
    await waitFor('the quick pick to be accepted', async () => {
      if (!settled) await exec('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    });
    const correction = await pending;
    assert.equal(correction?.kind, 'mark-person');
    assert.equal(correction.target.text, 'Jordan Reyes');
    assert.equal('name' in correction ? correction.name : undefined, undefined, 'no name when it is as written');
    const after = (await api.getAnnotations(article))!;
    assert.deepEqual(
      person(after, 'Jordan Reyes')?.mentions.map((m) => m.text),
      ['Jordan Reyes'],
    );
    assert.deepEqual(
      (await readSidecar(article)).corrections.map((c) => c.kind),
      ['mark-person'],
    );
  });

  it('Mark Selection as Organisation with a name, by offsets', async () => {
    const s = span('the harbour director');
    const correction = await exec<Correction>('newsAnnotator.markOrganization', article, s.start, s.end, 'Port of Tallinn');
    assert.equal(correction?.kind, 'mark-organization');
    const after = (await api.getAnnotations(article))!;
    assert.deepEqual(
      org(after, 'Port of Tallinn')?.mentions.map((m) => m.text),
      ['the harbour director'],
    );
  });

  it('Mark Selection as Country: "Suomi" counts for Finland; an unknown code writes nothing', async () => {
    const before = (await api.getAnnotations(article))!;
    const finland = country(before, 'FI')!.mentions.length;
    select('Suomi');
    assert.equal(await exec('newsAnnotator.markCountry', undefined, undefined, undefined, 'XX'), undefined);
    assert.equal(await exists(sidecarOf(article)), false, 'nothing written for an unknown code');
    const correction = await exec<Correction>('newsAnnotator.markCountry', undefined, undefined, undefined, 'fi');
    assert.equal(correction?.kind === 'mark-country' ? correction.country : undefined, 'FI');
    const after = (await api.getAnnotations(article))!;
    assert.equal(country(after, 'FI')!.mentions.length, finland + 1);
    assert.ok(country(after, 'FI')!.mentions.some((m) => m.text === 'Suomi'));
  });

  it('Mark Selection as Quote, with its speaker; white space at the ends of the selection is left out', async () => {
    const s = span('resume talks on the ferry link');
    editor.selection = new vscode.Selection(document.positionAt(s.start - 1), document.positionAt(s.end));
    const correction = await exec<Correction>('newsAnnotator.markQuote', undefined, undefined, undefined, 'Mart Kask', 'person');
    assert.equal(correction?.kind, 'mark-quote');
    assert.equal(correction.target.text, 'resume talks on the ferry link');
    const after = (await api.getAnnotations(article))!;
    const quote = after.quotes.find((q) => q.text === 'resume talks on the ferry link');
    assert.ok(quote, 'the new quote');
    assert.equal(person(after, 'Mart Kask')?.id, quote.speaker);
  });

  it('Mark Selection needs a selection: nothing is written without one', async () => {
    cursorAt('Jordan Reyes');
    assert.equal(await exec('newsAnnotator.markPerson', undefined, undefined, undefined, 'Jordan Reyes'), undefined);
    assert.equal(await exists(sidecarOf(article)), false);
  });

  it('Not a Person from a People item removes the whole person; from the editor, one mention', async () => {
    const roots = await api.getTreeItems(article);
    const kask = group(roots, 'People')!.children.find((p) => p.label === 'Mart Kask');
    assert.ok(kask, 'Mart Kask in the People group');
    const correction = await exec<Correction>('newsAnnotator.notAPerson', kask);
    assert.equal(correction?.kind, 'not-person');
    assert.equal('all' in correction ? correction.all : undefined, true);
    const after = (await api.getAnnotations(article))!;
    assert.equal(person(after, 'Mart Kask'), undefined);

    cursorAt('Ms Virtanen', 4);
    const one = await exec<Correction>('newsAnnotator.notAPerson');
    assert.equal(one?.target.text, 'Virtanen');
    const again = (await api.getAnnotations(article))!;
    assert.deepEqual(
      person(again, 'Kaisa Virtanen')?.mentions.map((m) => m.text),
      ['Kaisa Virtanen'],
      'only that mention is gone',
    );
  });

  it('Not an Organisation at the cursor, and Not a Country from a Countries item', async () => {
    cursorAt('Baltic Star');
    const c1 = await exec<Correction>('newsAnnotator.notAnOrganization');
    assert.equal(c1?.kind, 'not-organization');
    assert.equal(org((await api.getAnnotations(article))!, 'Baltic Star'), undefined);

    const roots = await api.getTreeItems(article);
    const estonia = group(roots, 'Countries')!.children.find((c) => c.entity === 'EE');
    assert.ok(estonia);
    const c2 = await exec<Correction[]>('newsAnnotator.notACountry', estonia);
    assert.deepEqual(
      c2?.map((c) => [c.kind, c.target.text]),
      [['not-country', 'Estonia']],
    );
    const after = (await api.getAnnotations(article))!;
    assert.equal(country(after, 'EE'), undefined);
    assert.ok(country(after, 'FI'), 'Finland stays');
  });

  it('Set Speaker and Not a Quote from a quote item of the News view', async () => {
    const roots = await api.getTreeItems(article);
    const quotes = group(roots, 'Quotes')!.children;
    const motto = quotes.find((q) => q.label.includes('Sea, salt, home'));
    const crews = quotes.find((q) => q.label.includes('The crews are waiting'));
    assert.ok(motto && crews);
    await exec('newsAnnotator.setSpeaker', motto, undefined, 'Harbour Board', 'organization');
    await exec('newsAnnotator.notAQuote', crews);
    const after = (await api.getAnnotations(article))!;
    assert.equal(after.quotes.find((q) => q.text.includes('Sea, salt, home'))?.speaker, org(after, 'Harbour Board')?.id);
    assert.equal(
      after.quotes.find((q) => q.text.includes('The crews are waiting')),
      undefined,
    );
  });

  it('Merge People: one person takes the other one’s mentions and quotes', async () => {
    const before = (await api.getAnnotations(article))!;
    const virtanen = person(before, 'Kaisa Virtanen')!;
    const kask = person(before, 'Mart Kask')!;
    const kaskQuotes = before.quotes.filter((q) => q.speaker === kask.id).length;
    const correction = await exec<Correction>('newsAnnotator.mergePeople', article, kask.id, virtanen.id);
    assert.equal(correction?.kind, 'merge-people');
    const after = (await api.getAnnotations(article))!;
    assert.equal(person(after, 'Mart Kask'), undefined);
    const merged = person(after, 'Kaisa Virtanen')!;
    assert.ok(merged.mentions.some((m) => m.text === 'Mart Kask'));
    assert.equal(after.quotes.filter((q) => q.speaker === merged.id).length, before.quotes.filter((q) => q.speaker === virtanen.id).length + kaskQuotes);
  });

  it('lists the corrections in the News view and removes one from there (undo)', async () => {
    const s = span('Jordan Reyes');
    await exec('newsAnnotator.markPerson', article, s.start, s.end, 'Jordan Reyes');
    cursorAt('Baltic Star');
    await exec('newsAnnotator.notAnOrganization');
    const roots = await api.getTreeItems(article);
    const fixes = group(roots, 'Corrections');
    assert.ok(fixes, 'a Corrections group');
    assert.equal(fixes.description, '2');
    assert.deepEqual(
      fixes.children.map((c) => [c.label, c.contextValue]),
      [
        ['“Jordan Reyes” is a person', 'correction'],
        ['“Baltic Star” is not an organisation', 'correction'],
      ],
    );
    assert.match(fixes.children[0].description ?? '', /^line \d+$/);

    assert.equal(await exec('newsAnnotator.removeCorrection', fixes.children[0]), true);
    assert.deepEqual(
      (await readSidecar(article)).corrections.map((c) => c.kind),
      ['not-organization'],
    );
    const after = (await api.getAnnotations(article))!;
    assert.equal(person(after, 'Jordan Reyes'), undefined, 'the person is gone again');
    assert.equal(org(after, 'Baltic Star'), undefined, 'the other correction still applies');
    const left = group(await api.getTreeItems(article), 'Corrections')!;
    assert.equal(left.children.length, 1);
    assert.equal(await exec('newsAnnotator.removeCorrection', article, 'c999'), false, 'an unknown id removes nothing');
  });

  it('the hover of corrected text links to Remove Correction, trusting only that command', async () => {
    const s = span('Jordan Reyes');
    await exec('newsAnnotator.markPerson', article, s.start, s.end, 'Jordan Reyes');
    const { markdown } = await hoverText(document, document.positionAt(s.start + 2));
    const card = markdown.find((m) => m.value.includes('newsAnnotator.removeCorrection'));
    assert.ok(card, 'a card with the link');
    assert.deepEqual(card.isTrusted, { enabledCommands: ['newsAnnotator.removeCorrection'] });
    assert.equal(card.supportHtml, false);
    assert.match(card.value, /“Jordan Reyes” is a person/);
    const link = /\(command:newsAnnotator\.removeCorrection\?([^ )]+)/.exec(card.value);
    assert.ok(link);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    assert.deepEqual(args, [article.toString(), 'c1']);
    assert.equal(await exec('newsAnnotator.removeCorrection', ...args), true);
    assert.deepEqual((await readSidecar(article)).corrections, []);
    assert.equal(person((await api.getAnnotations(article))!, 'Jordan Reyes'), undefined);
  });

  it('escapes the corrected text in the hover', async () => {
    const s = span('Jordan Reyes');
    await exec('newsAnnotator.markPerson', article, s.start, s.end, 'Jo [x](command:workbench.action.quit) <b>');
    const { markdown } = await hoverText(document, document.positionAt(s.start + 2));
    const card = markdown.find((m) => m.value.includes('newsAnnotator.removeCorrection'))!;
    assert.doesNotMatch(card.value, /\]\(command:workbench/);
    assert.doesNotMatch(card.value, /<b>/);
  });

  it('an orphaned correction shows in the News view and the status bar, and can be removed', async () => {
    const kept: Correction = { id: 'c1', kind: 'not-organization', target: { text: 'Baltic Star', before: '', after: '', occurrence: 0 } };
    const gone: Correction = { id: 'c2', kind: 'not-quote', target: { text: '"A sentence that is not in the article."', before: '', after: '', occurrence: 0 } };
    await vscode.workspace.fs.writeFile(sidecarOf(article), encode(JSON.stringify({ version: 1, corrections: [kept, gone] })));
    const state = await waitFor('the corrections from the file', async () => {
      const st = await api.getCorrections(article);
      return st && st.corrections.length === 2 ? st : undefined;
    }, 15000);
    assert.equal(state.corrections[1].orphan?.reason, 'text-not-found');

    const fixes = group(await api.getTreeItems(article), 'Corrections')!;
    assert.equal(fixes.description, '2 · 1 orphaned');
    const orphan = fixes.children.find((c) => c.correction === 'c2')!;
    assert.equal(orphan.contextValue, 'correction.orphaned');
    assert.match(orphan.description ?? '', /orphaned/);
    assert.match(orphan.tooltip ?? '', /is no longer in the article/);

    const status = await waitFor('the warning in the status bar', () => (api.getStatus().orphans === 1 ? api.getStatus() : undefined));
    assert.match(status.text, /\$\(warning\) 1$/);
    assert.equal(status.backgroundColor, 'statusBarItem.warningBackground');
    assert.match(status.tooltip, /1 correction no longer applies/);
    assert.match(status.tooltip, /is no longer in the article/);

    assert.equal(await exec('newsAnnotator.removeCorrection', orphan), true);
    await waitFor('no warning', () => api.getStatus().orphans === 0 && api.getStatus().backgroundColor === undefined);
    assert.deepEqual(
      (await readSidecar(article)).corrections.map((c) => c.id),
      ['c1'],
    );
  });

  it('a correction whose text is edited away becomes orphaned, is kept in the file, and applies again when the text is back', async () => {
    // on a copy of the article, so that the fixture itself is never edited
    const copy = fixtureUri('workflow-ferry-edited.md');
    await vscode.workspace.fs.writeFile(copy, encode(document.getText()));
    try {
      const doc = await vscode.workspace.openTextDocument(copy);
      await vscode.window.showTextDocument(doc, { preview: false });
      const s = span('Jordan Reyes');
      await exec('newsAnnotator.markPerson', copy, s.start, s.end, 'Jordan Reyes');
      const file = await readSidecar(copy);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(copy, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)), 'A dock worker');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the orphan in the status bar', () => api.getStatus().orphans === 1, 15000);
      const fixes = group(await api.getTreeItems(copy), 'Corrections')!;
      assert.equal(fixes.children[0].contextValue, 'correction.orphaned');
      assert.deepEqual(await readSidecar(copy), file, 'the file keeps the correction');

      const back = new vscode.WorkspaceEdit();
      back.replace(copy, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.start + 'A dock worker'.length)), 'Jordan Reyes');
      assert.ok(await vscode.workspace.applyEdit(back));
      await waitFor('the correction applies again', async () => {
        const a = await api.getAnnotations(copy);
        return a && person(a, 'Jordan Reyes') && api.getStatus().orphans === 0;
      }, 15000);
      await doc.save();
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [copy, sidecarOf(copy)]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('an invalid corrections file is shown in the Corrections group', async () => {
    await vscode.workspace.fs.writeFile(sidecarOf(article), encode('{ "version": 1, '));
    const state = await waitFor('the invalid file', async () => {
      const st = await api.getCorrections(article);
      return st?.error ? st : undefined;
    }, 15000);
    assert.match(state.error!, /not valid JSON/);
    const fixes = group(await api.getTreeItems(article), 'Corrections')!;
    assert.equal(fixes.children[0].contextValue, 'correctionsError');
    assert.match(fixes.children[0].label, /workflow-ferry\.md\.news\.json is not used/);
    assert.equal(await exec('newsAnnotator.notAnOrganization', article, span('Baltic Star').start + 1), undefined, 'nothing is added to an invalid file');
  });
});
