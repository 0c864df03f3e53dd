import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from '../helpers/lspClient.js';

test('a client without workspace/configuration passes settings in initializationOptions; wrong types are reported and defaults used', async () => {
  const client = new LspClient({});
  await client.initialize({ settings: { corpus: { includeBundled: 'yes', paths: 42 } } }, false);
  const report = await client.request<any>('policyWriter/reindex', {});
  assert.equal(report.sources, 5, 'bundled corpus stays on when includeBundled has the wrong type');
  await client.waitFor('window/logMessage', (p) => /policyWriter\.corpus\.includeBundled should be true or false/.test(p.message));
  await client.waitFor('window/logMessage', (p) => /policyWriter\.corpus\.paths should be an array/.test(p.message));
  await client.shutdown();
});

test('includeBundled false gives an empty corpus', async () => {
  const client = new LspClient({});
  await client.initialize({ settings: { corpus: { includeBundled: false } } }, false);
  const report = await client.request<any>('policyWriter/reindex', {});
  assert.equal(report.sources, 0);
  await client.shutdown();
});

test('the server exits when its client goes away without shutdown', async () => {
  const client = new LspClient({});
  await client.initialize({}, false);
  const exited = new Promise((resolve) => client.proc.once('exit', resolve));
  client.proc.stdin!.end();
  assert.equal(typeof (await exited), 'number');
});

test('adding a corpus folder in the settings re-indexes without a restart', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-settings-'));
  writeFileSync(path.join(dir, 'kang2023_arctic.txt'), '所谓“极地航线”，是指经北冰洋连接东亚与欧洲的航线。');
  const client = new LspClient({});
  await client.initialize();
  assert.equal((await client.request<any>('policyWriter/reindex', {})).sources, 5);
  client.settings = { corpus: { paths: [dir] } };
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await client.waitFor('policyWriter/status', (p) => p.state === 'ready' && p.sources === 6);
  await client.shutdown();
});
