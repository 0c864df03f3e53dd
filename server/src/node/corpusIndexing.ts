import * as path from 'node:path';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver/node.js';
import {
  SILENT_LOGGER,
  type CorpusProblem,
  type CorpusSummary,
  type ICancellation,
  type LanguageService,
} from '../core/index.js';
import type { IFileIndexer } from '../core/corpus/corpusIndexer.js';
import { excludeMatcher } from '../core/corpus/exclude.js';
import { derive } from '../core/corpus/snapshot.js';
import { countFailedFiles } from '../core/corpus/summary.js';
import { getFigureIndex } from '../core/figures/figureIndex.js';
import { getGlossary } from '../core/glossary/glossary.js';
import { message } from '../core/messages/messages.js';
import { pruneCache } from '../indexing/cachedFileIndexer.js';
import { createFileIndexer, indexCacheDir, indexingParallelism } from '../indexing/createFileIndexer.js';
import type { ServerContext } from '../lsp/serverContext.js';
import { fileUri, uriToPath } from '../lsp/toLsp.js';
import { StatusNotification, type StatusParams } from '../protocol.js';
import {
  isExcludedPath,
  isSkippedPath,
  listCorpusFiles,
  NodeFileSource,
  CorpusWatcher,
  outsideLinkProblem,
  realPathInside,
  realRoots,
} from '../workspace.js';
import type { WorkspaceSettings } from './workspaceSettings.js';

type RunToken = ICancellation & { cancelled: boolean };

/**
 * Keeps the index in step with the corpus folders: full re-indexes (a newer one cancels the one
 * running), the corpus folders watched (by the editor when it offers, else fs.watch), changed files
 * applied in batches after a running full index, progress and status sent to the client.
 */
