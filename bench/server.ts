import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { rng, seedParagraphs } from './synthetic.js';

/**
 * `npm run bench -- --server`: the real path. A corpus is written to disk, dist/server.js is
 * started over stdio with a fresh cache folder, and the figures a writer feels are taken from
 * outside the process: time to the first hover on a bundled term, time to the complete index,
 * hover latency while indexing, RSS, then a warm start (same cache), a one-file re-index and a
 * warm re-index. BENCH_SERVERS (comma-separated server.js paths) or BENCH_BASELINE (one more
 * server.js) runs other builds on the same corpus in the same run, for ratios on a noisy machine
 * (`server.js?POLICY_WRITER_INDEX_WORKERS=2` runs a build with that environment).
 * Beside each wall time, the CPU seconds of the server process (all threads) for that phase
 * (coldCpuS, warmStartCpuS, oneFileCpuS, oneFileSameTermsCpuS, warmReindexCpuS); one file is
 * changed twice: an added paragraph that defines a term (oneFile) and one that defines none (oneFileSameTerms): steadier than wall time when other jobs load the machine.
 * BENCH_WARM_PAIRS=n adds n warm starts of each build on its own cache, alternating between builds, with medians.
 * BENCH_WARM_ONLY=1 skips the rest: each build indexes the corpus cold once (its cache and index image,
 * finished at shutdown), then BENCH_WARM_PAIRS (default 3) warm starts alternate between the builds.
 * BENCH_KEEP=dir keeps the corpus and the caches there (and reuses them when they are there).
 * BENCH_MB (default 20) and BENCH_SHAPE (small: ~5 KB Markdown files; large: 5 files) set the corpus.
 */

const TOPICS = ['区域合作', '能源安全', '跨境物流', '数字经济', '供应链', '海洋治理', '气候变化', '半岛和平', '自由贸易', '人文交流'];
const ROOT = path.resolve(import.meta.dirname, '..');
const DRAFT = '在半岛问题上，“双轨制”与“双暂停”倡议仍是重要思路。\n';
const HOVER_AT = { line: 0, character: 9 };

export interface Client {
  proc: ChildProcess;
  conn: MessageConnection;
  logs: string[];
  statuses: { at: number; params: any }[];
  onNotice: (() => void)[];
}

/** `path/to/server.js?NAME=value&…` runs that build with those environment variables. */
export function startServer(server: string, corpus: string, storagePath: string): Client {
  const [serverJs, query] = server.split('?');
  const env = { ...process.env, ...Object.fromEntries(new URLSearchParams(query ?? '')) };
  const proc = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const client: Client = { proc, conn, logs: [], statuses: [], onNotice: [] };
  conn.onNotification((method, params: any) => {
    if (method === 'window/logMessage') client.logs.push(params.message);
    if (method === 'policyWriter/status') client.statuses.push({ at: performance.now(), params });
    for (const w of client.onNotice.splice(0)) w();
  });
  const settings = { corpus: { paths: [corpus], maxFileSizeMB: 200 } };
  conn.onRequest('workspace/configuration', () => [settings]);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  void conn
    .sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      // As VS Code does: the client watches files, so the one-file change below is announced once.
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
      initializationOptions: { storagePath },
    })
    .then(() => conn.sendNotification('initialized', {}));
  return client;
}

export async function waitUntil(client: Client, test: () => boolean, deadlineMs = 600_000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > deadlineMs) throw new Error(`timed out; logs:\n${client.logs.slice(-10).join('\n')}`);
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 50);
      client.onNotice.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}

export const indexedLog = (c: Client, from = 0) => c.logs.slice(from).some((l) => l.startsWith('indexed '));

export function rssMB(pid: number): { rss: number; peak: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/**
 * CPU seconds the process (all its threads: the server thread and the index workers) has used so
 * far. On a loaded machine wall times swing with other jobs; CPU time much less.
 */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  // utime and stime are fields 14 and 15 of the line; after the command name, 12 and 13 (0-based 11, 12).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function stop(client: Client): Promise<void> {
  const exited = new Promise((resolve) => client.proc.once('exit', resolve));
  await client.conn.sendRequest('shutdown').catch(() => undefined);
  await client.conn.sendNotification('exit').catch(() => undefined);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  client.conn.dispose();
  client.proc.kill();
}

