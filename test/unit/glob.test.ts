import assert from 'node:assert/strict';
import { firstMatch, globToRegExp, matchesGlob } from '../../src/core/glob';

describe('glob', () => {
  const cases: [string, string, boolean][] = [
    ['*.md', 'a.md', true],
    ['*.md', 'news/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'news/2024/a.md', true],
    ['**/CHANGELOG.md', 'CHANGELOG.md', true],
    ['**/CHANGELOG.md', 'docs/CHANGELOG.md', true],
    ['**/CHANGELOG.md', 'docs/MY-CHANGELOG.md', false],
    ['drafts/**', 'drafts/a.md', true],
    ['drafts/**', 'drafts/x/y/a.md', true],
    ['drafts/**', 'news/drafts/a.md', false],
    ['**/drafts/**', 'news/drafts/a.md', true],
    ['**/node_modules/**', 'node_modules/pkg/README.md', true],
    ['news/*/a.md', 'news/2024/a.md', true],
    ['news/*/a.md', 'news/2024/05/a.md', false],
    ['news/**/a.md', 'news/a.md', true],
    ['a?.md', 'ab.md', true],
    ['a?.md', 'a/.md', false],
    ['*.{md,markdown}', 'a.markdown', true],
    ['*.{md,markdown}', 'a.txt', false],
    ['{news,drafts/{2023,2024}}/*.md', 'drafts/2024/a.md', true],
    ['{news,drafts/{2023,2024}}/*.md', 'drafts/2022/a.md', false],
    ['[ab].md', 'b.md', true],
    ['[!ab].md', 'b.md', false],
    ['[!ab].md', 'c.md', true],
    ['a.md', 'aXmd', false],
    ['(x)+.md', '(x)+.md', true],
    ['{a', '{a', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(matchesGlob(path, glob), expected);
    });
  }

  it('anchors the whole path and treats backslashes in the pattern as slashes', () => {
    assert.equal(globToRegExp('news\\*.md').test('news/a.md'), true);
    assert.equal(matchesGlob('x/news/a.md', 'news/*.md'), false);
  });

  it('firstMatch tries the workspace-relative path, then the absolute one', () => {
    assert.equal(firstMatch(['drafts/**', '**/old/**'], 'drafts/a.md', '/w/drafts/a.md'), 'drafts/**');
    assert.equal(firstMatch(['/w/archive/**'], 'archive/a.md', '/w/archive/a.md'), '/w/archive/**');
    assert.equal(firstMatch(['drafts/**'], 'news/a.md', '/w/news/a.md'), undefined);
  });
});