export class CorpusIndexing {
  private running: RunToken | undefined;
  /** changes seen while a full index runs wait for it, then go in as one batch */
  private readonly pendingChanges = new Set<string>();
  /** what the listing of the corpus folders found (symbolic links not followed), for the index report */
  private listingProblems = new Map<string, CorpusProblem>();
  private watchRegistration: Promise<{ dispose(): void } | undefined> | undefined;
  private readonly watcher: CorpusWatcher;
  private cacheDir: string | undefined;
  private fileIndexer: IFileIndexer | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly service: LanguageService,
    private readonly settings: WorkspaceSettings,
  ) {
    this.watcher = new CorpusWatcher((paths) => void this.applyPathChanges(paths), ctx.logger);
  }

  /** Once initialized: the per-file index cache (in the editor's storage) and the indexing worker. */
  async start(): Promise<void> {
    this.cacheDir = indexCacheDir(this.ctx.state.init.storagePath, this.ctx.state.workspaceFolders);
    this.fileIndexer = await createFileIndexer(__dirname, this.cacheDir, this.ctx.logger, () =>
      this.settings.bundledFolder(),
    );
    this.applyOptions();
  }

  /** The indexer follows the settings (file size cap) and the file indexer in use. */
  applyOptions(): void {
    const maxFileBytes = this.ctx.state.settings.corpus.maxFileSizeMB * 1024 * 1024;
    this.service.indexer.setOptions({
      maxFileBytes,
      logger: this.ctx.logger,
      fileIndexer: this.fileIndexer,
      parallel: indexingParallelism(this.fileIndexer),
    });
  }

  /** Indexes the configured corpus from scratch; false when a newer run cancelled this one. */
  async reindexAll(): Promise<boolean> {
    if (this.running) this.running.cancelled = true;
    const token: RunToken = {
      cancelled: false,
      get isCancellationRequested() {
        return this.cancelled;
      },
    };
    this.running = token;
    const folders = this.settings.corpusFolders();
    const progress = this.ctx.state.client.showProgress
      ? await this.ctx.connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    progress?.begin(message(this.ctx.state.locale, 'progress.indexing'), 0, undefined, true);
    try {
      // Watching starts before the listing: a file added, changed or deleted while the corpus is
      // being indexed is applied after it, not missed.
      await this.watchFolders(folders);
      return await this.indexFolders(folders, token, (percent, file) => progress?.report(percent, file));
    } finally {
      progress?.done();
      if (this.running === token) this.running = undefined;
      // What changed on disk while this run listed and read the files goes in now, as one batch.
      if (!this.running && this.pendingChanges.size) void this.applyPathChanges([]);
    }
  }

  private async indexFolders(
    folders: string[],
    token: RunToken,
    report: (percent: number, file: string) => void,
  ): Promise<boolean> {
    const { logger } = this.ctx;
    const exclude = excludeMatcher(this.ctx.state.settings.corpus.exclude);
    // The bundled corpus goes first and is served as soon as it is in, however large the user's
    // folders: it is listed and indexed before they are listed (10,000 files take a while).
    const bundled = folders.find((f) => f === this.settings.bundledFolder());
    if (bundled && folders.length > 1 && !this.service.snapshot().complete) {
      const first = await listCorpusFiles([bundled], SILENT_LOGGER, exclude);
      if (token.cancelled) return false;
      await this.service.indexer.indexFirst(first, token);
    }
    const found = new Map<string, CorpusProblem>();
    const files = await listCorpusFiles(folders, logger, exclude, (p) => found.set(p.path, p));
    if (token.cancelled) return false;
    this.listingProblems = found;
    logger.info(`indexing ${files.length} files in ${folders.join(', ')}`);
    const isBundled = bundled ? (p: string) => p.startsWith(bundled + path.sep) : undefined;
    // Progress and status at most 10 times a second: per file they cost more than indexing a small file.
    let lastReport = 0;
    const done = await this.service.indexer.indexAll(
      files,
      token,
      (n, total, file) => {
        const now = performance.now();
        if (n < total && now - lastReport < 100) return;
        lastReport = now;
        report(Math.round((n / total) * 100), path.basename(file));
        this.sendStatus('indexing', n, total);
      },
      isBundled,
    );
    if (done) {
      // Entries of files no longer in the corpus go: renaming every file must not double the cache.
      void pruneCache(this.cacheDir, files).then(
        (n) => n && logger.info(`index cache: removed ${n} entries of files no longer in the corpus`),
      );
      // Counted from the snapshot: the full report (a sorted row per file) is built only when asked for.
      const s = this.service.snapshot();
      const problems = s.problems.length + this.listingProblems.size;
      let cachedFiles = 0;
      for (const f of s.files.values()) if (f.fromCache) cachedFiles++;
      logger.info(
        `indexed ${s.documents.length} sources, ${s.references.size} references, ${problems} problem${problems === 1 ? '' : 's'} (${cachedFiles} files from the cache)`,
      );
    }
    return done;
  }

  /** Watches the corpus folders: through the client when it offers dynamic registration, else fs.watch. */
  private async watchFolders(folders: string[]): Promise<void> {
    if (!this.ctx.state.client.watchFiles) {
      this.watcher.watch(folders);
      return;
    }
    const previous = this.watchRegistration;
    this.watchRegistration = this.ctx.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: folders.map((f) => ({ globPattern: { baseUri: fileUri(f), pattern: '**/*' } })),
      })
      .catch((err: Error) => {
        this.ctx.logger.warn(`the editor could not watch the corpus folders (${err.message}); watching them here`);
        this.watcher.watch(folders);
        return undefined;
      });
    (await previous)?.dispose();
  }

  /** Added, changed and deleted corpus files, applied in one batch (after a running full index). */
  async applyPathChanges(paths: string[]): Promise<void> {
    for (const p of paths) this.pendingChanges.add(p);
    if (this.running || this.pendingChanges.size === 0) return;
    const batch = [...this.pendingChanges];
    this.pendingChanges.clear();
    const { changed, removed } = await this.sortChanges(batch);
    // A folder moved out or deleted: every file under it goes.
    for (const known of this.service.snapshot().documents.map((d) => d.path))
      if (removed.some((r) => known.startsWith(r + path.sep))) removed.push(known);
    if (changed.length || removed.length) await this.service.indexer.applyChanges(changed, removed);
  }

  /** Which changed paths are corpus files to read again, and which are gone (or now links out of the corpus). */
  private async sortChanges(batch: string[]): Promise<{ changed: string[]; removed: string[] }> {
    const folders = this.settings.corpusFolders();
    const source = new NodeFileSource();
    const changed: string[] = [];
    const removed: string[] = [];
    const exclude = excludeMatcher(this.ctx.state.settings.corpus.exclude);
    const roots = await realRoots(folders);
    for (const p of batch) {
      const folder = folders.find((f) => p === f || p.startsWith(f + path.sep));
      if (!folder || isSkippedPath(path.relative(folder, p)) || isExcludedPath(p, folder, exclude)) continue;
      this.listingProblems.delete(p);
      if ((await source.size(p)) === undefined) {
        removed.push(p);
        continue;
      }
      // A new symbolic link (or a file replaced by one) is followed only inside the corpus folders, as in the listing.
      const where = await realPathInside(p, roots);
      if (where.inside) changed.push(p);
      else {
        removed.push(p);
        if (!where.real) continue;
        const problem = outsideLinkProblem(p, where.real);
        this.ctx.logger.warn(`${p}: ${problem.message}`);
        this.listingProblems.set(p, problem);
      }
    }
    return { changed, removed };
  }

  /** The index report: the snapshot's problems and the listing's. */
  report(): CorpusSummary {
    const summary = this.service.summary();
    return this.listingProblems.size
      ? { ...summary, problems: [...this.listingProblems.values(), ...summary.problems] }
      : summary;
  }

  sendStatus(state: StatusParams['state'], done?: number, total?: number): void {
    const snapshot = this.service.snapshot();
    // A corpus folder that cannot be opened fails as a whole: counted with the files that failed.
    const unopened = [...this.listingProblems.values()].filter((p) => p.severity === 'error').length;
    const failed = derive(snapshot, 'failedFiles', countFailedFiles) + unopened;
    void this.ctx.connection.sendNotification(StatusNotification, {
      state,
      done,
      total,
      sources: snapshot.documents.length,
      references: snapshot.references.size,
      terms: getGlossary(snapshot).entries.length,
      figures: getFigureIndex(snapshot).count,
      failed,
    } satisfies StatusParams);
  }

  /** Stops a running index; cache entries the worker still holds are written before the process goes. */
  async shutdown(): Promise<void> {
    if (this.running) this.running.cancelled = true;
    await (this.fileIndexer as { flush?: () => Promise<void> } | undefined)?.flush?.();
  }
}

/** Corpus files changed on disk (as the editor saw them), and a new snapshot: the status bar and the open drafts follow. */
export function registerCorpusSupport(ctx: ServerContext, corpus: CorpusIndexing, service: LanguageService): void {
  ctx.connection.onDidChangeWatchedFiles((params) => {
    void corpus.applyPathChanges(params.changes.map((c) => uriToPath(c.uri)).filter((p): p is string => !!p));
  });
  service.indexer.onDidChangeSnapshot(() => {
    corpus.sendStatus('ready');
    ctx.diagnostics.scheduleAll();
  });
}
