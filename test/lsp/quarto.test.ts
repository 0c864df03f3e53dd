import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, positionOf, ROOT } from '../helpers/lspClient.js';

// Quarto (.qmd) and R Markdown (.Rmd) drafts, opened under the language ids the Quarto and R
// extensions give them, get what Markdown drafts get: figure checks, citations, completion, hover.

const FIXTURE_CORPUS = path.join(ROOT, 'test', 'fixtures', 'figures', 'corpus');

const DRAFT = [
  '---',
  'title: "Corridor"',
  'format: html',
  '---',
  '',
  'Trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025], as @fig-map shows.',
  '',
  '```{r}',
  '#| label: fig-map',
  'trade <- 99 # billion dollars, 45 percent',
  '```',
  '',
  'The corridor carried 1.2 million tonnes of freight in 2023 [@kim2025]; see `r nrow(df)` rows, {{< var n >}} and \\@ref(tab:one).',
  'See [@ki',
].join('\n');

for (const [file, languageId] of [['brief.qmd', 'quarto'], ['brief.Rmd', 'rmd'], ['other.Rmd', 'quarto']]) {
  test(`${file} opened as ${languageId}: figures, citations, cross-references, chunks and completion`, async () => {
    const client = new LspClient({ corpus: { paths: [FIXTURE_CORPUS], includeBundled: false }, diagnostics: { debounceMs: 10 } });
    try {
      await client.initialize();
      await client.request('policyWriter/reindex', {});
      const uri = `file:///tmp/pw-quarto/${file}`;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: DRAFT } });
      const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      // The wrong figure in prose is found; the chunk's numbers, @fig-map, \@ref and the shortcode are not findings.
      assert.deepEqual(diagnostics.map((d: any) => [d.range.start.line, d.code]), [[5, 'figure.contradicted']], JSON.stringify(diagnostics.map((d: any) => d.message)));
      const completion = await client.request<any>('textDocument/completion', { textDocument: { uri }, position: positionOf(DRAFT, 'See [@ki', 8) });
      assert.ok((completion.items ?? completion).some((i: any) => i.label === 'kim2025'));
      const hover = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '$3 billion', 1) });
      assert.match(hover.contents.value, /2\.4 billion/);
    } finally {
      await client.shutdown();
    }
  });
}
