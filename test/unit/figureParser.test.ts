import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWidth, parseFigures } from '../../server/src/core/figures/figureParser.js';
import { compatible } from '../../server/src/core/figures/figureCheck.js';
import { parseChineseNumeral } from '../../server/src/core/figures/chineseNumerals.js';

function read(s: string) {
  return parseFigures(foldWidth(s)).map((f) => ({ text: f.text, value: f.value, high: f.high, unit: f.unit, qualifier: f.qualifier }));
}

const one = (s: string) => {
  const all = read(s);
  assert.equal(all.length, 1, `${s}: ${JSON.stringify(all)}`);
  return all[0];
};

test('one value for 8000亿美元 = 0.8万亿美元 = $800 billion = US$ 800 bn', () => {
  for (const s of ['8000亿美元', '0.8万亿美元', '$800 billion', 'US$800 bn', '800 billion dollars']) {
    const f = one(s);
    assert.equal(f.unit, 'USD', s);
    assert.ok(Math.abs(f.value - 8e11) < 1, `${s}: ${f.value}`);
  }
});

test('separators, decimals, fullwidth digits, Chinese numerals, fractions', () => {
  assert.equal(one('1,300家').value, 1300);
  assert.equal(one('1 300 people').value, 1300);
  assert.equal(one('２７％').value, 27);
  assert.deepEqual([one('百分之十七').value, one('百分之十七').unit], [17, 'percent']);
  assert.equal(Math.round(one('三分之一').value), 33);
  assert.deepEqual([one('两倍').value, one('两倍').unit], [2, 'multiple']);
  assert.deepEqual([one('一千三百人').value, one('一千三百人').unit], [1300, 'people']);
  assert.equal(one('1.3万亿美元').value, 1.3e12);
  assert.equal(Math.round(one('近1/6').value * 10), 167);
  assert.equal(one('3-fold').unit, 'multiple');
  assert.equal(one('61 percent').value, 61);
  assert.equal(one('30 million visits').value, 3e7);
});

test('ranges and qualifiers', () => {
  assert.deepEqual([one('3%~6%').value, one('3%~6%').high], [3, 6]);
  assert.deepEqual([one('10%至20%').value, one('10%至20%').high], [10, 20]);
  assert.deepEqual([one('10-20%').value, one('10-20%').high], [10, 20]);
  assert.equal(one('约17%左右').qualifier, 'approx');
  assert.equal(one('超过3000万人次').qualifier, 'lower');
  assert.equal(one('20多个').qualifier, 'lower');
  assert.equal(one('不到5%').qualifier, 'upper');
  assert.equal(one('more than 100 projects').qualifier, 'lower');
  assert.equal(one('nearly $800 billion').qualifier, 'approx');
});

test('a unit written once applies to every number of the list', () => {
  const figs = read('分别为3623 亿和 3574 亿美元');
  assert.deepEqual(figs.map((f) => [f.value, f.unit]), [[3623e8, 'USD'], [3574e8, 'USD']]);
});

test('not statistics: years, dates, ordinals, section numbers, names with digits, issue numbers', () => {
  for (const s of ['2018年5月', 'in 2019', '第七次会议', '第15轮', '一、引言', '（二）', '1. Introduction', 'Section 2', '10+3框架', 'CHIP 4', '《9.19共同声明》', 'G20峰会', '2018年第2期', 'p. 12', '三国合作', '一是', '两国关系']) {
    assert.deepEqual(read(s), [], s);
  }
});

test('Chinese numerals', () => {
  assert.equal(parseChineseNumeral('一千三百'), 1300);
  assert.equal(parseChineseNumeral('十七'), 17);
  assert.equal(parseChineseNumeral('二十'), 20);
  assert.equal(parseChineseNumeral('三万五千'), 35000);
  assert.equal(parseChineseNumeral('一万亿'), 1e12);
  assert.equal(parseChineseNumeral('四万亿'), 4e12);
});

test('a counted unit after modifiers, and a bare number whose clause names what it counts', () => {
  assert.equal(one('ran only 340 weekly ferry sailings in 2022').unit, 'flight');
  assert.equal(one('some 18 new container ships').unit, 'ship');
  assert.deepEqual([one('Registered students form the core: 12,400 in 2020').value, one('Registered students form the core: 12,400 in 2020').unit], [12400, 'people']);
  assert.deepEqual(read('the strike cut rail travel to the coast by 12% to 3.4 million').map((f) => f.unit), ['percent', 'visits']);
  assert.deepEqual(read('Article 7: 15 in total'), []);
  assert.equal(one('the ministries signed 23 veterinary and phytosanitary protocols last year').value, 23);
  assert.equal(one('over 9,400 Vietnamese merchants sell there').value, 9400);
  // A part of things already named counts them ("3 of the pilot cities", "Eleven of the events");
  // a label before the number makes it an identifier, and "one of the" is prose.
  assert.deepEqual(read('3 of the pilot cities').map((f) => [f.value, f.unit]), [[3, 'count']]);
  assert.deepEqual(read('Eleven of the events originated in Mongolia').map((f) => [f.value, f.unit]), [[11, 'count']]);
  assert.deepEqual(read('Of these, eight were sandstorms and four were severe sandstorms').map((f) => f.value), [8, 4]);
  assert.deepEqual(read('Article 5 of the treaty and Table 2 of the annex'), []);
  assert.deepEqual(read('one of the largest ports'), []);
  // "numbered" after a plural subject states a count, in words too, and a list goes on after it.
  assert.deepEqual(read('Dust days in Seoul numbered just five in 2020 and 13 in 2021').map((f) => [f.value, f.unit]), [[5, 'day'], [13, 'day']]);
  // A list continued after a place: each bare number takes the first one's unit.
  assert.deepEqual(read('Lenders financed 58 solar farms in Chile, 12 in Peru and 7 in Bolivia').map((f) => [f.value, f.unit]), [[58, 'count'], [12, 'count'], [7, 'count']]);
});

