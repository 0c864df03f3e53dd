import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { StringTable } from '../../server/src/core/corpus/compactScan.js';
import { savedDerived, seedDerived, type SavedDerived } from '../../server/src/core/corpus/derivedImage.js';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot, drain, type CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex, SourceDocument } from '../../server/src/core/corpus/types.js';
import { figureIndexStats, getFigureIndex, type FigureIndex } from '../../server/src/core/figures/figureIndex.js';
import { getGlossary, glossaryBuildStats, type Glossary } from '../../server/src/core/glossary/glossary.js';

// The glossary and figure index saved with the index image (as ids and positions) come back, for
// the very same documents, as the structures a full build makes: same entries, names, passages,
// matches, short forms, figure lists, feature weights and candidates. Invented texts.

const PLACES = ['松江', '兴安', '珲春', '绥芬', '黑河', '漠河'];
function text(i: number): string {
  const place = PLACES[i % PLACES.length];
  const define =
    i % 7 < 3
      ? `所谓“${place}口岸联检协作机制”（${place.slice(0, 1)}LJ），是指海关与边检共同查验货物的安排。`
      : `${place}口岸联检协作机制运行平稳。`;
  return `# ${place}口岸年报${i}\n\n${define}2022年，${place}口岸联检协作机制下的过货量达到${100 + i}万吨，同比增长${(i % 9) + 1}.5%，占全省的${(i % 30) + 10}%。\n\n另据统计，${place}口岸进口额为${20 + i}亿元，比上年增长${i % 7}%。联检协作机制的通关时间缩短了${i % 5}小时。\n`;
}

function corpus(n: number, change?: (i: number) => string | undefined): Map<string, FileIndex> {
  const files = new Map<string, FileIndex>();
  for (let i = 0; i < n; i++) {
    const p = `/d/s${String(i).padStart(3, '0')}.md`;
    const t = change?.(i) ?? text(i);
    const index = indexFile(p, Buffer.from(t, 'utf8'));
    hashes.set(index, createHash('sha1').update(t).digest('hex'));
    files.set(p, index);
  }
  return files;
}

const hashes = new WeakMap<FileIndex, string>();
const docHash = new WeakMap<SourceDocument, string>();
function hashOf(doc: SourceDocument): string | undefined {
  return docHash.get(doc);
}
function snapshotOf(version: number, files: Map<string, FileIndex>): CorpusSnapshot {
  for (const f of files.values()) for (const d of f.documents) docHash.set(d, hashes.get(f)!);
  return assembleSnapshot(version, files);
}

/** What a glossary answers, as plain data: entries, passages (paths and offsets), and matches in every document. */
function glossaryAnswers(g: Glossary, docs: readonly SourceDocument[]): unknown {
  return {
    signature: g.signature,
    problems: g.problems,
    entries: g.entries.map((e) => [
      e.id,
      e.name,
      e.aliases,
      e.curatedDefinition,
      e.passages.map((p) => [p.doc.path, p.start, p.end, p.termStart, p.kind, p.score]),
    ]),
    matches: docs.map((d) => g.matcher.findAll(d.normalized.text, 0, d.normalized.text.length)),
  };
}

/** What a figure index answers: its lists (paths, offsets, features), weights and candidates for each unit. */
function figureAnswers(x: FigureIndex): unknown {
  const units = [...x.byUnit].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    count: x.count,
    units: units.map(([unit, list]) => [
      unit,
      list.map((f) => [f.doc.path, f.figure.start, f.figure.value, [...f.sentence]]),
      list.flatMap((f) => [...f.sentence].map((s) => x.weight(s))),
      [0, 5, 120, 1e4].map((v) =>
        x.candidates(unit, list[0].sentence, v).map((f) => `${f.doc.path}@${f.figure.start}`),
      ),
    ]),
  };
}

