import assert from 'node:assert/strict';
import { withoutImages } from '../../scripts/vscode/package-vsix';

describe('the README packaged in the .vsix', () => {
  it('says in words what each relative screenshot shows', () => {
    const md = '# Title\n\n![The hover card](docs/tour/2-hover.png)\n\nText with a [link](https://example.org).\n';
    assert.equal(withoutImages(md), '# Title\n\n*Screenshot: The hover card.*\n\nText with a [link](https://example.org).\n');
  });

  it('keeps images with an absolute address', () => {
    const md = '![Badge](https://example.org/badge.png)';
    assert.equal(withoutImages(md), md);
  });
});
