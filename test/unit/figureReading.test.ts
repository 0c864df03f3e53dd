import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { foldWidth, parseFigures, type Figure } from '../../server/src/core/figures/figureParser.js';
import { readSourceFigures } from '../../server/src/core/figures/tables.js';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { ROOT } from '../helpers/lspClient.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';

// Labelled figure forms (test/fixtures/parse): each example lists every statistic of its text
// with value, unit, kind and qualifier; an example with none is a non-statistic that must not be
// read. `tune` is the half the parser was adjusted on (its misses are printed); `heldout` is only
// scored.
interface Expected {
  text: string;
  value: number;
  high?: number;
  unit: string;
  kind: string;
  qualifier: string;
}
interface Example {
  text: string;
  lang: string;
  genre: string;
  figures: Expected[];
}

const load = (half: string): Example[] =>
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'parse', `${half}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.002);

/** Reads an example the way the corpus reads a source: normalised, then tables and prose. */
function read(text: string): { figures: Figure[]; text: string } {
  const normalized = normalizeText(text).text;
  const { prose, tables } = readSourceFigures(normalized);
  return { figures: [...prose, ...tables.map((t) => t.figure)].sort((a, b) => a.start - b.start), text: normalized };
}

function score(examples: Example[]) {
  let forms = 0;
  let found = 0;
  let right = 0;
  let nonStats = 0;
  let falseReads = 0;
  const misses: string[] = [];
  for (const ex of examples) {
    const { figures, text } = read(ex.text);
    const used = new Set<number>();
    let from = 0;
    for (const e of ex.figures) {
      forms++;
      const surface = normalizeText(foldWidth(e.text)).text;
      const at = text.indexOf(surface, from);
      const start = at >= 0 ? at : 0;
      const end = at >= 0 ? at + surface.length : 0;
      if (at >= 0) from = at + 1;
      const i = figures.findIndex((f, k) => !used.has(k) && f.start < end && f.end > start);
      if (i < 0) {
        misses.push(`not read: "${e.text}" in "${ex.text}"`);
        continue;
      }
      used.add(i);
      found++;
      const f = figures[i];
      const ok = close(f.value, e.value) && close(f.high, e.high ?? e.value) && f.unit === e.unit && f.kind === e.kind && f.qualifier === e.qualifier;
      if (ok) right++;
      else misses.push(`read "${f.text}" as ${f.value}${f.high !== f.value ? `-${f.high}` : ''} ${f.unit} ${f.kind} ${f.qualifier}; expected ${e.value}${e.high ? `-${e.high}` : ''} ${e.unit} ${e.kind} ${e.qualifier}  (${ex.text})`);
    }
    if (ex.figures.length === 0) nonStats++;
    figures.forEach((f, k) => {
      if (used.has(k)) return;
      falseReads++;
      misses.push(`read a non-statistic: "${f.text}" in "${ex.text}"`);
    });
  }
  return { forms, found, right, nonStats, falseReads, misses };
}

for (const half of ['tune', 'heldout']) {
  test(`figure reading, ${half} half: value, unit, kind and qualifier of every labelled form`, () => {
    const s = score(load(half));
    const accuracy = s.right / s.forms;
    console.log(
      [
        '',
        `${half}: ${s.forms} figure forms, read ${s.found}, fully right ${s.right} (accuracy ${accuracy.toFixed(3)}); ${s.nonStats} non-statistic examples, ${s.falseReads} false reads`,
        ...(half === 'tune' ? s.misses.map((m) => `  miss: ${m}`) : [`  (${s.misses.length} misses, not shown: held out)`]),
      ].join('\n'),
    );
    assert.ok(s.forms >= 180, `only ${s.forms} forms`);
    assert.ok(s.nonStats >= 45, `only ${s.nonStats} non-statistics`);
    assert.ok(accuracy >= 0.85, `accuracy ${accuracy.toFixed(3)}`);
    assert.ok(s.falseReads <= s.forms * 0.03, `${s.falseReads} false reads`);
  });
}

test('bare numbers that continue a statement: the level after "shrank by N to", a member count in brackets, a decimal after "against", a rate before a count', () => {
  const r = (s: string) => parseFigures(s).map((f) => [f.text, f.unit, f.kind]);
  assert.deepEqual(r('The population shrank by 2,200 to 684,100, and the total fertility rate fell to 0.56.'), [['2,200', 'people', 'change'], ['684,100', 'people', 'level'], ['0.56', 'rate', 'level']]);
  assert.deepEqual(r('Arrivals rose 60.2% to 2.26 million, led by South Koreans (708,000).').map((x) => x[0]), ['60.2%', '2.26 million', '708,000']);
  assert.deepEqual(r('Japanese visitors stay just 4.1 nights, against 9.3 for visitors from Europe.'), [['4.1 nights', 'day', 'level'], ['9.3', 'day', 'level']]);
  assert.deepEqual(r('Hotel occupancy was 86.1%, +7.1 points.').map((x) => [x[0], x[1]]), [['86.1%', 'percent'], ['7.1 points', 'pp']]);
  // a range is still a range
  assert.deepEqual(r('between 2,000 and 3,000 people').length, 1);
});

test('a number passed or aimed for: "passed one million" is at least a million of what the clause counts; "aims for 300,000" states a count', () => {
  const r = (s: string) => parseFigures(s).map((f) => [f.unit, f.value, f.qualifier]);
  assert.deepEqual(r('Korean visitors passed one million for the first time.'), [['people', 1e6, 'lower']]);
  assert.deepEqual(r('The city completed 45,000 units in 2023 and aims for 300,000 by 2025.'), [['count', 45000, 'exact'], ['count', 300000, 'exact']]);
});

test('a whole number of months or years named as the span of a statement (5년간, 3年10か月ぶり, 1년 이상, within 5 years) is no statistic; an average span is', () => {
  const r = (s: string) => parseFigures(s).map((f) => f.text);
  assert.deepEqual(r('5년간 420억 원 투입'), ['420억 원']);
  assert.deepEqual(r('3年10か月ぶりに減少した'), []);
  assert.deepEqual(r('1년 이상 방치된 빈집이 7,150호'), ['7,150호']);
  assert.deepEqual(r('Tariffs fall to zero within 5 years.'), []);
  assert.deepEqual(r('平均勤続年数は12年'), ['12年']);
  assert.deepEqual(r('Loans ran for 7.5 years on average.'), ['7.5 years']);
});

test('a structure written as a ratio of shares that add up to 100 gives each part as a percent share; a time or a score is no share', () => {
  const r = (s: string) => parseFigures(s).map((f) => [f.text, f.unit, f.value]);
  assert.deepEqual(r('全年三次产业结构为12.1∶40.3∶47.6，服务业比重提高。'), [['12.1', 'percent', 12.1], ['40.3', 'percent', 40.3], ['47.6', 'percent', 47.6]]);
  assert.deepEqual(r('产业结构调整为9:41:50。'), [['9', 'percent', 9], ['41', 'percent', 41], ['50', 'percent', 50]]);
  assert.deepEqual(r('会议于10:30:45开始。'), []);
  assert.deepEqual(r('比分为3:2:1。'), []);
});

test('a ratio named just before a bare decimal (收入比为2.11) is read as a rate; 比上年 is no ratio', () => {
  assert.deepEqual(parseFigures('城乡居民收入比为2.47，比上年缩小0.06。').map((f) => [f.text, f.unit]), [['2.47', 'rate']]);
  assert.deepEqual(parseFigures('全年增加值比上年增长3.4。').map((f) => f.text), []);
});

test('美金 before an amount is US dollars, and nights (夜) are a length of stay', () => {
  assert.deepEqual(parseFigures('每人每日消費美金201.6元').map((f) => [f.unit, f.value]), [['USD', 201.6]]);
  assert.deepEqual(parseFigures('平均停留5.37夜，夜间航班增加').map((f) => [f.unit, f.value]), [['day', 5.37]]);
});

test('部 counts machines and works ("加装电梯2140部"), but not 部门 or 部分', () => {
  assert.deepEqual(parseFigures('加装电梯2140部。').map((f) => [f.text, f.unit]), [['2140部', 'count']]);
  assert.deepEqual(parseFigures('国务院5部门联合发文，分为3部分。').map((f) => f.text), []);
});

test('ages in Korean and Japanese: an average age or life expectancy is a statistic, an age group is not', () => {
  const read = (t: string) => parseFigures(t).map((f) => [f.text, f.unit]);
  assert.deepEqual(read('기대수명은 81.3세로 2020년보다 0.9세 높아졌다.'), [['81.3세', 'age'], ['0.9세', 'age']]);
  assert.deepEqual(read('漁業就業者の平均年齢は57.4歳だった。'), [['57.4歳', 'age']]);
  assert.deepEqual(read('渔民平均年龄近61岁。'), [['近61岁', 'age']]);
  assert.deepEqual(read('The average age of crews was 46.2 years, and life expectancy rose to 80.4 years.'), [['46.2 years', 'age'], ['80.4 years', 'age']]);
  assert.deepEqual(read('65세 이상 인구와 3세 미만 아동'), []);
});

test('a number of days named before a bare 日 ("平均在院日数は11.2日"), and fractions in twentieths', () => {
  assert.deepEqual(parseFigures('平均在院日数は11.2日である。').map((f) => [f.text, f.unit, f.value]), [['11.2日', 'day', 11.2]]);
  assert.deepEqual(parseFigures('less than a twentieth of the peak').map((f) => [f.text, f.value, f.qualifier]), [['less than a twentieth', 5, 'upper']]);
});

test('a table row label\'s parenthesis that opens with a number ("(30세 이상)") is a group, not the unit of its cells', () => {
  const text = '<표> 주요 지표 추이                                   (단위: %)\n 구분                       2020     2021     2022     2023\n 비만 유병률                 38.3     37.1     36.3     37.2\n 고위험음주율                14.1     15.4     15.5     15.3\n 당뇨병 유병률(30세 이상)    15.4     16.3     14.8     15.9\n';
  const [doc] = snapshotOf({ 'kosis2024_health.txt': text }).documents;
  const cells = doc.scan.figures.filter((f) => f.table && f.figure.value === 15.9);
  assert.deepEqual(cells.map((c) => c.figure.unit), ['percent']);
});

test('English rates per a denominator: the count is the figure ("7.62 beds per 1,000 residents", "1.14 nurses for every doctor"), the denominator is not', () => {
  const read = (t: string) => parseFigures(t).map((f) => [f.text, f.value, f.unit]);
  assert.deepEqual(read('The city has 6.35 beds per 1,000 residents.'), [['6.35', 6.35, 'count']]);
  assert.deepEqual(read('Hexi has 9.04 beds per thousand people.'), [['9.04', 9.04, 'count']]);
  assert.deepEqual(read('There are 1.27 registered nurses for every doctor.'), [['1.27', 1.27, 'count']]);
  assert.deepEqual(read('Road deaths fell to 5.3 per 100,000 people, and rates rose 2 per cent.'), [['5.3', 5.3, 'count'], ['2 per cent', 2, 'percent']]);
});

test('a decimal before 日 is a number of days (no date has decimals), and any number before 당 / 当たり is a denominator', () => {
  assert.deepEqual(parseFigures('平均住院日9.4日，其中公立医院9.8日。').map((f) => [f.text, f.unit]), [['9.4日', 'day'], ['9.8日', 'day']]);
  assert.deepEqual(parseFigures('인구 1,000명당 병상은 6.83개이다.').map((f) => f.text), ['6.83개']);
  assert.deepEqual(parseFigures('人口1,000人当たりの病床数').map((f) => f.text), []);
});

test('"a 10% cut", "a 5% reduction", "a 3% hike" are changes, not levels', () => {
  const kinds = (t: string) => parseFigures(t).map((f) => [f.text, f.kind]);
  assert.deepEqual(kinds('A 12% cut in speed saves fuel; a 4% reduction in costs and a 3% hike in fares followed.'), [['12%', 'change'], ['4%', 'change'], ['3%', 'change']]);
});

test('"7 of our 52 ports", "2 of his 9 ministers": a part of a possessed whole is a count', () => {
  assert.deepEqual(parseFigures('Only 7 of our 52 ports offer shore power.').map((f) => f.text), ['7', '52 ports']);
});

test('a span back from now or over which a change is measured ("5년 전보다", "30년 전인", "5年前", "1년 새", "5년 사이", "3 years ago") is not a statistic', () => {
  const texts = (t: string) => parseFigures(t).map((f) => f.text);
  assert.deepEqual(texts('주택 수는 7,120만 호로 5년 전보다 310만 호 늘었다.'), ['7,120만 호', '310만 호']);
  assert.deepEqual(texts('30년 전인 1994년의 512만 호에서 1년 새 12.4% 늘었고 5년 사이 95만 가구가 늘었다.'), ['512만 호', '12.4%', '95만 가구']);
  assert.deepEqual(texts('与5年前相比增长3.6%，3 years ago it was 14.2%.'), ['3.6%', '14.2%']);
});

test('a rate that defines a group ("세율이 3%를 넘는 도시", "1.5% 미만에서는", "税率超过3%的城市", "を超える自治体", "where the levy exceeded 3%") is no statistic, like an age group', () => {
  const texts = (t: string) => parseFigures(t).map((f) => f.text);
  assert.deepEqual(texts('세율이 3%를 넘는 도시에서는 공실률이 1.7%p 떨어졌고, 1.5% 미만에서는 0.4%p 떨어졌다.'), ['1.7%p', '0.4%p']);
  assert.deepEqual(texts('税率超过3%的城市降幅达1.7个百分点，超过30%的家庭表示支持。'), ['1.7个百分点', '超过30%']);
  assert.deepEqual(texts('税率が3％を超える自治体では1.7ポイント低下した。'), ['1.7ポイント']);
  assert.deepEqual(texts('Vacancy fell 1.7 points where the levy exceeded 3% of assessed value; exports exceeded 20% of GDP.'), ['1.7 points', 'exceeded 20%']);
});

test('"pts" abbreviates points as "points" does: "+1.6 pts" in a results table is a move in percentage points', () => {
  const read = (t: string) => parseFigures(t).map((f) => [f.text, f.unit]);
  assert.deepEqual(read('| Operating margin | 14.2% | 12.6% | +1.6 pts |'), [['14.2%', 'percent'], ['12.6%', 'percent'], ['1.6 pts', 'pp']]);
  assert.deepEqual(read('The composite averaged 3,412 pts.'), [['3,412 pts', 'points']]);
});

test('a length of time that sorts what is counted ("delayed by ten minutes or more on 96 days") is a threshold, not a statistic', () => {
  assert.deepEqual(parseFigures('Buses were delayed by ten minutes or more on 96 days; visits of 45 minutes or longer fell.').map((f) => f.text), ['96 days']);
});

test('a change with a determiner before it ("fell by the same 4.1%", "rose a further 2.3%", "a sharp 7%") is a change', () => {
  const kinds = (t: string) => parseFigures(t).map((f) => f.kind);
  assert.deepEqual(kinds('Beef rose 4.1% while mutton fell by the same 4.1%; rents rose a further 2.3% after they fell a sharp 7.5%.'), ['change', 'change', 'change', 'change']);
});

test('a comparative after a percentage ("9.4% dearer", "3% cheaper", "12% larger") makes it a change', () => {
  assert.deepEqual(parseFigures('Beef was 9.4% dearer than a year before, rice 3% cheaper and flats 12% larger.').map((f) => f.kind), ['change', 'change', 'change']);
});

test('bounds that sort the people counted ("주 4회 이상 운동하는", "7시간 미만 자는", "at least twice a week", "less than five hours", "the top 20%") are no statistics; "more than 90,000 stores" still is', () => {
  const texts = (t: string) => parseFigures(t).map((f) => f.text);
  assert.deepEqual(texts('주 4회 이상 운동하는 학생은 41.2%, 7시간 미만 자는 학생은 22.5%였다.'), ['41.2%', '22.5%']);
  assert.deepEqual(texts('Some 41.2% exercise at least twice a week, and nearly a third sleep less than five hours.'), ['Some 41.2%', 'nearly a third']);
  assert.deepEqual(texts('The top 20% held 51.3% of wealth. More than 90,000 stores opened, up 12.5%.'), ['51.3%', 'More than 90,000 stores', '12.5%']);
});

test('a Korean coefficient or ratio and its change ("지니계수는 0.331로 전년 대비 0.004 감소") are figures', () => {
  assert.deepEqual(parseFigures('처분가능소득 기준 지니계수는 0.331로 전년 대비 0.004 감소하였다.').map((f) => [f.text, f.unit, f.kind]), [['0.331', 'rate', 'level'], ['0.004', 'rate', 'change']]);
});

test('"couples\' ideal number of children averaged 2.31", "the number they planned averaged 2.07": an average number of things is a count', () => {
  assert.deepEqual(parseFigures("Couples' ideal number of children averaged 2.31, while the number they planned to have averaged 2.07.").map((f) => [f.text, f.unit]), [['2.31', 'count'], ['2.07', 'count']]);
});

test('上调 / 下调 / 调高 / 上浮 before a figure make it a change ("工资上调三成", "电价下调5%")', () => {
  assert.deepEqual(parseFigures('公务员工资上调两成，电价下调4%，利率上浮10%。').map((f) => f.kind), ['change', 'change', 'change']);
});

test('"a doubling of capital spending", "a tripling" are multiples, as "doubled" is', () => {
  assert.deepEqual(parseFigures('The budget includes a doubling of road spending and a tripling of grants.').map((f) => [f.text, f.value, f.unit]), [['doubling', 2, 'multiple'], ['tripling', 3, 'multiple']]);
});

test('a rate compared with the change of the clause before is a change ("实际增长6%，快于前一年的4%", "expanded by 6.1 percent, up from 4.2 percent")', () => {
  const kinds = (t: string) => parseFigures(t).map((f) => f.kind);
  assert.deepEqual(kinds('经济实际增长6%，明显快于前一年的4%。'), ['change', 'change']);
  assert.deepEqual(kinds('Real GDP expanded by 6.1 percent, up from 4.2 percent in 2022.'), ['change', 'change']);
  assert.deepEqual(kinds('出口占比35%，高于上年的30%。'), ['share', 'level']);
});

test('a day before an English month is a date; a change then the level it reached is not a range; facilities are counted', () => {
  assert.deepEqual(parseFigures('On 11 November couriers collected 701 million parcels, and on 3 Sept 12 firms closed.').map((f) => f.text), ['701 million parcels', '12 firms']);
  assert.deepEqual(parseFigures('The share of sales in smaller cities rose 2.3% to 41.6%.').map((f) => [f.text, f.kind]), [['2.3%', 'change'], ['41.6%', 'share']]);
  // One sign for both ends: a range of the change.
  assert.deepEqual(parseFigures('Prices rose 2 to 3% this year.').map((f) => [f.value, f.high]), [[2, 3]]);
  assert.deepEqual(parseFigures('温泉を利用する宿泊施設は612施設ある。').map((f) => [f.text, f.unit]), [['612施設', 'count']]);
});

test('a number written in thousands after a plural subject and "were" is a count; codes are not', () => {
  const read = (text: string) => parseFigures(text).map((f) => [f.text, f.unit]);
  assert.deepEqual(read('Loan applications for new homes were 48,250 in March.'), [['48,250', 'count']]);
  assert.deepEqual(read('The tariff lines were 8542 and 8471.'), []);
});

test('the time limit a share is measured against is no figure; a span said to be an average is', () => {
  const read = (text: string) => parseFigures(text).map((f) => f.text);
  assert.deepEqual(read('In all, 81.5% of callers were answered within 20 minutes.'), ['81.5%']);
  assert.deepEqual(read('急诊病人中有92.1%在20分钟内得到处理。'), ['92.1%']);
  assert.deepEqual(read('Ports should aim to clear perishables within 24 hours.'), ['24 hours']);
  assert.deepEqual(read('Patients waited for 11 months on average.'), ['11 months']);
});

test('the quantity a price is for, and a bond tenor, are no figures; a count of kinds before 的 stays one', () => {
  const read = (text: string) => parseFigures(text).map((f) => f.text);
  assert.deepEqual(read('A 10kg sack of flour cost 31,200 won.'), ['31,200 won']);
  assert.deepEqual(read('ミカン5個は1,480ウォンだった。'), ['1,480ウォン']);
  assert.deepEqual(read('10公斤面粉价格为3.12万韩元。'), ['3.12万韩元']);
  assert.deepEqual(read('국채 3년물 금리는 2.9%였다.'), ['2.9%']);
  assert.deepEqual(read('调查了18种蔬菜的零售价格。'), ['18种']);
});

test('a percentage compared with the level a text names ("低于90%的服务承诺") is that level, not a bound', () => {
  const read = (text: string) => parseFigures(text).map((f) => [f.text, f.qualifier]);
  assert.deepEqual(read('达标率为81.6%，仍低于85%的服务承诺。'), [
    ['81.6%', 'exact'],
    ['85%', 'exact'],
  ]);
  assert.deepEqual(read('不足5%的企业获得贷款。'), [['不足5%', 'upper']]);
});

test('"hired 4.2 million times" counts occurrences, not a multiple; "on the busiest day 31,508 riders" is a count, not a day\'s number', () => {
  const hired = parseFigures('The boats were hired 4.2 million times last year.')[0];
  assert.equal(hired?.unit, 'count');
  assert.equal(hired?.value, 4.2e6);
  assert.equal(parseFigures('Output grew 3 times over the decade.')[0]?.unit, 'multiple');
  assert.deepEqual(parseFigures('On the busiest day 31,508 riders used the ferry.').map((f) => f.value), [31508]);
  assert.deepEqual(parseFigures('On day 3 the ferry stopped.').map((f) => f.value), []);
});
