import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDraft, checkDraft } from '../../server/src/core/index.js';
import { computeNonProseMask, readMarkdown } from '../../server/src/core/drafts/proseMask.js';
import { parseCitations } from '../../server/src/core/citations/citationParser.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

// The draft is read by a Markdown parser (micromark with GFM and math), not by a hand-written mask:
// each case here is one the hand-written mask got wrong (issue #15).
const corpus = snapshotOf({ '/corpus/okafor2021.md': RAIL_SOURCE });
const keys = (text: string) => parseCitations(text, computeNonProseMask(text)).map((c) => c.key);
const figures = (text: string) => checkDraft(corpus, analyzeDraft(text), DEFAULT_SETTINGS).figures.map((f) => [f.figure.text.trim(), f.status]);
const prose = (text: string, part: string) => {
  const mask = computeNonProseMask(text);
  const at = text.indexOf(part);
  assert.ok(at >= 0, part);
  return !mask.subarray(at, at + part.length).includes(1);
};

test('footnote definitions are prose: their citations and figures are checked', () => {
  const text = 'The line is busy.[^1]\n\n[^1]: In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight [@okafor2021].\n';
  assert.deepEqual(keys(text), ['okafor2021']);
  assert.deepEqual(figures(text), [['1.42 million tonnes', 'supported']]);
  assert.equal(prose(text, '[^1]:'), false, 'the label is not prose');
  assert.equal(prose(text, '[^1]\n'), false, 'nor is the reference');
});

test('a stray backtick hides nothing past its paragraph', () => {
  const text = 'Type the ` key to start.\n\nIn 2020 the line carried 1.42 million tonnes of freight [@okafor2021].\n\nAnother ` here.\n';
  assert.deepEqual(keys(text), ['okafor2021']);
  assert.deepEqual(figures(text), [['1.42 million tonnes', 'supported']]);
  // A real code span is still code, across a soft wrap too.
  assert.deepEqual(keys('Run `cite\n[@code2020]` now [@okafor2021].'), ['okafor2021']);
});

test('indented code blocks, HTML blocks and inline HTML are not prose', () => {
  const text = 'Text [@okafor2021].\n\n    [@indented2020] carried 1.42 million tonnes\n\n<div>\n[@html2020]\n</div>\n\nAnd <span title="[@attr2020]">this</span>.\n';
  assert.deepEqual(keys(text), ['okafor2021']);
  assert.equal(prose(text, 'this'), true);
});

test('math is not prose, dollars are', () => {
  const text = 'Growth is $g = 12\\%$ and $$x^2 = 1.42$$ and\n\n$$\n86 = y\n$$\n\nbut US$5 billion and HK$ 7 billion and $20,000 and $30,000 are amounts.\n';
  const mask = computeNonProseMask(text);
  assert.equal(mask[text.indexOf('12')], 1);
  assert.equal(mask[text.indexOf('1.42')], 1);
  assert.equal(mask[text.indexOf('86')], 1);
  for (const amount of ['$5 billion', '$ 7 billion', '$20,000', '$30,000']) assert.equal(prose(text, amount), true, amount);
});

test('link and image destinations, definitions, autolinks and URLs are not prose; link text is', () => {
  const text = 'See [the 2021 report](https://x.org/@nokey/12%) and ![map of 86 lines](img/@fig.png "t") <https://a.org/@b> www.c.org/@d.\n\n[ref]: https://x.org/@def\n';
  assert.deepEqual(keys(text), []);
  assert.equal(prose(text, 'the 2021 report'), true);
  assert.equal(prose(text, 'map of 86 lines'), true);
  assert.equal(prose(text, '(https://x.org/@nokey/12%)'), false);
  assert.equal(prose(text, '(img/@fig.png "t")'), false);
});

test('tables and block quotes are prose; front matter is not, and the parser sees past it', () => {
  const text = '---\ntitle: "```"\nbibliography: refs.bib\n---\n\n> Quoted [@quoted2020].\n\n| year | tonnes |\n|---|---|\n| 2020 | 1.42 million [@table2020] |\n';
  assert.deepEqual(keys(text), ['quoted2020', 'table2020']);
  assert.equal(prose(text, 'bibliography'), false);
});

test('offsets hold through tabs, CRLF line ends and characters outside the BMP', () => {
  const text = '😀\t`code`\r\nIn 2020 😀 the line [@okafor2021]\r\ncarried\r\n';
  const reading = readMarkdown(text);
  assert.equal(reading.mask.length, text.length);
  assert.equal(prose(text, '`code`'), false);
  assert.deepEqual(keys(text), ['okafor2021']);
  assert.deepEqual(reading.softBreaks.map((o) => text[o]), ['\n', '\n'].slice(0, reading.softBreaks.length));
  assert.ok(reading.softBreaks.includes(text.indexOf('\n', text.indexOf('[@'))));
});

