import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { PassThrough } from 'node:stream';
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { startServer } from '../../server/src/server.js';
import { ROOT } from './lspClient.js';

/**
 * #14 case 10: a burst of edits that add figures, with a 10 ms debounce, to the real server
 * (startServer on in-memory streams, in this process, so the heap is the server's heap and
 * gc() can be called: run with node --expose-gc). Between edits, hovers on the draft and on
 * another document, as a writer's mouse would. Returns the heap after GC before and after the
 * burst, and request latencies during it.
 */
export interface BurstResult {
  edits: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  rssAfterMB: number;
  /** ms: hovers on a term in another open document (they must not wait behind the checks) */
  otherHover: number[];
  /** ms: hovers on a figure of the draft being edited (they wait for the check of their version) */
  draftHover: number[];
  /** ms: citation completion in the draft */
  completion: number[];
}

const LINES = [
  '2022年中日韩的经济总规模约占世界经济总量的23.4% [@ba2024]。',
  '人员交流超过3000万人次，中日韩合作项目高达120个。',
  '在半岛问题上，“双轨制”与“双暂停”倡议仍是重要思路。',
  '三国贸易额超过7800亿美元，占全球贸易的20%左右 [@ba2024]。',
];

function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 4; i++) gc();
  return Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;
}

export async function typingBurst(edits = 5000, hoverEvery = 10): Promise<BurstResult> {
  // The server is a CommonJS bundle in use: it finds its worker script and corpus by __dirname.
  (globalThis as { __dirname?: string }).__dirname ??= path.join(ROOT, 'dist');
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  // Sources in which the draft's figures have many near matches, as in a real corpus: each
  // verdict then names many source sentences (an entry of the verdict cache weighed ~36 KB).
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'pw-burst-corpus-'));
  for (let f = 0; f < 60; f++) {
    const dir = path.join(corpus, `d${f % 6}`);
    mkdirSync(dir, { recursive: true });
    const lines = Array.from({ length: 30 }, (_, k) => `${2010 + ((f + k) % 14)}年，三国贸易额增长${((f * 31 + k * 7) % 97) + 1}.${(f + k) % 10}%，人员交流超过${1000 + f * 30 + k}万人次。`);
    writeFileSync(path.join(dir, `src${f}_trade.txt`), `${lines.join('\n')}\n`);
  }
  const settings = { corpus: { includeBundled: true, paths: [corpus] }, diagnostics: { debounceMs: 10 } };
  client.onRequest('workspace/configuration', () => [settings]);
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('window/workDoneProgress/create', () => null);
  // The draft's diagnostics, by the version they were published for: the end of the burst waits for the last one.
  let published = 0;
  const waiters: (() => void)[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    if (p.uri !== 'file:///tmp/pw-burst-draft.md' || p.version === undefined) return;
    published = Math.max(published, p.version);
    for (const w of waiters.splice(0)) w();
  });
  const publishedFor = async (version: number, deadlineMs = 60000) => {
    const deadline = Date.now() + deadlineMs;
    while (published < version) {
      if (Date.now() > deadline) throw new Error(`no diagnostics for version ${version} (last ${published})`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, deadline - Date.now()).unref();
      });
    }
  };
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { bundledCorpusPath: path.join(ROOT, 'corpus') } });
  await client.sendNotification('initialized', {});
  await client.sendRequest('policyWriter/reindex', {});
  const uri = 'file:///tmp/pw-burst-draft.md';
  const other = 'file:///tmp/pw-burst-other.md';
  const lines = Array.from({ length: 60 }, (_, i) => LINES[i % LINES.length]);
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: LINES[2] } });
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: lines.join('\n') } });
  const hoverDraft = (version: number) => client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 24 } }).then(() => version);
  await hoverDraft(1); // the first check is done
  const heapBeforeMB = heapMB();
  const result: BurstResult = { edits, heapBeforeMB, heapAfterMB: 0, rssAfterMB: 0, otherHover: [], draftHover: [], completion: [] };
  const timed = async (into: number[], p: Promise<unknown>) => {
    const t0 = performance.now();
    await p;
    into.push(performance.now() - t0);
  };
  for (let i = 0, version = 1; i < edits; i++) {
    // A figure typed into one of the lines, before its full stop: a sentence the cache has not seen.
    const line = (i * 7) % lines.length;
    const at = lines[line].lastIndexOf('。');
    const clause = `，贸易额增长${(i % 97) + 1}.${i % 10}%`;
    const position = { line, character: at };
    lines[line] = lines[line].slice(0, at) + clause + lines[line].slice(at);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: position, end: position }, text: clause }] });
    if (i % hoverEvery === hoverEvery - 1) {
      await Promise.all([
        timed(result.otherHover, client.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 9 } })),
        timed(result.draftHover, hoverDraft(version)),
        timed(result.completion, client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 31 } })),
      ]);
    }
  }
  // The last version's check, then idle.
  await hoverDraft(edits + 1);
  await publishedFor(edits + 1);
  result.heapAfterMB = heapMB();
  result.rssAfterMB = Math.round(process.memoryUsage().rss / 1048576);
  await client.sendRequest('shutdown');
  client.dispose();
  rmSync(corpus, { recursive: true, force: true });
  return result;
}

// As a script: node --expose-gc --import tsx test/helpers/typingBurst.ts [edits] [hoverEvery] prints the result.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  typingBurst(Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 10)).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      process.exit(0);
    },
    (err) => {
      process.stderr.write(`${(err as Error).stack}\n`);
      process.exit(1);
    },
  );
}
