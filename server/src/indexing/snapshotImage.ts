import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { compactScan, expandScan, StringTable, type CompactScan } from '../core/corpus/compactScan.js';
import { DERIVED_FORMAT, type SavedDerived } from '../core/corpus/derivedImage.js';
import { deferText, textLength, undecodedText, type DocumentText } from '../core/corpus/deferredText.js';
import { reviveFileIndex } from '../core/corpus/offsetMap.js';
import { drain } from '../core/corpus/snapshot.js';
import type { FileIndex, SourceDocument } from '../core/corpus/types.js';
import type { ILogger } from '../core/seams.js';

// Not *.bin nor *.tmp: the pack deletes those (the per-file cache entries of earlier versions).
export const IMAGE_FILE = 'index.image';
// PWI3: with the glossary and figure index (see derivedImage.ts). PWI4: each chunk's texts after
// the rest of it, read when first used. An image of an earlier format is left aside and written
// anew after the next complete index.
const MAGIC = Buffer.from('PWI4');
const OLDER_MAGIC = [Buffer.from('PWI2'), Buffer.from('PWI3')];
// The file is MAGIC, the chunks, the header, then TAIL bytes: the header's SHA-256, where it starts
// (a double) and its length (it is written last: it holds the strings of every chunk).
const TAIL = 32 + 8 + 4;
// Files per chunk: one read, one checksum and one deserialisation each (per file, the fixed cost
// of a deserialisation was a fifth of a warm start's decoding at 50 MB).
const CHUNK_FILES = 64;

interface ImageHeader {
  codeVersion: string;
  /** the strings the documents' compact scans point into */
  strings: string[];
  /** per chunk: where it starts in the file, its length, its SHA-256 and the length of its part before the texts */
  chunks: [offset: number, length: number, sha256: string, textsAt: number][];
  /** per file: path, content hash, its chunk and its place in it */
  files: [path: string, contentHash: string, chunk: number, at: number][];
  /** the glossary and figure index (SavedDerived), for the code that made them: where, its length, SHA-256 and that code's version */
  derived?: [offset: number, length: number, sha256: string, version: string];
}

/**
 * A file's index as stored: each document's scan in its compact form (or as it is, when it has a
 * shape the encoding does not know), without its text, offset map and line starts (serialised one
 * by one after the chunk's indexes: see StoredChunk).
 */
type StoredDocument = Omit<SourceDocument, 'scan' | 'normalized' | 'originalLineStarts'> & {
  scan: CompactScan | SourceDocument['scan'];
  compact?: true;
};
type StoredIndex = Omit<FileIndex, 'documents'> & { documents: StoredDocument[] };
/** A chunk's part before its texts: its files' indexes, and per document (in order) where its text starts among the texts, its length, and the length of its normalised text. */
type StoredChunk = { files: StoredIndex[]; texts: Float64Array };
/** A chunk as read: its indexes (undefined: damaged), where their texts are, and the bytes of those */
type Chunk = { files: StoredIndex[] | undefined; at: Float64Array; firstDoc: number[]; texts: Buffer; left: number };

/**
 * The indexes of the whole corpus in one file, written beside the per-file cache after a complete
 * index (a chunk per turn of the event loop; finished at shutdown if still under way): a
 * warm start reads it in chunks of files instead of one cache record per file through the index
 * worker, and the documents' features come back as the strings of one shared table instead of
 * millions of small strings decoded one by one (most of a warm start's decoding and garbage
 * collection). A chunk is read and decoded when the indexer first asks for one of its files, and
 * a file is served only for a content hash it still has (the worker checks that before). Each
 * chunk and the header are checksummed, and the image is tied to the code version: a damaged part
 * is reported and left aside (its files then come from the per-file cache as before); an image of
 * other code is ignored without a word.
 */
export class SnapshotImage {
  private fd: number | undefined;
  /** path -> [content hash, chunk, place in the chunk] */
  private readonly entries = new Map<string, [string, number, number]>();
  /** decoded chunks (files undefined: damaged) and how many of their files are still to be taken */
  private readonly decoded = new Map<number, Chunk>();
  /** files per chunk */
  private readonly counts: number[];

