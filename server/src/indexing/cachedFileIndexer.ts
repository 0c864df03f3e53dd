import { createHash } from 'node:crypto';
import { promises as fs, openSync, readFileSync, statSync } from 'node:fs';
import { CachePack, PACK_NAME, packRecord, readRecord, type CacheMeta, type RecordLocation } from './cachePack.js';
import * as os from 'node:os';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { indexAnyFile } from '../extract/index.js';
import { problemIndex, tooLarge, withoutCode, type IFileIndexer } from '../core/corpus/corpusIndexer.js';
import type { FileIndex } from '../core/corpus/types.js';
import { reviveFileIndex } from '../core/corpus/offsetMap.js';

/**
 * One file's result as it crosses threads: the v8 serialisation of its FileIndex (made once, in
 * the thread that indexed or read it), and the cache record to append, if any.
 */
export interface IndexedBytes {
  /** absent when `unchanged` */
  payload?: Buffer;
  fromCache: boolean;
  unchanged?: boolean;
  contentHash?: string;
  record?: { contentHash: string; bytes: Buffer };
}

/**
 * Indexes one file, reusing a persisted result when the file is unchanged. Results live in one
 * pack file per cache folder (see CachePack). A pack written by other code (any change to the
 * indexing code changes `codeVersion`), a damaged record, or one for different content is never
 * trusted: the file is indexed again and a new record appended.
 *
 * Everything is synchronous: in a worker thread there is nothing else to wait for, and per small
 * file the promise hops of fs/promises cost more than the reads. A served record is never
 * deserialised in a worker: its payload bytes go to the server thread as they are. A worker
 * (`owner` false) only reads records at the locations the server thread gives it and hands new
 * records back; the thread that owns the pack appends them.
 */
export class CachedFileIndexer implements IFileIndexer {
  hits = 0;
  misses = 0;
  private pack: CachePack | undefined;
  private readFd: number | undefined;

  constructor(private readonly cacheDir: string | undefined, private readonly codeVersion: string, private readonly owner = true) {
    if (cacheDir && owner) this.pack = CachePack.open(cacheDir, codeVersion);
  }

  async index(file: string, maxFileBytes: number): Promise<FileIndex> {
    const r = this.lookup(file, maxFileBytes, this.pack?.lookup(file));
    if ('index' in r) return r.index;
    if (!('bytes' in r)) return 'hit' in r ? decodeIndex(r.hit, true) : problemIndex(file, 'unchanged, but no index held for it');
    const index = await indexAnyFile(file, r.bytes);
    if (r.meta) this.pack?.appendSync(file, r.meta.contentHash, packRecord(r.meta, serialize(index)));
    return index;
  }

  /**
   * The cached index of a file, with the hash of the content it is for, when this thread's pack
   * holds a good record for its current content; else undefined.
   */
  tryCached(file: string, maxFileBytes: number): { index: FileIndex; contentHash: string } | undefined {
    const at = this.pack?.lookup(file);
    if (!at) return undefined;
    const r = this.lookup(file, maxFileBytes, at);
    return 'hit' in r ? { index: decodeIndex(r.hit, true), contentHash: r.contentHash } : undefined;
  }

  /**
   * The serialised result for one file, read from the record at `at` when it is still good; when
   * the caller already holds the index of content with hash `have`, and the file still has it,
   * nothing is read or sent (`unchanged`), so the caller keeps its objects and what hangs off them.
   */
  async indexBytes(file: string, maxFileBytes: number, at?: RecordLocation, have?: string): Promise<IndexedBytes> {
    const r = this.lookup(file, maxFileBytes, at, have);
    if ('index' in r) return { payload: serialize(r.index), fromCache: false };
    if ('unchanged' in r) return { unchanged: true, contentHash: r.unchanged, fromCache: true };
    if ('hit' in r) return { payload: r.hit, fromCache: true, contentHash: r.contentHash };
    const payload = serialize(await indexAnyFile(file, r.bytes));
    return { payload, fromCache: false, contentHash: r.contentHash, record: r.meta && { contentHash: r.meta.contentHash, bytes: packRecord(r.meta, payload) } };
  }

