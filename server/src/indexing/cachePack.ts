import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, unlinkSync, write, writeFileSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** What a cache record says about the file it was made from. */
export interface CacheMeta {
  path: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
}

/** Where one file's record sits in the pack: handed to a worker, which reads and checks it itself. */
export interface RecordLocation {
  offset: number;
  length: number;
}

// The pack starts with PACK_MAGIC and the code version; each record is REC_MAGIC, the SHA-1 of the
// rest, the lengths of the metadata and the payload, the metadata and the payload (both
// v8-serialised). One changed byte (a disk error, a hand edit) fails the checksum and the file is
// indexed again; a later record for the same path supersedes an earlier one.
const PACK_MAGIC = Buffer.from('PWP1');
const REC_MAGIC = Buffer.from('PWR1');
const REC_HEAD = 32;
export const PACK_NAME = 'index.pack';
// Where each record of the pack is, saved at shutdown: a start reads it instead of the head of
// every record (two reads and a deserialisation per file: 0.4-0.8 s at 19,000 files). Not *.bin
// nor *.tmp (see load).
export const PACK_INDEX_NAME = 'index.pack.where';

/** What PACK_INDEX_NAME holds: the records of the pack's first `size` bytes (the pack file `ino`), made by `codeVersion`. */
interface PackIndex {
  codeVersion: string;
  ino: number;
  size: number;
  dead: number;
  paths: string[];
  hashes: string[];
  /** offset and length of each path's record */
  places: Float64Array;
}

/** One record's bytes (built in the thread that indexed the file, appended by the pack's owner). */
export function packRecord(meta: CacheMeta, payload: Uint8Array): Buffer {
  const head = serialize(meta);
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(head.length, 0);
  lengths.writeUInt32LE(payload.length, 4);
  const hash = createHash('sha1').update(lengths).update(head).update(payload).digest();
  return Buffer.concat([REC_MAGIC, hash, lengths, head, payload]);
}

/** The metadata and payload of a record, or undefined when it is damaged. */
export function unpackRecord(bytes: Buffer): { meta: CacheMeta; payload: Buffer } | undefined {
  if (bytes.length < REC_HEAD || !bytes.subarray(0, 4).equals(REC_MAGIC)) return undefined;
  const headLength = bytes.readUInt32LE(24);
  const payloadLength = bytes.readUInt32LE(28);
  if (REC_HEAD + headLength + payloadLength !== bytes.length) return undefined;
  if (!createHash('sha1').update(bytes.subarray(24)).digest().equals(bytes.subarray(4, 24))) return undefined;
  try {
    return { meta: deserialize(bytes.subarray(REC_HEAD, REC_HEAD + headLength)) as CacheMeta, payload: bytes.subarray(REC_HEAD + headLength) };
  } catch {
    return undefined;
  }
}

