import { Worker } from 'node:worker_threads';
import type { IFileIndexer } from '../core/corpus/corpusIndexer.js';
import type { FileIndex, SourceDocument } from '../core/corpus/types.js';
import type { StringTable } from '../core/corpus/compactScan.js';
import { derivedSavable, savedDerived, seedDerived } from '../core/corpus/derivedImage.js';
import { CachedFileIndexer, decodeIndex } from './cachedFileIndexer.js';
import { CachePack } from './cachePack.js';
import type { ILogger } from '../core/seams.js';
import type { BundledIndex } from './bundledIndex.js';
import { NameCountStore } from './nameCountStore.js';
import { IMAGE_FILE, SnapshotImage } from './snapshotImage.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

interface Pending {
  path: string;
  /** the index this thread holds for the path, returned as it is if the worker finds the file unchanged */
  held?: FileIndex;
  resolve: (index: FileIndex | undefined) => void;
  reject: (err: Error) => void;
}

/** What the worker posts back for one file (or once, `ready`, when its code is loaded). */
interface WorkerReply {
  id: number;
  ready?: boolean;
  unchanged?: boolean;
  payload?: ArrayBuffer;
  fromCache?: boolean;
  record?: ArrayBuffer;
  contentHash?: string;
  error?: string;
  /** for a `verify` request: the files whose content has the hash asked about */
  verified?: string[];
}

// Files of the index image whose content the worker checks in one request.
const VERIFY_BATCH = 256;

// Time spent taking results before the event loop gets a turn.
const INBOX_SLICE_MS = 2;

/**
 * Indexes files in a worker thread, so decoding, normalising and scanning a large corpus never
 * holds up the server's event loop. If the worker dies, pending files fail (and are reported)
 * and the next file starts a fresh worker; if no worker can start, the fallback indexes in-thread.
 */
export class WorkerFileIndexer implements IFileIndexer {
  private workers: (Worker | undefined)[];
  private pending = new Map<number, Pending & { slot: number }>();
  private nextId = 1;
  /** results received and not yet taken (see drainInbox) */
  private inbox: { m: WorkerReply; p: Pending | undefined }[] = [];
  private draining = false;
  private turn = 0;

  private readonly pack: CachePack | undefined;
  /** the glossary's name counts of the last run, given to the documents of files whose content is unchanged (read when the first file comes in: null until then) */
  private nameCountStore: NameCountStore | undefined | null = null;
  private readonly online = new WeakSet<Worker>();
  /** content hash of each file's index this thread has handed out (weakly: a dropped file's index may go) */
  private readonly known = new Map<string, { hash: string; index: WeakRef<FileIndex> }>();

  /** the last run's image of the corpus (see SnapshotImage): undefined when none, null until a first run asks for it */
  private image: SnapshotImage | undefined | null = null;
  /** files the image holds, with the content hash it is for and the worker's check of their batch */
  private readonly fromImage = new Map<string, { hash: string; checked: Promise<Set<string>> }>();
  /** files asked for whose check has not come back yet */
  private imageTaking = 0;
  /** what the image on disk holds (path -> content hash): written again at shutdown only when that changed */
  private imageOnDisk: Map<string, string> | undefined;
  private readonly verifying = new Map<number, (paths: string[]) => void>();
  /** an image being written: each call writes one more chunk; true once done */
  private imageWriting: (() => boolean) | undefined;

  /** the content hash of the file each bundled document handed out came from (others: see hashOf) */
  private readonly bundledHashes = new WeakMap<SourceDocument, string>();
  /** whether this run's complete snapshot took its glossary and figure index from the image */
  private derivedTaken = false;

  /** the bundled corpus as indexed at build time, and where the bundled corpus is now */
  bundled?: { index: BundledIndex; folder: () => string | undefined };