test('¥ is the yen in a sentence about Japan and the yuan otherwise', () => {
  assert.equal(one("Japan's fruit exports reached ¥52.4 billion").unit, 'JPY');
  assert.equal(one('Retail sales rose to ¥12.3 trillion').unit, 'CNY');
  assert.equal(one('RMB-denominated loans in Japan: ¥4 billion yuan').unit, 'CNY');
});

test('bare numbers that continue a counted figure in the same sentence take its unit', () => {
  assert.deepEqual(read('Volunteers from Peru, Chile and Bolivia numbered 312, 204 and 187 respectively').map((f) => [f.value, f.unit]), [[312, 'count'], [204, 'count'], [187, 'count']]);
  assert.deepEqual(read('Floods displaced 2.3 million people in Assam, followed by Bihar with 840,000.').map((f) => [f.value, f.unit]), [[2.3e6, 'people'], [840000, 'people']]);
  assert.deepEqual(read('The fund backed 415 projects, and 37 of them were in Ghana.').map((f) => f.value), [415, 37]);
  assert.deepEqual(read('In 2020 Chile licensed 214 vessels, Peru 187 and Ecuador 96.').map((f) => [f.value, f.unit]), [[214, 'ship'], [187, 'ship'], [96, 'ship']]);
  assert.deepEqual(read('Chile licensed 214 vessels, against 187 for Peru').map((f) => f.value), [214, 187]);
  assert.deepEqual(read('Wardens counted birds at 31 sites, reaching 4,812 in 2020').map((f) => [f.value, f.unit]), [[31, 'count'], [4812, 'count']]);
  // A semicolon, "rather than" and a sentence that points back ("Of these, …") continue it too;
  // the unit's conversion carries over (hours), a scale word does not.
  assert.deepEqual(read('Ghana employed 62,000 teachers in 2020; 18,000 of them were trained abroad.').map((f) => f.value), [62000, 18000]);
  assert.deepEqual(read('At the end of 2020, 5,300 nurses worked abroad. Of these, 1,200 were in Canada.').map((f) => f.value), [5300, 1200]);
  assert.deepEqual(read('The warning now comes 48 hours ahead rather than 12.').map((f) => [f.value, f.unit]), [[2, 'day'], [0.5, 'day']]);
  // Not a continuation: a section number, a year, a page.
  assert.deepEqual(read('The fund backed 415 projects under Article 12 in 2019, see page 30.').map((f) => f.value), [415]);
});

test('a number in thousands after a quantity verb, with a plural subject, is a count; a plural noun may wrap to the next line', () => {
  assert.deepEqual(read('Filipino nurses in the scheme reached\n12,600 in 2021').map((f) => [f.value, f.unit]), [[12600, 'count']]);
  assert.deepEqual(read('4,700 licensed river\npilots').map((f) => [f.value, f.unit]), [[4700, 'count']]);
  assert.deepEqual(read('The statute, passed in 2019, runs to 1,200 pages'), []);
});

test('a range in words shares the unit after it; 缩短 is a change', () => {
  const stay = one('a stay of four to six days at sea');
  assert.deepEqual([stay.value, stay.high, stay.unit, stay.qualifier], [4, 6, 'day', 'range']);
  assert.equal(one('some five or six tankers').qualifier, 'range');
});

test('durations in hours, weeks and months are days; metres are lengths; 周年 is not a duration', () => {
  assert.deepEqual([one('cleared within 72 hours').value, one('cleared within 72 hours').unit], [3, 'day']);
  assert.equal(one('工期缩短2个月').unit, 'day');
  assert.equal(one('a berth 15 metres deep').unit, 'km');
  assert.deepEqual(read('建院60周年'), []);
});

test('areas, head of livestock, rates, "twice the", lists with thousands separators, counts pointed back to', () => {
  const area = (s: string) => parseFigures(s).map((f) => [f.text, f.unit, Math.round(f.value * 100) / 100]);
  assert.deepEqual(area('治理面积3046公顷，沙化土地485万平方公里'), [['3046公顷', 'km2', 30.46], ['485万平方公里', 'km2', 4850000]]);
  assert.deepEqual(area('reductions of 37,900 and 3,340 square kilometres'), [['37,900', 'km2', 37900], ['3,340 square kilometres', 'km2', 3340]]);
  assert.deepEqual(parseFigures('about 150,000 head of cattle').map((f) => [f.value, f.unit]), [[150000, 'count']]);
  assert.deepEqual(parseFigures('The total fertility rate fell to 0.81, from 0.87 a year earlier.').map((f) => [f.value, f.unit]), [[0.81, 'rate'], [0.87, 'rate']]);
  assert.deepEqual(parseFigures('The fertility rate was 1.31 in Chile, compared with 1.58 in Peru and 1.12 in Uruguay.').map((f) => f.unit), ['rate', 'rate', 'rate']);
  assert.deepEqual(parseFigures('智利、秘鲁的总和生育率分别为1.31和1.58，乌拉圭为1.12。').map((f) => f.unit), ['rate', 'rate', 'rate']);
  assert.deepEqual(parseFigures('Lima had 30 days of smog, twice the normal 15 days.').map((f) => [f.text, f.unit]), [['30 days', 'day'], ['twice', 'multiple'], ['15 days', 'day']]);
  assert.deepEqual(parseFigures('The double standard of the reform.'), []);
  assert.deepEqual(parseFigures('Peru exported 2.4 million units. Chile bought about 310,000 of them.').map((f) => [f.text, f.unit]), [['2.4 million units', 'count'], ['about 310,000', 'count']]);
  // Durations in years are days (so 12 years meets 十二年); dates, decades and named stretches are not
  // read, nor a span a statement covers ("12年后", "5년간": see figureReading.test.ts).
  assert.deepEqual(parseFigures('利马地铁建设历时12年，出口连续九年增长。').map((f) => [f.text, f.unit, Math.round(f.value)]), [['12年', 'day', 4383], ['九年', 'day', 3287]]);
  assert.deepEqual(parseFigures('2022年出口；20世纪90年代；前五年免税；every two years; the first five years; aged 40 years old').map((f) => f.text), []);
  // A change knows which way it went, and "rose" is never backed by "fell".
  assert.deepEqual(parseFigures('Imports fell by 8% and exports rose 5%; 进口下降3%。').map((f) => f.direction), ['down', 'up', 'down']);
  assert.equal(compatible(parseFigures('rose by 8%')[0], parseFigures('fell by 8%')[0]), false);
  assert.equal(compatible(parseFigures('rose by 8%')[0], parseFigures('grew 8%')[0]), true);
  // After a percentage, "to" and a bare number is the level reached, not the end of a range.
  assert.deepEqual(parseFigures('Weddings fell by 5.9% to 474,717.').map((f) => [f.text, f.kind]), [['5.9%', 'change'], ['474,717', 'level']]);
  assert.deepEqual(parseFigures('The number of arrivals in Lima in 2023 was 412,516.').map((f) => [f.value, f.unit]), [[412516, 'visits']]);
});

