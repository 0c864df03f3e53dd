import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSourceFigures } from '../../server/src/core/figures/tables.js';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { foldHanzi } from '../../server/src/core/figures/hanziFold.js';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

// An invented statistical communiqué table as PDF extraction leaves it: a unit column between
// the product and its output, a growth column in percent, an "of which" row marked with #.
const TABLE = `表2　2023年主要农产品产量及其增长速度
产品名称              单位          产量        比上年增长（%）
粮食                  万吨          88.5           2.1
  #稻谷               万吨          41.2           1.4
生猪出栏              万头          126            -3.5
光伏电池              亿片           2.7          18.9
`;

test('a unit column gives the value beside it its unit; the growth column keeps the header\'s percent', () => {
  const { text } = normalizeText(TABLE);
  const cells = readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit, t.figure.kind]);
  assert.deepEqual(cells, [
    ['88.5', 885000, 'ton', 'level'],
    ['2.1', 2.1, 'percent', 'change'],
    ['41.2', 412000, 'ton', 'level'],
    ['1.4', 1.4, 'percent', 'change'],
    ['126', 1260000, 'count', 'level'],
    ['-3.5', 3.5, 'percent', 'change'],
    ['2.7', 270000000, 'count', 'level'],
    ['18.9', 18.9, 'percent', 'change'],
  ]);
});

// An invented projection table from a consultant's PDF: the header runs over three lines, each
// column with its own unit on the last one (none over the count), and a dash for a missing value.
const PROJECTIONS = `Table 3.  Projected cost of the scheme, nominal dollars

Year   Insured    Premium      Claim-      Claims     Reserve
       payroll    income       ants        paid       end of year
       ($bn)      ($m)                     ($m)       ($m)
2027   12.4       96           -           0          88
2032   14.9       118          2,600       41         310
`;

test('a header spread over aligned lines gives each column its own unit, read from the original layout', () => {
  const normalized = normalizeText(PROJECTIONS);
  const cells = readSourceFigures(normalized.text, { text: PROJECTIONS, map: normalized.map }).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit]);
  assert.deepEqual(cells, [
    ['12.4', 12.4e9, 'USD'],
    ['96', 96e6, 'USD'],
    ['0', 0, 'USD'],
    ['88', 88e6, 'USD'],
    ['14.9', 14.9e9, 'USD'],
    ['118', 118e6, 'USD'],
    ['2,600', 2600, 'people'],
    ['41', 41e6, 'USD'],
    ['310', 310e6, 'USD'],
  ]);
});

// An invented Korean survey table: the caption lists two units, a rule under the header.
const KOREAN_TABLE = `   <표 2> 가구당 평균 저축액 추이                  (단위: 만원, %)
   ───────────────────────────────────────
     구 분          2022년      2023년      증감률
   ───────────────────────────────────────
     저축           9,120       9,618        5.5
     대출           3,050       2,980       -2.3
`;

test('a caption listing an amount and a percent gives the amount to the years and the percent to the rate column; a rule is no column', () => {
  const normalized = normalizeText(KOREAN_TABLE);
  const cells = readSourceFigures(normalized.text, { text: KOREAN_TABLE, map: normalized.map }).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit, t.figure.kind]);
  assert.deepEqual(cells, [
    ['9,120', 91200000, 'KRW', 'level'],
    ['9,618', 96180000, 'KRW', 'level'],
    ['5.5', 5.5, 'percent', 'change'],
    ['3,050', 30500000, 'KRW', 'level'],
    ['2,980', 29800000, 'KRW', 'level'],
    ['-2.3', 2.3, 'percent', 'change'],
  ]);
});

// An English statistical table in thousands, its caption saying what the figures include.
const THOUSANDS = `Table 2.4  Inbound visitors by origin, 2024 ('000 persons, excluding transit)

  Origin                  Air      Sea    Total
  ------------------------------------------------
  Mainland                 812      96      908
  Overseas                 455      31      486
`;

test('a caption in thousands ("\'000 persons, excluding transit") scales the cells, and its remark is not the unit', () => {
  const { text } = normalizeText(THOUSANDS);
  const cells = readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit]);
  assert.deepEqual(cells.slice(0, 3), [['812', 812000, 'people'], ['96', 96000, 'people'], ['908', 908000, 'people']]);
});

test('a caption naming a currency code and a scale ("KRW million") reads the cells as amounts in it', () => {
  const { text } = normalizeText('Average per household (KRW million)\n\n| Item | 2023 | 2024 |\n|---|---|---|\n| Assets | 527.0 | 540.2 |\n');
  const cells = readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit]);
  assert.deepEqual(cells, [['527.0', 527000000, 'KRW'], ['540.2', 540200000, 'KRW']]);
});

