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

test('Korean statistical words take their Korean sense: 가구 is a household, 전년 the previous year, 청년 (靑年) youth', () => {
  const conceptsOf = (text: string) => new Set(conceptHitsIn(text, 0, text.length, []).flatMap((h) => h.concepts));
  assert.ok(conceptsOf('가구 수는 증가').has(conceptOf('households')), [...conceptsOf('가구 수는 증가')].join(' '));
  assert.ok(!conceptsOf('가구 수는 증가').has(conceptOf('furniture')));
  assert.ok(conceptsOf('전년 대비').has(conceptOf('previous')));
  assert.ok(conceptsOf('청년 가구').has(conceptOf('youth')));
});

test('a bulleted Korean report: each ○ item is a sentence of its own, so an item ending in a noun does not run into the next', () => {
  const source = `---
id: dalbit2024
title: 달빛시 주거 계획
year: 2024
---
II. 주거 여건
 ○ 2023년 말 인구는 52만 1천 명으로, 2018년(54만 명) 대비 3.5% 감소
 ○ 가구 수는 23만 4천 가구로 같은 기간 7.1% 증가
 ○ 주택 보급률 104.2%(전국 102.1%), 무주택 가구 비율 41.0%
`;
  const snap = assembleSnapshot(1, new Map([['/c/dalbit2024.txt', indexFile('/c/dalbit2024.txt', Buffer.from(source))]]));
  const status = (draft: string, figure: string) => checkDraftFigures(snap, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))?.status;
  // The households' rise is dated by the sentence (2023), not by the population's base year.
  assert.equal(status('Its population fell to 521,000 at the end of 2023, down 3.5% from 540,000 in 2018, yet the number of households rose 7.1% to 234,000 [@dalbit2024].', '7.1%'), 'supported');
  // A figure in brackets is no unit caption: the housing supply ratio is read as prose.
  assert.equal(status('The housing supply ratio is 104.2%, above the national 102.1% [@dalbit2024].', '104.2%'), 'supported');
});

test('Korean policy words take their policy sense: 세수 is tax revenue (稅收, not 洗手), 공실률 a vacancy rate, 소득 income', () => {
  const conceptsOf = (text: string) => new Set(conceptHitsIn(text, 0, text.length, []).flatMap((h) => h.concepts));
  assert.ok(conceptsOf('세수는 감소').has(conceptOf('revenue')), [...conceptsOf('세수는 감소')].join(' '));
  assert.ok(conceptsOf('공실률이 상승').has(conceptOf('vacancy')));
  assert.ok(conceptsOf('중위값은').has(conceptOf('median')));
  // A compound read through its Chinese words keeps them current with the Chinese lexicon (所得 income).
  assert.ok(conceptsOf('개인소득은').has(conceptOf('income')), [...conceptsOf('개인소득은')].join(' '));
});
