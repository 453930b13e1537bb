import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as vscode from 'vscode';
import { exportJson } from '../../src/core/export/json';
import type { Annotations, TextSpan } from '../../src/core/model';
import { EXTENSION_ID } from './helpers';
import { MODELS, closeAllEditors, editorApi, openEditorFixture, restoreCore, span, summitModel, useModels, waitFor, type NewsAnnotatorApi } from './editor-support';

const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);

describe('editor: commands', () => {
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
    useModels(api, MODELS);
  });
  after(async () => {
    restoreCore(api);
    await closeAllEditors();
  });

  async function summit(): Promise<{ editor: vscode.TextEditor; model: Annotations }> {
    const editor = await openEditorFixture('editor-summit.md');
    await api.getAnnotations(editor.document.uri);
    return { editor, model: summitModel(editor.document.getText()) };
  }

  const at = (editor: vscode.TextEditor, offset: number) => {
    const p = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(p, p);
  };
  const cursor = (editor: vscode.TextEditor) => editor.document.offsetAt(editor.selection.active);

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: { command: string }[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    for (const { command } of contributed) assert.ok(registered.has(command), command);
  });

  it('Annotate Document annotates now and returns the annotations', async () => {
    const { model } = await summit();
    const result = await exec<Annotations>('newsAnnotator.annotateDocument');
    assert.deepEqual(result, model);
  });

  it('Next / Previous Quote move through the quotes and wrap around', async () => {
    const { editor, model } = await summit();
    at(editor, 0);
    const starts = model.quotes.map((q) => q.start);
    assert.equal(await exec('newsAnnotator.nextQuote'), 'q1');
    assert.equal(cursor(editor), starts[0]);
    assert.equal(await exec('newsAnnotator.nextQuote'), 'q2');
    assert.equal(cursor(editor), starts[1]);
    assert.equal(await exec('newsAnnotator.previousQuote'), 'q1');
    assert.equal(await exec('newsAnnotator.previousQuote'), 'q4', 'wraps to the last quote');
    assert.equal(await exec('newsAnnotator.nextQuote'), 'q1', 'wraps to the first quote');
  });

  it("Go to Speaker's Quotes: a quick pick of the speaker's quotes", async () => {
    const { editor, model } = await summit();
    at(editor, 0);
    const picked = exec<string | undefined>('newsAnnotator.goToSpeakerQuotes', editor.document.uri, 'p2');
    await new Promise((r) => setTimeout(r, 500));
    await exec('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await picked, 'q2');
    const q2 = model.quotes[1];
    assert.deepEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [q2.start, q2.end]);
  });

  it("Go to Speaker's Quotes from the palette: speaker, then quote", async () => {
    const { editor } = await summit();
    const picked = exec<string | undefined>('newsAnnotator.goToSpeakerQuotes');
    await new Promise((r) => setTimeout(r, 500));
    await exec('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((r) => setTimeout(r, 500));
    await exec('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await picked, 'q1');
    assert.ok(vscode.window.activeTextEditor?.document === editor.document);
  });

  it('Copy Quote with Attribution: “…” — Name, Role (given, or at the cursor)', async () => {
    const { editor } = await summit();
    const text = await exec<string>('newsAnnotator.copyQuoteWithAttribution', editor.document.uri, 'q1');
    assert.equal(text, '“We have agreed to reopen the ferry link by spring” — Lena Hartmann, Foreign Minister');
    let clipboard: string | undefined;
    try {
      clipboard = await vscode.env.clipboard.readText();
    } catch {
      clipboard = undefined; // a browser without clipboard permission
    }
    if (clipboard) assert.equal(clipboard, text);
    at(editor, span(editor.document.getText(), 'keep its word').start);
    assert.equal(await exec('newsAnnotator.copyQuoteWithAttribution'), '“Hungary will keep its word.” — Tomas Varga, Prime Minister');
  });

  it('Export Annotations writes the JSON record of the command line', async () => {
    const { editor, model } = await summit();
    const target = vscode.Uri.joinPath(vscode.Uri.file(tmpdir()), `editor-export-${Date.now()}.json`);
    const written = await exec<vscode.Uri>('newsAnnotator.exportAnnotations', editor.document.uri, target);
    assert.equal(written?.toString(), target.toString());
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.match(json.file, /editor-summit\.md$/);
    assert.deepEqual(json, JSON.parse(exportJson(json.file, editor.document.getText(), model)));
    assert.deepEqual(
      json.quotes.map((q: { speaker: string }) => q.speaker),
      ['p1', 'p2', 'p2', 'p1'],
    );
    await vscode.workspace.fs.delete(target);
  });

  it('Go to Next Mention walks through a person’s mentions and a country’s mentions and metonyms', async () => {
    const { editor, model } = await summit();
    at(editor, 0);
    const m1 = await exec<TextSpan>('newsAnnotator.nextMention', editor.document.uri, 'p1');
    assert.equal(m1.start, model.people[0].mentions[0].start);
    const m2 = await exec<TextSpan>('newsAnnotator.nextMention', editor.document.uri, 'p1');
    assert.equal(m2.start, model.people[0].mentions[1].start);
    at(editor, 0);
    const c1 = await exec<TextSpan>('newsAnnotator.nextMention', editor.document.uri, 'DE');
    const c2 = await exec<TextSpan>('newsAnnotator.nextMention', editor.document.uri, 'DE');
    assert.deepEqual([c1.text, c2.text], ['Germany', 'Berlin']);
  });

  it('the News view context menu: copy a quote, go to a speaker’s next mention', async () => {
    const { editor, model } = await summit();
    const roots = await api.getTreeItems(editor.document.uri);
    const speaker = roots[0].children[1];
    const quoteItem = speaker.children[0];
    assert.equal(await exec('newsAnnotator.copyQuoteWithAttribution', quoteItem), '“a fair compromise for both sides.” — Tomas Varga, Prime Minister');
    at(editor, 0);
    const next = await exec<TextSpan>('newsAnnotator.nextMention', speaker);
    assert.equal(next.start, model.people[1].mentions[0].start);
  });

  it('hover links reveal a range', async () => {
    const { editor, model } = await summit();
    const q = model.quotes[3];
    await exec('newsAnnotator.reveal', editor.document.uri.toString(), q.start, q.end);
    await waitFor('the selection', () => editor.document.offsetAt(editor.selection.start) === q.start && editor.document.offsetAt(editor.selection.end) === q.end);
  });
});
