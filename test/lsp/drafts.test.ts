import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient.js';

// Drafts are never indexed as sources, through the real server: a project folder used as the
// corpus, with its drafts in drafts/ and a source opened in the editor as if it were a draft.

const SOURCE = '---\nid: mensah2022\ntitle: Ports of West Africa\n---\n\nIn 2021 the port of Tema handled 1.5 million TEU, and Lomé handled 1.7 million TEU.\n';
const DRAFT = 'In 2021 the port of Tema handled 1.5 million TEU [@mensah2022].\nIn 2021 the port of Tema handled 2.9 million TEU.\n';

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-drafts-'));
  mkdirSync(path.join(root, 'drafts'));
  mkdirSync(path.join(root, 'wip'));
  writeFileSync(path.join(root, 'mensah2022.md'), SOURCE);
  writeFileSync(path.join(root, 'drafts', 'brief.md'), DRAFT);
  writeFileSync(path.join(root, 'wip', 'notes.md'), 'In 2021 the port of Tema handled 2.9 million TEU.\n');
  return root;
}

/** Runs the body, and shuts the server down even when an assertion fails (else the test run hangs). */
async function using(client: LspClient, body: () => Promise<void>): Promise<void> {
  try {
    await client.initialize();
    await body();
  } finally {
    await client.shutdown();
  }
}

async function diagnostics(client: LspClient, file: string, text: string): Promise<any[]> {
  const uri = pathToFileURL(file).href;
  await client.open(uri, text);
  return (await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri)).diagnostics;
}

test('drafts/ is left out of a corpus folder by default, and corpus.exclude adds patterns', async () => {
  const root = project();
  const client = new LspClient({ corpus: { paths: [root], includeBundled: false }, diagnostics: { debounceMs: 10 } }, root);
  await using(client, async () => {
    const report = await client.request<any>('policyWriter/reindex', {});
    assert.equal(report.sources, 2, 'mensah2022.md and wip/notes.md; not drafts/brief.md');
    // wip/notes.md says 2.9 million: while it is a source, the draft's wrong figure is "supported".
    const before = await diagnostics(client, path.join(root, 'drafts', 'brief.md'), DRAFT);
    assert.ok(!before.some((d) => d.range.start.line === 1 && d.code === 'figure.contradicted'), JSON.stringify(before));
    client.settings = { corpus: { paths: [root], includeBundled: false, exclude: ['**/drafts/**', 'wip'] }, diagnostics: { debounceMs: 10 } };
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor('window/logMessage', (p) => /indexed 1 sources/.test(p.message));
    assert.equal((await client.request<any>('policyWriter/indexReport', {})).sources, 1);
  });
});

test('policy-writer.json names exclusions for the editor too', async () => {
  const root = project();
  writeFileSync(path.join(root, 'policy-writer.json'), JSON.stringify({ corpus: { paths: ['.'], includeBundled: false, exclude: ['drafts/**', 'wip/**'] } }));
  const client = new LspClient({}, root);
  await using(client, async () => assert.equal((await client.request<any>('policyWriter/reindex', {})).sources, 1));
});

test('a corpus source opened in the editor is checked against the rest of the corpus, never against itself', async () => {
  const root = project();
  const client = new LspClient({ corpus: { paths: [root], includeBundled: false, exclude: ['**/drafts/**', 'wip'] }, diagnostics: { debounceMs: 10 } }, root);
  await using(client, async () => {
    assert.equal((await client.request<any>('policyWriter/reindex', {})).sources, 1);
    const own = await diagnostics(client, path.join(root, 'mensah2022.md'), SOURCE);
    // Nothing else in the corpus gives these figures: unsupported, not "supported by @mensah2022".
    assert.ok(own.length >= 2 && own.every((d) => d.code === 'figure.unsupported'), JSON.stringify(own.map((d) => [d.code, d.message])));
    // A draft elsewhere still has the source: its figure is backed, the wrong one contradicted.
    const draft = await diagnostics(client, path.join(root, 'drafts', 'brief.md'), DRAFT);
    assert.deepEqual(draft.map((d) => [d.range.start.line, d.code]), [[1, 'figure.contradicted']]);
  });
});

test('a policy-writer.json that cannot be read is shown to the user, once, with where it fails', async () => {
  const root = project();
  writeFileSync(path.join(root, 'policy-writer.json'), '{"corpus": {"paths": ["."] "includeBundled": false}}');
  const client = new LspClient({}, root);
  await using(client, async () => {
    await client.request<any>('policyWriter/reindex', {});
    const shown = await client.waitFor('window/showMessageRequest', (p) => /policy-writer\.json is not valid JSON: a comma \(,\) is missing between two entries \(CommaExpected\) at line 1, column \d+/.test(p.message));
    assert.equal(shown.type, 2);
    // Settings are read again on every change: the same problem is not shown twice.
    await client.request<any>('policyWriter/reindex', {});
    assert.equal(client.notifications.filter((n) => n.method === 'window/showMessageRequest' && /policy-writer\.json/.test((n.params as { message: string }).message)).length, 1);
  });
});
