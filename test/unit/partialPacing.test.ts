import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndexer, type IFileIndexer } from '../../server/src/core/corpus/corpusIndexer.js';
import type { CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import type { IFileSource } from '../../server/src/core/seams.js';

// Partial snapshots are paced by the characters indexed (one after the first million) and by how
// soon the rest is expected; the documents here are just long enough texts.
const NO_FILES: IFileSource = { size: async () => undefined, read: async () => Buffer.alloc(0) };

function fakeIndex(path: string, chars: number): FileIndex {
  const doc = {
    path,
    key: path.replace(/\W/g, ''),
    keyFromMetadata: false,
    title: path,
    encoding: 'utf-8',
    normalized: { text: '文'.repeat(chars) },
    originalLineStarts: new Uint32Array(1),
    size: chars * 3,
    scan: { terms: [], figures: [] },
  };
  return { path, documents: [doc as unknown as FileIndex['documents'][number]], references: [], problems: [] };
}

/** Serves every file at once, but holds `slow` back for `holdMs`. */
function indexer(slow: string | undefined, holdMs: number): IFileIndexer {
  return {
    index: async (path) => {
      if (path === slow) await new Promise((r) => setTimeout(r, holdMs));
      return fakeIndex(path, 20_000);
    },
  };
}

async function publishedDuring(
  fileIndexer: IFileIndexer,
  paths: string[],
  seen?: (s: CorpusSnapshot) => void,
): Promise<CorpusSnapshot[]> {
  const corpus = new CorpusIndexer(NO_FILES, {
    maxFileBytes: 1e9,
    fileIndexer,
    parallel: 8,
    prepare: async () => undefined,
    partialSkipMs: SKIP_MS,
  });
  const published: CorpusSnapshot[] = [];
  corpus.onDidChangeSnapshot((s) => {
    published.push(s);
    seen?.(s);
  });
  assert.equal(await corpus.indexAll(paths), true);
  return published;
}

// (The default is 5 s; shortened so that these tests take a few seconds.)
const SKIP_MS = 1000;

const PATHS = Array.from({ length: 100 }, (_, i) => `/c/f${String(i).padStart(3, '0')}.txt`);

test('files that all come at once (a warm cache) give the complete snapshot and no partial one before it', async () => {
  const published = await publishedDuring(indexer(undefined, 0), PATHS);
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [[true, 100]],
  );
});

test('when the last file holds the rest up for seconds, a partial snapshot of everything else goes out meanwhile', async () => {
  const published = await publishedDuring(indexer(PATHS[99], 2500), PATHS);
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [
      [false, 99],
      [true, 100],
    ],
  );
});

test('the bundled files, in at once, do not make a large folder look nearly done: its first file in is published after them', async () => {
  const bundled = Array.from({ length: 10 }, (_, i) => `/b/b${i}.txt`);
  const folder = ['/c/f0.txt', '/c/f1.txt', '/c/f2.txt', '/c/f3.txt'];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The indexer's clock: the folder's first file comes in 1.1 s after the start, with no real wait.
  let clock = 0;
  const fileIndexer: IFileIndexer = {
    index: async (path) => {
      if (path.startsWith('/b/')) return fakeIndex(path, 1000);
      if (path === folder[0]) clock += 1100;
      else await gate;
      return fakeIndex(path, 1_200_000);
    },
  };
  const corpus = new CorpusIndexer(NO_FILES, {
    maxFileBytes: 1e9,
    fileIndexer,
    parallel: 8,
    prepare: async () => undefined,
    partialSkipMs: SKIP_MS,
    now: () => clock,
  });
  const published: CorpusSnapshot[] = [];
  // The second snapshot (the folder's first file) is waited for, with a deadline: the rest of the folder is held until then.
  let second!: () => void;
  const secondOut = new Promise<void>((resolve) => (second = resolve));
  corpus.onDidChangeSnapshot((s) => {
    if (published.push(s) === 2) second();
  });
  const all = corpus.indexAll([...bundled, ...folder], undefined, undefined, (p) => p.startsWith('/b/'));
  let deadline: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([secondOut, new Promise<void>((resolve) => (deadline = setTimeout(resolve, 5000)))]);
  clearTimeout(deadline);
  release();
  assert.equal(await all, true);
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [
      [false, 10],
      [false, 11],
      [true, 14],
    ],
  );
});

