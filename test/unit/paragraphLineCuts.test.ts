import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { readMarkdown, type MarkdownReading } from '../../server/src/core/drafts/proseMask.js';

// #14: a draft written as one long paragraph (lines without blank lines between them, as many
// Chinese drafts are) was one part for the Markdown reader, read again whole on every keystroke
// (56,000 characters: 20-30 ms, in the way of every request). A plain paragraph is now cut
// between its lines. What it reads must be what a reading of the whole paragraph gives.

const FILLER = '，三国贸易额增长12.5%，人员交流超过3000万人次';
// Every paragraph is cut where it may be, and every cut is a part of its own: each line break of a
// paragraph the rules let through is tested, not only the few that end a group of 6,000 characters.
const EVERY_LINE = { lineCutMin: 0, groupChars: 0 };

function same(a: MarkdownReading, b: MarkdownReading, what: string): void {
  assert.deepEqual([...a.mask].join(''), [...b.mask].join(''), `mask: ${what}`);
  assert.deepEqual(a.softBreaks, b.softBreaks, `soft breaks: ${what}`);
  assert.deepEqual(a.comments, b.comments, `comments: ${what}`);
  assert.equal(a.problem, b.problem, `problem: ${what}`);
}

function longParagraph(lines: number): string {
  return Array.from(
    { length: lines },
    (_, i) => `${2000 + i}年，中日韩合作项目高达${i}个${FILLER.repeat(12)} [@ba2024]。`,
  ).join('\n');
}

test('ten edits on lines far apart in a long paragraph without blank lines re-read those lines, not the paragraph', () => {
  const lines = longParagraph(60).split('\n');
  const text = lines.join('\n');
  assert.ok(text.length > 15_000);
  const before = analyzeDraft(text);
  const kept = new Set(before.markdown!.parts!.values());
  // As the typing burst does: ten keystrokes, each on another line, between two reads.
  const edited = lines.map((l, i) => (i % 6 === 3 ? l.replace('个', '个，贸易额增长1.1%') : l));
  const next = edited.join('\n');
  const after = analyzeDraft(next, before);
  const reread = [...after.markdown!.parts!]
    .filter(([, p]) => !kept.has(p))
    .reduce((n, [source]) => n + source.length, 0);
  const editedChars = edited.filter((_, i) => i % 6 === 3).reduce((n, l) => n + l.length + 1, 0);
  assert.ok(
    reread <= editedChars,
    `${reread} characters read again; the ten edited lines hold ${editedChars} of ${next.length}`,
  );
  const whole = readMarkdown(next, undefined, { lineCuts: false });
  assert.deepEqual(after.softBreaks, whole.softBreaks);
  assert.deepEqual([...after.mask].join(''), [...whole.mask].join(''));
});

test('a paragraph is not cut where a construct runs from one line into the next', () => {
  const across = [
    'Line one has `code that\ngoes on` here.\nThird line.', // a code span
    'Line one <span\nclass="x">text</span>\nThird line.', // an HTML tag
    'Cost is $x^2 +\ny_1$ here.\nThird line.', // Pandoc math
    'See [a link\nacross lines](http://x.org/a) here.\nThird line.', // a link's text
    'See [a](\nhttp://x.org/a) here.\nThird line.', // a link's destination
    'See [a](http://x.org/a\n"its title") here.\nThird line.', // a link's title
    'A hard break  \nhere.\nThird line.',
    'A line\n=== under it\nThird line.',
    'A line\n2) not a list here\nThird line.',
    'A line\n[x]: /not-a-definition\nThird line.',
  ];
  for (const text of across) {
    same(
      readMarkdown(text, undefined, EVERY_LINE),
      readMarkdown(text, undefined, { lineCuts: false }),
      JSON.stringify(text),
    );
  }
});

// Pieces that change what is prose, or what a line is, when they open a line or run across one.
// (No bare carriage return: the cuts between blocks do not take it for a line end, a parser does;
// that is so with or without cuts between lines.)
const risky = fc.constantFrom(
  '`',
  '`code`',
  '<!-- c -->',
  '<b>',
  '<https://x.org>',
  '$x^2$',
  '$',
  '\\',
  '*',
  '_',
  '~~',
  '# ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '    ',
  '  ',
  '\t',
  '===',
  '---',
  '|',
  '| a | b |',
  '|---|---|',
  '[^1]',
  '[^1]: note',
  '[x]: /url',
  '[',
  ']',
  '(',
  ')',
  '[a](',
  'http://x.org/1)',
  '[a](http://x.org/1)',
  '![i](p.png)',
  '[双轨制]',
  'www.example.org',
  '&amp;',
  ':',
  '```',
  '~~~',
  '$$',
);
const plain = fc.constantFrom(
  '中日韩合作项目高达120个',
  'The line carried 1.42 million tonnes',
  '[@ba2024]',
  '“双轨制”',
  '2022年',
  '（2023）',
  '(2023)',
);
const piece = fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: risky, weight: 1 });
const line = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.nat({ max: 2 }))
  .map(([p, k]) => p.join('') + FILLER.repeat(k));

