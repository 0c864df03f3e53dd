import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { getGlossary, glossaryBuildStats, type Glossary } from '../../server/src/core/glossary/glossary.js';

// An edited source that defines the same terms as before: the glossary is the last one with that
// document's passages replaced (its entries ranked again), and it is exactly what a full build gives.

const CHARS = '东西南北中海陆港湾江河山城乡新联合发展开放互通贸易能源物流数字绿色';
const name = (i: number) => `${CHARS[i % CHARS.length]}${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${CHARS[Math.floor(i / CHARS.length ** 2) % CHARS.length]}机制`;

function texts(n: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const text = i % 3 === 0 ? `# 笔记${i}\n\n所谓“${name(i)}”，是指连接各方的协调安排。${name(i).slice(0, 3)}合作进展顺利。\n\n东北亚经济走廊(NEAEC)是区域合作的框架。\n` : `# 笔记${i}\n\n${name(i - (i % 3))}的贸易额增长${i % 40}%。所谓“${name(i - (i % 3))}”，即各方的安排。\n`;
    out.set(`/c/d${Math.floor(i / 100)}/n${i}.md`, text);
  }
  return out;
}

const indexAll = (t: Map<string, string>) => new Map<string, FileIndex>([...t].map(([p, s]) => [p, indexFile(p, Buffer.from(s, 'utf8'))]));
const shape = (g: Glossary) => [g.signature, ...g.entries.map((e) => [e.id, e.name, ...e.aliases, '|', ...e.passages.map((p) => `${p.doc.path}:${p.start}-${p.end}@${p.termStart} ${p.kind} ${p.score}`)].join(' '))];

function edit(t: Map<string, string>, files: Map<string, FileIndex>, path: string, text: string): Glossary {
  t.set(path, text);
  files.set(path, indexFile(path, Buffer.from(text, 'utf8')));
  return getGlossary(assembleSnapshot(2, files));
}

test('an edit that keeps a source\'s terms: the glossary is patched, and equals a full build', () => {
  const t = texts(300);
  const files = indexAll(t);
  getGlossary(assembleSnapshot(1, files));
  assert.equal(glossaryBuildStats.patched, false);
  // New text before the definitions: every passage of this document moves.
  const path = '/c/d0/n3.md';
  const patched = edit(t, files, path, t.get(path)!.replace('# 笔记3\n\n', '# 笔记3\n\n另据统计，贸易额增长12%，港口吞吐量上升。\n\n'));
  assert.equal(glossaryBuildStats.patched, true);
  const first = shape(patched);
  const firstTexts = new Map(t);
  assert.ok(patched.entries.some((e) => e.passages.some((p) => p.doc.path === path && p.start > 20)), 'the moved passages are there');
  // A second edit patches the patched glossary.
  const again = edit(t, files, '/c/d1/n101.md', t.get('/c/d1/n101.md')!.replace('的贸易额', '的进出口贸易额'));
  assert.equal(glossaryBuildStats.patched, true);
  // Full builds of the same texts, from documents indexed afresh.
  assert.deepEqual(shape(again), shape(getGlossary(assembleSnapshot(4, indexAll(t)))));
  assert.equal(glossaryBuildStats.patched, false);
  assert.deepEqual(first, shape(getGlossary(assembleSnapshot(3, indexAll(firstTexts)))));
});

test('an edit that changes a source\'s terms, or the count of a short form, gets a full build', () => {
  const t = texts(300);
  const files = indexAll(t);
  getGlossary(assembleSnapshot(1, files));
  const newTerm = edit(t, files, '/c/d0/n6.md', `${t.get('/c/d0/n6.md')}\n所谓“冰雪丝路”，是指北方的合作。\n`);
  assert.equal(glossaryBuildStats.patched, false);
  assert.deepEqual(shape(newTerm), shape(getGlossary(assembleSnapshot(3, indexAll(t)))));
  // The short form of a long name used on its own many times: it may no longer be an alias.
  const stem = name(9).slice(0, 3);
  const shortForm = edit(t, files, '/c/d0/n10.md', `${t.get('/c/d0/n10.md')}\n${`${stem}在发展。`.repeat(30)}\n`);
  assert.equal(glossaryBuildStats.patched, false);
  assert.deepEqual(shape(shortForm), shape(getGlossary(assembleSnapshot(5, indexAll(t)))));
});

test('passages are ranked when an entry is first read, once, and read the same as ranked at once', () => {
  const t = texts(120);
  const files = indexAll(t);
  glossaryBuildStats.rankings = 0;
  const built = getGlossary(assembleSnapshot(1, files));
  assert.equal(glossaryBuildStats.rankings, 0, 'building ranks nothing');
  const entry = built.entries.find((e) => e.passages.length > 1)!;
  const ranked = glossaryBuildStats.rankings;
  assert.ok(ranked >= 1);
  assert.equal(entry.passages, entry.passages, 'ranked once, then kept');
  assert.equal(glossaryBuildStats.rankings, ranked);
  // A patch, and another after it: the first patched glossary still reads its own passages.
  const path = '/c/d0/n3.md';
  glossaryBuildStats.rankings = 0;
  const patched = edit(t, files, path, t.get(path)!.replace('# 笔记3\n\n', '# 笔记3\n\n另据统计，贸易额增长12%。\n\n'));
  assert.equal(glossaryBuildStats.patched, true);
  assert.equal(glossaryBuildStats.rankings, 0, 'patching ranks nothing');
  const firstTexts = new Map(t);
  edit(t, files, path, t.get(path)!.replace('另据统计', '另据海关统计'));
  assert.equal(glossaryBuildStats.patched, true);
  assert.deepEqual(shape(patched), shape(getGlossary(assembleSnapshot(3, indexAll(firstTexts)))));
});