  /** A problem, a cache hit (its payload), or the bytes to index (and the record's metadata when there is a cache). */
  private lookup(file: string, maxFileBytes: number, at: RecordLocation | undefined, have?: string): { index: FileIndex } | { unchanged: string } | { hit: Buffer; contentHash: string } | { bytes: Buffer; contentHash: string; meta?: CacheMeta } {
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
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { index: problemIndex(file, `could not be read${code ? ` (${code})` : ''}: ${withoutCode((err as Error).message, code)}`) };
    }
    const contentHash = createHash('sha1').update(bytes).digest('hex');
    if (have === contentHash) {
      this.hits++;
      return { unchanged: contentHash };
    }
    const cached = at && this.readAt(file, at);
    if (cached && cached.meta.contentHash === contentHash) {
      this.hits++;
      return { hit: cached.payload, contentHash };
    }
    this.misses++;
    if (!this.cacheDir) return { bytes, contentHash };
    return { bytes, contentHash, meta: { path: file, size: stat.size, mtimeMs: stat.mtimeMs, contentHash } };
  }

  private readAt(file: string, at: RecordLocation): { meta: CacheMeta; payload: Buffer } | undefined {
    if (this.pack) return this.pack.read(file);
    if (!this.cacheDir) return undefined;
    try {
      this.readFd ??= openSync(path.join(this.cacheDir, PACK_NAME), 'r');
    } catch {
      return undefined;
    }
    const r = readRecord(this.readFd, at);
    return r && r.meta.path === file ? r : undefined;
  }
}

/** The files that still have the content (SHA-1, as the cache records) given for them, and are within the size limit. */
export function unchangedFiles(files: readonly [path: string, contentHash: string][], maxFileBytes: number): string[] {
  const out: string[] = [];
  for (const [file, contentHash] of files) {
    try {
      const stat = statSync(file);
      if (!stat.isFile() || stat.size > maxFileBytes) continue;
      if (createHash('sha1').update(readFileSync(file)).digest('hex') === contentHash) out.push(file);
    } catch {
      /* gone or unreadable: indexed as usual, which reports it */
    }
  }
  return out;
}

/** A FileIndex from its serialisation, with its class instances restored. */
export function decodeIndex(payload: Uint8Array, fromCache: boolean): FileIndex {
  const index = reviveFileIndex(deserialize(payload) as FileIndex);
  if (fromCache) index.fromCache = true;
  return index;
}

/**
 * Forgets the cache records of files no longer in the corpus (renamed, deleted, a folder dropped
 * from the settings), so the cache does not grow forever; their bytes go when the pack is next
 * opened. Returns how many were removed.
 */
export async function pruneCache(cacheDir: string | undefined, liveFiles: readonly string[]): Promise<number> {
  const pack = cacheDir ? CachePack.existing(cacheDir) : undefined;
  return pack ? pack.prune(new Set(liveFiles)) : 0;
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

/**
 * Identifies the indexing code: a cache written by another build is ignored. The code is the
 * bundle and the extractors' bundle beside it (dist/extractors.js, loaded when a PDF, Word or HTML
 * file is first indexed); the data files the bundles read are named by their content in them.
 */
export async function codeVersionOf(file: string | undefined): Promise<string> {
  if (!file) return 'dev';
  try {
    const hash = createHash('sha1').update(await fs.readFile(file));
    const extractors = path.join(path.dirname(file), 'extractors.js');
    if (extractors !== file) hash.update(await fs.readFile(extractors).catch(() => Buffer.alloc(0)));
    return hash.digest('hex').slice(0, 16);
  } catch {
    return 'unknown';
  }
}
