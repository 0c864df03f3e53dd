import { ICancellation, IFileSource, ILogger, NEVER_CANCELLED, SILENT_LOGGER, yieldToEventLoop } from '../seams.js';
import { textLength } from './deferredText.js';
import { corpusFileKind, indexFile } from './indexFile.js';
import { assembleSnapshot, assembleSnapshotSteps, CorpusSnapshot, drainSliced } from './snapshot.js';
import type { CorpusProblem, FileIndex } from './types.js';

export interface IndexerOptions {
  maxFileBytes: number;
  logger?: ILogger;
  /** indexes one file elsewhere (a worker thread, a persistent cache); default: read and index here */
  fileIndexer?: IFileIndexer;
  /** files indexed at once (worth more than 1 only when fileIndexer runs them in parallel) */
  parallel?: number;
  /**
   * a first index publishes no partial snapshot when the complete one is expected within this
   * many milliseconds (default PARTIAL_SKIP_MS; tests shorten it)
   */
  partialSkipMs?: number;
  /**
   * builds a new snapshot's derived structures before it replaces the current one; `stale` turns
   * true once a newer snapshot is on its way, and the work left may then be skipped
   */
  prepare?: (snapshot: CorpusSnapshot, stale: () => boolean) => Promise<void>;
  /** the clock partial snapshots are paced by, in milliseconds (default performance.now; tests pass their own) */
  now?: () => number;
}

/** Produces the FileIndex of one path; the server's implementation runs in a worker and persists results. */
export interface IFileIndexer {
  index(path: string, maxFileBytes: number): Promise<FileIndex>;
  /** told the files of a full index before the first is asked for (to read what it kept of them in one go) */
  beginRun?(paths: readonly string[], maxFileBytes: number): Promise<void>;
  /** told that a full index is over: complete, or cancelled */
  endRun?(complete: boolean): void;
  /**
   * after beginRun: whether files of this run are still to come ready-made from what the last run
   * stored of the whole corpus (a warm start's index image, with the glossary and figure index
   * that go with it); no partial snapshot is published while they are
   */
  storedFilesPending?(): boolean;
}

export type IndexProgress = (done: number, total: number, path: string) => void;

/**
 * Keeps one FileIndex per corpus file and publishes immutable snapshots. A full index reads
 * files one at a time and yields between them, so the server keeps answering from the last
 * complete snapshot; a changed file is re-indexed alone.
 */
export class CorpusIndexer {
  private files = new Map<string, FileIndex>();
  private version = 0;
  private current: CorpusSnapshot = assembleSnapshot(0, new Map(), false);
  private partialInFlight = false;
  /** files indexed by indexFirst, taken as they are by the next indexAll */
  private early: Map<string, FileIndex> | undefined;
  private listeners: ((s: CorpusSnapshot) => void)[] = [];
  private readonly logger: ILogger;

  constructor(private readonly source: IFileSource, private options: IndexerOptions) {
    this.logger = options.logger ?? SILENT_LOGGER;
  }

  get snapshot(): CorpusSnapshot {
    return this.current;
  }

  /** Changes some options (size limit, file indexer); the others are kept. */
  setOptions(options: Partial<IndexerOptions>): void {
    this.options = { ...this.options, ...options };
  }

