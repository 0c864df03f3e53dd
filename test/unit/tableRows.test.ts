import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

// An invented provincial bulletin with a text table of ports: a draft naming one port is about
// that row, and a signed cell in a growth column says which way the change went.
const BULLETIN = `---
id: prov2023
title: 2023年某省统计公报
year: 2023
---
表3　2023年主要港口货物吞吐量
港口          货运量（万吨）   比上年增长（%）
北湾港          28410            3.6
东礁港          17350           -2.2
南屿港           4120            7.4
`;
const snapshot = snapshotOf({ '/c/prov2023_bulletin.md': BULLETIN });
const statusOf = (draft: string, figure: string) => checkDraftFigures(snapshot, analyzeDraft(`${draft}\n`)).find((f) => f.figure.text === figure)?.status;

test('a draft naming one row of a table is not backed by another row\'s value', () => {
  assert.equal(statusOf('2023年东礁港货运量为17350万吨[@prov2023]。', '17350万吨'), 'supported');
  assert.notEqual(statusOf('2023年北湾港货运量为17350万吨[@prov2023]。', '17350万吨'), 'supported');
});

test('a signed cell in a column of changes keeps its direction: -2.2 is a fall', () => {
  assert.equal(statusOf('2023年东礁港货运量下降2.2%[@prov2023]。', '2.2%'), 'supported');
  assert.notEqual(statusOf('2023年东礁港货运量增长2.2%[@prov2023]。', '2.2%'), 'supported');
});

test('a sentence before a draft table is no caption: its year is not the year of the table\'s cells', () => {
  const draft = 'Trade matters, as 2019 showed.\n\n| 港口 | 货运量（万吨） |\n| --- | --- |\n| 东礁港 | 17350 [@prov2023] |\n';
  assert.equal(statusOf(draft, '17350'), 'supported');
});

// An invented trade paragraph: a total, then each flow after its own word.
const TRADE = `---
id: trade2023
title: 2023年辽宁省统计公报
year: 2023
---
全年货物进出口总额7659.6亿元，比上年增长0.7%。其中，出口3512.1亿元，增长5.4%；进口4147.5亿元，下降3.1%。
`;

test('a value after the same measure word in the cited source (出口…亿元) contradicts, and is the one quoted, not the total', () => {
  const snap = snapshotOf({ '/c/trade2023_stats.md': TRADE });
  const f = checkDraftFigures(snap, analyzeDraft('2023年辽宁省出口3531亿元[@trade2023]。\n')).find((x) => x.figure.text === '3531亿元');
  assert.equal(f?.status, 'contradicted');
  assert.equal(f?.conflicts[0]?.figure.text, '3512.1亿元');
});

test('a share of the province as a whole (占全省的) is a share of the whole the clause names (占全省进出口总额的)', () => {
  const source = `---\nid: east2023\ntitle: 2023年东岭省统计公报\nyear: 2023\n---\n2023年，东岭省对日本进出口总额418.6亿元，增长2.7%，占全省进出口总额的6.4%。\n`;
  const snap = snapshotOf({ '/c/east2023_stats.md': source });
  const status = (draft: string, fig: string) => checkDraftFigures(snap, analyzeDraft(`${draft}\n`)).find((x) => x.figure.text === fig)?.status;
  assert.equal(status('东岭省2023年对日本进出口总额占全省的6.4%[@east2023]。', '6.4%'), 'supported');
  assert.equal(status('东岭省2023年对日本进出口总额占全省的7.4%[@east2023]。', '7.4%'), 'contradicted');
});

// An invented county forestry bulletin: one row, two columns of the same unit.
const FORESTRY = `---
id: forest2024
title: 2024年某县林业统计公报
year: 2024
---
表2　2024年各乡镇林地与森林面积
乡镇          林地面积（公顷）     森林面积（公顷）     森林覆盖率（%）
青石镇          5120                 4380                 61.2
白沙乡          3940                 3310                 55.7
`;

