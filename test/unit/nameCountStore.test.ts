import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { getGlossary, nameCountStats, type Glossary } from '../../server/src/core/glossary/glossary.js';
import type { ILogger } from '../../server/src/core/seams.js';
import { CachePack } from '../../server/src/indexing/cachePack.js';
import { NAME_COUNTS_FILE, NameCountStore } from '../../server/src/indexing/nameCountStore.js';
import { WorkerFileIndexer } from '../../server/src/indexing/workerFileIndexer.js';

// The glossary's name counts are kept beside the index cache across restarts: a second run that
// reads the same files gives their documents the counts of the first and counts nothing again,
// and its glossary is the one counting afresh gives. Invented texts: long names whose short forms
// are decided by counting.

const NAMES = ['长吉图开发开放先导区', '冰雪丝路合作机制', '东北振兴发展战略', '海上通道合作框架'];

function texts(): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < 40; i++) {
    const n = NAMES[i % NAMES.length];
    const short = n.slice(0, 3);
    const text =
      i < NAMES.length
        ? `所谓“${n}”，是指相关各方共同推进的安排。${short}的进展顺利。\n`
        : `${n}的贸易额增长${i}%。${i % 5 === 0 ? `${short}单独出现。` : ''}\n`;
    out.set(`/c/n${String(i).padStart(2, '0')}.md`, text);
  }
  return out;
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex');
const indexAll = (t: Map<string, string>) =>
  new Map<string, FileIndex>([...t].map(([p, s]) => [p, indexFile(p, Buffer.from(s, 'utf8'))]));
const held = (t: Map<string, string>, files: Map<string, FileIndex>) =>
  [...files].map(([p, index]) => ({ path: p, contentHash: hash(t.get(p)!), index }));
const shape = (g: Glossary) =>
  g.entries.map((e) => [e.name, ...e.aliases, '|', ...e.passages.map((p) => `${p.doc.path}:${p.start}`)].join(' '));

function logger(): ILogger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    info: () => undefined,
    warn: (m: string) => void warnings.push(m),
    error: (m: string) => void warnings.push(m),
  } as ILogger & { warnings: string[] };
}

function firstRun(dir: string, t: Map<string, string>): Glossary {
  const files = indexAll(t);
  const glossary = getGlossary(assembleSnapshot(1, files));
  NameCountStore.load(dir, 'v1', logger()).save(held(t, files));
  return glossary;
}

test('a second run gives every unchanged document the counts of the first, counts nothing again, and builds the same glossary', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-counts-'));
  const t = texts();
  const before = firstRun(dir, t);
  assert.ok(
    before.entries.some((e) => e.aliases.includes('长吉图')),
    'a short form decided by counting',
  );
  // The index cache is opened first (and tidies its folder): the counts survive that.
  assert.ok(CachePack.open(dir, 'v1'));
  const store = NameCountStore.load(dir, 'v1', logger());
  const files = indexAll(t);
  for (const [p, index] of files) store.adopt(p, hash(t.get(p)!), index);
  assert.equal(store.restored, 40);
  const after = getGlossary(assembleSnapshot(2, files));
  assert.equal(nameCountStats.recounted, 0);
  assert.deepEqual(shape(after), shape(before));
});

test("a changed file, other code or a damaged file: those counts are not taken (a damaged file is reported), and the glossary is still a fresh count's", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-counts-'));
  const t = texts();
  firstRun(dir, t);
  // One file changed since: its documents are counted again; the others keep theirs.
  t.set('/c/n07.md', '长吉图单独出现。长吉图单独出现。长吉图单独出现。\n');
  const store = NameCountStore.load(dir, 'v1', logger());
  const files = indexAll(t);
  for (const [p, index] of files) store.adopt(p, hash(t.get(p)!), index);
  assert.equal(store.restored, 39);
  const changed = getGlossary(assembleSnapshot(2, files));
  assert.deepEqual(shape(changed), shape(getGlossary(assembleSnapshot(3, indexAll(t)))));
  // Another build of the code: nothing taken, nothing said.
  const other = logger();
  const otherStore = NameCountStore.load(dir, 'v2', other);
  for (const [p, index] of indexAll(t)) otherStore.adopt(p, hash(t.get(p)!), index);
  assert.equal(otherStore.restored, 0);
  assert.deepEqual(other.warnings, []);
  // One byte changed on disk: reported, nothing taken, no crash; the next save writes a good file.
  const file = path.join(dir, NAME_COUNTS_FILE);
  const bytes = readFileSync(file);
  bytes[bytes.length - 3] ^= 0xff;
  writeFileSync(file, bytes);
  const damaged = logger();
  const again = NameCountStore.load(dir, 'v1', damaged);
  assert.equal(damaged.warnings.length, 1);
  assert.match(damaged.warnings[0], /index\.counts is damaged \(checksum mismatch\)/);
  const fresh = indexAll(t);
  for (const [p, index] of fresh) again.adopt(p, hash(t.get(p)!), index);
  assert.equal(again.restored, 0);
  assert.deepEqual(shape(getGlossary(assembleSnapshot(4, fresh))), shape(changed));
  again.save(held(t, fresh));
  const repaired = logger();
  const next = NameCountStore.load(dir, 'v1', repaired);
  assert.deepEqual(repaired.warnings, []);
  for (const [p, index] of indexAll(t)) next.adopt(p, hash(t.get(p)!), index);
  assert.equal(next.restored, 40);
  // Not a count file at all: reported the same way.
  writeFileSync(file, 'garbage');
  const garbage = logger();
  NameCountStore.load(dir, 'v1', garbage);
  assert.match(garbage.warnings[0] ?? '', /is damaged \(not a name count file\)/);
});

test('a partial snapshot counting other names leaves the counts of the last run in place for the complete one', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-counts-'));
  const t = texts();
  const before = firstRun(dir, t);
  const store = NameCountStore.load(dir, 'v1', logger());
  const files = indexAll(t);
  for (const [p, index] of files) store.adopt(p, hash(t.get(p)!), index);
  // All but the file defining one term, as a partial snapshot of a warm start: the documents using
  // that term are counted for other names.
  const half = new Map([...files].filter(([p]) => p !== '/c/n03.md'));
  getGlossary(assembleSnapshot(2, half, false));
  const after = getGlossary(assembleSnapshot(3, files));
  assert.equal(nameCountStats.recounted, 0);
  assert.deepEqual(shape(after), shape(before));
});

test("a server stopped before it handed out any file keeps the last run's counts on disk", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-counts-'));
  firstRun(dir, texts());
  const file = path.join(dir, NAME_COUNTS_FILE);
  const before = readFileSync(file);
  const fallback = { index: async () => assert.fail('nothing is indexed') };
  const indexer = new WorkerFileIndexer(
    path.join(dir, 'no-such-worker.js'),
    { cacheDir: dir, codeVersion: 'v1' },
    fallback,
    logger(),
  );
  await indexer.flush();
  assert.ok(readFileSync(file).equals(before));
});
