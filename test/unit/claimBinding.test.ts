import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures, type FigureFinding } from '../../server/src/core/figures/figureCheck.js';
import { claimFrames } from '../../server/src/core/figures/claims.js';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';
import { conceptOf } from '../../server/src/core/figures/concepts.js';
import { findingMessage } from '../../server/src/core/figures/findingMessages.js';

// Invented sources: how a figure is bound to its year, its place and its neighbours.

const frames = (text: string) => claimFrames(text, 0, text.length, parseFigures(text));
const statusOf = (findings: FigureFinding[], text: string) => findings.find((f) => f.figure.text === text)?.status;

test('a year followed by its month and 以来 opens a running total: it is not the year of the level after it', () => {
  const text = '央行自2021年9月以来累计加息450个基点，政策利率升至4.5%。';
  assert.equal(frames(text).at(-1)?.period, undefined);
  // An event dated to the day ("2023年8月24日起") keeps its year for what follows.
  const dated = '2023年8月24日起全面暂停进口，当年出口下降29.9%。';
  assert.equal(frames(dated).at(-1)?.period, '2023');
});

// A national release that never names its country, and a report about several countries.
const RELEASE = `---
id: moh2024
title: 국민건강통계 발표
year: 2024
---
□ 남자 흡연율 목표 25.0% 달성을 위해 금연 정책을 강화한다.
○ 고혈압 유병률은 29.9%, 당뇨병 유병률은 15.5%, 고콜레스테롤혈증 유병률은 22.4%였다.
`;
const SURVEY = `---
id: lind2024
title: Ageing in the Nordic states
year: 2024
---
Norway spends 3.1 percent of GDP on long-term care, Sweden 3.4 percent and Denmark 2.5 percent.
The share of people aged 80 or over is 4.6 percent.
`;
const snapshot = snapshotOf({ 'moh2024_release.md': RELEASE, 'lind2024_survey.md': SURVEY });
const check = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(draft));

test('a source that names no country speaks of the one the draft names: its other value contradicts', () => {
  assert.equal(statusOf(check('Korea aims to cut the male smoking rate to 20% [@moh2024].'), '20%'), 'contradicted');
});

test('a sentence of a source about several countries that names none does not contradict a claim about one', () => {
  assert.notEqual(statusOf(check('In Finland, 6.2% of people are aged 80 or over [@lind2024].'), '6.2%'), 'contradicted');
});

test('a value stated to the digit beside another draft value is supported, not contradicted by the value between them', () => {
  const found = check('Among adults, 29.9% have hypertension and 22.4% high cholesterol [@moh2024].');
  assert.equal(statusOf(found, '29.9%'), 'supported');
  assert.equal(statusOf(found, '22.4%'), 'supported');
});

test('irregular English plurals meet their singular concept', () => {
  assert.equal(conceptOf('women'), conceptOf('woman'));
  assert.equal(conceptOf('children'), conceptOf('child'));
  // So do word families the stemmer leaves apart (出生 is glossed "born", 死亡 "die").
  assert.equal(conceptOf('born'), conceptOf('births'));
  assert.equal(conceptOf('die'), conceptOf('deaths'));
});

test('the year a plan was adopted or updated dates the plan, not the figures it holds', () => {
  assert.equal(frames('2021年更新的《行动计划》包含199项行动。')[0].period, undefined);
  assert.equal(frames('The Action Plan, adopted in 2021, contains 199 actions.')[0].period, undefined);
  assert.equal(frames('2019년 채택된 계획은 45개 과제를 담고 있다.')[0].period, undefined);
});

test('a present-tense verb is shared by a second "by" clause: both are changes', () => {
  const text = 'In the adverse scenario, house prices fall by 30 percent and office prices by 45 percent.';
  assert.deepEqual(parseFigures(text).map((f) => f.kind), ['change', 'change']);
});

test('a single movement character before a number makes a change; so does "N% below"', () => {
  assert.equal(parseFigures('住宅新开工量大降四成。')[0].kind, 'change');
  assert.equal(parseFigures('The quota was set 25% below the previous one.')[0].kind, 'change');
  assert.equal(parseFigures('利率降为3%。')[0].kind, 'level');
});

// A central bank's report on its own country: it names the country for nearly every figure it
// places, and leaves it unnamed elsewhere.
const CENTRAL_BANK = `---
id: fjord2024
title: Financial stability report
year: 2024
---
In Norway, household debt is about 220 percent of disposable income.
Norwegian banks earned a return on equity of 13.5 percent in 2023.
House prices in Norway fell 2 percent in real terms.
The rules cap mortgage debt at five times gross income and loan-to-value at 85 percent.
`;
const norway = snapshotOf({ 'fjord2024_report.md': CENTRAL_BANK });

test('across languages, an unnamed sentence of a report about one country speaks of that country', () => {
  const found = checkDraftFigures(norway, analyzeDraft('挪威规定房贷总额不得超过税前收入的五倍[@fjord2024]。'));
  assert.equal(statusOf(found, '五倍'), 'supported');
});