/** A first run: a full build, then what the image keeps of it, through a copy (as if written and read). */
function firstRun(files: Map<string, FileIndex>): { saved: SavedDerived; strings: string[] } {
  const s = snapshotOf(1, files);
  getFigureIndex(s);
  const table = new StringTable();
  const saved = drain(savedDerived(hashOf, table));
  assert.ok(saved?.glossary.probeNames?.length, 'the build is saved, with the names counted for short forms');
  return { saved: structuredClone(saved), strings: [...table.strings] };
}

test('a saved glossary and figure index come back, for the same documents, as a full build makes them', () => {
  const { saved, strings } = firstRun(corpus(60));
  // A restart: the same files indexed again (new objects, as read from the image).
  seedDerived(saved, strings, hashOf);
  const warm = snapshotOf(2, corpus(60));
  const g = getGlossary(warm);
  assert.equal(glossaryBuildStats.restored, true);
  const postingsBefore = figureIndexStats.postingsBuilt;
  const x = getFigureIndex(warm);
  assert.equal(figureIndexStats.restored, true);
  // A unit's postings are built when a check first asks it for candidates, not at the restore.
  assert.equal(figureIndexStats.postingsBuilt, postingsBefore);
  assert.ok(g.entries.length > 3 && x.count > 100, `${g.entries.length} entries, ${x.count} figures`);
  // The full build, on other objects, with nothing offered.
  const cold = snapshotOf(3, corpus(60));
  assert.deepEqual(glossaryAnswers(g, warm.documents), glossaryAnswers(getGlossary(cold), cold.documents));
  assert.equal(glossaryBuildStats.restored, false);
  const restoredAnswers = figureAnswers(x);
  assert.equal(figureIndexStats.postingsBuilt - postingsBefore, x.byUnit.size);
  assert.deepEqual(restoredAnswers, figureAnswers(getFigureIndex(cold)));
  assert.equal(figureIndexStats.restored, false);
});

test('after a restore, one changed file is patched into the restored structures as into built ones', () => {
  const { saved, strings } = firstRun(corpus(40));
  seedDerived(saved, strings, hashOf);
  const files = corpus(40);
  const restored = getFigureIndex(snapshotOf(4, files));
  assert.equal(figureIndexStats.restored, true);
  // One unit asked before the change (its postings built, then patched); the others never (built after it, when asked).
  const [unit, list] = [...restored.byUnit].find(([, l]) => l.length > 10)!;
  restored.candidates(unit, list[0].sentence, 100);
  const edited = (i: number) =>
    i === 7 ? `${text(7)}\n所谓“兴安边贸结算通道”，是指以本币结算边贸货款的安排。过货量达到88万吨。\n` : undefined;
  const changed = corpus(40, edited);
  files.set('/d/s007.md', changed.get('/d/s007.md')!);
  const after = snapshotOf(5, files);
  const g = getGlossary(after);
  const x = getFigureIndex(after);
  const cold = snapshotOf(6, corpus(40, edited));
  assert.deepEqual(glossaryAnswers(g, after.documents), glossaryAnswers(getGlossary(cold), cold.documents));
  assert.deepEqual(figureAnswers(x), figureAnswers(getFigureIndex(cold)));
});

test('saved structures are not used for other documents: one file changed, or one more', () => {
  for (const other of [
    corpus(30, (i) => (i === 4 ? `${text(4)}新增一段：进口额为9亿元。\n` : undefined)),
    corpus(31),
  ]) {
    const { saved, strings } = firstRun(corpus(30));
    seedDerived(saved, strings, hashOf);
    const s = snapshotOf(7, other);
    const g = getGlossary(s);
    assert.equal(glossaryBuildStats.restored, false);
    getFigureIndex(s);
    assert.equal(figureIndexStats.restored, false);
    const cold = snapshotOf(8, other);
    assert.deepEqual(glossaryAnswers(g, s.documents), glossaryAnswers(getGlossary(cold), cold.documents));
  }
});