/** Reads one record at a location of a pack file (any thread); undefined when it is missing or damaged. */
export function readRecord(fd: number, at: RecordLocation): { meta: CacheMeta; payload: Buffer } | undefined {
  try {
    const bytes = Buffer.allocUnsafe(at.length);
    if (readSync(fd, bytes, 0, at.length, at.offset) !== at.length) return undefined;
    return unpackRecord(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The persistent index cache of one corpus: one append-only pack file instead of a file per corpus
 * file, so a cold index creates no file per source and a warm start opens one. One owner per
 * process appends (the server thread, or the CLI); workers only read records at locations the
 * owner gives them. Superseded and pruned records are dropped when the pack is next opened, if
 * they make up more than half of it. A pack written by other indexing code is started afresh.
 */
export class CachePack {
  private fd: number | undefined;
  private size = 0;
  /** bytes of records on disk (size counts those still being written) */
  private written = 0;
  private dead = 0;
  private readonly records = new Map<string, RecordLocation & { contentHash: string }>();
  private writes: Promise<void> = Promise.resolve();
  /** whether the records differ from those PACK_INDEX_NAME holds (it is saved again at flush) */
  private moved = true;

  private constructor(readonly file: string, readonly codeVersion: string) {}

  private static readonly open_ = new Map<string, CachePack>();

  /** The pack this process has open for a cache folder, if any. */
  static existing(dir: string): CachePack | undefined {
    return CachePack.open_.get(path.join(dir, PACK_NAME));
  }

  /** The pack of a cache folder in this process (shared by every indexer on it); undefined when it cannot be opened. */
  static open(dir: string, codeVersion: string): CachePack | undefined {
    const file = path.join(dir, PACK_NAME);
    let pack = CachePack.open_.get(file);
    if (pack && pack.codeVersion === codeVersion && pack.stillOurs()) return pack;
    pack = new CachePack(file, codeVersion);
    try {
      pack.load(dir);
    } catch {
      return undefined;
    }
    CachePack.open_.set(file, pack);
    return pack;
  }

  get path(): string {
    return this.file;
  }

  get entries(): number {
    return this.records.size;
  }

  lookup(file: string): (RecordLocation & { contentHash: string }) | undefined {
    return this.records.get(file);
  }

  read(file: string): { meta: CacheMeta; payload: Buffer } | undefined {
    const at = this.records.get(file);
    if (at === undefined || this.fd === undefined) return undefined;
    const r = readRecord(this.fd, at);
    return r && r.meta.path === file ? r : undefined;
  }

  /** Appends a record now (the CLI, tests, an in-thread fallback). */
  appendSync(file: string, contentHash: string, record: Buffer): void {
    if (this.fd === undefined) return;
    try {
      writeSync(this.fd, record, 0, record.length, this.size);
      this.place(file, contentHash, record.length);
    } catch {
      /* a full or read-only disk only costs the next start its warm cache */
    }
  }

  /** Appends a record without blocking the thread; it becomes readable once written. */
  append(file: string, contentHash: string, record: Buffer): void {
    if (this.fd === undefined) return;
    const offset = this.size;
    this.size += record.length;
    const fd = this.fd;
    this.writes = this.writes.then(async () => {
      try {
        await new Promise<void>((resolve, reject) => write(fd, record, 0, record.length, offset, (err) => (err ? reject(err) : resolve())));
        const old = this.records.get(file);
        if (old) this.dead += old.length;
        this.records.set(file, { offset, length: record.length, contentHash });
        this.written = Math.max(this.written, offset + record.length);
        this.moved = true;
      } catch {
        /* as above */
      }
    });
  }

  /** Resolves when every appended record is on disk (and where each record is, for the next start). */
  flush(): Promise<void> {
    return this.writes.then(() => this.saveIndex());
  }

  /** Saves where each record is (PACK_INDEX_NAME), when that changed since the pack was opened or last saved. */
  private saveIndex(): void {
    if (!this.moved || this.fd === undefined || this.written !== this.size) return;
    const where = path.join(path.dirname(this.file), PACK_INDEX_NAME);
    const tmp = `${where}.${process.pid}.part`;
    try {
      const places = new Float64Array(2 * this.records.size);
      const paths: string[] = [];
      const hashes: string[] = [];
      for (const [file, at] of this.records) {
        places[2 * paths.length] = at.offset;
        places[2 * paths.length + 1] = at.length;
        paths.push(file);
        hashes.push(at.contentHash);
      }
      const index: PackIndex = { codeVersion: this.codeVersion, ino: fstatSync(this.fd).ino, size: this.written, dead: this.dead, paths, hashes, places };
      writeFileSync(tmp, serialize(index));
      renameSync(tmp, where);
      this.moved = false;
    } catch {
      /* the next start reads the records' heads instead */
    }
  }

  /**
   * The records PACK_INDEX_NAME says the pack's first bytes hold, when it is of this pack file (same
   * inode, not shorter) and code; returns where the pack's records are still to be read from. A
   * wrong entry costs only a miss: every record read is checked (checksum, path, content hash).
   */
  private loadIndex(dir: string, fd: number, total: number, from: number): number {
    let index: PackIndex;
    try {
      index = deserialize(readFileSync(path.join(dir, PACK_INDEX_NAME))) as PackIndex;
      if (index.codeVersion !== this.codeVersion || index.ino !== fstatSync(fd).ino || !(index.size >= from && index.size <= total)) return from;
      if (index.paths.length !== index.hashes.length || index.places.length !== 2 * index.paths.length) return from;
    } catch {
      return from;
    }
    index.paths.forEach((file, i) => this.records.set(file, { offset: index.places[2 * i], length: index.places[2 * i + 1], contentHash: index.hashes[i] }));
    this.dead = index.dead;
    this.moved = false;
    return index.size;
  }

  /** Forgets the records of files no longer in the corpus; returns how many. Their bytes go at the next compaction. */
  prune(live: ReadonlySet<string>): number {
    let removed = 0;
    for (const [file, at] of this.records) {
      if (live.has(file)) continue;
      this.records.delete(file);
      this.dead += at.length;
      this.moved = true;
      removed++;
    }
    return removed;
  }

  private place(file: string, contentHash: string, length: number): void {
    const old = this.records.get(file);
    if (old) this.dead += old.length;
    this.records.set(file, { offset: this.size, length, contentHash });
    this.moved = true;
    this.size += length;
    this.written = Math.max(this.written, this.size);
  }

  /** The file on disk is still the one this object wrote (not replaced or truncated by someone else). */
  private stillOurs(): boolean {
    if (this.fd === undefined) return false;
    try {
      const st = fstatSync(this.fd);
      return st.size >= this.written && st.nlink > 0;
    } catch {
      return false;
    }
  }

  private load(dir: string): void {
    // The per-file entries of earlier versions are superseded by the pack.
    try {
      for (const n of readdirSync(dir)) if (n.endsWith('.bin') || n.endsWith('.tmp')) unlinkSync(path.join(dir, n));
    } catch {
      mkdirSync(dir, { recursive: true });
    }
    const header = Buffer.concat([PACK_MAGIC, Buffer.from(`${this.codeVersion}\n`)]);
    let fd = openSync(this.file, 'a+');
    closeSync(fd);
    fd = openSync(this.file, 'r+');
    const total = fstatSync(fd).size;
    const start = Buffer.alloc(header.length);
    const ok = total >= header.length && readSync(fd, start, 0, header.length, 0) === header.length && start.equals(header);
    if (!ok) {
      // Empty, damaged or written by other code: start afresh.
      closeSync(fd);
      writeFileSync(this.file, header);
      fd = openSync(this.file, 'r+');
      this.fd = fd;
      this.size = this.written = header.length;
      return;
    }
    this.fd = fd;
    let offset = this.loadIndex(dir, fd, total, header.length);
    const head = Buffer.alloc(REC_HEAD);
    while (offset + REC_HEAD <= total) {
      this.moved = true;
      if (readSync(fd, head, 0, REC_HEAD, offset) !== REC_HEAD || !head.subarray(0, 4).equals(REC_MAGIC)) break;
      const metaLength = head.readUInt32LE(24);
      const length = REC_HEAD + metaLength + head.readUInt32LE(28);
      if (offset + length > total) break; // a record cut short by a crash: the pack ends before it
      const metaBytes = Buffer.alloc(metaLength);
      readSync(fd, metaBytes, 0, metaLength, offset + REC_HEAD);
      let meta: CacheMeta | undefined;
      try {
        meta = deserialize(metaBytes) as CacheMeta;
      } catch {
        break;
      }
      const old = this.records.get(meta.path);
      if (old) this.dead += old.length;
      this.records.set(meta.path, { offset, length, contentHash: meta.contentHash });
      offset += length;
    }
    this.size = this.written = offset;
    if (this.dead > this.size / 2 && this.dead > 1 << 20) this.compact(header);
  }

  /** Rewrites the pack with only its live records. */
  private compact(header: Buffer): void {
    const tmp = `${this.file}.${process.pid}.compact`;
    const out = openSync(tmp, 'w');
    try {
      writeSync(out, header);
      let offset = header.length;
      const moved = new Map<string, RecordLocation & { contentHash: string }>();
      for (const [file, at] of this.records) {
        const bytes = Buffer.allocUnsafe(at.length);
        readSync(this.fd!, bytes, 0, at.length, at.offset);
        writeSync(out, bytes, 0, bytes.length, offset);
        moved.set(file, { ...at, offset });
        offset += at.length;
      }
      closeSync(out);
      renameSync(tmp, this.file);
      closeSync(this.fd!);
      this.fd = openSync(this.file, 'r+');
      this.records.clear();
      for (const [f, at] of moved) this.records.set(f, at);
      this.size = this.written = offset;
      this.dead = 0;
      this.moved = true;
    } catch {
      try {
        closeSync(out);
        unlinkSync(tmp);
      } catch {
        /* nothing left to undo */
      }
    }
  }
}

