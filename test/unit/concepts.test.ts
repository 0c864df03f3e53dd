import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptOf, conceptsOf } from '../../server/src/core/figures/concepts.js';
import { spanFeatures } from '../../server/src/core/figures/context.js';

test('a noun in -ment meets its verb, so a Chinese gloss and an English noun share a concept', () => {
  assert.equal(conceptOf('payments'), conceptOf('pay'));
  assert.equal(conceptOf('agreement'), conceptOf('agree'));
  assert.equal(conceptOf('employment'), conceptOf('employed'));
  // 支付 is glossed "pay": the English source's "payments" is the same concept.
  assert.ok(conceptsOf('支付').has(conceptOf('payments')));
  // a short word ending in -ment is left alone
  assert.notEqual(conceptOf('moment'), conceptOf('mo'));
});

test('irregular past forms meet their verb: "rose" is rise, "fell" fall, "grew" grow', () => {
  assert.equal(conceptOf('rose'), conceptOf('rise'));
  assert.equal(conceptOf('fell'), conceptOf('falls'));
  assert.equal(conceptOf('grew'), conceptOf('growing'));
  assert.ok(conceptsOf('上升').has(conceptOf('rose')), [...conceptsOf('上升')].join(' '));
});

test('"sales" meets "sell" and "losses" meets "lose": 销售额 (sales) and 판매액 (販賣額, sell) are one measure', () => {
  assert.equal(conceptOf('sales'), conceptOf('sell'));
  assert.equal(conceptOf('sale'), conceptOf('sold'));
  assert.equal(conceptOf('losses'), conceptOf('lost'));
  const korean = [...spanFeatures('판매액은', 0, 4)].filter((c) => c.startsWith('c:'));
  assert.ok(korean.some((c) => conceptsOf('销售额').has(c)), `${korean} / ${[...conceptsOf('销售额')]}`);
});

test('an acronym in capitals is also the words it stands for, so "GDP" meets 国内生产总值 and "CPI" 消费价格指数', () => {
  const gdp = spanFeatures('Energy use per unit of GDP', 0, 26);
  for (const c of conceptsOf('国内生产总值')) assert.ok(gdp.has(c), c);
  const cpi = spanFeatures('The CPI rose', 0, 12);
  assert.ok(cpi.has(conceptOf('consumer')) && cpi.has(conceptOf('price')));
  // In lower case it is a word of its own ("bed" is no BED).
  assert.ok(!spanFeatures('hospital bed', 0, 12).has(conceptOf('binge')));
});