test('a line opening with a comment goes on as prose after it, as Pandoc reads it', () => {
  const text = '<!-- note --> In 2020 the line carried 1.42 million tonnes of freight [@okafor2021].\n';
  assert.deepEqual(keys(text), ['okafor2021']);
  assert.equal(prose(text, '<!-- note -->'), false);
  assert.deepEqual(figures(text), [['1.42 million tonnes', 'supported']]);
});

test('broken Markdown never throws and keeps offsets; a huge draft is read by the fallback scanner and says so', () => {
  for (const text of ['```', '[', '[^', '<!--', '$$', '> ', '|', '\\', '`'.repeat(3000), '['.repeat(5000) + '@a' + ']'.repeat(5000), '- '.repeat(2000), '>'.repeat(5000) + ' x']) {
    const a = analyzeDraft(text);
    assert.equal(a.mask.length, text.length);
    assert.equal(a.markdownProblem, undefined);
  }
  const huge = 'In 2020 the line carried 1.42 million tonnes [@okafor2021]. `code` here.\n\n'.repeat(15_000);
  const a = analyzeDraft(huge);
  assert.match(a.markdownProblem ?? '', /simpler scanner/);
  assert.equal(a.mask[huge.indexOf('`code`')], 1);
  assert.equal(a.citations.length, 15_000);
  const notes = checkDraft(snapshotOf({}), a, { ...DEFAULT_SETTINGS, figures: { ...DEFAULT_SETTINGS.figures, enabled: false } }).diagnostics.filter((d) => d.code === 'draft.markdown');
  assert.equal(notes.length, 1);
});

test('a draft of a hundred kilobytes is read in parts, and typing in it re-reads one part', () => {
  // Each block differs (the reader keeps identical parts once), and quotes and lists are many: the
  // parser alone is slow on those in one piece. How fast it is goes in the bench; here, what is re-read.
  const text = Array.from({ length: 1000 }, (_, i) => `## Trade ${i}\n\nIn 2020 the line carried ${i}.42 million tonnes of freight and the\nnetwork had 86 locomotives [@okafor2021]. See \`x\` and [a](http://b/${i}).\n\n- item \`a${i}\`\n- item [@b${i}]\n\n> quoted ${i}\n\n`).join('');
  const whole = analyzeDraft(text);
  const before = new Set(whole.markdown!.parts!.values());
  assert.ok(before.size > 500, `${before.size} parts`);
  // Typing in a paragraph, a list item or a quote re-reads that part only.
  for (const where of ['freight', 'item [@b]', 'quoted']) {
    const at = text.indexOf(where, text.length / 2);
    const next = text.slice(0, at) + 'x' + text.slice(at);
    const typed = analyzeDraft(next, whole);
    const reread = [...typed.markdown!.parts!.values()].filter((p) => !before.has(p));
    assert.equal(reread.length, 1, `${reread.length} parts re-read after typing in "${where}"`);
    assert.deepEqual([...typed.mask].join(''), [...readMarkdown(next).mask].join(''));
  }
});

test('typing re-reads only the edited paragraph, and reads it exactly as a whole parse would', () => {
  const base = [
    '---', 'title: x', '---', 'First paragraph after the front matter, with `code` and 12%.', '',
    '> quote line one', '> line two [@a]', '', 'A plain paragraph with a [link](http://x.org/1) and',
    'a soft wrap, $x^2$ math and <!-- policy-writer-ignore --> 3000万 [@b].', '', '- item one', '- item two', '',
    '```', 'code', '```', '', 'Last paragraph[^1] with $5 and HK$ 6.', '', '[^1]: A footnote.', '',
  ].join('\n');
  const inserts = ['x', '`', '\n', '\n\n', '```', '$', '<!-- c -->', '[', ']', '(', '    ', '- ', '> ', '|', '---', '# ', '1. ', '[^1]', '*', '\\'];
  let previous = analyzeDraft(base);
  let text = base;
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let step = 0; step < 400; step++) {
    const at = random(text.length + 1);
    const next = random(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + random(3)) : text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at);
    const incremental = analyzeDraft(next, previous);
    const whole = readMarkdown(next);
    assert.deepEqual([...incremental.mask].join(''), [...whole.mask].join(''), `mask after step ${step}: ${JSON.stringify(next)}`);
    assert.deepEqual(incremental.softBreaks, whole.softBreaks, `soft breaks after step ${step}`);
    assert.deepEqual(incremental.markdown!.comments, whole.comments, `comments after step ${step}`);
    previous = incremental;
    text = next;
    if (step % 50 === 49) text = base, previous = analyzeDraft(base);
  }
});

test('a paragraph of thousands of citations is read by the scanner (the parser is quadratic in brackets): code is still left out, citations still found', () => {
  // Speed is in the bench (long_drafts_ms.citations100k); here, that the scanner's reading is right.
  const text = '见[@ba2024]，`x[1]`。'.repeat(3000);
  const draft = analyzeDraft(text);
  assert.equal(draft.citations.length, 3000);
  const code = text.indexOf('`x[1]`');
  assert.deepEqual([...draft.mask.slice(code, code + 6)], [1, 1, 1, 1, 1, 1]);
  assert.equal(draft.mask[text.indexOf('见')], 0);
});
