import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateArticle, readSidecarFor, writeFileAtomic } from '../../src/cli/files';

describe('CLI file helpers', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotator-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writeFileAtomic creates and replaces a file and leaves no temporary file', () => {
    const f = join(dir, 'a.md.news.json');
    writeFileAtomic(f, 'one');
    writeFileAtomic(f, 'two “ü”');
    assert.equal(readFileSync(f, 'utf8'), 'two “ü”');
    assert.deepEqual(readdirSync(dir), ['a.md.news.json']);
  });

  it('writeFileAtomic throws when it cannot write, leaving the old file and no temporary file', function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip();
    const f = join(dir, 'keep.json');
    writeFileSync(f, 'old');
    chmodSync(dir, 0o500);
    try {
      assert.throws(() => writeFileAtomic(f, 'new'));
    } finally {
      chmodSync(dir, 0o700);
    }
    assert.equal(readFileSync(f, 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['keep.json']);
  });

  it('writeFileAtomic throws for a folder that does not exist, or a target that is a folder, and cleans up', () => {
    assert.throws(() => writeFileAtomic(join(dir, 'no-such-folder', 'x.json'), 'x'), /ENOENT/);
    const folder = join(dir, 'target');
    writeFileAtomic(join(dir, 'ok.json'), '1');
    mkdirSync(folder);
    assert.throws(() => writeFileAtomic(folder, 'x'));
    assert.deepEqual(readdirSync(dir).sort(), ['ok.json', 'target']);
  });

  it('readSidecarFor: none, corrections, or a clear error', () => {
    const article = join(dir, 'a.md');
    writeFileSync(article, 'Text.');
    assert.deepEqual(readSidecarFor(article), { none: true });
    writeFileSync(`${article}.news.json`, '{"version":1,"corrections":[]}');
    assert.deepEqual(readSidecarFor(article), { corrections: [] });
    writeFileSync(`${article}.news.json`, '[1,2');
    const bad = readSidecarFor(article);
    assert.ok('error' in bad && /^not valid JSON/.test(bad.error));
    const messages: string[] = [];
    const r = annotateArticle(article, 'Mayor Ana Lopes said: “Yes.”', (s) => messages.push(s));
    assert.equal(r.ok, false);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /a\.md\.news\.json: not valid JSON.*; .*a\.md is annotated without its corrections\n$/);
  });
});
