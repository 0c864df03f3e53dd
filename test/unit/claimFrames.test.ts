import { conceptOf } from '../../server/src/core/figures/concepts.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimFrames, periodsAgree, scopesDiffer } from '../../server/src/core/figures/claims.js';
import { countriesIn } from '../../server/src/core/figures/entities.js';
import { foldWidth, parseFigures } from '../../server/src/core/figures/figureParser.js';
import { foldHanzi } from '../../server/src/core/figures/hanziFold.js';

// Invented sentences in the styles the claim model must read: one frame per figure.
function frames(sentence: string) {
  const text = foldWidth(sentence);
  const figures = parseFigures(text);
  return claimFrames(text, 0, text.length, figures).map((f, i) => ({ figure: figures[i].text, entities: f.entities, period: f.period, counted: f.counted, scope: f.scope, changeOf: f.changeOf, clause: text.slice(f.clauseStart, f.clauseEnd) }));
}

test('分别 and "respectively" hand a list of countries to a list of figures in order', () => {
  const zh = frames('2021年，我国对越南、泰国的机电出口额分别为36.2亿美元和18.5亿美元。');
  assert.deepEqual(zh.map((f) => f.entities), [['VN'], ['TH']]);
  const en = frames('In 2020 Brazil and Chile shipped 4.1 million and 2.7 million tonnes respectively.');
  assert.deepEqual(en.map((f) => f.entities), [['BR'], ['CL']]);
  // Lists of different lengths are not distributed.
  const uneven = frames('越南、泰国和印度的份额分别为12%和7%。');
  assert.notDeepEqual(uneven.map((f) => f.entities), [['TH'], ['IN']]);
});

test('English names the country right after a figure ("31.6% in Japan")', () => {
  const f = frames('Wind supplied 12.4% of power in Denmark in 2019, compared with 5.1% in Spain and 3.3% in Italy.');
  assert.deepEqual(f.map((x) => x.entities), [['DK'], ['ES'], ['IT']]);
});

test('English demonyms and Chinese travel verbs name countries', () => {
  assert.deepEqual(countriesIn('Mexican exporters sold more to Canadian buyers', 0, 46), ['MX', 'CA']);
  assert.deepEqual(countriesIn('2018年赴华留学的蒙古学生', 0, 13), ['CN', 'MN']);
  // A travel verb before 日 that starts another word is not Japan.
  assert.deepEqual(countriesIn('在日常管理中', 0, 6), []);
});

test('a Chinese draft is cut into clauses at its own commas, as its sources are', () => {
  const f = frames('２０２２年该口岸货运量为１２００万吨，本地企业完成运输３５０万吨。');
  assert.equal(f[0].clause, '2022年该口岸货运量为1200万吨');
  // A fullwidth comma between digits is a thousands separator and folds.
  assert.equal(foldWidth('１２，３４５吨'), '12,345吨');
});

test('a clause with no words of its own continues the clause before it; a comma after a year before a word ends a clause', () => {
  const f = frames('Coastal wetlands covered roughly 41% of the delta, up from 33% in 2010.');
  assert.ok(f[1].clause.startsWith(f[0].clause), f[1].clause);
  assert.equal(f[1].period, '2010');
  const g = frames('Exports reached 3.2 million units in 2021, with sedans making up 62% of the total.');
  assert.equal(g[0].clause, 'Exports reached 3.2 million units in 2021');
});

test('a year after a parenthesis is the figure\'s year ("15 bcm (billion cubic metres) of gas to X in 2021")', () => {
  const f = frames('The line, running since May 2016, delivered 9.7 bcm (billion cubic metres) of gas to Poland in 2021.');
  assert.equal(f[0].period, '2021');
});

test('the year a share is "of" is its base, not its time (恢复至2019年的63.0%)', () => {
  const f = frames('2022年该市接待境外游客412万人次，恢复至2018年的58.6%。');
  assert.equal(f[1].period, '2022');
  const g = frames('2021年出口额为2018年同期的91.2%。');
  assert.equal(g[0].period, '2021');
});

