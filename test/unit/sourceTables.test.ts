import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSourceFigures } from '../../server/src/core/figures/tables.js';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';

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
