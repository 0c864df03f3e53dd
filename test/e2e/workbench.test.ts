import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openBriefInWorkbench, ROOT, startCodeServer, type RunningCodeServer } from './codeServer.js';
import { printPdfs } from '../helpers/chromiumPdf.js';
import { ENGLISH_TWO_COLUMN } from '../helpers/chromiumDocs.js';

// The packaged extension in VS Code's own workbench (code-server), driven in Debian's Chromium.
const SHOTS = path.join(ROOT, 'test-results', 'e2e-screenshots');
let server: RunningCodeServer;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`screenshot: ${file}`);
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // A PDF source printed by the same Chromium, in a corpus folder of the workspace, and a draft using its terms.
  const { pdf } = await printPdfs({ pdf: ENGLISH_TWO_COLUMN });
  server = await startCodeServer(path.join(ROOT, 'dist-vsix', 'policy-writer.vsix'), path.join(ROOT, 'test', 'vscode', 'workspace'), { prepare: (workspace) => {
    mkdirSync(path.join(workspace, 'sources'));
    writeFileSync(path.join(workspace, 'sources', 'kim2024_corridor.pdf'), pdf);
    writeFileSync(path.join(workspace, 'pdf-draft.md'), 'The East Asian Paradox persists in the region.\n');
    const settings = path.join(workspace, '.vscode', 'settings.json');
    writeFileSync(settings, JSON.stringify({ ...JSON.parse(readFileSync(settings, 'utf8')), 'policyWriter.corpus.paths': ['sources'] }));
  } });
  ({ browser, page } = await openBriefInWorkbench(server.url));
});

after(async () => {
  await browser?.close();
  server?.proc.kill();
});

test('hovering 双轨制 shows its definition from the sources', { timeout: 120_000 }, async () => {
  const term = page.locator('.view-line span', { hasText: '双轨制' }).first();
  await term.waitFor({ timeout: 30_000 });
  const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: '半岛无核化' });
  // The server may still be indexing when the page loads: move away and back until the hover has content.
  // Point at the term itself inside its rendered span (CJK glyphs are of equal width).
  const spanText = await term.innerText();
  const index = spanText.indexOf('双轨制');
  for (let i = 0; i < 60 && !(await hover.isVisible()); i++) {
    // The editor re-renders its lines (decorations arrive): a span caught mid-render has no box yet.
    const box = await term.boundingBox();
    if (!box) {
      await page.waitForTimeout(500);
      continue;
    }
    const x = box.x + ((index + 1.5) / spanText.length) * box.width;
    await page.mouse.move(5, 5);
    await page.mouse.move(x, box.y + box.height / 2);
    await hover.waitFor({ timeout: 1500 }).catch(() => undefined);
  }
  await shot('hover-term');
  assert.ok(await hover.isVisible(), 'hover with the definition of 双轨制');
  assert.match((await hover.innerText()) ?? '', /@peninsula-cooperation/);
});

test('typing [@ opens the suggest widget with corpus references', { timeout: 60_000 }, async () => {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('中日韩合作 [@ba');
  const suggest = page.locator('.suggest-widget').filter({ hasText: 'ba2024' });
  // On a busy machine the first request can come back empty; a writer would ask again (Ctrl+Space).
  for (let i = 0; i < 3 && !(await suggest.isVisible()); i++) {
    if (i > 0) await page.keyboard.press('Control+Space');
    await suggest.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
  }
  await suggest.waitFor({ state: 'visible', timeout: 10_000 });
  await shot('suggest-citation');
  assert.match(await suggest.innerText(), /ba2024/);
  await page.keyboard.press('Escape');
});

test('the Problems panel lists figure checks', { timeout: 60_000 }, async () => {
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel').filter({ hasText: 'figure.uncited' });
  await problems.waitFor({ state: 'visible', timeout: 45_000 });
  await shot('problems-panel');
  assert.match(await problems.innerText(), /3000万人次/);
});

