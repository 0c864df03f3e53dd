import { TextDocuments, type Connection } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type CorpusSnapshot, type ILogger, type LanguageService } from './core/index.js';
import { Analysis } from './analysis/analysis.js';
import { withoutOwnText } from './core/drafts/withoutOwnText.js';
import { DiagnosticsPublisher } from './diagnosticsPublisher.js';
import { DraftBibliographies } from './indexing/draftBibliographies.js';
import { registerCustomRequests } from './lsp/customRequests.js';
import { customRequestHandlers } from './lsp/customRequestHandlers.js';
import { createGuard } from './lsp/guard.js';
import { registerCodeActionSupport, registerCompletionSupport, registerDocumentSupport, registerHoverSupport, registerNavigationSupport } from './lsp/languageFeatures.js';
import { CAPABILITIES, readInitializeParams } from './lsp/lifecycle.js';
import type { ServerContext, ServerState } from './lsp/serverContext.js';
import { uriToPath } from './lsp/toLsp.js';
import { CorpusIndexing, registerCorpusSupport } from './node/corpusIndexing.js';
import { registerSettingsSupport, startSettingsSupport, WorkspaceSettings } from './node/workspaceSettings.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { NodeFileSource } from './workspace.js';

/*
 * Wires the language server: builds the parts once and registers each kind of support. Handlers
 * live with their support (lsp/languageFeatures.ts, lsp/customRequestHandlers.ts,
 * node/workspaceSettings.ts, node/corpusIndexing.ts); they translate and forward to the Analysis.
 */

/** The parts of a running server; built once, before the connection listens. */
interface Server {
  ctx: ServerContext;
  service: LanguageService;
  settings: WorkspaceSettings;
  corpus: CorpusIndexing;
  bibliographies: DraftBibliographies;
}

export function startServer(connection: Connection): void {
  const server = createServer(connection);
  const { ctx } = server;
  registerLifecycle(server);
  registerSettingsSupport(ctx, server.settings, () => void server.corpus.reindexAll());
  registerCorpusSupport(ctx, server.corpus, server.service);
  registerDocumentSupport(ctx);
  registerHoverSupport(ctx);
  registerNavigationSupport(ctx);
  registerCompletionSupport(ctx);
  registerCodeActionSupport(ctx);
  ctx.documents.listen(connection);
  connection.listen();
}

function createServer(connection: Connection): Server {
  const logger = connectionLogger(connection);
  const state: ServerState = { settings: DEFAULT_SETTINGS, locale: 'en', init: {}, workspaceFolders: [], client: { pullConfiguration: false, showProgress: false, watchFiles: false, folderEvents: false } };
  const service = createLanguageService(new NodeFileSource(), { maxFileBytes: DEFAULT_SETTINGS.corpus.maxFileSizeMB * 1024 * 1024, logger });
  const documents = new TextDocuments(TextDocument);
  // A draft's own bibliography (front matter `bibliography:`) adds its keys to what the draft may cite.
  // Watched: a Zotero auto-export rewritten on disk re-checks the open drafts.
  const bibliographies = new DraftBibliographies(logger, () => diagnostics.scheduleAll());
  const settings = new WorkspaceSettings({ connection, logger, state }, () => corpus.applyOptions());
  // A draft that is itself a corpus file (a Markdown source opened in the editor) is checked
  // against the rest of the corpus: it never supports its own figures.
  const viewFor = (uri: string, text: string, snapshot: CorpusSnapshot) => {
    const file = uriToPath(uri);
    return bibliographies.snapshotFor(file, text, withoutOwnText(snapshot, file), settings.sharedBibliographies());
  };
  // The one door into the core for every request about drafts and the corpus.
  const analysis = new Analysis(() => service.snapshot(), viewFor);
  const diagnostics = new DiagnosticsPublisher(connection, documents, analysis, () => state.settings, logger);
  const ctx: ServerContext = { connection, documents, logger, guard: createGuard(logger), analysis, diagnostics, state };
  const corpus: CorpusIndexing = new CorpusIndexing(ctx, service, settings);
  return { ctx, service, settings, corpus, bibliographies };
}

/** initialize, initialized and shutdown; the policyWriter/* requests wait for the first settings. */
function registerLifecycle({ ctx, service, settings, corpus, bibliographies }: Server): void {
  let markSettingsReady: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (markSettingsReady = resolve));
  const reindex = () => void corpus.reindexAll();
  ctx.connection.onInitialize((params) => {
    readInitializeParams(ctx.state, params);
    settings.apply(ctx.state.init.settings ?? ctx.state.init.policyWriter);
    return CAPABILITIES;
  });
  ctx.connection.onInitialized(async () => {
    await corpus.start();
    await startSettingsSupport(ctx, settings, reindex);
    markSettingsReady();
    reindex();
  });
  const reports = {
    report: () => corpus.report(),
    reindex: async () => {
      await settingsReady;
      // A run cancelled by a newer one (settings changed meanwhile) is retried until one completes.
      while (!(await corpus.reindexAll())) {
        /* retry */
      }
      return corpus.report();
    },
  };
  registerCustomRequests(ctx.connection, customRequestHandlers(ctx, service, reports), ctx.guard);
  ctx.connection.onShutdown(async () => {
    bibliographies.dispose();
    await corpus.shutdown();
  });
}

function connectionLogger(connection: Connection): ILogger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}
