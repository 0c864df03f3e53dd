import { parentPort, workerData } from 'node:worker_threads';
import { CachedFileIndexer, unchangedFiles } from './indexing/cachedFileIndexer.js';
import type { RecordLocation } from './indexing/cachePack.js';
import { indexFile } from './core/corpus/indexFile.js';

// Worker thread entry (dist/indexWorker.js): indexes files on request. It reads cache records where
// the server thread says they are and hands new ones back; the server thread appends them to the
// pack after it has the result. Buffers are transferred, not copied.
const { cacheDir, codeVersion } = workerData as { cacheDir?: string; codeVersion: string };
const indexer = new CachedFileIndexer(cacheDir, codeVersion, false);

// Text files index synchronously; a PDF, Word or HTML file awaits its extractor, and the next
// messages are taken meanwhile (pdf.js yields between pages).
parentPort?.on('message', async (m: { id: number; path: string; maxFileBytes: number; at?: RecordLocation; have?: string; verify?: [string, string][] }) => {
  warmUpWhenIdle();
  // Which files of the index image still have the content it was made from (see SnapshotImage).
  if (m.verify) return void parentPort!.postMessage({ id: m.id, verified: unchangedFiles(m.verify, m.maxFileBytes) });
  try {
    const r = await indexer.indexBytes(m.path, m.maxFileBytes, m.at, m.have);
    const payload = r.payload && ownBuffer(r.payload);
    const record = r.record && ownBuffer(r.record.bytes);
    const transfer = [payload, record].filter((b): b is ArrayBuffer => !!b);
    parentPort!.postMessage({ id: m.id, payload, unchanged: r.unchanged, fromCache: r.fromCache, record, contentHash: r.contentHash }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: (err as Error).message });
  }
});

// Loaded: until now the server thread read small cached files itself.
parentPort?.postMessage({ id: 0, ready: true });

/** An ArrayBuffer holding exactly these bytes, safe to transfer (a Buffer may be a view into a shared pool). */
function ownBuffer(b: Buffer): ArrayBuffer {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) return b.buffer;
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

// A worker that has only served cache records (a warm start) has not loaded the lexicons or
// compiled the scanners yet: the first edited source then took 0.3-0.4 s more to index than the
// next. Once the worker has been idle a moment, it indexes a short invented text to do that early.
const WARM_UP_AFTER_IDLE_MS = 300;
const WARM_UP_TEXT =
  '# 报告\n\n所谓“区域协调机制”（RCM），是指相邻地区共同制定规划的安排。2023年，双边贸易额达到120亿美元，同比增长3.5%，占全省的12%。\n\n' +
  'The port handled 4.2 million tonnes in 2022, up 7% from a year earlier.\n';
let warmUp: ReturnType<typeof setTimeout> | undefined;
let warmedUp = false;

function warmUpWhenIdle(): void {
  if (warmedUp) return;
  clearTimeout(warmUp);
  warmUp = setTimeout(() => {
    warmedUp = true;
    try {
      indexFile('/warm-up/note.md', Buffer.from(WARM_UP_TEXT, 'utf8'));
    } catch {
      /* only a head start: the first real file does the same */
    }
  }, WARM_UP_AFTER_IDLE_MS);
  warmUp.unref();
}