test('a row labelled by a graduating class or a fiscal year (2022届, 2023年度) is a table row, not joined to the next', () => {
  const { text } = normalizeText('表1  毕业生去向\n  届别      毕业生数     升学率\n  2022届      6415       39.8%\n  2023届      6598       41.0%\n');
  assert.ok(text.includes('2022届 6415 39.8%\n'), JSON.stringify(text));
});

test('a cell with a plus sign ("+11.4%") is a change, whatever its column is called; a negative balance stays a level', () => {
  const text = normalizeText(`Table 3. Container throughput by partner ('000 TEU)
Partner           2023    2024    Total    Difference
Korea              473     387      860    +11.4%
Japan              241     205      446     +3.0%
`).text;
  const cells = readSourceFigures(text).tables.map((t) => t.figure);
  assert.equal(cells.find((f) => f.text === '+11.4%')?.kind, 'change');
  assert.equal(cells.find((f) => f.text === '860')?.kind, 'level');
  const balance = normalizeText(`| Indicator | 2023 | 2024 |
| --- | --- | --- |
| Current account balance (percent of GDP) | -0.7 | -4.8 |
`).text;
  assert.equal(readSourceFigures(balance).tables.find((t) => t.figure.text === '-4.8')?.figure.kind, 'level');
});

test('a Markdown table whose row-label column has no header: each value under its own year; "(HK$ million)" in the row label; bold totals', () => {
  const text = normalizeText(`Financial highlights

| | FY2024 | FY2023 | Change |
| --- | ---: | ---: | ---: |
| Revenue (HK$ million) | 18,642 | 15,108 | +23.4% |
| **Total** | **18,642** | **15,108** | |
`).text;
  const cells = readSourceFigures(text).tables.map((t) => [text.slice(t.figure.start, t.figure.end), t.figure.unit, t.figure.value, t.figure.kind]);
  assert.deepEqual(cells.slice(0, 3), [['18,642', 'HKD', 18642e6, 'level'], ['15,108', 'HKD', 15108e6, 'level'], ['+23.4%', 'percent', 23.4, 'change']]);
  assert.deepEqual(cells.slice(3).map((c) => c[0]), ['18,642', '15,108']);
});

test('a Korean table: its caption line starts a block after a line with no full stop, and a row of shares in brackets is a row', () => {
  const text = normalizeText(`4. 전세피해 지원: 5년간 420억 원 투입

 <표 4-1> 재원 계획(2025~2029)                        (단위: 억 원)
 ────────────────────────────────────
  구 분          합계      국비      시비
 ────────────────────────────────────
  총사업비      23,400     9,360     7,020
  (비중)       (100%)    (40.0%)   (30.0%)
 ────────────────────────────────────
`).text;
  const cells = readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.unit, t.figure.value]);
  assert.deepEqual(cells, [['23,400', 'KRW', 2.34e12], ['9,360', 'KRW', 9.36e11], ['7,020', 'KRW', 7.02e11], ['100%', 'percent', 100], ['40.0%', 'percent', 40], ['30.0%', 'percent', 30]]);
});

test('a Korean statistics table: rows whose change is in percentage points (+0.2%p) and labels opening with an age (15세 이상 인구(만명)) are rows', () => {
  const text = normalizeText(`<표 1> 연간 주요 고용지표
─────────────────────────────
　구　　분　　　　　　　　2023년　　　2024년　　　증　감
─────────────────────────────
　15세 이상 인구(만명)　　4,541.9　　4,563.3　　 +21.4
　경제활동참가율(%)　　　　　64.3　　　 64.5　　　+0.2%p
　취업자(만명)　　　　　　2,841.7　　2,857.6　　 +15.9
`).text;
  const cells = readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.unit, Math.round(t.figure.value * 10) / 10]);
  assert.deepEqual(cells.filter((c) => ['4,541.9', '+0.2%p', '2,841.7'].includes(c[0] as string)), [['4,541.9', 'people', 45419000], ['+0.2%p', 'pp', 0.2], ['2,841.7', 'people', 28417000]]);
});

test('a row labelled by a month (8月, 1-10月, 10－12月期, 12월) is a table row', () => {
  const text = normalizeText('表2 月度进出口（亿元）\n月份 进出口 出口 进口\n7月 1298.4 832.0 466.4\n8月 1311.7 845.3 466.4\n1-10月 12700.0 8100.0 4600.0\n').text;
  const cells = readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.unit, Math.round(t.figure.value / 1e6)]);
  assert.deepEqual(cells.slice(3, 5), [['1311.7', 'CNY', 131170], ['845.3', 'CNY', 84530]]);
  assert.equal(cells.length, 9);
});

