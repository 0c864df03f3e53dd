import { spawn, ChildProcess } from 'node:child_process';
import { after } from 'node:test';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** A minimal LSP client over stdio, talking to dist/server.js as Neovim or Helix would. */
// Servers still running when a test file's tests are done (a test failed before its shutdown): closed
// then, so a failing LSP test cannot keep its file, and the run, alive. (--test-force-exit did this too,
// but its early exit could drop the reports of tests that had passed.)
// (Only under the test runner: a bench importing this file must not start a test report.)
const LIVE = new Set<ChildProcess>();
if (process.env.NODE_TEST_CONTEXT) {
  after(() => {
    for (const proc of LIVE) proc.kill();
  });
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  private waiters: (() => void)[] = [];

  constructor(public settings: unknown, private readonly workspaceFolder?: string) {
    // Hermetic: no cache in the user's cache folder unless a test gives a storage folder.
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, POLICY_WRITER_CACHE_DIR: process.env.POLICY_WRITER_CACHE_DIR ?? 'none' } });
    LIVE.add(this.proc);
    this.proc.once('exit', () => LIVE.delete(this.proc));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification((method, params) => {
      this.notifications.push({ method, params });
      if (method === 'window/logMessage') this.logs.push((params as { message: string }).message);
      for (const w of this.waiters.splice(0)) w();
    });
    // Each item gets the settings of its folder (scopeUri) when the test gave some, else the workspace's.
    this.conn.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) => params.items.map((i) => (i.scopeUri && i.scopeUri in this.scoped ? this.scoped[i.scopeUri] : this.settings)));
    this.conn.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: any }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    // A warning the server shows the user (showWarningMessage is a request): kept with the notifications, dismissed.
    this.conn.onRequest('window/showMessageRequest', (params: unknown) => {
      this.notifications.push({ method: 'window/showMessageRequest', params });
      return null;
    });
    this.conn.listen();
  }

  /** Settings of single workspace folders, by folder URI (a resource-scoped setting in a multi-root workspace). */
  scoped: Record<string, unknown> = {};

  /** Registrations the server asked for (client/registerCapability). */
  registrations: { method: string; registerOptions?: any }[] = [];

  /** `extra` goes into the initialize params as it is (such as `locale: 'zh-cn'`, the client's display language). */
  async initialize(initializationOptions: unknown = {}, withConfiguration = true, workspaceCapabilities: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<unknown> {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: this.workspaceFolder ? pathToFileURL(this.workspaceFolder).href : null,
      workspaceFolders: this.workspaceFolder ? [{ uri: pathToFileURL(this.workspaceFolder).href, name: 'ws' }] : null,
      capabilities: { workspace: { configuration: withConfiguration, ...workspaceCapabilities }, window: { workDoneProgress: true } },
      initializationOptions,
      ...extra,
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves when a notification matching the predicate has arrived (or already had); rejects after the deadline. */
  async waitFor(method: string, predicate: (params: any) => boolean = () => true, deadlineMs = 20000): Promise<any> {
    const start = Date.now();
    for (;;) {
      const hit = this.notifications.find((n) => n.method === method && predicate(n.params));
      if (hit) return hit.params;
      if (Date.now() - start > deadlineMs) throw new Error(`no ${method} within ${deadlineMs} ms; logs:\n${this.logs.join('\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadlineMs);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async shutdown(): Promise<void> {
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    await exited;
    this.conn.dispose();
  }
}

/** Offset-free position of the first occurrence of `needle` (plus `delta` characters) in a text. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** A client on the bundled corpus (plus `settings`), initialised and with its first index complete. */
export async function indexedClient(settings: unknown = {}): Promise<LspClient> {
  const client = new LspClient(settings);
  await client.initialize();
  await client.request('policyWriter/reindex', {});
  return client;
}
