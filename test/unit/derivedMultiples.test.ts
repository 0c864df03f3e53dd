import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { findingMessage } from '../../server/src/core/figures/findingMessages.js';

// An invented airport bulletin and an invented income release: each gives two values and never
// their ratio, which a writer computes.
const AIRPORT = `---
id: qinghai2025
title: Qinghai Airport traffic bulletin
year: 2025
---
Passenger throughput reached 48.6 million in 2024, against 15.2 million in 2022. Cargo handled was 1.31 million tonnes.
`;
const INCOME = `---
id: lanxi2025
title: 兰溪市2024年居民收入统计
year: 2025
---
城镇居民人均可支配收入52,380元，农村居民人均可支配收入21,960元。
`;
const snapshot = snapshotOf({ '/c/qinghai2025.md': AIRPORT, '/c/lanxi2025.md': INCOME });
const finding = (draft: string, figure: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))!;

test('a multiple computed from two values the cited source gives is supported, and the message names both', () => {
  const f = finding('Passenger throughput reached 48.6 million in 2024, 3.2 times the 15.2 million of 2022 [@qinghai2025].', '3.2 times');
  assert.equal(f.status, 'supported');
  assert.match(findingMessage(f), /3\.2 times is the ratio of two values @qinghai2025 gives, 48\.6 million and 15\.2 million/);
  // The base only in the source sentence, not in the draft.
  assert.equal(finding('2024年旅客吞吐量4860万人次，是2022年的三倍多[@qinghai2025]。', '三倍多').status, 'supported');
  // A rounded multiple in words, and a gap written as a multiple (52,380 / 21,960 = 2.39).
  assert.equal(finding('城镇居民人均可支配收入52,380元，是农村居民（21,960元）的2.39倍[@lanxi2025]。', '2.39倍').status, 'supported');
  assert.match(findingMessage(finding('城镇居民人均可支配收入52,380元，约为农村居民21,960元的两倍多[@lanxi2025]。', '两倍多'), 'zh'), /两倍多是 @lanxi2025 所给两个数值（52,380元与21,960元）之比/);
});

test('a multiple the two values do not give, or one whose values are not cited, is not supported', () => {
  assert.notEqual(finding('Passenger throughput reached 48.6 million in 2024, 4.5 times the 15.2 million of 2022 [@qinghai2025].', '4.5 times').status, 'supported');
  assert.notEqual(finding('城镇居民人均可支配收入52,380元，是农村居民（21,960元）的2.9倍[@lanxi2025]。', '2.9倍').status, 'supported');
  // Cited to another source: the values are not the cited source's.
  assert.notEqual(finding('Passenger throughput reached 48.6 million in 2024, 3.2 times the 15.2 million of 2022 [@lanxi2025].', '3.2 times').status, 'supported');
});

