import { createHash } from 'node:crypto';
import { promises as fs, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import * as os from 'node:os';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { indexFile } from '../core/corpus/indexFile.js';
import { problemIndex, tooLarge, type IFileIndexer } from '../core/corpus/corpusIndexer.js';
import type { FileIndex } from '../core/corpus/types.js';
import { reviveFileIndex } from '../core/corpus/offsetMap.js';

interface CacheMeta {
  codeVersion: string;
  path: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
}

/**
 * One file's result as it crosses threads: the v8 serialisation of its FileIndex (made once, in
 * the thread that indexed or read it), and the cache entry still to write, if any.
 */
export interface IndexedBytes {
  payload: Buffer;
  fromCache: boolean;
  pending?: { meta: CacheMeta; payload: Buffer };
}

/**
 * Indexes one file, reusing a persisted result when the file is unchanged. Each corpus file has
 * one cache file (its metadata, then its v8-serialised FileIndex, under one checksum). A cache
 * written by other code (any change to the indexing code changes `codeVersion`), a corrupt one,
 * or one for different content is never trusted: the file is indexed again and the entry rewritten.
 *
 * Everything is synchronous: in a worker thread there is nothing else to wait for, and per small
 * file the promise hops of fs/promises cost more than the reads. A served cache entry is never
 * deserialised here: its payload bytes go to the server thread as they are.
 */
export class CachedFileIndexer implements IFileIndexer {
  hits = 0;
  misses = 0;
  private readonly queue: { meta: CacheMeta; payload: Buffer }[] = [];
  private madeDir = false;

  constructor(private readonly cacheDir: string | undefined, private readonly codeVersion: string) {}

  async index(file: string, maxFileBytes: number): Promise<FileIndex> {
    const r = this.lookup(file, maxFileBytes);
    if ('index' in r) return r.index;
    if ('hit' in r) return decodeIndex(r.hit, true);
    const index = indexFile(file, r.bytes);
    if (r.meta) this.writeEntry({ meta: r.meta, payload: serialize(index) });
    return index;
  }

  /** The serialised result for one file; a cache entry to write comes back in `pending` (see queueWrite). */
  indexBytes(file: string, maxFileBytes: number): IndexedBytes {
    const r = this.lookup(file, maxFileBytes);
    if ('index' in r) return { payload: serialize(r.index), fromCache: false };
    if ('hit' in r) return { payload: r.hit, fromCache: true };
    const payload = serialize(indexFile(file, r.bytes));
    return { payload, fromCache: false, pending: r.meta && { meta: r.meta, payload } };
  }

  /** A problem, a cache hit (its payload), or the bytes to index (and the entry's metadata when there is a cache). */
  private lookup(file: string, maxFileBytes: number): { index: FileIndex } | { hit: Buffer } | { bytes: Buffer; meta?: CacheMeta } {
    let stat: import('node:fs').Stats;
    try {
      stat = statSync(file);
    } catch {
      return { index: problemIndex(file, 'file disappeared before it could be read') };
    }
    if (!stat.isFile()) return { index: problemIndex(file, 'not a regular file') };
    if (stat.size > maxFileBytes) return { index: tooLarge(file, stat.size, maxFileBytes) };
    // The content decides, never size and mtime alone: an edit that keeps the size and restores the
    // old mtime (a checkout, a sync tool) must not serve the old text. Reading and hashing a file
    // costs a few ms per MB, far less than indexing it.
    const cached = this.read(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { index: problemIndex(file, `could not be read${code ? ` (${code})` : ''}: ${(err as Error).message}`) };
    }
    const contentHash = createHash('sha1').update(bytes).digest('hex');
    if (cached && cached.meta.contentHash === contentHash) {
      this.hits++;
      return { hit: cached.payload };
    }
    this.misses++;
    if (!this.cacheDir) return { bytes };
    return { bytes, meta: { codeVersion: this.codeVersion, path: file, size: stat.size, mtimeMs: stat.mtimeMs, contentHash } };
  }

  /** Keeps an entry to write later (after the result went out); `flush` writes what is queued. */
  queueWrite(entry: { meta: CacheMeta; payload: Buffer }): void {
    this.queue.push(entry);
  }

  flush(): void {
    for (const e of this.queue.splice(0)) this.writeEntry(e);
  }

  get queued(): number {
    return this.queue.length;
  }

  private entryPath(file: string): string | undefined {
    return this.cacheDir && path.join(this.cacheDir, entryName(file));
  }

  private read(file: string): { meta: CacheMeta; payload: Buffer } | undefined {
    const p = this.entryPath(file);
    if (!p) return undefined;
    try {
      const entry = unpack(readFileSync(p));
      if (!entry || entry.meta.codeVersion !== this.codeVersion || entry.meta.path !== file) return undefined;
      return entry;
    } catch {
      return undefined; // missing or corrupt: rebuilt below
    }
  }

  private writeEntry(entry: { meta: CacheMeta; payload: Buffer }): void {
    const p = this.entryPath(entry.meta.path);
    if (!p) return;
    try {
      if (!this.madeDir) mkdirSync(path.dirname(p), { recursive: true });
      this.madeDir = true;
      const tmp = `${p}.${process.pid}.${threadId}.tmp`;
      writeFileSync(tmp, pack(entry.meta, entry.payload));
      renameSync(tmp, p); // never leave a half-written entry behind
    } catch {
      /* a read-only or full disk only costs the next start its warm cache */
    }
  }
}

/** A FileIndex from its serialisation, with its class instances restored. */
export function decodeIndex(payload: Uint8Array, fromCache: boolean): FileIndex {
  const index = reviveFileIndex(deserialize(payload) as FileIndex);
  if (fromCache) index.fromCache = true;
  return index;
}

function entryName(file: string): string {
  return `${createHash('sha1').update(file).digest('hex')}.bin`;
}

/**
 * Removes the entries of files no longer in the corpus (renamed, deleted, a folder dropped from the
 * settings) and temporary files a killed process left behind, so the cache does not grow forever.
 * Returns how many were removed. Failures only leave entries in place.
 */
export async function pruneCache(cacheDir: string | undefined, liveFiles: readonly string[]): Promise<number> {
  if (!cacheDir) return 0;
  const keep = new Set(liveFiles.map(entryName));
  let names: string[];
  try {
    names = await fs.readdir(cacheDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (keep.has(name) || !(name.endsWith('.bin') || name.endsWith('.tmp'))) continue;
    try {
      await fs.unlink(path.join(cacheDir, name));
      removed++;
    } catch {
      /* another process may have removed it */
    }
  }
  return removed;
}

/**
 * Where the index cache lives when the client gives no storage folder (Neovim, Helix, Emacs): the
 * platform's cache folder. POLICY_WRITER_CACHE_DIR overrides it; "none" turns the cache off.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
  const override = env.POLICY_WRITER_CACHE_DIR;
  if (override) return override === 'none' ? undefined : override;
  if (!home) return undefined;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'policy-writer', 'Cache', 'index-cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'policy-writer', 'index-cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'policy-writer', 'index-cache');
}

// An entry is a magic number, the SHA-1 of the rest, the length of the metadata, the metadata and
// the payload (both v8-serialised): a single changed byte (disk error, a hand edit) is caught by
// the checksum and the entry rebuilt, where before it deserialised into a malformed index.
const MAGIC = Buffer.from('PWC2');

function pack(meta: CacheMeta, payload: Buffer): Buffer {
  const head = serialize(meta);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const hash = createHash('sha1').update(length).update(head).update(payload).digest();
  return Buffer.concat([MAGIC, hash, length, head, payload]);
}

function unpack(bytes: Buffer): { meta: CacheMeta; payload: Buffer } | undefined {
  if (bytes.length < 28 || !bytes.subarray(0, 4).equals(MAGIC)) return undefined;
  if (!createHash('sha1').update(bytes.subarray(24)).digest().equals(bytes.subarray(4, 24))) return undefined;
  const headLength = bytes.readUInt32LE(24);
  if (28 + headLength > bytes.length) return undefined;
  return { meta: deserialize(bytes.subarray(28, 28 + headLength)) as CacheMeta, payload: bytes.subarray(28 + headLength) };
}

/** Identifies the indexing code: a cache written by another build is ignored. */
export async function codeVersionOf(file: string | undefined): Promise<string> {
  if (!file) return 'dev';
  try {
    return createHash('sha1').update(await fs.readFile(file)).digest('hex').slice(0, 16);
  } catch {
    return 'unknown';
  }
}
