import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { createConnection } from 'vscode-languageserver/node.js';
import { createGuard } from '../../server/src/lsp/guard.js';
import { registerCustomRequests, type CustomRequests } from '../../server/src/lsp/customRequests.js';
import type { CorpusSummary } from '../../server/src/core/index.js';

// The policyWriter/* requests as the server registers them, over a real JSON-RPC connection in
// memory, with handlers that fail on purpose: the client gets an error, the server keeps serving.
const SUMMARY = { sources: 1 } as CorpusSummary;
const logged: string[] = [];
const requests: CustomRequests = {
  indexReport: () => SUMMARY,
  reindex: async () => {
    throw new Error('disk on fire');
  },
  searchReferences: (query, limit) => [{ key: `${query}:${limit}`, title: '', detail: '' }],
  searchCorpus: () => [],
  figureReport: (uri) => {
    throw new Error(`no report for ${uri}`);
  },
  formatReference: (key, uri) => (key ? { key, style: 'apa', text: `${key} in ${uri || 'no draft'}` } : null),
  sourceText: () => null,
};

const toServer = new PassThrough();
const toClient = new PassThrough();
// Reader and writer, not streams: given streams, the library exits the process when they close.
const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
registerCustomRequests(server, requests, createGuard({ info() {}, warn() {}, error: (m) => logged.push(m) }));
server.listen();
const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
client.listen();
after(() => {
  client.dispose();
  server.dispose();
});

test('a custom request whose handler throws is answered with an error naming it, logged, and the server still answers', async () => {
  await assert.rejects(client.sendRequest('policyWriter/figureReport', { uri: 'file:///d.md' }), (err: any) => err.code === -32603 && /policyWriter\/figureReport/.test(err.message) && /no report for file:\/\/\/d\.md/.test(err.message));
  assert.match(logged.join('\n'), /no report for file:\/\/\/d\.md/);
  assert.deepEqual(await client.sendRequest('policyWriter/indexReport'), SUMMARY);
});

test('an async custom request that rejects is answered with an error too', async () => {
  await assert.rejects(client.sendRequest('policyWriter/reindex', {}), (err: any) => err.code === -32603 && /disk on fire/.test(err.message));
  assert.match(logged.join('\n'), /disk on fire/);
  assert.deepEqual(await client.sendRequest('policyWriter/searchReferences', { query: 'ba', limit: 500 }), [{ key: 'ba:200', title: '', detail: '' }], 'params are checked: the limit is capped');
});

test("the editor's own requests get their empty answer instead of an error", () => {
  const guard = createGuard({ info() {}, warn() {}, error: (m) => logged.push(m) });
  const hover = guard((): string | null => {
    throw new Error('hover broke');
  }, null);
  assert.equal(hover({}, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) }), null);
  assert.match(logged.at(-1)!, /hover broke/);
});

test('policyWriter/formatReference passes a key and a draft uri, checked as strings', async () => {
  assert.deepEqual(await client.sendRequest('policyWriter/formatReference', { key: 'li2020', uri: 'file:///d.md' }), { key: 'li2020', style: 'apa', text: 'li2020 in file:///d.md' });
  assert.equal(await client.sendRequest('policyWriter/formatReference', { key: 42 }), null);
});
