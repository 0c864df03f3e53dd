import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { IndexReportRequest, ReindexRequest } from '../../server/src/protocol.js';
import type { CorpusSummary } from '../../server/src/core/corpus/summary.js';

/** Command implementations; each asks the server and presents the answer. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyWriter.reindex', async () => {
      const summary = await client.sendRequest<CorpusSummary>(ReindexRequest);
      void vscode.window.showInformationMessage(`Policy Writer: indexed ${summary.sources} sources, ${summary.references} references.`);
    }),
    vscode.commands.registerCommand('policyWriter.insertCitationKey', async (key: string) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || typeof key !== 'string') return;
      await editor.insertSnippet(new vscode.SnippetString(`[@${key.replace(/[$}\\]/g, '\\$&')}]`));
    }),
    vscode.commands.registerCommand('policyWriter.showIndexReport', async () => {
      const summary = await client.sendRequest<CorpusSummary>(IndexReportRequest);
      output.appendLine(renderReport(summary));
      output.show(true);
    }),
  );
}

function renderReport(s: CorpusSummary): string {
  const lines = [`Policy Writer index report (snapshot ${s.version})`, `${s.sources} sources, ${s.references} references, ${s.characters} characters`, ''];
  for (const f of s.files) lines.push(`  ${f.status.padEnd(8)} ${f.path}${f.key ? `  [@${f.key}]` : ''}${f.encoding ? `  ${f.encoding}` : ''}`);
  if (s.problems.length) {
    lines.push('', 'Problems:');
    for (const p of s.problems) lines.push(`  ${p.severity}: ${p.path}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.message}`);
  }
  return lines.join('\n');
}
