import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { IFileIndexer } from '../core/corpus/corpusIndexer.js';
import type { ILogger } from '../core/seams.js';
import { CachedFileIndexer, codeVersionOf, defaultCacheDir } from './cachedFileIndexer.js';
import { WorkerFileIndexer } from './workerFileIndexer.js';
import { BUNDLED_INDEX_NAME, BundledIndex } from './bundledIndex.js';

/**
 * Files are indexed in worker threads (dist/indexWorker.js next to the server bundle) with a
 * persistent cache in `cacheDir` (see indexCacheDir); without the worker script (running from
 * source) they are indexed in-thread, still cached.
 */
export async function createFileIndexer(bundleDir: string, cacheDir: string | undefined, logger: ILogger, bundledFolder: () => string | undefined = () => undefined): Promise<IFileIndexer> {
  const script = path.join(bundleDir, 'indexWorker.js');
  // The glossary and figure index kept with the index image are made by the server's own code.
  const server = path.join(bundleDir, 'server.js');
  const [codeVersion, serverVersion] = await Promise.all([codeVersionOf(existsSync(script) ? script : undefined), existsSync(server) ? codeVersionOf(server) : undefined]);
  const inThread = new CachedFileIndexer(cacheDir, codeVersion);
  if (!existsSync(script)) return inThread;
  // One core stays with the server thread (it answers requests and merges results). Measured on
  // two cores, a second worker gained under 5 %: decoding is cheap next to the merge and the copy back.
  const size = Number(process.env.POLICY_WRITER_INDEX_WORKERS) || Math.max(1, Math.min(4, availableParallelism() - 1));
  logger.info(`indexing in ${size} worker thread(s)${cacheDir ? `, cache in ${cacheDir}` : ''}`);
  const indexer = new WorkerFileIndexer(script, { cacheDir, codeVersion, derivedVersion: serverVersion && `${codeVersion}:${serverVersion}` }, inThread, logger, size);
  const prebuilt = BundledIndex.load(path.join(bundleDir, BUNDLED_INDEX_NAME));
  if (prebuilt) indexer.bundled = { index: prebuilt, folder: bundledFolder };
  return indexer;
}

/**
 * The index cache folder: in the client's storage folder (VS Code), else in the platform's cache
 * folder, one per workspace so that pruning one workspace's entries never empties another's.
 */
export function indexCacheDir(storagePath: string | undefined, workspaceFolders: readonly string[]): string | undefined {
  if (storagePath) return path.join(storagePath, 'index-cache');
  const base = defaultCacheDir();
  if (!base) return undefined;
  return path.join(base, createHash('sha1').update(workspaceFolders.join('\n') || 'no-workspace').digest('hex').slice(0, 16));
}

/**
 * Files in flight: eight per worker, so a worker never waits for the next request while the
 * server thread is busy with a slice of snapshot work (a small file takes the worker ~1 ms);
 * POLICY_WRITER_FILES_IN_FLIGHT changes it (for measurements).
 */
export function indexingParallelism(indexer: IFileIndexer | undefined): number {
  return indexer instanceof WorkerFileIndexer ? indexer.size * (Number(process.env.POLICY_WRITER_FILES_IN_FLIGHT) || 8) : 1;
}
