import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';
import { splitSentences } from '../../server/src/core/corpus/sentences.js';

// Korean figures as statistics releases and briefs write them (sentences invented for the test).
const read = (s: string) => parseFigures(s).map((f) => ({ text: f.text, value: Math.round(f.value * 1000) / 1000, unit: f.unit, kind: f.kind, qualifier: f.qualifier }));

test('a number in Korean groups ends with a group that has no scale of its own', () => {
  assert.deepEqual(read('사업체는 3만 8,600곳으로 늘었다.'), [{ text: '3만 8,600곳', value: 38600, unit: 'count', kind: 'level', qualifier: 'exact' }]);
});

test('Korean shares: N분의 M, 절반, 과반 and "10명 중 7명" are one share each, with their bounds', () => {
  assert.deepEqual(read('응답자 10명 중 7명이 찬성했다.'), [{ text: '10명 중 7명', value: 70, unit: 'percent', kind: 'share', qualifier: 'exact' }]);
  assert.deepEqual(read('수출의 3분의 2 이상이 중국으로 간다.').map((f) => [f.value, f.qualifier]), [[66.667, 'lower']]);
  assert.deepEqual(read('절반에 가까운 가구가 응답했다.').map((f) => [f.text, f.value, f.qualifier]), [['절반에 가까운', 50, 'approx']]);
  assert.deepEqual(read('과반이 반대했다.').map((f) => [f.value, f.qualifier]), [[50, 'lower']]);
});

test('Korean durations and energy: 시간, 일, 개월 and 엑사줄 are units; "3월 1일" is a date', () => {
  assert.deepEqual(read('주당 14.6시간 공부한다.').map((f) => [f.unit, f.value]), [['day', 0.608]]);
  assert.deepEqual(read('평균 1.9일 체류했다.').map((f) => [f.unit, f.value]), [['day', 1.9]]);
  assert.deepEqual(read('평균 대기 기간은 6개월이다.').map((f) => [f.unit, f.value]), [['day', 182.64]]);
  assert.deepEqual(read('3월 1일부터 시행한다.'), []);
  assert.deepEqual(read('1차 에너지 공급은 312엑사줄이다.').map((f) => f.unit), ['TWh']);
  assert.equal(read('312艾焦')[0].value, read('312 exajoules')[0].value);
});

test('a Korean sentence after a citation or a figure starts a new sentence, so its figures are not cited by the one before', () => {
  const text = '응답은 25.1%였다[@kim2024]. 수업 출석률은 94.2%로 높은 편이다. 그러나 3.5%는 결석했다.';
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['응답은 25.1%였다[@kim2024].', '수업 출석률은 94.2%로 높은 편이다.', '그러나 3.5%는 결석했다.']);
});

test('Korean changes: a rate of change named before the number, and a percentage after the level it changes', () => {
  assert.deepEqual(read('수출은 8,134억 위안으로 9.2%, 수입은 약 4,570억 위안으로 2.7% 증가했다.').map((f) => [f.text, f.kind]), [['8,134억 위안', 'level'], ['9.2%', 'change'], ['4,570억 위안', 'level'], ['2.7%', 'change']]);
  assert.equal(read('수출 증가율은 14.9%에 달했다.')[0].kind, 'change');
  assert.equal(read('비중은 30%로 가장 높다.')[0].kind, 'level');
});

test('Korean "N건 중 M건" is a share, 회계연도 no count of times; ㎡ and bare Japanese キロ are units', () => {
  assert.deepEqual(read('신고 10건 중 1건이 반려되었다.').map((f) => [f.value, f.unit]), [[10, 'percent']]);
  assert.deepEqual(read('2034회계연도까지 시행한다.'), []);
  assert.deepEqual(read('평균 면적은 92.1㎡이다.').map((f) => f.unit), ['km2']);
  assert.deepEqual(read('路線は2100キロに達した。').map((f) => [f.value, f.unit]), [[2100, 'km']]);
});

test('낮아졌다 and 높아졌다 after a Korean number say which way it moved', () => {
  assert.deepEqual(parseFigures('2013년보다 9.7%p 낮아졌다.').map((f) => [f.kind, f.direction]), [['change', 'down']]);
  assert.deepEqual(parseFigures('비만율은 3.1%p 높아졌다.').map((f) => [f.kind, f.direction]), [['change', 'up']]);
});

test('Korean native multiples ("두 배 이상"), rooms (6,820실) and nights of a stay (6.9박) are read', () => {
  const r = (s: string) => parseFigures(s).map((f) => [f.text, f.unit, f.value, f.qualifier]);
  assert.deepEqual(r('객실 수는 두 배 이상 늘었다'), [['두 배 이상', 'multiple', 2, 'lower']]);
  assert.deepEqual(r('객실 6,820실을 운영한다'), [['6,820실', 'count', 6820, 'exact']]);
  assert.deepEqual(r('평균 체류 기간은 6.9박이었다'), [['6.9박', 'day', 6.9, 'exact']]);
  assert.deepEqual(r('네 배추를 샀다'), []);
});

test('a Korean list of topics and percentages moved by one verb at its end: each is a change that way', () => {
  const read = (text: string) => parseFigures(text).map((f) => [f.text, f.kind, f.direction ?? '']);
  assert.deepEqual(read('어류는 6.4%, 패류는 2.2% 내렸다.'), [
    ['6.4%', 'change', 'down'],
    ['2.2%', 'change', 'down'],
  ]);
  assert.deepEqual(read('곡물류는 5.1%, 채소류는 9.3% 올랐다.')[0], ['5.1%', 'change', 'up']);
});

test('Korean minutes (18.5분) are a duration; 3분의 1 stays a share and 1분기 a quarter', () => {
  const minutes = parseFigures('평균 대기시간은 18.5분이었다.')[0];
  assert.equal(minutes?.text, '18.5분');
  assert.equal(minutes?.unit, 'day');
  assert.equal(Math.round(minutes!.value * 1440 * 10) / 10, 18.5);
  assert.equal(parseFigures('응답자의 3분의 1이 찬성했다.')[0]?.unit, 'percent');
  assert.ok(!parseFigures('1분기 매출이 늘었다.').some((f) => f.unit === 'day'));
});