  private constructor(
    readonly file: string,
    fd: number,
    private readonly header: ImageHeader,
    private readonly logger: ILogger,
  ) {
    this.fd = fd;
    this.counts = header.chunks.map(() => 0);
    for (const [p, hash, chunk, at] of header.files) {
      this.entries.set(p, [hash, chunk, at]);
      this.counts[chunk]++;
    }
  }

  /** The image in `dir` for this code, or undefined (none, other code, or a damaged header: logged). */
  static load(dir: string, codeVersion: string, logger: ILogger): SnapshotImage | undefined {
    const file = path.join(dir, IMAGE_FILE);
    if (!existsSync(file)) return undefined;
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const size = fstatSync(fd).size;
      const magic = size < MAGIC.length + TAIL ? undefined : readExactly(fd, 0, MAGIC.length);
      if (magic && OLDER_MAGIC.some((m) => m.equals(magic))) {
        logger.info(`${file} is of an earlier format: left aside, and written anew after this index`);
        closeSync(fd);
        return undefined;
      }
      if (!magic?.equals(MAGIC)) throw new Error('not an index image');
      const tail = readExactly(fd, size - TAIL, TAIL);
      const start = tail.readDoubleLE(32);
      const length = tail.readUInt32LE(40);
      if (!(start >= MAGIC.length && start + length === size - TAIL)) throw new Error('truncated');
      const body = readExactly(fd, start, length);
      if (!sha256(body).equals(tail.subarray(0, 32))) throw new Error('header checksum mismatch');
      const header = deserialize(body) as ImageHeader;
      if (header.codeVersion === codeVersion) return new SnapshotImage(file, fd, header, logger);
    } catch (err) {
      logger.warn(
        `${file} is damaged (${(err as Error).message}): the files are read from the index cache one by one, and it is written anew at shutdown`,
      );
    }
    if (fd !== undefined) closeSync(fd);
    return undefined;
  }

  /** Each file the image holds, with the content hash its index is for. */
  files(): [path: string, contentHash: string][] {
    return this.header.files.map(([p, hash]) => [p, hash]);
  }

  /** The table of strings the image's ids point into. */
  get strings(): readonly string[] {
    return this.header.strings;
  }

  /**
   * The glossary and figure index saved with the image, when made by code of this `version` and
   * sound; undefined when there are none or they are of other code (without a word), or damaged
   * (reported: they are then built from the documents, as without an image).
   */
  derived(version: string): SavedDerived | undefined {
    const at = this.header.derived;
    if (!at || at[3] !== version) return undefined;
    try {
      if (this.fd === undefined) throw new Error('closed');
      const bytes = readExactly(this.fd, at[0], at[1]);
      if (sha256(bytes).toString('hex') !== at[2]) throw new Error('checksum mismatch');
      const saved = deserialize(bytes) as SavedDerived;
      if (saved?.format !== DERIVED_FORMAT) throw new Error('unknown format');
      return saved;
    } catch (err) {
      this.logger.warn(
        `${this.file}: its glossary and figure index are damaged (${(err as Error).message}); they are built from the documents`,
      );
      return undefined;
    }
  }

  /** The index of a file, decoded, when the image holds one for this content hash and its chunk is sound. */
  take(file: string, contentHash: string): FileIndex | undefined {
    const at = this.entries.get(file);
    if (!at || at[0] !== contentHash) return undefined;
    this.entries.delete(file);
    const chunk = this.chunk(at[1]);
    const stored = chunk.files?.[at[2]];
    if (--chunk.left === 0) this.decoded.delete(at[1]);
    if (!stored || stored.path !== file) return undefined;
    stored.documents.forEach((doc, i) => {
      if (doc.compact) doc.scan = expandScan(doc.scan as CompactScan, this.header.strings);
      delete doc.compact;
      const k = 3 * (chunk.firstDoc[at[2]] + i);
      const [start, length, chars] = [chunk.at[k], chunk.at[k + 1], chunk.at[k + 2]];
      const bare = doc as unknown as Omit<SourceDocument, 'normalized' | 'originalLineStarts'>;
      deferText(bare, chars, chunk.texts, start, start + length, decodeText);
    });
    const index = reviveFileIndex(stored as unknown as FileIndex);
    index.fromCache = true;
    return index;
  }

  /** Closes the file (every file wanted is taken). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.decoded.clear();
  }

  /**
   * A chunk, read and checked whole: its indexes decoded, its texts kept as bytes (in a buffer of
   * their own, which the documents' texts point into until each is read).
   */
  private chunk(n: number): Chunk {
    let chunk = this.decoded.get(n);
    if (chunk) return chunk;
    const [offset, length, hash, textsAt] = this.header.chunks[n];
    let files: StoredIndex[] | undefined;
    let texts: Buffer = Buffer.alloc(0);
    let at: Float64Array = new Float64Array(0);
    try {
      if (this.fd === undefined) throw new Error('closed');
      if (!(textsAt >= 0 && textsAt <= length)) throw new Error('bad chunk entry');
      const head = readExactly(this.fd, offset, textsAt);
      texts = readExactly(this.fd, offset + textsAt, length - textsAt);
      if (createHash('sha256').update(head).update(texts).digest('hex') !== hash) throw new Error('checksum mismatch');
      const stored = deserialize(head) as StoredChunk;
      ownArrays(stored.files);
      ({ files, texts: at } = stored);
    } catch (err) {
      this.logger.warn(
        `${this.file}: part ${n + 1} is damaged (${(err as Error).message}); its files are read from the index cache`,
      );
    }
    const firstDoc: number[] = [];
    let docs = 0;
    for (const f of files ?? []) {
      firstDoc.push(docs);
      docs += f.documents.length;
    }
    this.decoded.set(n, (chunk = { files, at, firstDoc, texts, left: this.counts[n] }));
    return chunk;
  }

  /** Writes an image of these files' indexes at once (see writing). */
  static write(
    dir: string,
    codeVersion: string,
    held: Iterable<{ path: string; contentHash: string; index: FileIndex }>,
    derived?: DerivedSaver,
  ): boolean {
    return drain(SnapshotImage.writing(dir, codeVersion, held, derived));
  }

  /**
   * Writes an image of these files' indexes (in path order: the order a full index asks for them)
   * one chunk at a time, yielding after each, so that a server writes it between requests, then
   * the glossary and figure index `derived` saves when the chunks are done; the file replaces
   * the last image only once whole. Returns whether it was written (a failure only costs the
   * next start its head start).
   */
  static *writing(
    dir: string,
    codeVersion: string,
    held: Iterable<{ path: string; contentHash: string; index: FileIndex }>,
    derived?: DerivedSaver,
  ): Generator<void, boolean> {
    const files = [...held].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const file = path.join(dir, IMAGE_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    let fd: number | undefined;
    try {
      mkdirSync(dir, { recursive: true });
      fd = openSync(tmp, 'w');
      writeSync(fd, MAGIC);
      const table = new StringTable();
      const header: ImageHeader = { codeVersion, strings: table.strings, chunks: [], files: [] };
      let offset = MAGIC.length;
      for (let c = 0; c * CHUNK_FILES < files.length; c++) {
        const group = files.slice(c * CHUNK_FILES, (c + 1) * CHUNK_FILES);
        group.forEach((f, i) => header.files.push([f.path, f.contentHash, c, i]));
        const texts: Uint8Array[] = [];
        const places: number[] = [];
        const stored: StoredChunk = {
          files: group.map((f) => storedIndex(f.index, table, texts, places)),
          texts: Float64Array.from(places),
        };
        const head = serialize(stored);
        offset += writePart(fd, offset, [head, ...texts], header.chunks);
        header.chunks[c][3] = head.length;
        yield;
      }
      const saved = derived && (yield* derived.save(table));
      if (saved)
        offset += writePart(fd, offset, [serialize(saved)], [], (at) => (header.derived = [...at, derived!.version]));
      writeHeader(fd, offset, header);
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, file);
      return true;
    } catch {
      if (fd !== undefined) closeSync(fd);
      try {
        unlinkSync(tmp);
      } catch {
        /* nothing written */
      }
      return false;
    }
  }
}

