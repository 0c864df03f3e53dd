import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, positionOf, ROOT } from '../helpers/lspClient.js';

const FIXTURE_CORPUS = path.join(ROOT, 'test', 'fixtures', 'figures', 'corpus');
let client: LspClient;

before(async () => {
  client = new LspClient({ corpus: { paths: [FIXTURE_CORPUS] }, diagnostics: { debounceMs: 10 } });
  await client.initialize();
  await client.request('policyWriter/reindex', {});
});

after(() => client.shutdown());

async function diagnosticsFor(uri: string, text: string, version = 1): Promise<any[]> {
  await client.open(uri, text, version);
  const params = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);
  return params.diagnostics;
}

test('figures in a draft get stable codes, quotes and related source locations', async () => {
  const uri = 'file:///tmp/pw-diag-1.md';
  const text = [
    'The Tumen Corridor carried 1.2 million tonnes of freight in 2023 [@kim2025].',
    'Cross-border trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].',
    'Fewer people crossed: freight on the corridor rose 18 percent on the previous year in 2023.',
    'Japan spent $55 billion on roads in 2024.',
    'See [@kimm2025].',
  ].join('\n');
  const diags = await diagnosticsFor(uri, text);
  const codes = diags.map((d) => d.code);
  assert.ok(!diags.some((d) => d.range.start.line === 0), 'a supported, cited figure has no diagnostic');
  const contradicted = diags.find((d) => d.code === 'figure.contradicted');
  assert.ok(contradicted, codes.join());
  assert.match(contradicted.message, /@kim2025 gives \$2\.4 billion \(2023\), the draft says \$3 billion/);
  assert.match(contradicted.relatedInformation[0].location.uri, /kim2025_tumen-logistics\.md$/);
  assert.equal(contradicted.relatedInformation[0].location.range.start.line, 14, 'original line of the source figure');
  assert.ok(codes.includes('figure.uncited'), codes.join());
  assert.ok(codes.includes('figure.unsupported'), codes.join());
  const unknown = diags.find((d) => d.code === 'citation.unknown-key');
  assert.match(unknown.message, /Did you mean @kim2025/);
});

test('quick fixes: add the citation, use the source figure, ignore the figure, fix a key', async () => {
  const uri = 'file:///tmp/pw-diag-2.md';
  const text = 'Freight on the Tumen Corridor rose 18 percent on the previous year in 2023.\nTrade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\nSee [@kimm2025].';
  const diags = await diagnosticsFor(uri, text);
  const actions = async (d: any) => client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const uncited = diags.find((d) => d.code === 'figure.uncited');
  const add = (await actions(uncited)).find((a) => a.title === 'Add citation [@kim2025]');
  const beforeFullStop = text.indexOf('.\n');
  assert.deepEqual(add.edit.changes[uri][0], { range: { start: { line: 0, character: beforeFullStop }, end: { line: 0, character: beforeFullStop } }, newText: ' [@kim2025]' });
  const contradicted = diags.find((d) => d.code === 'figure.contradicted');
  const fixes = await actions(contradicted);
  assert.ok(fixes.some((a) => a.title === "Use the source's figure: $2.4 billion" && a.edit.changes[uri][0].newText === '$2.4 billion'));
  const ignore = fixes.find((a) => a.title === 'Ignore this figure');
  assert.equal(ignore.edit.changes[uri][0].newText, '<!-- policy-writer-ignore -->');
  // Right after the figure, on its line: only that figure is silenced.
  assert.deepEqual(ignore.edit.changes[uri][0].range.start, { line: 1, character: text.split('\n')[1].indexOf(' in 2023') });
  const key = diags.find((d) => d.code === 'citation.unknown-key');
  assert.equal((await actions(key))[0].edit.changes[uri][0].newText, 'kim2025');
});

test('hover on a figure quotes its source', async () => {
  const uri = 'file:///tmp/pw-diag-3.md';
  const text = 'The Tumen Corridor carried 1.2 million tonnes of freight in 2023 [@kim2025].';
  await diagnosticsFor(uri, text);
  const h = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '1.2 million', 1) });
  assert.match(h.contents.value, /supported by its cited source/);
  assert.match(h.contents.value, /carried 1\.2 million tonnes of freight/);
});

test('an edit updates the diagnostics of the new version', async () => {
  const uri = 'file:///tmp/pw-diag-4.md';
  const first = await diagnosticsFor(uri, 'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].');
  assert.ok(first.some((d) => d.code === 'figure.contradicted'));
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: 'Trade at the Hunchun crossing reached $2.4 billion in 2023 [@kim2025].' }],
  });
  const params = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
  assert.deepEqual(params.diagnostics, []);
});

test("a draft's front-matter bibliography: its keys are no longer unknown, and completion offers them", async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const folder = mkdtempSync(path.join(tmpdir(), 'pw-diag-bib-'));
  writeFileSync(path.join(folder, 'refs.json'), JSON.stringify([{ id: 'mensah2022', title: 'Ports of West Africa', author: [{ family: 'Mensah', given: 'Kofi' }], issued: { 'date-parts': [[2022]] } }]));
  const uri = pathToFileURL(path.join(folder, 'brief.md')).href;
  const text = '---\nbibliography: refs.json\n---\n\nTema grew fast [@mensah2022]. See [@mens';
  const diagnostics = await diagnosticsFor(uri, text);
  assert.ok(!diagnostics.some((d) => d.code === 'citation.unknown-key' && /mensah2022/.test(d.message)), JSON.stringify(diagnostics));
  const completion = await client.request<any>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '[@mens', 6) });
  assert.ok((completion.items ?? completion).some((i: any) => i.label === 'mensah2022' || i.label?.label === 'mensah2022'));
});
