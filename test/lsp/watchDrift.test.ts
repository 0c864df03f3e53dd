import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient.js';

/*
 * #14, case 5: the index drifted from the files. The server watched the corpus (fs.watch) only after
 * the first full index, so what changed meanwhile was missed and a file deleted before it was read
 * stayed 'failed'; once watching, node_modules/ and hidden folders were indexed although the listing
 * skips them; a folder moved out stayed indexed; and each changed file was a rebuild of its own
 * (100 files: 100 rebuilds). These run the server with fs.watch (a client without dynamic
 * registration of file watchers, as Helix); the editor's watcher is tested in watch.test.ts.
 */

interface Report { sources: number; files: { path: string; status: string }[] }

/** Asks for the index report after each notification until `done` holds for it (the waitFor deadline). */
async function reportUntil(client: LspClient, done: (r: Report) => boolean, deadlineMs = 30000): Promise<Report> {
  const start = Date.now();
  for (;;) {
    const report = await client.request<Report>('policyWriter/indexReport', {});
    if (done(report)) return report;
    if (Date.now() - start > deadlineMs) {
      // The files worth naming: all of them in a small corpus, else those not plainly indexed.
      const shown = report.files.length <= 20 ? report.files : report.files.filter((f) => f.status !== 'ok' || !/^a\d+_doc\.txt$/.test(path.basename(f.path)));
      throw new Error(`index report never as expected (${report.files.length} files): ${JSON.stringify(shown.map((f) => [path.basename(f.path), f.status]))}`);
    }
    const seen = client.notifications.length;
    await client.waitFor('policyWriter/status', () => client.notifications.length > seen, Math.max(1, deadlineMs - (Date.now() - start))).catch(() => undefined);
  }
}

const names = (r: Report) => r.files.map((f) => path.basename(f.path));

test('fs.watch follows the listing\'s rules: files under node_modules/ and hidden folders are not indexed', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-drift-skip-'));
  const client = new LspClient({ corpus: { paths: [dir], includeBundled: false } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  for (const sub of ['node_modules/pkg', '.trash']) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, sub, 'skipped_doc.txt'), '所谓“旧走廊”，是指废弃的物流通道。');
  }
  // Written last: once it is in, the others have been seen too.
  writeFileSync(path.join(dir, 'marker_doc.txt'), '所谓“港口走廊”，是指连接罗津港与珲春的物流通道。');
  const report = await reportUntil(client, (r) => names(r).includes('marker_doc.txt'));
  assert.deepEqual(names(report), ['marker_doc.txt']);
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

test('fs.watch: forty files rewritten at once are one rebuild, not forty', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-drift-batch-'));
  const files = Array.from({ length: 40 }, (_, i) => path.join(dir, `src${String(i).padStart(2, '0')}_doc.txt`));
  files.forEach((f, i) => writeFileSync(f, `所谓“走廊${i}号”，是指第${i}条物流通道。`));
  const client = new LspClient({ corpus: { paths: [dir], includeBundled: false } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  await reportUntil(client, (r) => r.sources === 40);
  const ready = () => client.notifications.filter((n) => n.method === 'policyWriter/status' && (n.params as { state?: string }).state === 'ready').length;
  const before = ready();
  // A sync tool rewrites every file; the last one written says when all are in.
  files.forEach((f, i) => writeFileSync(f, `所谓“通道${i}号”，是指第${i}条新物流通道。`));
  const last = files.length - 1;
  let text = '';
  for (let i = 0; i < 100 && !text.includes(`通道${last}号`); i++) {
    const seen = client.notifications.length;
    await client.waitFor('policyWriter/status', () => client.notifications.length > seen);
    text = JSON.stringify(await client.request('policyWriter/searchCorpus', { query: `通道${last}号` }));
  }
  // Any further rebuilds of the same writes come before the rebuild for a file written after them:
  // wait for that file instead of sleeping. Its own rebuild may or may not be merged with the batch's last one.
  const sentinel = path.join(dir, 'zz_sentinel_doc.txt');
  writeFileSync(sentinel, '所谓“哨兵通道”，是指最后写入的通道。');
  let found = '';
  for (let i = 0; i < 100 && !found.includes('哨兵通道'); i++) {
    const seen = client.notifications.length;
    await client.waitFor('policyWriter/status', () => client.notifications.length > seen);
    found = JSON.stringify(await client.request('policyWriter/searchCorpus', { query: '哨兵通道' }));
  }
  // The batch's rebuilds are total - 1 (the sentinel rebuilt alone) or total (merged with the batch's last).
  const total = ready() - before;
  assert.ok(total >= 1 && total - 1 <= 4, `${total} rebuilds for 40 files rewritten at once and one written after them`);
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

test('watching starts before the first index: a file added and a file deleted while it runs are applied after it', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-drift-early-'));
  // Enough files that the first index is still running when the test changes the folder.
  const n = 600;
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}_doc.txt`), `所谓“走廊${i}号”，是指第${i}条物流通道。`);
  // Listed, but deleted before the index reaches it (the listing is in name order).
  const late = path.join(dir, 'zz_late_doc.txt');
  writeFileSync(late, '所谓“晚到走廊”，是指最后一条通道。');
  const client = new LspClient({ corpus: { paths: [dir], includeBundled: false } });
  await client.initialize();
  // The listing is done once progress is reported with a total; the first file is in.
  await client.waitFor('policyWriter/status', (p) => p.state === 'indexing' && p.total === n + 1 && p.done < p.total, 60000);
  rmSync(late);
  writeFileSync(path.join(dir, 'added_doc.txt'), '所谓“新走廊”，是指新增的物流通道。');
  try {
    // Listed is not yet indexed: wait until the added file is in the index (on a loaded machine its
    // name reached the report a moment before its document did).
    const report = await reportUntil(client, (r) => r.files.some((f) => path.basename(f.path) === 'added_doc.txt' && f.status === 'ok') && !names(r).includes('zz_late_doc.txt') && r.sources === n + 1, 60000);
    assert.equal(report.sources, n + 1);
    assert.deepEqual(report.files.filter((f) => f.status === 'failed').map((f) => path.basename(f.path)), []);
  } finally {
    // A failed assertion must not leave the server running: the test process would never exit.
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fs.watch: a folder moved out of the corpus takes its files with it', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-drift-move-'));
  const outside = mkdtempSync(path.join(os.tmpdir(), 'pw-drift-outside-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'moved_doc.txt'), '所谓“搬走的走廊”，是指移出语料的通道。');
  writeFileSync(path.join(dir, 'stays_doc.txt'), '所谓“留下的走廊”，是指仍在语料中的通道。');
  const client = new LspClient({ corpus: { paths: [dir], includeBundled: false } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  await reportUntil(client, (r) => r.sources === 2);
  renameSync(path.join(dir, 'sub'), path.join(outside, 'sub'));
  const report = await reportUntil(client, (r) => !names(r).includes('moved_doc.txt'));
  assert.deepEqual(names(report), ['stays_doc.txt']);
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});
