import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { CorpusHit, FigureReportRequest, FigureReportRow, FormatReferenceRequest, FormattedReference, IndexReportRequest, ReferenceHit, ReindexRequest, SearchCorpusRequest, SearchReferencesRequest, SourceTextRequest } from '../../server/src/protocol.js';
import type { CorpusSummary } from '../../server/src/core/corpus/summary.js';
import { citationText, pickCitationFromZotero } from './zotero.js';

/** Command implementations; each asks the server and presents the answer. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyWriter.reindex', async () => {
      const summary = await client.sendRequest<CorpusSummary>(ReindexRequest);
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Writer: indexed {0} sources, {1} references.', summary.sources, summary.references));
    }),
    vscode.commands.registerCommand('policyWriter.insertCitationKey', async (key: string) => {
      if (typeof key === 'string') await insertCitation(key);
    }),
    vscode.commands.registerCommand('policyWriter.insertCitation', async () => {
      const key = await pickReference(client);
      if (key) await insertCitation(key);
    }),
    vscode.commands.registerCommand('policyWriter.insertCitationFromZotero', insertCitationFromZotero),
    vscode.commands.registerCommand('policyWriter.insertBibliographyEntry', () => insertBibliographyEntry(client)),
    vscode.commands.registerCommand('policyWriter.searchCorpus', () => searchCorpus(client)),
    vscode.commands.registerCommand('policyWriter.showFigureReport', () => showFigureReport(client)),
    vscode.commands.registerCommand('policyWriter.openCitationSource', openCitationSource),
    // The extracted text of a PDF, Word or HTML source, read-only, with its page markers: where
    // hover and go-to-definition links to such a source land.
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, {
      provideTextDocumentContent: async (uri) => (await client.sendRequest<string | null>(SourceTextRequest, { uri: uri.toString() })) ?? vscode.l10n.t('(no extracted text is indexed for {0})', uri.fsPath),
    }),
    vscode.commands.registerCommand('policyWriter.openOriginalFile', openOriginalFile),
    // Hover links to the extracted text come as this command (VS Code shows no link to a scheme of ours).
    vscode.commands.registerCommand('policyWriter.openExtractedText', async (uri: unknown, line?: unknown) => {
      if (typeof uri !== 'string' || !uri.startsWith(`${SOURCE_SCHEME}:`)) return;
      await openAt(vscode.Uri.parse(uri), typeof line === 'number' && line > 0 ? line - 1 : 0);
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
  pick.placeholder = vscode.l10n.t('Search references by key, author (pinyin works), title or year');
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

/** Quick pick over references and passages; choosing one opens the source at that line. */
async function searchCorpus(client: LanguageClient): Promise<void> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { hit: CorpusHit }>();
  pick.placeholder = vscode.l10n.t('Search the corpus: words in a passage, or a reference by key, author or title');
  pick.onDidChangeValue(async (query) => {
    pick.busy = true;
    const hits = await client.sendRequest<CorpusHit[]>(SearchCorpusRequest, { query });
    if (pick.value === query) pick.items = hits.map((hit) => ({ label: hit.label, description: hit.description, detail: hit.detail, hit, alwaysShow: true }));
    pick.busy = false;
  });
  pick.onDidAccept(async () => {
    const hit = pick.selectedItems[0]?.hit;
    pick.hide();
    if (hit) await openAt(vscode.Uri.parse(hit.uri), hit.line);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

const STATUS_ICON: Record<string, string> = {
  supported: '$(pass)',
  uncited: '$(info)',
  'not-in-cited-source': '$(warning)',
  contradicted: '$(error)',
  unsupported: '$(question)',
};

/** A figure's verdict as the report shows it, in the editor's language. */
function statusText(status: string): string {
  const text: Record<string, string> = {
    supported: vscode.l10n.t('supported'),
    uncited: vscode.l10n.t('uncited'),
    'not-in-cited-source': vscode.l10n.t('not in cited source'),
    contradicted: vscode.l10n.t('contradicted'),
    unsupported: vscode.l10n.t('unsupported'),
    source: vscode.l10n.t('in source'),
  };
  return text[status] ?? status;
}

/** Every figure of the current draft with its verdict, source and quote; choosing one jumps to it. */
async function showFigureReport(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Writer: open a Markdown draft or a corpus source to see its figure report.'));
    return;
  }
  const rows = await client.sendRequest<FigureReportRow[]>(FigureReportRequest, { uri: editor.document.uri.toString() });
  if (rows.length === 0) {
    const draft = ['markdown', 'quarto', 'rmd'].includes(editor.document.languageId);
    void vscode.window.showInformationMessage(draft ? vscode.l10n.t('Policy Writer: no figures found in this document.') : vscode.l10n.t('Policy Writer: no figures found in this file (figure reports cover Markdown drafts and corpus sources).'));
    return;
  }
  const counts = rows.reduce<Record<string, number>>((acc, r) => ((acc[r.status] = (acc[r.status] ?? 0) + 1), acc), {});
  const chosen = await vscode.window.showQuickPick(
    rows.map((r) => ({
      label: `${STATUS_ICON[r.status] ?? ''} ${r.figure}`,
      description: r.reading ? vscode.l10n.t('line {0} · read as {1}', r.line + 1, r.reading) : `${vscode.l10n.t('line {0}', r.line + 1)} · ${statusText(r.status)}${r.source ? ` · @${r.source}` : ''}`,
      detail: r.quote ? `“${r.quote}”` : undefined,
      row: r,
    })),
    { title: vscode.l10n.t('Figure report: {0}', Object.entries(counts).map(([k, v]) => vscode.l10n.t('{count} {status}', { count: v, status: statusText(k) })).join(vscode.l10n.t(', '))), matchOnDescription: true, matchOnDetail: true },
  );
  if (chosen) {
    const pos = new vscode.Position(chosen.row.line, chosen.row.character);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}

const SOURCE_SCHEME = 'policy-writer-source';

/**
 * Opens a PDF, Word or HTML source in the program the system has for it (a PDF at the page, where
 * the viewer honours #page=N). With no arguments: the source whose extracted text is in the active
 * editor, at the page the cursor is on.
 */
async function openOriginalFile(file?: unknown, page?: unknown): Promise<void> {
  let target: vscode.Uri | undefined;
  let at = typeof page === 'number' ? page : undefined;
  if (typeof file === 'string') target = vscode.Uri.file(file);
  else {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.scheme === SOURCE_SCHEME) {
      target = editor.document.uri.with({ scheme: 'file' });
      for (let line = editor.selection.active.line; line >= 0 && at === undefined; line--) {
        const m = /^── (?:notes, )?page (\d+) ──$/.exec(editor.document.lineAt(line).text);
        if (m) at = Number(m[1]);
      }
    }
  }
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Writer: open the extracted text of a PDF, Word or HTML source first (from a hover link).'));
    return;
  }
  const isPdf = target.path.toLowerCase().endsWith('.pdf');
  await vscode.env.openExternal(isPdf && at ? target.with({ fragment: `page=${at}` }) : target);
}