function percentiles(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return { p50: NaN, p95: NaN, max: NaN };
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: r1(at(0.5)), p95: r1(at(0.95)), max: r1(s[s.length - 1]) };
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;

/** A corpus on disk: many ~5 KB Markdown files with front matter (small), or 5 big text files (large). */
export function writeCorpus(dir: string, megabytes: number, shape: 'small' | 'large'): { files: number; bytes: number; first: string } {
  const paragraphs = seedParagraphs(path.join(ROOT, 'corpus'));
  const r = rng(1234 + megabytes);
  const target = megabytes * 1024 * 1024;
  const perFile = shape === 'small' ? 5000 : Math.ceil(target / 5);
  let bytes = 0;
  let files = 0;
  let first = '';
  while (bytes < target) {
    const parts: string[] = [];
    let size = 0;
    while (size < perFile && bytes + size < target + 1000) {
      const p = paragraphs[Math.floor(r() * paragraphs.length)].replace(/\d+(?:\.\d+)?/g, (m) => (m.includes('.') ? (Number(m) * (0.5 + r())).toFixed(1) : m));
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    // Real corpora define new terms as they grow: the glossary's names grow with the files.
    if (r() < 0.3) parts.splice(1, 0, `所谓“${TOPICS[files % TOPICS.length]}第${files}号机制”，是指围绕${TOPICS[(files + 3) % TOPICS.length]}建立的多边协调安排。`);
    const sub = path.join(dir, `d${Math.floor(files / 1000)}`);
    mkdirSync(sub, { recursive: true });
    const name = shape === 'small' ? path.join(sub, `s${files}_note.md`) : path.join(sub, `big${files}_report.txt`);
    const text = shape === 'small' ? `---\ntitle: 研究笔记 ${files}\nauthor: 王伟\nyear: 2020\n---\n\n${parts.join('\n\n')}\n` : `${parts.join('\n\n')}\n`;
    writeFileSync(name, text);
    if (!first) first = name;
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes, first };
}

/** One server build through cold start, warm start, one-file change and warm re-index. */
async function benchOne(serverJs: string, corpus: string, info: { bytes: number; first: string }, keep?: string[]): Promise<Record<string, number>> {
  const storage = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-storage-'));
  keep?.push(storage);
  const uri = 'file:///bench/draft.md';
  const out: Record<string, number> = {};
  // Cold: empty cache.
  const t0 = performance.now();
  let client = startServer(serverJs, corpus, storage);
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
  const hoverSamples: number[] = [];
  let firstHover = NaN;
  while (!indexedLog(client)) {
    const s = performance.now();
    const h = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: HOVER_AT });
    const e = performance.now();
    if (h && Number.isNaN(firstHover)) firstHover = e - t0;
    if (!Number.isNaN(firstHover)) hoverSamples.push(e - s);
    await new Promise((r) => setTimeout(r, 20));
  }
  const coldMs = performance.now() - t0;
  const coldCpu = cpuSeconds(client.proc.pid!);
  const mem = rssMB(client.proc.pid!);
  const hp = percentiles(hoverSamples);
  Object.assign(out, {
    firstHoverMs: r1(firstHover),
    coldIndexMs: r1(coldMs),
    coldMBps: r1(info.bytes / 1048576 / (coldMs / 1000)),
    coldCpuS: r2(coldCpu),
    hoverP50: hp.p50,
    hoverP95: hp.p95,
    hoverMax: hp.max,
    hovers: hoverSamples.length,
    rssMB: mem.rss,
    peakRssMB: mem.peak,
  });
  await stop(client);
  // Warm start: the same cache folder, a new process.
  const t1 = performance.now();
  client = startServer(serverJs, corpus, storage);
  await waitUntil(client, () => indexedLog(client));
  out.warmStartMs = r1(performance.now() - t1);
  out.warmStartCpuS = r2(cpuSeconds(client.proc.pid!));
  const cachedFiles = /\((\d+) files from the cache\)/.exec(client.logs.find((l) => l.startsWith('indexed ')) ?? '');
  out.warmFromCache = Number(cachedFiles?.[1] ?? NaN);
  // One file changed on disk, announced as a client's watcher would.
  const before = readFileSync(info.first, 'utf8');
  writeFileSync(info.first, `${before}\n新增段落：贸易额增长12%。\n`);
  const seen = client.statuses.length;
  const t2 = performance.now();
  const c2 = cpuSeconds(client.proc.pid!);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(info.first).href, type: 2 }] });
  await waitUntil(client, () => client.statuses.slice(seen).some((s) => s.params.state === 'ready'));
  out.oneFileReindexMs = r1(performance.now() - t2);
  out.oneFileCpuS = r2(cpuSeconds(client.proc.pid!) - c2);
  writeFileSync(info.first, before);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(info.first).href, type: 2 }] });
  await new Promise((r) => setTimeout(r, 1500)); // the restored file is re-indexed
  // The edit above defines a term ("新增段落：" reads as a colon entry); this one defines none.
  writeFileSync(info.first, `${before}\n另据统计，贸易额增长12%。\n`);
  const seen2 = client.statuses.length;
  const t4 = performance.now();
  const c4 = cpuSeconds(client.proc.pid!);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(info.first).href, type: 2 }] });
  await waitUntil(client, () => client.statuses.slice(seen2).some((s) => s.params.state === 'ready'));
  out.oneFileSameTermsMs = r1(performance.now() - t4);
  out.oneFileSameTermsCpuS = r2(cpuSeconds(client.proc.pid!) - c4);
  writeFileSync(info.first, before);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(info.first).href, type: 2 }] });
  await new Promise((r) => setTimeout(r, 1500));
  // Warm re-index: every file from the cache, in a running server.
  const t3 = performance.now();
  const c3 = cpuSeconds(client.proc.pid!);
  await client.conn.sendRequest('policyWriter/reindex', {});
  out.warmReindexMs = r1(performance.now() - t3);
  out.warmReindexCpuS = r2(cpuSeconds(client.proc.pid!) - c3);
  out.rssAfterMB = rssMB(client.proc.pid!).rss;
  await stop(client);
  if (!keep) rmSync(storage, { recursive: true, force: true });
  return out;
}

