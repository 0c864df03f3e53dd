import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/analysis.js';
import type { ILogger } from '../core/index.js';
import type { Locale } from '../core/messages/messages.js';
import type { DiagnosticsPublisher } from '../diagnosticsPublisher.js';
import type { InitializationOptions } from '../protocol.js';
import type { Settings } from '../settings.js';
import type { Guard } from './guard.js';

/** What the client said it can do, read once at initialize. */
export interface ClientAbilities {
  /** workspace/configuration: settings are pulled, not pushed */
  pullConfiguration: boolean;
  /** window/workDoneProgress */
  showProgress: boolean;
  /** dynamic registration of workspace/didChangeWatchedFiles: the editor watches the corpus */
  watchFiles: boolean;
  /** workspace folder change notifications */
  folderEvents: boolean;
}

/**
 * The server's state, in one place instead of `let`s in a closure: set at initialize and on
 * configuration changes, read by every registerXSupport function.
 */
export interface ServerState {
  settings: Settings;
  /** messages, hovers and quick fixes speak the client's language: Chinese for a zh-* locale, else English */
  locale: Locale;
  init: InitializationOptions;
  workspaceFolders: string[];
  client: ClientAbilities;
}

/** What every registerXSupport function is given: the connection, the open drafts, the analysis and the state. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly logger: ILogger;
  /** every request handler goes through it: a failing one is logged and cannot stop the server */
  readonly guard: Guard;
  readonly analysis: Analysis;
  readonly diagnostics: DiagnosticsPublisher;
  readonly state: ServerState;
}
