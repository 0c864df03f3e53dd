import * as path from 'node:path';
import {
  Connection,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  Hover,
  MarkupKind,
  Location,
  CodeAction,
  CodeActionKind,
  CompletionList,
  CompletionItemKind,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, SILENT_LOGGER, type CorpusProblem, type CorpusSnapshot, type CorpusSummary, type FixData, type ILogger, type LanguageService } from './core/index.js';
import { Analysis } from './analysis/analysis.js';
import type { IFileIndexer } from './core/corpus/corpusIndexer.js';
import { getFigureIndex } from './core/figures/figureIndex.js';
import { getGlossary } from './core/glossary/glossary.js';
import { formatInStyle, warmCitationStyle } from './core/citations/cslFormat.js';
import { quickFixes } from './features/codeActions.js';
import { DiagnosticsPublisher } from './diagnosticsPublisher.js';
import { draftOffset, draftPosition, draftRange, fileUri, setVirtualSources, sourcePathOf, uriToPath } from './lsp/toLsp.js';
import { createFileIndexer, indexCacheDir, indexingParallelism } from './indexing/createFileIndexer.js';
import { pruneCache } from './indexing/cachedFileIndexer.js';
import { DraftBibliographies } from './indexing/draftBibliographies.js';
import { findProjectConfig, mergeSettings, withoutDefaults } from './projectConfig.js';
import { DEFAULT_SETTINGS, parseSettings, Settings } from './settings.js';
import { isExcludedPath, isSkippedPath, listCorpusFiles, NodeFileSource, CorpusWatcher, outsideLinkProblem, realPathInside, realRoots, resolveCorpusFolders } from './workspace.js';
import { InitializationOptions, StatusNotification, StatusParams } from './protocol.js';
import { createGuard } from './lsp/guard.js';
import { registerCustomRequests } from './lsp/customRequests.js';
import { excludeMatcher } from './core/corpus/exclude.js';
import { withoutOwnText } from './core/drafts/withoutOwnText.js';
import { localeFromTag, message, type Locale } from './core/messages/messages.js';

