import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { LspClient, positionOf } from '../helpers/lspClient.js';

let dir: string;
let client: LspClient;

before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pw-lsp-'));
  const extra = path.join(dir, 'sources');
  mkdirSync(extra);
  // A document the code has never seen, saved as GB18030 the way many Chinese tools still do.
  const gbText = '# 图们江区域合作新进展\n\n据统计，图们江区域的跨境贸易额在2021年达到约45亿美元，比上年增长12%。\n';
  writeFileSync(path.join(extra, 'zhao2021_tumen.txt'), iconv.encode(gbText, 'gb18030'));
  writeFileSync(path.join(extra, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(extra, 'refs.bib'), '@report{zhao2021, title={图们江区域合作新进展}, author={赵 六}, year={2021}}\n');
  client = new LspClient({ corpus: { paths: ['sources'] } }, dir);
  await client.initialize();
});

after(async () => {
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

test('indexes the five bundled documents plus the configured folder, GB18030 included, and survives an undecodable file', async () => {
  const report = await client.request<any>('policyWriter/reindex', {});
  const keys = report.files.filter((f: any) => f.status === 'ok').map((f: any) => f.key).sort();
  for (const k of ['ba2024', 'nea-minilateralism', 'peninsula-cooperation', 'piao2022', 'wang2018', 'zhao2021']) assert.ok(keys.includes(k), `${k} missing from ${keys}`);
  const gb = report.files.find((f: any) => f.key === 'zhao2021');
  assert.equal(gb.encoding, 'gb18030');
  assert.equal(gb.title, '图们江区域合作新进展');
  const broken = report.files.find((f: any) => f.path.endsWith('broken.txt'));
  assert.equal(broken.status, 'failed');
  assert.ok(report.problems.some((p: any) => p.path.endsWith('broken.txt') && /binary|UTF-8/.test(p.message)));
  await client.waitFor('window/logMessage', (p) => /broken\.txt/.test(p.message));
});

test('hovering a citation key shows the reference, for bundled and user references', async () => {
  const uri = pathToFileURL(path.join(dir, 'draft.md')).href;
  const text = '# 简报\n\n中日韩合作[@ba2024, p. 3]与图们江[@zhao2021]。\n';
  await client.open(uri, text);
  const h1 = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'ba2024', 2) });
  assert.match(h1.contents.value, /巴殿君/);
  assert.match(h1.contents.value, /中日韩合作的发展、困境与前景/);
  const h2 = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'zhao2021', 1) });
  assert.match(h2.contents.value, /赵六/);
  const none = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '简报') });
  assert.equal(none, null);
});

test('requests for documents never opened and positions past the end answer empty', async () => {
  const never = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } });
  assert.equal(never, null);
  const uri = pathToFileURL(path.join(dir, 'short.md')).href;
  await client.open(uri, 'x');
  const past = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: 99 } });
  assert.equal(past, null);
});
