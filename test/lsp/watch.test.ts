import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, positionOf } from '../helpers/lspClient.js';

test('a file added, changed or deleted in a corpus folder is re-indexed alone, without a reindex command', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-watch-'));
  const client = new LspClient({ corpus: { paths: [dir], includeBundled: false } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  const file = path.join(dir, 'lee2024_ports.txt');
  writeFileSync(file, '所谓“港口走廊”，是指连接罗津港与珲春的物流通道。');
  await client.waitFor('policyWriter/status', (p) => p.state === 'ready' && p.sources === 1);
  const uri = 'file:///tmp/pw-watch-draft.md';
  const draft = '建设港口走廊。';
  await client.open(uri, draft);
  const hover = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, '港口走廊', 1) });
  assert.match(hover.contents.value, /罗津港/);
  writeFileSync(file, '所谓“港口走廊”，是指连接扎鲁比诺港与珲春的物流通道。');
  // Each re-index publishes a status; after each, ask again until the new text shows (deadline: waitFor's).
  let text = '';
  for (let i = 0; i < 20 && !/扎鲁比诺港/.test(text); i++) {
    const seen = client.notifications.length;
    await client.waitFor('policyWriter/status', () => client.notifications.length > seen);
    text = (await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, '港口走廊', 1) }))?.contents.value ?? '';
  }
  assert.match(text, /扎鲁比诺港/);
  rmSync(file);
  await client.waitFor('policyWriter/status', (p) => p.sources === 0);
  await client.shutdown();
});

test('the editor watches the corpus when it can: its file events are applied, many changes as one rebuild', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-watch-client-'));
  const client = new LspClient({ corpus: { paths: [dir], includeBundled: false } });
  await client.initialize({}, true, { didChangeWatchedFiles: { dynamicRegistration: true } });
  await client.request('policyWriter/reindex', {});
  const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
  assert.ok(registration, 'the server asked the editor to watch the corpus folder');
  assert.equal(registration.registerOptions.watchers[0].globPattern.baseUri, pathToFileURL(dir).href);
  // Twenty files appear at once (a sync tool); the editor reports them in one notification.
  const files = Array.from({ length: 20 }, (_, i) => path.join(dir, `src${i}_doc.txt`));
  files.forEach((f, i) => writeFileSync(f, `所谓“走廊${i}号”，是指第${i}条物流通道。`));
  const before = client.notifications.filter((n) => n.method === 'policyWriter/status' && (n.params as { state?: string }).state === 'ready').length;
  await client.notify('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: pathToFileURL(f).href, type: 1 })) });
  await client.waitFor('policyWriter/status', (p) => p.state === 'ready' && p.sources === 20);
  const rebuilds = client.notifications.filter((n) => n.method === 'policyWriter/status' && (n.params as { state?: string }).state === 'ready').length - before;
  assert.ok(rebuilds <= 2, `${rebuilds} rebuilds for one batch of 20 files`);
  // A file in a hidden folder is never indexed, as the listing would skip it.
  const hidden = path.join(dir, '.trash', 'old_doc.txt');
  mkdirSync(path.dirname(hidden));
  writeFileSync(hidden, '所谓“旧走廊”，是指废弃通道。');
  rmSync(files[0]);
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(hidden).href, type: 1 }, { uri: pathToFileURL(files[0]).href, type: 3 }] });
  await client.waitFor('policyWriter/status', (p) => p.state === 'ready' && p.sources === 19);
  await client.shutdown();
});
