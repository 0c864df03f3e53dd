import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf, cursor } from '../helpers/memoryCorpus.js';
import { getGlossary } from '../../server/src/core/glossary/glossary.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { hoverAt } from '../../server/src/features/hover.js';
import { boundedSentences, RUN_ON_LENGTH, splitSentences } from '../../server/src/core/corpus/sentences.js';

// #14 case 9: a source that is one very long line (an export without line breaks or full stops).
// Its time is in the bench (long_source_lines_ms); here, what must hold whatever the time.
test('a run-on line of a source: the term defined inside it is found, and its figures on both sides are read', () => {
  const zh = '增长12%，'.repeat(25_000);
  const en = 'grew by 12% to $3 billion, '.repeat(6_000);
  const s = snapshotOf({
    '/c/zh_line.txt': `${zh}所谓“超长术语”，是指只出现在一行中间的定义。${zh}`,
    '/c/en_line.txt': `${en}A "lengthy corridor" is defined as a route that appears only in the middle of one line. ${en}`,
  });
  const names = getGlossary(s).entries.map((e) => e.name);
  assert.ok(names.includes('超长术语'), names.join(', '));
  assert.ok(names.includes('lengthy corridor'), names.join(', '));
  const zhDoc = s.documents.find((d) => d.path === '/c/zh_line.txt')!;
  assert.equal(zhDoc.scan.figures.length, 50_000, 'every figure of the line is read');
  const { text, offset } = cursor('超长术|语很重要。');
  assert.match(hoverAt(s, analyzeDraft(text), offset)?.markdown ?? '', /只出现在一行中间的定义/);
});

test('run-on sentences are cut into readable pieces at clause boundaries, never inside a number', () => {
  const text = `${'Exports were 1,234.5 million, '.repeat(200)}end.`;
  const pieces = boundedSentences(text, splitSentences(text));
  assert.ok(text.length > RUN_ON_LENGTH && pieces.length > 1);
  // Contiguous (nothing lost but the space between pieces) and each at most 500 characters.
  for (let i = 0; i < pieces.length; i++) {
    assert.ok(pieces[i].end - pieces[i].start <= 500);
    if (i > 0) assert.match(text.slice(pieces[i - 1].end, pieces[i].start), /^\s*$/);
    assert.match(text.slice(pieces[i].start, pieces[i].end), /^Exports were 1,234\.5 million,/);
  }
  // Ordinary sentences are left as they are.
  const short = '第一句。第二句，还有。';
  assert.deepEqual(boundedSentences(short, splitSentences(short)), splitSentences(short));
});

// #14 case 10: a draft of lines of comma-separated figures without a full stop is one sentence once
// its soft wraps are joined: its check was one slice, blocking the server for a second while typing.
test('a run-on draft is checked sentence piece by piece, so a sliced check can yield inside it', async () => {
  const { checkDraftFiguresSliced } = await import('../../server/src/core/figures/figureCheck.js');
  let draft = '2022年中日韩的经济总规模约占世界经济总量的23.4% [@ba2024]。\n';
  for (let v = 0; v < 400; v++) draft += `贸易额增长${v % 97}.${v % 7}%，${v % 30 === 29 ? '\n' : ''}`;
  const s = snapshotOf({ '/c/ba2024.txt': '2022年中日韩的经济总规模约占世界经济总量的23.4%。' });
  let turns = 0;
  const token = { get isCancellationRequested() { turns++; return false; } };
  // A zero-length slice: the check gives the event loop a turn after every batch it finishes.
  const findings = await checkDraftFiguresSliced(s, analyzeDraft(draft), token, 0);
  assert.equal(findings?.length, 401, 'every figure has its finding');
  assert.ok(turns >= 10, `${turns} turns in a check of 401 figures`);
});
