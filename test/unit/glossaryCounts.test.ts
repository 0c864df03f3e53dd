import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { getGlossary, nameCountStats, type Glossary } from '../../server/src/core/glossary/glossary.js';
import { TermMatcher } from '../../server/src/core/glossary/termMatcher.js';

// The glossary counts every name in every document (a long name's short form becomes its alias
// only if the corpus uses it mostly inside the long name). Each partial snapshot of a first index
// and each file that defines a new term changes the set of names; the counts of a document that
// holds none of the new names are taken as they were, and the glossary is the one a fresh count gives.

const CHARS = '东西南北中海陆港湾江河山城乡新联合发展开放互通贸易能源物流数字绿色';
const name = (i: number) => `${CHARS[i % CHARS.length]}${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${CHARS[Math.floor(i / CHARS.length ** 2) % CHARS.length]}机制`;

function texts(n: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const text = i % 3 === 0 ? `---\ntitle: 研究笔记${i}\n---\n所谓“${name(i)}”，是指连接各方的协调安排。${name(i).slice(0, 3)}合作进展顺利。\n` : `---\ntitle: 研究笔记${i}\n---\n${name(i - (i % 3))}的贸易额增长${i % 40}%。\n`;
    out.set(`/c/d${Math.floor(i / 100)}/n${i}.md`, text);
  }
  return out;
}

const indexAll = (t: Map<string, string>) => new Map<string, FileIndex>([...t].map(([p, s]) => [p, indexFile(p, Buffer.from(s, 'utf8'))]));
const shape = (g: Glossary) => g.entries.map((e) => [e.name, ...e.aliases, '|', ...e.passages.map((p) => `${p.doc.path}:${p.start}`)].join(' '));

test('a new name that no other document holds: only the new document is counted, and the glossary is a fresh count\'s', () => {
  const t = texts(600);
  const files = indexAll(t);
  getGlossary(assembleSnapshot(1, files));
  assert.equal(nameCountStats.recounted, 600);
  t.set('/c/new.md', '所谓“冰雪丝路机制”，是指北方的合作。冰雪丝路的建设。\n');
  files.set('/c/new.md', indexFile('/c/new.md', Buffer.from(t.get('/c/new.md')!, 'utf8')));
  const kept = getGlossary(assembleSnapshot(2, files));
  assert.equal(nameCountStats.recounted, 1);
  assert.deepEqual(shape(kept), shape(getGlossary(assembleSnapshot(3, indexAll(t)))));
  assert.ok(kept.entries.some((e) => e.name === '冰雪丝路机制' && e.aliases.includes('冰雪丝路')));
});

test('a new name that other documents hold: those are counted again, and the glossary is a fresh count\'s', () => {
  const t = texts(600);
  const files = indexAll(t);
  getGlossary(assembleSnapshot(1, files));
  // 协调安排 (the short form of the new name) is in every third document.
  t.set('/c/new.md', '所谓“协调安排机制”，是指一种安排。\n');
  files.set('/c/new.md', indexFile('/c/new.md', Buffer.from(t.get('/c/new.md')!, 'utf8')));
  const kept = getGlossary(assembleSnapshot(2, files));
  assert.ok(nameCountStats.recounted > 200 && nameCountStats.recounted < 300, `${nameCountStats.recounted} recounted`);
  assert.deepEqual(shape(kept), shape(getGlossary(assembleSnapshot(3, indexAll(t)))));
  // A name gone: the documents it was counted in are counted again.
  t.delete('/c/new.md');
  files.delete('/c/new.md');
  const back = getGlossary(assembleSnapshot(4, files));
  assert.ok(nameCountStats.recounted >= 200, `${nameCountStats.recounted} recounted`);
  assert.deepEqual(shape(back), shape(getGlossary(assembleSnapshot(5, indexAll(t)))));
});

test('the same names counted again after an edit: the totals are the last ones with the edited document\'s counts swapped, and decide short forms as a fresh count does', () => {
  const t = texts(300);
  const files = indexAll(t);
  getGlossary(assembleSnapshot(1, files));
  assert.equal(nameCountStats.summed, 300);
  // The same terms and names, more text: the glossary is patched, and only the edited document's counts are swapped.
  const edited = '/c/d0/n3.md';
  t.set(edited, `${t.get(edited)}另据统计，贸易额增长12%。\n`);
  files.set(edited, indexFile(edited, Buffer.from(t.get(edited)!, 'utf8')));
  const patched = getGlossary(assembleSnapshot(2, files));
  assert.equal(nameCountStats.summed, 2);
  assert.deepEqual(shape(patched), shape(getGlossary(assembleSnapshot(3, indexAll(t)))));
  getGlossary(assembleSnapshot(4, files));
  // Another edit uses a long name's short form alone many times: it is no longer that name's alias.
  const short = name(6).slice(0, 3);
  assert.ok(patched.entries.some((e) => e.aliases.includes(short)));
  const other = '/c/d1/n100.md';
  t.set(other, `${t.get(other)}${`${short}单独出现。`.repeat(5)}\n`);
  files.set(other, indexFile(other, Buffer.from(t.get(other)!, 'utf8')));
  const moved = getGlossary(assembleSnapshot(5, files));
  const fresh = getGlossary(assembleSnapshot(6, indexAll(t)));
  assert.deepEqual(shape(moved), shape(fresh));
  assert.ok(!fresh.entries.some((e) => e.aliases.includes(short)));
});

test('the matcher tells whether any name matches anywhere, and which entry a name is counted for', () => {
  const m = new TermMatcher();
  m.add('东北亚', 0);
  m.add('RCEP', 1);
  m.add('rcep', 2);
  assert.equal(m.matchesAnywhere('在东北亚地区'), true);
  assert.equal(m.matchesAnywhere('在东北地区'), false);
  assert.equal(m.matchesAnywhere('PRCEPT'), false, 'Latin names match on word boundaries');
  assert.equal(m.matchesAnywhere('在东北亚地区', 3), false, 'from an offset');
  assert.equal(m.entryOf('RCEP'), 2, 'the last name added with a key');
  assert.equal(m.entryOf('东北'), -1);
});
