import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileIndex } from '../core/corpus/types.js';
import {
  restoreNameCounts,
  savedNameCounts,
  type CountedNames,
  type SavedNameCounts,
} from '../core/glossary/glossary.js';
import type { ILogger } from '../core/seams.js';

// Not *.bin nor *.tmp: the pack deletes those (the per-file cache entries of earlier versions).
export const NAME_COUNTS_FILE = 'index.counts';
const MAGIC = Buffer.from('PWN1');

/** One file's documents' counts: the content hash they were counted from, then per document [set of names, ids, counts] or null. */
type StoredFile = [
  path: string,
  contentHash: string,
  docs: ([probe: number, ids: Uint32Array, counts: Uint32Array] | null)[],
];

interface Stored {
  codeVersion: string;
  probes: CountedNames[];
  files: StoredFile[];
}

/**
 * The glossary's name counts of every document, kept beside the index cache from one run to the
 * next: a warm start then sums them instead of counting every name in every document again (the
 * largest single cost of a warm start, 0.8 s of 4 s at 50 MB). A document is given counts only for
 * the very content (hash) and code (version) they were counted with; the file is written whole
 * at shutdown, checksummed, and a damaged one is reported and counted afresh, never trusted.
 */
export class NameCountStore {
  private readonly saved = new Map<string, { contentHash: string; docs: (SavedNameCounts | undefined)[] }>();
  restored = 0;

  private constructor(
    readonly file: string,
    private readonly codeVersion: string,
  ) {}

  static load(dir: string, codeVersion: string, logger: ILogger): NameCountStore {
    const store = new NameCountStore(path.join(dir, NAME_COUNTS_FILE), codeVersion);
    if (!existsSync(store.file)) return store;
    try {
      store.read(readFileSync(store.file));
    } catch (err) {
      store.saved.clear();
      logger.warn(
        `${store.file} is damaged (${(err as Error).message}): the glossary counts its names afresh, and the file is written anew at shutdown`,
      );
    }
    return store;
  }

  /** Gives the documents of a file handed out with this content hash their saved counts; returns how many got them. */
  adopt(file: string, contentHash: string, index: FileIndex): number {
    const entry = this.saved.get(file);
    if (!entry) return 0;
    this.saved.delete(file);
    if (entry.contentHash !== contentHash || entry.docs.length !== index.documents.length) return 0;
    let n = 0;
    index.documents.forEach((doc, i) => {
      const saved = entry.docs[i];
      if (saved?.probe && Array.isArray(saved.probe.names) && restoreNameCounts(doc, saved)) n++;
    });
    this.restored += n;
    return n;
  }

  /** Writes the counts the documents of these files hold (replacing the file; a failure only costs the next start its head start). */
  save(files: Iterable<{ path: string; contentHash: string; index: FileIndex }>): void {
    const probes: CountedNames[] = [];
    const probeIds = new Map<CountedNames, number>();
    const stored: StoredFile[] = [];
    for (const { path: file, contentHash, index } of files) {
      const docs = index.documents.map((doc) => {
        const c = savedNameCounts(doc);
        if (!c) return null;
        let id = probeIds.get(c.probe);
        if (id === undefined) probeIds.set(c.probe, (id = probes.push(c.probe) - 1));
        return [id, c.ids, c.counts] as [number, Uint32Array, Uint32Array];
      });
      if (docs.some((d) => d)) stored.push([file, contentHash, docs]);
    }
    const payload = serialize({ codeVersion: this.codeVersion, probes, files: stored } satisfies Stored);
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, Buffer.concat([MAGIC, createHash('sha1').update(payload).digest(), payload]));
      renameSync(tmp, this.file);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        /* nothing written */
      }
    }
  }

  private read(bytes: Buffer): void {
    if (bytes.length < 24 || !bytes.subarray(0, 4).equals(MAGIC)) throw new Error('not a name count file');
    const payload = bytes.subarray(24);
    if (!createHash('sha1').update(payload).digest().equals(bytes.subarray(4, 24)))
      throw new Error('checksum mismatch');
    const stored = deserialize(payload) as Stored;
    // Counts made by other code may count otherwise: they are dropped without a word, as the index cache is.
    if (stored.codeVersion !== this.codeVersion) return;
    for (const [file, contentHash, docs] of stored.files) {
      this.saved.set(file, {
        contentHash,
        docs: docs.map((d) => (d ? { probe: stored.probes[d[0]], ids: d[1], counts: d[2] } : undefined)),
      });
    }
  }
}
