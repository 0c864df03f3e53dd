import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { indexedClient, type LspClient } from '../helpers/lspClient.js';

let client: LspClient;
before(async () => {
  client = await indexedClient();
});
after(() => client.shutdown());

async function completeAtEnd(uri: string, text: string) {
  await client.open(uri, text);
  const lines = text.split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return client.request<any>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '@' } });
}

test('typing [@ba, [@巴 or [@badianjun offers ba2024 first, as an incomplete, ranked list', async () => {
  for (const [i, q] of ['ba', '巴', 'badianjun'].entries()) {
    const list = await completeAtEnd(`file:///tmp/pw-c-${i}.md`, `中日韩合作 [@${q}`);
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items[0].label, 'ba2024', `${q}: ${list.items.map((x: any) => x.label)}`);
    assert.equal(list.items[0].textEdit.newText, 'ba2024');
  }
});

test('the sentence being written ranks the source that contains its figure first', async () => {
  const list = await completeAtEnd('file:///tmp/pw-c-ctx.md', '截至2021年6月底，中国与东北亚国家累计双向投资金额超过2500亿美元[@');
  assert.equal(list.items[0].label, 'piao2022');
  assert.match(list.items[0].detail, /contains 超过2500亿美元/);
});

test('policyWriter/searchReferences serves the Insert citation quick pick', async () => {
  const hits = await client.request<any[]>('policyWriter/searchReferences', { query: 'wang' });
  assert.equal(hits[0].key, 'wang2018');
  assert.match(hits[0].title, /一带一路/);
});
