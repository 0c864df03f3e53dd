import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

// An invented Chinese source with two values of one unit in one sentence, and English drafts that
// share almost no words with it: the two values side by side, in order, are the evidence.
const SOURCE = `---
id: lan2022
title: 北方湿地保护年报
year: 2022
---
第三次湿地资源调查显示，截至2021年，全省沼泽湿地面积为314.6万公顷，泥炭湿地面积为128.3万公顷，分别较2016年减少5.2万公顷和3.1万公顷。
`;
/** Each figure of a draft, by its text, with the status the check gives it against `corpus`. */
function statusesIn(corpus: ReturnType<typeof snapshotOf>): (draft: string) => Record<string, string> {
  return (draft) => Object.fromEntries(checkDraftFigures(corpus, analyzeDraft(draft)).map((f) => [f.figure.text.trim(), f.status]));
}

const statusOf = statusesIn(snapshotOf({ '/corpus/lan2022_wetlands.md': SOURCE }));

test('two values of a draft sentence found together, in order, in one source sentence back each other', () => {
  const s = statusOf('By 2021 the province counted 3.15 million hectares of marsh and 1.28 million of peat bog [@lan2022].');
  assert.equal(s['3.15 million hectares'], 'supported');
  assert.equal(s['1.28 million'], 'supported');
});

test('values swapped between the clauses never pair', () => {
  const s = statusOf('By 2021 the province counted 1.28 million hectares of marsh and 3.15 million of peat bog [@lan2022].');
  assert.equal(s['1.28 million hectares'], 'contradicted');
  assert.equal(s['3.15 million'], 'contradicted');
});

// An English source, a Chinese draft: once one value pairs, the other value of the source sentence
// belongs to the draft's other figure and contradicts neither.
const COUNCIL = snapshotOf({ '/corpus/ode2023_council.md': `---
id: ode2023
title: Regional council meets
year: 2023
---
The regional water council closed its session in Vientiane with its membership at 86, up from 41 founding members.
` });
const councilStatus = statusesIn(COUNCIL);

test('the other value of a paired source sentence belongs to the draft\'s other figure', () => {
  const s = councilStatus('该理事会成员已达86个，而成立时创始成员为41个[@ode2023]。');
  assert.equal(s['86个'], 'supported');
  assert.equal(s['41个'], 'supported');
});

test('two three-digit values side by side are found even when the paraphrase shares no word', () => {
  const census = snapshotOf({ '/corpus/ines2022_census.md': `---
id: ines2022
title: Census notes
year: 2022
---
The share of adults living alone at age 65 was 24.7% for men and 31.6% for women in 2020, up from 1990.
` });
  const status = statusesIn(census);
  const s = status('2020年，65岁独居者中男性占24.7%，女性占31.6%。');
  assert.equal(s['24.7%'], 'uncited');
  assert.equal(s['31.6%'], 'uncited');
  // Swapped, they pair with nothing.
  const w = status('2020年，65岁独居者中男性占31.6%，女性占24.7%。');
  assert.notEqual(w['31.6%'], 'uncited');
});

test('a sibling of another unit pairs too: a sum beside a share', () => {
  const fta = snapshotOf({ '/corpus/mok2023_fta.md': `---
id: mok2023
title: 自贸区效应测算
year: 2023
---
若仅实现现有协定的减让水平，三国相互出口增量仅为约270亿美元，不足全面自贸区情景的四成。
` });
  const s = statusesIn(fta)('Existing commitments alone would add only $27 billion, less than 40% of the full-FTA gain [@mok2023].');
  assert.equal(s['$27 billion'], 'supported');
  assert.equal(s['less than 40%'], 'supported');
});

test('where the draft\'s other figure pairs, the source value beside it contradicts a wrong one', () => {
  const rail = snapshotOf({ '/corpus/hale2024_rail.md': `---
id: hale2024
title: Coastal rail review
year: 2024
---
The coastal line, which opened in March 2019, had carried 12.4 million passenger trips and 8.3 million tonnes of freight by the end of June, according to the operator.
` });
  const status = statusesIn(rail);
  assert.deepEqual(status('沿海铁路截至6月底累计发送旅客1240万人次、货物830万吨[@hale2024]。'), { '1240万人次': 'supported', '830万吨': 'supported' });
  assert.deepEqual(status('沿海铁路截至6月底累计发送旅客1240万人次、货物83万吨[@hale2024]。'), { '1240万人次': 'supported', '83万吨': 'contradicted' });
});

