import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusIndexer } from '../../server/src/core/corpus/corpusIndexer.js';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import type { CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { IFileSource } from '../../server/src/core/seams.js';
import { BundledIndex } from '../../server/src/indexing/bundledIndex.js';
import { getGlossary } from '../../server/src/core/glossary/glossary.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Files in memory; reads of the paths in `held` wait until release() (a large folder still being read). */
class SlowSource implements IFileSource {
  reads: string[] = [];
  private gate: Promise<void>;
  release!: () => void;
  constructor(private files: Record<string, string>, private held: (p: string) => boolean) {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }
  async size(p: string) {
    return this.files[p] === undefined ? undefined : Buffer.byteLength(this.files[p]);
  }
  async read(p: string) {
    this.reads.push(p);
    if (this.held(p)) await this.gate;
    return Buffer.from(this.files[p], 'utf8');
  }
}

test('indexFirst publishes the bundled files as a partial snapshot before the rest is indexed, and indexAll does not read them again', async () => {
  const files: Record<string, string> = { '/bundled/a_note.txt': '所谓“双轨制”，是指无核化与和平机制谈判并行推进的思路。' };
  for (let i = 0; i < 20; i++) files[`/big/f${i}.txt`] = `所谓“大文件术语${i}”，是指第${i}个文件里的定义。`;
  const source = new SlowSource(files, (p) => p.startsWith('/big/'));
  const indexer = new CorpusIndexer(source, { maxFileBytes: 1e6, prepare: async (s) => void getGlossary(s) });
  const published: CorpusSnapshot[] = [];
  indexer.onDidChangeSnapshot((s) => published.push(s));
  await indexer.indexFirst(['/bundled/a_note.txt']);
  const all = indexer.indexAll(Object.keys(files), undefined, undefined, (p) => p.startsWith('/bundled/'));
  // The big folder's reads are all held: only the bundled snapshot can be out.
  for (let i = 0; i < 50 && published.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(published.length, 1, 'the bundled snapshot is published while the big folder is still being read');
  assert.equal(published[0].complete, false);
  assert.deepEqual([...published[0].files.keys()], ['/bundled/a_note.txt']);
  assert.ok(getGlossary(published[0]).entries.some((e) => e.name === '双轨制'));
  source.release();
  assert.equal(await all, true);
  const last = published[published.length - 1];
  assert.equal(last.complete, true);
  assert.equal(last.files.size, 21);
  assert.equal(source.reads.filter((p) => p === '/bundled/a_note.txt').length, 1, 'a bundled file indexed first is not read again');
});

test('the prebuilt index of the bundled corpus serves a file only with the content it was built from, under the path it has now', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-bundled-'));
  const original = path.join(dir, 'built');
  const moved = path.join(dir, 'installed');
  cpSync(path.join(ROOT, 'corpus'), original, { recursive: true });
  cpSync(path.join(ROOT, 'corpus'), moved, { recursive: true });
  const names = readdirSync(original).sort();
  const out = path.join(dir, 'corpus-index.bin');
  BundledIndex.write(original, out, names);
  const prebuilt = BundledIndex.load(out)!;
  assert.ok(prebuilt.size >= 5);
  for (const name of names) {
    const file = path.join(moved, name);
    const served = prebuilt.lookup(file, moved);
    assert.ok(served, name);
    const fresh = indexFile(file, readFileSync(file));
    assert.equal(served.path, file);
    assert.deepEqual(served.documents.map((d) => [d.path, d.key, d.title, d.normalized.text.length]), fresh.documents.map((d) => [d.path, d.key, d.title, d.normalized.text.length]));
    assert.deepEqual(served.references, fresh.references);
    assert.deepEqual(served.problems, fresh.problems);
  }
  // An edited file, a file outside the folder, an unknown file: indexed as usual.
  const edited = path.join(moved, names.find((n) => n.endsWith('.txt'))!);
  appendFileSync(edited, '\n新增一段。\n');
  assert.equal(prebuilt.lookup(edited, moved), undefined);
  assert.equal(prebuilt.lookup(path.join(original, names[0]), moved), undefined);
  writeFileSync(path.join(moved, 'new_note.txt'), '新文件。');
  assert.equal(prebuilt.lookup(path.join(moved, 'new_note.txt'), moved), undefined);
  // A damaged or foreign file is no index.
  writeFileSync(out, 'not an index');
  assert.equal(BundledIndex.load(out), undefined);
});