test('a fraction in words covers a writer\'s rounding', () => {
  const [f] = parseFigures('Output rose by two-fifths.');
  assert.ok(Math.abs(41.3 - f.value) <= f.precision, `two-fifths ±${f.precision}`);
  const [g] = parseFigures('约占三分之一。');
  assert.ok(Math.abs(34.6 - g.value) <= g.precision);
  assert.ok(Math.abs(38 - g.value) > g.precision);
});

// Two invented sources: the cited one gives each country's share, another happens to hold a third.
const FUND = `---
id: dust2023
title: Dust-storm fund review
year: 2023
---
Of the fund's spending on dust-storm projects, Japan provided 45%, Korea 35% and China 20%.
Its share of clean-energy output rose 12.5% in 2023, 1.6 percentage points more than a year earlier.
`;
const OTHER = `---
id: misc2022
title: Notes on regional funds
year: 2022
---
Some regional dust-storm funds drew 35% of their money from China.
`;
const fund = snapshotOf({ 'dust2023_review.md': FUND, 'misc2022_notes.md': OTHER });

test('the cited source\'s other value for the quantity beats a near value in a source not cited', () => {
  const found = checkDraftFigures(fund, analyzeDraft('Of the fund\'s spending on dust-storm projects, China provided 35% [@dust2023].'));
  assert.equal(statusOf(found, '35%'), 'contradicted');
});

test('percentage points are not contradicted by another percentage of the sentence', () => {
  const found = checkDraftFigures(fund, analyzeDraft('Clean energy now makes up 12.5% of output, 1.6 percentage points more than a year earlier [@dust2023].'));
  assert.equal(statusOf(found, '1.6 percentage points'), 'supported');
});

test('"and imports 2.7% to …" shares the verb of the clause before: a change', () => {
  assert.deepEqual(parseFigures('Exports rose 9.2% to 813.5 billion yuan and imports 2.7% to 456.5 billion yuan.').map((f) => f.kind), ['change', 'level', 'change', 'level']);
});

// A customs bulletin: many sentences alike, each with its own amounts.
const CUSTOMS = `---
id: customs2024
title: 海关统计月报
year: 2024
---
1-10月，全省进出口总额8623.7亿元，增长5.8%。其中，出口5712.4亿元，增长10.6%；进口2911.3亿元，下降2.4%。
一般贸易进出口6104.2亿元，增长7.1%。加工贸易进出口1352.6亿元，下降1.8%。
对东盟进出口2516.8亿元，增长13.5%；对欧盟进出口1987.3亿元，增长2.1%。
`;
test('a value alike to four significant digits in the cited source is supported across languages, despite similar sentences around it', () => {
  const found = checkDraftFigures(snapshotOf({ 'customs2024_bulletin.md': CUSTOMS }), analyzeDraft('Exports under it reached 571.2 billion yuan [@customs2024].'));
  assert.equal(statusOf(found, '571.2 billion yuan'), 'supported');
});

// A trade bulletin giving a total and its export part in one sentence (invented figures).
const ECOMMERCE = `---
id: port2025
title: 口岸贸易快报
year: 2025
---
前三季度，跨境电商进出口6420.5亿元，增长11.2%，其中出口3391.8亿元，增长17.6%。
`;
test('across languages, "exports" restates the value after 出口, not the total after 进出口 that shares more words', () => {
  const found = checkDraftFigures(snapshotOf({ 'port2025_bulletin.md': ECOMMERCE }), analyzeDraft('Cross-border e-commerce exports grew 17.6% to 339.2 billion yuan [@port2025].'));
  assert.equal(statusOf(found, '339.2 billion yuan'), 'supported');
  assert.equal(statusOf(found, '17.6%'), 'supported');
});

// A Korean plan listing several values in one sentence (invented).
const PLAN = `---
id: busan2025
title: 주거종합계획
year: 2025
---
Ⅳ. 주요 사업
 1. 공공임대주택 2만 1,000호 공급(연평균 4,200호)
  ○ 청년 주택 7,400호, 신혼부부 주택 5,300호, 고령자 복지주택 1,700호, 기존주택 매입임대 6,600호
`;
test('several draft values beside one another in a source list pair up across languages, with no word shared', () => {
  const found = checkDraftFigures(snapshotOf({ 'busan2025_plan.md': PLAN }), analyzeDraft('The plan promises 21,000 public rental homes, about 4,200 a year: 7,400 for young people, 5,300 for newlyweds, 1,700 for older residents and 6,600 existing homes bought [@busan2025].'));
  assert.deepEqual(['7,400', '5,300', '1,700'].map((t) => statusOf(found, t)), ['supported', 'supported', 'supported']);
});

// An English source giving the share of people aged 65 and over (invented).
const AGEING = `---
id: park2022
title: Ageing in Northeast Asia
year: 2022
---
The Japanese population aged 65 and over accounted for 28.9% of the total in 2021.
`;
const BUDGET = `---
id: mof2023
title: Fiscal statistics
year: 2023
---
Social security spending reached 36.9 trillion yen in fiscal 2021.
`;
test('"the elderly" (高齢者, 고령자) is the group aged 65 and over: an uncited source giving the over-65s\' share is named', () => {
  const found = checkDraftFigures(snapshotOf({ 'park2022_ageing.md': AGEING, 'mof2023_budget.md': BUDGET }), analyzeDraft("Japan's elderly share was 28.9% in 2021 [@mof2023]."));
  const f = found.find((x) => x.figure.text === '28.9%');
  assert.equal(f?.status, 'not-in-cited-source');
  assert.deepEqual(f?.support.map((s) => s.doc.key), ['park2022']);
});

