import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWidth, parseFigures } from '../../server/src/core/figures/figureParser.js';
import { foldHanzi } from '../../server/src/core/figures/hanziFold.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { conceptHitsIn } from '../../server/src/core/figures/context.js';
import { conceptOf } from '../../server/src/core/figures/concepts.js';

// Japanese (and traditional Chinese) figures, read through the fold to simplified characters the
// checker applies (sentences invented for the test).
/** The concepts of a Japanese phrase, read as the checker reads it (folded to simplified characters). */
const concepts = (s: string) => {
  const t = foldHanzi(s);
  return new Set(conceptHitsIn(t, 0, t.length, []).flatMap((h) => h.concepts));
};
const read = (s: string) => parseFigures(foldHanzi(foldWidth(s))).map((f) => ({ value: Math.round(f.value * 1000) / 1000, unit: f.unit, kind: f.kind, direction: f.direction, qualifier: f.qualifier }));

test('the fold keeps every offset and leaves simplified Chinese and English alone', () => {
  const ja = '県内総生産は2兆4300億円で、前年比3.2%増加した。';
  assert.equal(foldHanzi(ja).length, ja.length);
  assert.equal(foldHanzi(ja), '县内总生产は2兆4300亿圆で、前年比3.2%增加した。');
  for (const same of ['著名学者翻译了乾隆年间的文献。', 'Exports rose 9.2%.']) assert.equal(foldHanzi(same), same);
  assert.equal(foldHanzi('全年營收達新台幣1.2萬億元'), '全年营收达新台币1.2万亿元');
});

test('Japanese amounts: 兆 and 億 groups written without spaces, yen, dollars and won after the number', () => {
  assert.deepEqual(read('予算は2兆4300億円である。').map((f) => [f.value, f.unit]), [[2.43e12, 'JPY']]);
  assert.deepEqual(read('投資額は169億ドル、補助は1712億ウォン。').map((f) => [f.value, f.unit]), [[1.69e10, 'USD'], [1.712e11, 'KRW']]);
  assert.deepEqual(read('空き家は約3万8000戸、世帯数は49万8000世帯。').map((f) => [f.value, f.unit, f.qualifier]), [[38000, 'count', 'approx'], [498000, 'count', 'exact']]);
  assert.deepEqual(read('面積は5320万平方メートル。').map((f) => [f.value, f.unit]), [[53.2, 'km2']]);
});

test('Japanese shares and changes: 割, 半数超, ポイント, and the movement written after the number', () => {
  assert.deepEqual(read('税収が約7割を占める。').map((f) => [f.value, f.unit, f.qualifier]), [[70, 'percent', 'approx']]);
  assert.deepEqual(read('割合は上昇した。'), []);
  assert.deepEqual(read('回答者の半数超が賛成した。').map((f) => [f.value, f.qualifier]), [[50, 'lower']]);
  assert.deepEqual(read('前年比5.4%増となった。').map((f) => [f.kind, f.direction]), [['change', 'up']]);
  assert.deepEqual(read('販売額は9.6%減少した。').map((f) => [f.kind, f.direction]), [['change', 'down']]);
  assert.deepEqual(read('失業率は0.9ポイント上昇した。').map((f) => [f.unit, f.kind]), [['pp', 'change']]);
});

// A Japanese ministry release, and drafts restating it in English and in Chinese.
const RELEASE = `---
id: soumu2025
title: 住宅統計調査 結果の概要
year: 2025
---
全国の住宅総数は6502万戸で、前回調査から4.2％増加し、過去最多となった。空き家率は13.8％で、0.2ポイント上昇した。
`;

