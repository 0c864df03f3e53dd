import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { StatusNotification, StatusParams } from '../../server/src/protocol.js';

/** The drafts the language status item shows on. */
const DRAFTS: vscode.DocumentSelector = ['markdown', 'quarto', 'rmd'].map((language) => ({ language }));

/**
 * Shows indexing progress, then "N sources · N terms · N figures"; warns when files failed to
 * load. Twice: in the status bar, and as a language status item beside a draft's language ({}
 * Markdown), with a link to the index report.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  private readonly language = vscode.languages.createLanguageStatusItem('policyWriter.index', DRAFTS);

  constructor(client: LanguageClient) {
    this.item.command = 'policyWriter.showIndexReport';
    this.item.text = '$(sync~spin) Policy Writer';
    this.item.show();
    this.language.name = 'Policy Writer';
    this.language.text = vscode.l10n.t('Policy Writer: starting');
    this.language.busy = true;
    this.language.command = { title: vscode.l10n.t('Index report'), command: 'policyWriter.showIndexReport' };
    client.onNotification(StatusNotification, (s: StatusParams) => this.update(s));
  }

  private update(s: StatusParams): void {
    if (s.state === 'indexing') {
      const progress = vscode.l10n.t('Indexing {0}/{1}', s.done ?? 0, s.total ?? '?');
      this.item.text = `$(sync~spin) ${progress}`;
      this.item.backgroundColor = undefined;
      this.language.text = `Policy Writer: ${progress}`;
      this.language.busy = true;
      return;
    }
    const counts = vscode.l10n.t('{0} sources · {1} terms · {2} figures', s.sources, s.terms, s.figures);
    const warn = s.failed > 0 ? `$(warning) ${vscode.l10n.t('{0} failed', s.failed)} · ` : '';
    this.item.text = `${warn}${counts}`;
    this.item.tooltip = s.failed > 0 ? vscode.l10n.t('Some corpus files could not be loaded. Click for the index report.') : vscode.l10n.t('Policy Writer corpus. Click for the index report.');
    this.item.backgroundColor = s.failed > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.language.busy = false;
    this.language.text = `${warn}Policy Writer: ${counts}`;
    this.language.detail = vscode.l10n.t('{0} references; corpus indexed', s.references);
    this.language.severity = s.failed > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
    this.language.dispose();
  }
}
