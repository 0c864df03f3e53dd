import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { CachePack, PACK_INDEX_NAME } from '../../server/src/indexing/cachePack.js';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { CachedFileIndexer, codeVersionOf, defaultCacheDir, pruneCache } from '../../server/src/indexing/cachedFileIndexer.js';
import { indexCacheDir } from '../../server/src/indexing/createFileIndexer.js';
import { OffsetMap } from '../../server/src/core/corpus/offsetMap.js';

const MAX = 1e7;

test('persistent index: reused when unchanged, rebuilt when content, code version or cache file change', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cache-'));
  const cache = path.join(dir, 'cache');
  const file = path.join(dir, 'doc.txt');
  writeFileSync(file, '所谓“缓存术语”，是指保存下来的索引。贸易额增长12%。');

  const first = new CachedFileIndexer(cache, 'v1');
  const built = await first.index(file, MAX);
  assert.equal(built.fromCache, undefined);
  assert.equal(first.misses, 1);

  const warm = new CachedFileIndexer(cache, 'v1');
  const reused = await warm.index(file, MAX);
  assert.equal(reused.fromCache, true);
  assert.equal(reused.documents[0].normalized.text, built.documents[0].normalized.text);
  assert.equal(reused.documents[0].scan.terms[0].names[0], '缓存术语');
  assert.ok(reused.documents[0].normalized.map instanceof OffsetMap, 'class instances are revived after deserialisation');
  assert.equal(reused.documents[0].normalized.map.get(5), built.documents[0].normalized.map.get(5));

  // Touched but identical: the content hash proves it unchanged.
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  const touched = new CachedFileIndexer(cache, 'v1');
  assert.equal((await touched.index(file, MAX)).fromCache, true);

  // New content: rebuilt.
  writeFileSync(file, '全新的内容，增长了15%。');
  const changed = new CachedFileIndexer(cache, 'v1');
  const rebuilt = await changed.index(file, MAX);
  assert.equal(rebuilt.fromCache, undefined);
  assert.match(rebuilt.documents[0].normalized.text, /全新的内容/);

  // Another build of the indexing code never trusts the old entry.
  const otherCode = new CachedFileIndexer(cache, 'v2');
  assert.equal((await otherCode.index(file, MAX)).fromCache, undefined);

  // A corrupt cache file is detected and rebuilt, not trusted.
  const [entry] = readdirSync(cache);
  writeFileSync(path.join(cache, entry), Buffer.from('garbage that is not a v8 serialisation'));
  const afterCorruption = new CachedFileIndexer(cache, 'v2');
  const recovered = await afterCorruption.index(file, MAX);
  assert.equal(recovered.fromCache, undefined);
  assert.match(recovered.documents[0].normalized.text, /全新的内容/);
  assert.equal((await new CachedFileIndexer(cache, 'v2').index(file, MAX)).fromCache, true);
});

test('the code version covers the extractors bundle beside the worker: a changed PDF reader is not served old records', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-codeversion-'));
  const worker = path.join(dir, 'indexWorker.js');
  writeFileSync(worker, 'worker code');
  writeFileSync(path.join(dir, 'extractors.js'), 'extractors, first build');
  const first = await codeVersionOf(worker);
  assert.equal(await codeVersionOf(worker), first, 'the same files give the same version');
  writeFileSync(path.join(dir, 'extractors.js'), 'extractors, second build');
  assert.notEqual(await codeVersionOf(worker), first);
});

test('no cache folder: indexes every time; a missing file is a problem, not an exception', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-nocache-'));
  const indexer = new CachedFileIndexer(undefined, 'v1');
  const missing = await indexer.index(path.join(dir, 'nope.txt'), MAX);
  assert.match(missing.problems[0].message, /disappeared/);
});

test('one changed byte in a persisted entry is caught by its checksum and the entry rebuilt (#14, case 2)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cache-byte-'));
  const cache = path.join(dir, 'cache');
  const file = path.join(dir, 'doc.txt');
  writeFileSync(file, '所谓“校验术语”，是指带校验和的索引。出口额增长8%。');
  await new CachedFileIndexer(cache, 'v1').index(file, MAX);
  const [entry] = readdirSync(cache);
  const bytes = readFileSync(path.join(cache, entry));
  // The same-length edit the issue reports: a field name changed inside the serialised index.
  const at = bytes.indexOf(Buffer.from('names'));
  assert.ok(at > 0, 'the entry holds the field');
  bytes.write('nameX', at);
  writeFileSync(path.join(cache, entry), bytes);
  const indexer = new CachedFileIndexer(cache, 'v1');
  const index = await indexer.index(file, MAX);
  assert.equal(index.fromCache, undefined, 'the damaged entry is not served');
  assert.equal(index.documents[0].scan.terms[0].names[0], '校验术语');
  assert.equal((await new CachedFileIndexer(cache, 'v1').index(file, MAX)).fromCache, true, 'and it is rewritten');
});

test('the content decides: a same-size edit with the old mtime restored is rebuilt', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cache-'));
  const cache = path.join(dir, 'cache');
  const file = path.join(dir, 'doc.txt');
  writeFileSync(file, 'Exports grew 12% in 2021.');
  await new CachedFileIndexer(cache, 'v1').index(file, MAX);
  const old = new Date(Date.now() - 60_000);
  utimesSync(file, old, old);
  await new CachedFileIndexer(cache, 'v1').index(file, MAX);
  writeFileSync(file, 'Exports grew 19% in 2021.');
  utimesSync(file, old, old);
  const again = await new CachedFileIndexer(cache, 'v1').index(file, MAX);
  assert.equal(again.fromCache, undefined);
  assert.match(again.documents[0].normalized.text, /19%/);
});

