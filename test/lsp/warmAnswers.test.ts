import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deserialize } from 'node:v8';
import { LspClient, positionOf } from '../helpers/lspClient.js';

// A warm start (a new server on a complete cache, reusing the cached indexes and the kept name
// counts) must answer hovers, completions and figure checks as a cold index of the same files does,
// also after files changed, went or came while no server ran, and when the cache files are
// damaged. Invented texts.

const SOURCES: Record<string, string> = {
  'lin2021_ports.md': '---\nid: lin2021\ntitle: 港口合作年报\n---\n\n所谓“冰雪丝路合作机制”，是指沿线港口共同开发北极航道的安排。\n\n2021年，冰雪丝路合作机制下的集装箱吞吐量达到350万标箱，同比增长12.5%。\n',
  'zhao2022_trade.md': '---\nid: zhao2022\ntitle: 边境贸易观察\n---\n\n所谓“图们江口岸联检制度”，是指口岸各部门一次查验、一次放行的做法。\n\n2022年，边境贸易额达到48.6亿美元，占全省外贸的17.3%。冰雪丝路合作机制带动航运收入增长8.1%。\n',
  'he2023_energy.md': '---\nid: he2023\ntitle: 能源通道评估\n---\n\n所谓“东北亚电网互联倡议”，是指各国电网跨境联网、余缺互济的设想。\n\n2023年，跨境输电量为126亿千瓦时，比上年增长6.4%。\n',
  'qin2020_fish.md': '---\nid: qin2020\ntitle: 渔业资源报告\n---\n\n所谓“北太平洋渔业养护框架”，是指相关国家共同限定捕捞总量的安排。\n\n2020年，框架内捕捞总量下降3.2%，为410万吨。\n',
};

const DRAFT = [
  '冰雪丝路合作机制与图们江口岸联检制度都值得关注。',
  '东北亚电网互联倡议和北太平洋渔业养护框架也是如此。',
  '2021年，集装箱吞吐量达到350万标箱，同比增长12.5%[@lin2021]。',
  '边境贸易额占全省外贸的19.3%[@zhao2022]。',
  '跨境输电量为126亿千瓦时[@he2023]。',
  '捕捞总量为410万吨[@qin2020]。',
  '另见[@',
].join('\n');

const HOVER_AT = ['冰雪丝路合作机制', '图们江口岸联检制度', '东北亚电网互联倡议', '北太平洋渔业养护框架', '12.5%', '19.3%', '126亿', '410万吨'];

/** Everything a writer sees of the corpus in the draft: diagnostics, hovers on its terms and figures, completion of a key. */
async function answers(storagePath: string, corpus: string): Promise<{ answers: unknown; logs: string[] }> {
  const client = new LspClient({ corpus: { paths: [corpus], includeBundled: false } });
  await client.initialize({ storagePath });
  await client.waitFor('window/logMessage', (p) => p.message.startsWith('indexed '), 60000);
  const uri = 'file:///tmp/pw-warm-answers-draft.md';
  await client.open(uri, DRAFT);
  const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 60000);
  const diagnostics = published.diagnostics.map((d: any) => `${d.range.start.line}:${d.range.start.character} ${d.code ?? ''} ${d.message}`);
  const hovers: Record<string, string | null> = {};
  for (const at of HOVER_AT) {
    const h = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, at, 1) });
    hovers[at] = h ? JSON.stringify(h.contents) : null;
  }
  const completion = await client.request<any>('textDocument/completion', { textDocument: { uri }, position: positionOf(DRAFT, '另见[@', 4) });
  const items = (Array.isArray(completion) ? completion : (completion?.items ?? [])).map((i: any) => `${i.label} ${i.detail ?? ''}`).sort();
  await client.shutdown();
  return { answers: { diagnostics, hovers, items }, logs: client.logs };
}

function corpusWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-warm-corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const storage = () => mkdtempSync(path.join(os.tmpdir(), 'pw-warm-storage-'));
const fromCache = (logs: string[]) => Number(/\((\d+) files from the cache\)/.exec(logs.find((l) => l.startsWith('indexed ')) ?? '')?.[1]);

test('a warm start answers hovers, completion and figure checks as the cold index did', async () => {
  const corpus = corpusWith(SOURCES);
  const store = storage();
  const cold = await answers(store, corpus);
  assert.equal(fromCache(cold.logs), 0);
  // The image of the whole index (index.image) the warm start reads instead of a record per file.
  assert.ok(existsSync(path.join(store, 'index-cache', 'index.image')));
  const hovers = (cold.answers as { hovers: Record<string, string | null> }).hovers;
  for (const term of HOVER_AT.slice(0, 4)) assert.ok(hovers[term], `no hover on ${term}`);
  assert.ok(hovers['19.3%'], 'no figure hover');
  const warm = await answers(store, corpus);
  assert.equal(fromCache(warm.logs), 4);
  assert.deepEqual(warm.answers, cold.answers);
  // The glossary and figure index came with the image, not rebuilt from the documents.
  assert.ok(!cold.logs.some((l) => TAKEN.test(l)));
  assert.ok(warm.logs.some((l) => TAKEN.test(l)), warm.logs.join('\n'));
  // And once more: the second warm start reads what the first one kept.
  const again = await answers(store, corpus);
  assert.deepEqual(again.answers, cold.answers);
  assert.ok(again.logs.some((l) => TAKEN.test(l)), again.logs.join('\n'));
});

