import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf, ROOT } from '../helpers/lspClient.js';

/*
 * Server messages in the client's language: a client whose `initialize` locale is zh-* (VS Code
 * in Chinese) gets diagnostics, hovers and quick fixes in Chinese; any other, or none, English.
 * The codes, ranges and related locations are the same in both.
 */
const FIXTURE_CORPUS = path.join(ROOT, 'test', 'fixtures', 'figures', 'corpus');
const DRAFT = [
  'The Tumen Corridor carried 1.2 million tonnes of freight in 2023 [@kim2025].',
  'Cross-border trade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].',
  'Fewer people crossed: freight on the corridor rose 18 percent on the previous year in 2023.',
  'Japan spent $55 billion on roads in 2024.',
  'See [@kimm2025].',
].join('\n');
const HAN = /\p{Script=Han}/u;

const clients: Record<string, LspClient> = {};

async function start(locale: string | undefined): Promise<LspClient> {
  const client = new LspClient({ corpus: { paths: [FIXTURE_CORPUS] }, diagnostics: { debounceMs: 10 } });
  await client.initialize({}, true, {}, locale === undefined ? {} : { locale });
  await client.request('policyWriter/reindex', {});
  return client;
}

before(async () => {
  const [zh, en, tw, none] = await Promise.all([start('zh-cn'), start('en'), start('zh-tw'), start(undefined)]);
  Object.assign(clients, { zh, en, tw, none });
});

after(() => Promise.all(Object.values(clients).map((c) => c.shutdown())));

async function diagnostics(client: LspClient, uri: string, text = DRAFT): Promise<any[]> {
  await client.open(uri, text);
  return (await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri)).diagnostics;
}

test('a zh-cn client gets its diagnostics in Chinese, with the same codes, ranges and sources as an English one', async () => {
  const uri = 'file:///tmp/pw-locale-1.md';
  const [zh, en] = await Promise.all([diagnostics(clients.zh, uri), diagnostics(clients.en, uri)]);
  const shape = (ds: any[]) => ds.map((d) => [d.code, d.severity, d.range, d.relatedInformation?.map((r: any) => r.location)]);
  assert.deepEqual(shape(zh), shape(en));
  assert.ok(zh.length >= 4, JSON.stringify(zh));
  for (const [i, d] of zh.entries()) {
    assert.match(d.message, HAN, `${d.code} in Chinese: ${d.message}`);
    assert.notEqual(d.message, en[i].message);
  }
  const byCode = (ds: any[], code: string) => ds.find((d) => d.code === code)?.message ?? '';
  assert.match(byCode(zh, 'figure.contradicted'), /^@kim2025 给出的是\$2\.4 billion（2023年），文稿写的是\$3 billion：“/);
  assert.match(byCode(zh, 'figure.uncited'), /有来源支持，但未引用。@kim2025 原文：“/);
  assert.match(byCode(zh, 'figure.unsupported'), /^没有任何来源支持\$55 billion/);
  assert.match(byCode(zh, 'citation.unknown-key'), /^引用键 @kimm2025 不存在。是否应为 @kim2025、/);
  assert.match(byCode(en, 'figure.contradicted'), /^@kim2025 gives \$2\.4 billion \(2023\), the draft says \$3 billion/);
  assert.match(byCode(en, 'citation.unknown-key'), /^Unknown citation key @kimm2025\. Did you mean @kim2025, /);
});

test('any Chinese locale (zh-tw) is Chinese; a client that sends no locale gets English', async () => {
  const uri = 'file:///tmp/pw-locale-2.md';
  const text = 'See [@kimm2025].';
  const [tw, none] = await Promise.all([diagnostics(clients.tw, uri, text), diagnostics(clients.none, uri, text)]);
  assert.match(tw[0].message, /^引用键 @kimm2025 不存在/);
  assert.match(none[0].message, /^Unknown citation key @kimm2025/);
});

test('hovers and quick fixes in Chinese for a zh-cn client', async () => {
  const uri = 'file:///tmp/pw-locale-3.md';
  const diags = await diagnostics(clients.zh, uri);
  const hover = await clients.zh.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '1.2 million', 1) });
  assert.match(hover.contents.value, /\*\*1\\\.2 million tonnes\*\* · 有所引来源支持/);
  assert.match(hover.contents.value, /\| \| 数值 \| 类型 \| 年份 \| 国家\/地区 \| 占比的基数 \|/);
  assert.match(hover.contents.value, /\| 文稿 \| 120万吨 \| 绝对量 \| 2023 \|/);
  assert.match(hover.contents.value, /> In 2023 the corridor carried 1\.2 million tonnes of freight/, 'the source is quoted as it is');
  const actions = async (d: any) => clients.zh.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const titles = (await actions(diags.find((d) => d.code === 'figure.contradicted'))).map((a) => a.title);
  assert.deepEqual(titles, ['改用来源中的数字：$2.4 billion', '忽略此数字']);
  assert.deepEqual((await actions(diags.find((d) => d.code === 'figure.uncited'))).map((a) => a.title), ['添加引用 [@kim2025]', '忽略此数字']);
  assert.equal((await actions(diags.find((d) => d.code === 'citation.unknown-key')))[0].title, '改为 @kim2025');
});

test('an English client still gets English hovers', async () => {
  const uri = 'file:///tmp/pw-locale-4.md';
  await diagnostics(clients.en, uri);
  const hover = await clients.en.request<any>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '1.2 million', 1) });
  assert.match(hover.contents.value, /· supported by its cited source/);
  assert.match(hover.contents.value, /\| \| value \| kind \| year \| countries \| share of \|/);
});

test("a corpus source's figure report says what each figure was read as in the client's language", async () => {
  const uri = pathToFileURL(path.join(FIXTURE_CORPUS, 'kim2025_tumen-logistics.md')).href;
  const [zh, en] = await Promise.all([clients.zh.request<any[]>('policyWriter/figureReport', { uri }), clients.en.request<any[]>('policyWriter/figureReport', { uri })]);
  assert.equal(zh.length, en.length);
  const tonnes = (rows: any[]) => rows.find((r) => r.figure === '1.2 million tonnes')?.reading;
  assert.equal(tonnes(zh), '120万吨 · 绝对量 · 2023');
  assert.equal(tonnes(en), '1.2 million t · level · 2023');
});