test('a column headed 變動 (traditional), 変動/増減/前年比 (Japanese) holds changes, signed or not', () => {
  const kinds = (table: string) => readSourceFigures(normalizeText(table).text).tables.map((t) => [t.figure.text, t.figure.kind]);
  assert.deepEqual(kinds(`表一　零售業銷售額（億澳門元）
類別　　　　銷售額　　變動（%）
百貨商品　　95.2　　　-9.8
超級市場　　58.6　　　+6.3
`), [['95.2', 'level'], ['-9.8', 'change'], ['58.6', 'level'], ['+6.3', 'change']]);
  assert.deepEqual(kinds(`表2　品目別出荷額
品目　　　　出荷額（億円）　　前年比（%）
菓子類　　　1,204　　　　　　-2.4
飲料　　　　　866　　　　　　 3.1
`).map((r) => r[1]), ['level', 'change', 'level', 'change']);
});

test('a Markdown table with a unit column: the unit beside a number gives it its unit', () => {
  const cells = readSourceFigures(normalizeText(`表3 主要港口货物吞吐量

| 港口 | 单位 | 吞吐量 | 比上年增长(%) |
| --- | --- | --- | --- |
| 北湾港 | 万吨 | 18420 | 3.3 |
| 南屿港 | 亿吨 | 1.25 | -0.6 |
`).text).tables.map((t) => [t.figure.text, t.figure.unit, t.figure.value]);
  assert.deepEqual(cells, [['18420', 'ton', 184200000], ['3.3', 'percent', 3.3], ['1.25', 'ton', 125000000], ['-0.6', 'percent', 0.6]]);
});

test('degenerate Markdown table rows (empty, a lone pipe, no cells) are skipped, never thrown on', () => {
  for (const row of ['|', '||', '| |', '', '|   |   |']) {
    const text = `| 年份 | 贸易额 |\n|---|---|\n${row}\n| 2022 | 23.4% |\n`;
    assert.doesNotThrow(() => readSourceFigures(normalizeText(text).text));
  }
});

// An invented Korean release with a box-drawn table, indented with fullwidth spaces as such
// releases are: its rows must stay lines, and the header's units (만㎥, %) reach the cells.
const BOXED = `□ 2024년 하수처리장별 처리 실적은 다음과 같다.
< 처리장별 실적(2024년) >
┌────────┬──────────┬────────┐
│ 처리장 │ 연간 처리량(만㎥) │ 가동률(%) │
├────────┼──────────┼────────┤
│ 동하 　│　　12,480　　　　 │　71.2　　 │
│ 서원 　│　　 8,315　　　　 │　66.4　　 │
└────────┴──────────┴────────┘
`;

test('a box-drawn table is read as a table: rows kept apart, units from its header', () => {
  const { text } = normalizeText(BOXED);
  const cells = readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit]);
  assert.deepEqual(cells, [
    ['12,480', 124800000, 'm3'],
    ['71.2', 71.2, 'percent'],
    ['8,315', 83150000, 'm3'],
    ['66.4', 66.4, 'percent'],
  ]);
});

// An invented county bulletin in traditional characters: the header over two lines aligned with
// fullwidth spaces (each as wide as two), ruled above and below, units in the second line.
const FULLWIDTH_ALIGNED = `表　113年某縣各鄉鎮茶葉生產概況
─────────────────────────────
　鄉鎮別　　　採收面積　　　茶葉產量　　　產量增減
　　　　　　　（公頃）　　　（公噸）　　　（％）
─────────────────────────────
　東坡鄉　　　　1,820　　　　 6,410　　　　－3.1
　西坑鎮　　　　1,415　　　　 4,260　　　　＋2.8
`;

test('a header aligned with fullwidth spaces over ruled rows gives each column its own unit and kind', () => {
  const normalized = normalizeText(FULLWIDTH_ALIGNED);
  const written = foldHanzi(normalized.text);
  const cells = readSourceFigures(written, { text: FULLWIDTH_ALIGNED, map: normalized.map }).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit, t.figure.kind]);
  assert.deepEqual(cells, [
    ['1,820', 18.2, 'km2', 'level'],
    ['6,410', 6410, 'ton', 'level'],
    ['-3.1', 3.1, 'percent', 'change'],
    ['1,415', 14.15, 'km2', 'level'],
    ['4,260', 4260, 'ton', 'level'],
    ['+2.8', 2.8, 'percent', 'change'],
  ]);
});

