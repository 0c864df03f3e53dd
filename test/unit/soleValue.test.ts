import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { spanFeatures } from '../../server/src/core/figures/context.js';
import { conceptOf } from '../../server/src/core/figures/concepts.js';

// A harbour report in English and a fisheries note in Chinese, both invented: a Chinese draft
// paraphrases the English one so loosely that few words are shared.
const HARBOUR = `---
id: calder2024
title: Port of Calder annual statistics
year: 2024
---
The Port of Calder handled 41.3 million passengers in 2023. March alone saw 3.87 million travellers,
a record for the season. Ferry crossings to the islands rose 12 percent to 96,400.
Cruise calls numbered 212 and container traffic reached 1.45 million TEU.
`;
const FISHERIES = `---
id: mo2024
title: 卡尔德渔业简报
year: 2024
---
2023年，卡尔德港登记渔民共387万人，渔获量同比下降百分之六。
`;

const snapshot = assembleSnapshot(1, new Map([
  ['/c/calder2024_stats.md', indexFile('/c/calder2024_stats.md', Buffer.from(HARBOUR))],
  ['/c/mo2024_fish.md', indexFile('/c/mo2024_fish.md', Buffer.from(FISHERIES))],
]));
const statusOf = (draft: string, figure: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))?.status;

test('"3月" and "March" name the same month, so a Chinese clause and an English one share it', () => {
  assert.ok(spanFeatures('3月单月客流创新高', 0, 9).has(conceptOf('march')));
  assert.ok(!spanFeatures('2023年客流创新高', 0, 10).has(conceptOf('march')));
});

test('a value of three significant digits that the cited source gives once is the one the writer took, however loose the paraphrase', () => {
  assert.equal(statusOf('去年一个月内，该港客流达到387万人次[@calder2024]。', '387万'), 'supported');
  // another value, same loose paraphrase: no support
  assert.equal(statusOf('去年一个月内，该港客流达到391万人次[@calder2024]。', '391万') === 'supported', false);
});

test('the same digits in the cited source do not count when an uncited source states the figure for a matching subject', () => {
  // 387万 fishers are in the fisheries note; the harbour report's 3.87 million travellers are another quantity.
  assert.equal(statusOf('2023年卡尔德港登记渔民共387万人[@calder2024]。', '387万'), 'not-in-cited-source');
});

test('an amount written in groups of ten thousand (2조 3,109억 엔, 2兆3,109億円) has all its digits: given once by the cited source, it is the one the writer took', () => {
  // An invented Japanese release: quarterly amounts in one sentence, a Korean draft that shares no word with it.
  const release = assembleSnapshot(1, new Map([['/c/hk2025_release.md', indexFile('/c/hk2025_release.md', Buffer.from(`---
id: hk2025
title: 港湾観光消費動向調査 2024年年間値
year: 2025
---
四半期別では、1-3月期1兆5,204億円、4-6月期1兆6,381億円、7-9月期1兆4,976億円、10-12月期1兆8,452億円であった。
`))]]));
  const status = (draft: string, figure: string) => checkDraftFigures(release, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))?.status;
  assert.equal(status('분기별로는 10~12월 지출이 1조 8,452억 엔으로 가장 많았다[@hk2025].', '8,452'), 'supported');
  assert.notEqual(status('분기별로는 10~12월 지출이 1조 8,457억 엔으로 가장 많았다[@hk2025].', '8,457'), 'supported');
});

test('a value the draft gives for its own other clause is no rival: each clause of a list keeps its own match', () => {
  // An invented retail release in traditional Chinese; an English draft restating a category of its
  // text loosely (few shared words) and a row of its table closely.
  const retail = assembleSnapshot(1, new Map([['/c/rs2025_retail.md', indexFile('/c/rs2025_retail.md', Buffer.from(`---
id: rs2025
title: 零售業銷售調查 2024年第四季
year: 2025
---
零售業銷售額連續三季下跌。按零售業類別統計，名錶及珠寶銷售額下跌27.4%，皮具下跌13.6%。

表一　零售業銷售額（億澳門元）
類別　銷售額　變動（%）
百貨商品　95.2　-9.8
超級市場　58.6　+6.3
汽車　43.1　-3.5
`))]]));
  const statuses = (draft: string) => Object.fromEntries(checkDraftFigures(retail, analyzeDraft(draft)).map((f) => [f.figure.text, f.status]));
  const s = statuses('Timepieces slid 27.4%; supermarket retail sales rose 6.3% [@rs2025].');
  assert.equal(s['27.4%'], 'supported');
  assert.equal(s['6.3%'], 'supported');
});

// An invented Korean housing note: the draft's value as written, once in the cited source, with a
// paraphrase whose words the lexicon cannot meet (옥탑방 is "rooftop room"), and another measure
// of the same source sharing a word with the draft (주민, residents) that matches no better than loosely.
test('the very value, once in the cited source, backs a loose cross-language paraphrase unless a rival would contradict', () => {
  const note = `---
id: hanul2024
title: 한울시 주거 실태 보고
year: 2024
---
○ 옥탑방 비율은 6.4%로 집계되었다.
○ 한울시 주민의 주거 만족도는 58%였다.
`;
  const corpus = assembleSnapshot(1, new Map([['/c/hanul2024_housing.md', indexFile('/c/hanul2024_housing.md', Buffer.from(note))]]));
  const status = (draft: string) => checkDraftFigures(corpus, analyzeDraft(draft))[0]?.status;
  assert.equal(status('In Hanul, rooftop rooms house 6.4% of residents [@hanul2024].'), 'supported');
  // The rival's own value is no coincidence: the satisfaction rate is still contradicted.
  assert.equal(status('In Hanul, 64% of residents are satisfied with their housing [@hanul2024].'), 'contradicted');
});

test('the very value written twice in the cited source (a table cell and the prose about it) is still one value', () => {
  const note = `---
id: dalim2024
title: 달림시 빈집 조사
year: 2024
---
○ 옥탑방 비율은 6.4%로 집계되었다.
○ 한울시 주민의 주거 만족도는 58%였다.

| 구분 | 비율 |
| --- | --- |
| 옥탑방 | 6.4% |
`;
  const corpus = assembleSnapshot(1, new Map([['/c/dalim2024_housing.md', indexFile('/c/dalim2024_housing.md', Buffer.from(note))]]));
  const status = (draft: string) => checkDraftFigures(corpus, analyzeDraft(draft))[0]?.status;
  assert.equal(status('In Dalim, rooftop rooms house 6.4% of residents [@dalim2024].'), 'supported');
});

test('across languages a whole the lexicon cannot match ("the national crop", 全國糙米產量) does not rule out the very value in the cited source', () => {
  const bulletin = `---
id: yuan2024
title: 苑縣農業統計
year: 2024
---
本縣糙米產量為31.6萬公噸，占全國糙米產量之13.4%，仍為全國第3大產米縣。
`;
  const corpus = assembleSnapshot(1, new Map([['/c/yuan2024_rice.md', indexFile('/c/yuan2024_rice.md', Buffer.from(bulletin))]]));
  const status = (draft: string) => checkDraftFigures(corpus, analyzeDraft(draft)).find((f) => f.figure.text.includes('13.4'))?.status;
  assert.equal(status('The county still grows 13.4% of the national crop [@yuan2024].'), 'supported');
});