test('a value whose own clause shares nothing with the draft\'s is another measure, though its sentence names the draft\'s subject: no contradiction', () => {
  const source = `---
id: stat2025
title: 统计公报
year: 2025
---
全年研究与试验发展经费支出37000亿元，比上年增长8.2%，与国内生产总值之比为2.74%。
`;
  const snap = snapshotOf({ 'stat2025.md': source });
  const f = checkDraftFigures(snap, analyzeDraft('2024年国内生产总值增长5.1%[@stat2025]。')).find((x) => x.figure.text === '5.1%');
  assert.equal(f?.status, 'not-in-cited-source');
  // …while the measure the clause does name is still contradicted.
  const g = checkDraftFigures(snap, analyzeDraft('研究与试验发展经费支出比上年增长9.2%[@stat2025]。')).find((x) => x.figure.text === '9.2%');
  assert.equal(g?.status, 'contradicted');
});

test('a share\'s whole named with its country ("South Korea\'s electricity") or by a Chinese word holding the concept (发电量: 发电) is the same whole', () => {
  const snap = snapshotOf({ 'kim2025_energy.md': '---\nid: kim2025\ntitle: Energy\nyear: 2025\n---\nSouth Korea generated 31.7% of its electricity from nuclear power in 2024, up from 30.4% in 2023.\n' });
  const status = (d: string) => checkDraftFigures(snap, analyzeDraft(d)).find((f) => f.figure.text.includes('31.7'))?.status;
  assert.equal(status("In 2024 nuclear power supplied 31.7% of South Korea's electricity [@kim2025]."), 'supported');
  assert.equal(status('2024年韩国核电占发电量的31.7%[@kim2025]。'), 'supported');
});

test('a month is part of a claim: a monthly table\'s August row does not back July\'s figure, and a month after an English figure is its own', () => {
  const snap = snapshotOf({
    'customs2024_monthly.txt': '表2 2024年进出口月度情况（亿元）\n月份 进出口 出口 进口\n7月 1298.4 832.0 466.4\n8月 1311.7 845.3 466.4\n',
    'hotel2024_report.md': '---\nid: hotel2024\ntitle: Annual report\nyear: 2024\n---\nThe Group opened Harbour Osaka (312 rooms) in April and Harbour Sapporo (248 rooms) in October.\n',
  });
  const status = (d: string, f: string) => checkDraftFigures(snap, analyzeDraft(d)).find((x) => x.figure.text.includes(f))?.status;
  assert.equal(status('In August exports were 84.5 billion yuan [@customs2024].', '84.5'), 'supported');
  assert.equal(status('In July exports were 84.5 billion yuan [@customs2024].', '84.5'), 'contradicted');
  assert.equal(status('4월 오사카(312실)와 10월 삿포로(248실)에 호텔을 열었다[@hotel2024].', '248'), 'supported');
});

test('a draft sentence whose subject is a pronoun ("It was down 3.2%") takes the sentence before it as its subject, and its verdict is keyed with it', () => {
  const snap = snapshotOf({ 'lee2025_trade.md': '---\nid: lee2025\ntitle: Trade\nyear: 2025\n---\nTrilateral trade among China, Japan and Korea fell 2.3% to $770 billion in 2024. Tourism receipts rose 12.5% in 2024.\n' });
  const status = (d: string) => checkDraftFigures(snap, analyzeDraft(d)).find((f) => f.figure.text === '3.2%')?.status;
  assert.equal(status('Trilateral trade among China, Japan and Korea reached $770 billion in 2024 [@lee2025]. It was down 3.2% from 2023 [@lee2025].'), 'contradicted');
  // The same pronoun sentence after another subject is checked against that one (no stale verdict).
  assert.equal(status('Tourism receipts were strong in 2024 [@lee2025]. It was down 3.2% from 2023 [@lee2025].'), 'not-in-cited-source');
});

test('values swapped between two years: the source gives the draft\'s year the other value, written right beside it, so the agreeing value is no backing', () => {
  const source = `---
id: hanbit2025
title: 한빛시 공원 이용 실태조사
year: 2025
---
공원을 주 1회 이상 이용하는 시민 비율은 47.3%로 2023년(44.1%)보다 3.2%p 상승하였다.
`;
  const snap = snapshotOf({ 'hanbit2025_parks.md': source });
  const swapped = checkDraftFigures(snap, analyzeDraft('每周至少去一次公园的市民比例从2023年的47.3%升至2024年的44.1%[@hanbit2025]。'));
  assert.equal(statusOf(swapped, '47.3%'), 'contradicted');
  assert.equal(statusOf(swapped, '44.1%'), 'contradicted');
  // The message does not date 47.3% with the year written beside 44.1%.
  const message = findingMessage(swapped.find((f) => f.figure.text === '44.1%')!);
  assert.match(message, /gives 47\.3%, the draft says 44\.1%/);
  // The right order stays supported…
  const right = checkDraftFigures(snap, analyzeDraft('每周至少去一次公园的市民比例从2023年的44.1%升至2024年的47.3%[@hanbit2025]。'));
  assert.equal(statusOf(right, '44.1%'), 'supported');
  assert.equal(statusOf(right, '47.3%'), 'supported');
  // …and so does a value whose year is only the sentence's, not written beside it.
  const sentenceYear = `---
id: dal2025
title: Park survey
year: 2025
---
Between 2019 and 2023 the city opened 31 parks, 12 of them in the east and 19 in the west.
`;
  const g = checkDraftFigures(snapshotOf({ 'dal2025_parks.md': sentenceYear }), analyzeDraft('Between 2019 and 2023 the city opened 31 parks, 12 in the east [@dal2025].'));
  assert.equal(statusOf(g, '31 parks'), 'supported');
});