const draft = fc
  .array(
    fc.tuple(fc.array(line, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n\n', '\n', '\n\n\n', '\n   \n')),
    { minLength: 1, maxLength: 4 },
  )
  .map((ps) => ps.map(([ls, sep]) => ls.join('\n') + sep).join(''));

test('a paragraph cut between its lines reads as the whole paragraph does, however its lines begin and end (property)', () => {
  let cut = 0;
  fc.assert(
    fc.property(draft, (text) => {
      const reading = readMarkdown(text, undefined, EVERY_LINE);
      if (reading.parts && reading.parts.size > 1) cut++;
      same(reading, readMarkdown(text, undefined, { lineCuts: false }), JSON.stringify(text.slice(0, 200)));
    }),
    { numRuns: 300, seed: 14 },
  );
  assert.ok(cut > 150, `only ${cut} of 300 drafts were cut at all`);
});

test('typing into a cut paragraph, risky characters included, reads as a whole parse of the new text (property)', () => {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 6 }),
    insert: fc.oneof(piece, fc.constantFrom('\n', '\n\n', '')),
  });
  fc.assert(
    fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let text = start;
      let previous = readMarkdown(text, undefined, EVERY_LINE);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        const before = text;
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        const next = readMarkdown(text, { text: before, reading: previous }, EVERY_LINE);
        same(
          next,
          readMarkdown(text, undefined, { lineCuts: false }),
          JSON.stringify(text.slice(Math.max(0, at - 100), at + 100)),
        );
        previous = next;
      }
    }),
    { numRuns: 150, seed: 17 },
  );
});

// A draft of 200,000 characters on one line took the parser seconds to tens of seconds (its time in
// one paragraph grows with the square of the inline marks in it): a long line is now cut at its
// sentence ends, where nothing that decides what is prose is open. Every sentence end of these
// one-line drafts is a candidate (sentencePiece 0); the reading must be the whole line's.
const EVERY_SENTENCE = { lineCutMin: 0, groupChars: 0, sentencePiece: 0 };
const ends = fc.constantFrom('。', '！', '？', '；', '. ', '! ', '? ', '; ', '.', '，', ' ');
const sentenceRisky = fc.constantFrom(
  '`',
  '``',
  '`code。 more`',
  '``a ` b。c``',
  '\\`',
  '\\[',
  '\\',
  '<b>',
  '<!-- a。b -->',
  '<sup>[1]</sup>',
  '<span class="a。b">',
  "<a href='x。y' title=z>",
  '</span>',
  '<!-- a',
  '-->',
  '增速<5%',
  '<',
  '>',
  '"',
  '$5 billion',
  '$$',
  '`$`',
  '<https://x.org/a。b>',
  'https://x.org/a。b',
  'www.x.org/a。',
  'a@b.org。',
  '[@ba2024]',
  '$x^2。y_1$',
  '$$a。b$$',
  '**',
  '*',
  '_',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '[链接。文字](http://x.org/a。b)',
  '[a](http://x.org/1 "t。t")',
  '![图](a。png)',
  '[^1]',
  '# ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '| a |',
  '[x]: /url',
  '    ',
  '===',
  '---',
  '&amp;',
);
const sentencePieceOf = fc.oneof(
  { arbitrary: plain, weight: 6 },
  { arbitrary: sentenceRisky, weight: 2 },
  { arbitrary: ends, weight: 3 },
);
const oneLine = fc.array(sentencePieceOf, { minLength: 1, maxLength: 30 }).map((p) => p.join(''));

test('a long line cut at its sentence ends reads as the whole line does, whatever is open across them (property)', () => {
  let cut = 0;
  fc.assert(
    fc.property(oneLine, fc.constantFrom('', '\n', '\n\n', 'Intro.\n\n', '---\nid: x\n---\n'), (line, before) => {
      const text = before + line;
      const reading = readMarkdown(text, undefined, EVERY_SENTENCE);
      if (reading.parts && reading.parts.size > 1) cut++;
      same(reading, readMarkdown(text, undefined, { lineCuts: false }), JSON.stringify(text.slice(0, 300)));
    }),
    { numRuns: 1500, seed: 23 },
  );
  assert.ok(cut > 300, `only ${cut} of 1500 lines were cut at all`);
});

test('a draft of 100,000 characters on one line, with emphasis and code in every sentence, is read in pieces', () => {
  let text = '';
  for (let i = 0; text.length < 100_000; i++)
    text += `**要点${i}**：参数\`k${i}\`的出口额增长${i % 40}.5%，比上年提高${i % 7}个百分点。`;
  const reading = readMarkdown(text);
  assert.ok(reading.parts && reading.parts.size >= 15, `${reading.parts?.size} parts`);
  assert.ok(Math.max(...[...reading.parts.keys()].map((k) => k.length)) < 12_000);
  same(reading, readMarkdown(text, undefined, { lineCuts: false }), 'the whole line');
});
