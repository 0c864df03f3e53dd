import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndexer } from '../../server/src/core/corpus/corpusIndexer.js';
import type { CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { prepareSnapshot } from '../../server/src/core/index.js';
import type { IFileSource } from '../../server/src/core/seams.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';

const memorySource = (files: Record<string, string>): IFileSource => ({
  size: async (p) => (files[p] === undefined ? undefined : Buffer.byteLength(files[p])),
  read: async (p) => Buffer.from(files[p], 'utf8'),
});

test('a snapshot that is already stale gets no glossary, figure index or reference search built', async () => {
  const snapshot = snapshotOf({ '/c/a_note.txt': '所谓“测试机制”，是指一种安排。贸易额增长12%。' });
  await prepareSnapshot(snapshot, () => true);
  assert.deepEqual([...snapshot.derived.keys()], []);
  await prepareSnapshot(snapshot);
  assert.deepEqual([...snapshot.derived.keys()].sort(), ['figures', 'glossary', 'referenceSearch']);
});

test('a publish superseded by a newer one is told its snapshot is stale, and only the newer one is published', async () => {
  const files: Record<string, string> = {
    '/c/a_note.txt': '所谓“甲机制”，是指一种安排。',
    '/c/b_note.txt': '所谓“乙机制”，是指另一种安排。',
  };
  const seen: { version: number; staleAfterTurn: boolean }[] = [];
  const indexer = new CorpusIndexer(memorySource(files), {
    maxFileBytes: 1e6,
    prepare: async (s, stale) => {
      await new Promise((r) => setTimeout(r, 20));
      seen.push({ version: s.version, staleAfterTurn: typeof stale === 'function' && stale() });
    },
  });
  const published: CorpusSnapshot[] = [];
  indexer.onDidChangeSnapshot((s) => published.push(s));
  await Promise.all([indexer.update('/c/a_note.txt'), indexer.update('/c/b_note.txt')]);
  assert.deepEqual(
    seen.sort((a, b) => a.version - b.version).map((s) => s.staleAfterTurn),
    [true, false],
  );
  assert.equal(published.length, 1);
  assert.deepEqual([...published[0].files.keys()].sort(), ['/c/a_note.txt', '/c/b_note.txt']);
});
