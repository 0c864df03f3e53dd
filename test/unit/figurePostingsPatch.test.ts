import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { figureIndexStats, getFigureIndex, type FigureIndex } from '../../server/src/core/figures/figureIndex.js';

// The postings of a changed unit are patched (the figures that went taken out, those that came
// put in), not built again over the whole unit; around the cap on a feature's postings (300
// figures) they are what a full build makes, and so are the candidates a draft figure gets.

const REGIONS = ['沿海', '内陆', '边境', '山区', '岛屿', '平原', '高原', '草原'];
const text = (i: number, value = i) =>
  `# 报告${i}\n\n${REGIONS[i % REGIONS.length]}地区的港口吞吐量为${value}万吨，占全省的${i % 40}%。\n`;
const pathOf = (i: number) => `/c/r${String(i).padStart(4, '0')}.md`;
const indexOne = (i: number, value = i): [string, FileIndex] => [
  pathOf(i),
  indexFile(pathOf(i), Buffer.from(text(i, value), 'utf8')),
];

/** The candidates each unit gives for the sentences of a few of its figures, at a few values, as paths and offsets. */
function answers(x: FigureIndex): string[] {
  const out: string[] = [];
  for (const [unit, list] of [...x.byUnit].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const k of [0, 7, Math.floor(list.length / 2), list.length - 1]) {
      for (const value of [0, 12, 150, 1e6]) {
        for (const scale of [0.1, 1])
          out.push(
            `${unit} ${k} ${value} ${scale}: ${x
              .candidates(unit, list[k].sentence, value, scale)
              .map((f) => `${f.doc.path}@${f.figure.start}`)
              .join(' ')}`,
          );
      }
    }
  }
  return out;
}

function assertAsFullBuild(files: Map<string, FileIndex>, patched: FigureIndex, step: string): void {
  const fresh = new Map(
    [...files.keys()].map((p) =>
      indexOne(
        Number(/r(\d+)/.exec(p)![1]),
        Number(/为(\d+)万吨/.exec(files.get(p)!.documents[0].normalized.text)![1]),
      ),
    ),
  );
  const full = getFigureIndex(assembleSnapshot(99, fresh));
  assert.equal(figureIndexStats.patched, false);
  assert.deepEqual(answers(patched), answers(full), step);
}

test('postings patched across the cap on a feature: over it, back under it, and one changed file with no unit built again', () => {
  const files = new Map(Array.from({ length: 305 }, (_, i) => indexOne(i)));
  getFigureIndex(assembleSnapshot(1, files));
  // 305 -> 300 sentences with 港口吞吐量: the feature's full list was never kept, so its unit is built again.
  for (const i of [3, 50, 100, 200, 304]) files.delete(pathOf(i));
  const under = getFigureIndex(assembleSnapshot(2, files));
  assert.equal(figureIndexStats.patched, true);
  assert.ok(figureIndexStats.postingsRebuilt > 0);
  assertAsFullBuild(files, under, 'back under the cap');
  getFigureIndex(assembleSnapshot(3, files));
  // 300 -> 303: the feature goes over the cap by insertion.
  for (const i of [400, 401, 402]) files.set(...indexOne(i));
  const over = getFigureIndex(assembleSnapshot(4, files));
  assert.equal(figureIndexStats.patched, true);
  assertAsFullBuild(files, over, 'over the cap');
  getFigureIndex(assembleSnapshot(5, files));
  // One changed file (its figures change value, so they move in their units' lists).
  files.set(...indexOne(17, 999));
  const changed = getFigureIndex(assembleSnapshot(6, files));
  assert.equal(figureIndexStats.patched, true);
  assert.equal(figureIndexStats.postingsRebuilt, 0);
  assert.equal(figureIndexStats.keptChecked, false, 'the same names: kept documents are not checked one by one');
  assertAsFullBuild(files, changed, 'one changed file');
});

test('a new document with hundreds of figures in one unit (merged, not spliced, into the list) gives the index a full build gives', () => {
  const files = new Map(Array.from({ length: 40 }, (_, i) => indexOne(i)));
  getFigureIndex(assembleSnapshot(1, files));
  const long = `# 年报\n\n${Array.from({ length: 300 }, (_, k) => `第${k}号码头的吞吐量为${(k * 7) % 97}万吨。`).join('')}\n`;
  files.set('/c/long.md', indexFile('/c/long.md', Buffer.from(long, 'utf8')));
  const patched = getFigureIndex(assembleSnapshot(2, files));
  assert.equal(figureIndexStats.patched, true);
  assert.ok(patched.byUnit.get('ton')!.length >= 340);
  const fresh = new Map([
    ...Array.from({ length: 40 }, (_, i) => indexOne(i)),
    ['/c/long.md', indexFile('/c/long.md', Buffer.from(long, 'utf8'))] as [string, FileIndex],
  ]);
  const full = getFigureIndex(assembleSnapshot(3, fresh));
  assert.deepEqual(answers(patched), answers(full));
  assert.deepEqual(
    patched.byUnit.get('ton')!.map((f) => `${f.doc.path}@${f.figure.start}`),
    full.byUnit.get('ton')!.map((f) => `${f.doc.path}@${f.figure.start}`),
  );
});