// An invented university release: one header line whose Chinese words the normaliser runs
// together, ruled above and below; each column's header is read from the original layout.
const ONE_LINE_HEADER = `    表２  ２０２３—２０２５届硕士毕业生去向
    ────────────────────────────────────
      届别      毕业生数   去向落实率   平均月薪(元)
    ────────────────────────────────────
      2023届      2318       91.2%      8120
      2024届      2406       90.4%      8395
`;

test('a one-line header aligned over its columns: each column keeps its own header (毕业生数 counts people, 月薪 is in yuan)', () => {
  const normalized = normalizeText(ONE_LINE_HEADER);
  const cells = readSourceFigures(normalized.text, { text: ONE_LINE_HEADER, map: normalized.map }).tables.map((t) => [t.figure.text, t.figure.unit]);
  assert.deepEqual(cells, [
    ['2318', 'people'],
    ['91.2%', 'percent'],
    ['8120', 'CNY'],
    ['2406', 'people'],
    ['90.4%', 'percent'],
    ['8395', 'CNY'],
  ]);
});

// An invented port table: "(m)" over a length is metres, "(TEU)" is no currency code.
const TERMINALS = `Container terminals, 2024

  Terminal            Berths   Quay length (m)   Throughput (TEU)   Utilisation
  -----------------------------------------------------------------------------
  West Quay CT            5          1,740              2,480,000            81%
  Harbour Gate            7          2,310              3,905,000            77%
`;

test('a length column\'s (m) is metres and a (TEU) column counts TEU', () => {
  const normalized = normalizeText(TERMINALS);
  const cells = readSourceFigures(normalized.text, { text: TERMINALS, map: normalized.map }).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit]);
  assert.deepEqual(cells.filter(([text]) => ['1,740', '2,480,000'].includes(text as string)), [
    ['1,740', 1.74, 'km'],
    ['2,480,000', 2480000, 'TEU'],
  ]);
});

test('a short note under a table gives its bare numbers their unit; a note that is prose does not', () => {
  const table = `| Division | Sales 2024 | Sales 2023 | Change |
| --- | ---: | ---: | ---: |
| Ferries | 4,315 | 3,902 | +10.6% |
| Logistics | 2,086 | 2,210 | -5.6% |
`;
  const cells = (note: string) => readSourceFigures(normalizeText(table + '\n' + note + '\n').text).tables.map((t) => [t.figure.text, t.figure.value, t.figure.unit]);
  assert.deepEqual(cells('*Sales in US$ million.*').slice(0, 2), [['4,315', 4315e6, 'USD'], ['3,902', 3902e6, 'USD']]);
  assert.deepEqual(cells('（单位：亿元）')[0], ['4,315', 4315e8, 'CNY']);
  // A paragraph after the table says nothing about its unit.
  assert.deepEqual(cells('Ferries carried more passengers in 2024 than in any year since 2015, and the company expects sales in euros to grow.')[0], ['4,315', 4315, 'count']);
});

test('a Korean column headed 전년 대비 holds changes', () => {
  const { text } = normalizeText(`| 부문 | 매출(억 원) | 전년 대비 |
| --- | ---: | ---: |
| 해운 | 4,315 | 10.6% |
`);
  assert.deepEqual(readSourceFigures(text).tables.map((t) => [t.figure.text, t.figure.kind]), [['4,315', 'level'], ['10.6%', 'change']]);
});

test('a caption that ends with its unit after a comma ("Coal imports, million tonnes") gives the table that unit', () => {
  const { text } = normalizeText(`Table 4. Grain exports, million tonnes

Country      2022      2023
Brazil        61.2      58.7
Canada        27.9      30.1
`);
  assert.deepEqual(readSourceFigures(text).tables.slice(0, 2).map((t) => [t.figure.text, t.figure.value, t.figure.unit]), [['61.2', 61.2e6, 'ton'], ['58.7', 58.7e6, 'ton']]);
});

// An invented results release: a text table whose cells carry their currency and scale, a row that
// leaves its last column empty, and pence.
const RESULTS = `Halvorsen plc                                   12 March 2025

                 RESULTS FOR THE YEAR ENDED 31 DECEMBER 2024

KEY FIGURES
                                           2024          2023       Change
Revenue                                 £1,412.8m     £1,305.1m      +8.3%
Underlying revenue growth                    4.6%          2.9%
Adjusted earnings per share                 41.2p         36.8p     +12.0%
Dividend per share                          19.5p         18.1p      +7.7%

The board proposes a final dividend of 13.1p.
`;

