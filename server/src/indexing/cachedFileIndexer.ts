import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { indexFile } from '../core/corpus/indexFile.js';
import { problemIndex, tooLarge, type IFileIndexer } from '../core/corpus/corpusIndexer.js';
import type { FileIndex } from '../core/corpus/types.js';
import { reviveFileIndex } from '../core/corpus/offsetMap.js';

interface CacheEntry {
  codeVersion: string;
  path: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
  index: FileIndex;
}

/**
 * Indexes one file, reusing a persisted result when the file is unchanged. Each corpus file has
 * one cache file (v8-serialised FileIndex plus size, mtime and content hash). A cache written by
 * other code (any change to the indexing code changes `codeVersion`), a corrupt one, or one for
 * different content is never trusted: the file is indexed again and the entry rewritten.
 */
export class CachedFileIndexer implements IFileIndexer {
  hits = 0;
  misses = 0;

  constructor(private readonly cacheDir: string | undefined, private readonly codeVersion: string) {}

  async index(file: string, maxFileBytes: number): Promise<FileIndex> {
    let stat: import('node:fs').Stats;
    try {
      stat = await fs.stat(file);
    } catch {
      return problemIndex(file, 'file disappeared before it could be read');
    }
    if (!stat.isFile()) return problemIndex(file, 'not a regular file');
    if (stat.size > maxFileBytes) return tooLarge(file, stat.size, maxFileBytes);
    // The content decides, never size and mtime alone: an edit that keeps the size and restores the
    // old mtime (a checkout, a sync tool) must not serve the old text. Reading and hashing a file
    // costs a few ms per MB, far less than indexing it.
    const cached = await this.read(file);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return problemIndex(file, `could not be read${code ? ` (${code})` : ''}: ${(err as Error).message}`);
    }
    const contentHash = createHash('sha1').update(bytes).digest('hex');
    if (cached && cached.contentHash === contentHash) {
      this.hits++;
      if (cached.size !== stat.size || cached.mtimeMs !== stat.mtimeMs) await this.write({ ...cached, size: stat.size, mtimeMs: stat.mtimeMs });
      return { ...cached.index, fromCache: true };
    }
    this.misses++;
    const index = indexFile(file, bytes);
    await this.write({ codeVersion: this.codeVersion, path: file, size: stat.size, mtimeMs: stat.mtimeMs, contentHash, index });
    return index;
  }

  private entryPath(file: string): string | undefined {
    return this.cacheDir && path.join(this.cacheDir, entryName(file));
  }

  private async read(file: string): Promise<CacheEntry | undefined> {
    const p = this.entryPath(file);
    if (!p) return undefined;
    try {
      const entry = unpack(await fs.readFile(p));
      if (!entry || entry.codeVersion !== this.codeVersion || entry.path !== file) return undefined;
      reviveFileIndex(entry.index);
      return entry;
    } catch {
      return undefined; // missing or corrupt: rebuilt below
    }
  }

  private async write(entry: CacheEntry): Promise<void> {
    const p = this.entryPath(entry.path);
    if (!p) return;
    try {
      await fs.mkdir(path.dirname(p), { recursive: true });
      const tmp = `${p}.${process.pid}.tmp`;
      await fs.writeFile(tmp, pack(entry));
      await fs.rename(tmp, p); // never leave a half-written entry behind
    } catch {
      /* a read-only or full disk only costs the next start its warm cache */
    }
  }
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

// An entry is a magic number, the SHA-1 of its payload and the v8-serialised payload: a single
// changed byte (disk error, a hand edit) is caught by the checksum and the entry rebuilt, where
// before it deserialised into a malformed index that broke every later snapshot.
const MAGIC = Buffer.from('PWC1');

function pack(entry: CacheEntry): Buffer {
  const payload = serialize(entry);
  return Buffer.concat([MAGIC, createHash('sha1').update(payload).digest(), payload]);
}

function unpack(bytes: Buffer): CacheEntry | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 4).equals(MAGIC)) return undefined;
  const payload = bytes.subarray(24);
  if (!createHash('sha1').update(payload).digest().equals(bytes.subarray(4, 24))) return undefined;
  return deserialize(payload) as CacheEntry;
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
