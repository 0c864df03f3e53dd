import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { IFileIndexer } from './core/corpus/corpusIndexer.js';
import { CachedFileIndexer, codeVersionOf } from './indexing/cachedFileIndexer.js';
import { WorkerFileIndexer } from './indexing/workerFileIndexer.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Connection,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  Hover,
  MarkupKind,
  CancellationToken,
  ResponseError,
  Location,
  CodeAction,
  CodeActionKind,
  CompletionList,
  CompletionItemKind,
  Diagnostic,
  DiagnosticSeverity,
  LSPErrorCodes,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, ILogger, LanguageService, type CorpusSnapshot, type SourceDocument } from './core/index.js';
import { DraftCache, DraftAnalysis } from './core/drafts/draftAnalysis.js';
import { hoverAt } from './features/hover.js';
import { draftDiagnostics, figureFindings, type DraftDiagnostic, type FixData } from './features/diagnostics.js';
import { quickFixes } from './features/codeActions.js';
import { completeCitation } from './features/completion.js';
import { getReferenceSearch } from './core/citations/referenceSearch.js';
import { authorsYear } from './core/citations/formatReference.js';
import { originalPosition } from './core/corpus/sourceLocation.js';
import { checkDraftFiguresSliced, type FigureFinding } from './core/figures/figureCheck.js';
import { getFigureIndex } from './core/figures/figureIndex.js';
import { definitionAt, referencesAt } from './features/navigation.js';
import { getGlossary } from './core/glossary/glossary.js';
import { DEFAULT_SETTINGS, parseSettings, Settings } from './settings.js';
import { listCorpusFiles, NodeFileSource, CorpusWatcher, resolveCorpusFolders } from './workspace.js';
import { CorpusHit, FigureReportRequest, FigureReportRow, InitializationOptions, IndexReportRequest, ReferenceHit, ReindexRequest, SearchCorpusRequest, SearchReferencesRequest, StatusNotification, StatusParams } from './protocol.js';
import { searchPassages } from './core/corpus/passageSearch.js';
import { sourceQuote } from './core/figures/findingMessages.js';

