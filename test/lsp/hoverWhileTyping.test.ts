import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, positionOf } from '../helpers/lspClient.js';

// #14 case 10: while typing in a draft with many figures, every hover checked the whole draft at
// once (about a second for 20,000 characters), so every other request waited behind it.
test('a hover on a draft whose check is not done waits for that check without holding other requests', async () => {
  const client = new LspClient({ corpus: { includeBundled: true } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  try {
    const uri = 'file:///tmp/pw-hover-typing.md';
    let text = '2022年中日韩的经济总规模约占世界经济总量的23.4% [@ba2024]。\n';
    for (let v = 0; v < 400; v++) text += `贸易额增长${v % 97}.${v % 7}%，${v % 30 === 29 ? '\n' : ''}`;
    await client.open(uri, text, 1);
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 60_000);
    const small = 'file:///tmp/pw-hover-small.md';
    await client.open(small, '“双轨制”仍是重要思路。', 1);
    // A keystroke at the end: the check of version 2 waits for its debounce.
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    void client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: end, end }, text: '，' }] });
    const order: string[] = [];
    const figureHover = client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '23.4%', 1) }).then((h) => (order.push('figure'), h));
    const other = client.request<any>('textDocument/hover', { textDocument: { uri: small }, position: positionOf('“双轨制”仍是重要思路。', '双轨制', 1) }).then((h) => (order.push('other'), h));
    const [figure, term] = await Promise.all([figureHover, other]);
    assert.deepEqual(order, ['other', 'figure'], 'the other request was answered first');
    assert.ok(term, 'the other hover has its answer');
    // The figure hover still has the verdict, from the check of version 2.
    assert.match(figure?.contents.value ?? '', /^\*\*23\\\.4%\*\* · supported/);
  } finally {
    await client.shutdown();
  }
});
