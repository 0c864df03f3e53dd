import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusIndexer } from '../../server/src/core/corpus/corpusIndexer.js';
import type { IFileSource, ILogger } from '../../server/src/core/seams.js';
import { listCorpusFiles, NodeFileSource, realPathInside, realRoots } from '../../server/src/workspace.js';

/** An in-memory corpus whose files can be missing, unreadable or huge. */
class FakeSource implements IFileSource {
  constructor(private files: Record<string, Uint8Array | Error | { size: number }>) {}
  async size(p: string) {
    const f = this.files[p];
    if (f === undefined) return undefined;
    return f instanceof Error ? 10 : f instanceof Uint8Array ? f.length : f.size;
  }
  async read(p: string): Promise<Uint8Array> {
    const f = this.files[p];
    if (f instanceof Error) throw f;
    if (f instanceof Uint8Array) return f;
    throw new Error('unexpected read of a file over the limit');
  }
}

const logs: string[] = [];
const logger: ILogger = { info: () => undefined, warn: (m) => logs.push(m), error: (m) => logs.push(m) };

test('bad files are reported by name and skipped; the rest of the corpus indexes', async () => {
  const denied = Object.assign(new Error("EACCES: permission denied, open '/c/locked.txt'"), { code: 'EACCES' });
  const source = new FakeSource({
    '/c/good.txt': Buffer.from('所谓“好术语”，是指可以被读取的术语。', 'utf8'),
    '/c/empty.txt': new Uint8Array(),
    '/c/huge.txt': { size: 60 * 1024 * 1024 },
    '/c/locked.txt': denied,
    '/c/bad-utf8.txt': Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x00, 0x01]),
    '/c/long-line.txt': Buffer.from(`${'很长的一行'.repeat(25_000)}。`, 'utf8'),
  });
  const indexer = new CorpusIndexer(source, { maxFileBytes: 50 * 1024 * 1024, logger });
  await indexer.indexAll(['/c/good.txt', '/c/empty.txt', '/c/huge.txt', '/c/locked.txt', '/c/bad-utf8.txt', '/c/long-line.txt', '/c/gone.txt']);
  const s = indexer.snapshot;
  // An empty file is reported, not counted as a source of text.
  assert.deepEqual(s.documents.map((d) => d.path).sort(), ['/c/good.txt', '/c/long-line.txt']);
  const problem = (p: string) => s.problems.find((x) => x.path === p)?.message ?? '';
  assert.match(problem('/c/empty.txt'), /is empty/);
  assert.match(problem('/c/huge.txt'), /60\.0 MB is over the 50\.0 MB limit/);
  assert.match(problem('/c/locked.txt'), /could not be read \(EACCES\)/);
  // The code is said once, then the system's words.
  assert.match(problem('/c/locked.txt'), /could not be read \(EACCES\): permission denied, open/);
  assert.match(problem('/c/bad-utf8.txt'), /skipped/);
  assert.match(problem('/c/gone.txt'), /disappeared/);
  assert.ok(logs.some((l) => l.includes('/c/locked.txt')), 'problems reach the log');
});

test('a file rewritten or deleted after indexing is re-indexed or dropped alone', async () => {
  const files: Record<string, Uint8Array> = { '/c/a.txt': Buffer.from('第一版。'), '/c/b.txt': Buffer.from('不变。') };
  const indexer = new CorpusIndexer(new FakeSource(files), { maxFileBytes: 1e6 });
  await indexer.indexAll(Object.keys(files));
  const before = indexer.snapshot.documents.find((d) => d.path === '/c/b.txt');
  files['/c/a.txt'] = Buffer.from('第二版。');
  await indexer.update('/c/a.txt');
  assert.match(indexer.snapshot.documents.find((d) => d.path === '/c/a.txt')!.normalized.text, /第二版/);
  assert.equal(indexer.snapshot.documents.find((d) => d.path === '/c/b.txt'), before, 'the other file was not re-read');
  await indexer.remove('/c/a.txt');
  assert.deepEqual(indexer.snapshot.documents.map((d) => d.path), ['/c/b.txt']);
});

