import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { basesDiffer, changeBaseAround, changeBaseOfCell } from '../../server/src/core/figures/changeBase.js';

const statusOf = (text: string, corpus: ReturnType<typeof snapshotOf>, figure: string) => checkDraftFigures(corpus, analyzeDraft(text)).find((f) => text.slice(f.figure.start, f.figure.end).includes(figure))?.status;

test('the base a change is measured against is read in four languages, nearest the figure', () => {
  const at = (text: string, figure: string) => {
    const start = text.indexOf(figure);
    return changeBaseAround(text, 0, text.length, start, start + figure.length);
  };
  assert.equal(at('Egg prices rose 4.1% on the month and 9.6% on the year.', '4.1%'), 'previous');
  assert.equal(at('Egg prices rose 4.1% on the month and 9.6% on the year.', '9.6%'), 'year');
  assert.equal(at('鸡蛋价格同比上涨9.6%。', '9.6%'), 'year');
  assert.equal(at('鸡蛋价格环比上涨4.1%。', '4.1%'), 'previous');
  assert.equal(at('卵の価格は前年同月比9.6%上昇した。', '9.6%'), 'year');
  assert.equal(at('달걀 가격은 평년 대비 12.0% 높았다.', '12.0%'), 'normal');
  assert.equal(at('Egg prices rose 9.6%.', '9.6%'), undefined);
  assert.equal(changeBaseOfCell('<Egg prices> · 전년 대비: 달걀 9.6'), 'year');
  assert.equal(changeBaseOfCell('Table 2 Prices, change on a year earlier · Eggs 9.6'), undefined);
  assert.equal(basesDiffer('year', undefined), false);
  assert.equal(basesDiffer('year', 'normal'), true);
});

// An invented price survey: each item's change on the year and against the five-year average.
const SURVEY = `---
id: morvale2025
title: Morvale Food Price Survey, March 2025
year: 2025
---
Egg prices rose 9.6% on the year, and were 14.2% above the five-year average.
Milk prices fell 2.3% on the month.

Table 1: Retail prices, March 2025 (percent)

| Item | Change on a year earlier | Change against the five-year average |
| --- | --- | --- |
| Butter | 11.8 | 23.5 |
| Flour | -3.1 | 6.4 |
`;

test('a change on the year is not the change against a normal year, in prose or in a table, nor one on the month', () => {
  const corpus = snapshotOf({ 'morvale2025_survey.md': SURVEY });
  assert.notEqual(statusOf('Egg prices rose 14.2% on the year [@morvale2025].', corpus, '14.2%'), 'supported');
  assert.equal(statusOf('Egg prices rose 9.6% year on year [@morvale2025].', corpus, '9.6%'), 'supported');
  assert.notEqual(statusOf('Butter prices rose 23.5% year on year in March 2025 [@morvale2025].', corpus, '23.5%'), 'supported');
  assert.equal(statusOf('Butter prices rose 11.8% year on year in March 2025 [@morvale2025].', corpus, '11.8%'), 'supported');
  assert.notEqual(statusOf('Milk prices fell 2.3% from a year earlier [@morvale2025].', corpus, '2.3%'), 'supported');
  // A draft that names no base is not ruled out by the source's.
  assert.equal(statusOf('Egg prices rose 9.6% [@morvale2025].', corpus, '9.6%'), 'supported');
});
