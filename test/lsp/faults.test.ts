import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, positionOf } from '../helpers/lspClient.js';

let client: LspClient;
const uri = 'file:///tmp/pw-faults.md';
const text = '“双轨制”与中日韩合作 [@ba2024]。\r\n😀😀 高达120个项目。\n';

before(async () => {
  client = new LspClient({ diagnostics: { debounceMs: 5 } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  await client.open(uri, text);
});
after(() => client.shutdown());

async function stillAnswers(): Promise<void> {
  const h = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '双轨制', 1) });
  assert.match(h.contents.value, /双轨制/);
}

test('an unknown method gets MethodNotFound and the server keeps serving', async () => {
  await assert.rejects(client.request('policyWriter/noSuchThing', {}), (err: any) => err.code === -32601);
  await client.conn.sendNotification('policyWriter/noSuchNotification', {});
  await stillAnswers();
});

test('a cancelled request does not break the server', async () => {
  const { CancellationTokenSource } = await import('vscode-jsonrpc/node.js');
  const source = new CancellationTokenSource();
  const pending = client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }, source.token).catch((e: any) => e);
  source.cancel();
  await pending;
  await stillAnswers();
});

test('positions stay right in UTF-16 after emoji and with CRLF line endings', async () => {
  const h = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '120个', 1) });
  assert.ok(h, 'hover on the figure after two surrogate pairs');
  assert.deepEqual(h.range.start, positionOf(text, '120个'));
});

test('1,000 edits in a burst: the server stays responsive and publishes diagnostics for the last version only', async () => {
  const burst = 'file:///tmp/pw-burst.md';
  await client.open(burst, '', 0);
  for (let v = 1; v <= 1000; v++) {
    void client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: burst, version: v },
      contentChanges: [{ range: { start: { line: 0, character: v - 1 }, end: { line: 0, character: v - 1 } }, text: 'x' }],
    });
  }
  await stillAnswers();
  const last = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === burst && p.version === 1000);
  assert.deepEqual(last.diagnostics, []);
  const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as any).uri === burst);
  assert.ok(published.length < 50, `debounced: ${published.length} publications for 1000 edits`);
});

test('a 1 MB draft is checked in slices and the server still answers', async () => {
  const big = 'file:///tmp/pw-big.md';
  const line = '2022年中日韩的经济总规模约占世界经济总量的23.4% [@ba2024]。在新冠疫情之前，人员交流超过3000万人次。\n';
  await client.open(big, line.repeat(Math.ceil(1_000_000 / line.length)));
  await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === big, 60_000);
  await stillAnswers();
});