  constructor(private readonly script: string, private readonly options: { cacheDir?: string; codeVersion: string; derivedVersion?: string }, private readonly fallback: IFileIndexer, private readonly logger: ILogger, size = 1) {
    this.workers = new Array(Math.max(1, size)).fill(undefined);
    // This thread owns the pack (the fallback indexer shares it): workers only read from it.
    this.pack = options.cacheDir ? CachePack.open(options.cacheDir, options.codeVersion) : undefined;
    // A warm start: the worker will check the image's files as soon as they are listed, so it
    // loads its code now, while the bundled corpus is served and the folders are listed.
    if (options.cacheDir && existsSync(join(options.cacheDir, IMAGE_FILE))) this.ensureWorker(0);
  }

  /** Read on first use, off the path to the bundled corpus's first snapshot (7 MB to read and check at 100 MB). */
  private get nameCounts(): NameCountStore | undefined {
    if (this.nameCountStore === null) this.nameCountStore = this.pack && this.options.cacheDir ? NameCountStore.load(this.options.cacheDir, this.options.codeVersion, this.logger) : undefined;
    return this.nameCountStore;
  }

  get size(): number {
    return this.workers.length;
  }

  index(path: string, maxFileBytes: number): Promise<FileIndex> {
    // A bundled file as it was at build time: no worker (still loading its code on a first start) needed.
    const folder = this.bundled?.folder();
    const prebuilt = folder ? this.bundled!.index.lookup(path, folder) : undefined;
    if (prebuilt) {
      const hash = this.bundled!.index.contentHashOf(prebuilt);
      if (hash) for (const doc of prebuilt.documents) this.bundledHashes.set(doc, hash);
      return Promise.resolve(prebuilt);
    }
    return this.fromImageOr(path, maxFileBytes) ?? this.indexElsewhere(path, maxFileBytes);
  }

  /** Indexes a file in a worker (or reads its cache record here while the worker starts). */
  private indexElsewhere(path: string, maxFileBytes: number): Promise<FileIndex> {
    const slot = this.turn++ % this.workers.length;
    const worker = this.ensureWorker(slot);
    if (!worker) return this.fallback.index(path, maxFileBytes);
    // While the worker is still starting (a few hundred ms of loading code), small files with a
    // good cache record are read here: the bundled corpus answers hovers before the worker is up.
    if (!this.online.has(worker) && this.fallback instanceof CachedFileIndexer && (this.pack?.lookup(path)?.length ?? Infinity) < 1 << 20) {
      const cached = this.fallback.tryCached(path, maxFileBytes);
      if (cached) {
        // Held as if the worker had sent it: a re-index then finds the file unchanged and keeps the
        // objects (and the name counts and placed figures cached on them). On a warm start every
        // small file can come this way; a re-index decoded them all again and rebuilt the glossary
        // and the figure index in full.
        this.remember(path, cached.contentHash, cached.index);
        return Promise.resolve(cached.index);
      }
    }
    const id = this.nextId++;
    const known = this.known.get(path);
    const held = known?.index.deref();
    return new Promise<FileIndex | undefined>((resolve, reject) => {
      this.pending.set(id, { path, held, resolve, reject, slot });
      worker.postMessage({ id, path, maxFileBytes, at: this.pack?.lookup(path), have: held && known!.hash });
    }) as Promise<FileIndex>;
  }

  /**
   * Before a first run: reads the last run's image of the corpus and has the worker check which of
   * these files still have the content it was made from, in batches in the order they will be asked
   * for; a file whose batch is checked is then served from the image (decoded as it is asked for)
   * while the worker checks the next batches.
   */
  async beginRun(paths: readonly string[], maxFileBytes: number): Promise<void> {
    if (this.image !== null || !this.options.cacheDir) return;
    this.image = SnapshotImage.load(this.options.cacheDir, this.options.codeVersion, this.logger);
    if (!this.image) return;
    const onDisk = new Map(this.image.files());
    this.imageOnDisk = onDisk;
    this.seedDerived(this.image);
    const ask = paths.filter((p) => onDisk.has(p) && !this.known.has(p)).map((p): [string, string] => [p, onDisk.get(p)!]);
    const worker = ask.length ? this.ensureWorker(0) : undefined;
    if (!worker) return this.dropImage();
    for (let i = 0; i < ask.length; i += VERIFY_BATCH) {
      const batch = ask.slice(i, i + VERIFY_BATCH);
      const id = this.nextId++;
      const checked = new Promise<Set<string>>((resolve) => {
        this.verifying.set(id, (verified) => resolve(new Set(verified)));
        worker.postMessage({ id, verify: batch, maxFileBytes });
      });
      for (const [p, hash] of batch) this.fromImage.set(p, { hash, checked });
    }
  }

