import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { ordinalItems } from '../../server/src/core/figures/ordinalItems.js';

// An invented provincial bulletin: three industries, told apart only by their ordinals.
const BULLETIN = `---
id: lanhe2024
title: 澜河省2023年国民经济和社会发展统计公报
year: 2024
---
全年全省地区生产总值21035.40亿元，比上年增长4.6%。其中，第一产业增加值2716.28亿元，增长3.9%；第二产业增加值7820.55亿元，增长2.4%；第三产业增加值10498.57亿元，增长6.3%。
`;

test('items told apart by an ordinal (第二产业, the third quarter, 3분기) are read with their kind', () => {
  assert.deepEqual([...ordinalItems('第二产业增加值增长6.3%')], ['industry:2']);
  assert.deepEqual([...ordinalItems('GDP grew 0.4% in the third quarter')], ['quarter:3']);
  assert.deepEqual([...ordinalItems('3분기 성장률은 1.1%')], ['quarter:3']);
  assert.deepEqual([...ordinalItems('第3四半期の実質成長率')], ['quarter:3']);
});

test('a value of another ordinal item is no backing, and contradicts where the draft\'s own item gives another', () => {
  const snap = snapshotOf({ 'lanhe2024_bulletin.md': BULLETIN });
  const status = (draft: string) => checkDraftFigures(snap, analyzeDraft(draft)).find((f) => f.figure.text === '6.3%')?.status;
  assert.equal(status('2023年澜河第二产业增加值增长6.3%[@lanhe2024]。'), 'contradicted');
  assert.equal(status('2023年澜河第三产业增加值增长6.3%[@lanhe2024]。'), 'supported');
  assert.equal(status("Lanhe's tertiary industry grew 6.3% in 2023 [@lanhe2024]."), 'supported');
});