test('the commas of a list of countries do not cut the clause', () => {
  const f = frames('Brazil’s soybean trade with Chile, Peru, Bolivia and Ecuador reached $4.2 billion in 2021, 7.5% more than a year earlier.');
  assert.deepEqual([...f[1].entities].sort(), ['BO', 'BR', 'CL', 'EC', 'PE']);
});

test('a bare count carries what it counts, in either language, so swapped counts are told apart', () => {
  const zh = frames('该省已与23个沿线城市签署17份物流合作协议。');
  const en = frames('The province has signed 17 logistics cooperation agreements with 23 cities along the route.');
  assert.ok(zh[0].counted?.includes('c:citi'), String(zh[0].counted));
  assert.ok(zh[1].counted?.includes(conceptOf('agreement')), String(zh[1].counted));
  assert.ok(en[0].counted?.includes(conceptOf('agreements')) && en[1].counted?.includes('c:citi'));
});

test('"a year earlier" and 上年 bind a level to the year before the one in force', () => {
  const f = frames('Wheat made up 31.4% of the imports in 2022, up from 28.0% a year earlier.');
  assert.deepEqual(f.map((x) => x.period), ['2022', '2021']);
  const g = frames('2023年该比例为41.2%，上年为39.5%。');
  assert.deepEqual(g.map((x) => x.period), ['2023', '2022']);
});

test('降至2022年的7.7% is a level in 2022, 恢复至2019年的63% a share of 2019; a lone adjective before "and" leaves the whole to the list', () => {
  const f = frames('该比重从2018年的35.2%降至2022年的9.6%。');
  assert.deepEqual(f.map((x) => x.period), ['2018', '2022']);
  const g = frames('Grants made up 61% of Danish and 47% of Dutch development aid.');
  assert.deepEqual(g.map((x) => x.scope), [undefined, 'Dutch development aid']);
});

test('a year that opens a running total is not the figure\'s year; 截至 is', () => {
  assert.equal(frames('Since the scheme was launched in 2015, it has trained 4,300 nurses.')[0].period, undefined);
  assert.equal(frames('2015年以来，该计划累计培训护士4300名。')[0].period, undefined);
  assert.equal(frames('截至2022年底，该计划累计培训护士4300名。')[0].period, '2022');
  assert.deepEqual(frames('从2018年的35.2%降至2022年的9.6%。').map((x) => x.period), ['2018', '2022']);
});

test('plural demonyms name their country; an ethnic group does not', () => {
  assert.deepEqual(countriesIn('Filipinos and Cambodians', 0, 25), ['PH', 'KH']);
  assert.deepEqual(countriesIn('面向中国朝鲜族的签证', 0, 10), ['CN']);
  assert.deepEqual(countriesIn('mostly ethnic Koreans from China', 0, 32), ['CN']);
});

test('"that year" and 同年 take the year the paragraph last named, not a base year or a citation key', async () => {
  const { ParagraphYears } = await import('../../server/src/core/figures/claims.js');
  const text = 'Exports rose to $4.1 billion in 2021, 6% more than in 2020 [@lee2019]. Imports reached $2.2 billion that year [@lee2019].';
  const p = new ParagraphYears(text);
  const second = text.indexOf('Imports');
  p.next(0, second - 1);
  assert.equal(p.next(second, text.length), '2021');
  const zh = '2021年出口额为41亿美元，比2020年增长6%。同年进口额为22亿美元。';
  const q = new ParagraphYears(zh);
  const at = zh.indexOf('同年');
  q.next(0, at);
  assert.equal(q.next(at, zh.length), '2021');
});

