import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate } from '../../src/core/annotate';
import { EXTENSION_ID } from './helpers';
import { annotated, closeAllEditors, editorApi, editorFixture, restoreCore, setSetting, waitFor, type NewsAnnotatorApi } from './editor-support';

/** The longest time the extension host's event loop was blocked while `work` ran. */
async function maxBlockedMs(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(max, performance.now() - last);
}

/** Waits until the host's event loop has run `quietMs` without a gap longer than `gapMs`. */
async function settled(quietMs: number, gapMs: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let last = performance.now();
  let quietSince = last;
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
    const now = performance.now();
    if (now - last > gapMs) quietSince = now;
    last = now;
    if (now - quietSince >= quietMs) return;
  }
}

async function workerBuilt(): Promise<boolean> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'worker.js'));
    return true;
  } catch {
    return false;
  }
}

describe('editor: annotating off the extension host thread', () => {
  let api: NewsAnnotatorApi;
  let article: string;

  before(async () => {
    api = await editorApi();
    restoreCore(api);
    article = new TextDecoder().decode(await vscode.workspace.fs.readFile(editorFixture('editor-summit.md')));
  });
  after(closeAllEditors);

  it('runs the core in a worker thread when the worker is built', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: article });
    await vscode.window.showTextDocument(document);
    const annotations = await api.getAnnotations(document.uri);
    assert.deepEqual(annotations, annotate(article));
    assert.equal(api.getAnnotationThread(), (await workerBuilt()) ? 'worker' : 'host');
  });

  it('a 250 KB article is annotated without blocking the extension host, and typing in it stays current', async function () {
    if (!(await workerBuilt())) this.skip();
    this.timeout(180000);
    const body = article.replace(/^# .*\n/, '');
    const text = '# A Long Day of Talks\n' + body.repeat(Math.ceil(250_000 / body.length));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(document);
    const t0 = performance.now();
    const ready = api.getAnnotations(document.uri);
    // let VS Code's own Markdown support finish with the new document; the worker runs meanwhile
    await settled(500, 50, 3000);
    // how busy the host is anyway (other extensions, a loaded machine), while only the worker works
    const noise = await maxBlockedMs(() => new Promise((r) => setTimeout(r, 1000)));
    const measuredWhilePending = api.getState(document.uri).kind === 'pending';
    let annotations: Awaited<ReturnType<NewsAnnotatorApi['getAnnotations']>>;
    const blocked = await maxBlockedMs(async () => {
      annotations = await ready;
      await waitFor('decorations', () => annotations && api.getDecorations(document.uri).quote.length === annotations.quotes.length, 120000);
    });
    const took = performance.now() - t0;
    console.log(
      `      ${(text.length / 1000).toFixed(0)} KB (${annotations!.quotes.length} quotes): annotated and decorated in ${took.toFixed(0)} ms; ` +
        `the host was blocked for at most ${blocked.toFixed(0)} ms (${noise.toFixed(0)} ms while only the worker worked)`,
    );
    assert.ok(annotations);
    if (measuredWhilePending && noise < 50) {
      // about 30 ms per stretch on a quiet machine; the bound leaves room for a shared one
      assert.ok(blocked < 200, `blocked for ${blocked.toFixed(0)} ms`);
    } else {
      console.log('      (the host was too busy, or the worker too quick, to judge the blocking)');
    }

    const last = annotated(api, document, (a) => a.quotes.some((q) => q.text.includes('ferry link by early spring')), 150000);
    const at = document.getText().indexOf('by spring');
    for (const piece of ['e', 'a', 'r', 'l', 'y', ' ']) {
      const offset = at + 3 + ['e', 'a', 'r', 'l', 'y', ' '].slice(0, ['e', 'a', 'r', 'l', 'y', ' '].indexOf(piece)).join('').length;
      await editor.edit((b) => b.insert(document.positionAt(offset), piece));
    }
    const after = await last;
    assert.equal(after.quotes.length, annotations!.quotes.length);
  });
  it('newsAnnotator.splitArticles: "always" reads a file of two stories story by story, and the view follows the setting', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(editorFixture('editor-two-stories.md')));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document);
    const strike = (a: { quotes: { text: string; speaker: string | null }[] }) => a.quotes.find((q) => q.text.includes('strike is over'))!;
    const whole = (await api.getAnnotations(document.uri))!;
    assert.equal(whole.people.find((p) => p.id === strike(whole).speaker)?.name, 'Lena Varga', 'a short file is one article by default');
    const split = annotated(api, document, (a) => strike(a)?.speaker === null);
    await setSetting('newsAnnotator.splitArticles', 'always');
    try {
      assert.deepEqual(await split, annotate(text, { splitArticlesFrom: 0 }));
    } finally {
      const back = annotated(api, document, (a) => strike(a)?.speaker !== null);
      await setSetting('newsAnnotator.splitArticles', undefined);
      await back;
    }
  });
});
