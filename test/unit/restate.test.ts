import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';
import { replacementFor, restated } from '../../server/src/core/figures/restate.js';

const fig = (s: string) => parseFigures(s)[0];

test("the source's value is written in the draft's form: its scale, unit, currency sign and hedge", () => {
  assert.equal(restated(fig('$250.1 billion'), fig('2401亿美元')), '$240.1 billion');
  assert.equal(restated(fig('23.75 million TEU'), fig('2,275만 TEU')), '22.75 million TEU');
  assert.equal(restated(fig('1283亿韩元'), fig('138.2 billion won')), '1382亿韩元');
  assert.equal(restated(fig('约35%'), fig('14%')), '约14%');
  assert.equal(restated(fig('12,500 tonnes'), fig('1.32万吨')), '13,200 tonnes');
});

test('no restatement across units or for ranges; the source text only in the draft\'s script', () => {
  assert.equal(restated(fig('35%'), fig('3.5亿美元')), undefined);
  assert.equal(restated(fig('$3 billion'), fig('20亿至30亿美元')), undefined);
  assert.equal(replacementFor(fig('三成'), fig('29.1 percent')), undefined);
  assert.equal(replacementFor(fig('三成'), fig('29.1%')), '29.1%');
});

test("a source value far from the draft's scale takes the scale word that fits it, not '£0.0042 billion'", () => {
  assert.equal(restated(fig('£4.2 billion'), fig('£4.2 million')), '£4.2 million');
  assert.equal(restated(fig('0.5亿英镑'), fig('£1.9 million')), '190万英镑');
  assert.equal(restated(fig('38600万人次'), fig('3.86亿人次')), '3.86亿人次');
  assert.equal(restated(fig('750 thousand tonnes'), fig('2.4 million tonnes')), '2.4 million tonnes');
  // Within the scale the draft's form stays.
  assert.equal(restated(fig('1283亿韩元'), fig('138.2 billion won')), '1382亿韩元');
});