test('the status bar shows the corpus, and the index report command runs from the palette with a clean log', { timeout: 60_000 }, async () => {
  // The five bundled sources and the workspace's PDF.
  const status = page.locator('.statusbar-item', { hasText: /6 sources/ }).first();
  await status.waitFor({ timeout: 30_000 }).catch(async (e) => {
    await shot('status-bar-missing');
    throw e;
  });
  assert.match(await status.innerText(), /6 sources · \d+ terms · \d+ figures/);
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Policy Writer: Show index report');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show index report' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const output = page.locator('.part.panel').filter({ hasText: 'wang2018_yidaiyilu' });
  await output.waitFor({ state: 'visible', timeout: 30_000 }).catch(async (e) => {
    await shot('index-report-missing');
    throw e;
  });
  await shot('index-report');
  // The whole output channel, as code-server logs it: the server started and indexed without errors.
  const logs = findFiles(path.join(server.dataDir, 'logs'), /Policy Writer\.log$/);
  assert.ok(logs.length > 0, 'the Policy Writer output channel is logged');
  const log = logs.map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.match(log, /indexed 6 sources/);
  assert.match(log, /Policy Writer index report/);
  assert.doesNotMatch(log, /uncaught|unhandled rejection|request failed|\[Error/i);
});

test('a draft whose front matter names a Better BibTeX export: its keys complete, are not errors, hover in GB/T 7714, and follow the export when Zotero rewrites it', { timeout: 120_000 }, async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('library-draft.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'library-draft.md' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const cite = page.locator('.view-line span', { hasText: 'li2020' }).first();
  await cite.waitFor({ timeout: 30_000 });
  // The workspace sets policyWriter.citationStyle to gb-t-7714-2015-numeric.
  const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: '李明' });
  const spanText = await cite.innerText();
  const index = spanText.indexOf('li2020');
  for (let i = 0; i < 60 && !(await hover.isVisible()); i++) {
    const box = await cite.boundingBox();
    if (!box) {
      await page.waitForTimeout(500);
      continue;
    }
    const x = box.x + ((index + 2.5) / spanText.length) * box.width;
    await page.mouse.move(5, 5);
    await page.mouse.move(x, box.y + box.height / 2);
    await hover.waitFor({ timeout: 1500 }).catch(() => undefined);
  }
  await shot('hover-gbt7714');
  assert.ok(await hover.isVisible(), 'hover on @li2020 with its GB/T 7714 entry');
  assert.match(await hover.innerText(), /\[1\] 李明, 张伟\. 东北亚区域合作的新进展\[J\]\. 东北亚论坛, 2020, 29\(3\): 15-28\./);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  // No unknown-key error for the draft's own reference; the key Zotero has not exported yet is one
  // (so the panel is known to show this draft's problems).
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.filter({ hasText: 'Unknown citation key @wu2019' }).waitFor({ state: 'visible', timeout: 30_000 });
  assert.doesNotMatch(await panel.innerText(), /Unknown citation key @li2020/);
  await shot('problems-bibliography-draft');
  // Zotero adds the reference and Better BibTeX rewrites the export: the error goes without an edit.
  const bib = path.join(server.workspace, 'library.bib');
  writeFileSync(bib, readFileSync(bib, 'utf8') + '\n@book{wu2019,\n  author = {吴, 昊},\n  title = {图们江区域合作研究},\n  publisher = {社会科学文献出版社},\n  address = {北京},\n  year = {2019}\n}\n');
  for (let i = 0; i < 60 && /Unknown citation key @wu2019/.test(await panel.innerText()); i++) await page.waitForTimeout(500);
  await shot('problems-after-zotero-export');
  assert.doesNotMatch(await panel.innerText(), /Unknown citation key @wu2019/);
  // Completion offers it.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('合作 [@li');
  const suggest = page.locator('.suggest-widget').filter({ hasText: 'li2020' });
  for (let i = 0; i < 3 && !(await suggest.isVisible()); i++) {
    if (i > 0) await page.keyboard.press('Control+Space');
    await suggest.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
  }
  await shot('suggest-bibliography-key');
  assert.match(await suggest.innerText(), /li2020/);
  await page.keyboard.press('Escape');
});

test('a term defined on page 2 of a PDF source: its hover links to that page and line, and the link opens the extracted text there', { timeout: 120_000 }, async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('pdf-draft.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'pdf-draft.md' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const term = page.locator('.view-line span', { hasText: 'Paradox' }).first();
  await term.waitFor({ timeout: 30_000 });
  const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'persistent political distrust' });
  const spanText = await term.innerText();
  const index = spanText.indexOf('Paradox');
  for (let i = 0; i < 60 && !(await hover.isVisible()); i++) {
    const box = await term.boundingBox();
    if (!box) {
      await page.waitForTimeout(500);
      continue;
    }
    const x = box.x + ((index + 3.5) / spanText.length) * box.width;
    await page.mouse.move(5, 5);
    await page.mouse.move(x, box.y + box.height / 2);
    await hover.waitFor({ timeout: 1500 }).catch(() => undefined);
  }
  await shot('hover-pdf-term');
  assert.ok(await hover.isVisible(), 'hover on East Asian Paradox with its definition from the PDF');
  const link = hover.locator('a', { hasText: /kim2024_corridor\.pdf p\. 2, l\. \d+/ }).first();
  const label = await link.innerText();
  // A link VS Code renders (a command it trusts), holding the view's URI and the line.
  const href = (await link.getAttribute('data-href')) ?? (await link.getAttribute('href')) ?? '';
  assert.match(href, /^command:policyWriter\.openExtractedText\?/, href);
  const [target, line] = JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1))) as [string, number];
  assert.match(target, /^policy-writer-source:.*kim2024_corridor\.pdf$/);
  // Into the hover, then onto the link (moving straight there can close the hover on the way).
  const box = (await link.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + box.height / 2, { steps: 5 });
  await link.click();
  await page.locator('.tab.active', { hasText: 'kim2024_corridor.pdf' }).waitFor({ timeout: 30_000 });
  const cursor = page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first();
  await cursor.waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  await shot('pdf-extracted-text');
  assert.equal(Number(/Ln (\d+)/.exec(await cursor.innerText())![1]), line, `${label}: the cursor is on the linked line`);
  // The linked line holds the passage, and the page's marker is the label's line count above it.
  assert.match(await currentLineText(), /^The East Asian Paradox refers to deep/);
  const inPage = Number(/l\. (\d+)/.exec(label)![1]);
  assert.ok(inPage > 0 && inPage < line, label);
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line - inPage}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await currentLineText(), '── page 2 ──');
});

/** The text of the line the cursor is on in the active editor (as rendered: its spaces are no-break spaces). */
function currentLineText(): Promise<string> {
  // (a string: this project's TypeScript has no DOM types)
  return page.evaluate(`(() => {
    const editor = document.querySelector('.part.editor .monaco-editor.focused') ?? document.querySelector('.part.editor .monaco-editor');
    const top = editor?.querySelector('.view-overlays .current-line')?.parentElement?.style.top;
    const line = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])].find((l) => l.style.top === top);
    return (line?.textContent ?? '').replace(/\\u00a0/g, ' ');
  })()`) as Promise<string>;
}

function findFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? findFiles(full, pattern) : pattern.test(e.name) ? [full] : [];
  });
}
