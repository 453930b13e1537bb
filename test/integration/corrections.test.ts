import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Correction, Sidecar } from '../../src/core/corrections-model';
import type { Annotations, Quote } from '../../src/core/model';
import { closeAllEditors, editorApi, restoreCore, waitFor, type NewsAnnotatorApi } from './editor-support';
import { fixtureUri } from './helpers';

const exec = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: uri.path + '.news.json' });

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

const quoteWith = (a: Annotations, words: string): Quote | undefined => a.quotes.find((q) => q.text.includes(words));
const speakerName = (a: Annotations, q: Quote | undefined) => [...a.people, ...a.organizations].find((e) => e.id === q?.speaker)?.name;

describe('editor: corrections', () => {
  const article = fixtureUri('corrections-council.md');
  const corrupt = fixtureUri('corrections-corrupt.md');
  const created = [sidecarOf(article), sidecarOf(corrupt)];
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
    restoreCore(api);
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });
  after(async () => {
    await closeAllEditors();
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  async function open(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; annotations: Annotations }> {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    const annotations = await api.getAnnotations(uri);
    assert.ok(annotations, 'the article is annotated');
    return { document, annotations };
  }

  it('contributes both commands in the News category', () => {
    const contributed: { command: string; title: string; category?: string }[] = vscode.extensions.getExtension('news-annotator.news-annotator')!.packageJSON.contributes.commands;
    for (const [id, title] of [
      ['newsAnnotator.setSpeaker', 'Set Speaker of This Quote'],
      ['newsAnnotator.notAQuote', 'Not a Quote'],
    ]) {
      const c = contributed.find((x) => x.command === id);
      assert.equal(c?.title, title);
      assert.equal(c?.category, 'News');
    }
  });

  it('Set Speaker of This Quote writes the sidecar and the annotations show the new speaker', async () => {
    const { document, annotations } = await open(article);
    const quote = quoteWith(annotations, 'change how students travel');
    assert.ok(quote);
    assert.equal(speakerName(annotations, quote), 'Petra Novak', 'detected speaker before the correction');

    const correction = await exec<Correction>('newsAnnotator.setSpeaker', article, quote.start + 3, 'Jana Horak', 'person');
    assert.equal(correction?.kind, 'set-speaker');

    const after = await api.getAnnotations(article);
    assert.ok(after);
    assert.equal(speakerName(after, quoteWith(after, 'change how students travel')), 'Jana Horak');
    assert.ok(after.people.some((p) => p.name === 'Jana Horak'));

    assert.ok(await exists(sidecarOf(article)), 'the sidecar is created beside the article');
    const sidecar = JSON.parse(await readText(sidecarOf(article))) as Sidecar;
    assert.equal(sidecar.version, 1);
    assert.equal(sidecar.corrections.length, 1);
    assert.deepEqual(sidecar.corrections[0], correction);
    assert.equal(sidecar.corrections[0].target.text, document.getText().slice(quote.start, quote.end));
  });

  it('uses the cursor when no offset is given, and an organisation as the speaker', async () => {
    const { document, annotations } = await open(article);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document)!;
    const quote = quoteWith(annotations, 'change how students travel')!;
    const p = document.positionAt(quote.start + 5);
    editor.selection = new vscode.Selection(p, p);
    const correction = await exec<Correction>('newsAnnotator.setSpeaker', undefined, undefined, 'Brno City Council', 'organization');
    assert.deepEqual(correction && 'speaker' in correction ? correction.speaker : undefined, { name: 'Brno City Council', type: 'organization' });
    const after = (await api.getAnnotations(article))!;
    assert.equal(speakerName(after, quoteWith(after, 'change how students travel')), 'Brno City Council');
    const sidecar = JSON.parse(await readText(sidecarOf(article))) as Sidecar;
    assert.equal(sidecar.corrections.length, 1, 'the newer speaker replaces the earlier correction of the same quote');
  });

  it('Not a Quote removes the quote and adds to the same sidecar', async () => {
    const { annotations } = await open(article);
    const quote = quoteWith(annotations, 'The budget does not add up');
    assert.ok(quote);
    const correction = await exec<Correction>('newsAnnotator.notAQuote', article, quote.start + 1);
    assert.equal(correction?.kind, 'not-quote');
    const after = (await api.getAnnotations(article))!;
    assert.equal(quoteWith(after, 'The budget does not add up'), undefined, 'the quote is gone');
    assert.ok(quoteWith(after, 'change how students travel'), 'the other quote stays');
    const sidecar = JSON.parse(await readText(sidecarOf(article))) as Sidecar;
    assert.deepEqual(
      sidecar.corrections.map((c) => c.kind),
      ['set-speaker', 'not-quote'],
    );
  });

  it('returns undefined and writes nothing when the offset is not in a quote', async () => {
    await open(article);
    const before = await readText(sidecarOf(article));
    assert.equal(await exec('newsAnnotator.notAQuote', article, 5), undefined);
    assert.equal(await readText(sidecarOf(article)), before);
  });

  it('annotates again when the sidecar changes on disk', async () => {
    const { document } = await open(article);
    await vscode.workspace.fs.delete(sidecarOf(article));
    await waitFor(
      'the annotations without corrections',
      async () => {
        const a = await api.getAnnotations(document.uri);
        return a && quoteWith(a, 'The budget does not add up') && speakerName(a, quoteWith(a, 'change how students travel')) === 'Petra Novak';
      },
      15000,
    );
  });

  it('a corrupt sidecar: annotations still come without corrections, and the file is left unchanged', async () => {
    const bad = '{ "version": 1, "corrections": [ { "id": "c1", "kind": "not-quote" ';
    await vscode.workspace.fs.writeFile(sidecarOf(corrupt), new TextEncoder().encode(bad));
    const { annotations } = await open(corrupt);
    const quote = quoteWith(annotations, 'The budget does not add up');
    assert.ok(quote, 'the detected quotes are there');
    assert.equal(speakerName(annotations, quote), 'Tomas Dvorak');

    assert.equal(await exec('newsAnnotator.notAQuote', corrupt, quote.start + 1), undefined, 'no correction is added to an invalid file');
    assert.equal(await exec('newsAnnotator.setSpeaker', corrupt, quote.start + 1, 'Jana Horak', 'person'), undefined);
    assert.equal(await readText(sidecarOf(corrupt)), bad, 'the corrupt file is unchanged');
    const again = (await api.getAnnotations(corrupt))!;
    assert.ok(quoteWith(again, 'The budget does not add up'));
  });

  it('a sidecar of the wrong schema is treated the same way', async () => {
    const wrong = JSON.stringify({ version: 2, corrections: [] });
    await vscode.workspace.fs.writeFile(sidecarOf(corrupt), new TextEncoder().encode(wrong));
    const { annotations } = await open(corrupt);
    assert.ok(quoteWith(annotations, 'The budget does not add up'));
    assert.equal(await exec('newsAnnotator.notAQuote', corrupt, quoteWith(annotations, 'The budget does not add up')!.start + 1), undefined);
    assert.equal(await readText(sidecarOf(corrupt)), wrong);
  });
});