test('"this year" after a dated statement takes its year, unless it looks ahead (预计今年和明年将…)', async () => {
  const { ParagraphYears } = await import('../../server/src/core/figures/claims.js');
  const yearOf = (text: string, second: string) => {
    const p = new ParagraphYears(text);
    const at = text.indexOf(second);
    p.next(0, at);
    return p.next(at, text.length);
  };
  assert.equal(yearOf('남해군 2026년 3월 어가 인구는 1만 2천명으로 줄었다. 올해 3월 어업 종사율은 31.2%였다.', '올해'), '2026');
  assert.equal(yearOf('The harbour handled 3.1 million tonnes in 2026. This year the share of bulk cargo was 41%.', 'This year'), '2026');
  assert.equal(yearOf('全市2026年粮食产量为210万吨。今年小麦占比为38%。', '今年'), '2026');
  assert.equal(yearOf('全市2026年粮食产量为210万吨。预计今年和明年将保持在38%左右。', '预计'), undefined);
});

test('a financial year written across two years (2023/24, 2023-24) is one period that ends in its second year', () => {
  assert.equal(frames('The trust spent £4.2 million on grants in 2023/24.')[0].period, '2023-2024');
  assert.equal(frames('Visitors numbered 812,000 in 2022-23.')[0].period, '2022-2023');
  assert.ok(periodsAgree(frames('Visitors numbered 812,000 in 2022-23.')[0].period!, '2023'));
  // Two years that do not follow each other are no financial year.
  assert.notEqual(frames('The trust spent £4.2 million on grants in 2023/25.')[0].period, '2023-2025');
});

test('a value in brackets after the previous year (전년(…), 前年（…）) is that year\'s', () => {
  assert.deepEqual(frames('2026년 관람객은 84만 2천명으로 전년(79만 1천명) 대비 6.4% 늘었다.').map((f) => f.period), ['2026', '2025', '2026']);
  assert.equal(frames('2026年度の入館者数は84.2万人で、前年（79.1万人）を上回った。')[1].period, '2025');
});

test('a value moved from, with no year of its own, is not of the year that dates the value moved to', () => {
  assert.deepEqual(frames('The council cut its 2026 roads budget to £41.2 million, from £47.9 million.').map((f) => f.period), ['2026', undefined]);
  assert.deepEqual(frames('2026年道路预算由4.79亿元降至4.12亿元。').map((f) => f.period), [undefined, '2026']);
  // Its own year still dates it.
  assert.deepEqual(frames('2026年道路预算由2025年的4.79亿元降至4.12亿元。').map((f) => f.period), ['2025', '2026']);
});

test('"fell from 3.5% in 2020 to 1.8%": the year of the value moved from does not date the value moved to', () => {
  assert.deepEqual(frames('Coal\'s share of power fell from 41.2% in 2019 to 33.0%.').map((f) => f.period), ['2019', undefined]);
  // A year of the sentence's own still dates the value moved to.
  assert.deepEqual(frames('In 2026, coal\'s share of power fell from 41.2% in 2019 to 33.0%.').map((f) => f.period), ['2019', '2026']);
});

test('"4.2 million in 2026, up from 3.9 million": the value moved from is not of the year the sentence dates', () => {
  assert.deepEqual(frames('Ferry trips reached 4.2 million in 2026, up from 3.9 million.').map((f) => f.period), ['2026', undefined]);
});

test('"2021—2024年…分别为A、B、C、D": as many values as the span has years, each is its own year\'s', () => {
  assert.deepEqual(frames('2021—2024年，全县粮食产量分别为41.2万吨、42.8万吨、40.9万吨和43.5万吨。').map((f) => f.period), ['2021', '2022', '2023', '2024']);
  // Fewer values than years: the span stays the period of each.
  assert.deepEqual(frames('2021—2024年，全县粮食产量分别为41.2万吨和43.5万吨。').map((f) => f.period), ['2021-2024', '2021-2024']);
});

