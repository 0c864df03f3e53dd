import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compactScan, expandScan, StringTable, termAt } from '../../server/src/core/corpus/compactScan.js';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { OffsetMap } from '../../server/src/core/corpus/offsetMap.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import type { ILogger } from '../../server/src/core/seams.js';
import { IMAGE_FILE, SnapshotImage, type DerivedSaver } from '../../server/src/indexing/snapshotImage.js';
import { savedDerived, type SavedDerived } from '../../server/src/core/corpus/derivedImage.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { SourceDocument } from '../../server/src/core/corpus/types.js';
import { getFigureIndex } from '../../server/src/core/figures/figureIndex.js';
import { textDeferred, textLength } from '../../server/src/core/corpus/deferredText.js';

// The warm-start image of the corpus (index.image): documents come back as they were indexed,
// their features as the strings of one shared table; a damaged, truncated or foreign image is
// read around (reported, never trusted), a file whose content changed is not served. Invented texts.

const TEXTS = [
  '---\ntitle: 口岸观察\n---\n\n所谓“松花江航运协作机制”，是指沿江港口共同调度船舶的安排。2021年，协作机制下的货运量达到820万吨，同比增长6.5%，占全省水运的31.2%。\n',
  '所谓“界河生态补偿办法”（EECM），是指上下游共同出资修复河道的做法。2022年补偿资金为3.4亿元，比上年增长12%。\n\n| 年份 | 资金（亿元） |\n| --- | --- |\n| 2021 | 3.0 |\n| 2022 | 3.4 |\n',
  'The corridor handled 4.2 million tonnes in 2022, up 7% from a year earlier. It was 3.9 million tonnes in 2021.\n',
  '没有数字也没有术语的一段话。\n',
];

function corpus(n = 150): { path: string; contentHash: string; index: FileIndex; text: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const text = TEXTS[i % TEXTS.length].replace('820', String(800 + i));
    const p = `/img/n${String(i).padStart(3, '0')}.md`;
    return {
      path: p,
      contentHash: createHash('sha1').update(text).digest('hex'),
      index: indexFile(p, Buffer.from(text, 'utf8')),
      text,
    };
  });
}

function logger(): ILogger & { lines: string[] } {
  const lines: string[] = [];
  const log = (m: string) => void lines.push(m);
  return { lines, info: log, warn: log, error: log } as ILogger & { lines: string[] };
}

test('a compact scan reads back as the scan it was made from, sets shared by one sentence shared again', () => {
  for (const text of TEXTS) {
    const scan = indexFile('/img/a.md', Buffer.from(text, 'utf8')).documents[0].scan;
    const table = new StringTable();
    const compact = compactScan(scan, table);
    assert.ok(compact);
    const back = expandScan(structuredClone(compact), [...table.strings]);
    // A term's place and kind read from the compact form, before its terms are made.
    scan.terms.forEach((t, k) => {
      const { kind, score, sentenceStart, sentenceEnd, termStart } = termAt(back, k);
      assert.deepEqual(
        { kind, score, sentenceStart, sentenceEnd, termStart },
        {
          kind: t.kind,
          score: t.score,
          sentenceStart: t.sentenceStart,
          sentenceEnd: t.sentenceEnd,
          termStart: t.termStart,
        },
      );
    });
    assert.deepEqual(back, scan);
    for (let i = 1; i < scan.figures.length; i++) {
      assert.equal(
        back.figures[i].sentence === back.figures[i - 1].sentence,
        scan.figures[i].sentence === scan.figures[i - 1].sentence,
      );
      assert.equal(
        back.figures[i].clause === back.figures[i - 1].clause,
        scan.figures[i].clause === scan.figures[i - 1].clause,
      );
    }
  }
  // A term with a field the encoding does not know is not squeezed into it.
  const odd = indexFile('/img/b.md', Buffer.from(TEXTS[0], 'utf8')).documents[0].scan;
  (odd.terms[0] as unknown as Record<string, unknown>).extra = 1;
  assert.equal(compactScan(odd, new StringTable()), undefined);
});

