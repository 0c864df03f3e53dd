import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IndexingProgress } from '../../server/src/cliProgress.js';

// A trial user: the command line indexed a 9.5 MB source for a minute without a word, and looked
// hung. It now says how far it has got once indexing takes long; a quick run says nothing extra.

const MB = 1024 * 1024;

function run(isTTY: boolean, steps: [ms: number, file: string, bytes: number, ms2: number][], total: number): string[] {
  let t = 0;
  const out: string[] = [];
  const p = new IndexingProgress(total, { isTTY, write: (s) => out.push(s), locale: 'en', now: () => t });
  for (const [before, file, bytes, during] of steps) {
    t += before;
    p.starting(file, bytes);
    t += during;
    p.finished(bytes);
  }
  p.done();
  return out;
}

test('a quick index says nothing, on a terminal or in a log', () => {
  const files: [number, string, number, number][] = Array.from({ length: 20 }, (_, i) => [5, `/c/note${i}.md`, 20_000, 20]);
  assert.deepEqual(run(true, files, 400_000), []);
  assert.deepEqual(run(false, files, 400_000), []);
});

test('a large file is named before its silent indexing, with how much of the corpus is done', () => {
  const out = run(false, [[50, '/c/small.md', 0.5 * MB, 300], [0, '/c/harbour_ledger.txt', 9 * MB, 60_000]], 9.5 * MB);
  assert.equal(out[0], 'Indexing sources: 0.5 of 9.5 MB… (harbour_ledger.txt, 9.0 MB) 0 s\n');
  assert.match(out[out.length - 1], /^Indexed sources: 9\.5 MB in 60\.4 s\n$/);
});

test('many files: a log gets a line every ten seconds, a terminal one line rewritten at most four times a second', () => {
  const files: [number, string, number, number][] = Array.from({ length: 400 }, (_, i) => [0, `/c/part${i}.txt`, 50_000, 100]);
  const log = run(false, files, 400 * 50_000);
  // 40 s of indexing, said from 5 s on: five progress lines and the total.
  assert.equal(log.length, 5);
  assert.ok(log.every((l) => l.endsWith('\n')));
  const tty = run(true, files, 400 * 50_000);
  assert.ok(tty.length > 100 && tty.length <= 160, `${tty.length} writes`);
  assert.ok(tty.every((l) => l.startsWith('\r\x1b[K') && !l.includes('\n')));
  assert.equal(tty[tty.length - 1], '\r\x1b[K');
});