test('a table column headed by a span of years ("Change 2016–2021 (%)") is about that span', () => {
  const t = snapshotOf({ '/corpus/ruiz2023_catch.md': `---
id: ruiz2023
title: Catch review
year: 2023
---
Table 2. Catch of the coastal states, 2016 and 2021

| State | 2016 (million tonnes) | 2021 (million tonnes) | Change 2016–2021 (%) |
|---|---:|---:|---:|
| Peru | 3.80 | 5.42 | 42.6 |
| Chile | 2.31 | 2.07 | -10.4 |
` });
  const change = t.documents[0].scan.figures.find((f) => f.figure.text === '-10.4')!;
  assert.equal(change.period, '2016-2021');
  const s = statusesIn(t)('2021年，智利的捕捞量降至207万吨，降幅为10.4%[@ruiz2023]。');
  assert.deepEqual(s, { '207万吨': 'supported', '10.4%': 'supported' });
});

test('a value within the rounding of one country\'s figure but equal to its neighbour\'s is a swap', () => {
  const exports = snapshotOf({ '/corpus/aoki2024_exports.md': `---
id: aoki2024
title: Farm exports of Japan
year: 2024
---
Japan's largest farm export destination was China (¥237.6 billion), followed by Hong Kong (¥236.5 billion) and the United States (¥206.2 billion).
` });
  const status = statusesIn(exports);
  const s = status('日本农产品最大出口目的地是中国，金额为2365亿日元，其次是香港（2376亿日元）[@aoki2024]。');
  assert.equal(s['2365亿日元'], 'contradicted');
  assert.equal(s['2376亿日元'], 'contradicted');
  assert.equal(status('日本农产品最大出口目的地是中国，金额为2376亿日元[@aoki2024]。')['2376亿日元'], 'supported');
});

test('分别 over a list of things: a figure is about its own item, the table row of another item is not its claim', () => {
  const airport = snapshotOf({ '/corpus/pak2024_airport.md': `---
id: pak2024
title: Airport statistics
year: 2024
---
**Table 1. International passengers by region, 2023**

| Region | Passengers (million) | Share of total |
|---|---:|---:|
| Africa | 2.17 | 5.1% |
| Oceania | 3.05 | 7.2% |
` });
  const status = statusesIn(airport);
  assert.deepEqual(status('非洲和大洋洲航线旅客分别为217万人次和305万人次[@pak2024]。'), { '217万人次': 'supported', '305万人次': 'supported' });
  assert.deepEqual(status('非洲和大洋洲航线旅客分别为305万人次和217万人次[@pak2024]。'), { '305万人次': 'contradicted', '217万人次': 'contradicted' });
});

test('a part of a total is checked against the part, not the total of the same sentence (出口 is not 进出口总额)', () => {
  const trade = snapshotOf({ '/corpus/lin2022_border.md': `---
id: lin2022
title: 边境贸易年报
year: 2022
---
2021年，云南对老挝进出口总额达到368亿元，同比增长12.1%，其中出口241亿元，进口127亿元。
` });
  const status = statusesIn(trade);
  assert.deepEqual(status('2021年，云南对老挝出口241亿元[@lin2022]。'), { '241亿元': 'supported' });
  assert.deepEqual(status('2021年，云南对老挝进口127亿元，出口241亿元[@lin2022]。'), { '127亿元': 'supported', '241亿元': 'supported' });
  assert.deepEqual(status('2021年，云南对老挝出口214亿元[@lin2022]。'), { '214亿元': 'contradicted' });
  assert.deepEqual(status('2021年，云南对老挝进出口总额达到368亿元[@lin2022]。'), { '368亿元': 'supported' });
});

test('a source sentence whose subject is a pronoun takes the previous sentence as its subject', () => {
  const exports = snapshotOf({ '/corpus/vu2022_exports.md': `---
id: vu2022
title: Trade notes
year: 2022
---
In 2021, Cambodia's rice exports to China rose 12.5% to $410 million. In 2020, they were $364 million.
` });
  const status = statusesIn(exports);
  assert.deepEqual(status("Cambodia's rice exports to China reached $364 million in 2020 [@vu2022]."), { '$364 million': 'supported' });
  assert.deepEqual(status('2020年，柬埔寨对华大米出口额为3.64亿美元[@vu2022]。'), { '3.64亿美元': 'supported' });
});

