import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activeApi, fixtureUri, openFixture, waitFor } from './helpers';

describe('smoke: the extension in a real VS Code', () => {
  it('is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} not found`);
  });

  it('activates when a Markdown article is opened', async () => {
    const editor = await openFixture('harbour-talks.md');
    assert.equal(editor.document.languageId, 'markdown');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('activation', () => ext.isActive, 15000);
  });

  it('returns the annotations of an opened article through its API', async () => {
    await openFixture('harbour-talks.md');
    const api = await activeApi();
    assert.equal(typeof api?.getAnnotations, 'function', 'activate() must return an API with getAnnotations(uri)');
    const ann = await api.getAnnotations(fixtureUri('harbour-talks.md'));
    assert.ok(ann, 'getAnnotations returned undefined for an open article');
    const people = ann.people.map((p) => p.name);
    assert.ok(people.includes('Marta Quintela'), `people: ${JSON.stringify(people)}`);
    const countries = ann.countries.map((c) => c.code);
    for (const code of ['PT', 'MA']) assert.ok(countries.includes(code), `countries: ${JSON.stringify(countries)}`);
    assert.ok(ann.quotes.length >= 3, `quotes: ${ann.quotes.length}`);
  });
});
