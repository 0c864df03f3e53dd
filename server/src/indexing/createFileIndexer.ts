import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { IFileIndexer } from '../core/corpus/corpusIndexer.js';
import type { ILogger } from '../core/seams.js';
import { CachedFileIndexer, codeVersionOf } from './cachedFileIndexer.js';
import { WorkerFileIndexer } from './workerFileIndexer.js';

/**
 * Files are indexed in worker threads (dist/indexWorker.js next to the server bundle) with a
 * persistent cache in the client's storage folder; without the worker script (running from
 * source) they are indexed in-thread, still cached.
 */
export async function createFileIndexer(bundleDir: string, storagePath: string | undefined, logger: ILogger): Promise<IFileIndexer> {
  const script = path.join(bundleDir, 'indexWorker.js');
  const codeVersion = await codeVersionOf(existsSync(script) ? script : undefined);
  const cacheDir = storagePath ? path.join(storagePath, 'index-cache') : undefined;
  const inThread = new CachedFileIndexer(cacheDir, codeVersion);
  if (!existsSync(script)) return inThread;
  // One core stays with the server thread (it answers requests and merges results). Measured on
  // two cores, a second worker gained under 5 %: decoding is cheap next to the merge and the copy back.
  const size = Number(process.env.POLICY_WRITER_INDEX_WORKERS) || Math.max(1, Math.min(4, availableParallelism() - 1));
  logger.info(`indexing in ${size} worker thread(s)${cacheDir ? `, cache in ${cacheDir}` : ''}`);
  return new WorkerFileIndexer(script, { cacheDir, codeVersion }, inThread, logger, size);
}

/** Files in flight: two per worker, so a worker never waits for the next request. */
export function indexingParallelism(indexer: IFileIndexer | undefined): number {
  return indexer instanceof WorkerFileIndexer ? indexer.size * 2 : 1;
}