test('folder listing survives symlink loops, deep nesting and unreadable folders', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-walk-'));
  let deep = root;
  for (let i = 0; i < 40; i++) deep = path.join(deep, `d${i}`);
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, 'too-deep.txt'), 'x');
  writeFileSync(path.join(root, 'top.txt'), 'x');
  symlinkSync(root, path.join(root, 'loop'));
  const locked = path.join(root, 'locked');
  mkdirSync(locked);
  writeFileSync(path.join(locked, 'hidden.txt'), 'x');
  chmodSync(locked, 0o000);
  const messages: string[] = [];
  const files = await listCorpusFiles([root, path.join(root, 'missing')], { info: () => undefined, warn: (m) => messages.push(m), error: (m) => messages.push(m) });
  chmodSync(locked, 0o755);
  assert.ok(files.includes(path.join(root, 'top.txt')));
  assert.equal(files.filter((f) => f.endsWith('top.txt')).length, 1, 'the loop is not followed twice');
  assert.ok(messages.some((m) => /deeper than/.test(m)));
  assert.ok(messages.some((m) => /missing/.test(m)));
  // As root the locked folder is still readable; otherwise it must be reported, not crash.
  if (process.getuid?.() !== 0) assert.ok(messages.some((m) => /locked/.test(m)));
  assert.ok(await new NodeFileSource().size(path.join(root, 'nope.txt')) === undefined);
});

test('symbolic links are followed only inside the corpus folders', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-links-'));
  const corpus = path.join(root, 'corpus');
  const outside = path.join(root, 'private');
  mkdirSync(path.join(corpus, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(corpus, 'sub', 'inner.txt'), 'x');
  writeFileSync(path.join(outside, 'secret.txt'), 'x');
  symlinkSync(path.join(corpus, 'sub', 'inner.txt'), path.join(corpus, 'inner-link.txt'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'secret-link.txt'));
  symlinkSync(outside, path.join(corpus, 'private-link'));
  const messages: string[] = [];
  const reported: string[] = [];
  const files = await listCorpusFiles([corpus], { info: () => undefined, warn: (m) => messages.push(m), error: (m) => messages.push(m) }, undefined, (p) => reported.push(p.path));
  // A link to a file of the corpus lists that file once, by its own path.
  assert.deepEqual(files, [path.join(corpus, 'sub', 'inner.txt')]);
  assert.ok(!files.some((f) => /secret/.test(f)), files.join(', '));
  assert.equal(messages.filter((m) => /outside the corpus folders/.test(m)).length, 2);
  // The links not followed go to the index report, not only to the log.
  assert.deepEqual(reported.sort(), [path.join(corpus, 'private-link'), path.join(corpus, 'secret-link.txt')]);
  // A path a watcher reports is checked the same way.
  const roots = await realRoots([corpus]);
  assert.equal((await realPathInside(path.join(corpus, 'secret-link.txt'), roots)).inside, false);
  assert.equal((await realPathInside(path.join(corpus, 'inner-link.txt'), roots)).inside, true);
  // A second corpus folder makes the same link legitimate.
  const both = await listCorpusFiles([corpus, outside], { info: () => undefined, warn: () => undefined, error: () => undefined });
  assert.deepEqual(both.filter((f) => /secret/.test(f)), [path.join(outside, 'secret.txt')]);
});

test('an empty file, or front matter alone, is reported and not counted as a source of text', async () => {
  const { indexFile } = await import('../../server/src/core/corpus/indexFile.js');
  const empty = indexFile('/c/blank_notes.md', Buffer.from('  \n\n'));
  assert.deepEqual([empty.documents.length, empty.references.length], [0, 0]);
  assert.match(empty.problems[0].message, /is empty/);
  const metaOnly = indexFile('/c/lee2024_stub.md', Buffer.from('---\nid: lee2024\ntitle: A stub\nyear: 2024\n---\n'));
  assert.deepEqual([metaOnly.documents.length, metaOnly.references.map((r) => r.id)], [0, ['lee2024']]);
  assert.match(metaOnly.problems[0].message, /no text: its key can be cited/);
});

test('a corpus folder that cannot be opened is a problem of the index report, not only a log line', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-missing-'));
  const reported: string[] = [];
  await listCorpusFiles([path.join(root, 'gone')], { info: () => undefined, warn: () => undefined, error: () => undefined }, undefined, (p) => reported.push(`${p.severity}: ${p.path}`));
  assert.deepEqual(reported, [`error: ${path.join(root, 'gone')}`]);
});
