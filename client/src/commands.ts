import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { IndexReportRequest, ReferenceHit, ReindexRequest, SearchReferencesRequest } from '../../server/src/protocol.js';
import type { CorpusSummary } from '../../server/src/core/corpus/summary.js';

/** Command implementations; each asks the server and presents the answer. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyWriter.reindex', async () => {
      const summary = await client.sendRequest<CorpusSummary>(ReindexRequest);
      void vscode.window.showInformationMessage(`Policy Writer: indexed ${summary.sources} sources, ${summary.references} references.`);
    }),
    vscode.commands.registerCommand('policyWriter.insertCitationKey', async (key: string) => {
      if (typeof key === 'string') await insertCitation(key);
    }),
    vscode.commands.registerCommand('policyWriter.insertCitation', async () => {
      const key = await pickReference(client);
      if (key) await insertCitation(key);
    }),
    vscode.commands.registerCommand('policyWriter.showIndexReport', async () => {
      const summary = await client.sendRequest<CorpusSummary>(IndexReportRequest);
      output.appendLine(renderReport(summary));
      output.show(true);
    }),
  );
}

/** A quick pick over references; the server ranks (fuzzy, pinyin), so VS Code's own filter is bypassed. */
async function pickReference(client: LanguageClient): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { key: string }>();
  pick.placeholder = 'Search references by key, author (pinyin works), title or year';
  pick.matchOnDescription = true;
  const update = async (query: string) => {
    pick.busy = true;
    const hits = await client.sendRequest<ReferenceHit[]>(SearchReferencesRequest, { query, limit: 50 });
    pick.items = hits.map((h) => ({ label: h.key, description: h.detail, detail: h.title, key: h.key, alwaysShow: true }));
    pick.busy = false;
  };
  pick.onDidChangeValue((v) => void update(v));
  void update('');
  pick.show();
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.key);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
  });
}

/** Inserts [@key] at the cursor, or just the key when the cursor already follows "[@" or "; @". */
async function insertCitation(key: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const pos = editor.selection.active;
  const before = editor.document.lineAt(pos.line).text.slice(0, pos.character);
  const text = /@$/.test(before) ? key : /\[[^\]]*$/.test(before) ? `@${key}` : `[@${key}]`;
  await editor.edit((b) => b.replace(editor.selection, text));
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
