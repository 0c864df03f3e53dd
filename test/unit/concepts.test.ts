import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptOf, conceptsOf } from '../../server/src/core/figures/concepts.js';

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
