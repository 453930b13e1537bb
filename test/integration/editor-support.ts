/**
 * Support for the editor-feature integration tests: the extension's API, the editor fixtures
 * (test/fixtures/editor-*.md, read from the extension's own folder), and fixed annotation models
 * for them, so that the editor layer is tested against known annotations whatever the detectors
 * currently find. The models are written by hand from the fixture texts; they are test data, not
 * detection.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { countryRecord } from '../../src/core/data/countries';
import type { Annotations, Country, Person, Quote, TextSpan } from '../../src/core/model';
import type { NewsAnnotatorApi } from '../../src/extension/api';
import { EXTENSION_ID, waitFor } from './helpers';

export type { NewsAnnotatorApi };

export async function editorApi(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

export function editorFixture(name: string): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  return vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', name);
}

export async function openEditorFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(editorFixture(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The `nth` occurrence of `needle` in `text`. */
export function span(text: string, needle: string, nth = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture text lacks occurrence ${nth} of ${JSON.stringify(needle)}`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

function country(code: string, mentions: (TextSpan & { form: 'name' | 'abbreviation' | 'demonym' })[], metonyms: TextSpan[]): Country {
  const rec = countryRecord(code);
  assert.ok(rec, `no country record for ${code}`);
  return { code: rec.code, name: rec.name, officialName: rec.officialName, code3: rec.code3, flag: rec.flag, capital: rec.capital, region: rec.region, subregion: rec.subregion, mentions, metonyms };
}

function quote(id: string, s: TextSpan, speaker: string | null, mention: TextSpan | null, cue: TextSpan | null, extra: Partial<Quote> = {}): Quote {
  return { ...s, id, speaker, speakerMention: mention, cue, group: `g${id}`, part: 0, parts: 1, continues: false, nested: [], rule: 'test', ...extra };
}

/** The annotations of editor-summit.md. */
export function summitModel(text: string): Annotations {
  const hartmann: Person = {
    id: 'p1',
    name: 'Lena Hartmann',
    role: 'Foreign Minister',
    country: 'DE',
    gender: 'female',
    mentions: [span(text, 'Lena Hartmann'), span(text, 'Hartmann', 1), span(text, 'Hartmann', 2)],
  };
  const varga: Person = { id: 'p2', name: 'Tomas Varga', role: 'Prime Minister', country: 'HU', gender: 'male', mentions: [span(text, 'Tomas Varga'), span(text, 'Varga', 1)] };
  const q1 = quote('q1', span(text, '“We have agreed to reopen the ferry link by spring,”'), 'p1', span(text, 'Hartmann', 1), span(text, 'said'));
  const q2 = quote('q2', span(text, '“a fair compromise for both sides.”'), 'p2', span(text, 'Varga', 1), span(text, 'told reporters'));
  const q3 = quote('q3', span(text, '“Hungary will keep its word.”'), 'p2', span(text, 'He'), span(text, 'added'));
  const q4 = quote('q4', span(text, '“The ferries will run twice a day.”'), 'p1', span(text, 'Hartmann', 2), span(text, 'said', 1));
  return {
    people: [hartmann, varga],
    countries: [
      country('DE', [{ ...span(text, 'Germany'), form: 'name' }], [span(text, 'Berlin')]),
      country('HU', [{ ...span(text, 'Hungary'), form: 'name' }], [span(text, 'Budapest')]),
    ],
    organizations: [],
    quotes: [q1, q2, q3, q4],
    terms: [span(text, '“overdue.”')],
  };
}

export const INJECTED_NAME = 'Ada <img src=x onerror=alert(1)> [Quill](command:workbench.action.quit)';

/** The annotations of editor-injection.md: a name and a quote full of Markdown, HTML and links. */
export function injectionModel(text: string): Annotations {
  const person: Person = { id: 'p1', name: INJECTED_NAME, role: 'Councillor <script>', country: 'NO', gender: null, mentions: [span(text, INJECTED_NAME), span(text, 'Quill', 1)] };
  const q = span(text, text.slice(text.indexOf('“'), text.indexOf('”') + 1));
  return {
    people: [person],
    countries: [country('NO', [{ ...span(text, 'Norway'), form: 'name' }], [])],
    organizations: [],
    quotes: [quote('q1', q, 'p1', span(text, 'Quill', 1), span(text, 'said'))],
    terms: [],
  };
}

/**
 * A stand-in for the core that follows the text: every “…” is a quote, said by the one person of
 * editor-edits.md whose name or pronoun the fixture uses. It lets the tests edit the document and
 * check that every feature follows.
 */
export function followingModel(text: string): Annotations {
  const mentions: TextSpan[] = [];
  for (const m of text.matchAll(/Mira Okafor|She/g)) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const quotes: Quote[] = [];
  for (const m of text.matchAll(/“[^”\n]*”/g)) {
    const s = { start: m.index, end: m.index + m[0].length, text: m[0] };
    quotes.push(quote(`q${quotes.length + 1}`, s, mentions.length ? 'p1' : null, null, null));
  }
  return {
    people: mentions.length ? [{ id: 'p1', name: 'Mira Okafor', role: 'union leader', country: null, gender: 'female', mentions: mentions.filter((m) => m.text !== 'She') }] : [],
    countries: [],
    organizations: [],
    quotes,
    terms: [],
  };
}

/** Uses `model` for the fixture `name` (and the core for any other text) until `restore` runs. */
export function useModels(api: NewsAnnotatorApi, models: Record<string, (text: string) => Annotations>, calls?: { text: string }[]): void {
  assert.ok(api.setAnnotator, 'setAnnotator is only offered outside production mode');
  api.setAnnotator(async (text) => {
    calls?.push({ text });
    for (const [marker, model] of Object.entries(models)) if (text.includes(marker)) return model(text);
    return { people: [], countries: [], organizations: [], quotes: [], terms: [] };
  });
}

export const MODELS = {
  '# Ministers Agree to Reopen the Ferry Link': summitModel,
  '# Council Hears Petition': injectionModel,
  '# Harbour Pilots Return to Work': followingModel,
};

export function restoreCore(api: NewsAnnotatorApi): void {
  api.setAnnotator?.(undefined);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const [section, ...rest] = key.split('.');
  await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, vscode.ConfigurationTarget.Global);
}

/** Resolves with the next annotation of `document` for which `check` holds. */
export function annotated(api: NewsAnnotatorApi, document: vscode.TextDocument, check: (a: Annotations) => boolean = () => true, timeoutMs = 10000): Promise<Annotations> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no annotation of ${document.uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = api.onDidAnnotate((e) => {
      if (e.document === document && e.version === document.version && check(e.annotations)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(e.annotations);
      }
    });
  });
}

export function offsetOf(document: vscode.TextDocument, needle: string, nth = 0): number {
  return span(document.getText(), needle, nth).start;
}

export function positionOf(document: vscode.TextDocument, needle: string, nth = 0, delta = 1): vscode.Position {
  return document.positionAt(offsetOf(document, needle, nth) + delta);
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<{ hovers: vscode.Hover[]; text: string; markdown: vscode.MarkdownString[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  const markdown = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && c !== null && 'value' in c) as vscode.MarkdownString[];
  return { hovers, text: markdown.map((m) => m.value).join('\n\n'), markdown };
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export { waitFor };
