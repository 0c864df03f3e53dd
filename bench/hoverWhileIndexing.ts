import type { LspClient } from '../test/helpers/lspClient.js';

// A draft whose term the bundled glossary knows: a hover on it asks the server for real work.
const DRAFT = '在半岛问题上，“双轨制”与“双暂停”倡议仍是重要思路。\n';

/**
 * Opens a draft, starts a full re-index and hovers on a bundled term until it ends (at most 5,000
 * hovers): what a user typing during indexing waits for. Latencies in ms, and how long indexing took.
 */
export async function hoversWhileIndexing<T>(client: LspClient, uri: string): Promise<{ samples: number[]; indexingMs: number; summary: T }> {
  await client.open(uri, DRAFT);
  const indexing = client.request<T>('policyWriter/reindex', {});
  let done = false;
  void indexing.then(() => (done = true));
  const samples: number[] = [];
  const t0 = performance.now();
  while (!done && samples.length < 5000) {
    const s = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9 } });
    samples.push(performance.now() - s);
  }
  const summary = await indexing;
  return { samples, indexingMs: performance.now() - t0, summary };
}