test('a financial year is one period: its second year is no figure, and "of the year before" is the financial year before', () => {
  const f = frames('The port handled 48,210 cruise passengers in 2024/25, 7.1% more than the 45,010 of the year before.');
  assert.deepEqual(f.map((x) => x.figure), ['48,210 cruise passengers', '7.1%', '45,010']);
  assert.deepEqual(f.map((x) => x.period), ['2024-2025', '2024-2025', '2023-2024']);
});

test('a span of years is one period, which agrees with the year it ends in only', () => {
  assert.equal(frames('2024—2027年，智利的税收减免规模预计达5200亿比索。')[0].period, '2024-2027');
  assert.equal(frames('The lender plans to provide $100 billion between 2019 and 2030.')[0].period, '2019-2030');
  // "from A to B" stays two years: the figures of a change are bound to each.
  assert.notEqual(frames('Exports rose from 12.1 million tonnes in 2019 to 15.4 million tonnes in 2022.')[1].period, '2019-2022');
  // "From 2019 to 2022" with nothing between the years is the span, as "between … and" is.
  assert.equal(frames('From 2019 to 2022, ferry crossings at Dunmore fell by 14%.')[0].period, '2019-2022');
  assert.equal(frames('Crossings fell by 14% from 2019 to 2022.')[0].period, '2019-2022');
  assert.ok(periodsAgree('2019-2030', '2030'));
  assert.ok(!periodsAgree('2018-2022', '2018'));
  assert.ok(!periodsAgree('2018-2022', '2019-2022'));
});

test('由A年的X降至Y: Y does not take the year of X', () => {
  const f = frames('2023年，智利铜企的合计份额由2021年的30.4%降至23.2%。');
  assert.deepEqual(f.map((x) => x.period), ['2021', '2023']);
});

test('a country in a subordinate clause after the figure is not what it is about', () => {
  const f = frames("Chile's three miners together held 23.2%, down from 30.4% in 2021 as Peruvian rivals grew faster.");
  assert.deepEqual(f[1].entities, ['CL']);
  const own = frames('Chileans spent 3.28 trillion pesos on Peruvian websites, more than the 1.87 trillion pesos they spent on Argentine sites.');
  assert.deepEqual(own[1].entities, ['AR']);
});

test('capitals, accented names and 中方/韩方 name countries; the side acting on others does not', () => {
  assert.deepEqual(frames('Hanoi says it has signed 48 cooperation documents.')[0].entities, ['VN']);
  assert.deepEqual(frames('Lending to Türkiye reached $4.3 billion.')[0].entities, ['TR']);
  // The dictionary spells it Ulan Bator and Ulaanbaatar; writers use the second, and so does Chinese (乌兰巴托).
  assert.deepEqual(frames('Traffic on the Ulaanbaatar route reached 0.61 million.')[0].entities, ['MN']);
  assert.deepEqual(frames('Traffic from Ulan Bator reached 0.61 million.')[0].entities, ['MN']);
  assert.deepEqual(frames('越方最终零关税税目比例为91%，泰方为92%。').map((f) => f.entities), [['VN'], ['TH']]);
  assert.deepEqual(frames('中方向湄公河国家提供紧急援助1.35亿元。')[0].entities.includes('CN'), false);
});

test('分别/respectively pairs a list of changes with the quantities listed before them', () => {
  const zh = frames('2023年，智利签发原产地证书12.4万份，对应货值318亿元，同比分别增长17.5%和9.2%。');
  assert.deepEqual(zh.map((f) => f.changeOf), [undefined, undefined, 'count', 'CNY']);
  const en = frames('Peru issued 88,000 permits covering $4.1 billion of exports, up 12.5% and 7.9% respectively.');
  assert.deepEqual(en.map((f) => f.changeOf), [undefined, undefined, 'count', 'USD']);
  // Two changes of one unit are not paired (nothing tells them apart).
  assert.deepEqual(frames('出口额和进口额分别为12亿元和9亿元，分别增长3%和4%。').map((f) => f.changeOf), [undefined, undefined, undefined, undefined]);
});