  /** Offers the glossary and figure index of the last run, kept with the image, to a complete snapshot of the same documents. */
  private seedDerived(image: SnapshotImage): void {
    const derived = this.options.derivedVersion ? image.derived(this.options.derivedVersion) : undefined;
    if (!derived) return;
    seedDerived(derived, image.strings, (doc) => this.hashOf(doc), () => {
      this.derivedTaken = true;
      this.logger.info('glossary and figure index taken from the index image');
    });
  }

  /**
   * After a full index (complete, or cancelled): what it did not take from the image is not served
   * later, when the file may have changed since the worker checked it.
   */
  endRun(complete: boolean): void {
    this.fromImage.clear();
    this.dropImage();
    // A complete index: its image is written for the next start, in slices from now on.
    if (complete) this.writeImage();
  }

  /** Whether files of this run are still to come from the image: listed in it and not yet asked for, or asked for and not yet checked. */
  storedFilesPending(): boolean {
    return this.fromImage.size > 0 || this.imageTaking > 0;
  }

  /** A file's index from the image once its batch is checked, if its content is unchanged; else as usual. */
  private fromImageOr(path: string, maxFileBytes: number): Promise<FileIndex> | undefined {
    const entry = this.fromImage.get(path);
    if (!entry) return undefined;
    this.fromImage.delete(path);
    this.imageTaking++;
    return entry.checked.then((unchanged) => {
      this.imageTaking--;
      let index: FileIndex | undefined;
      try {
        if (unchanged.has(path)) index = this.image?.take(path, entry.hash);
      } catch (err) {
        this.logger.warn(`${path}: its record in the index image cannot be read (${(err as Error).message}); read from the index cache`);
      }
      // Every file asked for and taken: the image is closed.
      if (!this.fromImage.size && !this.imageTaking) this.dropImage();
      if (!index) return this.indexElsewhere(path, maxFileBytes);
      this.remember(path, entry.hash, index);
      return index;
    });
  }

  private dropImage(): void {
    this.image?.close();
    this.image = undefined;
  }

  /**
   * Starts writing the image of every file held, a chunk of files per turn of the event loop,
   * unless the one on disk (or being written) holds exactly these files and contents.
   */
  private writeImage(): void {
    const dir = this.options.cacheDir;
    if (!dir || this.imageWriting) return;
    const held = [...this.held()];
    const onDisk = this.imageOnDisk;
    // Also rewritten when it could hold this index's glossary and figure index but they were not
    // taken from it (none in it, other code's, damaged); not when they cannot be kept (a curated glossary).
    if ((this.derivedTaken || !derivedSavable()) && onDisk && onDisk.size === held.length && held.every((h) => onDisk.get(h.path) === h.contentHash)) return;
    const version = this.options.derivedVersion;
    const derived = version ? { version, save: (table: StringTable) => savedDerived((doc) => this.hashOf(doc), table) } : undefined;
    const writing = SnapshotImage.writing(dir, this.options.codeVersion, held, derived);
    const contents = new Map(held.map((h) => [h.path, h.contentHash]));
    this.imageWriting = () => {
      for (let r = writing.next(); ; r = writing.next()) {
        if (!r.done) return false;
        if (r.value) this.imageOnDisk = contents;
        this.imageWriting = undefined;
        return true;
      }
    };
    const step = () => {
      const write = this.imageWriting;
      if (write && !write.call(undefined)) setImmediate(step);
    };
    setImmediate(step);
  }

  /** Resolves when every cache record received so far is on disk, and the documents' name counts with them (at shutdown). */
  flush(): Promise<void> {
    while (this.inbox.length) {
      const { m, p } = this.inbox.shift()!;
      this.receive(m, p);
    }
    // Nothing handed out (a server stopped before it indexed): the last run's counts stay as they are.
    if (this.known.size) this.nameCounts?.save(this.held());
    // An image still being written is finished (after the pack's records are on disk: they come first).
    const packed = this.pack?.flush() ?? Promise.resolve();
    return packed.then(() => {
      while (this.imageWriting && !this.imageWriting());
    });
  }

