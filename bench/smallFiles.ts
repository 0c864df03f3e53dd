import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexedLog, rssMB, startServer, stop, waitUntil, type Client } from './server.js';
import { rng } from './synthetic.js';

/**
 * #14 case 4: 50,000 small files (3 MB in all), a third of them defining a term of their own, so
 * the glossary's names grow with the documents. Once this took 10.2 GB RSS, 216 s to index and
 * 91 s for one file change: structures per document × name. Measured through dist/server.js.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const CHARS = '东西南北中海陆港湾江河山城乡新联合发展开放互通贸易能源物流数字绿色边境口岸铁路航运电网粮食金融人才科技';
const HEADS = ['机制', '走廊', '计划', '平台', '网络'];

function name(r: () => number): string {
  let n = '';
  for (let i = 0; i < 3; i++) n += CHARS[Math.floor(r() * CHARS.length)];
  return n + HEADS[Math.floor(r() * HEADS.length)];
}

/** `count` files of about 60 bytes each under `dir`, in folders of 1,000. */
export function writeSmallFiles(dir: string, count: number): { bytes: number; first: string; terms: number } {
  const r = rng(50_000);
  let bytes = 0;
  let terms = 0;
  let first = '';
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    let text: string;
    if (i % 3 === 0 || names.length === 0) {
      const n = name(r);
      names.push(n);
      terms++;
      text = `所谓“${n}”，是指连接各方的协调安排。\n`;
    } else {
      const n = names[Math.floor(r() * names.length)];
      text = `${n}的贸易额${2015 + (i % 10)}年增长${1 + Math.floor(r() * 40)}%。\n`;
    }
    const sub = path.join(dir, `d${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `n${i}.md`);
    writeFileSync(file, text);
    if (!first) first = file;
    bytes += Buffer.byteLength(text);
  }
  return { bytes, first, terms };
}

async function changeOne(client: Client, file: string, text: string): Promise<number> {
  writeFileSync(file, text);
  const seen = client.statuses.length;
  const t0 = performance.now();
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
  await waitUntil(client, () => client.statuses.slice(seen).some((s) => s.params.state === 'ready'));
  return performance.now() - t0;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export async function benchSmallFiles(results: Record<string, unknown>, count = Number(process.env.BENCH_SMALL_FILES ?? 50_000)): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-small-'));
  const storage = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-small-storage-'));
  try {
    const corpus = path.join(dir, 'corpus');
    const info = writeSmallFiles(corpus, count);
    const t0 = performance.now();
    const client = startServer(process.env.BENCH_SERVER ?? path.join(ROOT, 'dist', 'server.js'), corpus, storage);
    await waitUntil(client, () => indexedLog(client), 1_800_000);
    const indexMs = performance.now() - t0;
    const mem = rssMB(client.proc.pid!);
    const before = readFileSync(info.first, 'utf8');
    // A figure added to one file (the glossary's names stay the same), then a new term (they change).
    const figureMs = await changeOne(client, info.first, `${before}贸易额增长12%。\n`);
    const termMs = await changeOne(client, info.first, `${before}所谓“测试新增机制”，是指仅在一个文件中定义的安排。\n`);
    const after = rssMB(client.proc.pid!);
    await stop(client);
    results[`small_files_${count}`] = {
      files: count,
      megabytes: Math.round((info.bytes / 1048576) * 100) / 100,
      terms: info.terms,
      indexMs: r1(indexMs),
      rssMB: mem.rss,
      peakRssMB: Math.max(mem.peak, after.peak),
      oneFileReindexMs: r1(figureMs),
      oneFileNewTermReindexMs: r1(termMs),
      rssAfterChangesMB: after.rss,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}