test('a draft that names a column of a row is about that cell: the same number under another header is no backing', () => {
  const snap = snapshotOf({ '/c/forest2024_bulletin.md': FORESTRY });
  const check = (draft: string, fig: string) => checkDraftFigures(snap, analyzeDraft(`${draft}\n`)).find((x) => x.figure.text === fig);
  assert.equal(check('2024年青石镇森林面积4380公顷[@forest2024]。', '4380公顷')?.status, 'supported');
  assert.equal(check('2024年青石镇林地面积5120公顷[@forest2024]。', '5120公顷')?.status, 'supported');
  // 5120 is the 林地面积 cell; the draft names 森林面积, whose cell is 4380.
  const wrong = check('2024年青石镇森林面积5120公顷[@forest2024]。', '5120公顷');
  assert.equal(wrong?.status, 'contradicted');
  assert.equal(wrong?.conflicts[0]?.figure.text, '4380');
});

test('a draft that names the other item of a source sentence\'s list is about that item: "其中外资银行12家" against "其中农商银行12家，外资银行9家"', () => {
  const snap = snapshotOf({ '/c/bank2026_bulletin.md': '---\nid: bank2026\ntitle: 2026年某省银行业运行情况\nyear: 2026\n---\n年末全省共有银行业法人机构64家，其中农村商业银行12家，外资银行9家。\n' });
  const check = (draft: string, fig: string) => checkDraftFigures(snap, analyzeDraft(`${draft}\n`)).find((x) => x.figure.text === fig);
  assert.equal(check('全省银行业法人机构64家，其中农村商业银行12家[@bank2026]。', '12家')?.status, 'supported');
  const wrong = check('全省银行业法人机构64家，其中外资银行12家[@bank2026]。', '12家');
  assert.equal(wrong?.status, 'contradicted');
  assert.equal(wrong?.conflicts[0]?.figure.text, '9家');
});

test('an unhedged whole number with its digits in another order is a slip, not a rounding: 9021元 is not 9012元', () => {
  const snap = snapshotOf({ '/c/ins2026_bulletin.md': '---\nid: ins2026\ntitle: 2026年某省保险业运行情况\nyear: 2026\n---\n全省保险密度为9012元/人，保险深度为3.9%。\n' });
  const status = (draft: string, fig: string) => checkDraftFigures(snap, analyzeDraft(`${draft}\n`)).find((x) => x.figure.text === fig)?.status;
  assert.equal(status('全省保险密度为每人9012元[@ins2026]。', '9012元'), 'supported');
  assert.equal(status('全省保险密度为每人9021元[@ins2026]。', '9021元'), 'contradicted');
});

test('three spaces between the headers of a text table are a column gap, not the spaces of a spaced-out word', () => {
  const table = '---\nid: forest2025\ntitle: 2025年某县林业统计公报\nyear: 2025\n---\n表3　2025年各乡镇林地与森林面积\n乡镇   林地面积（公顷）   森林面积（公顷）   森林覆盖率（%）\n青石镇   5120   4380   61.2\n白沙乡   3940   3310   55.7\n';
  const doc = [...snapshotOf({ '/c/forest2025_bulletin.md': table }).documents.values()][0];
  const quote = doc.scan.figures.find((f) => f.figure.text === '4380')?.tableContext ?? '';
  assert.match(quote, /森林面积（公顷）: 青石镇 4380$/);
});

test('an English draft names a row by its romanized name ("Beiwan port" for 北湾港), and a value from another row is named so the writer checks the row', async () => {
  const { findingMessage } = await import('../../server/src/core/figures/findingMessages.js');
  const check = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(`${draft}\n`))[0];
  assert.equal(check('In 2023 Dongjiao port handled 173.5 million tonnes [@prov2023].')?.status, 'supported');
  const wrong = check('In 2023 Beiwan port handled 173.5 million tonnes [@prov2023].');
  assert.notEqual(wrong?.status, 'supported');
  assert.match(findingMessage(wrong!, 'en'), /another row of its table, 东礁港: .*Check the row\.$/);
  assert.match(findingMessage(wrong!, 'zh'), /属于另一行（东礁港）.*请核对行。$/);
});