test('a Chinese or English draft restating a Japanese source is supported, and a wrong value contradicted', () => {
  const snapshot = snapshotOf({ 'soumu2025_release.md': RELEASE });
  const status = (draft: string, figure: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((f) => f.figure.text === figure)?.status;
  assert.equal(status('日本全国住宅总数为6502万套，比上次调查增长4.2%[@soumu2025]。', '6502万套'), 'supported');
  assert.equal(status('日本全国住宅总数为6502万套，比上次调查增长4.2%[@soumu2025]。', '4.2%'), 'supported');
  assert.equal(status('日本全国住宅总数为6802万套，比上次调查增长4.2%[@soumu2025]。', '6802万套'), 'contradicted');
  assert.equal(status('The total housing stock reached 65.02 million dwellings, 4.2% more than at the previous survey [@soumu2025].', '65.02 million dwellings'), 'supported');
});

test('Japanese era years read as calendar years in as many characters; 業者 counts firms, 時間 hours', () => {
  for (const [era, year] of [['平成30年（849万戸）', '2018年（849万户）'], ['令和5年の調査', '2023の调查'], ['令和元年', '2019']]) assert.equal(foldHanzi(era), year);
  assert.deepEqual(read('ピーク時の600,980業者から減少した。').map((f) => [f.value, f.unit]), [[600980, 'firm']]);
  assert.deepEqual(read('年間1,978時間働く。').map((f) => [f.unit, f.value]), [['day', 82.417]]);
});

test('the movement after a Japanese number is its own, past a parenthesis, whatever its neighbour says', () => {
  assert.deepEqual(read('家賃（0.3％上昇）や住宅価格（1.1％低下）への影響').map((f) => f.direction), ['up', 'down']);
  assert.deepEqual(read('平成30年（849万戸）から60万戸（7.1％）増加した').map((f) => [f.value, f.kind]), [[8490000, 'level'], [600000, 'change'], [7.1, 'change']]);
});

test('numerals in kanji with 兆, 億 and 万 groups, and a Japanese rate after は (found by a new user)', () => {
  assert.deepEqual(read('医療費の総額は四十三兆六千億円に達した。').map((f) => [f.value, f.unit]), [[4.36e13, 'JPY']]);
  assert.deepEqual(read('合計特殊出生率は1.36と過去最低だった。').map((f) => [f.value, f.unit]), [[1.36, 'rate']]);
});

test('a 万 group followed by a number in thousands ("15万9,000人") is one number; 分の fractions (４分の３, 三分の一) are shares', () => {
  assert.deepEqual(read('就業者数は15万9,000人増加した。').map((f) => f.value), [159000]);
  assert.deepEqual(read('人口は2,857万6,000人。').map((f) => f.value), [28576000]);
  assert.deepEqual(read('全体の４分の３以上を占める。').map((f) => [Math.round(f.value), f.unit, f.kind, f.qualifier]), [[75, 'percent', 'share', 'lower']]);
  assert.deepEqual(read('三分の一が高齢者である。').map((f) => [Math.round(f.value), f.unit]), [[33, 'percent']]);
  assert.deepEqual(read('9時30分の便'), []);
});

test('Japanese statistical words mean what a Japanese writer means: 四半期 a quarter, 世帯 a household, 予算 a budget, 所得 income', () => {
  assert.ok(concepts('10－12月期は四半期として過去最高').has(conceptOf('quarter')));
  assert.ok(concepts('単身世帯が増えた').has(conceptOf('household')));
  assert.ok(concepts('政府の予算は').has(conceptOf('budget')));
  assert.ok(concepts('可処分所得は').has(conceptOf('income')));
});

test('Japanese words written with kana have concepts (EDICT): 空き家, ホテル, 引き下げ, and a verb stem before its ending (上回った, 増えた)', () => {
  assert.ok(concepts('空き家は909万戸').has(conceptOf('vacant')));
  assert.ok(concepts('ホテルの客室').has(conceptOf('hotel')));
  assert.ok(concepts('頭金比率を引き下げた').has(conceptOf('reduction')));
  assert.ok(concepts('2019年を15.6%上回った').has(conceptOf('exceed')));
  assert.ok(concepts('就業者が増えた').has(conceptOf('increase')));
  // Chinese text keeps its Chinese reading: 上回 is "last time" there.
  assert.ok(!concepts('上回会议').has(conceptOf('exceed')));
});

test('"約６人に１人" (about one in six) is a share, not a count of one person', () => {
  assert.deepEqual(read('20代が39万5,000人、約６人に１人を占める。').map((f) => [f.unit, Math.round(f.value), f.kind, f.qualifier]), [['people', 395000, 'level', 'exact'], ['percent', 17, 'share', 'approx']]);
});

test('a 万 group followed by a 千 group ("1万2千家", "約2万5千社", "1亿2千万元") is one number', () => {
  assert.deepEqual(read('子公司1万2千家。').map((f) => [f.value, f.unit]), [[12000, 'firm']]);
  assert.deepEqual(read('約2万5千社が進出').map((f) => [f.value, f.qualifier]), [[25000, 'approx']]);
  assert.deepEqual(read('投资1亿2千万元').map((f) => f.value), [120000000]);
  assert.deepEqual(read('投资3千万元').map((f) => f.value), [30000000]);
});

test('Japanese halves: 約半分, 半数を超え, 過半数 are shares of 50%', () => {
  const read = (s: string) => parseFigures(foldHanzi(s)).map((f) => [f.value, f.unit, f.qualifier]);
  assert.deepEqual(read('輸入が約半分を占める'), [[50, 'percent', 'approx']]);
  assert.deepEqual(read('回答者の半数を超えた'), [[50, 'percent', 'lower']]);
  assert.deepEqual(read('過半数が賛成した'), [[50, 'percent', 'lower']]);
});

test('Japanese era years are years (令和5年 is 2023, 令和元年 2019), never durations; a share of a base year (令和元年比78.6%) is the sentence\'s year', () => {
  const text = foldHanzi('令和5年の訪日外国人旅行者数は2507万人で、令和元年比78.6%まで回復した。');
  assert.deepEqual(parseFigures(text).map((f) => f.text), ['2507万人', '78.6%']);
  const source = `---\nid: jnto2024\ntitle: 訪日外客統計\nyear: 2024\n---\n令和5年の訪日外国人旅行者数は2507万人で、令和元年比78.6%まで回復した。\n`;
  const snap = snapshotOf({ '/c/jnto2024_stats.md': source });
  const findings = checkDraftFigures(snap, analyzeDraft('2023年访日游客恢复至2019年的78.6%[@jnto2024]。\n'));
  assert.equal(findings.find((f) => f.figure.text === '78.6%')?.status, 'supported');
});

test('a triangle before a percentage is a fall; a footnote mark (※2) is no count; 校 counts schools', () => {
  const read = (text: string) => parseFigures(text).map((f) => [f.text, f.unit, f.kind, f.direction ?? '']);
  assert.deepEqual(read('下水道事業費は前年度比△4.1%となった。'), [['4.1%', 'percent', 'change', 'down']]);
  assert.deepEqual(read('※3 人口は住民基本台帳による。'), []);
  assert.deepEqual(read('市立中学校14校に整備する。'), [['14校', 'count', 'level', '']]);
});

test('"…より47.1%高かった": a difference from what より names, in the past tense too, is a change', () => {
  assert.deepEqual(parseFigures('白菜は前年同月より38.2%高かった。').map((f) => f.kind), ['change']);
  assert.deepEqual(parseFigures('大根は平年より12.5%安かった。').map((f) => f.kind), ['change']);
});

test('"0.50%ポイント引き下げ": Japanese percentage points, and the direction 引き下げ/引き上げ gives', () => {
  const read = (text: string) => parseFigures(text).map((f) => [f.text, f.unit, f.kind, f.direction ?? '']);
  assert.deepEqual(read('政策金利を0.50%ポイント引き下げた。')[0], ['0.50%ポイント', 'pp', 'change', 'down']);
  assert.deepEqual(read('消費税率を2%ポイント引き上げた。')[0], ['2%ポイント', 'pp', 'change', 'up']);
});
