import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { findingMessage } from '../../server/src/core/figures/findingMessages.js';
import { hoverAt } from '../../server/src/features/hover.js';

// An invented port bulletin: one measure in two years, and another measure with its own value.
const SOURCE = `---
id: duarte2022
title: Boletim portuário
author: [Duarte, Inês]
year: 2022
---

2021年，该港集装箱吞吐量为412万标准箱；2020年该港集装箱吞吐量为388万标准箱。2021年该港向内陆转运集装箱96万标准箱。
`;
const snapshot = snapshotOf({ '/corpus/duarte2022.md': SOURCE });
const only = (draft: string) => {
  const all = checkDraftFigures(snapshot, analyzeDraft(draft));
  assert.equal(all.length, 1, JSON.stringify(all.map((f) => f.figure.text)));
  return all[0];
};

test('the cited source gives the draft\'s value for another year: the year is named, not another measure', () => {
  const f = only('2019年该港集装箱吞吐量为412万标准箱[@duarte2022]。');
  assert.equal(f.status, 'not-in-cited-source');
  assert.equal(f.otherYear?.period, '2021');
  assert.match(findingMessage(f), /gives it for 2021/);
});

test('a value the source gives for another year, where it gives another value for the draft\'s year, is contradicted, with the year hint', () => {
  const f = only('2020年该港集装箱吞吐量为412万标准箱[@duarte2022]。');
  assert.equal(f.status, 'contradicted');
  assert.match(findingMessage(f), /388万标准箱.*gives 412万标准箱 for 2021: check the year/);
});

test('a year carried from an earlier sentence of the paragraph does not make a source sentence of another year another claim; a table column of another year still is', () => {
  // An invented wildlife bulletin: the otters were counted in 2023; the draft's paragraph opened with 2024.
  const bulletin = snapshotOf({ '/corpus/nwb2024.md': `---
id: nwb2024
title: Northern Waters Bulletin
year: 2024
---
Eurasian otters have recovered: 3,870 were counted in 2023, a sixfold increase on the roughly 650 of the early 1990s.

Table 2. Otters counted on each coast

| Coast | 2019 | 2023 |
|---|---:|---:|
| North coast | 1,140 | 1,520 |
| South coast | 980 | 1,310 |
` });
  const statuses = (draft: string) => Object.fromEntries(checkDraftFigures(bulletin, analyzeDraft(draft)).map((f) => [f.figure.text, f.status]));
  const s = statuses('2024年，北部海域的监测站增至41个[@nwb2024]。水獭数量则从20世纪90年代初的约650只恢复到3870只[@nwb2024]。');
  assert.equal(s['3870只'], 'supported');
  // The 2019 column is another year, carried or not.
  assert.notEqual(statuses('2023年，北部海域的监测站增至41个[@nwb2024]。北岸的水獭为1140只[@nwb2024]。')['1140只'], 'supported');
});

test('a backer that names no year is outweighed by a better-matching value the same source gives for the draft\'s year, in any language', () => {
  // An invented economic brief: the trio's share of world output in 2022, and a bloc's share with no year.
  const brief = snapshotOf({ '/corpus/tri2024.md': `---
id: tri2024
title: 三国经济合作报告
year: 2024
---
2022年，三国经济总规模约占世界经济总量的21.6%，约占东亚经济总量的88%。
区域伙伴关系参与国人口约占世界总人口的1/2，参与国经济规模约占世界经济总量的1/3。
` });
  const status = (draft: string) => checkDraftFigures(brief, analyzeDraft(draft))[0]?.status;
  assert.equal(status('In 2022 the three economies accounted for about 32.6% of world GDP [@tri2024].'), 'contradicted');
  assert.equal(status('2022년 세 나라의 경제 규모는 세계 경제의 약 32.6%를 차지했다 [@tri2024].'), 'contradicted');
  assert.equal(status('In 2022 the three economies accounted for about 21.6% of world GDP [@tri2024].'), 'supported');
});

test('a bound at another scale than the source\'s bound (超过3600万美元 for 超过3600亿美元) is contradicted, quoting the source; the right bound is supported', () => {
  // An invented investment note.
  const note = snapshotOf({ '/corpus/inv2023.md': `---
id: inv2023
title: 双向投资统计简报
year: 2023
---
截至2022年底，甲国与周边国家累计双向投资金额超过3600亿美元。
` });
  const finding = (draft: string) => checkDraftFigures(note, analyzeDraft(draft))[0];
  const slip = finding('截至2022年底，甲国与周边国家累计双向投资超过3600万美元[@inv2023]。');
  assert.equal(slip.status, 'contradicted');
  assert.equal(slip.conflicts[0]?.figure.text, '超过3600亿美元');
  assert.equal(finding('By the end of 2022, two-way investment had exceeded $360 million [@inv2023].').status, 'contradicted');
  assert.equal(finding('截至2022年底，甲国与周边国家累计双向投资超过3600亿美元[@inv2023]。').status, 'supported');
});

test('the hover on a figure the cited source gives for another year shows that source claim and quotes it', () => {
  const draft = '2019年该港集装箱吞吐量为412万标准箱[@duarte2022]。';
  const analysis = analyzeDraft(draft);
  const hover = hoverAt(snapshot, analysis, draft.indexOf('412'), checkDraftFigures(snapshot, analysis));
  const rows = (hover?.markdown ?? '').split('\n').filter((l) => l.startsWith('|'));
  assert.match(rows[2], /^\| draft \|.*\| 2019 \|/);
  assert.match(rows[3] ?? '', /^\| @duarte2022 \|.*\| 2021 \|/);
});

test('across languages, the very value to three digits in the cited source for another year gets the year hint', () => {
  const corpus = snapshotOf({ 'hangzhou2024_trade.txt': '2023年，全省货物进出口总额7.46万亿元，比上年增长3.2%。其中，出口5.12万亿元。\n' });
  const text = "Hangzhou's foreign trade reached 7.46 trillion yuan in 2022 [@hangzhou2024].";
  const found = checkDraftFigures(corpus, analyzeDraft(text))[0];
  assert.equal(found?.status, 'not-in-cited-source');
  assert.equal(found?.otherYear?.period, '2023');
});
