import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

// A source written the way PDF extraction leaves it (fullwidth digits, spaced characters, a number
// split by the margin, a text table), and drafts that restate its figures in other forms.
const SOURCE = `---
id: hexi2023
title: 河西省对外开放年度报告
year: 2023
---
2023年，河西省港口集装箱吞吐量为3.4万标准箱，同比增长百分之十二点五。外资企业数量占全省企业总数的三成，
外资企业出口占全省出口的比重为百分之四十七点三。2023年，河西省对外贸易额达到４
７.６亿美元，其中对东盟贸易额为１２．８亿美元。

表1　2023年河西省各市入境游客（单位：万人次）
城　市　　　２０２２年　　　２０２３年
临川市　　　１２０．５　　　１３５．２
安平市　　　８８．０　　　　９２．４
资料来源：河西省文化和旅游厅。
`;

const snapshot = assembleSnapshot(1, new Map([['/corpus/hexi2023_report.md', indexFile('/corpus/hexi2023_report.md', Buffer.from(SOURCE))]]));
const statusOf = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).map((f) => [f.figure.text.trim(), f.status]);

const RESTATED: [string, string][] = [
  ['2023年，河西省港口集装箱吞吐量为34,000 TEU [@hexi2023]。', '34,000 TEU'],
  ['2023年河西省港口集装箱吞吐量同比增长12.5% [@hexi2023]。', '12.5%'],
  ['2023年，外资企业数量占河西省企业总数的30% [@hexi2023]。', '30%'],
  ['2023年，外资企业出口占河西省出口的47.3% [@hexi2023]。', '47.3%'],
  ['2023年河西省对外贸易额为47.6亿美元 [@hexi2023]。', '47.6亿美元'],
  ['2023年临川市入境游客135.2万人次 [@hexi2023]。', '135.2万人次'],
  ['In 2023 Hexi\'s ports handled 34,000 TEU of containers [@hexi2023].', '34,000 TEU'],
  ['Foreign trade of Hexi reached $4.76 billion in 2023 [@hexi2023].', '$4.76 billion'],
];

const CHANGED: [string, string][] = [
  ['2023年，河西省港口集装箱吞吐量为3.5万标准箱 [@hexi2023]。', '3.5万标准箱'],
  ['2023年河西省港口集装箱吞吐量同比增长12.5个百分点 [@hexi2023]。', '12.5个百分点'],
  ['2023年，外资企业数量占河西省企业总数的40% [@hexi2023]。', '40%'],
  ['2023年，外资企业出口占河西省出口的37.3% [@hexi2023]。', '37.3%'],
  ['2023年河西省对外贸易额为47.6万美元 [@hexi2023]。', '47.6万美元'],
  ['2023年临川市入境游客120.5万人次 [@hexi2023]。', '120.5万人次'],
  ['Foreign trade of Hexi reached $5.76 billion in 2023 [@hexi2023].', '$5.76 billion'],
];

test('a figure restated in another form (words, 成, TEU, a split number, a table cell, another language) is supported', () => {
  for (const [draft, figure] of RESTATED) assert.deepEqual(statusOf(draft), [[figure, 'supported']], draft);
});

test('the same restatements with a changed value, scale, unit or year are never supported', () => {
  for (const [draft, figure] of CHANGED) {
    const found = statusOf(draft);
    assert.equal(found.length, 1, draft);
    assert.equal(found[0][0], figure, draft);
    assert.notEqual(found[0][1], 'supported', draft);
  }
});
