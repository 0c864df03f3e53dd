import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { corpusFileKind, indexFile } from '../core/corpus/indexFile.js';
import type { FileIndex } from '../core/corpus/types.js';
import { decodeIndex } from './cachedFileIndexer.js';

/** The file next to the server bundle that holds the bundled corpus, indexed when the bundle was built. */
export const BUNDLED_INDEX_NAME = 'corpus-index.bin';

interface Stored {
  format: 1;
  /** the folder the files were indexed in (their paths inside the payloads start with it) */
  root: string;
  files: { name: string; contentHash: string; payload: Uint8Array }[];
}

/**
 * The bundled corpus as indexed at build time (esbuild.mjs writes dist/corpus-index.bin), so a
 * first start answers hovers on its terms without waiting for the index worker to load its code
 * and index those files (about a second on a 2-core machine). A file is served from it only when
 * its content is byte for byte what was indexed (SHA-1); its paths are those of the folder it is
 * in now. Anything else (a missing or unreadable index, another Node's serialisation, an edited
 * file) falls back to indexing the file as usual.
 */
export class BundledIndex {
  /**
   * The index last handed out for each path: served again while the file is unchanged, so a
   * re-index keeps the objects (and the name counts and placed figures cached on them) instead of
   * new ones that the glossary and the figure index take for changed documents.
   */
  private readonly served = new Map<string, WeakRef<FileIndex>>();
  /** the content hash of the file each index handed out was made from */
  private readonly hashes = new WeakMap<FileIndex, string>();

  private constructor(private readonly stored: Stored, private readonly byName: Map<string, Stored['files'][number]>) {}

  static load(file: string): BundledIndex | undefined {
    try {
      const stored = deserialize(readFileSync(file)) as Stored;
      if (stored?.format !== 1 || !Array.isArray(stored.files)) return undefined;
      return new BundledIndex(stored, new Map(stored.files.map((f) => [f.name, f])));
    } catch {
      return undefined;
    }
  }

  /** Indexes every corpus file of `folder` (not its subfolders' hidden files) and writes the result. */
  static write(folder: string, out: string, files: readonly string[]): void {
    const root = path.resolve(folder);
    const stored: Stored = { format: 1, root, files: [] };
    for (const name of files) {
      const full = path.join(root, name);
      if (!corpusFileKind(full)) continue;
      const bytes = readFileSync(full);
      stored.files.push({ name, contentHash: sha1(bytes), payload: serialize(indexFile(full, bytes)) });
    }
    writeFileSync(out, serialize(stored));
  }

  get size(): number {
    return this.stored.files.length;
  }

  /** The content hash (SHA-1) of the file an index handed out by lookup was made from. */
  contentHashOf(index: FileIndex): string | undefined {
    return this.hashes.get(index);
  }

  /** The index of a file of the bundled folder `folder` when its content is what was indexed; else undefined. */
  lookup(file: string, folder: string): FileIndex | undefined {
    const relative = path.relative(folder, file);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const entry = this.byName.get(relative.split(path.sep).join('/'));
    if (!entry) return undefined;
    try {
      if (sha1(readFileSync(file)) !== entry.contentHash) return undefined;
      const held = this.served.get(file)?.deref();
      if (held) return held;
      // Counted as read from a persisted index (it was not rebuilt), as a cache hit is.
      const index = relocate(decodeIndex(entry.payload, true), path.join(this.stored.root, ...entry.name.split('/')), file);
      this.served.set(file, new WeakRef(index));
      this.hashes.set(index, entry.contentHash);
      return index;
    } catch {
      return undefined;
    }
  }
}

function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Every string that is, or begins with, the path the file was indexed under now names its path here. */
function relocate<T>(value: T, from: string, to: string): T {
  if (from === to) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes(from) ? v.split(from).join(to) : v;
    if (!v || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
      return v;
    }
    if (v instanceof Map || v instanceof Set) return v;
    for (const k of Object.keys(v)) (v as Record<string, unknown>)[k] = walk((v as Record<string, unknown>)[k]);
    return v;
  };
  return walk(value) as T;
}