test('a subject named as a whole (전체, 全省, overall) after a country part of the sentence is not that country\'s: the province\'s total is backed', () => {
  const source = `---
id: haecheng2024
title: 海城省2024年对外贸易情况
year: 2024
---
2024年，全省进口电子元件512.4亿元，增长8.3%，其中自日本进口电子元件201.7亿元，增长12.9%。
`;
  const snap = snapshotOf({ 'haecheng2024_trade.md': source });
  const found = checkDraftFigures(snap, analyzeDraft('특히 일본산 전자부품 수입이 201.7억 위안으로 12.9% 늘었고, 해성성 전체의 전자부품 수입도 512.4억 위안으로 8.3% 증가했다[@haecheng2024].'));
  assert.equal(statusOf(found, '201.7억 위안'), 'supported');
  assert.equal(statusOf(found, '512.4억 위안'), 'supported');
  assert.equal(statusOf(found, '8.3%'), 'supported');
});

test('the previous year\'s value, marked beside it ("전년(47.9%)", "上年为", "a year earlier"), does not back a draft giving it as the current one', () => {
  const source = `---
id: namhae2025
title: 남해시 가계대출 동향
year: 2025
---
변동금리 대출 비중은 38.5%로 전년(47.9%)보다 낮아졌다.
`;
  const snap = snapshotOf({ 'namhae2025_loans.md': source });
  const wrong = checkDraftFigures(snap, analyzeDraft('南海市浮动利率贷款占比降至47.9%[@namhae2025]。'));
  assert.equal(statusOf(wrong, '47.9%'), 'contradicted');
  assert.equal(wrong.find((f) => f.figure.text === '47.9%')?.conflicts[0]?.figure.text, '38.5%');
  const right = checkDraftFigures(snap, analyzeDraft('南海市浮动利率贷款占比降至38.5%，上年为47.9%[@namhae2025]。'));
  assert.equal(statusOf(right, '38.5%'), 'supported');
  assert.equal(statusOf(right, '47.9%'), 'supported');
  const english = checkDraftFigures(snap, analyzeDraft("Namhae's share of floating-rate loans fell to 38.5%, from 47.9% a year earlier [@namhae2025]."));
  assert.equal(statusOf(english, '47.9%'), 'supported');
});

test('a copied change from the next pair of the same source sentence is no backing: the draft\'s amount, to the digit, sits beside another change', () => {
  const source = `---
id: kaiyo2025
title: 海陽県水産白書
year: 2025
---
このうち沿岸漁業は9万3,400トン（前年比4.7％減）、養殖業は5万8,200トン（同1.6％減）であった。
`;
  const snap = snapshotOf({ 'kaiyo2025_suisan.md': source });
  const copied = checkDraftFigures(snap, analyzeDraft('Aquaculture produced 58,200 tonnes, down 4.7% [@kaiyo2025].'));
  assert.equal(statusOf(copied, '58,200 tonnes'), 'supported');
  assert.equal(statusOf(copied, '4.7%'), 'contradicted');
  const right = checkDraftFigures(snap, analyzeDraft('Aquaculture produced 58,200 tonnes, down 1.6% [@kaiyo2025].'));
  assert.equal(statusOf(right, '1.6%'), 'supported');
});

test('이 중 / このうち open a clause as 其中 does: the part after it is not the total\'s clause', () => {
  const ko = '관광 예산은 52억 원이며 이 중 국비는 31억 원이다.';
  assert.equal(frames(ko).length, 2);
  assert.notEqual(frames(ko)[0].clauseEnd, frames(ko)[1].clauseEnd);
  const ja = '漁獲量は18万トンで、このうち沿岸漁業は9万トンだった。';
  assert.notEqual(frames(ja)[0].clauseStart, frames(ja)[1].clauseStart);
});

test('a bare 元 in a Taiwan release and NT$ in a draft are the same currency: the total and its part are both backed', () => {
  const source = `---
id: hualin2025
title: 華林縣113年社會福利統計
year: 2025
---
113年社會福利經費27.6億元，較上年增加8.1%，其中縣府自籌11.4億元，占41.3%。
`;
  const snap = snapshotOf({ 'hualin2025_welfare.md': source });
  const found = checkDraftFigures(snap, analyzeDraft('화린현의 사회복지 예산은 27억 6천만 대만달러이며 이 중 현 자체 재원이 11억 4천만 대만달러다[@hualin2025].'));
  assert.equal(statusOf(found, '27억 6천만 대만달러'), 'supported');
  assert.equal(statusOf(found, '11억 4천만 대만달러'), 'supported');
  const english = checkDraftFigures(snap, analyzeDraft('Hualin spent NT$2.76 billion on social welfare [@hualin2025].'));
  assert.equal(statusOf(english, 'NT$2.76 billion'), 'supported');
});

