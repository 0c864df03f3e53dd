import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient.js';

// #14 case 6: a link to /etc indexed files from /etc, and a link to /etc/passwd was returned by Search corpus.
test('symbolic links out of the corpus folders are not followed, in the listing or from file events, and are in the index report', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-symlinks-'));
  const corpus = path.join(root, 'corpus');
  const outside = path.join(root, 'private');
  mkdirSync(path.join(corpus, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(corpus, 'good_doc.txt'), '所谓“港口走廊”，是指连接罗津港与珲春的物流通道。');
  writeFileSync(path.join(corpus, 'sub', 'inner_doc.txt'), '所谓“内陆通道”，是指连接两省的铁路。');
  writeFileSync(path.join(outside, 'secret.txt'), '所谓“机密术语”，是指不应出现的内容。');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'secret-link.txt'));
  symlinkSync(outside, path.join(corpus, 'private-link'));
  symlinkSync(path.join(corpus, 'sub', 'inner_doc.txt'), path.join(corpus, 'inner-link.txt'));

  const client = new LspClient({ corpus: { paths: [corpus], includeBundled: false } });
  await client.initialize({}, true, { didChangeWatchedFiles: { dynamicRegistration: true } });
  try {
    const report = await client.request<any>('policyWriter/reindex', {});
    const paths = report.files.map((f: any) => f.path).sort();
    assert.deepEqual(paths, [path.join(corpus, 'good_doc.txt'), path.join(corpus, 'sub', 'inner_doc.txt')], 'no file from outside, and a linked file once');
    const notFollowed = report.problems.filter((p: any) => /outside the corpus folders/.test(p.message)).map((p: any) => p.path).sort();
    assert.deepEqual(notFollowed, [path.join(corpus, 'private-link'), path.join(corpus, 'secret-link.txt')]);
    assert.ok((await client.request<any[]>('policyWriter/searchCorpus', { query: '港口走廊' })).length > 0, 'search finds what is in the corpus');
    assert.deepEqual(await client.request('policyWriter/searchCorpus', { query: '机密术语' }), []);

    // A link made after the first index, reported by the editor's file watcher with a legitimate file.
    symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'late-link.txt'));
    writeFileSync(path.join(corpus, 'late_doc.txt'), '所谓“沿海通道”，是指沿海的公路。');
    await client.notify('workspace/didChangeWatchedFiles', { changes: ['late-link.txt', 'late_doc.txt'].map((f) => ({ uri: pathToFileURL(path.join(corpus, f)).href, type: 1 })) });
    await client.waitFor('policyWriter/status', (p) => p.state === 'ready' && p.sources === 3);
    assert.deepEqual(await client.request('policyWriter/searchCorpus', { query: '机密术语' }), []);
    const after = await client.request<any>('policyWriter/indexReport', {});
    assert.ok(!after.files.some((f: any) => /late-link/.test(f.path)), 'the late link is not indexed');
    assert.ok(after.problems.some((p: any) => p.path === path.join(corpus, 'late-link.txt') && /outside the corpus folders/.test(p.message)));
  } finally {
    await client.shutdown();
  }
});
