import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node.js';
import { registerCommands } from './commands.js';
import { StatusBar } from './statusBar.js';

let client: LanguageClient | undefined;

/** Starts the language server over IPC and adds the editor UI; no language logic lives here. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel('Policy Writer');
  const clientOptions: LanguageClientOptions = {
    // Drafts on disk and unsaved ones, in Markdown, Quarto or R Markdown; not git: or diff views
    // of the same file, which would get a second set of findings.
    documentSelector: ['markdown', 'quarto', 'rmd'].flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    outputChannel: output,
    synchronize: { configurationSection: 'policyWriter' },
    // Hovers escape all corpus text; only our own command links are allowed to run.
    markdown: { isTrusted: { enabledCommands: ['policyWriter.insertCitationKey', 'policyWriter.openOriginalFile', 'policyWriter.openExtractedText'] }, supportHtml: false },
    initializationOptions: {
      bundledCorpusPath: context.asAbsolutePath('corpus'),
      storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
      trusted: vscode.workspace.isTrusted,
      // registerCommands provides policy-writer-source: documents (the text of PDF, Word and HTML sources).
      virtualSources: true,
    },
  };
  client = new LanguageClient('policyWriter', 'Policy Writer', serverOptions, clientOptions);
  const statusBar = new StatusBar(client);
  context.subscriptions.push(output, statusBar);
  registerCommands(context, client, output);
  // Trust granted: restart so the server reads the folders it was not allowed to read before.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(context, output)));
  await client.start();
}

async function restart(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  output.appendLine(vscode.l10n.t('Workspace trusted: restarting the server to index policyWriter.corpus.paths.'));
  await client?.stop();
  for (const d of context.subscriptions.splice(0)) d.dispose();
  await activate(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
