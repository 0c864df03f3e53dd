import { parentPort, workerData } from 'node:worker_threads';
import { CachedFileIndexer } from './indexing/cachedFileIndexer.js';

// Worker thread entry (dist/indexWorker.js): indexes files on request, with the persistent cache.
// The result goes out first (its serialisation's buffer transferred, not copied); the cache entry
// is written after, when no request is waiting, and at the latest when the server asks for a flush.
const { cacheDir, codeVersion } = workerData as { cacheDir?: string; codeVersion: string };
const indexer = new CachedFileIndexer(cacheDir, codeVersion);
let flushScheduled = false;

parentPort?.on('message', (m: { id: number; path?: string; maxFileBytes?: number; flush?: boolean }) => {
  if (m.flush) {
    indexer.flush();
    parentPort!.postMessage({ id: m.id, flushed: true });
    return;
  }
  try {
    const r = indexer.indexBytes(m.path!, m.maxFileBytes!);
    // The entry to write keeps its own copy: the result's buffer leaves this thread.
    if (r.pending) r.pending.payload = Buffer.from(r.pending.payload);
    const payload = ownBuffer(r.payload);
    parentPort!.postMessage({ id: m.id, payload, fromCache: r.fromCache }, [payload]);
    if (r.pending) {
      indexer.queueWrite(r.pending);
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(() => {
          flushScheduled = false;
          indexer.flush();
        });
      }
    }
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: (err as Error).message });
  }
});

/** An ArrayBuffer holding exactly these bytes, safe to transfer (a Buffer may be a view into a shared pool). */
function ownBuffer(b: Buffer): ArrayBuffer {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) return b.buffer;
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