/** Saves the glossary and figure index (their strings into the image's table), for code of `version`. */
export interface DerivedSaver {
  version: string;
  save(table: StringTable): Generator<void, SavedDerived | undefined>;
}

/** Writes one checksummed part (these pieces, one after the other) at `offset`, noted in `parts` (and given to `noted`); returns its length. */
function writePart(
  fd: number,
  offset: number,
  pieces: Uint8Array[],
  parts: [number, number, string, ...number[]][],
  noted?: (at: [number, number, string]) => void,
): number {
  const bytes = Buffer.concat(pieces);
  writeSync(fd, bytes);
  const at: [number, number, string] = [offset, bytes.length, sha256(bytes).toString('hex')];
  parts.push(at);
  noted?.(at);
  return bytes.length;
}

/** The header, then the tail: its SHA-256, where it starts and its length. */
function writeHeader(fd: number, offset: number, header: ImageHeader): void {
  const body = serialize(header);
  const tail = Buffer.alloc(TAIL);
  sha256(body).copy(tail);
  tail.writeDoubleLE(offset, 32);
  tail.writeUInt32LE(body.length, 40);
  writeSync(fd, Buffer.concat([body, tail]));
}

/** A file's index as stored, each document's text serialised on its own onto `texts` (or its bytes as read, when it has not been read since). */
function storedIndex(index: FileIndex, table: StringTable, texts: Uint8Array[], at: number[]): StoredIndex {
  let start = texts.reduce((n, t) => n + t.length, 0);
  const stored: StoredIndex = {
    ...index,
    documents: index.documents.map((doc) => {
      const text =
        undecodedText(doc) ?? serialize({ normalized: doc.normalized, originalLineStarts: doc.originalLineStarts });
      texts.push(text);
      at.push(start, text.length, textLength(doc));
      const out = {} as StoredDocument;
      start += text.length;
      // Each property but the text (read without reading a text not yet read).
      for (const key of Object.keys(doc) as (keyof SourceDocument)[])
        if (key !== 'normalized' && key !== 'originalLineStarts')
          (out as unknown as Record<string, unknown>)[key] = doc[key];
      const scan = compactScan(doc.scan, table);
      if (scan) Object.assign(out, { scan, compact: true });
      return out;
    }),
  };
  delete stored.fromCache;
  return stored;
}