test('pruning forgets records of files gone from the corpus; per-file entries of older versions are removed', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cache-'));
  const cache = path.join(dir, 'cache');
  mkdirSync(cache);
  writeFileSync(path.join(cache, '0123abcd.bin'), 'an entry of the per-file cache');
  writeFileSync(path.join(cache, 'leftover.bin.123.tmp'), 'x');
  const [a, b] = [path.join(dir, 'a.txt'), path.join(dir, 'b.txt')];
  writeFileSync(a, 'Exports grew 12% in 2021.');
  writeFileSync(b, 'Imports fell 3% in 2021.');
  const indexer = new CachedFileIndexer(cache, 'v1');
  assert.deepEqual(readdirSync(cache), ['index.pack'], 'one pack file; the old entries are gone');
  await indexer.index(a, MAX);
  await indexer.index(b, MAX);
  assert.equal(await pruneCache(cache, [a]), 1);
  assert.equal((await new CachedFileIndexer(cache, 'v1').index(a, MAX)).fromCache, true);
  assert.equal((await new CachedFileIndexer(cache, 'v1').index(b, MAX)).fromCache, undefined, 'the pruned record is not served');
  assert.equal(await pruneCache(undefined, [a]), 0);
  assert.equal(await pruneCache(path.join(dir, 'missing'), [a]), 0);
});

test('a pack read back by a fresh process: later records win, a record cut short by a crash is ignored', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cache-'));
  const cache = path.join(dir, 'cache');
  const file = path.join(dir, 'doc.txt');
  writeFileSync(file, 'Exports grew 12% in 2021.');
  await new CachedFileIndexer(cache, 'v1').index(file, MAX);
  writeFileSync(file, 'Exports grew 14% in 2021.');
  await new CachedFileIndexer(cache, 'v1').index(file, MAX);
  // A crash in the middle of an append leaves a partial record at the end.
  appendFileSync(path.join(cache, 'index.pack'), Buffer.from('PWR1 half a record'));
  const script = `import { CachedFileIndexer } from ${JSON.stringify(path.resolve('server/src/indexing/cachedFileIndexer.ts'))};
const r = await new CachedFileIndexer(${JSON.stringify(cache)}, 'v1').index(${JSON.stringify(file)}, 1e7);
console.log(JSON.stringify({ fromCache: r.fromCache, has14: r.documents[0].normalized.text.includes('14%') }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out.trim().split('\n').pop()!), { fromCache: true, has14: true });
});

test('clients without a storage folder get the platform cache folder, per workspace', () => {
  assert.equal(defaultCacheDir({}, 'linux', '/home/u'), '/home/u/.cache/policy-writer/index-cache');
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/u'), '/x/policy-writer/index-cache');
  assert.equal(defaultCacheDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Caches/policy-writer/index-cache');
  assert.equal(defaultCacheDir({ POLICY_WRITER_CACHE_DIR: 'none' }, 'linux', '/home/u'), undefined);
  assert.equal(defaultCacheDir({ POLICY_WRITER_CACHE_DIR: '/tmp/c' }, 'linux', '/home/u'), '/tmp/c');
  const one = indexCacheDir(undefined, ['/work/a']);
  const two = indexCacheDir(undefined, ['/work/b']);
  if (one && two) assert.notEqual(one, two);
  assert.equal(indexCacheDir('/store', ['/work/a']), path.join('/store', 'index-cache'));
});

test('where the records of a pack are is saved at shutdown and read by the next start; records appended since are found, a wrong entry costs only a miss, and the list of another pack file is not used', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cache-where-'));
  const cache = path.join(dir, 'cache');
  const files = ['a', 'b', 'c'].map((n, i) => {
    const f = path.join(dir, `${n}.txt`);
    writeFileSync(f, `所谓“${n}口岸协作”，是指共同查验的安排。2021年通关量增长${5 + i}%。`);
    return f;
  });
  const indexer = new CachedFileIndexer(cache, 'v1');
  await indexer.index(files[0], MAX);
  await indexer.index(files[1], MAX);
  await CachePack.existing(cache)!.flush();
  const where = path.join(cache, PACK_INDEX_NAME);
  assert.ok(existsSync(where), 'saved at flush');
  // Appended after the list was saved (a server that stopped without flushing).
  await indexer.index(files[2], MAX);
  const fresh = () => {
    const script = `import { CachedFileIndexer } from ${JSON.stringify(path.resolve('server/src/indexing/cachedFileIndexer.ts'))};
const indexer = new CachedFileIndexer(${JSON.stringify(cache)}, 'v1');
const out = [];
for (const f of ${JSON.stringify(files)}) { const r = await indexer.index(f, 1e7); out.push([!!r.fromCache, r.documents[0].normalized.text.includes('口岸协作')]); }
console.log(JSON.stringify(out));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!);
  };
  assert.deepEqual(fresh(), [[true, true], [true, true], [true, true]]);
  // The list read back says the first record is where the second is: that file is indexed anew, the others served.
  const list = deserialize(readFileSync(where)) as { paths: string[]; places: Float64Array };
  const [a, b] = [list.paths.indexOf(files[0]), list.paths.indexOf(files[1])];
  list.places.copyWithin(2 * a, 2 * b, 2 * b + 2);
  writeFileSync(where, serialize(list));
  const again = fresh();
  assert.deepEqual(again[0], [false, true]);
  assert.deepEqual(again.slice(1), [[true, true], [true, true]]);
  // The same bytes in another pack file (a compaction writes a new one): the list is not used.
  writeFileSync(where, serialize(list));
  const pack = path.join(cache, 'index.pack');
  copyFileSync(pack, `${pack}.copy`);
  renameSync(`${pack}.copy`, pack);
  assert.deepEqual(fresh(), [[true, true], [true, true], [true, true]]);
});