test("a sentence's only year, far after its figure, beats the year its paragraph opened with", () => {
  const text = 'Some 350 Chilean firms operated in the Antofagasta special economic zone in 2019.';
  const figures = parseFigures(text);
  assert.equal(claimFrames(text, 0, text.length, figures, undefined, '2023')[0].period, '2019');
});

test('a clause about the present takes no earlier year', () => {
  assert.equal(frames('图们江区域合作机制成立于1995年，目前有6个成员国。')[0].period, undefined);
  const text = 'The forum now has 12 members.';
  assert.equal(claimFrames(text, 0, text.length, parseFigures(text), undefined, '2019')[0].period, undefined);
});

test('a founding date binds no figure; "and" between two figures starts a clause', () => {
  assert.equal(frames('The river commission, founded in 1995, has met 31 times.')[0].period, undefined);
  assert.equal(frames('2001年成立的湄公河委员会已举行31次会议。')[0].period, undefined);
  assert.equal(frames('In 2019 the fund, launched in 2015, lent $3.2 billion.')[0].period, '2019');
  const two = frames('The survey found 3.1 million hectares of marsh and 1.2 million of peat bog.');
  assert.ok(two[0].clause.includes('marsh') && !two[0].clause.includes('peat'), two[0].clause);
  assert.ok(!two[1].clause.includes('marsh'), two[1].clause);
});

test('a clause that names its own span of years is not about the year of an earlier clause', () => {
  const f = frames('The rebate is capped at CNY 20,000 for 2024–2025 and halved after that, and is expected to cost CNY 310 billion over the four years.');
  assert.equal(f[0].period, '2024-2025');
  assert.equal(f[1].period, undefined);
  // 累计 sums over the range the sentence gave, so it keeps that range.
  assert.equal(frames('2008—2017年，该项目累计造林2815公顷。')[0].period, '2008-2017');
});

test('an opening date binds no figure either', () => {
  assert.equal(frames('The coastal line, which opened in March 2019, had carried 12.4 million passenger trips by the end of June.')[0].period, undefined);
  assert.equal(frames('2019年3月开通的沿海铁路累计发送旅客1240万人次。')[0].period, undefined);
});

test('a peninsula is a region of more than one country', () => {
  assert.deepEqual(countriesIn('朝鲜半岛周边海域', 0, 8), []);
  assert.deepEqual(countriesIn('around the Korean peninsula', 0, 27), []);
  assert.deepEqual(countriesIn('朝鲜和韩国', 0, 5), ['KP', 'KR']);
});

test('分别 hands groups of countries to a list of figures: 中日、中韩', () => {
  assert.deepEqual(frames('中俄、中蒙友好城市分别达到48对和17对。').map((f) => f.entities), [['CN', 'RU'], ['CN', 'MN']]);
});

test('a pair of countries right after 其中 is named ("其中中日航线占41.5%")', () => {
  assert.deepEqual(frames('2022年中日韩间运量约1190万标准箱，其中中韩航线占48.3%。').map((f) => f.entities), [['CN', 'JP', 'KR'], ['CN', 'KR']]);
});

test('"X took 13.2% of China\'s exports": the owner of the whole and the subject are both in the claim', () => {
  assert.deepEqual(frames("The Japanese market alone took 13.2% of China's farm exports.")[0].entities, ['JP', 'CN']);
  assert.deepEqual(frames("Chips make up 19% of Korea's exports.")[0].entities, ['KR']);
});

test('a target year binds the value moved to; a projected value takes no year from its paragraph', () => {
  const target = frames('越南的目标是到2035年将煤电占比从46%降至30%左右。');
  assert.deepEqual(target.map((f) => f.period), [undefined, '2035']);
  const text = '65岁及以上人口占比将由2022年的17.1%升至25.3%。';
  const figures = parseFigures(text);
  assert.deepEqual(claimFrames(text, 0, text.length, figures, undefined, '2022').map((f) => f.period), ['2022', undefined]);
});