/**
 * Copies the compact scans' arrays of a chunk's documents into one buffer for the chunk: as
 * deserialised they are views into the chunk's bytes, and a scan whose terms are never made (most
 * of them on a warm start) kept those bytes alive whole (at 50 MB, 95 MB outside the heap against
 * 36 MB of texts). One copy per chunk, not per document: a buffer per document cost more.
 */
function ownArrays(files: StoredIndex[]): void {
  const scans: CompactScan[] = [];
  let float64s = 0;
  let uint32s = 0;
  for (const f of files)
    for (const doc of f.documents) {
      if (!doc.compact) continue;
      const c = doc.scan as CompactScan;
      scans.push(c);
      float64s += c.termNumbers.length;
      uint32s += c.ids.length + c.runs.length + c.termIds.length;
    }
  const buffer = new ArrayBuffer(8 * float64s + 4 * uint32s);
  let at = 0;
  const copy = <T extends Float64Array | Uint32Array>(a: T, make: (b: ArrayBuffer, at: number, n: number) => T): T => {
    const out = make(buffer, at, a.length);
    out.set(a);
    at += a.byteLength;
    return out;
  };
  // The doubles first, at offsets that are multiples of 8.
  for (const c of scans) c.termNumbers = copy(c.termNumbers, (b, i, n) => new Float64Array(b, i, n));
  const uint32 = (b: ArrayBuffer, i: number, n: number) => new Uint32Array(b, i, n);
  for (const c of scans) {
    c.ids = copy(c.ids, uint32);
    c.runs = copy(c.runs, uint32);
    c.termIds = copy(c.termIds, uint32);
  }
}

/** A document's text, offset map and line starts from their stored bytes (see deferText). */
function decodeText(bytes: Uint8Array): DocumentText {
  const text = deserialize(bytes) as DocumentText;
  reviveFileIndex({ documents: [text] });
  return text;
}

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function readExactly(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  if (readSync(fd, bytes, 0, length, position) !== length) throw new Error('truncated');
  return bytes;
}
