import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWidth, parseFigures } from '../../server/src/core/figures/figureParser.js';
import { foldHanzi } from '../../server/src/core/figures/hanziFold.js';

// Whether a figure states a change or a level, in wordings a source or a draft uses for a change
// (invented sentences, one per wording). A change compared with a level is never the same claim.
// Keys are the figure as read: folded to simplified characters and ASCII digits.
const kinds = (s: string) => Object.fromEntries(parseFigures(foldHanzi(foldWidth(s))).map((f) => [f.text.replace(/^about /, ''), f.kind]));

test('English: a movement qualified as small, a shared verb after "and", a growth rate moved to, a bracketed rate of a change', () => {
  assert.equal(kinds('Consumer prices rose only 0.4% last year.')['0.4%'], 'change');
  assert.equal(kinds('Investment fell 9.6% and floor space sold 12.4%.')['12.4%'], 'change');
  assert.equal(kinds('Exports grew 9.3% and imports only 0.9%.')['0.9%'], 'change');
  assert.equal(kinds('Floor space fell to 53.2 million square metres, and the value of sales by 15.1%.')['15.1%'], 'change');
  assert.equal(kinds('Debt growth slowed to 3.1 percent in the year.')['3.1 percent'], 'change');
  assert.equal(kinds('Average annual growth from 2016 to 2021 was 6.2% in Ardwell.')['6.2%'], 'change');
  assert.equal(kinds('The decline over the decade was 11%.')['11%'], 'change');
  // A bare verb after a clause whose subject is a rate of change: "增速最快，达9.1%".
  assert.equal(kinds('分县看，青河县增速最快，达12.6%。')['12.6%'], 'change');
  assert.notEqual(kinds('青河县占比最高，达12.6%。')['12.6%'], 'change');
  assert.equal(kinds('The bill would raise completions by about 38,000 dwellings (18%) to 250,000.')['18%'], 'change');
  assert.equal(kinds('It would reduce revenue by **$16.9 billion** over ten years.')['$16.9 billion'], 'change');
  assert.equal(kinds('It would raise income and payroll tax receipts by $2.7 billion.')['$2.7 billion'], 'change');
  assert.equal(kinds('The vacancy rate fell by only 0.4 points.')['0.4 points'], 'change');
  // …and what stays a level or a share
  assert.equal(kinds('Existing commitments would add only $41 billion.')['$41 billion'], 'level');
  assert.equal(kinds('Exports rose 5% and Japan took 12% of them.')['12%'], 'share');
  assert.notEqual(kinds('GDP reached 800 billion yuan (18%) of the region.')['18%'], 'change');
});

test('Chinese, Korean and Japanese: 减排, a sign after a word, 오른 and 커졌다, 증가율(…), より…長い, 押し下げる', () => {
  assert.equal(kinds('该港计划到2030年较2019年减排55%。')['55%'], 'change');
  assert.equal(kinds('人口自然增长率-0.88‰。')['0.88‰'], 'change');
  assert.equal(kinds('평균 월급은 3.6% 오른 7,480위안이었다.')['3.6%'], 'change');
  assert.equal(kinds('표본은 2022년 조사보다 13.8% 커졌다.')['13.8%'], 'change');
  assert.equal(kinds('대한국 수출 증가율(4.2%)을 크게 웃돌았다.')['4.2%'], 'change');
  assert.equal(kinds('年間実労働時間は全産業平均より346時間長い。')['346时间'], 'change');
  assert.equal(kinds('市場家賃を0.6％押し下げるにとどまる。')['0.6%'], 'change');
  assert.equal(kinds('生産性を2割向上させる。')['2割'], 'change');
});

test('Korean releases: a change after a bracketed rate, signs in brackets, 웃돌다, 보다 … 많은; a share taken up (차지) is no change', () => {
  const read = (s: string) => parseFigures(foldHanzi(foldWidth(s))).map((f) => [f.text, f.kind, f.direction]);
  assert.deepEqual(read('취업자는 전년대비 15만 9천명(0.6%) 증가'), [['15만 9천명', 'change', undefined], ['0.6%', 'change', 'up']]);
  assert.deepEqual(read('60세 이상(+26만 5천명), 20대(-12만 4천명)'), [['26만 5천명', 'change', 'up'], ['12만 4천명', 'change', 'down']]);
  assert.equal(kinds('3,188만 명을 15.6% 웃돌았다')['15.6%'], 'change');
  assert.equal(kinds('2019년의 171억 홍콩달러보다 8.6% 많은 수준')['8.6%'], 'change');
  assert.equal(kinds('427만 3천명으로 3/4 이상을 차지')['3/4'], 'share');
  assert.equal(kinds('自然増加率はマイナス1.33‰である')['1.33‰'], 'change');
  assert.equal(kinds('來臺旅客較112年成長21.1%')['21.1%'], 'change');
});

test('a year of the Republic of China calendar (113年) and a Korean age decade (20대) are not figures', () => {
  assert.deepEqual(Object.keys(kinds('較112年之6,486,951人次成長21.1%')), ['6,486,951人次', '21.1%']);
  assert.deepEqual(Object.keys(kinds('20대 취업자는 12만 4천명 감소')), ['12만 4천명']);
});

test('Korean: a forecast or comparison with 낮을/높을, 낮은/높은, 낮게 is a change', () => {
  assert.equal(kinds('내년 운임지수는 올해보다 15~20% 낮을 것으로 예상된다.')['15~20%'], 'change');
  assert.equal(kinds('수입 물가는 전년보다 4.1% 높은 수준이다.')['4.1%'], 'change');
  assert.equal(kinds('판매 단가를 3% 낮게 책정했다.')['3%'], 'change');
});
