import { Worker } from 'node:worker_threads';
import type { IFileIndexer } from '../core/corpus/corpusIndexer.js';
import type { FileIndex } from '../core/corpus/types.js';
import type { ILogger } from '../core/seams.js';

interface Pending {
  resolve: (index: FileIndex) => void;
  reject: (err: Error) => void;
}

/**
 * Indexes files in a worker thread, so decoding, normalising and scanning a large corpus never
 * holds up the server's event loop. If the worker dies, pending files fail (and are reported)
 * and the next file starts a fresh worker; if no worker can start, the fallback indexes in-thread.
 */
export class WorkerFileIndexer implements IFileIndexer {
  private worker: Worker | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly script: string, private readonly options: { cacheDir?: string; codeVersion: string }, private readonly fallback: IFileIndexer, private readonly logger: ILogger) {}

  index(path: string, maxFileBytes: number): Promise<FileIndex> {
    const worker = this.ensureWorker();
    if (!worker) return this.fallback.index(path, maxFileBytes);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, path, maxFileBytes });
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.script, { workerData: this.options });
      worker.on('message', (m: { id: number; index?: FileIndex; error?: string }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.index) p?.resolve(m.index);
        else p?.reject(new Error(m.error ?? 'worker failed'));
      });
      worker.on('error', (err) => this.fail(`index worker failed: ${err.message}`));
      worker.on('exit', (code) => code !== 0 && this.fail(`index worker exited with code ${code}`));
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (err) {
      this.logger.warn(`cannot start the index worker (${(err as Error).message}); indexing in the server thread`);
      return undefined;
    }
  }

  private fail(message: string): void {
    this.logger.error(message);
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
