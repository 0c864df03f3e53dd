import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import Mocha from 'mocha';

/** Polls until `probe` returns a value, or fails after the deadline: no fixed sleeps. */
async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, deadlineMs = 30_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - start > deadlineMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in the draft`);
  return doc.positionAt(at + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

function defineSuite(mocha: Mocha): void {
  const ctx = Mocha.Suite.create(mocha.suite, 'Policy Writer in VS Code');
  let doc: vscode.TextDocument;

  ctx.beforeAll(async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    doc = await vscode.workspace.openTextDocument(path.join(folder, 'brief.md'));
    await vscode.window.showTextDocument(doc);
    await until('the extension to activate', () => (vscode.extensions.getExtension('policy-writer.policy-writer')?.isActive ? true : undefined));
  });

  ctx.addTest(
    new Mocha.Test('hover on a term shows its sourced definition', async () => {
      const text = await until('a hover on 双轨制', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '双轨制'));
        const t = hoverText(hovers ?? []);
        return /半岛无核化/.test(t) ? t : undefined;
      });
      assert.match(text, /@peninsula-cooperation/);
    }),
  );

  ctx.addTest(
    new Mocha.Test('completion after [@ offers the corpus references', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, '[@ba2024', 2), '@');
      assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'ba2024'));
    }),
  );

  ctx.addTest(
    new Mocha.Test('figure diagnostics appear in the Problems panel', async () => {
      const diags = await until('figure diagnostics', () => {
        const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => String(typeof x.code === 'object' ? x.code.value : x.code).startsWith('figure.'));
        return d.length ? d : undefined;
      });
      assert.ok(diags.some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'figure.uncited'));
    }),
  );

  ctx.addTest(
    new Mocha.Test('the commands are registered', async () => {
      const all = await vscode.commands.getCommands(true);
      for (const c of ['policyWriter.reindex', 'policyWriter.searchCorpus', 'policyWriter.insertCitation', 'policyWriter.insertCitationFromZotero', 'policyWriter.showFigureReport', 'policyWriter.openCitationSource']) assert.ok(all.includes(c), c);
    }),
  );
}

/** Entry point called by VS Code's test runner. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
  defineSuite(mocha);
  return new Promise((resolve, reject) => mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed`)) : resolve())));
}
