import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
