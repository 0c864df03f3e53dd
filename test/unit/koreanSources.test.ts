import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { conceptHitsIn } from '../../server/src/core/figures/context.js';
import { conceptOf } from '../../server/src/core/figures/concepts.js';

// An invented Korean press release: Sino-Korean words carry the subject (흡연율 吸烟率, 예산 预算).
const SOURCE = `---
id: hanbit2024
title: 한빛시 건강통계 보도자료
year: 2024
---
□ 한빛시 보건소는 2023년 시민건강조사 결과를 발표하였다.
○ 성인 흡연율은 21.4%로 전년 대비 1.2%p 감소하였고, 고혈압 유병률은 27.5%였다.
○ 금연 지원 예산은 38억 원이며, 조사 대상은 3,200가구였다.
`;

const snapshot = assembleSnapshot(1, new Map([['/c/hanbit2024_press.txt', indexFile('/c/hanbit2024_press.txt', Buffer.from(SOURCE))]]));
const statusOf = (draft: string, figure: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))?.status;

test('Hangul words become the concepts of their Sino-Korean reading, particles and endings stepped over', () => {
  const text = '성인 흡연율은 감소하였고';
  const concepts = new Set(conceptHitsIn(text, 0, text.length, []).flatMap((h) => h.concepts));
  assert.ok(concepts.has(conceptOf('smoke')), [...concepts].join(' '));
  assert.ok(concepts.has(conceptOf('decrease')), [...concepts].join(' '));
});

test('a Chinese or English draft restating a Korean source is supported, and a changed value contradicted', () => {
  assert.equal(statusOf('2023年，韩国韩卞市成人吸烟率为21.4%[@hanbit2024]。', '21.4%'), 'supported');
  assert.equal(statusOf('In 2023 the adult smoking rate in Hanbit was 21.4% [@hanbit2024].', '21.4%'), 'supported');
  assert.equal(statusOf('韩卞市的戒烟支持预算为38亿韩元[@hanbit2024]。', '38亿韩元'), 'supported');
  assert.equal(statusOf('2023年，韩卞市成人吸烟率为24.1%[@hanbit2024]。', '24.1%'), 'contradicted');
});
