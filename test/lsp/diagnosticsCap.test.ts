import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from '../helpers/lspClient.js';

/*
 * #14, case 3: `见[@a]。` x 100,000 sent 24.7 MB of diagnostics, one per citation. The editor gets
 * at most a few hundred per draft and one more saying how many are not shown and where to see
 * them all (the command line still reports every one).
 */
test('diagnostics per draft are capped, with one saying how many more there are', async () => {
  const client = new LspClient({ diagnostics: { debounceMs: 10 } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  const uri = 'file:///tmp/pw-diag-cap.md';
  const n = 2000;
  await client.open(uri, '见[@nosuchkey]。'.repeat(n));
  const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 60000);
  assert.ok(diagnostics.length < 1000, `${diagnostics.length} diagnostics for ${n} unknown citations`);
  const shown = diagnostics.length - 1;
  assert.ok(diagnostics.slice(0, shown).every((d: any) => d.code === 'citation.unknown-key'));
  const summary = diagnostics[shown];
  assert.equal(summary.code, 'draft.more-findings');
  assert.ok(summary.message.includes(String(n - shown)), summary.message);
  assert.match(summary.message, /policy-writer check/);
  // It stands where the first diagnostic left out would have been.
  assert.deepEqual(summary.range.start, { line: 0, character: shown * '见[@nosuchkey]。'.length + 3 });
  await client.shutdown();
});