test('a year before the name of a plan or agreement ("the 2023 strategy") dates the document, not its targets; a survey year dates its figures', () => {
  const plan = "The agency's 2022 strategy aims to cut waste by at least 25%, striving for 35%, by 2030.";
  assert.equal(frames(plan)[0].period, undefined);
  assert.equal(frames(plan)[1].period, '2030');
  const survey = 'The 2022 survey found that 41.5% of households recycle.';
  assert.equal(frames(survey)[0].period, '2022');
});

test('a value copied to the digit from the next clause is no backing when the draft\'s own measure words name another value right beside it', () => {
  const source = `---
id: lanxi2025
title: 兰溪县长期照顾统计
year: 2025
---
全县日间照顾中心35所，服务2,716人；居家服务使用者8,904人，较上年增加6.2%。
`;
  const snap = snapshotOf({ 'lanxi2025_care.md': source });
  const copied = checkDraftFigures(snap, analyzeDraft('兰溪县居家服务使用者2716人[@lanxi2025]。'));
  assert.equal(statusOf(copied, '2716人'), 'contradicted');
  const right = checkDraftFigures(snap, analyzeDraft('兰溪县日间照顾中心服务2716人[@lanxi2025]。'));
  assert.equal(statusOf(right, '2716人'), 'supported');
});

test('a figure the cited source gives in another currency is named with that currency, so the writer checks it', () => {
  const source = `---
id: qinghe2025
title: 清河市对外贸易
year: 2025
---
2024年清河市出口总额317.6亿元，比上年增长5.2%。
`;
  const snap = snapshotOf({ 'qinghe2025_trade.md': source });
  const [f] = checkDraftFigures(snap, analyzeDraft("Qinghe's exports reached $31.76 billion in 2024 [@qinghe2025]."));
  assert.equal(f.status, 'not-in-cited-source');
  assert.equal(f.otherCurrency?.figure.text, '317.6亿元');
  assert.match(findingMessage(f), /@qinghe2025 gives the same number in another currency, 317\.6亿元/);
  assert.match(findingMessage(f, 'zh'), /币种不同/);
});

test('a change copied from the neighbouring pair is no backing even after the same change verb (下降): the draft\'s amount sits beside another change', () => {
  const source = `---
id: songhe2025
title: 松河市人民医院年报
year: 2025
---
门诊次均费用312.6元，下降2.7%；住院次均费用13864元，下降5.2%。
`;
  const snap = snapshotOf({ 'songhe2025_hospital.md': source });
  const copied = checkDraftFigures(snap, analyzeDraft('住院次均费用约1.39万元，同比下降2.7%[@songhe2025]。'));
  assert.equal(statusOf(copied, '2.7%'), 'contradicted');
  const right = checkDraftFigures(snap, analyzeDraft('住院次均费用约1.39万元，同比下降5.2%[@songhe2025]。'));
  assert.equal(statusOf(right, '5.2%'), 'supported');
});

test('"from last year\'s X to Y" against a table by year: X must be the cell of the year before Y\'s', () => {
  const source = `---
id: beilin2025
title: 北林市中心医院2024年报
year: 2025
---
| 指标 | 2022年 | 2023年 | 2024年 |
|---|---|---|---|
| 床位使用率（%） | 91.5 | 84.2 | 90.8 |
| 平均住院日（天） | 8.3 | 7.9 | 7.2 |
`;
  const snap = snapshotOf({ 'beilin2025_report.md': source });
  const wrong = checkDraftFigures(snap, analyzeDraft('床位使用率从上年的91.5%回升至90.8%[@beilin2025]。'));
  const f = wrong.find((x) => x.figure.text === '91.5%');
  assert.equal(f?.status, 'contradicted');
  assert.equal(f?.conflicts[0]?.figure.value, 84.2);
  const right = checkDraftFigures(snap, analyzeDraft('床位使用率从上年的84.2%回升至90.8%[@beilin2025]。'));
  assert.equal(statusOf(right, '84.2%'), 'supported');
  assert.equal(statusOf(right, '90.8%'), 'supported');
});

test('a target in the draft ("aims to cut … to 20%") is compared with the source\'s target, not with a level it happens to round', () => {
  const source = `---
id: dongpo2025
title: 동포시 건강통계 발표
year: 2025
---
성인의 현재흡연율은 19.8%로 전년보다 0.4%p 낮아졌다.
시장은 "2030년 목표인 성인 흡연율 15.0% 달성을 위해 노력하겠다"고 밝혔다.
`;
  const snap = snapshotOf({ 'dongpo2025_health.md': source });
  const target = checkDraftFigures(snap, analyzeDraft('The city aims to cut adult smoking to 19.8% by 2030 [@dongpo2025].'));
  assert.equal(statusOf(target, '19.8%'), 'contradicted');
  const level = checkDraftFigures(snap, analyzeDraft('About 20% of adults smoke [@dongpo2025].'));
  assert.equal(statusOf(level, 'About 20%'), 'supported');
});

