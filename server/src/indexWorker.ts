import { parentPort, workerData } from 'node:worker_threads';
import { CachedFileIndexer } from './indexing/cachedFileIndexer.js';

// Worker thread entry (dist/indexWorker.js): indexes files on request, with the persistent cache.
const { cacheDir, codeVersion } = workerData as { cacheDir?: string; codeVersion: string };
const indexer = new CachedFileIndexer(cacheDir, codeVersion);

parentPort?.on('message', async (m: { id: number; path: string; maxFileBytes: number }) => {
  try {
    parentPort!.postMessage({ id: m.id, index: await indexer.index(m.path, m.maxFileBytes) });
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: (err as Error).message });
  }
});
