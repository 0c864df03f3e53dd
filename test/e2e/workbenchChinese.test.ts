import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openBriefInWorkbench, ROOT, startCodeServer, type RunningCodeServer } from './codeServer.js';

/*
 * The packaged extension in a workbench whose display language is zh-cn: hovers, the Problems
 * panel and the status bar in Chinese. The display language comes from a translation-less
 * language pack (test/e2e/zh-cn-locale, see its README): VS Code's own is not reachable offline.
 */
const SHOTS = path.join(ROOT, 'test-results', 'e2e-screenshots');
let server: RunningCodeServer;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`screenshot: ${file}`);
}

/** The language pack as a .vsix, packaged by vsce (a dev dependency) from test/e2e/zh-cn-locale. */
function languagePack(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-zh-pack-'));
  cpSync(path.join(ROOT, 'test', 'e2e', 'zh-cn-locale'), path.join(dir, 'pack'), { recursive: true });
  const out = path.join(dir, 'zh-cn-locale.vsix');
  const vsce = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--skip-license', '-o', out], { cwd: path.join(dir, 'pack'), encoding: 'utf8' });
  if (vsce.status !== 0) throw new Error(`packaging the language pack failed:\n${vsce.stdout}\n${vsce.stderr}`);
  return out;
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startCodeServer(path.join(ROOT, 'dist-vsix', 'policy-writer.vsix'), path.join(ROOT, 'test', 'vscode', 'workspace'), { args: ['--locale', 'zh-cn'], extensions: [languagePack()] });
  // The language pack index the workbench reads; VS Code writes it when a pack is installed from
  // its UI, not from the command line.
  const extensions = path.join(path.dirname(server.dataDir), 'extensions');
  const pack = readdirSync(extensions).find((d) => d.startsWith('policy-writer-tests.zh-cn-locale-for-tests'));
  assert.ok(pack, 'the language pack is installed');
  writeFileSync(
    path.join(server.dataDir, 'languagepacks.json'),
    JSON.stringify({ 'zh-cn': { hash: 'policy-writer-tests-1', label: '中文(简体)', extensions: [{ extensionIdentifier: { id: 'policy-writer-tests.zh-cn-locale-for-tests' }, version: '1.0.0' }], translations: { vscode: path.join(extensions, pack, 'translations', 'main.i18n.json') } } }),
  );
  ({ browser, page } = await openBriefInWorkbench(server.url));
});

after(async () => {
  await browser?.close();
  server?.proc.kill();
});

test('in a zh-cn workbench the Problems panel and the status bar are in Chinese', { timeout: 120_000 }, async () => {
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel').filter({ hasText: 'figure.uncited' });
  await problems.waitFor({ state: 'visible', timeout: 60_000 });
  const status = page.locator('.statusbar-item', { hasText: /来源 5 · 术语 \d+ · 数字 \d+/ }).first();
  await status.waitFor({ timeout: 30_000 });
  await shot('zh-cn-problems-panel');
  assert.match(await problems.innerText(), /超过3000万人次有来源支持，但未引用。@ba2024 原文：“/);
});

test('in a zh-cn workbench a figure hover is in Chinese', { timeout: 120_000 }, async () => {
  // Line 26 holds the figure: go there (Ctrl+G), as a writer would.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(':26');
  await page.keyboard.press('Enter');
  const figure = page.locator('.view-line span', { hasText: '3000万人次' }).first();
  await figure.waitFor({ timeout: 30_000 });
  const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: '有来源支持，但未引用' });
  const spanText = await figure.innerText();
  const index = spanText.indexOf('3000万人次');
  for (let i = 0; i < 60 && !(await hover.isVisible()); i++) {
    const box = await figure.boundingBox();
    if (!box) {
      await page.waitForTimeout(500);
      continue;
    }
    // Digits are narrower than CJK glyphs: aim at 万, a full-width character.
    const x = box.x + ((index + 4.5) / spanText.length) * box.width;
    await page.mouse.move(5, 5);
    await page.mouse.move(x, box.y + box.height / 2);
    await hover.waitFor({ timeout: 1500 }).catch(() => undefined);
  }
  await shot('zh-cn-hover-figure');
  assert.ok(await hover.isVisible(), 'a hover on 3000万人次');
  // The problem's part of the hover shows at once; the server's part may still read "Loading..." on
  // a loaded machine: wait for it rather than read the placeholder.
  let text = await hover.innerText();
  for (let i = 0; i < 30 && !/数值/.test(text); i++) {
    await page.waitForTimeout(500);
    text = await hover.innerText();
  }
  assert.match(text, /数值\s+类型\s+年份/);
  assert.match(text, /文稿/);
});