test('a release that declares New Taiwan dollars ("金額單位：新臺幣") writes NT$ with a bare 元: NT$ in a draft is backed, renminbi is not', () => {
  const source = `---
id: yilan2025
title: 宜蘭縣114年度總預算
year: 2025
---
金額單位：新臺幣
社會福利支出編列312.6億元，占總預算24.5%。
`;
  const snap = snapshotOf({ 'yilan2025_budget.md': source });
  assert.equal(statusOf(checkDraftFigures(snap, analyzeDraft('Yilan budgeted NT$31.26 billion for social welfare [@yilan2025].')), 'NT$31.26 billion'), 'supported');
  const rmb = checkDraftFigures(snap, analyzeDraft('宜兰县社会福利支出编列312.6亿元人民币[@yilan2025]。'));
  const f = rmb.find((x) => x.figure.text === '312.6亿元人民币');
  assert.equal(f?.status, 'not-in-cited-source');
  assert.match(findingMessage(f!), /same number in another currency, 312\.6億元 \(TWD\)/);
});

test('a two-digit amount the cited source gives in another currency is named too ("6.8亿元" against "6.8亿美元")', () => {
  const source = `---
id: jinhu2025
title: 金湖市统计公报
year: 2025
---
全市实际使用外资6.8亿美元，增长3.1%。
`;
  const [f] = checkDraftFigures(snapshotOf({ 'jinhu2025_stats.md': source }), analyzeDraft('金湖市实际使用外资6.8亿元[@jinhu2025]。'));
  assert.equal(f.otherCurrency?.figure.text, '6.8亿美元');
});

test('a paragraph wrapped inside its cue words ("made\\nup") reads as one line: the share stays a share', () => {
  const kinds = (text: string) => parseFigures(text).map((f) => f.kind);
  assert.deepEqual(kinds('Online bookings grew 12.5% and made\nup about 41% of all stays.'), ['change', 'share']);
  assert.deepEqual(kinds('Online bookings grew 12.5% and made up about 41% of all stays.'), ['change', 'share']);
});

// An invented utility notice: a count, the whole it is a share of, then the share ("A，占全体B之C%").
const NOTICE = `---
id: shuiwu2024
title: 居民用水阶梯价格调整公告
year: 2024
---
每月用水15吨以下的居民用户维持原价，约2,368万户，占全体居民用户3,104万户之76.3%；其余用户平均调涨4.2%。
`;
const amountOf = (found: FigureFinding[], text: string) => found.find((f) => f.figure.text.includes(text))?.status;

test('a count and its share restated together: the whole between them in the source is no contradiction', () => {
  const utility = snapshotOf({ 'shuiwu2024_notice.md': NOTICE });
  const found = checkDraftFigures(utility, analyzeDraft('Some 23.68 million homes, about 76% of the total, see no change [@shuiwu2024].'));
  assert.equal(amountOf(found, '23.68 million'), 'supported');
});

test('"76%" restates "76.0%" beside a sibling given to the digit', () => {
  const zeros = snapshotOf({ 'shuiwu2024_notice.md': NOTICE.replace('76.3%', '76.0%') });
  const found = checkDraftFigures(zeros, analyzeDraft('Some 23.68 million homes, 76% of the total, see no change [@shuiwu2024].'));
  assert.equal(amountOf(found, '76%'), 'supported');
  assert.equal(amountOf(found, '23.68 million'), 'supported');
});

// An invented results table: this year's and last year's values side by side.
const RESULTS_TABLE = `---
id: brenmoor2025
title: Brenmoor plc full-year results
year: 2025
---
FINANCIAL HIGHLIGHTS

                                      2024          2023       Change
Revenue                            £1,462.5m     £1,388.0m      +5.4%
Basic earnings per share               31.4p         36.8p     -14.7%
Total dividend per share               19.5p         18.2p      +7.1%
`;

test('a paragraph opened by a dated statement in Chinese or Japanese: a table column of another year does not back its later sentences', () => {
  const results = snapshotOf({ 'brenmoor2025_results.txt': RESULTS_TABLE });
  const zh = checkDraftFigures(results, analyzeDraft('英国布伦摩尔公司2024年营业收入14.63亿英镑[@brenmoor2025]。全年股息18.2便士[@brenmoor2025]。'));
  assert.equal(statusOf(zh, '18.2便士'), 'contradicted');
  const ja = checkDraftFigures(results, analyzeDraft('ブレンモアの2024年12月期の売上高は14億6,250万ポンドだった[@brenmoor2025]。基本的EPSは36.8ペンスだった[@brenmoor2025]。'));
  // Last year's column no longer backs it (the message names that year; the draft's own year is not read from the paragraph).
  assert.ok(['contradicted', 'not-in-cited-source'].includes(statusOf(ja, '36.8ペンス') ?? ''));
  // A year the paragraph only counts from ("为2018年以来最快") sets no scene.
  const since = checkDraftFigures(results, analyzeDraft('营业收入增速为2018年以来最快[@brenmoor2025]。全年股息18.2便士[@brenmoor2025]。'));
  assert.notEqual(statusOf(since, '18.2便士'), 'contradicted');
});