test('concentrations, occurrences and a continued count', () => {
  assert.deepEqual(read('PM10 peaked at over 2,000 micrograms per cubic metre').map((f) => [f.value, f.unit, f.qualifier]), [[2000, 'ugm3', 'lower']]);
  assert.deepEqual(read('北京PM10小时浓度峰值超过2000微克/立方米').map((f) => [f.value, f.unit]), [[2000, 'ugm3']]);
  assert.deepEqual(read('年均浓度为0.035毫克/立方米').map((f) => [f.value, f.unit]), [[35, 'ugm3']]);
  // "times" after a verb of meeting or happening counts occurrences; elsewhere it is a multiple.
  assert.equal(one('The council has met 24 times since then').unit, 'count');
  assert.equal(one('Exports were three times the 2019 level').unit, 'multiple');
  assert.deepEqual(read('fell to 2,567 in 2024, a tenth of the peak of 26,081 in 2017 — the number of children waiting').map((f) => f.value).filter((v) => v > 100), []);
  assert.deepEqual(read('The number of children waiting fell to 2,567 in 2024, a tenth of the peak of 26,081 in 2017').map((f) => f.value).filter((v) => v > 100), [2567, 26081]);
});

test('a cap states its value: "up to", "capped at", 最高为 stay exact; "less than" is a bound', () => {
  assert.equal(one("Japan's subsidy pays up to ¥850,000 per car").qualifier, 'exact');
  assert.equal(one('补贴最高为85万日元').qualifier, 'exact');
  assert.equal(one('capped at KRW 6.8 million per car').qualifier, 'exact');
  assert.equal(one('less than 30% of lines').qualifier, 'upper');
  assert.equal(one('不到十分之一').qualifier, 'upper');
});

test('a count after a verb of selling or receiving, and a bare number continuing a count', () => {
  assert.deepEqual(read('The maker began selling cars in Chile in 2022 and sold 2,318 there in its first year').map((f) => [f.value, f.unit]), [[2318, 'count']]);
  assert.deepEqual(read('a target of 2 million electric buses a year by 2030, against 86,000 sold in 2024').map((f) => f.value), [2e6, 86000]);
  assert.deepEqual(read('The ministry recorded 2019 as the worst year'), []);
});

test('people named by where they come from, and a change "by" a bare number', () => {
  assert.deepEqual(read('Some 18,500 Cambodians work in Thailand').map((f) => [f.value, f.unit]), [[18500, 'people']]);
  assert.deepEqual(parseFigures("Japan's rural population shrank by 410,000 in 2021").map((f) => [f.value, f.unit, f.kind]), [[410000, 'people', 'change']]);
  assert.deepEqual(read('The index fell by 12 in 2020'), []);
});

test('temperatures in degrees Celsius; an angle is no temperature', () => {
  assert.deepEqual(read('海水表层温度上升了0.94摄氏度').map((f) => [f.value, f.unit]), [[0.94, 'degC']]);
  assert.deepEqual(read('rose by 0.94°C, against 1.1 ℃ and 2 degrees Celsius').map((f) => f.unit), ['degC', 'degC', 'degC']);
  assert.deepEqual(read('a 360° view'), []);
  assert.deepEqual(read('visitors stayed 3.8 nights on average').map((f) => [f.value, f.unit]), [[3.8, 'day']]);
});

test('a bound in the draft is the writer\'s own line: its rounding does not stretch it', () => {
  const [bound] = parseFigures('拥有三成以上的投票权');
  assert.equal(compatible(bound, parseFigures('26.6% of the votes')[0]), false);
  assert.equal(compatible(bound, parseFigures('31.2% of the votes')[0]), true);
  assert.equal(compatible(parseFigures('不到两成')[0], parseFigures('21.5%')[0]), false);
  assert.equal(compatible(parseFigures('more than 2,000 stations')[0], parseFigures('1,995 stations')[0]), true);
});

test('a number after a code or a label in a list is part of a name ("Arctic LNG 2 and 29.9%")', () => {
  assert.deepEqual(read('The firms hold 20% of Sakhalin LNG 3 and 27.5% of Tomsk Gas').map((f) => f.text), ['20%', '27.5%']);
  assert.deepEqual(read('分别为10、12和15%').map((f) => f.value), [10, 12, 15]);
});

test('对 counts pairs at a clause end or before what is paired, never as "towards"', () => {
  assert.deepEqual(read('两国友好城市分别达到48对和17对。').map((f) => f.value), [48, 17]);
  assert.deepEqual(read('每周开行52对列车').map((f) => f.value), [52]);
  assert.deepEqual(read('出口增长5%对经济的拉动'), [{ text: '5%', value: 5, high: 5, unit: 'percent', qualifier: 'exact' }]);
});

