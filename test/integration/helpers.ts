/** Helpers shared by the integration tests (they run inside the real extension host). */
import * as vscode from 'vscode';
import type { Annotations } from '../../src/core/model';

export const EXTENSION_ID = 'news-annotator.news-annotator';

/** The API object the extension's activate() returns. */
export interface NewsAnnotatorApi {
  getAnnotations(uri: vscode.Uri): Promise<Annotations | undefined>;
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The workspace folder holding the fixture articles (test/fixtures/articles). */
export function fixturesFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open: the runner must open test/fixtures/articles');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(fixturesFolder(), name);
}

/** Opens a fixture article in an editor and returns that editor. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc);
}

/** Waits until the extension is active and returns its API. */
export async function activeApi(timeoutMs = 15000): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive, timeoutMs);
  return ext.exports;
}