test('分别 distributes over one-character names each after its own verb ("对日、对韩")', () => {
  assert.deepEqual(frames('同期中国对美、对俄直接投资存量分别为31.2亿美元和44.5亿美元。').map((f) => f.entities), [['US'], ['RU']]);
});

test('"从2015年的32%降至去年的一成": 2015 belongs to 32% only; a relative year before the value moved to', () => {
  const text = '现金的占比从2016年的41%降至去年的两成，信用卡的占比则达到64%。';
  const figures = parseFigures(text);
  assert.deepEqual(claimFrames(text, 0, text.length, figures, undefined, '2023').map((f) => f.period), ['2016', '2023', '2023']);
});

test('a scale word after a count is part of the number, not what is counted', () => {
  assert.equal(frames('Some 5.9 million head of livestock died, about 9 percent of the national herd of 64.7 million.')[2].counted, undefined);
  assert.deepEqual(frames('The herd numbered 64.7 million camels.')[0].counted?.includes('c:camel'), true);
});

test('a reference period after "since the" is what a change is measured from, not its year', () => {
  const f = frames('Since the 1997–2003 reference period, nitrogen inputs have fallen by 17 percent.');
  assert.equal(f[0].period, undefined);
});

test('the residents of a place are its population, whichever language names the whole', () => {
  assert.equal(scopesDiffer('全州人口', 'its residents'), false);
  assert.equal(scopesDiffer('全州人口', 'goods exports'), true);
});

test('Korean: a year after the figure with 까지/에 is its year ("4,800가구를 2027년까지 공급")', () => {
  const t = '2024년 해양수산부는 공공임대주택 4,800가구를 2027년까지 공급할 계획이다.';
  assert.deepEqual(claimFrames(t, 0, t.length, parseFigures(t)).map((f) => f.period), ['2027']);
});

test('English wholes: a draft may drop a modifier the source has, and a country adjective is no other whole', () => {
  assert.equal(scopesDiffer('wages', 'covered wages'), false);
  assert.equal(scopesDiffer('covered wages', 'wages'), true);
  assert.equal(scopesDiffer("Norwegian banks' corporate lending", "banks' corporate lending"), false);
  assert.equal(scopesDiffer('services trade', 'goods trade'), true);
  assert.equal(frames('Maine is the oldest US state: 23.0% of its residents are 65 or over.')[0].scope, 'residents');
});

test('"since 1993, when there were N" dates N; "and in 2003" opens the next figure\'s clause, not this one\'s year', () => {
  const f = frames('Registered boats have doubled since 1998, when there were 4,120 boats, and in 2008 there were 6,075 boats.');
  assert.deepEqual(f.slice(1).map((x) => x.period), ['1998', '2008']);
});

test('增加数 / 增加额 before a value make it a change, however far the verb', () => {
  assert.deepEqual(parseFigures('增加数は前回調査の173万户を上回った。').map((x) => x.kind), ['change']);
  assert.deepEqual(parseFigures('新增贷款的增加额为52亿元。').map((x) => x.kind), ['change']);
});

test('Japanese and Korean mark a base year after it (から, に比べ, 比, 대비): a change is not of that year', () => {
  assert.equal(frames(foldHanzi('2023年の住宅総数は6538万戸で、2018年の6289万戸から249万戸増加した。'))[2].period, '2023');
  assert.equal(frames('2023년 말 인구는 112만 4천 명으로, 2018년(116만 9천 명) 대비 3.8% 감소')[2].period, '2023');
});

test('"Island" is no country (a native spelling of Iceland in the dataset); Japanese 米国 and 豪州 are', () => {
  assert.deepEqual(countriesIn('Island nations face rising seas.', 0, 31), []);
  assert.deepEqual(countriesIn('米国と豪州', 0, 5), ['US', 'AU']);
});