  onDidChangeSnapshot(listener: (s: CorpusSnapshot) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Indexes a first group of files (the bundled corpus) before the rest of the corpus is even
   * listed, and publishes them as a partial snapshot while nothing complete is served yet; the
   * next indexAll takes their indexes as they are. Returns once they are indexed; the snapshot is
   * prepared meanwhile, beside the listing and indexing of the rest.
   */
  async indexFirst(paths: string[], token: ICancellation = NEVER_CANCELLED): Promise<void> {
    const wanted = paths.filter((p) => corpusFileKind(p)).sort();
    const indexes = await mapLimited(wanted, Math.max(1, this.options.parallel ?? 1), (p) => this.readAndIndex(p));
    if (token.isCancellationRequested || this.current.complete) return;
    this.early = new Map(wanted.map((p, i) => [p, indexes[i]]));
    this.partialInFlight = true;
    void this.publish(this.early, false).finally(() => (this.partialInFlight = false));
  }

  /**
   * Indexes exactly these paths (the corpus as it is now); returns false if cancelled. Paths for
   * which `first` holds (the bundled corpus) are indexed first and published as soon as they are
   * in; after that a partial snapshot is published each time the indexed text doubles, so
   * hovers answer from the first second while a large folder is still being read.
   */
  async indexAll(paths: string[], token: ICancellation = NEVER_CANCELLED, progress?: IndexProgress, first?: (path: string) => boolean): Promise<boolean> {
    const sorted = paths.filter((p) => corpusFileKind(p)).sort();
    const wanted = first ? [...sorted.filter(first), ...sorted.filter((p) => !first(p))] : sorted;
    const firstCount = first ? sorted.filter(first).length : 0;
    const next = new Map<string, FileIndex>();
    const previous = this.files;
    const wantedSet = new Set(wanted);
    // What indexFirst has just indexed (and published) is not indexed again.
    const early = this.early;
    this.early = undefined;
    let cursor = 0;
    let done = 0;
    const fileIndexer = this.options.fileIndexer;
    await fileIndexer?.beginRun?.(wanted, this.options.maxFileBytes);
    if (token.isCancellationRequested) {
      fileIndexer?.endRun?.(false);
      return false;
    }
    const pacing = new PartialPacing(wanted.length, firstCount, early, this.options.partialSkipMs ?? PARTIAL_SKIP_MS, this.options.now ?? (() => performance.now()));
    pacing.held = () => fileIndexer?.storedFilesPending?.() ?? false;
    const maybePublishPartial = () => {
      // Only while nothing complete is being served (the first index): a re-index keeps answering
      // from the last complete snapshot until the new one is whole.
      if (done === wanted.length || this.partialInFlight || this.current.complete || token.isCancellationRequested) return;
      if (!pacing.due(done, maybePublishPartial)) return;
      // Files not reached yet keep what the previous run had for them, so a re-index never
      // makes a hover disappear for a while.
      const files = new Map(next);
      for (const [p, f] of previous) if (!files.has(p) && wantedSet.has(p)) files.set(p, f);
      this.partialInFlight = true;
      void this.publish(files, false).finally(() => (this.partialInFlight = false));
    };
    // A few lanes pull files from one queue, so parallel workers stay busy; results are keyed by path.
    const lane = async () => {
      while (cursor < wanted.length && !token.isCancellationRequested) {
        const path = wanted[cursor++];
        const index = early?.get(path) ?? (await this.readAndIndex(path));
        next.set(path, index);
        for (const d of index.documents) pacing.chars += textLength(d);
        // (Counted outside the call: `progress?.(++done)` counts nothing when there is no progress callback.)
        pacing.note(++done);
        progress?.(done, wanted.length, path);
        maybePublishPartial();
        await yieldToEventLoop();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.parallel ?? 1) }, lane));
    pacing.dispose();
    if (token.isCancellationRequested) {
      fileIndexer?.endRun?.(false);
      return false;
    }
    this.files = next;
    await this.publish(this.files, true);
    fileIndexer?.endRun?.(true);
    for (const p of this.current.problems) this.logProblem(p);
    return true;
  }

  /** Re-indexes one added or changed file. */
  async update(path: string): Promise<void> {
    if (!corpusFileKind(path)) return;
    const index = await this.readAndIndex(path);
    this.files.set(path, index);
    await this.publish(this.files, this.current.complete);
    for (const p of index.problems) this.logProblem(p);
  }

  async remove(path: string): Promise<void> {
    if (this.files.delete(path)) await this.publish(this.files, this.current.complete);
  }

  /**
   * Applies a batch of changes with one new snapshot: a sync tool rewriting 100 files must not
   * cause 100 rebuilds of the glossary and the figure index.
   */
  async applyChanges(changed: readonly string[], removed: readonly string[]): Promise<void> {
    let dirty = false;
    for (const p of removed) dirty = this.files.delete(p) || dirty;
    const wanted = changed.filter((p) => corpusFileKind(p));
    const indexes = await mapLimited(wanted, Math.max(1, this.options.parallel ?? 1), (p) => this.readAndIndex(p));
    wanted.forEach((p, i) => this.files.set(p, indexes[i]));
    if (dirty || wanted.length) await this.publish(this.files, this.current.complete);
    for (const index of indexes) for (const p of index.problems) this.logProblem(p);
  }

  private async readAndIndex(path: string): Promise<FileIndex> {
    if (this.options.fileIndexer) {
      try {
        return await this.options.fileIndexer.index(path, this.options.maxFileBytes);
      } catch (err) {
        return problemIndex(path, `could not be indexed: ${(err as Error).message}`);
      }
    }
    return readAndIndexFile(this.source, path, this.options.maxFileBytes);
  }

  private logProblem(p: CorpusProblem): void {
    if (p.severity === 'error') this.logger.error(describeProblem(p));
    else this.logger.warn(describeProblem(p));
  }

  /** Requests keep reading the current snapshot until the new one is fully prepared; a newer publish wins. */
  private async publish(files: ReadonlyMap<string, FileIndex>, complete: boolean): Promise<void> {
    const snapshot = await drainSliced(assembleSnapshotSteps(++this.version, files, complete));
    // A newer publish (the complete snapshot after a partial one) makes this one's preparation waste.
    await this.options.prepare?.(snapshot, () => snapshot.version !== this.version);
    if (snapshot.version !== this.version) return;
    this.current = snapshot;
    for (const listener of this.listeners) listener(this.current);
  }
}

