import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { decodeIndex } from '../../server/src/indexing/cachedFileIndexer.js';

// A FileIndex that crossed from the worker or came from the cache pack is decoded from one payload;
// its typed arrays must not be views into that payload, or each document keeps the whole payload
// (about twice the file's size) alive for as long as it is indexed.
test('a decoded index holds no view into the payload it came from', () => {
  const text = `# 标题\n\n${'2023年，贸易额达到120亿美元，同比增长3.5%。\n\n'.repeat(200)}`;
  const payload = serialize(indexFile('/c/a.md', Buffer.from(text, 'utf8')));
  const index = decodeIndex(new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength), false);
  const doc = index.documents[0];
  const map = doc.normalized.map as unknown as { at: Uint32Array; delta: Int32Array };
  for (const [name, a] of [['line starts', doc.originalLineStarts], ['map anchors', map.at], ['map deltas', map.delta]] as const) {
    assert.notEqual(a.buffer, payload.buffer, `${name}: a view into the payload`);
    assert.equal(a.byteLength, a.buffer.byteLength, `${name}: ${a.byteLength} bytes in a buffer of ${a.buffer.byteLength}`);
  }
  assert.equal(doc.normalized.map.get(5), indexFile('/c/a.md', Buffer.from(text, 'utf8')).documents[0].normalized.map.get(5));
});