/** Opens the source document of the citation key under the cursor (go-to-definition, made a command). */
async function openCitationSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, editor.selection.active);
  const first = locations?.[0];
  if (!first) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Writer: put the cursor on a citation key such as [@key] first.'));
    return;
  }
  const uri = 'targetUri' in first ? first.targetUri : first.uri;
  const range = 'targetRange' in first ? first.targetRange : first.range;
  await openAt(uri, range.start.line);
}

async function openAt(uri: vscode.Uri, line: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const pos = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
}

/** Picks a reference and inserts it at the cursor as a bibliography entry in the configured style (policyWriter.citationStyle). */
async function insertBibliographyEntry(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Writer: open a draft to insert a bibliography entry.'));
    return;
  }
  const key = await pickReference(client);
  if (!key) return;
  const entry = await client.sendRequest<FormattedReference | null>(FormatReferenceRequest, { key, uri: editor.document.uri.toString() });
  if (!entry) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Policy Writer: no reference has the key @{0}.', key));
    return;
  }
  await editor.edit((b) => b.replace(editor.selection, entry.text));
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

/**
 * Zotero's own citation picker (Better BibTeX's Cite-as-you-write): the keys chosen there are
 * inserted at the cursor in Pandoc syntax. The wait shows as a cancellable notification, so the
 * editor stays usable; when Zotero is not running the message says so and nothing changes.
 */
async function insertCitationFromZotero(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Writer: open a draft to insert a citation from Zotero.'));
    return;
  }
  const { document } = editor;
  const version = document.version;
  const pick = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Policy Writer: choose the citation in Zotero…'), cancellable: true },
    (_progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      return pickCitationFromZotero({ signal: abort.signal, t: vscode.l10n.t });
    },
  );
  if (pick.kind === 'error') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Policy Writer: {0}', pick.message));
    return;
  }
  if (pick.kind === 'cancelled') return;
  // The writer may have gone on typing while Zotero's picker was open: insert at the cursor as it is now.
  const target = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : editor;
  const pos = target.selection.active;
  const line = document.lineAt(pos.line).text;
  const text = citationText(pick.keys, line.slice(0, pos.character), line.slice(pos.character));
  const done = await target.edit((b) => b.replace(target.selection, text));
  if (!done) void vscode.window.showWarningMessage(document.version !== version ? vscode.l10n.t('Policy Writer: the citation could not be inserted (the draft changed meanwhile): {0}', text) : vscode.l10n.t('Policy Writer: the citation could not be inserted: {0}', text));
}

function renderReport(s: CorpusSummary): string {
  const lines = [vscode.l10n.t('Policy Writer index report (snapshot {0})', s.version), vscode.l10n.t('{0} sources, {1} references, {2} characters', s.sources, s.references, s.characters), ''];
  for (const f of s.files) {
    const what = f.format && f.format !== 'text' ? `  ${[f.format.toUpperCase(), f.pages !== undefined ? `${f.pages} pages` : '', `${f.characters ?? 0} characters`].filter(Boolean).join(' · ')}` : f.encoding ? `  ${f.encoding}` : '';
    lines.push(`  ${f.status.padEnd(8)} ${f.path}${f.key ? `  [@${f.key}]` : ''}${what}`);
    if (f.format && f.format !== 'text') for (const p of f.problems ?? []) lines.push(`           ${p}`);
  }
  if (s.problems.length) {
    lines.push('', vscode.l10n.t('Problems:'));
    for (const p of s.problems) lines.push(`  ${p.severity}: ${p.path}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.message}`);
  }
  return lines.join('\n');
}