test('a text table of a results release: currency cells, pence, and a short row under the right years', () => {
  const figures = readSourceFigures(normalizeText(RESULTS).text);
  const cell = (text: string) => figures.tables.find((t) => t.figure.text === text)!;
  assert.equal(cell('£1,412.8m').figure.unit, 'GBP');
  assert.equal(cell('£1,412.8m').figure.value, 1_412_800_000);
  assert.equal(cell('41.2p').figure.value, 0.412);
  assert.equal(cell('41.2p').figure.unit, 'GBP');
  assert.deepEqual(parseFigures('a final dividend of 13.1p, or 13.1 pence, 13.1便士, 13.1ペンス').map((f) => [f.unit, f.value]), [['GBP', 0.131], ['GBP', 0.131], ['GBP', 0.131], ['GBP', 0.131]]);
  assert.deepEqual(parseFigures(foldHanzi('売上高は14億1,280万ポンド、매출 14억 1,280만 파운드')).map((f) => [f.unit, f.value]), [['GBP', 1_412_800_000], ['GBP', 1_412_800_000]]);
  // "Underlying revenue growth 4.6% 2.9%" has no change: its cells are 2024 and 2023, as the header above them says.
  const scanned = snapshotOf({ '/c/halvorsen2025.txt': RESULTS }).documents[0].scan.figures;
  assert.deepEqual(['4.6%', '2.9%', '+8.3%'].map((t) => scanned.find((f) => f.table && f.figure.text === t)?.period), ['2024', '2023', '2024']);
});

// An invented port table: the caption names the year, the header's last column a change on the year before.
const PORT = `Table 2.4  Rail container volumes by inland terminal, 2023 ('000 TEU)

  Terminal                Inbound   Outbound    Total    Change on 2022
  ------------------------------------------------------------------
  Dunmore Junction            512       348      860         +4.9%
  Kelby Flats                 221       190      411         -2.2%
`;

test('a caption year and a base year joined to the header do not make year groups; each cell keeps its aligned header', () => {
  const scanned = snapshotOf({ '/c/ports2024.txt': PORT }).documents[0].scan.figures.filter((f) => f.table);
  const row = (t: string) => scanned.find((f) => f.figure.text === t);
  assert.match(row('860')?.tableContext ?? '', /Total: Dunmore Junction 860/);
  assert.match(row('348')?.tableContext ?? '', /Outbound: Dunmore Junction 348/);
  assert.match(row('+4.9%')?.tableContext ?? '', /Change on 2022: Dunmore Junction/);
  // "on 2022" is the base of the change: its cells are the caption's year, like the others.
  assert.deepEqual(['860', '+4.9%', '512'].map((t) => row(t)?.period), ['2023', '2023', '2023']);
});

// An invented Korean price survey as a PDF extraction leaves it: a caption in angle brackets, the unit
// note on its own line, letters spaced out by fullwidth spaces, a basis column (1포기, 20kg) after the item.
const PRICES = `□ 조사 결과 1월 채소류 가격이 크게 올랐다.

< 주요 품목 소매가격 >
　　　　　　　　　　　　　　　　　　　　　　(단위: 원, %)
　품　목　　　　단위　　　　2025.1월　　전년 동월　　　평　년　　전년 대비　　평년 대비
　양　파　　　　1kg　　　　　2,840　　　　2,310　　　　2,450　　　 22.9　　　　15.9
　감　자　　　　1포기　　　　4,150　　　　3,720　　　　3,900　　　 11.6　　　　 6.4
`;

test('a price survey table: the basis column is part of the label, spaced-out headers are words, the caption is its own', () => {
  const scanned = snapshotOf({ '/c/prices2025.txt': PRICES }).documents[0].scan.figures.filter((f) => f.table);
  const row = (t: string) => scanned.find((f) => f.figure.text === t);
  assert.match(row('2,840')?.tableContext ?? '', /2025\.1월: 양파 1kg 2,840/);
  assert.match(row('2,450')?.tableContext ?? '', /평년: 양파 1kg 2,450/);
  assert.equal(row('22.9')?.figure.kind, 'change');
  // The basis is no unit of the price: won, from the unit note; "평년 대비" is a change in percent too.
  assert.equal(row('2,840')?.figure.unit, 'KRW');
  assert.deepEqual([row('15.9')?.figure.unit, row('15.9')?.figure.kind], ['percent', 'change']);
  assert.doesNotMatch(row('4,150')?.tableContext ?? '', /조사 결과/);
});

