import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

// An invented English costing restated in Korean: a change worded as a level is the same amount.
const COSTING = `---
id: pbo2023
title: Cost estimate for the housing credit
year: 2023
---
The Parliamentary Budget Office estimates that the credit would reduce revenue by $23.4 billion over ten years. Partly offsetting this, additional construction would raise payroll tax receipts by $3.8 billion, for a net cost of $19.6 billion.
Rents would fall by about 4.5% relative to the baseline.
`;
const snapshot = snapshotOf({ '/c/pbo2023_costing.md': COSTING });

function statuses(draft: string): Record<string, string> {
  return Object.fromEntries(checkDraftFigures(snapshot, analyzeDraft(draft)).map((f) => [f.figure.text.trim(), f.status]));
}

test('an amount worded as a change in the cited source backs the same amount worded as a level', () => {
  const s = statuses('세수 감소 총액 234억 달러에서 추가 건설에 따른 세수 증가 38억 달러를 뺀 값이다[@pbo2023].\n');
  assert.equal(s['234억 달러'], 'supported');
  assert.equal(s['38억 달러'], 'supported');
  // A percentage is not: a fall of 4.5% is no share of 4.5%.
  const share = statuses('임대주택은 전체 주택의 4.5%를 차지한다[@pbo2023].\n');
  assert.notEqual(share['4.5%'], 'supported');
});