  /** Every file index this thread has handed out and still holds, with the hash of its content. */
  private *held(): Generator<{ path: string; contentHash: string; index: FileIndex }> {
    for (const [path, { hash, index }] of this.known) {
      const held = index.deref();
      if (held) yield { path, contentHash: hash, index: held };
    }
  }

  private ensureWorker(slot: number): Worker | undefined {
    const existing = this.workers[slot];
    if (existing) return existing;
    try {
      const worker = new Worker(this.script, { workerData: this.options });
      worker.on('message', (m: WorkerReply) => {
        if (m.ready) return void this.online.add(worker);
        const verifying = this.verifying.get(m.id);
        if (verifying) {
          this.verifying.delete(m.id);
          return void verifying(m.verified ?? []);
        }
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        this.inbox.push({ m, p });
        if (!this.draining) {
          this.draining = true;
          setImmediate(() => this.drainInbox());
        }
      });
      worker.on('error', (err) => this.fail(slot, `index worker failed: ${err.message}`));
      worker.on('exit', (code) => code !== 0 && this.fail(slot, `index worker exited with code ${code}`));
      worker.unref();
      this.workers[slot] = worker;
      return worker;
    } catch (err) {
      this.logger.warn(`cannot start the index worker (${(err as Error).message}); indexing in the server thread`);
      return undefined;
    }
  }

  /**
   * Results are taken in a couple of milliseconds' worth at a time, with a turn of the event loop
   * between: the eight files in flight arrive together, and decoding them all in one go made a
   * hover that came meanwhile wait behind all of them.
   */
  private drainInbox(): void {
    const start = performance.now();
    while (this.inbox.length && performance.now() - start < INBOX_SLICE_MS) {
      const { m, p } = this.inbox.shift()!;
      this.receive(m, p);
    }
    if (this.inbox.length) setImmediate(() => this.drainInbox());
    else this.draining = false;
  }

  private receive(m: WorkerReply, p: Pending | undefined): void {
    // One deserialisation here, of the bytes the worker made (or read from the cache) once; none
    // when the file is as this thread already has it (a re-index keeps the objects, and the
    // per-document name counts and sentence features cached on them).
    let index: FileIndex | undefined;
    if (m.unchanged && p?.held) index = p.held;
    else if (m.payload) index = decodeIndex(new Uint8Array(m.payload), !!m.fromCache);
    if (index && p) {
      this.remember(p.path, m.contentHash, index);
      p.resolve(index);
    } else p?.reject(new Error(m.error ?? 'worker failed'));
    // The new record goes to disk after the result is in, without blocking this thread.
    if (m.record && m.contentHash && p) this.pack?.append(p.path, m.contentHash, Buffer.from(m.record));
  }

  /** The content hash of the file a document handed out came from (to save and check the glossary and figure index with the image). */
  private hashOf(doc: SourceDocument): string | undefined {
    const known = this.known.get(doc.path);
    if (known?.index.deref()?.documents.includes(doc)) return known.hash;
    return this.bundledHashes.get(doc);
  }

  /** The index handed out for a file and the hash of the content it is for (none known: forgotten). */
  private remember(path: string, contentHash: string | undefined, index: FileIndex): void {
    if (contentHash && index.documents.length) {
      this.known.set(path, { hash: contentHash, index: new WeakRef(index) });
      this.nameCounts?.adopt(path, contentHash, index);
    } else this.known.delete(path);
  }

  private fail(slot: number, message: string): void {
    this.logger.error(message);
    this.workers[slot] = undefined;
    // A check of the image that will not come back: nothing is served from it.
    for (const resolve of this.verifying.values()) resolve([]);
    this.verifying.clear();
    for (const [id, p] of this.pending) {
      if (p.slot !== slot) continue;
      p.reject(new Error(message));
      this.pending.delete(id);
    }
  }

  dispose(): void {
    for (const w of this.workers) void w?.terminate();
    this.workers.fill(undefined);
  }
}