test('a short value beside a sibling that agrees to four digits is the same statement, whatever the order of the two in each language', () => {
  // An invented press release: 4.8% is in its headline, its body and its table; only the
  // four-digit amount beside it (given first in Chinese, second in the English draft) says which.
  const corpus = snapshotOf({ '/corpus/rlw2024_tourism.md': `---
id: rlw2024
title: 濠江旅游统计快报
year: 2025
---
濠江统计局新闻稿　2025年2月10日

2024年旅客总消费按年上升4.8%
零售业销售额下跌9.7%

统计局资料显示，2024年入境旅客共2,871.5万人次，按年上升19.2%。旅客总消费（不包括博彩）为615.7亿澳门元，按年
上升4.8%；惟旅客人均消费为2,144澳门元，按年下跌12.1%。

主要指标
旅客总消费（亿澳门元）　　615.7　　＋4.8%
` });
  const check = statusesIn(corpus);
  assert.equal(check('Visitor spending excluding gaming rose just 4.8% to MOP 61.57 billion [@rlw2024].')['4.8%'], 'supported');
  // another short value beside the same four-digit sibling is not taken for it
  assert.notEqual(check('Visitor spending excluding gaming rose just 4.3% to MOP 61.57 billion [@rlw2024].')['4.3%'], 'supported');
});

test('two values agreeing to the digit pair on whichever side each language puts them ("rose 21.7% to 31.86 billion", "318.6亿元，增长21.7%")', () => {
  // An invented customs bulletin: a list of products with amount then change; the English draft
  // gives change then amount, in words that match another sentence of the bulletin better.
  const corpus = snapshotOf({ '/corpus/rs2025_customs.md': `---
id: rs2025
title: 海关进出口快报
year: 2025
---
主要出口商品中，机电产品出口增长9.4%；光伏组件217.6亿元，下降4.8%；集成电路318.6亿元，增长21.7%；船舶112.4亿元，增长57.2%。
全年对东盟进出口增长21.7%，对欧盟进出口下降2.2%。
据行业协会统计，全省半导体企业出货量增长18.3%。
` });
  const s = statusesIn(corpus)('Semiconductor shipments climbed 21.7% to 31.86 billion yuan [@rs2025].');
  assert.equal(s['21.7%'], 'supported');
  assert.equal(s['31.86 billion yuan'], 'supported');
});

test('a contradiction quotes the value that sits where the draft\'s figure sits beside an agreeing sibling, before better-worded table cells', () => {
  // An invented provincial bulletin: trade fell 2.7%; a table's growth column shares the draft's words.
  const corpus = snapshotOf({ '/corpus/bw2023_bulletin.md': `---
id: bw2023
title: 2023年北湾省国民经济和社会发展统计公报
year: 2024
---
全年货物进出口总额5432.1亿元，比上年下降2.7%。其中，出口3120.4亿元。

表1 2023年主要口岸货物吞吐量

| 口岸 | 单位 | 吞吐量 | 比上年增长(%) |
| --- | --- | --- | --- |
| 北湾港 | 万吨 | 18420 | 3.3 |
| 南屿港 | 万吨 | 9650 | -0.6 |
` });
  const finding = checkDraftFigures(corpus, analyzeDraft('2023年北湾省货物进出口总额5432.1亿元，比上年增长2.7% [@bw2023]。')).find((f) => f.figure.text === '2.7%');
  assert.equal(finding?.status, 'contradicted');
  assert.equal(finding?.conflicts[0]?.figure.text, '2.7%');
});

// A source that gives a change for the whole and another for one group: a draft that copies the
// whole's change into the group's sentence keeps the group's amount, which places the slip.
const SPENDING = statusesIn(snapshotOf({ '/corpus/qiu2023_visitors.md': `---
id: qiu2023
title: 滨城旅游消费统计
year: 2023
---
2023年全市游客人均消费1,860元，比上年下降11.2%。按客源地统计，境外游客人均消费3,415元，下降8.7%。国内游客人均消费1,544元，上升2.3%。
` }));

test('a value copied from another row of the cited source is contradicted by the value beside the draft\'s amount', () => {
  const s = SPENDING('Spending per overseas visitor fell 11.2%, to 3,415 yuan [@qiu2023].');
  assert.equal(s['11.2%'], 'contradicted');
  assert.equal(s['3,415 yuan'], 'supported');
  // The whole's own sentence still backs the whole's change.
  assert.equal(SPENDING('Spending per visitor fell 11.2%, to 1,860 yuan [@qiu2023].')['11.2%'], 'supported');
});