// An invented Japanese municipal budget table: a triangle marks a fall, 構成比 is each row's share, 増減率 its change.
const BUDGET = `表３　一般会計歳出（性質別）　　　　　　　　（単位：億円、％）
　区　分　　　　　　令和７年度　　構成比　　増減率
　人件費　　　　　　　２１４．６　　２２．４　　　１．８
　投資的経費　　　　　１０８．２　　１１．３　　△４．６
`;

test('a Japanese table: △ is a minus, 構成比 a share in percent, 増減率 a change in percent', () => {
  const { text } = normalizeText(BUDGET);
  const cells = readSourceFigures(foldHanzi(text)).tables.map((t) => [t.figure.text, t.figure.unit, t.figure.kind, t.figure.direction ?? '']);
  assert.deepEqual(cells.slice(3), [
    ['108.2', 'JPY', 'level', ''],
    ['11.3', 'percent', 'share', ''],
    ['△4.6', 'percent', 'change', 'down'],
  ]);
  assert.deepEqual(cells[2], ['1.8', 'percent', 'change', 'up']);
});

test('a column of the year before ("전년 동월") is that year, and the current column backs a draft, not it', () => {
  const prices = snapshotOf({ 'bora2025_prices.txt': `---\nid: bora2025\ntitle: 2025년 1월 농산물 가격\nyear: 2025\n---\n${PRICES}` });
  const scanned = prices.documents[0].scan.figures.filter((f) => f.table);
  assert.deepEqual(['2,840', '2,310'].map((t) => scanned.find((f) => f.figure.text === t)?.period), ['2025', '2024']);
  const found = checkDraftFigures(prices, analyzeDraft('每公斤洋葱零售价为2310韩元[@bora2025]。'));
  assert.notEqual(found.find((f) => f.figure.text.includes('2310'))?.status, 'supported');
});

// An invented district table whose change column is in 万人: a fall is written with a minus.
const DISTRICTS = `表5　分区常住人口
地　区　　　　常住人口　　　比上年末增减
　　　　　　　（万人）　　　（万人）
南湖区　　　　 63.18　　　　　1.05
北岭县　　　　 47.26　　　　 -0.27
`;

test('a negative cell in a column whose unit the header gives is read, falling', () => {
  const scanned = snapshotOf({ '/c/districts2024.txt': DISTRICTS }).documents[0].scan.figures.filter((f) => f.table);
  const cell = scanned.find((f) => f.figure.text === '-0.27');
  assert.deepEqual(cell && [cell.figure.value, cell.figure.unit, cell.figure.kind, cell.figure.direction], [2700, 'people', 'change', 'down']);
});

test('accounts in thousands of a currency: "(summary, £000)" and "($\'000)" captions give their cells that currency', () => {
  const accounts = `---
id: thornby2025
title: Thornby Trust Annual Accounts 2024/25
year: 2025
---
Table 2: Income and expenditure (summary, £000)

| | Unrestricted | Restricted | Total 2024/25 | Total 2023/24 |
| --- | ---: | ---: | ---: | ---: |
| Grants received | 1,240 | 2,310 | 3,550 | 3,120 |
| Charitable activities | 4,030 | 1,980 | 6,010 | 5,470 |
`;
  const corpus = snapshotOf({ 'thornby2025_accounts.md': accounts });
  const doc = [...corpus.documents.values()][0];
  const cell = doc.scan.figures.find((f) => f.figure.text === '3,550');
  assert.equal(cell?.figure.unit, 'GBP');
  assert.equal(cell?.figure.value, 3550000);
  const found = checkDraftFigures(corpus, analyzeDraft('Grants received came to £3.55 million in 2024/25 [@thornby2025].'));
  assert.equal(found[0]?.status, 'supported');
});

test('a caption that ends with its scale after a comma ("Table 1: Harbour account, £000") gives every cell that currency', () => {
  const accounts = `---
id: elmbay2025
title: Elmbay Harbour Board Annual Report 2024/25
year: 2025
---
Table 1: Harbour account, £000

| | 2023/24 | 2024/25 |
| --- | ---: | ---: |
| Mooring fees | 1,842 | 1,975 |
| Boat yards | 2,306 | 2,411 |
`;
  const corpus = snapshotOf({ 'elmbay2025_report.md': accounts });
  const doc = [...corpus.documents.values()][0];
  const cell = (text: string) => doc.scan.figures.find((f) => f.figure.text === text)?.figure;
  assert.deepEqual([cell('1,975')?.unit, cell('1,975')?.value], ['GBP', 1975000]);
  // The first column too: an English row label's last word ("yards") is no unit column.
  assert.deepEqual([cell('2,306')?.unit, cell('2,306')?.value], ['GBP', 2306000]);
  // The scale note itself is no amount.
  assert.ok(!doc.scan.figures.some((f) => f.figure.value === 0));
  const found = checkDraftFigures(corpus, analyzeDraft('Boat yards brought in £2.41 million in 2024/25 [@elmbay2025].'));
  assert.equal(found[0]?.status, 'supported');
  // Two rows named in one sentence: the row after "and" is the second figure's, not the first's.
  const both = checkDraftFigures(corpus, analyzeDraft('In 2024/25 moorings raised £1.98 million and the boat yards on the quay earned £2.41 million [@elmbay2025].'));
  assert.deepEqual(both.map((f) => f.status), ['supported', 'supported']);
});