test('multiples and halves said in words; vague orders of magnitude are no figures', () => {
  assert.deepEqual(read('贸易额十年间翻了一番').map((f) => [f.value, f.unit]), [[2, 'multiple']]);
  assert.deepEqual(read('出口额较2010年翻两番').map((f) => [f.value, f.unit]), [[4, 'multiple']]);
  assert.deepEqual(read('exports doubled, imports tripled and a fivefold rise').map((f) => f.value), [2, 3, 5]);
  assert.deepEqual(read('过半数企业表示支持').map((f) => [f.value, f.unit, f.qualifier]), [[50, 'percent', 'lower']]);
  assert.deepEqual(read('下半年；朝鲜半岛'), []);
  assert.deepEqual(read('数十万人参加，上千家企业'), []);
  assert.deepEqual(read('rates rose 25 basis points').map((f) => [f.value, f.unit]), [[0.25, 'pp']]);
  assert.deepEqual(read('a £3bn fund').map((f) => [f.value, f.unit]), [[3e9, 'GBP']]);
});

test('minutes, gigatonnes and megatonnes of CO2, and currency codes written with or against the number', () => {
  assert.deepEqual(read('a 45 minutes ride').map((f) => [f.value * 1440, f.unit]), [[45, 'day']]);
  assert.deepEqual(read('emissions of 1.3 gigatonnes and 310 MtCO2e').map((f) => [f.value, f.unit]), [[1.3e9, 'ton'], [3.1e8, 'ton']]);
  assert.deepEqual(read('US$ 2.7 billion, USD2.7bn and KRW1.1tn').map((f) => [f.value, f.unit]), [[2.7e9, 'USD'], [2.7e9, 'USD'], [1.1e12, 'KRW']]);
  assert.deepEqual(read('500 MT of rice'), []);
});

test('per mille is a tenth of a percent; square metres are area; a denominator after 每 is no figure', () => {
  assert.deepEqual(read('出生率为6.39‰，即千分之六点三九').map((f) => [f.value, f.unit]), [[0.639, 'percent'], [0.639, 'percent']]);
  assert.deepEqual(read('a birth rate of 6.4 per thousand').map((f) => [f.value, f.unit]), [[0.64, 'percent']]);
  assert.deepEqual(read('人均住房面积41.8平方米').map((f) => f.unit), ['km2']);
  assert.deepEqual(read('每千人口医生数；每百万人口'), []);
});

test('a change named as the subject ("the natural decrease in population reached 848,659") is a change', () => {
  assert.deepEqual(parseFigures('the natural decrease in population reached 512,300 in 2022').map((f) => f.kind), ['change']);
  assert.deepEqual(parseFigures('the level of debt was 12%').map((f) => f.kind), ['level']);
});

test('an average age is a statistic; an age naming a group is not; counted banks and ships in small numerals', () => {
  assert.deepEqual(read('渔民平均年龄为61.4岁').map((f) => [f.value, f.unit]), [[61.4, 'age']]);
  assert.deepEqual(read('The average age of fishers was 61.4 in 2022').map((f) => [f.value, f.unit]), [[61.4, 'age']]);
  assert.deepEqual(read('65岁及以上人口；年满18岁；50岁时'), []);
  assert.deepEqual(read('六家银行中已有两家上市，另有三艘').map((f) => f.value), [6, 2, 3]);
  assert.deepEqual(read('两国；三方会谈；一家企业'), []);
  assert.deepEqual(read('人均消费118.3公斤，资本支出翻番').map((f) => [f.value, f.unit]), [[0.1183, 'ton'], [2, 'multiple']]);
});

test('more currencies of the region; "the number of X fell from A to B"', () => {
  assert.deepEqual(read('MNT 67.7 trillion, 67.7万亿图格里克, HK$12 billion, NT$3.5 trillion, 1.2万亿卢布').map((f) => f.unit), ['MNT', 'MNT', 'HKD', 'TWD', 'RUB']);
  assert.deepEqual(read('$4 billion').map((f) => f.unit), ['USD']);
  assert.deepEqual(read('the number of kiosks fell from 12,400 to 8,100, a drop of 35 percent').map((f) => f.value), [12400, 8100, 35]);
});

test('a fraction after "by" or a hedge is a figure; half an hour is not', () => {
  assert.deepEqual(read('Parcels grew by nearly half in 2023').map((f) => [f.value, f.qualifier]), [[50, 'approx']]);
  assert.deepEqual(read('compared with about three-quarters in a normal year').map((f) => f.value), [75]);
  assert.deepEqual(read('about half an hour later, a quarter of a century on, the first half of the year'), []);
});

test('a plural fraction closing an elliptical clause is a share ("and tenants two thirds [@key]."); a lone "half." is not', () => {
  assert.deepEqual(read('Owners hold a third of the stock, and tenants two thirds [@lee2024].').map((f) => f.value.toFixed(1)), ['33.3', '66.7']);
  assert.deepEqual(read('Sales slowed in the second half.'), []);
});

test('"the first / top N" (前十条航线, 前三季度) is a rank or a span; routes counted with 条 are figures', () => {
  assert.deepEqual(read('最繁忙的前十条航线中有四条飞往日本，前三季度新开两条航线').map((f) => f.value), [4, 2]);
  assert.deepEqual(read('提出三条建议'), []);
});

test('a hedged share admits half a point beyond its digits, not 3% of itself', () => {
  const [hedged] = parseFigures('约占出口的37%');
  assert.equal(compatible(hedged, parseFigures('36.6 percent')[0]), true);
  assert.equal(compatible(hedged, parseFigures('38 percent')[0]), false);
  assert.equal(compatible(parseFigures('约三成')[0], parseFigures('28 percent')[0]), true);
});

