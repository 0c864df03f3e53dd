import {
  CodeActionKind,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { localeFromTag } from '../core/messages/messages.js';
import type { InitializationOptions } from '../protocol.js';
import type { ServerState } from './serverContext.js';
import { setVirtualSources, uriToPath } from './toLsp.js';

/** What the server offers the client. */
export const CAPABILITIES: InitializeResult = {
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

/** Reads the initialize request into the server's state: options, locale, workspace folders, what the client can do. */
export function readInitializeParams(state: ServerState, params: InitializeParams): void {
  state.init = (params.initializationOptions ?? {}) as InitializationOptions;
  state.locale = localeFromTag(params.locale);
  setVirtualSources(state.init.virtualSources === true);
  state.workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!state.workspaceFolders.length && params.rootUri)
    state.workspaceFolders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
  const { workspace, window } = params.capabilities;
  state.client = {
    pullConfiguration: !!workspace?.configuration,
    showProgress: !!window?.workDoneProgress,
    // The editor's own file watcher (VS Code's) is more reliable than fs.watch: used when offered.
    watchFiles: !!workspace?.didChangeWatchedFiles?.dynamicRegistration,
    folderEvents: !!workspace?.workspaceFolders,
  };
}
