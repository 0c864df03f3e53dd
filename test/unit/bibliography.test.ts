import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCslJson } from '../../server/src/core/corpus/cslJson.js';
import { parseBibtex } from '../../server/src/core/corpus/bibtex.js';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

test('CSL-JSON: names, year, venue', () => {
  const text = JSON.stringify([
    { id: 'li2021', title: '图们江区域合作', author: [{ family: '李', given: '明' }], issued: { 'date-parts': [[2021, 5]] }, 'container-title': '东北亚论坛', issue: '4' },
    { id: 'smith2020', author: [{ family: 'Smith', given: 'Jane' }, { literal: 'OECD' }], issued: { raw: 'March 2020' } },
  ], null, 2);
  const { references, problems } = parseCslJson('refs.json', text);
  assert.equal(references.length, 2);
  assert.deepEqual(references[0].authors, ['李明']);
  assert.equal(references[0].year, '2021');
  assert.equal(references[0].container, '东北亚论坛');
  assert.deepEqual(references[1].authors, ['Smith, Jane', 'OECD']);
  assert.equal(references[1].year, '2020');
  assert.equal(problems.length, 0);
});

test('missing keys are generated from family name (pinyin, romanisation) and year, clashes get suffixes', () => {
  const files = new Map<string, FileIndex>();
  files.set('/c/refs.json', indexFile('/c/refs.json', utf8(JSON.stringify([
    { title: '中日韩合作', author: [{ family: '巴', given: '殿君' }], issued: { 'date-parts': [[2024]] } },
    { title: '另一篇', author: [{ family: '巴', given: '某' }], issued: { 'date-parts': [[2024]] } },
    { title: '동아시아 지역주의', author: [{ literal: '홍주연' }], issued: { 'date-parts': [[2022]] } },
    { title: 'Minilateralism', author: [{ family: 'Kim', given: 'Young-ho' }], issued: { 'date-parts': [[2019]] } },
    { id: 'piao2022', title: '新时期', author: [{ family: '朴', given: '光姬' }] },
  ]))));
  const keys = [...assembleSnapshot(1, files).references.keys()].sort();
  assert.deepEqual(keys, ['ba2024', 'ba2024a', 'hong2022', 'kim2019', 'piao2022']);
  // Same corpus, same keys.
  assert.deepEqual([...assembleSnapshot(2, files).references.keys()].sort(), keys);
});

test('CSL-JSON: malformed JSON is reported with its line, readable items kept', () => {
  const { references, problems } = parseCslJson('bad.json', '[\n  {"id": "a",\n   "title": },\n  {"id": "b", "title": "ok"}\n]');
  assert.deepEqual(references.map((r) => r.id), ['a', 'b']);
  assert.equal(problems[0].severity, 'error');
  assert.equal(problems[0].line, 2);
  // In words a writer can act on, with the parser's code kept for searching.
  assert.match(problems[0].message, /^invalid CSL-JSON: a value is expected here \(ValueExpected\)$/);
});

test('BibTeX: good entries survive a broken one, which is reported with its line', () => {
  const bib = '@article{kim2019,\n  title={Minilateralism in {Northeast Asia}},\n  author={Kim, Young-ho and 李 四},\n  year={2019}, journal={Korea Observer}}\n\n@article{broken, title={x}\n\n@book{park2020, title={Peninsula}, year=2020}\n';
  const { references, problems } = parseBibtex('refs.bib', bib);
  const ids = references.map((r) => r.id);
  assert.ok(ids.includes('kim2019') && ids.includes('park2020'), ids.join());
  assert.ok(!ids.includes('broken'));
  const kim = references.find((r) => r.id === 'kim2019')!;
  assert.deepEqual(kim.authors, ['Kim, Young-ho', '李四']);
  assert.equal(kim.container, 'Korea Observer');
  assert.ok(problems.length >= 1 && problems[0].line !== undefined);
});

test('front matter gives a document its key and reference; malformed front matter is reported, body still indexed', () => {
  const good = indexFile('/c/notes.md', utf8('---\nid: zhao2023\ntitle: 长吉图开发\nauthor: [赵六]\ndate: 2023-04-01\n---\n# 正文\n长吉图先导区。'));
  assert.equal(good.documents[0].key, 'zhao2023');
  assert.equal(good.references[0].year, '2023');
  assert.match(good.documents[0].normalized.text, /长吉图先导区/);
  const bad = indexFile('/c/broken.md', utf8('---\ntitle: [unclosed\n---\n正文内容。'));
  assert.equal(bad.problems.length, 1);
  assert.equal(bad.documents.length, 1);
  assert.match(bad.documents[0].normalized.text, /正文内容/);
});

