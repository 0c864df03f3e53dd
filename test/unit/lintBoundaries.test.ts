import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

// The repository's own ESLint configuration (eslint.config.mjs), run on fixtures placed, by their
// file path, inside a layer: one that breaks the layer's boundary on purpose must fail, one that
// keeps it must pass.
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'lint');
const eslint = new ESLint({ cwd: ROOT });

async function lintAs(fixture: string, asFile: string): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(readFileSync(path.join(FIXTURES, fixture), 'utf8'), {
    filePath: path.join(ROOT, asFile),
  });
  return result;
}

const layerMessages = (r: ESLint.LintResult) =>
  r.messages.filter((m) => m.ruleId === 'policy-writer/layers').map((m) => `${m.line}: ${m.message}`);

test('a core file importing fs, the protocol, the node side or the lsp layer fails the lint, once per import', async () => {
  const result = await lintAs('coreBreaksBoundary.ts.txt', 'server/src/core/corpus/lintFixture.ts');
  assert.deepEqual(layerMessages(result), [
    '2: core touches no files or processes: it may not import node:fs',
    '3: core speaks no protocol: it may not import vscode-languageserver/node.js',
    '4: core imports only core (and data tables): not ../../workspace.js',
    '5: core imports only core (and data tables): not ../../lsp/toLsp.js',
  ]);
  assert.equal(result.errorCount, 4);
});

test('a core file importing core, a data table, a package and node:buffer passes', async () => {
  const result = await lintAs('coreKeepsBoundary.ts.txt', 'server/src/core/corpus/lintFixture.ts');
  assert.deepEqual(result.messages, []);
});

test('an lsp file importing fs or the node side (workspace, indexing) fails the lint', async () => {
  const result = await lintAs('lspBreaksBoundary.ts.txt', 'server/src/lsp/lintFixture.ts');
  assert.deepEqual(layerMessages(result), [
    '2: lsp reaches the machine through the node layer: it may not import node:fs',
    '3: lsp does not import the node side directly: not ../workspace.js',
    '4: lsp does not import the node side directly: not ../indexing/createFileIndexer.js',
  ]);
});

test('an lsp file importing protocol types, node:url, the core and toLsp passes', async () => {
  const result = await lintAs('lspKeepsBoundary.ts.txt', 'server/src/lsp/lintFixture.ts');
  assert.deepEqual(result.messages, []);
});

test('the same fixture that fails in core passes where the node side lives (the rule is by layer)', async () => {
  const result = await lintAs('lspBreaksBoundary.ts.txt', 'server/src/indexing/lintFixture.ts');
  assert.deepEqual(layerMessages(result), []);
});

test('the facade may use core, features and toLsp, but not the wiring, the node side or the protocol packages', async () => {
  const lint = async (code: string) =>
    layerMessages(
      (await eslint.lintText(code, { filePath: path.join(ROOT, 'server/src/analysis/lintFixture.ts') }))[0],
    );
  const fine = [
    "export * from '../core/index.js';",
    "export { hoverAt } from '../features/hover.js';",
    "export { draftRange } from '../lsp/toLsp.js';",
    "export type { CorpusHit } from '../protocol.js';",
  ].join('\n');
  assert.deepEqual(await lint(fine), []);
  const breaking = [
    "export { DiagnosticsPublisher } from '../diagnosticsPublisher.js';",
    "export { createGuard } from '../lsp/guard.js';",
    "export { listCorpusFiles } from '../workspace.js';",
    "export const later = () => import('../node/corpusIndexing.js');",
    "export { TextDocuments } from 'vscode-languageserver/node.js';",
  ].join('\n');
  assert.deepEqual(
    (await lint(breaking)).map((m) => m.split(':')[0]),
    ['1', '2', '3', '4', '5'],
    'each line is a breach',
  );
});

test('require() and dynamic import() are checked like import declarations', async () => {
  const code =
    "const fs = require('node:fs');\nexport const load = () => import('../../workspace.js');\nexport { fs };\n";
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'server/src/core/corpus/lintFixture.ts') });
  assert.deepEqual(layerMessages(result), [
    '1: core touches no files or processes: it may not import node:fs',
    '2: core imports only core (and data tables): not ../../workspace.js',
  ]);
});