test('files slow at first (a start loading its code) then fast: the recent rate, not the average, says the rest is near, and no partial snapshot goes out', async () => {
  const start = performance.now();
  let served = 0;
  const fileIndexer: IFileIndexer = {
    index: async (path) => {
      // Sixteen files 250 ms apart, then the rest at once.
      const until = start + 250 * Math.min(++served, 16);
      await new Promise((r) => setTimeout(r, until - performance.now()));
      return fakeIndex(path, 20_000);
    },
  };
  const published = await publishedDuring(fileIndexer, PATHS);
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [[true, 100]],
  );
});

test('a held-back partial snapshot is weighed again when it is due: files still coming fast hold it back again', async () => {
  const start = performance.now();
  let served = 0;
  const fileIndexer: IFileIndexer = {
    index: async (path) => {
      // Sixty files at once, then one every 20 ms from 500 ms on: still flowing at the recheck (1 s).
      const k = served++;
      if (k >= 60) await new Promise((r) => setTimeout(r, start + 500 + 20 * (k - 60) - performance.now()));
      return fakeIndex(path, 20_000);
    },
  };
  const published = await publishedDuring(fileIndexer, PATHS);
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [[true, 100]],
  );
});

test('a folder of a few large files, one every second or so: each file in is worth a partial snapshot, none is held back', async () => {
  const start = performance.now();
  let served = 0;
  const fileIndexer: IFileIndexer = {
    index: async (path) => {
      const until = start + 600 * ++served;
      await new Promise((r) => setTimeout(r, until - performance.now()));
      return fakeIndex(path, 1_200_000);
    },
  };
  const corpus = new CorpusIndexer(NO_FILES, {
    maxFileBytes: 1e9,
    fileIndexer,
    parallel: 1,
    prepare: async () => undefined,
  });
  const published: CorpusSnapshot[] = [];
  corpus.onDidChangeSnapshot((s) => published.push(s));
  assert.equal(await corpus.indexAll(['/c/a.txt', '/c/b.txt', '/c/c.txt', '/c/d.txt', '/c/e.txt']), true);
  // (The default wait, 5 s.) A partial snapshot at most once a second and as the text doubles: after the first file, then the third.
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [
      [false, 1],
      [false, 3],
      [true, 5],
    ],
  );
});

test('files coming from a stored image of the last run (a warm start): no partial snapshot until they are all in, however slowly they come', async () => {
  const start = performance.now();
  let served = 0;
  const fileIndexer: IFileIndexer = {
    index: async (path) => {
      // One every 40 ms: the rest looks seconds away all along, which without the image publishes partial snapshots.
      const until = start + 40 * ++served;
      await new Promise((r) => setTimeout(r, until - performance.now()));
      return fakeIndex(path, 20_000);
    },
    storedFilesPending: () => served < PATHS.length,
  };
  const published = await publishedDuring(fileIndexer, PATHS);
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [[true, 100]],
  );
});

test("once the stored image's files are in, a file indexed anew that holds the rest up gets a partial snapshot of them as before", async () => {
  let stored = 0;
  // The last file is held until a partial snapshot is out, with a deadline: it holds the rest up all that while.
  let partialOut!: () => void;
  const partial = new Promise<void>((resolve) => (partialOut = resolve));
  const fileIndexer: IFileIndexer = {
    index: async (path) => {
      if (path === PATHS[99]) {
        let deadline: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([partial, new Promise<void>((resolve) => (deadline = setTimeout(resolve, 10_000)))]);
        clearTimeout(deadline);
        return fakeIndex(path, 20_000);
      }
      stored++;
      return fakeIndex(path, 20_000);
    },
    storedFilesPending: () => stored < 99,
  };
  const published = await publishedDuring(fileIndexer, PATHS, (s) => {
    if (!s.complete) partialOut();
  });
  assert.deepEqual(
    published.map((s) => [s.complete, s.files.size]),
    [
      [false, 99],
      [true, 100],
    ],
  );
});
