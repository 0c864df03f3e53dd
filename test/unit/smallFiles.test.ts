import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { getReferenceSearch } from '../../server/src/core/citations/referenceSearch.js';
import { TermMatcher } from '../../server/src/core/glossary/termMatcher.js';

// #14 case 4: 50,000 small files took 216 s to index and 91 s for one changed file: work per
// document that grew with the number of names (a pass over every glossary name for each file
// counted), and whole-corpus rebuilds on each change (pinyin for every title and author again).

const CHARS = '东西南北中海陆港湾江河山城乡新联合发展开放互通贸易能源物流数字绿色';

function name(i: number): string {
  return `${CHARS[i % CHARS.length]}${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${CHARS[Math.floor(i / CHARS.length ** 2) % CHARS.length]}机制`;
}

function smallFiles(n: number): Map<string, FileIndex> {
  const files = new Map<string, FileIndex>();
  for (let i = 0; i < n; i++) {
    const text = i % 3 === 0 ? `---\ntitle: 研究笔记${i}\nauthor: 王伟\n---\n所谓“${name(i)}”，是指连接各方的协调安排。\n` : `---\ntitle: 研究笔记${i}\n---\n${name(i - (i % 3))}的贸易额增长${i % 40}%。\n`;
    const path = `/c/d${Math.floor(i / 1000)}/n${i}.md`;
    files.set(path, indexFile(path, Buffer.from(text, 'utf8')));
  }
  return files;
}

test('one changed file among 3,000: the reference search romanizes its reference only, and answers from the new snapshot', () => {
  const files = smallFiles(3000);
  const first = assembleSnapshot(1, files);
  assert.equal(getReferenceSearch(first).romanized, first.references.size, 'the first build romanizes every reference');
  files.set('/c/d0/n1.md', indexFile('/c/d0/n1.md', Buffer.from('---\ntitle: 修订后的笔记\n---\n贸易额增长12%。\n', 'utf8')));
  const second = assembleSnapshot(2, files);
  const search = getReferenceSearch(second);
  assert.equal(search.romanized, 1, `${search.romanized} of ${second.references.size} references romanized again for one changed file`);
  // Results are the new snapshot's references, old records or not.
  const changed = search.search('修订后', 5)[0];
  assert.equal(changed?.ref, second.references.get('n1'));
  const kept = search.search('n2999', 5).find((h) => h.ref.id === 'n2999');
  assert.equal(kept?.ref, second.references.get('n2999'));
});

test('counting the names of one short text reads back only the names it holds, whatever the number of names', () => {
  const matcher = new TermMatcher();
  for (let i = 0; i < 20_000; i++) matcher.add(name(i), i);
  const counts = new Uint32Array(20_000);
  const touched: number[] = [];
  const text = `${name(7)}与${name(12)}，以及${name(7)}。`;
  matcher.countFrom(text, counts, 0, text.length, touched);
  assert.deepEqual(touched.sort((a, b) => a - b), [7, 12]);
  assert.equal(counts[7], 2);
  assert.equal(counts[12], 1);
});