const TAKEN = /glossary and figure index taken from the index image/;

test('a damaged glossary and figure index in the index image are reported and built from the documents: same answers', async () => {
  const corpus = corpusWith(SOURCES);
  const store = storage();
  const cold = await answers(store, corpus);
  // The part that holds them: where the image's header (found from its last 44 bytes) says it is.
  const file = path.join(store, 'index-cache', 'index.image');
  const bytes = readFileSync(file);
  const tail = bytes.subarray(bytes.length - 44);
  const start = tail.readDoubleLE(32);
  const header = deserialize(bytes.subarray(start, start + tail.readUInt32LE(40))) as { derived?: [number, number] };
  assert.ok(header.derived, 'the image holds a glossary and figure index');
  for (let i = header.derived[0] + 8; i < header.derived[0] + header.derived[1]; i += 61) bytes[i] ^= 0x5a;
  writeFileSync(file, bytes);
  const warm = await answers(store, corpus);
  assert.equal(fromCache(warm.logs), 4);
  assert.ok(warm.logs.some((l) => /its glossary and figure index are damaged/.test(l)), warm.logs.join('\n'));
  assert.ok(!warm.logs.some((l) => TAKEN.test(l)));
  assert.deepEqual(warm.answers, cold.answers);
  // Written anew at that run's end: the next start takes them again.
  const next = await answers(store, corpus);
  assert.ok(next.logs.some((l) => TAKEN.test(l)), next.logs.join('\n'));
  assert.deepEqual(next.answers, cold.answers);
});

test('with a curated glossary (never kept in the image) a warm start builds the glossary, and leaves an image of the same files as it is', async () => {
  const corpus = corpusWith({
    ...SOURCES,
    'glossary.yaml': 'terms:\n  - term: 冰雪丝路合作机制\n    aliases: [冰上丝路机制]\n    definition: 沿线港口共同开发北极航道的合作安排。\n',
  });
  const store = storage();
  const cold = await answers(store, corpus);
  const image = path.join(store, 'index-cache', 'index.image');
  const written = statSync(image).mtimeMs;
  const warm = await answers(store, corpus);
  assert.deepEqual(warm.answers, cold.answers);
  assert.ok(!warm.logs.some((l) => TAKEN.test(l)));
  assert.equal(statSync(image).mtimeMs, written, 'the image is not written again');
});

test('files changed, removed and added while no server ran are picked up by the warm start', async () => {
  const corpus = corpusWith(SOURCES);
  const store = storage();
  await answers(store, corpus);
  // A changed figure and a renamed term, a file gone, a file new.
  writeFileSync(path.join(corpus, 'zhao2022_trade.md'), SOURCES['zhao2022_trade.md'].replace('17.3%', '19.3%').replace('图们江口岸联检制度', '图们江口岸通关制度'));
  rmSync(path.join(corpus, 'qin2020_fish.md'));
  writeFileSync(path.join(corpus, 'wu2024_grid.md'), '---\nid: wu2024\ntitle: 电网互联进展\n---\n\n东北亚电网互联倡议推动跨境输电量增至126亿千瓦时。所谓“北太平洋渔业养护框架”，是指各方限定捕捞总量的新安排。\n');
  const warm = await answers(store, corpus);
  assert.equal(fromCache(warm.logs), 2);
  const cold = await answers(storage(), corpus);
  assert.deepEqual(warm.answers, cold.answers);
  const hovers = (warm.answers as { hovers: Record<string, string | null> }).hovers;
  assert.equal(hovers['图们江口岸联检制度'], null, 'the renamed term is gone');
  assert.match(hovers['北太平洋渔业养护框架'] ?? '', /wu2024/);
});

test('a same-size edit with the old modification time restored is not served from the index image', async () => {
  const corpus = corpusWith(SOURCES);
  const store = storage();
  await answers(store, corpus);
  const file = path.join(corpus, 'zhao2022_trade.md');
  const { atime, mtime, size } = statSync(file);
  writeFileSync(file, SOURCES['zhao2022_trade.md'].replace('17.3%', '19.3%'));
  utimesSync(file, atime, mtime);
  assert.equal(statSync(file).size, size);
  const warm = await answers(store, corpus);
  assert.equal(fromCache(warm.logs), 3);
  assert.deepEqual(warm.answers, (await answers(storage(), corpus)).answers);
});

test('a damaged cache (index pack, kept counts, index image) is read around and rebuilt: same answers, no crash', async () => {
  const corpus = corpusWith(SOURCES);
  const store = storage();
  const cold = await answers(store, corpus);
  const cache = path.join(store, 'index-cache');
  for (const name of ['index.pack', 'index.counts', 'index.image']) {
    const file = path.join(cache, name);
    const bytes = readFileSync(file);
    for (let i = Math.floor(bytes.length / 3); i < bytes.length; i += 97) bytes[i] ^= 0x5a;
    writeFileSync(file, bytes);
  }
  const damaged = await answers(store, corpus);
  assert.deepEqual(damaged.answers, cold.answers);
  assert.ok(damaged.logs.some((l) => /index\.counts is damaged/.test(l)), damaged.logs.join('\n'));
  assert.ok(damaged.logs.some((l) => /index\.image is damaged/.test(l)), damaged.logs.join('\n'));
  // Rebuilt at that run's end: the next start reads every file from the cache again.
  const next = await answers(store, corpus);
  assert.equal(fromCache(next.logs), 4);
  assert.deepEqual(next.answers, cold.answers);
});