// A partial snapshot is worth its assembly only once some text is in (about 1 MB of characters).
const PARTIAL_MIN_CHARS = 1 << 20;
// ... and at most one a second after the first.
const PARTIAL_MIN_MS = 1000;

/** When a first index publishes a partial snapshot: the first group once in, then as the indexed text doubles. */
class PartialPacing {
  /** characters of text indexed so far */
  chars = 0;
  /**
   * whether files are still to come from a stored run (IFileIndexer.storedFilesPending): no partial
   * snapshot but the first group's until then. A warm start's files from the last run's image come
   * within seconds, and the complete snapshot takes the glossary and figure index stored with
   * them; a partial snapshot would build both from the documents (reading every text).
   */
  held: () => boolean = () => false;
  private publishedChars = 0;
  private publishedAt = 0;
  private readonly startedAt: number;
  private recheck: ReturnType<typeof setTimeout> | undefined;
  /** when each file beyond the first group came in: the recent rate */
  private readonly arrivals: number[] = [];

  constructor(
    private readonly total: number,
    private readonly firstCount: number,
    early: ReadonlyMap<string, FileIndex> | undefined,
    private readonly skipMs: number,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
    if (!early) return;
    for (const f of early.values()) for (const d of f.documents) this.publishedChars += d.normalized.text.length;
    this.publishedAt = this.now();
  }