test('snapshot: documents link to references by file name or KEY_ prefix; duplicates reported, first kept', () => {
  const files = new Map<string, FileIndex>();
  const add = (path: string, text: string) => files.set(path, indexFile(path, utf8(text)));
  add('/c/a.json', JSON.stringify([{ id: 'wu2020', title: 'First' }, { id: 'plain', title: 'Plain title' }]));
  add('/c/b.json', JSON.stringify([{ id: 'wu2020', title: 'Second' }]));
  add('/c/wu2020_long-descriptive-name.txt', '正文。');
  add('/c/plain.txt', '正文二。');
  add('/c/orphan_file.txt', 'Orphan heading line\nbody.');
  const s = assembleSnapshot(1, files);
  assert.equal(s.references.get('wu2020')!.title, 'First');
  assert.ok(s.problems.some((p) => /duplicate citation key "wu2020"/.test(p.message)));
  assert.equal(s.documentsByKey.get('wu2020')!.length, 1);
  assert.equal(s.documentsByKey.get('plain')!.length, 1);
  // The title is the file's first line as written, not that line joined to the next.
  assert.equal(s.references.get('orphan_file')!.title, 'Orphan heading line');
});

test('a source with no metadata gets its year and family name from an author-year key', () => {
  const files = new Map<string, FileIndex>();
  files.set('/c/smith2024_report.txt', indexFile('/c/smith2024_report.txt', utf8('Northeast Asia Energy Outlook\nJohn Smith, 2024\n\nTrade grew 5% in 2023.')));
  const ref = assembleSnapshot(1, files).references.get('smith2024')!;
  assert.equal(ref.title, 'Northeast Asia Energy Outlook');
  assert.equal(ref.year, '2024');
  assert.deepEqual(ref.authors, ['Smith']);
});

test('CSL-JSON: each item keeps the line of its id, pretty-printed or minified', () => {
  const items = Array.from({ length: 3000 }, (_, i) => ({ id: `k${i}`, title: `T${i}`, issued: { 'date-parts': [[2000 + (i % 20)]] } }));
  const pretty = parseCslJson('refs.json', JSON.stringify(items, null, 2)).references;
  assert.equal(pretty.length, 3000);
  // Each item spans 11 lines when pretty-printed; its id is on the second.
  assert.equal(pretty[2].origin.line, 2 + 2 * 11);
  const minified = parseCslJson('refs.json', JSON.stringify(items)).references;
  assert.equal(minified.length, 3000);
  assert.ok(minified.every((r) => r.origin.line === 0));
});

test('broken front matter is reported without a dangling colon, and its plain fields keep the source key', async () => {
  const { readFrontMatter } = await import('../../server/src/core/corpus/frontMatter.js');
  const r = readFrontMatter('/c/bad.md', '---\nid: zhou2019\ntitle: "Grain imports\nyear: 2019\n---\n2019年进口粮食1.1亿吨。');
  assert.equal(r.frontMatter?.data.id, 'zhou2019');
  assert.equal(r.frontMatter?.data.year, '2019');
  assert.match(r.problem!.message, /not valid YAML: .*[^:]; id, year still read from its valid lines$/);
  assert.doesNotMatch(r.problem!.message, /at line \d+/);
});

test('snapshot: two files declaring the same id in front matter are both kept and reported (found by a new user)', () => {
  const files = new Map<string, FileIndex>();
  const add = (path: string, text: string) => files.set(path, indexFile(path, utf8(text)));
  add('/c/copy-a.md', '---\nid: zhang2021\ntitle: 报告\n---\n对日投资1426亿美元。');
  add('/c/copy-b.md', '---\nid: zhang2021\ntitle: 报告（修订）\n---\n对日投资1526亿美元。');
  const s = assembleSnapshot(1, files);
  assert.equal(s.documentsByKey.get('zhang2021')?.length, 2);
  assert.ok(s.problems.some((p) => p.path === '/c/copy-b.md' && /id "zhang2021" is also the id of \/c\/copy-a\.md/.test(p.message)), JSON.stringify(s.problems));
});

test('a broken glossary.yaml is reported at a line it has (0-based, the last written line for an unclosed quote)', () => {
  const f = indexFile('/c/glossary.yaml', utf8('terms:\n  - term: "open quote\n'));
  assert.equal(f.problems.length, 1);
  assert.equal(f.problems[0].line, 1, JSON.stringify(f.problems));
  assert.doesNotMatch(f.problems[0].message, /at line \d/);
});

test('a corpus file attached to a BibTeX entry (Zotero\'s "file" field) is that entry\'s source, under its key; so is its text extraction of the same name', () => {
  const bib = `@report{kita2025,
  title = {Press release on trade},
  author = {Kita, Jun},
  year = {2025},
  file = {Full Text:C\\:/Users/me/Zotero/storage/AB12CD/kita_press.pdf:application/pdf}
}
@article{lee2024, title = {Ports}, author = {Lee, Ann}, year = {2024}, file = {/home/me/papers/lee-ports.PDF}}
`;
  const files = new Map<string, FileIndex>([
    ['/c/library.bib', indexFile('/c/library.bib', Buffer.from(bib))],
    ['/c/kita_press.txt', indexFile('/c/kita_press.txt', Buffer.from('Exports rose 5.2% in 2024.'))],
    ['/c/lee-ports.md', indexFile('/c/lee-ports.md', Buffer.from('Throughput was 12 million TEU.'))],
  ]);
  const snapshot = assembleSnapshot(1, files);
  assert.deepEqual(snapshot.documents.map((d) => d.key).sort(), ['kita2025', 'lee2024']);
  assert.equal(snapshot.references.get('kita2025')?.title, 'Press release on trade');
  assert.ok(!snapshot.references.has('kita_press'));
});