test('an inflation rate is a change in prices in English as 上昇率 and 通胀率 say it: the two meet', () => {
  const kinds = (text: string) => parseFigures(text).map((f) => f.kind);
  assert.deepEqual(kinds('Consumer price inflation was 2.6% in March, and core inflation, which leaves out food and energy, was 2.9%.'), ['change', 'change']);
  assert.deepEqual(kinds('Inflation is projected at 5.2 percent at the end of the year.'), ['change']);
  assert.deepEqual(kinds('全年通胀率为2.6%。'), ['change']);
  assert.deepEqual(kinds('コアインフレ率は2.9%だった。'), ['change']);
  assert.deepEqual(kinds('근원 인플레이션율은 2.9%였다.'), ['change']);
  const bank = snapshotOf({ 'norbank2025_statement.md': '---\nid: norbank2025\ntitle: Monetary Policy Report\nyear: 2025\n---\nConsumer price inflation was 2.6% in the twelve months to March 2025, down from 3.0% in February.\n' });
  assert.equal(statusOf(checkDraftFigures(bank, analyzeDraft('2025年3月の消費者物価上昇率は2.6％だった[@norbank2025]。')), '2.6%'), 'supported');
  assert.equal(statusOf(checkDraftFigures(bank, analyzeDraft('2025年3月のインフレ率は2.6％だった[@norbank2025]。')), '2.6%'), 'supported');
});

test('a relative clause between a subject and its verb is an aside: the figure after it is the subject\'s', () => {
  const text = 'Goods inflation was 1.9% and wage growth, which leaves out bonuses, overtime and one-off payments, was 5.2%. ';
  const figures = parseFigures(text);
  const frames = claimFrames(text, 0, text.length, figures);
  assert.match(text.slice(frames[1].clauseStart, frames[1].clauseEnd), /^wage growth, which leaves out/);
  assert.doesNotMatch(text.slice(frames[0].clauseStart, frames[0].clauseEnd), /wage/);
  const bank = snapshotOf({ 'pellor2025_review.md': `---\nid: pellor2025\ntitle: Pay Review\nyear: 2025\n---\n${text}\n` });
  assert.equal(statusOf(checkDraftFigures(bank, analyzeDraft('Wage growth was 5.2% [@pellor2025].')), '5.2%'), 'supported');
});

test('a Japanese 、 after a figure before a new topic ends its clause: each rate meets its own measure', () => {
  const text = '消費者物価上昇率は3.1%、コアインフレ率は3.4%だった。';
  const figures = parseFigures(text);
  const frames = claimFrames(text, 0, text.length, figures);
  assert.equal(text.slice(frames[1].clauseStart, frames[1].clauseEnd).startsWith('コアインフレ率'), true);
  // A Chinese list of values stays one clause.
  const zh = '出口和进口分别增长3.1%、3.4%。';
  const zf = claimFrames(zh, 0, zh.length, parseFigures(zh));
  assert.equal(zf[0].clauseStart, zf[1].clauseStart);
});

test('a Japanese rate followed by に is the level reached, not the size of the fall: "成長率を0.8%に引き下げた"', () => {
  const directions = (text: string) => parseFigures(text).map((f) => f.direction);
  assert.deepEqual(directions('成長率の見通しを0.8%に半減させた。'), [undefined]);
  assert.deepEqual(directions('輸出は0.8%低下した。'), ['down']);
  const bank = snapshotOf({ 'ostrel2025_outlook.md': '---\nid: ostrel2025\ntitle: Outlook\nyear: 2025\n---\nTable 1: Projections (percent)\n\n| | 2025 | 2026 |\n| --- | --- | --- |\n| GDP growth | 0.7 | 1.3 |\n' });
  assert.equal(statusOf(checkDraftFigures(bank, analyzeDraft('2025年の成長率見通しは0.7％に半減した[@ostrel2025]。')), '0.7%'), 'supported');
});

test('a base year written before a value with a thousands comma ("2014年の7,215人から") is no change\'s year', () => {
  const text = '町内の林業従事者は2024年に4,930人で、2014年の7,215人から31.7%减少した。';
  const frames = claimFrames(text, 0, text.length, parseFigures(text));
  assert.equal(frames[2].period, '2024');
  const town = snapshotOf({ 'kirisato2025_ringyo.md': '---\nid: kirisato2025\ntitle: 林業白書\nyear: 2025\n---\n町内の林業従事者は2024年に4,930人で、2014年の7,215人から31.7%減少した。\n' });
  assert.equal(statusOf(checkDraftFigures(town, analyzeDraft('2024年该町林业从业者为4930人，比2014年减少了三成多[@kirisato2025]。')), '三成多'), 'supported');
});

test('a year in brackets with a value of its own (an account\'s comparative) dates that value only', () => {
  const text = 'Total spending was £9.84 million (2022/23: £8.71 million), of which £7.02 million went on grants.';
  const frames = claimFrames(text, 0, text.length, parseFigures(text));
  assert.deepEqual(frames.map((f) => f.period), [undefined, '2022-2023', undefined]);
});

