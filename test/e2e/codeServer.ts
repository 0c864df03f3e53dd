import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CACHE = process.env.PW_E2E_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'policy-writer-e2e');
const NODE24 = path.join(CACHE, 'node24', 'bin', 'node');
const ENTRY = path.join(CACHE, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export interface RunningCodeServer {
  url: string;
  /** code-server's user data folder: its logs hold every output channel */
  dataDir: string;
  workspace: string;
  proc: ChildProcess;
  log: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Installs the packaged .vsix into a fresh code-server profile and starts it on a loopback port. */
/**
 * `options.args`: more code-server options, such as ['--locale', 'zh-cn']; `options.extensions`: more
 * .vsix files to install; `options.prepare`: makes files in the workspace copy before the workbench opens it.
 */
export async function startCodeServer(vsix: string, fixture: string, options: { args?: string[]; extensions?: string[]; prepare?: (workspace: string) => Promise<void> | void } = {}): Promise<RunningCodeServer> {
  const args = options.args ?? [];
  const home = mkdtempSync(path.join(os.tmpdir(), 'pw-e2e-'));
  const dirs = { ext: path.join(home, 'extensions'), data: path.join(home, 'data'), config: path.join(home, 'config') };
  Object.values(dirs).forEach((d) => mkdirSync(d, { recursive: true }));
  // A trusted workspace and no unicode-highlight hovers, so the hover under the mouse is ours.
  mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  writeFileSync(
    path.join(dirs.data, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'editor.unicodeHighlight.nonBasicASCII': false,
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.hover.delay': 100,
      'chat.disableAIFeatures': true,
    }),
  );
  const workspace = path.join(home, 'workspace');
  cpSync(fixture, workspace, { recursive: true });
  // Files the tests make (a PDF source) go into the copy before the workbench opens it.
  await options.prepare?.(workspace);
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, PATH: `${path.dirname(NODE24)}:${process.env.PATH}` };
  const common = ['--extensions-dir', dirs.ext, '--user-data-dir', dirs.data, '--disable-telemetry', '--disable-update-check'];
  for (const file of [vsix, ...(options.extensions ?? [])]) {
    const install = spawnSync(NODE24, [ENTRY, ...common, '--install-extension', file], { env, encoding: 'utf8' });
    if (install.status !== 0 || !/successfully installed/.test(install.stdout)) throw new Error(`installing ${path.basename(file)} failed:\n${install.stdout}\n${install.stderr}`);
  }
  const port = await freePort();
  const log: string[] = [];
  const proc = spawn(NODE24, [ENTRY, ...common, ...args, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, workspace], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (d) => log.push(String(d)));
  proc.stderr!.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, log);
  return { url, dataDir: dirs.data, workspace, proc, log };
}

async function waitForHttp(url: string, deadlineMs: number, log: string[]): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < deadlineMs) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`code-server did not answer ${url} within ${deadlineMs} ms:\n${log.join('')}`);
}

/** Headless Chromium on the workbench, with brief.md opened through Quick Open, as a person would. */
export async function openBriefInWorkbench(url: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('brief.md');
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
  return { browser, page };
}
