import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf } from '../helpers/lspClient.js';

// policyWriter.citationStyle through the real server: the hover on a citation and
// policyWriter/formatReference ("Insert bibliography entry") format the draft's own references.
const BIB = '@article{li2020,\n  author = {李, 明 and 张, 伟},\n  title = {东北亚区域合作的新进展},\n  journal = {东北亚论坛},\n  year = {2020},\n  volume = {29},\n  number = {3},\n  pages = {15--28}\n}\n';

test('a GB/T 7714 hover and bibliography entry for a key of the draft\'s own Better BibTeX export; a style that does not exist is shown to the user', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-style-'));
  writeFileSync(path.join(root, 'refs.bib'), BIB);
  const client = new LspClient({ corpus: { includeBundled: false }, citationStyle: 'gb-t-7714-2015-numeric', diagnostics: { debounceMs: 10 } }, root);
  try {
    await client.initialize();
    await client.request('policyWriter/reindex', {});
    const uri = pathToFileURL(path.join(root, 'brief.md')).href;
    const text = '---\nbibliography: refs.bib\n---\n\n合作取得进展[@li2020]。\n';
    await client.open(uri, text);
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics.filter((d: any) => d.code === 'citation.unknown-key'), []);
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'li2020', 1) });
    // Escaped for Markdown; unescaped, the entry as the style writes it.
    assert.ok(hover.contents.value.replace(/\\(.)/g, '$1').includes('[1] 李明, 张伟. 东北亚区域合作的新进展[J]. 东北亚论坛, 2020, 29(3): 15-28.'), hover.contents.value);
    const entry = await client.request<any>('policyWriter/formatReference', { key: 'li2020', uri });
    assert.deepEqual(entry, { key: 'li2020', style: 'gb-t-7714-2015-numeric', text: '[1] 李明, 张伟. 东北亚区域合作的新进展[J]. 东北亚论坛, 2020, 29(3): 15-28.' });
    assert.equal(await client.request('policyWriter/formatReference', { key: 'nobody', uri }), null);

    client.settings = { corpus: { includeBundled: false }, citationStyle: 'harvard' };
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    const shown = await client.waitFor('window/showMessage', (p) => /no style is called "harvard"/.test(p.message)).catch(() => client.waitFor('window/showMessageRequest', (p) => /no style is called "harvard"/.test(p.message)));
    assert.ok(shown);
    const plain = await client.request<any>('policyWriter/formatReference', { key: 'li2020', uri });
    assert.equal(plain.style, 'plain');
  } finally {
    await client.shutdown();
  }
});
