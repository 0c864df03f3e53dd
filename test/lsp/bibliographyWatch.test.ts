import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient.js';

// Zotero with Better BibTeX keeps an auto-exported bibliography up to date on disk: a key added in
// Zotero appears in the file, never in the draft. The open draft's diagnostics follow the file
// without an edit to the draft (issue #15: "watched, so a Zotero auto-export is picked up").
const entry = (key: string, family: string) => `@article{${key},\n  author = {${family}, Ama},\n  title = {Inland ports},\n  journal = {Transport Review},\n  year = {2021}\n}\n`;

/** The unknown-key messages of the next diagnostics published for `uri` after notification `from`. */
async function unknownKeysAfter(client: LspClient, uri: string, from: number, predicate: (keys: string[]) => boolean): Promise<string[]> {
  const params = await client.waitFor('textDocument/publishDiagnostics', (p) => {
    if (p.uri !== uri || client.notifications.findIndex((n) => n.params === p) < from) return false;
    return predicate(unknownKeys(p));
  });
  return unknownKeys(params);
}
const unknownKeys = (p: any): string[] => p.diagnostics.filter((d: any) => d.code === 'citation.unknown-key').map((d: any) => /@(\S+?)[.:]?(\s|$)/.exec(d.message)?.[1] ?? d.message);

test('a Better BibTeX export outside the corpus named in front matter, rewritten by Zotero: the open draft is re-checked without an edit', { timeout: 60_000 }, async () => {
  const library = mkdtempSync(path.join(os.tmpdir(), 'pw-zotero-export-'));
  const drafts = mkdtempSync(path.join(os.tmpdir(), 'pw-zotero-draft-'));
  const bib = path.join(library, 'My Library.bib');
  writeFileSync(bib, entry('osei2021', 'Osei'));
  const client = new LspClient({ corpus: { includeBundled: false }, diagnostics: { debounceMs: 10 } }, drafts);
  try {
    await client.initialize();
    await client.request('policyWriter/reindex', {});
    const uri = pathToFileURL(path.join(drafts, 'brief.md')).href;
    await client.open(uri, `---\nbibliography: ${JSON.stringify(path.relative(drafts, bib))}\n---\n\nPorts [@osei2021] and rail [@mensah2022].\n`);
    assert.deepEqual(await unknownKeysAfter(client, uri, 0, () => true), ['mensah2022']);
    // Zotero adds the reference: Better BibTeX rewrites the whole file.
    let from = client.notifications.length;
    writeFileSync(bib, entry('osei2021', 'Osei') + entry('mensah2022', 'Mensah'));
    assert.deepEqual(await unknownKeysAfter(client, uri, from, (k) => k.length === 0, ), []);
    // An export written to a temporary file and renamed over the old one (as many tools save) is seen too.
    from = client.notifications.length;
    writeFileSync(bib + '.tmp', entry('mensah2022', 'Mensah'));
    renameSync(bib + '.tmp', bib);
    assert.deepEqual(await unknownKeysAfter(client, uri, from, (k) => k.length === 1), ['osei2021']);
  } finally {
    await client.shutdown();
    rmSync(library, { recursive: true, force: true });
    rmSync(drafts, { recursive: true, force: true });
  }
});

test('policyWriter.bibliography: a shared export that does not exist yet is picked up when Zotero first writes it', { timeout: 60_000 }, async () => {
  const library = mkdtempSync(path.join(os.tmpdir(), 'pw-zotero-shared-'));
  const json = path.join(library, 'zotero.json');
  const client = new LspClient({ corpus: { includeBundled: false }, bibliography: [json], diagnostics: { debounceMs: 10 } });
  try {
    await client.initialize();
    await client.request('policyWriter/reindex', {});
    const uri = pathToFileURL(path.join(library, 'brief.md')).href;
    await client.open(uri, 'Corridors matter [@boateng2020].\n');
    assert.deepEqual(await unknownKeysAfter(client, uri, 0, () => true), ['boateng2020']);
    const from = client.notifications.length;
    writeFileSync(json, JSON.stringify([{ id: 'boateng2020', type: 'report', title: 'Corridors', author: [{ family: 'Boateng', given: 'Yaw' }], issued: { 'date-parts': [[2020]] } }]));
    assert.deepEqual(await unknownKeysAfter(client, uri, from, (k) => k.length === 0), []);
  } finally {
    await client.shutdown();
    rmSync(library, { recursive: true, force: true });
  }
});
