import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from '../helpers/corpusOnDisk.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

// Verdicts are reused per sentence while a draft is edited. A backtick outside a sentence can
// change which of its figures are prose, so the same words must not get another text's verdicts.
const snapshot = bundledSnapshot();

function findings(text: string) {
  return checkDraftFigures(snapshot, analyzeDraft(text)).map((f) => ({ figure: f.figure.text, start: f.figure.start, status: f.status, quote: f.support[0]?.figure.text ?? f.conflicts[0]?.figure.text }));
}

function fresh(text: string) {
  snapshot.derived.delete('figureSentenceCache');
  return findings(text);
}

test('a backtick outside a sentence changes its figures: no verdict is reused for other figures', () => {
  const a = '前言\n人员交流超过3000万人次`，中日韩合作项目高达120个。\n“双轨制”仍是重要思路。\n';
  const b = '前言`\n人员交流超过3000万人次`，中日韩合作项目高达120个。\n“双轨制”仍是重要思路。\n';
  const expectA = fresh(a);
  const expectB = fresh(b);
  assert.notDeepEqual(expectA, expectB, 'the two drafts differ in which figures are prose');
  for (const order of [[a, b], [b, a], [a, b, a, b]]) {
    snapshot.derived.delete('figureSentenceCache');
    for (const text of order) assert.deepEqual(findings(text), text === a ? expectA : expectB);
  }
});
