import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraft } from '../../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';

// A trial user: a source table's row "| 2023 | 亿元 | 1,234 |" was quoted "产值: 亿元 1,234" (the
// unit column taken for the row label), and its value read as a bare count. A cell that is only a
// unit is the unit of the number after it; the quote reads header: label value-with-unit.

const SOURCE = ['表3 全县滩涂养殖产值', '', '| 年份 | 单位 | 养殖产值 |', '| --- | --- | --- |', '| 2022 | 亿元 | 1,180 |', '| 2023 | 亿元 | 1,234 |', ''].join('\n');

function scanned(text: string): { text: string; unit: string; value: number; quote?: string }[] {
  const doc = indexFile('/c/tanTu2024_yangzhi.md', Buffer.from(text)).documents[0];
  return doc.scan.figures.map((f) => ({ text: f.figure.text, unit: f.figure.unit, value: f.figure.value, quote: f.tableContext }));
}

test('a unit column gives the value beside it its unit, and the quote puts the unit with the value', () => {
  const rows = scanned(SOURCE);
  assert.deepEqual(
    rows.map((r) => [r.unit, r.value, r.quote]),
    [
      ['CNY', 118_000_000_000, '表3全县滩涂养殖产值 · 养殖产值: 2022 1,180亿元'],
      ['CNY', 123_400_000_000, '表3全县滩涂养殖产值 · 养殖产值: 2023 1,234亿元'],
    ],
  );
});

test("a draft's figure is checked against the table's value in its unit, quoted as header: value", () => {
  const files = new Map([['/c/tanTu2024_yangzhi.md', indexFile('/c/tanTu2024_yangzhi.md', Buffer.from(SOURCE))]]);
  const { diagnostics } = checkDraft(assembleSnapshot(1, files), analyzeDraft('2023年全县滩涂养殖产值为1,300亿元 [@tanTu2024]。'), DEFAULT_SETTINGS);
  const d = diagnostics.find((x) => x.code === 'figure.contradicted');
  assert.ok(d, JSON.stringify(diagnostics.map((x) => x.message)));
  assert.match(d.message, /“表3全县滩涂养殖产值 · 养殖产值: 2023 1,234亿元”/);
  assert.equal((d.data as { sourceFigure?: string }).sourceFigure, '1,234亿元');
});

test('a row label before a unit column still labels the row ("北湾港 | 万吨 | 3,071")', () => {
  const rows = scanned(['表4 港口货物吞吐量', '', '| 港口 | 单位 | 2023年 |', '| --- | --- | --- |', '| 北湾港 | 万吨 | 3,071 |', ''].join('\n'));
  assert.equal(rows[0].unit, 'ton');
  assert.equal(rows[0].quote, '表4港口货物吞吐量 · 2023年: 北湾港 3,071万吨');
});
