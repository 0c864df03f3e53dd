import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexedClient, ROOT, type LspClient } from '../helpers/lspClient.js';

let client: LspClient;
before(async () => {
  client = await indexedClient();
});
after(() => client.shutdown());

test('searchCorpus finds passages (with their original line) and references', async () => {
  const hits = await client.request<any[]>('policyWriter/searchCorpus', { query: '双轨制' });
  const passage = hits.find((h) => h.label.startsWith('@peninsula-cooperation:'));
  assert.ok(passage, JSON.stringify(hits.map((h) => h.label)));
  assert.match(passage.detail, /双轨制/);
  assert.match(passage.uri, /^file:.*peninsula-cooperation/);
  assert.ok(passage.line > 0);
  const refs = await client.request<any[]>('policyWriter/searchCorpus', { query: 'piao' });
  assert.ok(refs.some((h) => h.label.includes('@piao2022')));
});

test('figureReport lists every figure of a draft with its verdict, source and quote', async () => {
  const uri = 'file:///tmp/pw-report.md';
  await client.open(uri, '中日韩合作秘书处正在实施的合作项目高达120个 [@ba2024]。\n东北亚的物流成本是欧洲的两倍。\n');
  const rows = await client.request<any[]>('policyWriter/figureReport', { uri });
  assert.deepEqual(rows.map((r) => [r.figure, r.status, r.line]), [['120个', 'supported', 0], ['两倍', 'unsupported', 1]]);
  assert.equal(rows[0].source, 'ba2024');
  assert.match(rows[0].quote, /合作项目高达120个/);
});

test('figureReport on a corpus source lists what the index read from it, at original lines', async () => {
  const file = path.join(ROOT, 'corpus', 'piao2022_xinshiqi-dongbeiya-quyu-jingji-hezuo.txt');
  const rows = await client.request<any[]>('policyWriter/figureReport', { uri: pathToFileURL(file).href });
  assert.ok(rows.length > 20, `${rows.length} rows`);
  assert.ok(rows.every((r) => r.status === 'source' && typeof r.reading === 'string'));
  const cell = rows.find((r) => r.figure === '30.8');
  assert.ok(cell, 'a table cell is listed');
  assert.match(cell.reading, /^30\.8% · share · 2020 · JP · table cell$/);
  const original = readFileSync(file, 'utf8').split('\n')[cell.line];
  assert.match(original, /日本.*３０．８/, 'the line is the original one, fullwidth digits and all');
});