/** One warm start of a build on its cache: wall ms and server CPU seconds to the "indexed" line, RSS then. */
async function warmStart(serverJs: string, corpus: string, storage: string): Promise<{ ms: number; cpuS: number; rssMB: number; snapshots: number }> {
  const t = performance.now();
  const client = startServer(serverJs, corpus, storage);
  await waitUntil(client, () => indexedLog(client));
  // Each snapshot published sends a "ready" status: the bundled corpus's, any partial ones, the complete one.
  const snapshots = client.statuses.filter((s) => s.params.state === 'ready').length;
  const result = { ms: r1(performance.now() - t), cpuS: r2(cpuSeconds(client.proc.pid!)), rssMB: rssMB(client.proc.pid!).rss, snapshots };
  await stop(client);
  return result;
}

/**
 * BENCH_WARM_PAIRS=n: after the runs above, n more warm starts of each build on its own cache,
 * alternating between the builds (so that the load of the machine falls on all of them alike);
 * prints each and the medians.
 */
async function warmPairs(servers: string[], storages: string[], corpus: string, n: number): Promise<Record<string, Record<string, number>>> {
  const runs = servers.map(() => [] as { ms: number; cpuS: number; rssMB: number; snapshots: number }[]);
  for (let i = 0; i < n; i++)
    for (let s = 0; s < servers.length; s++) {
      const r = await warmStart(servers[s], corpus, storages[s]);
      runs[s].push(r);
      console.log(`warm start ${i + 1} ${path.relative(process.cwd(), servers[s]) || servers[s]}: ${r.ms} ms, CPU ${r.cpuS} s, RSS ${r.rssMB} MB, ${r.snapshots} snapshots`);
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const out: Record<string, Record<string, number>> = {};
  servers.forEach((s, i) => {
    out[path.relative(process.cwd(), s) || s] = {
      warmMsMedian: median(runs[i].map((r) => r.ms)),
      warmCpuSMedian: median(runs[i].map((r) => r.cpuS)),
      warmRssMBMedian: median(runs[i].map((r) => r.rssMB)),
    };
  });
  return out;
}

/** A cold index of the corpus by one build, into its own cache folder (the index image is finished at shutdown): wall ms and server CPU seconds. */
async function coldIndex(serverJs: string, corpus: string, storage: string): Promise<{ ms: number; cpuS: number }> {
  const t = performance.now();
  const client = startServer(serverJs, corpus, storage);
  await waitUntil(client, () => indexedLog(client), 1_800_000);
  const result = { ms: r1(performance.now() - t), cpuS: r2(cpuSeconds(client.proc.pid!)) };
  await stop(client);
  return result;
}

/**
 * BENCH_WARM_ONLY=1: the warm start alone. Each build indexes the corpus cold into its own cache
 * once (or finds it in BENCH_KEEP), then BENCH_WARM_PAIRS warm starts alternate between builds.
 */
async function benchWarmOnly(servers: string[], megabytes: number, shape: 'small' | 'large'): Promise<void> {
  const keep = process.env.BENCH_KEEP;
  const dir = keep ? path.join(keep, `corpus-${shape}-${megabytes}`) : mkdtempSync(path.join(os.tmpdir(), 'pw-bench-corpus-'));
  const info = keep && existsSync(dir) ? undefined : writeCorpus(dir, megabytes, shape);
  console.log(`\nPolicy Writer warm starts: ${info ? `${info.files} ${shape} files, ${r1(info.bytes / 1048576)} MB` : dir}, through dist/server.js --stdio`);
  const storages = servers.map((s, i) => (keep ? path.join(keep, `storage-${shape}-${megabytes}-${i}`) : mkdtempSync(path.join(os.tmpdir(), 'pw-bench-storage-'))));
  for (let i = 0; i < servers.length; i++) {
    if (keep && existsSync(path.join(storages[i], 'index-cache', 'index.image'))) continue;
    mkdirSync(storages[i], { recursive: true });
    const cold = await coldIndex(servers[i], dir, storages[i]);
    console.log(`cold index ${servers[i]}: ${cold.ms} ms, CPU ${cold.cpuS} s`);
  }
  const warm = await warmPairs(servers, storages, dir, Number(process.env.BENCH_WARM_PAIRS ?? 3));
  if (!keep) for (const s of [...storages, dir]) rmSync(s, { recursive: true, force: true });
  console.log(JSON.stringify({ corpus: { shape, megabytes }, warmPairs: warm }, null, 2));
}

export async function benchServers(): Promise<void> {
  const megabytes = Number(process.env.BENCH_MB ?? 20);
  const shape = (process.env.BENCH_SHAPE ?? 'small') as 'small' | 'large';
  const servers = [path.join(ROOT, 'dist', 'server.js')];
  if (process.env.BENCH_SERVERS) servers.splice(0, 1, ...process.env.BENCH_SERVERS.split(',').filter(Boolean));
  if (process.env.BENCH_BASELINE) servers.unshift(process.env.BENCH_BASELINE);
  for (const s of servers) if (!existsSync(s.split('?')[0])) throw new Error(`${s} does not exist`);
  if (process.env.BENCH_WARM_ONLY) return benchWarmOnly(servers, megabytes, shape);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-corpus-'));
  const info = writeCorpus(dir, megabytes, shape);
  console.log(`\nPolicy Writer server benchmark: ${info.files} ${shape} files, ${r1(info.bytes / 1048576)} MB on disk, through dist/server.js --stdio`);
  console.log('(shared 2-core machine: noisy; compare builds within one run, not across runs)\n');
  const rows: Record<string, Record<string, number>> = {};
  const pairs = Number(process.env.BENCH_WARM_PAIRS ?? 0);
  const storages: string[] = [];
  for (const s of servers) {
    const label = path.relative(process.cwd(), s) || s;
    rows[label] = await benchOne(s, dir, info, pairs > 0 ? storages : undefined);
    console.log(`${label}\n  ${Object.entries(rows[label]).map(([k, v]) => `${k}=${v}`).join('  ')}`);
  }
  const warm = pairs > 0 ? await warmPairs(servers, storages, dir, pairs) : undefined;
  for (const s of storages) rmSync(s, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ corpus: { shape, files: info.files, megabytes: r1(info.bytes / 1048576) }, servers: rows, warmPairs: warm }, null, 2));
}
