import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { figureIndexStats, getFigureIndex, type FigureIndex } from '../../server/src/core/figures/figureIndex.js';

// A snapshot after one changed file places that file's figures again and takes every other
// document's placed figures as they were (while the glossary's names stay the same); the index
// is the one a fresh build gives.

function texts(n: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) out.set(`/c/n${String(i).padStart(3, '0')}.md`, `# 报告${i}\n\n2023年，双边贸易额达到${100 + i}亿美元，同比增长${(i % 17) + 1}.5%。\n\n港口吞吐量为${i * 3 + 7}万吨，占全省的${i % 50}%。\n`);
  return out;
}

const indexAll = (t: Map<string, string>) => new Map<string, FileIndex>([...t].map(([p, s]) => [p, indexFile(p, Buffer.from(s, 'utf8'))]));
const shape = (x: FigureIndex) => [...x.byUnit].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([unit, list]) => `${unit}: ${list.map((f) => `${f.doc.path}@${f.figure.start}=${f.figure.value} [${[...f.sentence].sort().join(',')}] w${x.weight([...f.sentence][0] ?? '').toFixed(4)}`).join('; ')}`);

test('one changed file: the other documents\' placed figures are kept, and the index equals a fresh build', () => {
  const t = texts(60);
  const files = indexAll(t);
  const first = getFigureIndex(assembleSnapshot(1, files));
  t.set('/c/n007.md', '# 报告7\n\n2023年，双边贸易额达到999亿美元，同比增长3.5%。\n');
  files.set('/c/n007.md', indexFile('/c/n007.md', Buffer.from(t.get('/c/n007.md')!, 'utf8')));
  const second = getFigureIndex(assembleSnapshot(2, files));
  const kept = (x: FigureIndex, path: string) => [...x.byUnit.values()].flat().filter((f) => f.doc.path === path);
  assert.ok(kept(first, '/c/n008.md').length > 0);
  assert.ok(kept(second, '/c/n008.md').every((f, i) => f === kept(first, '/c/n008.md')[i]), 'an unchanged document\'s figures are the same objects');
  assert.ok(kept(second, '/c/n007.md').some((f) => f.figure.value === 3.5));
  const fresh = getFigureIndex(assembleSnapshot(3, indexAll(t)));
  assert.deepEqual(shape(second), shape(fresh));
  assert.equal(second.count, fresh.count);
});

test('a new file that defines a new term: documents whose figure sentences do not hold it keep their placed figures; those that do get the term', () => {
  const t = texts(60);
  t.set('/c/n010.md', '# 报告10\n\n2023年，冰雪丝路沿线的贸易额达到210亿美元，同比增长4.5%。\n');
  const files = indexAll(t);
  const first = getFigureIndex(assembleSnapshot(1, files));
  t.set('/c/zz.md', '# 定义\n\n所谓“冰雪丝路”，是指北方的合作通道。\n');
  files.set('/c/zz.md', indexFile('/c/zz.md', Buffer.from(t.get('/c/zz.md')!, 'utf8')));
  const second = getFigureIndex(assembleSnapshot(2, files));
  assert.equal(figureIndexStats.keptChecked, true, 'new names: every kept document is checked for them');
  const kept = (x: FigureIndex, path: string) => [...x.byUnit.values()].flat().filter((f) => f.doc.path === path);
  assert.ok(kept(second, '/c/n008.md').every((f, i) => f === kept(first, '/c/n008.md')[i]), 'a document without the new term keeps its figures');
  assert.ok(kept(second, '/c/n010.md').every((f) => f.sentence.has('t:冰雪丝路')), 'a sentence with the new term has it as a feature');
  assert.ok(kept(first, '/c/n010.md').every((f) => !f.sentence.has('t:冰雪丝路')));
  const fresh = getFigureIndex(assembleSnapshot(3, indexAll(t)));
  assert.deepEqual(shape(second), shape(fresh));
});

test('files added, changed and removed a few at a time: the index is patched and answers as a full build does', () => {
  const t = texts(80);
  const files = indexAll(t);
  getFigureIndex(assembleSnapshot(1, files));
  const steps: [string, string | undefined][] = [
    ['/c/n007.md', '# 报告7\n\n2023年，双边贸易额达到120亿美元，同比增长3.5%。港口吞吐量为27万吨，占全省的7%。\n'],
    ['/c/n050.md', undefined],
    ['/c/n0305.md', '# 新报告\n\n2023年，双边贸易额达到120亿美元，同比增长8.5%。\n'],
    ['/c/n000.md', '# 报告0\n\n港口吞吐量为7万吨。\n'],
    ['/c/n079.md', undefined],
  ];
  for (const [path, text] of steps) {
    if (text === undefined) {
      t.delete(path);
      files.delete(path);
    } else {
      t.set(path, text);
      files.set(path, indexFile(path, Buffer.from(text, 'utf8')));
    }
    const patched = getFigureIndex(assembleSnapshot(2, files));
    assert.equal(figureIndexStats.patched, true, path);
    const snapshot = assembleSnapshot(3, indexAll(t));
    const full = getFigureIndex(snapshot);
    assert.equal(figureIndexStats.patched, false);
    assert.deepEqual(shape(patched), shape(full), path);
    assert.equal(patched.count, full.count);
    // Every feature weighs the same, and candidates come in the same order.
    const features = new Set([...full.byUnit.values()].flat().flatMap((f) => [...f.sentence]));
    for (const f of [...features, 'no such feature']) assert.equal(patched.weight(f), full.weight(f), f);
    const key = (list: { doc: { path: string }; figure: { start: number } }[]) => list.map((f) => `${f.doc.path}@${f.figure.start}`);
    for (const unit of full.byUnit.keys()) {
      for (const value of [0, 3.5, 120e8, 1e6]) {
        const sentence = full.byUnit.get(unit)![0].sentence;
        assert.deepEqual(key(patched.candidates(unit, sentence, value, 0.1)), key(full.candidates(unit, sentence, value, 0.1)), `${path} ${unit} ${value}`);
      }
    }
    // The next step patches the patched index: rebuild the state from these documents.
    getFigureIndex(assembleSnapshot(4, files));
  }
});