test('an amount before its change pairs with the change after it, not with the next group\'s', () => {
  // 8.7% sits between 3,415元 and 1,544元; the source puts 2.3% right after 1,544元, and that is 1,544元's change.
  const s = SPENDING('境外游客人均消费3,415元（下降8.7%）、国内游客1,544元（上升2.3%）[@qiu2023]。');
  assert.equal(s['8.7%'], 'supported');
  assert.equal(s['2.3%'], 'supported');
});

// An invented Japanese wage survey; English drafts write "¥" and name no country.
const WAGES = statusesIn(snapshotOf({ '/corpus/kaito2024_wages.md': `---
id: kaito2024
title: 賃金構造統計の概要
year: 2024
---
小売業の男性労働者の年間賃金は391万円で、卸売業（456万円）より65万円低い。
` }));

test('"¥" with no country named may be yen: a Japanese source in yen backs it', () => {
  const s = WAGES('Male workers in retail earn annual wages of ¥3.91 million, against ¥4.56 million in wholesale [@kaito2024].');
  assert.equal(s['¥3.91 million'], 'supported');
  assert.equal(s['¥4.56 million'], 'supported');
});

test('two values of one source sentence swapped between the draft\'s clauses: the better-matching place contradicts', () => {
  const s = WAGES('Male workers in retail earn annual wages of ¥4.56 million, against ¥3.91 million in wholesale [@kaito2024].');
  assert.equal(s['¥4.56 million'], 'contradicted');
});

// An invented customs bulletin: exports and imports swapped in the draft.
const CUSTOMS = statusesIn(snapshotOf({ '/corpus/bay2024_customs.md': `---
id: bay2024
title: 青湾市海关统计快报
year: 2024
---
2024年青湾市货物进出口总额2186.4亿元，比上年增长6.1%。其中，出口1372.9亿元，增长8.4%；进口813.5亿元，增长2.7%。
` }));

test('a value led by the other trade flow (进口 for the draft\'s 出口) is no backing: the swap is contradicted', () => {
  const s = CUSTOMS('2024年青湾市出口813.5亿元，进口1372.9亿元[@bay2024]。');
  assert.equal(s['813.5亿元'], 'contradicted');
  assert.equal(s['1372.9亿元'], 'contradicted');
  const right = CUSTOMS('2024年青湾市出口1372.9亿元，进口813.5亿元[@bay2024]。');
  assert.equal(right['1372.9亿元'], 'supported');
  assert.equal(right['813.5亿元'], 'supported');
});

test('an unsigned cell under a growth column is a rise: a draft table giving 3.7% growth where the source has -3.7 is contradicted', () => {
  const status = statusesIn(snapshotOf({ '/corpus/ling2024_output.md': `---
id: ling2024
title: 岭城市统计公报
year: 2024
---
表3　2024年主要工业产品产量

| 产品 | 单位 | 产量 | 比上年增长（%） |
| --- | --- | --- | --- |
| 汽车 | 万辆 | 24.3 | -3.7 |
| 钢材 | 万吨 | 356.7 | 5.2 |
` }));
  const s = status('2024年岭城市主要产品产量如下[@ling2024]：\n\n| 产品 | 产量 | 增长 |\n| --- | --- | --- |\n| 汽车 | 24.3万辆 | 3.7% |\n| 钢材 | 356.7万吨 | 5.2% |\n');
  assert.equal(s['3.7%'], 'contradicted');
  assert.equal(s['5.2%'], 'supported');
});

test('a draft sentence opening with 其中 is in the year of the sentence it breaks down: a table cell of another year does not back it', () => {
  const status = statusesIn(snapshotOf({ '/corpus/lumen2025_visitors.md': `---
id: lumen2025
title: 2024년 루멘시 방문객 통계
year: 2025
---
| 국적 | 2023년 | 2024년 |
| --- | --- | --- |
| 중국 | 188만 명 | 415만 명 |
| 일본 | 247만 명 | 309만 명 |
` }));
  const text = '据统计，2024年访问鲁门市的外国游客明显增加[@lumen2025]。\n其中中国游客415万人，日本游客247万人[@lumen2025]。';
  const s = status(text);
  assert.equal(s['415万人'], 'supported');
  assert.equal(s['247万人'], 'contradicted');
});
