import assert from 'node:assert/strict';
import { buildProse, PLAIN_RUN_LIMIT } from '../../src/core/prose';

function blocksOf(src: string): string[] {
  const d = buildProse(src);
  return d.blocks.map((b) => d.text.slice(b.start, b.end));
}

function sourceOf(src: string, needle: string): string {
  const d = buildProse(src);
  const i = d.text.indexOf(needle);
  assert.ok(i >= 0, `view has ${JSON.stringify(needle)}: ${JSON.stringify(d.text)}`);
  const r = d.toSource({ start: i, end: i + needle.length });
  return src.slice(r.start, r.end);
}

describe('prose view', () => {
  it('keeps paragraphs and headings, separated into blocks', () => {
    assert.deepEqual(blocksOf('# Title here\n\nFirst para.\n\nSecond para.\n'), ['Title here', 'First para.', 'Second para.']);
  });

  it('drops code blocks, inline code, HTML and front matter', () => {
    const src = '---\ntitle: "Front"\n---\n\nXi said “yes” and `"code"`.\n\n```\n"fenced"\n```\n\n    "indented code"\n\n<div>"html"</div>\n';
    const d = buildProse(src);
    assert.ok(!d.text.includes('Front'));
    assert.ok(!d.text.includes('fenced'));
    assert.ok(!d.text.includes('indented'));
    assert.ok(!d.text.includes('html'));
    assert.ok(!d.text.includes('code'));
    assert.ok(d.text.includes('Xi said “yes” and'));
  });

  it('keeps the visible text of emphasis and links, mapping through the markers', () => {
    const src = 'Said **Antony Blinken** to [the *press*](https://example.com/a).';
    assert.equal(sourceOf(src, 'Antony Blinken'), 'Antony Blinken');
    assert.equal(sourceOf(src, 'the press'), 'the *press');
    assert.ok(!buildProse(src).text.includes('example.com'));
  });

  it('reads one paragraph longer than PLAIN_RUN_LIMIT as plain text, markers kept, offsets exact', () => {
    const filler = 'The talks went on. '.repeat(Math.ceil(PLAIN_RUN_LIMIT / 19));
    const src = `${filler}Said **Antony Blinken** to [the press.\n\nA *short* paragraph.`;
    const d = buildProse(src);
    assert.ok(d.text.includes('Said **Antony Blinken** to [the press.'), 'the long paragraph keeps its markers');
    assert.equal(sourceOf(src, '**Antony Blinken**'), '**Antony Blinken**');
    assert.ok(d.text.includes('A short paragraph.'), 'a short paragraph after it is still read as Markdown');
  });

  it('drops bare URLs', () => {
    const d = buildProse('See https://example.com/x and <https://example.org> too.');
    assert.ok(!d.text.includes('example'));
  });

  it('maps through backslash escapes and character references', () => {
    const src = 'He said \\"fine\\" &amp; &ldquo;ok&rdquo; to Fran&ccedil;ois.';
    const d = buildProse(src);
    assert.equal(d.text, 'He said "fine" & “ok” to François.');
    assert.equal(sourceOf(src, '"fine"'), '\\"fine\\"');
    assert.equal(sourceOf(src, '“ok”'), '&ldquo;ok&rdquo;');
    assert.equal(sourceOf(src, 'François'), 'Fran&ccedil;ois');
  });

  it('maps through block-quote prefixes, list indentation and soft line breaks', () => {
    const src = '> “We agreed,” said\n> Antony Blinken.\n\n- one item\n  with Xi Jinping\n';
    assert.deepEqual(blocksOf(src), ['“We agreed,” said\nAntony Blinken.', 'one item\nwith Xi Jinping']);
    assert.equal(sourceOf(src, 'said\nAntony'), 'said\n> Antony');
    assert.equal(sourceOf(src, 'Xi Jinping'), 'Xi Jinping');
    assert.equal(buildProse(src).blocks[0].quoted, true);
  });

  it('reads table cells as blocks', () => {
    assert.deepEqual(blocksOf('| Who | What |\n|---|---|\n| Xi | “yes” |\n'), ['Who', 'What', 'Xi', '“yes”']);
  });

  it('maps CRLF sources and astral characters exactly', () => {
    const src = 'Line 😀 one\r\nsame para\r\n\r\nNext “q”\r\n';
    assert.equal(sourceOf(src, '😀 one'), '😀 one');
    assert.equal(sourceOf(src, '“q”'), '“q”');
  });

  it('counts a byte-order mark in the offsets', () => {
    const src = '\ufeffMayor said:\r\n“We will.”\r\n';
    assert.equal(sourceOf(src, '“We will.”'), '“We will.”');
    assert.equal(sourceOf(src, 'Mayor'), 'Mayor');
  });

  it('never throws on odd input', () => {
    for (const s of ['', '\u0000\u0000', '\ud800 lone', '*'.repeat(1000), '>'.repeat(500) + ' x', '[', '&#0; &#xD800; &bogus;']) {
      const d = buildProse(s);
      for (const b of d.blocks) {
        const r = d.toSource(b);
        assert.ok(r.start >= 0 && r.end <= s.length && r.start <= r.end);
      }
    }
  });
});

describe('prose view: strikethrough and bare URLs', () => {
  it('reads the text of strikethrough', () => {
    const d = buildProse('The ~~old~~ new plan.');
    assert.equal(d.text, 'The old new plan.');
  });

  it('leaves out bare URLs in running text, keeping what surrounds them', () => {
    const src = 'Read http://example.com/a?b=1, then www.example.org/x. “Quote” here.';
    const d = buildProse(src);
    assert.ok(!d.text.includes('example'), d.text);
    assert.ok(d.text.includes('“Quote” here.'));
    assert.ok(d.text.startsWith('Read '));
    assert.equal(sourceOf(src, '“Quote” here.'), '“Quote” here.');
  });
});