test('an image gives back every file as it was indexed, in chunks, and only for the same content', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-image-'));
  const files = corpus();
  SnapshotImage.write(dir, 'v1', files);
  const log = logger();
  const image = SnapshotImage.load(dir, 'v1', log)!;
  assert.ok(image);
  assert.equal(image.files().length, files.length);
  const fresh = corpus();
  for (const f of fresh.slice(0, 100)) {
    const got = image.take(f.path, f.contentHash)!;
    assert.ok(got, f.path);
    assert.equal(got.fromCache, true);
    assert.ok(got.documents[0]?.normalized.map instanceof OffsetMap || got.documents.length === 0);
    delete got.fromCache;
    assert.deepEqual(got, f.index);
  }
  // Another content hash (the file changed since): not served.
  assert.equal(image.take(fresh[120].path, 'f'.repeat(40)), undefined);
  image.close();
  assert.deepEqual(log.lines, []);
  // Written by other code: ignored without a word.
  assert.equal(SnapshotImage.load(dir, 'v2', log), undefined);
  assert.deepEqual(log.lines, []);
});

test('a document from an image reads its text, offset map and line starts only when first used, and they are as indexed', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-image-'));
  const files = corpus(70);
  SnapshotImage.write(dir, 'v1', files);
  const image = SnapshotImage.load(dir, 'v1', logger())!;
  const taken = files.map((f) => ({ ...f, index: image.take(f.path, f.contentHash)! }));
  image.close();
  const docs = taken.flatMap((f) => f.index.documents);
  assert.ok(docs.length > 0 && docs.every((d) => textDeferred(d)));
  // Written again before any text was read: the texts are stored as they were read, still unread.
  const again = mkdtempSync(path.join(os.tmpdir(), 'pw-image-'));
  SnapshotImage.write(again, 'v1', taken);
  assert.ok(docs.every((d) => textDeferred(d)));
  const second = SnapshotImage.load(again, 'v1', logger())!;
  files.forEach((f, i) => {
    const doc = taken[i].index.documents[0];
    const indexed = f.index.documents[0];
    if (!indexed) return;
    assert.equal(textLength(doc), indexed.normalized.text.length);
    assert.ok(textDeferred(doc), 'the length is known without reading the text');
    assert.equal(doc.normalized.text, indexed.normalized.text);
    assert.ok(!textDeferred(doc));
    assert.ok(doc.normalized.map instanceof OffsetMap);
    for (let at = 0; at <= indexed.normalized.text.length; at++)
      assert.equal(doc.normalized.map.get(at), indexed.normalized.map.get(at));
    assert.deepEqual(doc.originalLineStarts, indexed.originalLineStarts);
    assert.deepEqual(second.take(f.path, f.contentHash), { ...f.index, fromCache: true });
  });
  second.close();
});

test('a damaged or truncated image is reported and read around, never trusted', () => {
  const files = corpus();
  const damaged = (mutate: (file: string) => void) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-image-'));
    SnapshotImage.write(dir, 'v1', files);
    mutate(path.join(dir, IMAGE_FILE));
    const log = logger();
    const image = SnapshotImage.load(dir, 'v1', log);
    const served = image ? files.filter((f) => image.take(f.path, f.contentHash)) : [];
    for (const f of served) assert.ok(files.includes(f));
    image?.close();
    return { served: served.length, log: log.lines.join('\n') };
  };
  const flip = (at: (size: number) => number) => (file: string) => {
    const bytes = readFileSync(file);
    bytes[at(bytes.length)] ^= 0x5a;
    writeFileSync(file, bytes);
  };
  // A byte of the header (written last, before the 44 bytes that say where it is): nothing is served.
  const header = damaged(flip((n) => n - 60));
  assert.equal(header.served, 0);
  assert.match(header.log, /index\.image is damaged/);
  // A byte of the first chunk: the files of the other chunks are served, that chunk's are not.
  const chunk = damaged(flip(() => 50));
  assert.ok(chunk.served > 0 && chunk.served < files.length, String(chunk.served));
  assert.match(chunk.log, /is damaged \(checksum mismatch\); its files are read from the index cache/);
  // Cut short (a disk full, a copy cut off): nothing is served.
  const cut = damaged((file) => truncateSync(file, statSync(file).size - 1000));
  assert.equal(cut.served, 0);
  assert.match(cut.log, /truncated/);
  // Not an image at all.
  const junk = damaged((file) => writeFileSync(file, 'not an image'));
  assert.equal(junk.served, 0);
  assert.match(junk.log, /index\.image is damaged/);
});