test('fewer units than columns ("单位：万辆，亿元，％"): a part-of column shares the unit before it, a rate column takes %', () => {
  // A PDF extraction, as a bulletin prints it: a paragraph, then the table with its unit note.
  const bulletin = `河西市新能源汽车推广情况通报

　　２０２４年，全市新能源汽车保有量继续增长，纯电车型占比进一步提高，全年销售额
同比增长明显，各县推广工作有序推进，公共充电网络覆盖范围持续扩大，用户满意度
稳步提升。

表２　２０２４年各县新能源汽车推广情况
                                   单位：万辆，亿元，％
县　　　　　保有量　　其中纯电　　销售额　　销售额同比增长
青河县　　　 6.42　　　4.87　　　31.5　　　　22.4
石桥县　　　 3.18　　　2.26　　　17.9　　　　18.7
`;
  const corpus = snapshotOf({ 'hexi2025_bulletin.txt': bulletin });
  const cells = [...corpus.documents.values()][0].scan.figures.filter((f) => f.table);
  const of = (text: string) => cells.find((f) => f.figure.text === text)?.figure;
  assert.deepEqual([of('6.42')?.unit, of('6.42')?.value], ['count', 64200]);
  assert.deepEqual([of('4.87')?.unit, of('4.87')?.value], ['count', 48700]);
  assert.deepEqual([of('31.5')?.unit, of('31.5')?.value], ['CNY', 3150000000]);
  assert.deepEqual([of('22.4')?.unit, of('22.4')?.kind], ['percent', 'change']);
});

test('a table in "천명, %": rows of people in thousands, rows of rates in percent', () => {
  const release = `<표 1> 청년층 주요 고용지표
                                              (단위: 천명, %)
 구    분          2023. 8.      2024. 8.
 청년층인구           1,204         1,187
 고용률                44.2          45.0
`;
  const corpus = snapshotOf({ 'narae2024_release.txt': release });
  const cells = [...corpus.documents.values()][0].scan.figures.filter((f) => f.table);
  const of = (text: string) => cells.find((f) => f.figure.text === text)?.figure;
  assert.equal(of('1,187')?.unit, 'people');
  assert.equal(of('1,187')?.value, 1187000);
  assert.equal(of('45.0')?.unit, 'percent');
});

test('rows of a month written with its year in figures ("2024. 5.") are read, with that year and month', () => {
  const release = `<표 3> 첫 일자리 월평균 임금 분포
                                                  (단위: %)
 구    분        200만원 미만   200~300만원 미만   300만원 이상
 2023. 8.            41.2            47.5              11.3
 2024. 8.            38.9            48.2              12.9
`;
  const corpus = snapshotOf({ 'narae2024_wages.txt': release });
  const cell = [...corpus.documents.values()][0].scan.figures.find((f) => f.figure.text === '12.9');
  assert.equal(cell?.table, true);
  assert.equal(cell?.period, '2024');
  assert.equal(cell?.month, '8');
});

test('a header on two lines (names over units) gives each cell its column name in the quote and the match', () => {
  const bulletin = `表３　２０２４年各区供水与用水
区　　　　　供水总量　　　　地下水供水量　　　比上年增减
　　　　　（亿立方米）　　（亿立方米）　　　　（％）
河东区　　　　 86.2　　　　　　31.5　　　　　　　2.1
河西区　　　　 74.9　　　　　　28.8　　　　　　 -1.4
`;
  const corpus = snapshotOf({ 'linquan2025_gongbao.txt': bulletin });
  const cell = [...corpus.documents.values()][0].scan.figures.find((f) => f.figure.text === '31.5');
  assert.match(cell?.tableContext ?? '', /地下水供水量/);
  assert.doesNotMatch(cell?.tableContext ?? '', /比上年增减/);
});

