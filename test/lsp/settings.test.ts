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

test('the project configuration file in the workspace gives the server its corpus; settings the editor sets win', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const workspace = mkdtempSync(path.join(tmpdir(), 'pw-ws-config-'));
  mkdirSync(path.join(workspace, 'sources'));
  writeFileSync(path.join(workspace, 'sources', 'mensah2022_ports.txt'), 'Tema handled 1.5 million TEU in 2021.');
  writeFileSync(path.join(workspace, 'policy-writer.json'), JSON.stringify({ corpus: { paths: ['sources'], includeBundled: false } }));
  // The editor reports its defaults (includeBundled true, no paths): they do not hide the file's values.
  const client = new LspClient({ corpus: { paths: [], includeBundled: true } }, workspace);
  await client.initialize();
  const report = await client.request<any>('policyWriter/reindex', {});
  assert.equal(report.sources, 1, JSON.stringify(report));
  await client.shutdown();
  // What the editor sets itself wins: its own corpus folder replaces the file's.
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'pw-ws-own-'));
  writeFileSync(path.join(elsewhere, 'owusu2023_trade.txt'), 'Exports rose 4% in 2023.');
  writeFileSync(path.join(elsewhere, 'asante2024_rail.txt'), 'The line carried 2 million tonnes in 2024.');
  const own = new LspClient({ corpus: { paths: [elsewhere] } }, workspace);
  await own.initialize();
  assert.equal((await own.request<any>('policyWriter/reindex', {})).sources, 2);
  await own.shutdown();
});

test('policyWriter.bibliography makes its keys valid in every open draft', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-settings-bib-'));
  writeFileSync(path.join(dir, 'zotero.json'), JSON.stringify([{ id: 'boateng2020', title: 'Corridors', author: [{ family: 'Boateng', given: 'Yaw' }], issued: { 'date-parts': [[2020]] } }]));
  const client = new LspClient({});
  await client.initialize({ settings: { bibliography: [path.join(dir, 'zotero.json')] } }, false);
  await client.request<any>('policyWriter/reindex', {});
  const uri = pathToFileURL(path.join(dir, 'brief.md')).href;
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Corridors matter [@boateng2020] and [@nobody1999].\n' } });
  const params = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
  const unknown = params.diagnostics.filter((d: any) => d.code === 'citation.unknown-key').map((d: any) => d.message);
  assert.equal(unknown.length, 1, JSON.stringify(unknown));
  assert.match(unknown[0], /nobody1999/);
  await client.shutdown();
});