test('currencies beyond the region, by code, sign and name; crore and lakh', () => {
  for (const [s, unit, value] of [
    ['losses of NOK 89 billion', 'NOK', 89e9],
    ['成本为120亿挪威克朗', 'NOK', 120e8],
    ['A$4.5 billion', 'AUD', 4.5e9],
    ['C$3 billion', 'CAD', 3e9],
    ['CHF 12 million', 'CHF', 12e6],
    ['₹3.2 trillion', 'INR', 3.2e12],
    ['Rs 500 crore', 'INR', 5e9],
    ['500澳元', 'AUD', 500],
    ['SEK 4.1bn', 'SEK', 4.1e9],
  ] as const) {
    const f = one(s);
    assert.equal(f.unit, unit, s);
    assert.ok(Math.abs(f.value - value) < 1, `${s}: ${f.value}`);
  }
  // HK$ and NT$ are not US dollars
  assert.deepEqual(read('HK$5 billion and NT$3 billion').map((f) => f.unit), ['HKD', 'TWD']);
});

test('points in a statement of change are percentage points; a score is not', () => {
  assert.deepEqual(read('male smoking fell to 32.4%, 2.0 points lower than a year earlier').map((f) => f.unit), ['percent', 'pp']);
  assert.equal(one('it is up 9.7 points since 2013').unit, 'pp');
  assert.equal(one('a CET1 ratio of 13.8%, down 6.4 points.'.slice(20)).unit, 'pp');
  assert.equal(one('The 2.0-point fall in smoking').unit, 'pp');
  assert.notEqual(one('She scored 72 points in the test.').unit, 'pp');
});

test('a signed percentage is read as a change; 中日韩+3 names a group', () => {
  const signed = parseFigures('| Motor vehicles | 214,000 | +5.2% | and investment (+11.8%) and cement −3.6%');
  assert.deepEqual(signed.filter((f) => f.unit === 'percent').map((f) => [f.value, f.kind]), [[5.2, 'change'], [11.8, 'change'], [3.6, 'change']]);
  assert.deepEqual(read('中日韩+3合作机制'), []);
});

test('一年前238%: a time before 前 dates the figure; 前三季度 is a span', () => {
  assert.equal(one('低于一年前238%的峰值').value, 238);
  assert.deepEqual(read('前三季度').length, 0);
});

test('"million t" in a table or a list is tonnes', () => {
  assert.equal(one('| Cement | 8.42 million t |').unit, 'ton');
  assert.equal(one('output of 3.57 million t, up').unit, 'ton');
});

test('Korean: units, counters, scales in groups, %p, and the movement written after the number', () => {
  for (const [s, unit, value] of [
    ['예산은 1,382억 원이다', 'KRW', 1382e8],
    ['3조 5천억 원', 'KRW', 3.5e12],
    ['1조 2,345억 원', 'KRW', 1.2345e12],
    ['1만 2천 명', 'people', 12000],
    ['9,928명을 조사', 'people', 9928],
    ['4,800가구', 'count', 4800],
    ['1.6배', 'multiple', 1.6],
    ['50만 달러', 'USD', 5e5],
  ] as const) {
    const f = one(s);
    assert.equal(f.unit, unit, s);
    assert.ok(Math.abs(f.value - value) < 1e-6 * value, `${s}: ${f.value}`);
    assert.equal(f.qualifier, 'exact', s);
  }
  const t = '남자 흡연율 32.4%로 전년 대비 2.0%p 감소, 비만 유병률 37.2%로 0.9%p 증가';
  const figures = parseFigures(t);
  assert.deepEqual(figures.map((f) => [f.unit, f.kind]), [['percent', 'level'], ['pp', 'change'], ['percent', 'level'], ['pp', 'change']]);
  // 만 30세 이상 is an age threshold, not a figure
  assert.deepEqual(read('만 30세 이상'), []);
});

test('milligrams and grams are masses; 克朗 is a currency, not grams', () => {
  assert.equal(one('3,136 mg').unit, 'ton');
  assert.ok(Math.abs(one('3,136 mg').value - 3.136e-6) < 1e-12);
  assert.ok(read('50克朗').every((f) => f.unit !== 'ton'));
});

test('kinds: "fallen by … and … by" shares the verb; a warming in degrees is a change; 缩水 is a movement', () => {
  const kinds = (t: string) => parseFigures(t).map((f) => f.kind);
  assert.deepEqual(kinds('Nitrogen inputs have fallen by 17 percent and phosphorus inputs by 36 percent.'), ['change', 'change']);
  assert.deepEqual(kinds('They exceed the limits by about 4 percent for nitrogen and 31 percent for phosphorus.'), ['level', 'level']);
  assert.deepEqual(kinds('海表温度的升温速率约为每十年0.6℃。'), ['change']);
  assert.deepEqual(kinds('其市值估计缩水约两成。'), ['change']);
});

test('Chinese classifiers of households, flats, trains, beds, cases and animals count things', () => {
  for (const [s, value] of [['4800户家庭', 4800], ['4800套公租房', 4800], ['开行5000列', 5000], ['床位180张', 180], ['4.5万只', 45000], ['受理案件3.2万件', 32000], ['审结1.2万宗', 12000]] as const) {
    const f = one(s);
    assert.equal(f.unit, 'count', s);
    assert.equal(f.value, value, s);
  }
  assert.deepEqual(read('张三的第3张图'), []);
});

test('a count opening the next sentence with its verb, "numbered N:" and a list of places after it continue a count', () => {
  assert.deepEqual(read('Of the 5,210 trainees, 88% finished. 1,940 went on to a second course; 2,310 took jobs.').map((f) => [f.value, f.unit]), [[5210, 'count'], [88, 'percent'], [1940, 'count'], [2310, 'count']]);
  assert.deepEqual(read('The 6.1% who moved overseas numbered 318: 104 to Canada, 57 to Japan and 21 to Chile.').map((f) => [f.value, f.unit]), [[6.1, 'percent'], [318, 'count'], [104, 'count'], [57, 'count'], [21, 'count']]);
  // A label is no count: "numbered 3 to 9".
  assert.deepEqual(read('Seats numbered 3 to 9 were empty.').map((f) => f.value), []);
});