/** Wires the language service to an LSP connection; handlers only translate and forward. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const logger = connectionLogger(connection);
  const drafts = new DraftCache();
  let settings: Settings = DEFAULT_SETTINGS;
  let init: InitializationOptions = {};
  let workspaceFolders: string[] = [];
  let canPullConfiguration = false;
  let canShowProgress = false;
  const service: LanguageService = createLanguageService(new NodeFileSource(), { maxFileBytes: mb(DEFAULT_SETTINGS), logger });
  const watcher = new CorpusWatcher((paths) => void reindexPaths(paths), logger);
  let indexing: { cancelled: boolean } | undefined;
  let fileIndexer: IFileIndexer | undefined;
  let markSettingsReady: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (markSettingsReady = resolve));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    init = (params.initializationOptions ?? {}) as InitializationOptions;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canShowProgress = !!params.capabilities.window?.workDoneProgress;
    applySettings(init.settings ?? init.policyWriter);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: ['@'] },
      },
      serverInfo: { name: 'policy-writer', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    fileIndexer = await createFileIndexer(init.storagePath, logger);
    service.indexer.setOptions({ maxFileBytes: mb(settings), logger, fileIndexer, parallel: parallelism() });
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyWriter' }).catch(() => undefined);
      await pullSettings();
    }
    markSettingsReady();
    void reindexAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfiguration) await pullSettings();
    else applySettings((change.settings as { policyWriter?: unknown })?.policyWriter ?? change.settings);
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
    void reindexAll();
  });

  connection.onRequest(IndexReportRequest, () => service.summary());
  connection.onRequest(ReindexRequest, async () => {
    await settingsReady;
    // A run cancelled by a newer one (settings changed meanwhile) is retried until one completes.
    while (!(await reindexAll())) {
      /* retry */
    }
    return service.summary();
  });

  connection.onHover(
    guard((params): Hover | null => {
      const found = withDraft(params.textDocument.uri, params.position, (analysis, offset) => hoverAt(service.snapshot(), analysis, offset, findingsFor(params.textDocument.uri)));
      if (!found) return null;
      const [result, doc] = found;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.markdown },
        range: { start: doc.positionAt(result.start), end: doc.positionAt(result.end) },
      };
    }, null),
  );

  connection.onDefinition(
    guard((params): Location[] => withDraft(params.textDocument.uri, params.position, (a, offset) => definitionAt(service.snapshot(), a, offset))?.[0] ?? [], []),
  );

  connection.onReferences(
    guard((params): Location[] => withDraft(params.textDocument.uri, params.position, (a, offset) => referencesAt(service.snapshot(), a, offset))?.[0] ?? [], []),
  );

  connection.onCompletion(
    guard((params): CompletionList | null => {
      const found = withDraft(params.textDocument.uri, params.position, (a, offset) => completeCitation(service.snapshot(), a, offset));
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
          textEdit: { range: { start: doc.positionAt(it.replaceStart), end: doc.positionAt(it.replaceEnd) }, newText: it.newText },
        })),
      };
    }, null),
  );

  connection.onRequest(SearchReferencesRequest, (params: { query?: unknown; limit?: unknown }): ReferenceHit[] => {
    const snapshot = service.snapshot();
    const limit = typeof params?.limit === 'number' ? Math.min(params.limit, 200) : 50;
    return getReferenceSearch(snapshot)
      .search(typeof params?.query === 'string' ? params.query : '', limit)
      .map(({ ref }) => ({ key: ref.id, title: ref.title ?? ref.id, detail: authorsYear(ref), path: snapshot.documentsByKey.get(ref.id)?.[0]?.path }));
  });

  connection.onRequest(SearchCorpusRequest, (params: { query?: unknown }): CorpusHit[] => {
    const snapshot = service.snapshot();
    const query = typeof params?.query === 'string' ? params.query : '';
    const refs = getReferenceSearch(snapshot).search(query, 10).map(({ ref }): CorpusHit => {
      const doc = snapshot.documentsByKey.get(ref.id)?.[0];
      return { label: `$(book) @${ref.id}`, description: authorsYear(ref), detail: ref.title ?? '', uri: pathToFileURL(doc?.path ?? ref.origin.path).href, line: doc ? 0 : ref.origin.line };
    });
    const passages = searchPassages(snapshot, query, 40).map((h): CorpusHit => {
      const pos = originalPosition(h.doc, h.start);
      return { label: `@${h.doc.key}:${pos.line + 1}`, description: h.doc.title, detail: h.doc.normalized.text.slice(h.start, h.end), uri: pathToFileURL(h.doc.path).href, line: pos.line };
    });
    return [...refs, ...passages];
  });

  connection.onRequest(FigureReportRequest, (params: { uri?: unknown }): FigureReportRow[] => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const doc = documents.get(uri);
    if (!doc) return [];
    const findings = figureFindings(service.snapshot(), drafts.get(uri, doc.version, () => doc.getText()));
    return findings.map((f) => {
      const source = (f.status === 'contradicted' ? f.conflicts : f.support)[0];
      const pos = doc.positionAt(f.figure.start);
      return { figure: f.figure.text.trim(), status: f.status, line: pos.line, character: pos.character, source: source?.doc.key, quote: source ? sourceQuote(source) : undefined };
    });
  });

  connection.onCodeAction(
    guard((params): CodeAction[] => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const text = doc.getText();
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        const data = diagnostic.data as FixData | undefined;
        if (!data || !String(diagnostic.code ?? '').match(/^(figure|citation)\./)) continue;
        const range = { start: doc.offsetAt(diagnostic.range.start), end: doc.offsetAt(diagnostic.range.end) };
        for (const fix of quickFixes(text, data, range)) {
          const edits = fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [doc.uri]: edits } } });
        }
      }
      return actions;
    }, []),
  );

  documents.onDidChangeContent((e) => scheduleDiagnostics(e.document.uri));
  documents.onDidClose((e) => {
    drafts.delete(e.document.uri);
    findingsCache.delete(e.document.uri);
    clearTimeout(diagnosticTimers.get(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  service.indexer.onDidChangeSnapshot(() => {
    sendStatus('ready');
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
  });

  const diagnosticTimers = new Map<string, NodeJS.Timeout>();
  const findingsCache = new Map<string, { version: number; snapshot: number; findings: FigureFinding[] }>();

  const running = new Map<string, { cancelled: boolean; readonly isCancellationRequested: boolean }>();

  /**
   * Figure findings for a hover: the ones computed for this version and snapshot; for a small
   * draft not checked yet, computed now; for a large one, none until the sliced check is done.
   */
  function findingsFor(uri: string): FigureFinding[] {
    const doc = documents.get(uri);
    if (!doc) return [];
    const snapshot = service.snapshot();
    const hit = findingsCache.get(uri);
    if (hit && hit.version === doc.version && hit.snapshot === snapshot.version) return hit.findings;
    if (doc.getText().length > 50_000) return [];
    const findings = figureFindings(snapshot, drafts.get(uri, doc.version, () => doc.getText()));
    findingsCache.set(uri, { version: doc.version, snapshot: snapshot.version, findings });
    return findings;
  }

  /** Debounced: typing produces one check after a pause; a newer edit cancels the check in flight. */
  function scheduleDiagnostics(uri: string): void {
    clearTimeout(diagnosticTimers.get(uri));
    const previous = running.get(uri);
    if (previous) previous.cancelled = true;
    diagnosticTimers.set(uri, setTimeout(() => void publishDiagnostics(uri), settings.diagnostics.debounceMs));
  }

  async function publishDiagnostics(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const token = { cancelled: false, get isCancellationRequested() { return this.cancelled; } };
    running.set(uri, token);
    try {
      if (!settings.diagnostics.enabled) {
        void connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const snapshot = service.snapshot();
      const analysis = drafts.get(uri, doc.version, () => doc.getText());
      const findings = await checkDraftFiguresSliced(snapshot, analysis, token);
      if (!findings || token.cancelled || documents.get(uri)?.version !== doc.version) return;
      findingsCache.set(uri, { version: doc.version, snapshot: snapshot.version, findings });
      const diagnostics = draftDiagnostics(snapshot, analysis, settings, findings).map((d) => toLspDiagnostic(doc, d));
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (err) {
      logger.error(`diagnostics for ${uri} failed: ${(err as Error).stack ?? err}`);
    } finally {
      if (running.get(uri) === token) running.delete(uri);
    }
  }

  function toLspDiagnostic(doc: TextDocument, d: DraftDiagnostic): Diagnostic {
    const byPath = documentsByPath(service.snapshot());
    const relatedInformation = d.related.flatMap((r) => {
      const source = byPath.get(r.path);
      if (!source) return [];
      const pos = originalPosition(source, r.offset);
      return [{ location: { uri: pathToFileURL(r.path).href, range: { start: pos, end: pos } }, message: r.message }];
    });
    return {
      range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) },
      severity: SEVERITY[d.severity],
      code: d.code,
      source: 'policy-writer',
      message: d.message,
      relatedInformation,
      data: d.data,
    };
  }

  /** Runs fn on the open draft at a position; undefined for documents never opened. */
  function withDraft<T>(uri: string, position: { line: number; character: number }, fn: (a: DraftAnalysis, offset: number) => T | undefined): [T, TextDocument] | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const analysis = drafts.get(uri, doc.version, () => doc.getText());
    const result = fn(analysis, doc.offsetAt(position));
    return result === undefined ? undefined : [result, doc];
  }

  async function pullSettings(): Promise<void> {
    try {
      const [section] = await connection.workspace.getConfiguration([{ section: 'policyWriter' }]);
      applySettings(section);
    } catch (err) {
      logger.warn(`could not read settings: ${(err as Error).message}`);
    }
  }

  function applySettings(raw: unknown): void {
    const parsed = parseSettings(raw);
    settings = parsed.settings;
    for (const e of parsed.errors) {
      logger.warn(e);
      void connection.window.showWarningMessage(`Policy Writer: ${e}`);
    }
    service.indexer.setOptions({ maxFileBytes: mb(settings), logger, fileIndexer, parallel: parallelism() });
  }

  /** Files in flight: two per worker, so a worker never waits for the next request. */
  function parallelism(): number {
    return fileIndexer instanceof WorkerFileIndexer ? fileIndexer.size * 2 : 1;
  }

  function corpusFolders(): string[] {
    const bundled = settings.corpus.includeBundled ? init.bundledCorpusPath ?? path.resolve(__dirname, '..', 'corpus') : undefined;
    // In a restricted workspace, folders named by workspace settings are not read (package.json restrictedConfigurations).
    const paths = init.trusted === false ? [] : settings.corpus.paths;
    return resolveCorpusFolders(paths, workspaceFolders, bundled);
  }

  /** Indexes the configured corpus from scratch; false when a newer run cancelled this one. */
  async function reindexAll(): Promise<boolean> {
    if (indexing) indexing.cancelled = true;
    const token = { cancelled: false, get isCancellationRequested() { return this.cancelled; } };
    indexing = token;
    const folders = corpusFolders();
    const progress = canShowProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Policy Writer: indexing corpus', 0, undefined, true);
    try {
      const files = await listCorpusFiles(folders, logger);
      logger.info(`indexing ${files.length} files in ${folders.join(', ')}`);
      const done = await service.indexer.indexAll(files, token, (n, total, file) => {
        progress?.report(Math.round((n / total) * 100), path.basename(file));
        sendStatus('indexing', n, total);
      });
      if (done) {
        watcher.watch(folders);
        const s = service.summary();
        logger.info(`indexed ${s.sources} sources, ${s.references} references, ${s.problems.length} problems (${s.cachedFiles} files from the cache)`);
      }
      return done;
    } finally {
      progress?.done();
      if (indexing === token) indexing = undefined;
    }
  }

  async function reindexPaths(paths: string[]): Promise<void> {
    for (const p of paths) {
      const size = await new NodeFileSource().size(p);
      if (size === undefined) service.indexer.remove(p);
      else await service.indexer.update(p);
    }
  }

  function sendStatus(state: StatusParams['state'], done?: number, total?: number): void {
    const s = service.summary();
    const failed = s.files.filter((f) => f.status === 'failed').length;
    void connection.sendNotification(StatusNotification, { state, done, total, sources: s.sources, references: s.references, terms: getGlossary(service.snapshot()).entries.length, figures: getFigureIndex(service.snapshot()).count, failed } satisfies StatusParams);
  }

  /** Wraps a handler once: cancellation becomes RequestCancelled, an exception is logged and answered empty. */
  function guard<P, R>(handler: (params: P, token: CancellationToken) => R, empty: R) {
    return (params: P, token: CancellationToken): R | ResponseError<void> => {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      try {
        return handler(params, token);
      } catch (err) {
        logger.error(`request failed: ${(err as Error).stack ?? err}`);
        return empty;
      }
    };
  }

  documents.listen(connection);
  connection.listen();
}

/**
 * Files are indexed in a worker thread (dist/indexWorker.js) with a persistent cache in the
 * client's storage folder; without the worker script (tests run from source) they are indexed
 * in-thread, still cached.
 */
async function createFileIndexer(storagePath: string | undefined, logger: ILogger): Promise<IFileIndexer> {
  const script = path.join(__dirname, 'indexWorker.js');
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

const pathIndexes = new WeakMap<object, Map<string, SourceDocument>>();

function documentsByPath(snapshot: CorpusSnapshot): Map<string, SourceDocument> {
  let map = pathIndexes.get(snapshot);
  if (!map) pathIndexes.set(snapshot, (map = new Map(snapshot.documents.map((d) => [d.path, d]))));
  return map;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

function mb(s: Settings): number {
  return s.corpus.maxFileSizeMB * 1024 * 1024;
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function connectionLogger(connection: Connection): ILogger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}