/** The image's files assembled and their glossary and figure index built, and a saver of those for `version`. */
function derivedOf(files: ReturnType<typeof corpus>, version: string): DerivedSaver & { last?: SavedDerived } {
  const hashes = new WeakMap<SourceDocument, string>();
  for (const f of files) for (const d of f.index.documents) hashes.set(d, f.contentHash);
  getFigureIndex(assembleSnapshot(1, new Map(files.map((f) => [f.path, f.index]))));
  const saver: DerivedSaver & { last?: SavedDerived } = {
    version,
    save: function* (table) {
      return (saver.last = yield* savedDerived((d) => hashes.get(d), table));
    },
  };
  return saver;
}

test('the glossary and figure index saved with an image come back whole, for the code that saved them only', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-image-'));
  const files = corpus();
  const saver = derivedOf(files, 'v1:s1');
  SnapshotImage.write(dir, 'v1', files, saver);
  assert.ok(saver.last);
  const log = logger();
  const image = SnapshotImage.load(dir, 'v1', log)!;
  assert.deepEqual(image.derived('v1:s1'), saver.last);
  assert.equal(image.strings[saver.last.paths[0]], files[0].path);
  // The server's code changed (not the indexing code's): the files are served, not the glossary.
  assert.equal(image.derived('v1:s2'), undefined);
  assert.deepEqual(log.lines, []);
  image.close();
});

test('a damaged glossary and figure index in an image are reported and left aside; its files are still served', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-image-'));
  const files = corpus();
  SnapshotImage.write(dir, 'v1', files, derivedOf(files, 'v1:s1'));
  const file = path.join(dir, IMAGE_FILE);
  const at = (SnapshotImage.load(dir, 'v1', logger()) as unknown as { header: { derived: [number, number] } }).header
    .derived;
  const bytes = readFileSync(file);
  bytes[at[0] + Math.floor(at[1] / 2)] ^= 0x5a;
  writeFileSync(file, bytes);
  const log = logger();
  const image = SnapshotImage.load(dir, 'v1', log)!;
  assert.equal(image.derived('v1:s1'), undefined);
  assert.match(
    log.lines.join('\n'),
    /its glossary and figure index are damaged \(checksum mismatch\); they are built from the documents/,
  );
  assert.equal(files.filter((f) => image.take(f.path, f.contentHash)).length, files.length);
  image.close();
});

test('an image of the earlier format (no glossary and figure index in it) is left aside with a word, not reported as damaged', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-image-'));
  const files = corpus(10);
  SnapshotImage.write(dir, 'v1', files);
  const file = path.join(dir, IMAGE_FILE);
  const bytes = readFileSync(file);
  // PWI3: texts decoded with the rest of their chunk.
  for (const magic of ['PWI2', 'PWI3']) {
    bytes.write(magic, 0, 'latin1');
    writeFileSync(file, bytes);
    const log = logger();
    assert.equal(SnapshotImage.load(dir, 'v1', log), undefined);
    assert.match(log.lines.join('\n'), /is of an earlier format: left aside, and written anew/);
    assert.doesNotMatch(log.lines.join('\n'), /damaged/);
  }
});