test('after a colon closing a figure\'s clause, labels with bare numbers restate it per group; a fraction opening a sentence before its verb is a share', () => {
  assert.deepEqual(read('Nurses work 41.5 hours a week on average: juniors 44.2, seniors 39.8 and managers 37.1.').map((f) => f.value.toFixed(4)), ['1.7292', '1.8417', '1.6583', '1.5458']);
  assert.deepEqual(read('The budget rose 6.3% in all: health 8.1, schools 4.4.').map((f) => [f.value, f.unit]), [[6.3, 'percent'], [8.1, 'percent'], [4.4, 'percent']]);
  // One label and a number is the sentence going on, not a list.
  assert.deepEqual(read('Output reached 12.5 million tonnes: plant 3 alone.').map((f) => f.value), [12.5e6]);
  assert.deepEqual(read('A quarter have no savings at all.').map((f) => [f.value, f.unit]), [[25, 'percent']]);
  assert.deepEqual(read('They met a third time.').map((f) => f.value), []);
});

test('the last plural noun after a number is what it counts, past words in s that are no plural; "N more" and "average of N" continue a count', () => {
  assert.deepEqual(read('The city created 41,000 urban jobs and its jobless rate fell.').map((f) => [f.text, f.unit]), [['41,000 urban jobs', 'count']]);
  assert.deepEqual(read('It opened 12 overseas offices in Peru.').map((f) => f.text), ['12 overseas offices']);
  assert.deepEqual(read('Some 2.1 million pensioners live alone, 130,000 more than in 2019.').map((f) => f.value), [2.1e6, 130000]);
  assert.deepEqual(read('Nurses work 2,010 hours a year, 220 hours more than the national average of 1,790 [@x].').map((f) => Math.round(f.value * 24)), [2010, 220, 1790]);
  assert.deepEqual(read('빈집은 249만 호로 늘었다.').map((f) => [f.value, f.unit]), [[2490000, 'count']]);
});

test('a table in thousands (9090千户) is read scaled; a scaled amount is never a percentage; "N or P% more" is a change', () => {
  assert.deepEqual(read('9090千户').map((f) => f.value), [9090000]);
  assert.deepEqual(read('500千瓦').map((f) => f.unit), ['GW']);
  const f = parseFigures('Japan had 65.38 million dwellings, 2.49 million or 4.0% more than five years earlier.');
  assert.deepEqual(f.map((x) => [x.unit, x.kind]), [['count', 'level'], ['count', 'change'], ['percent', 'change']]);
});

test('a number in thousands as the subject of a plural verb counts; a gerund or "and … in …" continues the count', () => {
  assert.deepEqual(read('About 3.2% of families are overcrowded, 7,410 live in basements and 5,020 in shipping containers.').map((f) => f.value), [3.2, 7410, 5020]);
  assert.deepEqual(read('Of the empty homes, 380,000 are second homes.').map((f) => f.value), [380000]);
  assert.deepEqual(read('The city will clear 2,400 empty houses, demolishing 1,500 and remodelling 900 as rentals.').map((f) => f.value), [2400, 1500, 900]);
});

test('tonnes by their SI symbols (Mt, Gt, kt) are read by their case; MT is left alone', () => {
  assert.deepEqual(read('Japan imported 66.2 Mt of LNG and emitted 1.1 Gt of CO2; 450 kt went to Korea.').map((f) => [f.value, f.unit]), [[66.2e6, 'ton'], [1.1e9, 'ton'], [450e3, 'ton']]);
  assert.deepEqual(read('a 30 MT cargo'), []);
});

test('a year after a preposition of time is a year, even before a counted noun', () => {
  assert.deepEqual(read('In 2023 residents filed 1,137 reports.').map((f) => f.value), [1137]);
  assert.deepEqual(read('The village had 2023 residents.').map((f) => f.value), [2023]);
});

test('a smaller big unit after a larger one adds its group; a larger one multiplies (四十三亿六千万, 一万亿)', () => {
  assert.deepEqual(read('总投资四十三亿六千万元').map((f) => f.value), [4.36e9]);
  assert.deepEqual(read('规模超过一万亿元').map((f) => f.value), [1e12]);
});

test('litres are thousandths of a cubic metre, in every language; 升 after a number is no verb', () => {
  for (const s of ['每人每日用水量为353升', '1人1日当たり353リットル', '1인당 353리터', '353 litres per person per day']) {
    const f = one(s);
    assert.equal(f.unit, 'm3', s);
    assert.ok(Math.abs(f.value - 0.353) < 1e-9, s);
  }
  assert.equal(read('价格升至3元后升级为2档').filter((f) => f.unit === 'm3').length, 0);
});

test('an index level in points: 2846点, 2,846포인트, 2,846 points; an hour and a rate\'s points are not', () => {
  for (const s of ['综合指数全年平均为2846点', '종합지수는 평균 2,846포인트였다', 'The composite averaged 2,846 points in the year']) {
    assert.deepEqual([one(s).value, one(s).unit], [2846, 'points'], s);
  }
  assert.equal(read('下午3点召开会议').length, 0);
  assert.equal(one('실업률은 0.3포인트 하락했다').unit, 'pp');
});