test('a unit note that lists one unit per value column ("단위: 만 명, 곳, %") gives each column its own', () => {
  const table = `<표 2> 구별 도서관 이용 현황(2026년)
                                     (단위: 만 명, 곳, %)
 구 분          이용자수        도서관       전년대비 증감률
 가 람 구         48.2             17             3.1
 나 래 구         31.6             12            -1.4
`;
  // Through a document's scan, which reads a text table's headers by their columns in the original.
  const cellsOf = (release: string) => [...snapshotOf({ 'garam2026_release.txt': release }).documents.values()][0].scan.figures.filter((f) => f.table).map((f) => [f.figure.text, f.figure.value, f.figure.unit]);
  const cells = cellsOf(table);
  assert.deepEqual(cells.slice(0, 3), [
    ['48.2', 482000, 'people'],
    ['17', 17, 'count'],
    ['3.1', 3.1, 'percent'],
  ]);
  // Columns of two times hold one measure: a note of three units speaks of its rows, not of the columns in turn.
  const byYear = `<표 3> 주요 지표
                                     (단위: 천명, %, %p)
 구 분            2025. 3.       2026. 3.        증 감
 이용자수            412            436             24
 이용률             41.2           43.0            1.8
`;
  assert.deepEqual(cellsOf(byYear).slice(0, 3), [
    ['412', 412000, 'people'],
    ['436', 436000, 'people'],
    ['24', 24000, 'people'],
  ]);
});

test('a column in "(£m)" or "(€m)" holds amounts of that currency in millions', () => {
  const report = `---
id: hollin2026
title: Hollin College Endowment Review
year: 2026
---
Table 2: Holdings at 31 July 2026

| Holding | Value (£m) | Value (€m) |
| --- | ---: | ---: |
| Listed shares | 412 | 478 |
| Property | 96 | 111 |
`;
  const cells = [...snapshotOf({ 'hollin2026_review.md': report }).documents.values()][0].scan.figures.filter((f) => f.table).map((f) => [f.figure.text, f.figure.unit, f.figure.value]);
  assert.deepEqual(cells.slice(0, 2), [
    ['412', 'GBP', 412e6],
    ['478', 'EUR', 478e6],
  ]);
});

test('"单位：亿元，％" over a table: amounts in 亿元, the growth column in percent', () => {
  const table = `表３　２０２６年各县旅游收入
                                     单位：亿元，％
县　　　　　旅游收入　　　同比增长
青川县　　　　86.4　　　　　7.2
白河县　　　　51.9　　　　　4.6
`;
  const cells = [...snapshotOf({ 'tour2026_bulletin.txt': table }).documents.values()][0].scan.figures.filter((f) => f.table).map((f) => [f.figure.text, f.figure.unit, f.figure.kind, f.figure.value]);
  assert.deepEqual(cells.slice(0, 2), [
    ['86.4', 'CNY', 'level', 86.4e8],
    ['7.2', 'percent', 'change', 7.2],
  ]);
});

test('a ranking table (a place before each name) keeps its rows, and "（単位：百万円、件、％）" gives each column its unit', () => {
  const table = `表２　寄附額上位３団体
　　　　　　　　　　　　　　　　（単位：百万円、件、％）
順位　団体名　　　　寄附額　　　　寄附件数　　　前年度比
　１　　桜川町　　　４，２１７　　　　２３１，９０５　　　　１２．４
　２　　北浜市　　　３，６５０　　　　１９８，２７７　　　 △２．８
　３　　緑ヶ丘村　　２，１０９　　　　１０４，６３３　　　　　７．１
`;
  const doc = [...snapshotOf({ 'kita2026_kifu.txt': table }).documents.values()][0];
  // Each ranked row is a line of its own (it was run into the lines before and after it).
  assert.ok(doc.normalized.text.includes('\n2 北浜市 3,650 198,277 △2.8\n') || doc.normalized.text.includes('\n2 北浜市 3,650 198,277 -2.8\n'), doc.normalized.text);
  const cells = doc.scan.figures.filter((f) => f.table).map((f) => [f.figure.text, f.figure.unit, f.figure.value]);
  assert.deepEqual(cells.slice(0, 3), [
    ['4,217', 'JPY', 4217e6],
    ['231,905', 'count', 231905],
    ['12.4', 'percent', 12.4],
  ]);
  // The row's name is its label: a draft naming another row is not backed by this one.
  const status = (draft: string, fig: string) => checkDraftFigures(snapshotOf({ 'kita2026_kifu.txt': table }), analyzeDraft(`${draft}\n`)).find((f) => f.figure.text === fig)?.status;
  assert.equal(status('北浜市の寄附件数は198,277件だった[@kita2026]。', '198,277件'), 'supported');
  assert.notEqual(status('桜川町の寄附件数は198,277件だった[@kita2026]。', '198,277件'), 'supported');
});