/** Wires the language service to an LSP connection; handlers only translate and forward. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const logger = connectionLogger(connection);
  // Every request handler goes through it: a failing one is logged and cannot stop the server.
  const guard = createGuard(logger);
  let settings: Settings = DEFAULT_SETTINGS;
  // Messages, hovers and quick fixes speak the client's language: Chinese for a zh-* locale, else English.
  let locale: Locale = 'en';
  let init: InitializationOptions = {};
  let workspaceFolders: string[] = [];
  // Each workspace folder's own corpus folders and bibliographies (its settings, or its project
  // configuration file), resolved against that folder only: a multi-root workspace gives each
  // folder its own corpus, and the index holds all of them.
  let folderPaths = new Map<string, { corpus: string[]; bibliography: string[] }>();
  // The settings last received, for a workspace-folder change on a client that pushes them.
  let lastRaw: { general: unknown; perFolder?: unknown[] } = { general: undefined };
  let clientFolderEvents = false;
  let cacheDir: string | undefined;
  let announcedConfig: string | undefined;
  let shownConfigError: string | undefined;
  let canPullConfiguration = false;
  let canShowProgress = false;
  const service: LanguageService = createLanguageService(new NodeFileSource(), { maxFileBytes: mb(DEFAULT_SETTINGS), logger });
  const watcher = new CorpusWatcher((paths) => void applyPathChanges(paths), logger);
  // Changes seen while a full index runs wait for it, then go in as one batch.
  const pendingChanges = new Set<string>();
  let clientWatches = false;
  let watchRegistration: Promise<{ dispose(): void } | undefined> | undefined;
  // A draft's own bibliography (front matter `bibliography:`) adds its keys to what the draft may cite.
  // Watched: a Zotero auto-export rewritten on disk re-checks the open drafts.
  const bibliographies = new DraftBibliographies(logger, () => diagnostics.scheduleAll());
  // A draft that is itself a corpus file (a Markdown source opened in the editor) is checked
  // against the rest of the corpus: it never supports its own figures.
  const viewFor = (uri: string, text: string, snapshot: CorpusSnapshot) => {
    const file = uriToPath(uri);
    return bibliographies.snapshotFor(file, text, withoutOwnText(snapshot, file), sharedBibliographies());
  };
  // The one door into the core for every request about drafts and the corpus.
  const analysis = new Analysis(() => service.snapshot(), viewFor);
  const diagnostics = new DiagnosticsPublisher(connection, documents, analysis, () => settings, logger);
  let indexing: { cancelled: boolean } | undefined;
  // What the listing of the corpus folders found (symbolic links not followed), for the index report.
  let listingProblems = new Map<string, CorpusProblem>();
  let fileIndexer: IFileIndexer | undefined;
  let markSettingsReady: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (markSettingsReady = resolve));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    init = (params.initializationOptions ?? {}) as InitializationOptions;
    locale = localeFromTag(params.locale);
    setVirtualSources(init.virtualSources === true);
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canShowProgress = !!params.capabilities.window?.workDoneProgress;
    // The editor's own file watcher (VS Code's) is more reliable than fs.watch: used when offered.
    clientWatches = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    clientFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
    applySettings(init.settings ?? init.policyWriter);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: ['@'] },
        // Folders added to or removed from the workspace change the corpus (each folder's own).
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'policy-writer', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    cacheDir = indexCacheDir(init.storagePath, workspaceFolders);
    fileIndexer = await createFileIndexer(__dirname, cacheDir, logger, bundledFolder);
    service.indexer.setOptions({ maxFileBytes: mb(settings), logger, fileIndexer, parallel: indexingParallelism(fileIndexer) });
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyWriter' }).catch(() => undefined);
      await pullSettings();
    }
    markSettingsReady();
    void reindexAll();
    if (clientFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const before = corpusIdentity();
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...added.filter((f) => !workspaceFolders.includes(f))];
        logger.info(`workspace folders: ${workspaceFolders.join(', ') || 'none'}`);
        if (canPullConfiguration) await pullSettings();
        else applySettings(lastRaw.general);
        diagnostics.scheduleAll();
        if (corpusIdentity() !== before) void reindexAll();
      });
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    const before = corpusIdentity();
    if (canPullConfiguration) await pullSettings();
    else applySettings((change.settings as { policyWriter?: unknown })?.policyWriter ?? change.settings);
    diagnostics.scheduleAll();
    // VS Code announces the configuration at start-up too: re-index only when the corpus changed.
    if (corpusIdentity() !== before) void reindexAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    void applyPathChanges(params.changes.map((c) => uriToPath(c.uri)).filter((p): p is string => !!p));
  });

  connection.onHover(
    guard(async (params): Promise<Hover | null> => {
      const uri = params.textDocument.uri;
      const known = await diagnostics.findingsFor(uri);
      // Findings belong to the version they were computed for: after an edit meanwhile, none (their offsets moved).
      const findings = documents.get(uri)?.version === known.version ? known.findings : [];
      const found = withDraft(uri, params.position, (doc, offset) => analysis.hover(doc, offset, { findings, style: settings.citationStyle, locale }));
      if (!found) return null;
      const [result, doc] = found;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.markdown },
        range: draftRange(doc, result.start, result.end),
      };
    }, null),
  );

  connection.onDefinition(
    guard((params): Location[] => withDraft(params.textDocument.uri, params.position, (doc, offset) => analysis.definition(doc, offset))?.[0] ?? [], []),
  );

  connection.onReferences(
    guard((params): Location[] => withDraft(params.textDocument.uri, params.position, (doc, offset) => analysis.references(doc, offset))?.[0] ?? [], []),
  );

  connection.onCompletion(
    guard((params): CompletionList | null => {
      const found = withDraft(params.textDocument.uri, params.position, (doc, offset) => analysis.completions(doc, offset));
      if (!found) return null;
      const [items, doc] = found;
      return {
        isIncomplete: true,
        items: items.map((it) => ({
          label: it.key,
          kind: CompletionItemKind.Reference,
          detail: it.detail,
          documentation: { kind: MarkupKind.Markdown, value: it.documentation },
          filterText: it.filterText,
          sortText: it.sortText,
          textEdit: { range: draftRange(doc, it.replaceStart, it.replaceEnd), newText: it.newText },
        })),
      };
    }, null),
  );

  registerCustomRequests(
    connection,
    {
      indexReport: () => report(service.summary()),
      reindex: async () => {
        await settingsReady;
        // A run cancelled by a newer one (settings changed meanwhile) is retried until one completes.
        while (!(await reindexAll())) {
          /* retry */
        }
        return report(service.summary());
      },
      sourceText: (uri) => {
        const file = sourcePathOf(uri);
        return (file && service.snapshot().files.get(file)?.extracted?.text) ?? null;
      },
      searchReferences: (query, limit) => analysis.searchReferences(query, limit),
      searchCorpus: (query) => analysis.search(query),
      formatReference: (key, uri) => {
        // An open draft's view adds its own bibliography; without one, the corpus and shared bibliographies.
        const ref = analysis.reference(key, uri ? documents.get(uri) : undefined);
        return ref ? { key, style: settings.citationStyle, text: formatInStyle(ref, settings.citationStyle) } : null;
      },
      figureReport: (uri) => {
        // A corpus source (open or not): what the index read from it.
        const path = uriToPath(uri);
        const source = path ? analysis.sourceFigureReport(path, locale) : undefined;
        if (source) return source;
        const doc = documents.get(uri);
        return doc ? analysis.figureReport(doc, (o) => draftPosition(doc, o)) : [];
      },
    },
    guard,
  );

  connection.onCodeAction(
    guard((params): CodeAction[] => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const text = doc.getText();
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        const data = diagnostic.data as FixData | undefined;
        if (!data || !String(diagnostic.code ?? '').match(/^(figure|citation)\./)) continue;
        const range = { start: draftOffset(doc, diagnostic.range.start), end: draftOffset(doc, diagnostic.range.end) };
        for (const fix of quickFixes(text, data, range, locale)) {
          const edits = fix.edits.map((e) => ({ range: draftRange(doc, e.start, e.end), newText: e.newText }));
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [doc.uri]: edits } } });
        }
      }
      return actions;
    }, []),
  );

  // Cache entries the worker still holds are written before the process goes.
  connection.onShutdown(async () => {
    if (indexing) indexing.cancelled = true;
    bibliographies.dispose();
    await (fileIndexer as { flush?: () => Promise<void> } | undefined)?.flush?.();
  });

  documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri));
  documents.onDidClose((e) => diagnostics.close(e.document.uri));
  service.indexer.onDidChangeSnapshot(() => {
    sendStatus('ready');
    diagnostics.scheduleAll();
  });

  /** Runs fn on the open draft at a position; undefined for documents never opened. */
  function withDraft<T>(uri: string, position: { line: number; character: number }, fn: (doc: TextDocument, offset: number) => T | undefined): [T, TextDocument] | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const result = fn(doc, draftOffset(doc, position));
    return result === undefined ? undefined : [result, doc];
  }

  async function pullSettings(): Promise<void> {
    try {
      // The workspace's settings, then each folder's (resource-scoped corpus paths and bibliographies).
      const sections: unknown[] = await connection.workspace.getConfiguration([{ section: 'policyWriter' }, ...workspaceFolders.map((f) => ({ scopeUri: fileUri(f), section: 'policyWriter' }))]);
      applySettings(sections[0], sections.length > 1 ? sections.slice(1) : undefined);
    } catch (err) {
      logger.warn(`could not read settings: ${(err as Error).message}`);
    }
  }

  /** `perFolder[i]`: the settings as workspaceFolders[i] sees them (absent: `raw` for every folder). */
  function applySettings(raw: unknown, perFolder?: unknown[]): void {
    lastRaw = { general: raw, perFolder };
    // The project's configuration file (policy-writer.json at or above the workspace folder),
    // shared with the command line; what the editor sets itself (not its defaults) wins.
    const project = workspaceFolders.length ? findProjectConfig(workspaceFolders[0]) : undefined;
    if (project?.error) {
      logger.warn(project.error);
      // Shown once per distinct problem: settings are read again on every change.
      if (project.error !== shownConfigError) void connection.window.showWarningMessage(`Policy Writer: ${project.error}`);
    }
    shownConfigError = project?.error;
    if (project && project.path !== announcedConfig) {
      announcedConfig = project.path;
      logger.info(`project configuration: ${project.path}`);
    }
    const parsed = parseSettings(project ? mergeSettings(project.settings, withoutDefaults(raw, DEFAULT_SETTINGS)) : raw);
    settings = { ...parsed.settings, locale };
    // The style's processor takes a moment to build: built now, not on the first hover.
    const style = settings.citationStyle;
    if (style !== 'plain') setTimeout(() => warmCitationStyle(style), 0);
    const errors = new Set(parsed.errors);
    // Each folder's corpus folders and bibliographies: its own project file and its own settings.
    folderPaths = new Map();
    workspaceFolders.forEach((folder, i) => {
      const own = findProjectConfig(folder);
      const editor = perFolder?.[i] ?? raw;
      const folderParsed = own && !own.error ? parseSettings(mergeSettings(own.settings, withoutDefaults(editor, DEFAULT_SETTINGS))) : parseSettings(editor);
      for (const e of folderParsed.errors) errors.add(e);
      folderPaths.set(folder, { corpus: folderParsed.settings.corpus.paths, bibliography: folderParsed.settings.bibliography });
    });
    for (const e of errors) {
      logger.warn(e);
      void connection.window.showWarningMessage(`Policy Writer: ${e}`);
    }
    service.indexer.setOptions({ maxFileBytes: mb(settings), logger, fileIndexer, parallel: indexingParallelism(fileIndexer) });
  }

  function corpusIdentity(): string {
    return JSON.stringify([corpusFolders(), settings.corpus.maxFileSizeMB, settings.corpus.exclude]);
  }

  function bundledFolder(): string | undefined {
    return settings.corpus.includeBundled ? init.bundledCorpusPath ?? path.resolve(__dirname, '..', 'corpus') : undefined;
  }

  /** policyWriter.bibliography as absolute paths (relative ones against the workspace folders); none in a restricted workspace. */
  function sharedBibliographies(): string[] {
    if (init.trusted === false) return [];
    if (!workspaceFolders.length) return resolveCorpusFolders(settings.bibliography, [], undefined);
    return [...new Set(workspaceFolders.flatMap((f) => resolveCorpusFolders(folderPaths.get(f)?.bibliography ?? [], [f], undefined)))];
  }

  function corpusFolders(): string[] {
    const bundled = bundledFolder();
    // In a restricted workspace, folders named by workspace settings are not read (package.json restrictedConfigurations).
    if (init.trusted === false) return resolveCorpusFolders([], [], bundled);
    if (!workspaceFolders.length) return resolveCorpusFolders(settings.corpus.paths, [], bundled);
    // Each folder's relative paths against that folder only (not against every folder, merged).
    return [...new Set([...(bundled ? [bundled] : []), ...workspaceFolders.flatMap((f) => resolveCorpusFolders(folderPaths.get(f)?.corpus ?? [], [f], undefined))])];
  }

  /** Indexes the configured corpus from scratch; false when a newer run cancelled this one. */
  async function reindexAll(): Promise<boolean> {
    if (indexing) indexing.cancelled = true;
    const token = { cancelled: false, get isCancellationRequested() { return this.cancelled; } };
    indexing = token;
    const folders = corpusFolders();
    const progress = canShowProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(message(locale, 'progress.indexing'), 0, undefined, true);
    try {
      // Watching starts before the listing: a file added, changed or deleted while the corpus is
      // being indexed is applied after it, not missed.
      await watchFolders(folders);
      // The bundled corpus goes first and is served as soon as it is in, however large the user's
      // folders: it is listed and indexed before they are listed (10,000 files take a while).
      const bundled = folders.find((f) => f === bundledFolder());
      if (bundled && folders.length > 1 && !service.snapshot().complete) {
        const first = await listCorpusFiles([bundled], SILENT_LOGGER, excludeMatcher(settings.corpus.exclude));
        if (token.cancelled) return false;
        await service.indexer.indexFirst(first, token);
      }
      const found = new Map<string, CorpusProblem>();
      const files = await listCorpusFiles(folders, logger, excludeMatcher(settings.corpus.exclude), (p) => found.set(p.path, p));
      if (token.cancelled) return false;
      listingProblems = found;
      logger.info(`indexing ${files.length} files in ${folders.join(', ')}`);
      const isBundled = bundled ? (p: string) => p.startsWith(bundled + path.sep) : undefined;
      // Progress and status at most 10 times a second: per file they cost more than indexing a small file.
      let lastReport = 0;
      const done = await service.indexer.indexAll(files, token, (n, total, file) => {
        const now = performance.now();
        if (n < total && now - lastReport < 100) return;
        lastReport = now;
        progress?.report(Math.round((n / total) * 100), path.basename(file));
        sendStatus('indexing', n, total);
      }, isBundled);
      if (done) {
        // Entries of files no longer in the corpus go: renaming every file must not double the cache.
        void pruneCache(cacheDir, files).then((n) => n && logger.info(`index cache: removed ${n} entries of files no longer in the corpus`));
        const s = service.summary();
        logger.info(`indexed ${s.sources} sources, ${s.references} references, ${s.problems.length} problems (${s.cachedFiles} files from the cache)`);
      }
      return done;
    } finally {
      progress?.done();
      if (indexing === token) indexing = undefined;
      // What changed on disk while this run listed and read the files goes in now, as one batch.
      if (!indexing && pendingChanges.size) void applyPathChanges([]);
    }
  }

  /** Watches the corpus folders: through the client when it offers dynamic registration, else fs.watch. */
  async function watchFolders(folders: string[]): Promise<void> {
    if (!clientWatches) {
      watcher.watch(folders);
      return;
    }
    const previous = watchRegistration;
    watchRegistration = connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: folders.map((f) => ({ globPattern: { baseUri: fileUri(f), pattern: '**/*' } })) })
      .catch((err: Error) => {
        logger.warn(`the editor could not watch the corpus folders (${err.message}); watching them here`);
        watcher.watch(folders);
        return undefined;
      });
    (await previous)?.dispose();
  }

  /** Added, changed and deleted corpus files, applied in one batch (after a running full index). */
  async function applyPathChanges(paths: string[]): Promise<void> {
    for (const p of paths) pendingChanges.add(p);
    if (indexing || pendingChanges.size === 0) return;
    const batch = [...pendingChanges];
    pendingChanges.clear();
    const folders = corpusFolders();
    const source = new NodeFileSource();
    const changed: string[] = [];
    const removed: string[] = [];
    const exclude = excludeMatcher(settings.corpus.exclude);
    const roots = await realRoots(folders);
    for (const p of batch) {
      const folder = folders.find((f) => p === f || p.startsWith(f + path.sep));
      if (!folder || isSkippedPath(path.relative(folder, p)) || isExcludedPath(p, folder, exclude)) continue;
      listingProblems.delete(p);
      if ((await source.size(p)) === undefined) {
        removed.push(p);
        continue;
      }
      // A new symbolic link (or a file replaced by one) is followed only inside the corpus folders, as in the listing.
      const where = await realPathInside(p, roots);
      if (where.inside) changed.push(p);
      else {
        removed.push(p);
        if (where.real) {
          const problem = outsideLinkProblem(p, where.real);
          logger.warn(`${p}: ${problem.message}`);
          listingProblems.set(p, problem);
        }
      }
    }
    // A folder moved out or deleted: every file under it goes.
    for (const known of service.snapshot().documents.map((d) => d.path)) if (removed.some((r) => known.startsWith(r + path.sep))) removed.push(known);
    if (changed.length || removed.length) await service.indexer.applyChanges(changed, removed);
  }

  /** The index report: the snapshot's problems and the listing's. */
  function report(summary: CorpusSummary): CorpusSummary {
    return listingProblems.size ? { ...summary, problems: [...listingProblems.values(), ...summary.problems] } : summary;
  }

  function sendStatus(state: StatusParams['state'], done?: number, total?: number): void {
    const s = service.summary();
    const failed = s.files.filter((f) => f.status === 'failed').length;
    void connection.sendNotification(StatusNotification, { state, done, total, sources: s.sources, references: s.references, terms: getGlossary(service.snapshot()).entries.length, figures: getFigureIndex(service.snapshot()).count, failed } satisfies StatusParams);
  }

  documents.listen(connection);
  connection.listen();
}

function mb(s: Settings): number {
  return s.corpus.maxFileSizeMB * 1024 * 1024;
}

function connectionLogger(connection: Connection): ILogger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}