test('a range written once with its scale after the high end: 10至20万吨, 2~3만 명; years with a unit after them are numbers', () => {
  assert.deepEqual(one('年产量为10至20万吨'), { text: '10至20万吨', value: 100000, high: 200000, unit: 'ton', qualifier: 'range' });
  assert.deepEqual(one('연간 2~3만 명이 찾는다'), { text: '2~3만 명', value: 20000, high: 30000, unit: 'people', qualifier: 'range' });
  assert.deepEqual(one('预计指数平均在1900至2300点之间'), { text: '1900至2300点', value: 1900, high: 2300, unit: 'points', qualifier: 'range' });
  // Years stay years.
  assert.equal(read('1990至2020年间').length, 0);
});

test('one of something as the denominator of a rate is no statistic: 1人1日当たり, 1명당, 1世帯あたり', () => {
  assert.deepEqual(read('市民1人1日当たりの給水量は361リットル').map((f) => f.text), ['361リットル']);
  assert.deepEqual(read('1명당 평균 3.2회 방문했다').map((f) => f.text), ['3.2회']);
  assert.deepEqual(read('1世帯あたり2.1人').map((f) => f.text), ['2.1人']);
  // One person who died is a count.
  assert.equal(read('事故で1人が死亡した').length, 1);
});

test('squared unit symbols (㎥, ㎞, ㎏) are units, and close a number written in groups (87万8,000㎥)', () => {
  assert.deepEqual([one('配水量は87万8,000㎥だった').value, one('配水量は87万8,000㎥だった').unit], [878000, 'm3']);
  assert.equal(one('路線延長は6,341㎞').unit, 'km');
});

test('a code after 每 or per is what a price is counted per, not a name: 每FEU 4412美元', () => {
  assert.equal(one('全年平均运价为每FEU 4412美元').value, 4412);
  assert.equal(one('the rate per TEU 1,200 dollars').value, 1200);
  // A code that names a thing still makes its number part of the name.
  assert.equal(read('HS 8542 products').length, 0);
});

test('Japanese counts of days: 年間118日, 118日間; a date stays a date', () => {
  assert.deepEqual([one('遅延日数は年間118日だった').value, one('遅延日数は年間118日だった').unit], [118, 'day']);
  assert.equal(one('118日間運休した').unit, 'day');
  assert.equal(read('3月25日に公表した').length, 0);
});

test('a whole number written in thousands before a preposition or verb of English prose is a count; a list keeps its shared unit', () => {
  assert.deepEqual(read('Of the vacant homes 2.1 million are for rent and 270,000 for sale.').map((f) => [f.text, f.unit]), [['2.1 million', 'count'], ['270,000', 'count']]);
  assert.equal(one('The city plans 3,415 more next year.').unit, 'count');
  // "37,900 and 3,340 square kilometres": the unit written once is both numbers'.
  assert.deepEqual(read('reductions of 41,200 and 2,870 square kilometres').map((f) => f.unit), ['km2', 'km2']);
  assert.equal(read('see page 1,234 of the report').length, 0);
});

test('English: "the number of X would reach 27,300" is a count; "a fifth above baseline" is a change of 20%', () => {
  assert.equal(one('The number of claimants would reach 31,400 by 2040').unit, 'count');
  const f = one('if demand ran a third above the baseline');
  assert.deepEqual([Math.round(f.value), f.unit], [33, 'percent']);
  assert.equal(read('in the first half above all').length, 0);
});

test('a breakdown of a count by place, after a dash or in a bracket, reads each bare number as that count', () => {
  const values = (t: string) => read(t).map((f) => [f.value, f.unit]);
  assert.deepEqual(values('The survey covers 36 ports that joined the scheme in 2019 — 17 in Chile, 11 in Peru and 8 in Ecuador — and 90 others.'), [[36, 'count'], [17, 'count'], [11, 'count'], [8, 'count'], [90, 'count']]);
  assert.deepEqual(values('調査対象は36自治体（チリ17、ペルー11、エクアドル8）である。'), [[36, 'count'], [17, 'count'], [11, 'count'], [8, 'count']]);
  assert.deepEqual(values('共建成12个（北京5、上海4、广州3）。'), [[12, 'count'], [5, 'count'], [4, 'count'], [3, 'count']]);
  // A bracket that goes on with words is no breakdown.
  assert.deepEqual(values('增长12%（其中北京5家企业贡献最大）。').map((v) => v[0]), [12, 5]);
});

test('Japanese 航路 and 路線 count routes', () => {
  assert.deepEqual(read('離島航路は12航路、バス路線は48路線である。').map((f) => [f.value, f.unit]), [[12, 'count'], [48, 'count']]);
});

test('rainfall and small lengths, volumes, times and Japanese counters are figures', () => {
  const lengths = (text: string) => parseFigures(text).map((f) => [f.unit, Number(f.value.toPrecision(6))]);
  assert.deepEqual(lengths('年降水量812.4毫米。'), [['km', 0.0008124]]);
  assert.deepEqual(lengths('Rainfall was 812.4 mm.'), [['km', 0.0008124]]);
  assert.deepEqual(lengths('降水量は1,102.6ミリだった。'), [['km', 0.0011026]]);
  assert.deepEqual(lengths('地下水位は0.42メートル上昇した。'), [['km', 0.00042]]);
  assert.deepEqual(lengths('人均借阅3.91册。'), [['count', 3.91]]);
  assert.deepEqual(lengths('講座は4,810回開かれた。'), [['count', 4810]]);
  // A milligram is no length.
  assert.ok(!lengths('1日あたり250ミリグラム。').some(([u]) => u === 'km'));
});

test('an amount that draws the line around the people or bodies counted is no statistic, in four languages', () => {
  const texts = (text: string) => parseFigures(text).map((f) => f.text);
  assert.deepEqual(texts('年薪超过8万英镑的员工有6人。'), ['6人']);
  assert.deepEqual(texts('月薪未满180万韩元者占21.4%。'), ['21.4%']);
  assert.deepEqual(texts('월급이 250만원 이상인 비율은 11.0%였다.'), ['11.0%']);
  assert.deepEqual(texts('5억 엔을 넘게 모은 단체는 9곳이다.'), ['9곳']);
  assert.deepEqual(texts('9 towns received more than ¥500 million.'), ['9 towns']);
  // A total is a statistic, bounded or not.
  assert.deepEqual(texts('The trust received more than £4.2 million in gifts.'), ['more than £4.2 million']);
  assert.deepEqual(texts('全年收入超过8万英镑。'), ['超过8万英镑']);
});

