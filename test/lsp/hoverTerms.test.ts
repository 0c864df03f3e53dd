import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { indexedClient, positionOf, type LspClient } from '../helpers/lspClient.js';

// Terms the bundled corpus defines, each with a fragment of the definition a reader must see.
const EXPECTED: [string, RegExp][] = [
  ['双轨制', /半岛无核化与和平机制构建同时推进/],
  ['双暂停', /美韩停止军演和朝鲜停止核导开发/],
  ['中日韩+X', /中日韩\+X/],
  ['东亚悖论', /安全方面上依靠美国/],
  ['East Asian Paradox', /安全方面上依靠美国/],
  ['RCEP', /区域全面经济伙伴关系/],
  ['10+3', /东盟与中日韩/],
  ['大图们江开发计划', /联合国开发计划署/],
  ['GTI', /联合国开发计划署/],
  ['长吉图', /2010年正式颁布/],
  ['一带一路', /Belt and Road/],
  ['旧金山体制', /冷战时代遗产/],
  ['六方会谈', /中美朝韩俄日六方会谈/],
  ['中日韩合作秘书处', /2011年9月/],
  ['微边主义', /是指在地理位置上/],
  ['minilateralism', /是指在地理位置上/],
];

let client: LspClient;
const uri = 'file:///tmp/pw-hover-draft.md';
const draft = EXPECTED.map(([t], i) => `${i + 1}. 关于 ${t} 的讨论。`).join('\n');

before(async () => {
  client = await indexedClient();
  await client.open(uri, draft);
});

after(() => client.shutdown());

for (const [term, fragment] of EXPECTED) {
  test(`hover on ${term} gives a sourced definition`, async () => {
    const h = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, `关于 ${term}`, 4) });
    assert.ok(h, `no hover for ${term}`);
    assert.match(h.contents.value, fragment);
    assert.match(h.contents.value, /@[\w\\-]+ · /, "a citation key with each passage");
    assert.match(h.contents.value, /\(file:\/\/\/.+#L\d+\)/, 'a link to the source line');
  });
}

test('East Asian Paradox and 东亚悖论 are one entry', async () => {
  const a = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, '关于 东亚悖论', 4) });
  const b = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, '关于 East Asian Paradox', 5) });
  // One entry: the same names and the same sources; each name shows first the passage that defines it in its own words.
  const head = (v: string) => v.split('\n')[0];
  const sources = (v: string) => [...v.matchAll(/— @([\w\\-]+)/g)].map((m) => m[1]).sort();
  assert.equal(head(a.contents.value), head(b.contents.value));
  assert.deepEqual(sources(a.contents.value), sources(b.contents.value));
  assert.match(a.contents.value.split('\n')[2], /东亚悖论/);
});

test('双轨制 shows each source with its own sense', async () => {
  const h = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, '关于 双轨制', 4) });
  assert.match(h.contents.value, /@peninsula-cooperation/);
  assert.match(h.contents.value, /@wang2018/);
});

test('find-references lists corpus passages that mention the term', async () => {
  const refs = await client.request<any[]>('textDocument/references', { textDocument: { uri }, position: positionOf(draft, '关于 六方会谈', 4), context: { includeDeclaration: true } });
  assert.ok(refs.length >= 3, `only ${refs.length} references`);
  assert.ok(new Set(refs.map((r) => r.uri)).size >= 2);
});
