import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { annotate } from '../../src/core/annotate';
import type { Annotations } from '../../src/core/model';
import { newsAnnotatorPreview } from '../../src/preview/markdown-it-plugin';

function render(src: string, annotations?: Annotations, enabled = true): string {
  const md = new MarkdownIt({ html: true });
  newsAnnotatorPreview(md, { enabled: () => enabled, annotations: annotations ? () => annotations : annotate });
  return md.render(src);
}

const span = (src: string, text: string, from = 0) => {
  const start = src.indexOf(text, from);
  assert.ok(start >= 0, text);
  return { start, end: start + text.length, text };
};

function fixture(src: string): Annotations {
  return {
    people: [{ id: 'p1', name: 'Ana Lopes', role: 'Mayor', country: 'PT', gender: 'female', mentions: [span(src, 'Ana Lopes'), span(src, 'Lopes', src.indexOf('Ana Lopes') + 5)] }],
    countries: [
      {
        code: 'PT', name: 'Portugal', officialName: 'Portuguese Republic', code3: 'PRT', flag: '', capital: 'Lisbon', region: 'Europe', subregion: '',
        mentions: [{ ...span(src, 'Portugal'), form: 'name' }], metonyms: [],
      },
    ],
    organizations: [],
    quotes: [
      {
        ...span(src, '“We will build it in **Portugal**,”'), id: 'q1', speaker: 'p1', speakerMention: span(src, 'Ana Lopes'), cue: span(src, 'said'),
        group: 'g1', part: 0, parts: 1, continues: false, nested: [], rule: 'test',
      },
    ],
    terms: [],
  };
}

describe('Markdown preview plugin', () => {
  const src = '# Plan\n\n“We will build it in **Portugal**,” said Mayor Ana Lopes. Lopes left.\n\n`Portugal` in code.\n';

  it('wraps quotes, speakers and countries in the rendered text, through emphasis', () => {
    const html = render(src, fixture(src));
    assert.match(html, /<span class="news-annotator-quote" title="Quote by Ana Lopes, Mayor">“We will build it in <\/span>/);
    assert.match(html, /<strong><span class="news-annotator-quote"[^>]*><span class="news-annotator-country" title="Country: Portugal \(PT\)">Portugal<\/span><\/span><\/strong>/);
    assert.match(html, /<span class="news-annotator-speaker" title="Speaker: Ana Lopes, Mayor">Ana Lopes<\/span>/);
    assert.match(html, /\. <span class="news-annotator-speaker"[^>]*>Lopes<\/span> left\./);
    assert.match(html, /<code>Portugal<\/code>/);
  });

  it('does nothing when turned off', () => {
    assert.equal(render(src, fixture(src), false), new MarkdownIt({ html: true }).render(src));
  });

  it('escapes what it adds: a name cannot inject markup', () => {
    const a = fixture(src);
    a.people[0].name = 'Ana "><img src=x onerror=alert(1)>';
    const html = render(src, a);
    assert.ok(!html.includes('<img'), html);
    assert.match(html, /title="Speaker: Ana &quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;, Mayor"/);
  });

  it('renders without marks while no annotations are at hand', () => {
    const md = new MarkdownIt({ html: true });
    newsAnnotatorPreview(md, { annotations: () => undefined });
    assert.equal(md.render(src), new MarkdownIt({ html: true }).render(src));
  });

  it('marks what the core finds', () => {
    const doc = '“We will build the bridge,” said Mayor Ana Lopes of Portugal.\n';
    const html = render(doc);
    assert.match(html, /news-annotator-quote/);
  });
});