test('a coefficient named before a bare decimal is a rate, as a level or as its change; 立方公尺 is a cubic metre', () => {
  const units = (text: string) => parseFigures(text).map((f) => [f.text, f.unit, f.kind]);
  assert.deepEqual(units('灌溉用水利用系数0.612，比上年提高0.009。'), [['0.612', 'rate', 'level'], ['0.009', 'rate', 'change']]);
  assert.deepEqual(units('灌溉用水利用系数提高到0.612。'), [['0.612', 'rate', 'level']]);
  // A rate's listed change keeps the points its list names.
  assert.deepEqual(units('阳性率为9.1%，分别较上年下降1.4和0.3个百分点。').map(([, u]) => u), ['percent', 'pp', 'pp']);
  assert.deepEqual(units('全年用水总量312.8亿立方公尺。').map(([, u]) => u), ['m3']);
});

test('a length of time in years and months is one figure: "2년 6.1개월", "2年6个月", "3 years 4 months"', () => {
  const texts = (text: string) => parseFigures(text).map((f) => [f.text, Math.round(f.value)]);
  assert.deepEqual(texts('평균 3년 2.5개월이 걸렸다.'), [['3년 2.5개월', Math.round(3 * 365.25 + 2.5 * 30.44)]]);
  assert.deepEqual(texts('平均用时3年2个月。'), [['3年2个月', Math.round(3 * 365.25 + 2 * 30.44)]]);
  assert.deepEqual(texts('It took 3 years 2 months.'), [['3 years 2 months', Math.round(3 * 365.25 + 2 * 30.44)]]);
});

test('Korean thousands before a counter or a currency: "3천명", "2천원", "1,511천명"', () => {
  const values = (text: string) => parseFigures(text).map((f) => [f.unit, f.value]);
  assert.deepEqual(values('참가자는 4천명이었다.'), [['people', 4000]]);
  assert.deepEqual(values('입장료는 2천원이다.'), [['KRW', 2000]]);
  assert.deepEqual(values('1,204천명'), [['people', 1204000]]);
  assert.deepEqual(values('6만 4천명'), [['people', 64000]]);
});

test('周岁 is an age in years, not weeks: "年满18周岁的个人" draws a line, "平均年龄38.6周岁" is an age', () => {
  assert.deepEqual(parseFigures('年满16周岁的个人可以申请。').map((f) => f.unit), []);
  assert.deepEqual(parseFigures('平均年龄为41.3周岁。').map((f) => [f.unit, f.value]), [['age', 41.3]]);
  assert.deepEqual(parseFigures('培训为期6周。').map((f) => f.unit), ['day']);
});

test('起 counts incidents ("森林火灾186起"), not "from" (2023年起, 起步价)', () => {
  assert.deepEqual(parseFigures('全年共发生森林火灾186起，比上年减少15起。').map((f) => [f.text, f.unit]), [['186起', 'count'], ['15起', 'count']]);
  assert.deepEqual(parseFigures('自2023年起实施。'), []);
  assert.deepEqual(parseFigures('自2025起实施，从3起算。'), []);
});

test('千人率 and 每千人 are the base of a rate, and the number after 千人率 is that rate', () => {
  assert.deepEqual(parseFigures('全市职业伤害千人率为1.87。').map((f) => [f.text, f.unit]), [['1.87', 'rate']]);
  assert.deepEqual(parseFigures('建筑业千人率2.93。').map((f) => [f.text, f.unit]), [['2.93', 'rate']]);
  assert.deepEqual(parseFigures('每千人口拥有床位6.4张。').map((f) => f.text), ['6.4张']);
  assert.deepEqual(parseFigures('全市新增就业3千人。').map((f) => f.text), ['3千人']);
});

test('hours and minutes are one length of time: "1小时52分钟", "1 hour 52 minutes", "1시간 52분"', () => {
  for (const s of ['平均等候1小时52分钟。', 'The wait was 1 hour 52 minutes.', '평균 1시간 52분이 걸렸다.', '平均待ち时间は1时间52分だった。']) {
    const figures = parseFigures(s);
    assert.equal(figures.length, 1, s);
    assert.ok(Math.abs(figures[0].value - 112 / 1440) < 1e-9, s);
  }
});

test('기 counts installations in Korean ("충전기 1,642기"), and 제 before a number makes it an ordinal (제3기, 제2차)', () => {
  assert.deepEqual(parseFigures('급속충전기는 1,642기로 늘었다.').map((f) => [f.text, f.unit]), [['1,642기', 'count']]);
  assert.deepEqual(parseFigures('제3기 신도시 계획과 제2차 회의').map((f) => f.text), []);
});

test('日圆 (Taiwan\'s 日圓) is the yen, as 日元 is', () => {
  assert.deepEqual(parseFigures('受害金额约3亿2,150万日圆。').map((f) => [f.unit, f.value]), [['JPY', 321500000]]);
});

test('度 after 万 or 亿 is kilowatt-hours ("26.4亿度"); a temperature keeps 度 apart', () => {
  assert.deepEqual(parseFigures('全年用电量18.2亿度。').map((f) => [f.unit, f.value]), [['TWh', 1.82]]);
  assert.notEqual(parseFigures('气温35度。')[0]?.unit, 'TWh');
});

test('a bare number after "accounted for" is the count it accounts for', () => {
  assert.deepEqual(read('Wardens issued 52,300 notices, while cameras accounted for 8,140.').map((f) => f.value), [52300, 8140]);
});
