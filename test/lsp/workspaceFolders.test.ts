import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient.js';

/*
 * A multi-root workspace: policyWriter.corpus.paths is resource-scoped, so each folder names its
 * own corpus folders, relative to itself; the index holds every folder's. Both folders have a
 * 'sources' and a 'refs' subfolder, so a path resolved against the wrong folder would show.
 */
function workspace(): { a: string; b: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-multiroot-'));
  const make = (folder: string, sub: string, key: string) => {
    mkdirSync(path.join(root, folder, sub), { recursive: true });
    writeFileSync(path.join(root, folder, sub, `${key}_note.txt`), `${key}: the corridor carried 1.2 million tonnes of freight in 2023.\n`);
  };
  make('a', 'sources', 'asrc2023');
  make('a', 'refs', 'aref2023');
  make('b', 'sources', 'bsrc2023');
  make('b', 'refs', 'bref2023');
  return { a: path.join(root, 'a'), b: path.join(root, 'b') };
}

const folder = (p: string) => ({ uri: pathToFileURL(p).href, name: path.basename(p) });
const keys = (report: { files: { key?: string }[] }) => report.files.map((f) => f.key).filter(Boolean).sort();

test("each workspace folder's relative corpus paths are resolved against that folder only", async () => {
  const { a, b } = workspace();
  const client = new LspClient({ corpus: { includeBundled: false } });
  client.scoped[pathToFileURL(a).href] = { corpus: { includeBundled: false, paths: ['sources'] } };
  client.scoped[pathToFileURL(b).href] = { corpus: { includeBundled: false, paths: ['refs'] } };
  try {
    await client.initialize({}, true, {}, { rootUri: pathToFileURL(a).href, workspaceFolders: [folder(a), folder(b)] });
    const report = await client.request<any>('policyWriter/reindex', {});
    assert.deepEqual(keys(report), ['asrc2023', 'bref2023']);
  } finally {
    await client.shutdown();
  }
});

test('adding and removing a workspace folder re-indexes with its corpus in or out', async () => {
  const { a, b } = workspace();
  const client = new LspClient({ corpus: { includeBundled: false, paths: ['sources'] } });
  try {
    await client.initialize({}, true, { workspaceFolders: true }, { rootUri: pathToFileURL(a).href, workspaceFolders: [folder(a)] });
    assert.deepEqual(keys(await client.request<any>('policyWriter/reindex', {})), ['asrc2023']);
    const indexed = (expected: string[]) => async () => {
      // Asked again after each status notification, until a 30 s deadline.
      const start = Date.now();
      while (Date.now() - start < 30000) {
        const seen = client.notifications.length;
        const report = await client.request<any>('policyWriter/indexReport', {});
        if (JSON.stringify(keys(report)) === JSON.stringify(expected)) return;
        await client.waitFor('policyWriter/status', () => client.notifications.length > seen, Math.max(1, 30000 - (Date.now() - start))).catch(() => undefined);
      }
      assert.deepEqual(keys(await client.request<any>('policyWriter/indexReport', {})), expected);
    };
    await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder(b)], removed: [] } });
    await indexed(['asrc2023', 'bsrc2023'])();
    await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder(a)] } });
    await indexed(['bsrc2023'])();
  } finally {
    await client.shutdown();
  }
});
