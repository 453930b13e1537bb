import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate } from '../../src/core/annotate';
import type { WorkspaceItemData } from '../../src/extension/api';
import type { WorkspaceReport } from '../../src/extension/workspaceIndex';
import { closeAllEditors, editorApi, restoreCore, setSetting, waitFor, type NewsAnnotatorApi } from './editor-support';
import { EXTENSION_ID, fixtureUri } from './helpers';

const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);
const encode = (s: string) => new TextEncoder().encode(s);

const VALLEY = '# Valley vote\n\n“The valley will decide,” said Ana Lopes, the mayor of Porto.\n\nPortugal and Spain share the river.\n';
const HEARING = '# Dam hearing\n\n“We will not sign yet,” ANA LOPES told the hearing.\n\nÁna Lopes said later: “Spain must wait.”\n';
const HARBOUR = '# Harbour\n\n“Cranes arrive on Monday,” said Omar Haddad, the port chief.\n\nMorocco welcomed the plan.\n';

const group = (roots: WorkspaceItemData[], label: string) => roots.find((r) => r.label === label);
const names = (items: WorkspaceItemData[] | undefined) => (items ?? []).map((i) => i.label);

describe('editor: workspace view (Annotate Workspace)', function () {
  const scratch = fixtureUri('ws-scratch');
  const file = (name: string) => vscode.Uri.joinPath(scratch, name);
  let api: NewsAnnotatorApi;

  const speakers = () => group(api.getWorkspaceTree(), 'Speakers')?.children ?? [];
  const countries = () => group(api.getWorkspaceTree(), 'Countries')?.children ?? [];
  const lopes = () => speakers().find((s) => /^[AÁ]na Lopes$/i.test(s.label));

  before(async () => {
    api = await editorApi();
    restoreCore(api);
    await vscode.workspace.fs.delete(scratch, { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.createDirectory(scratch);
    await vscode.workspace.fs.writeFile(file('valley.md'), encode(VALLEY));
    await vscode.workspace.fs.writeFile(file('hearing.md'), encode(HEARING));
  });
  after(async () => {
    await exec('newsAnnotator.clearWorkspaceFilter');
    await setSetting('newsAnnotator.exclude', undefined);
    await setSetting('newsAnnotator.maxDocumentSizeKB', undefined);
    await closeAllEditors();
    await vscode.workspace.fs.delete(scratch, { recursive: true }).then(undefined, () => undefined);
  });

  it('contributes the view, its commands and its welcome', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes;
    assert.ok((pkg.views.newsAnnotator as { id: string }[]).some((v) => v.id === 'newsAnnotator.workspace'));
    for (const id of ['newsAnnotator.annotateWorkspace', 'newsAnnotator.filterWorkspace', 'newsAnnotator.clearWorkspaceFilter']) {
      assert.ok((pkg.commands as { command: string }[]).some((c) => c.command === id), id);
      assert.ok((pkg.menus['view/title'] as { command: string; when: string }[]).some((m) => m.command === id && m.when.includes('view == newsAnnotator.workspace')), id);
    }
    assert.ok((pkg.viewsWelcome as { view: string; contents: string }[]).some((w) => w.view === 'newsAnnotator.workspace' && w.contents.includes('command:newsAnnotator.annotateWorkspace')));
  });

  it('annotates every Markdown file of the workspace and merges speakers by name across articles', async () => {
    const report = await exec<WorkspaceReport>('newsAnnotator.annotateWorkspace');
    assert.ok(report, 'a report');
    assert.equal(report.cancelled, false);
    const info = api.getWorkspaceInfo();
    assert.equal(info.annotated, true);
    for (const f of ['ws-scratch/valley.md', 'ws-scratch/hearing.md', 'workflow-ferry.md', 'harbour-talks.md', 'river-dam.md']) assert.ok(info.articles.includes(f), `${f} is indexed`);
    assert.equal(report.articles, info.articles.length);
    assert.match(info.description ?? '', new RegExp(`^${info.articles.length} articles$`));

    const ana = lopes();
    assert.ok(ana, `one speaker for Ana Lopes / ANA LOPES / Ána Lopes, got ${names(speakers()).join(', ')}`);
    assert.equal(speakers().filter((s) => /ana lopes/i.test(s.label.normalize('NFKD').replace(/\p{M}/gu, ''))).length, 1);
    assert.equal(ana.description, '3 quotes · 2 articles');
    assert.deepEqual(names(ana.children).sort(), ['hearing.md', 'valley.md']);
    const hearing = ana.children.find((a) => a.label === 'hearing.md')!;
    assert.equal(hearing.description, 'ws-scratch · 2 quotes');
    assert.equal(hearing.children.length, 2);

    const spain = countries().find((c) => c.label.endsWith('Spain'));
    assert.ok(spain);
    assert.match(spain.description ?? '', /^\d+ mentions? · \d+ articles?$/);
    assert.ok(spain.children.some((a) => a.file === 'ws-scratch/valley.md'));
    assert.ok(spain.children.some((a) => a.file === 'ws-scratch/hearing.md'));
  });

  it('a quote item opens its article at the quote', async () => {
    const quote = lopes()!.children.find((a) => a.label === 'valley.md')!.children[0];
    assert.equal(quote.kind, 'quote');
    assert.ok(quote.command);
    await exec(quote.command.command, ...quote.command.arguments);
    const editor = await waitFor('the article in an editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('/ws-scratch/valley.md') ? e : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), '“The valley will decide,”');
    await closeAllEditors();
  });

  it('follows a changed, a new and a deleted file, annotating only that file', async () => {
    const before = api.getWorkspaceInfo().updates;
    // the core as usual, counting what it is asked to annotate
    const texts: string[] = [];
    api.setAnnotator!(async (text, _token, options) => {
      texts.push(text);
      return annotate(text, options ?? {});
    });
    try {
      await vscode.workspace.fs.writeFile(file('harbour.md'), encode(HARBOUR));
      await waitFor('the new article', () => speakers().some((s) => s.label === 'Omar Haddad'), 15000);
      assert.deepEqual(texts, [HARBOUR], 'only the new file is annotated');
    } finally {
      restoreCore(api);
    }
    assert.ok(api.getWorkspaceInfo().articles.includes('ws-scratch/harbour.md'));
    assert.ok(countries().some((c) => c.label.endsWith('Morocco')));
    assert.ok(api.getWorkspaceInfo().updates > before);

    await vscode.workspace.fs.writeFile(file('hearing.md'), encode('# Dam hearing\n\nNobody spoke.\n'));
    await waitFor('Ana Lopes with one article left', () => lopes()?.description === '1 quote · 1 article', 15000);

    await vscode.workspace.fs.delete(file('harbour.md'));
    await waitFor('the deleted article gone', () => !api.getWorkspaceInfo().articles.includes('ws-scratch/harbour.md') && !speakers().some((s) => s.label === 'Omar Haddad'), 15000);
    await vscode.workspace.fs.writeFile(file('hearing.md'), encode(HEARING));
    await waitFor('Ana Lopes back in two articles', () => lopes()?.description === '3 quotes · 2 articles', 15000);
  });

  it('applies each article’s corrections file, and lists articles with orphaned corrections', async () => {
    const sidecar = {
      version: 1,
      corrections: [
        { id: 'c1', kind: 'not-quote', target: { text: '“Spain must wait.”', before: '', after: '', occurrence: 0 } },
        { id: 'c2', kind: 'not-country', target: { text: 'Atlantis', before: '', after: '', occurrence: 0 } },
      ],
    };
    await vscode.workspace.fs.writeFile(file('hearing.md.news.json'), encode(JSON.stringify(sidecar)));
    await waitFor('the corrected article', () => lopes()?.description === '2 quotes · 2 articles', 15000);
    const orphans = group(api.getWorkspaceTree(), 'Orphaned Corrections');
    assert.ok(orphans, 'an Orphaned Corrections group');
    assert.deepEqual(
      orphans.children.map((c) => [c.file, c.description]),
      [['ws-scratch/hearing.md', 'ws-scratch · 1 orphaned correction']],
    );
    await vscode.workspace.fs.delete(file('hearing.md.news.json'));
    await waitFor('the corrections gone', () => lopes()?.description === '3 quotes · 2 articles' && !group(api.getWorkspaceTree(), 'Orphaned Corrections'), 15000);
  });

  it('filters by folder, file or glob, shows the filter in the description, and clears it', async () => {
    assert.equal(await exec('newsAnnotator.filterWorkspace', scratch), 'ws-scratch/**');
    let info = api.getWorkspaceInfo();
    assert.deepEqual(info.shown, ['ws-scratch/hearing.md', 'ws-scratch/valley.md']);
    assert.match(info.description ?? '', /^ws-scratch\/\*\* · 2 of \d+ articles$/);
    assert.ok(lopes());
    assert.ok(!speakers().some((s) => s.label === 'Kaisa Virtanen'), 'articles outside the folder are left out');

    assert.equal(await exec('newsAnnotator.filterWorkspace', file('valley.md')), 'ws-scratch/valley.md');
    assert.equal(lopes()?.description, '1 quote · 1 article');

    await exec('newsAnnotator.filterWorkspace', 'nowhere/**');
    info = api.getWorkspaceInfo();
    assert.deepEqual(info.shown, []);
    assert.equal(info.message, 'No article matches the filter nowhere/**.');

    await exec('newsAnnotator.clearWorkspaceFilter');
    info = api.getWorkspaceInfo();
    assert.equal(info.filter, undefined);
    assert.equal(info.shown.length, info.articles.length);
    assert.equal(info.message, undefined);
    assert.ok(speakers().some((s) => s.label === 'Kaisa Virtanen'));
  });

  it('respects newsAnnotator.exclude and the size limit', async () => {
    await setSetting('newsAnnotator.exclude', ['**/ws-scratch/**']);
    await waitFor('the excluded folder gone', () => !api.getWorkspaceInfo().articles.some((f) => f.startsWith('ws-scratch/')), 15000);
    let report = await exec<WorkspaceReport>('newsAnnotator.annotateWorkspace');
    assert.ok(report.excluded >= 2, `excluded ${report.excluded}`);
    assert.equal(lopes(), undefined);
    // two new files, one in the excluded folder: once the other is in, the excluded one is known to be left out
    const visible = fixtureUri('ws-visible.md');
    try {
      await vscode.workspace.fs.writeFile(file('late.md'), encode(HARBOUR));
      await vscode.workspace.fs.writeFile(visible, encode(HARBOUR));
      await waitFor('the file outside the excluded folder', () => api.getWorkspaceInfo().articles.includes('ws-visible.md'), 15000);
      assert.ok(!api.getWorkspaceInfo().articles.includes('ws-scratch/late.md'), 'a new file in an excluded folder is not taken');
    } finally {
      await vscode.workspace.fs.delete(file('late.md')).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(visible).then(undefined, () => undefined);
    }
    await setSetting('newsAnnotator.exclude', undefined);
    await waitFor('the folder back', () => api.getWorkspaceInfo().articles.includes('ws-scratch/valley.md'), 15000);

    await vscode.workspace.fs.writeFile(file('long.md'), encode(HARBOUR + '\nMore text. '.repeat(200)));
    await setSetting('newsAnnotator.maxDocumentSizeKB', 1);
    report = await exec<WorkspaceReport>('newsAnnotator.annotateWorkspace');
    assert.ok(report.tooLarge.includes('ws-scratch/long.md'), `too large: ${report.tooLarge.join(', ')}`);
    assert.ok(!api.getWorkspaceInfo().articles.includes('ws-scratch/long.md'));
    assert.ok(api.getWorkspaceInfo().articles.includes('ws-scratch/valley.md'), 'small files are still annotated');
    await setSetting('newsAnnotator.maxDocumentSizeKB', undefined);
    await waitFor('the long file annotated', () => api.getWorkspaceInfo().articles.includes('ws-scratch/long.md'), 15000);
  });
});