test('"Korean tourists made 9.59 million trips to Japan": the travellers\' country and the destinations are both the claim\'s', () => {
  const frames = (text: string) => claimFrames(text, 0, text.length, parseFigures(text)).map((f) => f.entities);
  assert.deepEqual(frames('In 2019, Korean tourists made 6.21 million trips to Japan.'), [['KR', 'JP']]);
  assert.deepEqual(frames('Korea provided USD 3 million to Vietnam, Laos and Cambodia.'), [['KR', 'VN', 'LA', 'KH']]);
  const corpus = snapshotOf({ 'seo2022_tourism.md': '---\nid: seo2022\ntitle: 东北亚旅游合作\nyear: 2022\n---\n2019年，中国赴日游客621万人次，韩国赴日游客417万人次。\n' });
  const found = checkDraftFigures(corpus, analyzeDraft('In 2019, Korean tourists made 6.21 million trips to Japan [@seo2022].'));
  assert.notEqual(found[0]?.status, 'supported');
});

test('the European Union is an entity in four languages (欧盟, 유럽연합, 欧州連合, "the EU"): its value is not another partner\'s', () => {
  const corpus = snapshotOf({ 'lanzhou2024_trade.txt': '2023年，全省对欧盟出口3120亿元，增长2.4%；对美国出口2750亿元，下降4.1%。\n' });
  const found = checkDraftFigures(corpus, analyzeDraft('2023年该省对欧盟出口下降4.1%[@lanzhou2024]。'));
  assert.notEqual(found[0]?.status, 'supported');
  assert.equal(checkDraftFigures(corpus, analyzeDraft('2023年该省对欧盟出口增长2.4%[@lanzhou2024]。'))[0]?.status, 'supported');
});

// An invented Korean customs release: exports and imports fell by different rates.
const HWADO = `---
id: hwado2024
title: 화도 세관 2023년 수출입 동향
year: 2024
---
2023년 연간 수출은 412억 달러로 전년 대비 6.3% 감소했다. 수입은 398억 달러로 9.8% 감소했다.
`;

test('the other direction of trade is no backing, across languages: "imports fell 6.3%" against 수출 … 6.3% 감소', () => {
  const customs = snapshotOf({ 'hwado2024_customs.md': HWADO });
  const found = checkDraftFigures(customs, analyzeDraft("Hwado's imports fell 6.3% in 2023 [@hwado2024]."));
  assert.notEqual(statusOf(found, '6.3%'), 'supported');
  const right = checkDraftFigures(customs, analyzeDraft("Hwado's exports fell 6.3% in 2023 [@hwado2024]."));
  assert.equal(statusOf(right, '6.3%'), 'supported');
});

// An invented provincial bulletin: its title names the year; its sentences say 全年 and 其中, never the year.
const GONGBAO = `澜州省2023年国民经济和社会发展统计公报

澜州省统计局

全年货物进出口总额1864.2亿元，比上年下降5.1%。其中，出口1102.7亿元，下降3.4%；进口761.5亿元，下降7.5%。
`;

test('a bulletin of one year: a 全年 paragraph and the 其中 after it are that year, so a draft giving another year is not backed', () => {
  const snap = snapshotOf({ 'lanzhou2024_gongbao.txt': GONGBAO });
  const status = (draft: string, f: string) => checkDraftFigures(snap, analyzeDraft(draft)).find((x) => x.figure.text.includes(f))?.status;
  assert.notEqual(status('2022年，澜州出口1102.7亿元[@lanzhou2024]。', '1102.7'), 'supported');
  assert.equal(status('2023年，澜州出口1102.7亿元[@lanzhou2024]。', '1102.7'), 'supported');
});

test('a country named after the figure as what it was compared with ("中国を上回った", "overtaking China") is not what the figure is about', () => {
  const snap = snapshotOf({ 'mof2025_trade.md': '---\nid: mof2025\ntitle: 貿易統計の概要\nyear: 2025\n---\n対インド輸出は3兆1,250億円で、8.4%増加し、初めてタイを上回った。\n' });
  const status = (d: string) => checkDraftFigures(snap, analyzeDraft(d)).find((f) => f.figure.text === '8.4%')?.status;
  assert.equal(status("Japan's exports to India rose 8.4%, overtaking Thailand [@mof2025]."), 'supported');
});

test('a bulletin whose title runs into the office and date lines under it still gives its year to 全年', () => {
  const joined = '澜州省2023年国民经济和社会发展统计公报\n澜州省统计局\n2024年3月20日\n\n全年货物进出口总额1864.2亿元，比上年下降5.1%。其中，出口1102.7亿元，下降3.4%。\n';
  const snap = snapshotOf({ 'lanzhou2024_gongbao.txt': joined });
  const status = (draft: string) => checkDraftFigures(snap, analyzeDraft(draft)).find((x) => x.figure.text.includes('1102.7'))?.status;
  assert.notEqual(status('2022年，澜州出口1102.7亿元[@lanzhou2024]。'), 'supported');
  assert.equal(status('2023年，澜州出口1102.7亿元[@lanzhou2024]。'), 'supported');
});
