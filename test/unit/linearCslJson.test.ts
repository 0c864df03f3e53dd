import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanWork } from '../helpers/scanWork.js';
import { parseCslJson } from '../../server/src/core/corpus/cslJson.js';

/*
 * #14, case 8: a minified CSL-JSON export (no line breaks) was read in quadratic time, the line of
 * each id searched for from the last id to the end of the text (200,000 items: 297 s). The work is
 * counted, not timed: the characters searched reading n items and 4n items. Linear is about 4x.
 */
function items(n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ({ id: `key${i}`, type: 'report', title: `Report ${i} on trade`, author: [{ family: `Li${i}`, given: 'Ming' }], issued: { 'date-parts': [[2000 + (i % 20)]] } }));
}

for (const [name, indent] of [['minified', undefined], ['pretty-printed', 2]] as const) {
  test(`CSL-JSON reading grows linearly with the number of items: ${name}`, () => {
    const scanned = [1000, 4000].map((n) => {
      const text = JSON.stringify(items(n), null, indent);
      const { result, scanned } = scanWork(() => parseCslJson('refs.json', text));
      assert.equal(result.references.length, n);
      return scanned;
    });
    const ratio = scanned[1] / scanned[0];
    assert.ok(ratio < 6, `4x the items, ${ratio.toFixed(1)}x the characters searched (${scanned.join(' -> ')})`);
  });
}