test('the year of a value moved from dates that value only: a later clause is in the sentence\'s time', () => {
  const f = frames('Its population fell to 1.12 million at the end of 2023, down 3.8% from 1.17 million in 2018, yet the number of households rose 6.2% to 498,000.');
  assert.equal(f.find((x) => x.figure === '1.17 million')?.period, '2018');
  assert.equal(f.find((x) => x.figure === '6.2%')?.period, '2023');
  assert.equal(f.find((x) => x.figure === '498,000')?.period, '2023');
});

test('a clause saying only how a figure moved (按年上升, 下降) continues the clause before it, in Hong Kong and Macau wording too', () => {
  const f = frames('旅客总消费为838.4亿澳门元，按年上升5.6%；零售业销售额为727.5亿澳门元，下降10.6%。');
  assert.match(f.find((x) => x.figure === '5.6%')!.clause, /旅客总消费/);
  assert.match(f.find((x) => x.figure === '10.6%')!.clause, /零售业销售额/);
});

test('a base year with a word or the rest of a bracket before its comparison word (1997년 정점(…)보다, （2000年3月末、…）からは) is no period', () => {
  assert.equal(frames('건설업 취업자는 2023년 483만 명으로, 1997년 정점(685만 명)보다 약 30% 줄었다.').find((x) => x.figure === '30%')?.period, '2023');
  // (Japanese as the checker reads it, folded to simplified characters: 減少 as 减少.)
  assert.equal(frames('许可业者数は、2024年3月末时点で479,383业者となり、ピーク（2000年3月末、600,980业者）からは约2割の减少である。').find((x) => x.figure === '约2割')?.period, '2024');
});

test('Korean and Japanese short country names (한국, 대만, 러시아; 韓国, ロシア) are their countries, as the formal ones are', () => {
  const frame = (t: string, figure: string) => {
    const figures = parseFigures(t);
    return claimFrames(t, 0, t.length, figures)[figures.findIndex((f) => f.text.includes(figure))];
  };
  const t = '국가별로는 대만 1조 936억 엔, 한국 9,632억 엔, 러시아 120억 엔 순이었다.';
  assert.deepEqual(frame(t, '9,632억').entities, ['KR']);
  assert.deepEqual(frame(t, '936억').entities, ['TW']);
  assert.deepEqual(frame(t, '120억').entities, ['RU']);
  assert.deepEqual(countriesIn('韓国とロシアの貿易', 0, 9), ['KR', 'RU']);
});

test('"the N of YEAR" dates that value; a year in the name of a plan (Health Plan 2030) dates nothing', () => {
  const frames = (t: string) => {
    const figures = parseFigures(t);
    return new Map(claimFrames(t, 0, t.length, figures).map((f, i) => [figures[i].text, f.period]));
  };
  const a = frames('The town counted 3,410 vacant shops in late 2024, 18.5% more than the 2,877 of 2020.');
  assert.equal(a.get('3,410 vacant shops'), '2024');
  assert.equal(a.get('2,877'), '2020');
  const b = frames('Under its Transport Vision 2040 the city is spending $412 million on buses.');
  assert.equal(b.get('$412 million'), undefined);
});

test('中国台湾, 中国香港, 中國澳門 name the region, not China besides it; traditional names are countries too', () => {
  assert.deepEqual(countriesIn('中国台湾 598.1', 0, 8), ['TW']);
  assert.deepEqual(countriesIn('中国香港特区', 0, 6), ['HK']);
  assert.deepEqual(countriesIn('中國澳門', 0, 4), ['MO']);
  assert.deepEqual(countriesIn('中國與臺灣', 0, 5), ['CN', 'TW']);
});

test('the base year of a change ("down 8.0% from 2022") dates no level in a later clause', () => {
  const t = 'In 2024 Chile exported 41.6 million tonnes of copper ore, down 2.5% from 2023, while Peru exported 27.3 million tonnes.';
  const figures = parseFigures(t);
  const periods = claimFrames(t, 0, t.length, figures).map((f) => f.period);
  assert.deepEqual(periods, ['2024', '2024', '2024']);
});
