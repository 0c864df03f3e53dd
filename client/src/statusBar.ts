import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { StatusNotification, StatusParams } from '../../server/src/protocol.js';

/** Shows indexing progress, then "N sources · N terms · N figures"; warns when files failed to load. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);

  constructor(client: LanguageClient) {
    this.item.command = 'policyWriter.showIndexReport';
    this.item.text = '$(sync~spin) Policy Writer';
    this.item.show();
    client.onNotification(StatusNotification, (s: StatusParams) => this.update(s));
  }

  private update(s: StatusParams): void {
    if (s.state === 'indexing') {
      this.item.text = `$(sync~spin) Indexing ${s.done ?? 0}/${s.total ?? '?'}`;
      this.item.backgroundColor = undefined;
      return;
    }
    const warn = s.failed > 0 ? `$(warning) ${s.failed} failed · ` : '';
    this.item.text = `${warn}${s.sources} sources · ${s.terms} terms · ${s.figures} figures`;
    this.item.tooltip = s.failed > 0 ? 'Some corpus files could not be loaded. Click for the index report.' : 'Policy Writer corpus. Click for the index report.';
    this.item.backgroundColor = s.failed > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