  /**
   * Whether a partial snapshot is due now that `done` files are in (and then it counts as
   * published); `recheck` asks again later when one is held back, as the rest may not come as
   * soon as expected (one large file still being indexed: nothing comes for a while).
   */
  due(done: number, recheck: () => void): boolean {
    const firstGroupIn = this.firstCount > 0 && done === this.firstCount && this.publishedChars === 0;
    if (!firstGroupIn) {
      if (this.held()) return false;
      // Each partial snapshot costs a glossary and a figure index over everything in so far: when
      // files come fast (a warm cache) one a second is plenty, and the complete one follows soon.
      if (this.chars < Math.max(2 * this.publishedChars, PARTIAL_MIN_CHARS) || this.now() - this.publishedAt < PARTIAL_MIN_MS) return false;
      // When the rest should be in within seconds (files from a warm cache), a partial snapshot
      // only delays the complete one by its own build; unless that guess proves wrong (one large
      // file still being indexed), when a partial goes out after all.
      const left = this.expectedLeft(done);
      if (left < Math.max(this.skipMs, (this.now() - this.startedAt) / 2)) {
        this.recheck ??= setTimeout(() => {
          this.recheck = undefined;
          recheck();
        }, Math.max(this.skipMs, 2 * left));
        return false;
      }
    }
    this.publishedChars = this.chars;
    this.publishedAt = this.now();
    return true;
  }

  /** Notes that `done` files are in (every file, so that the recent rate is known when it is asked for). */
  note(done: number): void {
    if (done > this.firstCount) this.arrivals.push(this.now());
  }

  /**
   * Milliseconds until the rest is expected in, at the rate files came in over the last second (a
   * start is slower at first, loading code: the average since then foretold a warm start at 100 MB
   * twice as long as it was; and a rest held up by one large file shows as no file for a second),
   * or since the start when indexing began less than a second ago; never sooner than the rest of
   * the folder when fewer than MIN_ARRIVALS came in then. The first group is left out: the bundled
   * corpus comes at once, from its prebuilt index.
   */
  private expectedLeft(done: number): number {
    const now = this.now();
    const n = this.arrivals.length;
    let since = this.startedAt;
    let before = 0;
    if (now - this.startedAt > RATE_WINDOW_MS) {
      since = now - RATE_WINDOW_MS;
      // files in by then: the first arrival after it, by binary search
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.arrivals[mid] <= since) lo = mid + 1;
        else hi = mid;
      }
      before = lo;
    }
    // A few files a second (large ones) say nothing of when the rest comes: each may take long.
    return n - before >= MIN_ARRIVALS ? ((this.total - done) * (now - since)) / (n - before) : Infinity;
  }

  dispose(): void {
    clearTimeout(this.recheck);
  }
}

// A complete snapshot expected within this long makes a partial one not worth building (it would
// delay the complete one by its own glossary and figure index: about 1 s per 50 MB), nor within
// half the time indexing has taken so far.
const PARTIAL_SKIP_MS = 5000;
const RATE_WINDOW_MS = 1000;
const MIN_ARRIVALS = 16;

function describeProblem(p: CorpusProblem): string {
  return `${p.path}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.message}`;
}

/** The one message for a file over the size limit, whichever indexer meets it. */
export function tooLarge(path: string, size: number, maxFileBytes: number): FileIndex {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return problemIndex(path, `skipped: ${mb(size)} MB is over the ${mb(maxFileBytes)} MB limit (policyWriter.corpus.maxFileSizeMB)`);
}

export function problemIndex(path: string, message: string): FileIndex {
  return { path, documents: [], references: [], problems: [{ path, severity: 'error', message }] };
}

/** Reads one corpus file (with the size guard) and indexes it; never throws. */
export async function readAndIndexFile(source: IFileSource, path: string, maxFileBytes: number): Promise<FileIndex> {
  try {
    const size = await source.size(path);
    if (size === undefined) return problemIndex(path, 'file disappeared before it could be read');
    if (size > maxFileBytes) return tooLarge(path, size, maxFileBytes);
    return indexFile(path, await source.read(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return problemIndex(path, `could not be read${code ? ` (${code})` : ''}: ${withoutCode((err as Error).message, code)}`);
  }
}

/** Runs `fn` over the items with at most `limit` in flight, results in order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** "EACCES: permission denied, open '/c/x.txt'" after "(EACCES)": the code once is enough. */
export function withoutCode(message: string, code: string | undefined): string {
  return code && message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
}
