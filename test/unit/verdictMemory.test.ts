import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VerdictCache } from '../../server/src/core/figures/figureCheck.js';

// A verdict as heavy as a figure that many source sentences match.
function verdicts(n: number): any[] {
  const sources = Array.from({ length: 200 }, (_, i) => ({ id: i }));
  return Array.from({ length: n }, () => ({ status: 'supported', support: sources.slice(), conflicts: sources.slice(), citedKeys: [], frame: {} }));
}

test('the verdict cache is bounded by bytes, not entries: fast typing cannot grow it without end', () => {
  const cache = new VerdictCache(1024 * 1024);
  for (let i = 0; i < 20_000; i++) cache.set(`sentence ${i} ${'x'.repeat(i % 300)}`, verdicts(1 + (i % 5)));
  const { entries, bytes } = cache.size;
  assert.ok(bytes <= 1024 * 1024, `${bytes} bytes held`);
  assert.ok(entries > 100, `only ${entries} entries kept`);
  // Recent sentences survive a trim (the oldest half goes first).
  assert.ok(cache.get(`sentence 19999 ${'x'.repeat(19999 % 300)}`));
  assert.equal(cache.get('sentence 0 '), undefined);
  // Each verdict keeps a dozen sources at most: the hover quotes a few and counts the rest.
  assert.ok(cache.get(`sentence 19999 ${'x'.repeat(19999 % 300)}`)!.every((v) => v.support.length <= 12 && v.conflicts.length <= 12));
});
