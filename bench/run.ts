import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { CachedFileIndexer } from '../server/src/indexing/cachedFileIndexer.js';
import { normalizeText } from '../server/src/core/corpus/normalize.js';
import { foldWidth, parseFigures } from '../server/src/core/figures/figureParser.js';
import { parseCitations } from '../server/src/core/citations/citationParser.js';
import { computeNonProseMask } from '../server/src/core/drafts/proseMask.js';
import { extractTermEvidence } from '../server/src/core/glossary/termExtractor.js';
import { LspClient } from '../test/helpers/lspClient.js';
import { hoversWhileIndexing } from './hoverWhileIndexing.js';
import * as path from 'node:path';
import Fuse from 'fuse.js';
import { indexFile } from '../server/src/core/corpus/indexFile.js';
import { assembleSnapshot, type CorpusSnapshot } from '../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../server/src/core/corpus/types.js';
import { getGlossary } from '../server/src/core/glossary/glossary.js';
import { getFigureIndex } from '../server/src/core/figures/figureIndex.js';
import { getReferenceSearch } from '../server/src/core/citations/referenceSearch.js';
import { analyzeDraft } from '../server/src/core/drafts/draftAnalysis.js';
import { hoverAt } from '../server/src/features/hover.js';
import { completeCitation } from '../server/src/features/completion.js';
import { checkDraft } from '../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../server/src/settings.js';
import { benchServers } from './server.js';
import { benchPdf } from './pdf.js';
import { benchSmallFiles } from './smallFiles.js';
import type { BurstResult } from '../test/helpers/typingBurst.js';
import { generateDocuments, generateReferences, rng, seedParagraphs, syntheticBrief } from './synthetic.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const LARGE = process.argv.includes('--large');
const results: Record<string, unknown> = {};

function percentiles(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function buildSnapshot(files: { name: string; text: string }[]): { snapshot: CorpusSnapshot; map: Map<string, FileIndex>; ms: Record<string, number> } {
  const map = new Map<string, FileIndex>();
  const [, indexMs] = time(() => {
    for (const f of files) map.set(`/bench/${f.name}`, indexFile(`/bench/${f.name}`, Buffer.from(f.text, 'utf8')));
  });
  const [snapshot, assembleMs] = time(() => assembleSnapshot(1, map));
  const [, glossaryMs] = time(() => getGlossary(snapshot));
  const [, figuresMs] = time(() => getFigureIndex(snapshot));
  return { snapshot, map, ms: { index: indexMs, assemble: assembleMs, glossary: glossaryMs, figures: figuresMs } };
}

/** Cold index, memory and one-file re-index at a given corpus size. */
function benchCorpusSize(paragraphs: string[], mb: number): CorpusSnapshot {
  const docs = generateDocuments(paragraphs, mb * 1024 * 1024, 42 + mb);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  // Typed arrays live outside the JS heap ("external"): count both, or the offset maps vanish from the figure.
  const used = () => {
    global.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const heapBefore = used();
  const { snapshot, map, ms } = buildSnapshot(docs);
  const heapAfter = used();
  const total = ms.index + ms.assemble + ms.glossary + ms.figures;
  const changed = docs[0];
  const [, reindexMs] = time(() => {
    map.set(`/bench/${changed.name}`, indexFile(`/bench/${changed.name}`, Buffer.from(`${changed.text}\n新增段落：贸易额增长12%。`, 'utf8')));
    const s = assembleSnapshot(2, map);
    getGlossary(s);
    getFigureIndex(s);
  });
  results[`corpus_${mb}MB`] = {
    files: docs.length,
    megabytes: round(bytes / 1048576),
    coldIndexMs: round(total),
    phasesMs: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v)])),
    throughputMBps: round(bytes / 1048576 / (total / 1000)),
    memoryBytesPerCorpusByte: round((heapAfter - heapBefore) / bytes),
    terms: getGlossary(snapshot).entries.length,
    figures: getFigureIndex(snapshot).count,
    reindexOneFileMs: round(reindexMs),
  };
  return snapshot;
}

function benchHover(snapshot: CorpusSnapshot, label: string): void {
  const glossary = getGlossary(snapshot);
  const r = rng(7);
  const names = glossary.entries.map((e) => e.name);
  const draft = Array.from({ length: 200 }, () => `关于${names[Math.floor(r() * names.length)]}的讨论还需要更多证据。`).join('\n');
  const analysis = analyzeDraft(draft);
  const samples: number[] = [];
  let hits = 0;
  for (let i = 0; i < 1000; i++) {
    const offset = draft.indexOf('关于', Math.floor(r() * draft.length * 0.95)) + 3;
    const [h, ms] = time(() => hoverAt(snapshot, analysis, offset));
    if (h) hits++;
    samples.push(ms);
  }
  results[`hover_${label}`] = { requests: samples.length, hits, ...percentiles(samples) };
}

function benchCompletion(): void {
  const refs = generateReferences(10_000, 9);
  const files = new Map<string, FileIndex>([['/bench/refs.json', indexFile('/bench/refs.json', Buffer.from(JSON.stringify(refs)))]]);
  const snapshot = assembleSnapshot(1, files);
  const [, buildMs] = time(() => getReferenceSearch(snapshot).search('warm', 1));
  const r = rng(11);
  const queries = ['ba', 'wang', 'li', 'zh', 'kim', 'smith', '东北亚', '能源', 'ref12', '2019', 'lee', 'liuhai', 'bdj', 'park', '物流'];
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const q = queries[Math.floor(r() * queries.length)];
    const text = `中日韩合作研究 [@${q}`;
    const [, ms] = time(() => completeCitation(snapshot, analyzeDraft(text), text.length));
    samples.push(ms);
  }
  // The naive design, measured in the same run: one fuse.js search over every reference.
  const fuse = new Fuse(refs as { title: string }[], { keys: ['id', 'title', 'author.family', 'container-title'], ignoreLocation: true, threshold: 0.35 });
  const naive: number[] = [];
  for (let i = 0; i < 40; i++) naive.push(time(() => fuse.search(queries[i % queries.length], { limit: 50 }))[1]);
  const ours = percentiles(samples);
  const base = percentiles(naive);
  results.completion_10000_references = { indexBuildMs: round(buildMs), ...ours, naiveFuseP50: base.p50, naiveFuseP95: base.p95, speedupP95: round(base.p95 / ours.p95) };
}


function benchDiagnostics(snapshot: CorpusSnapshot, paragraphs: string[], label: string): void {
  const cold: number[] = [];
  let diagnostics = 0;
  let draft = '';
  for (let i = 0; i < 10; i++) {
    draft = syntheticBrief(paragraphs, 100 + i);
    snapshot.derived.delete('figureSentenceCache'); // cold: no verdict reused from an earlier draft
    const [diags, ms] = time(() => {
      const analysis = analyzeDraft(draft);
      return checkDraft(snapshot, analysis, DEFAULT_SETTINGS).diagnostics;
    });
    diagnostics = diags.length;
    cold.push(ms);
  }
  // The typing case: one character changed in one sentence; the other sentences' verdicts are reused.
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const at = Math.floor(draft.length / 2) + i;
    const edited = `${draft.slice(0, at)}的${draft.slice(at)}`;
    warm.push(time(() => {
      const analysis = analyzeDraft(edited);
      return checkDraft(snapshot, analysis, DEFAULT_SETTINGS).diagnostics;
    })[1]);
  }
  const c = percentiles(cold);
  const w = percentiles(warm);
  results[`diagnostics_20000_chars_${label}`] = { draftChars: draft.length, diagnostics, coldP50: c.p50, coldP95: c.p95, afterEditP50: w.p50, afterEditP95: w.p95 };
}

/** Cold index through the persistent cache, then a warm start that reads it back (a new process would). */
async function benchPersisted(paragraphs: string[], mb: number): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `pw-bench-${mb}mb-`));
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  for (const d of generateDocuments(paragraphs, mb * 1024 * 1024, 42 + mb)) writeFileSync(path.join(corpus, d.name), d.text);
  const files = readdirSync(corpus).map((n) => path.join(corpus, n));
  const run = async (indexer: CachedFileIndexer) => {
    const t0 = performance.now();
    const map = new Map<string, FileIndex>();
    for (const f of files) map.set(f, await indexer.index(f, 1e9));
    const s = assembleSnapshot(1, map);
    getGlossary(s);
    getFigureIndex(s);
    return performance.now() - t0;
  };
  const cache = path.join(dir, 'cache');
  const cold = await run(new CachedFileIndexer(cache, 'bench'));
  const warm = await run(new CachedFileIndexer(cache, 'bench'));
  results[`persisted_${mb}MB`] = { coldWithCacheWriteMs: round(cold), warmStartMs: round(warm) };
  return corpus;
}

/** The real server on a large corpus: hover latency while it is indexing in its worker thread. */
async function benchServerWhileIndexing(corpus: string): Promise<void> {
  const client = new LspClient({ corpus: { paths: [corpus] } });
  await client.initialize({}, true);
  const { samples, indexingMs, summary } = await hoversWhileIndexing<{ sources: number }>(client, 'file:///bench/draft.md');
  results.server_hover_while_indexing = { indexingMs: round(indexingMs), sources: summary.sources, hoverRequests: samples.length, ...percentiles(samples) };
  await client.shutdown();
}

function main(): void {
  const paragraphs = seedParagraphs(path.join(ROOT, 'corpus'));
  const bundled = readBundled();
  benchHover(bundled, 'bundled');
  benchDiagnostics(bundled, paragraphs, 'bundled');
  benchCompletion();
  for (const mb of LARGE ? [1, 10, 100] : [1, 10]) {
    const s = benchCorpusSize(paragraphs, mb);
    if (mb === 10) {
      benchHover(s, '10MB');
      benchDiagnostics(s, paragraphs, '10MB');
    }
  }
}

/** The naive design for "what do the sources say about X": fuse.js over every passage, against our trie + glossary. */
function benchNaivePassageSearch(paragraphs: string[]): void {
  const docs = generateDocuments(paragraphs, 1024 * 1024, 43);
  const passages = docs.flatMap((d) => d.text.split(/[。\n]/)).filter((p) => p.length > 10).map((text) => ({ text }));
  const fuse = new Fuse(passages, { keys: ['text'], ignoreLocation: true, threshold: 0.2 });
  const { snapshot } = buildSnapshot(docs);
  const names = getGlossary(snapshot).entries.slice(0, 20).map((e) => e.name);
  const naive = names.map((n) => time(() => fuse.search(n, { limit: 3 }))[1]);
  const draft = names.map((n) => `关于${n}的讨论。`).join('\n');
  const analysis = analyzeDraft(draft);
  const ours = names.map((n) => time(() => hoverAt(snapshot, analysis, draft.indexOf(n) + 1))[1]);
  const a = percentiles(naive);
  const b = percentiles(ours);
  results.naive_fuse_over_passages_1MB = { passages: passages.length, naiveP50: a.p50, naiveP95: a.p95, oursP50: b.p50, oursP95: b.p95, ratioP50: round(a.p50 / Math.max(b.p50, 0.01)) };
}

/** Worst-case time per class of hostile input (a timing guard belongs here, not in unit tests). */
function benchPathological(): void {
  const inputs: Record<string, string> = {
    digitRun100k: '9'.repeat(100_000),
    separatedDigits: '1,'.repeat(50_000),
    punctuationRun: '。'.repeat(100_000),
    nestedBrackets: '['.repeat(20_000) + '@a' + ']'.repeat(20_000),
    citationItems: '[@a; '.repeat(20_000),
    backticks: '`'.repeat(30_000),
    spacedCjk: '东 '.repeat(50_000),
    qualifiers: '约超过'.repeat(30_000) + '5%',
    openQuotes: ('“' + '双'.repeat(30)).repeat(3000),
    oneLongLine: '很长的一行，增长了12%'.repeat(10_000),
  };
  const row: Record<string, number> = {};
  for (const [name, s] of Object.entries(inputs)) {
    row[name] = round(time(() => {
      normalizeText(s);
      parseFigures(foldWidth(s));
      parseCitations(s, computeNonProseMask(s));
      extractTermEvidence(s);
    })[1]);
  }
  results.pathological_inputs_ms = row;
}

/** A source that is one 5M-character line (#14 case 9: 195 s, and its term never found): indexing it must stay linear. */
function benchLongSourceLines(): void {
  const lines: Record<string, [string, string]> = {
    zhRunOn5M: ['增长12%，'.repeat(416_700) + '所谓“超长术语”，是指只出现在一行中间的定义。' + '增长12%，'.repeat(416_700), '超长术语'],
    enRunOn5M: ['grew by 12% to $3 billion, '.repeat(92_600) + 'A "lengthy corridor" is defined as a route that appears only in the middle of one line. ' + 'grew by 12% to $3 billion, '.repeat(92_600), 'lengthy corridor'],
  };
  const row: Record<string, number | boolean> = {};
  for (const [name, [text, term]] of Object.entries(lines)) {
    const [index, ms] = time(() => indexFile(`/c/${name}.txt`, Buffer.from(text, 'utf8')));
    row[`${name}Ms`] = round(ms);
    row[`${name}TermFound`] = getGlossary(assembleSnapshot(1, new Map([[index.path, index]]))).entries.some((e) => e.name === term);
  }
  results.long_source_lines_ms = row;
}

/** Whole draft checks on long drafts of one kind: they must stay linear in the draft's length. */
function benchLongDrafts(snapshot: CorpusSnapshot): void {
  const drafts: Record<string, string> = {
    digitFreeProse200k: '东北亚区域合作需要新的思路，各方应当加强沟通。'.repeat(Math.ceil(200_000 / 24)),
    citations100k: '见[@ba2024]。'.repeat(100_000),
  };
  const row: Record<string, number> = {};
  for (const [name, text] of Object.entries(drafts)) {
    row[name] = round(time(() => {
      const analysis = analyzeDraft(text);
      checkDraft(snapshot, analysis, DEFAULT_SETTINGS);
    })[1]);
  }
  results.long_drafts_ms = row;
}

/** A Zotero export of 100,000 references, pretty-printed and minified: reading it must be linear. */
function benchBibliography(): void {
  const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `key${i}`, type: 'article-journal', title: `Title ${i}`, author: [{ family: `Author${i % 997}`, given: 'A.' }], issued: { 'date-parts': [[1990 + (i % 35)]] } }));
  const row: Record<string, number> = {};
  for (const [name, text] of [['pretty', JSON.stringify(items, null, 2)], ['minified', JSON.stringify(items)]] as const) {
    row[`${name}Ms`] = round(time(() => indexFile(`/refs/${name}.json`, Buffer.from(text, 'utf8')))[1]);
  }
  results.csl_json_100k_references = row;
}

/** #14 case 8: a 200,000-item export (297 s and 806 MB minified once; completion p95 304 ms): read time, then completion over it. */
function benchBibliography200k(): void {
  const items = Array.from({ length: 200_000 }, (_, i) => ({ id: `key${i}`, type: 'article-journal', title: `Title ${i} on regional trade`, author: [{ family: `Author${i % 997}`, given: 'A.' }], issued: { 'date-parts': [[1990 + (i % 35)]] } }));
  const row: Record<string, number> = {};
  let index: FileIndex | undefined;
  for (const [name, text] of [['pretty', JSON.stringify(items, null, 2)], ['minified', JSON.stringify(items)]] as const) {
    const [fi, ms] = time(() => indexFile(`/refs/${name}.json`, Buffer.from(text, 'utf8')));
    row[`${name}Ms`] = round(ms);
    index = fi;
  }
  const snapshot = assembleSnapshot(1, new Map([[index!.path, index!]]));
  row.references = snapshot.references.size;
  row.searchBuildMs = round(time(() => getReferenceSearch(snapshot).search('warm', 1))[1]);
  const r = rng(12);
  const queries = ['key1', 'author5', 'auth', 'title 19', 'regional', 'key19999', 'au', '2001', 'trade', 'k'];
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const text = `中日韩合作研究 [@${queries[Math.floor(r() * queries.length)]}`;
    samples.push(time(() => completeCitation(snapshot, analyzeDraft(text), text.length))[1]);
  }
  const p = percentiles(samples);
  row.completionP50 = p.p50;
  row.completionP95 = p.p95;
  row.completionMax = p.max;
  results.csl_json_200k_references = row;
}

/** #14 case 10: 5,000 edits that add figures, 10 ms debounce, requests every tenth edit; the server in a child process with --expose-gc. */
function benchTypingBurst(): void {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'test', 'helpers', 'typingBurst.ts'), '5000'], { cwd: ROOT, env: { ...process.env, POLICY_WRITER_CACHE_DIR: 'none' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as BurstResult;
  const other = percentiles(r.otherHover);
  const draft = percentiles(r.draftHover);
  const completion = percentiles(r.completion);
  results.typing_burst_5000_edits = {
    heapBeforeMB: r.heapBeforeMB,
    heapAfterMB: r.heapAfterMB,
    rssAfterMB: r.rssAfterMB,
    otherHoverP50: other.p50,
    otherHoverP95: other.p95,
    otherHoverMax: other.max,
    completionP95: completion.p95,
    draftFigureHoverP95: draft.p95,
  };
}

async function mainAsync(): Promise<void> {
  main();
  benchBibliography();
  benchBibliography200k();
  benchNaivePassageSearch(seedParagraphs(path.join(ROOT, 'corpus')));
  benchPathological();
  benchLongSourceLines();
  benchLongDrafts(readBundled());
  const corpus = await benchPersisted(seedParagraphs(path.join(ROOT, 'corpus')), 10);
  await benchServerWhileIndexing(corpus);
  await benchPdf(results);
  benchTypingBurst();
  await benchSmallFiles(results);
  printTable();
  console.log(JSON.stringify(results, null, 2));
}

/** The bundled corpus, as the extension ships it. */
function readBundled(): CorpusSnapshot {
  const dir = path.join(ROOT, 'corpus');
  const map = new Map<string, FileIndex>();
  for (const n of readdirSync(dir)) map.set(path.join(dir, n), indexFile(path.join(dir, n), readFileSync(path.join(dir, n))));
  return assembleSnapshot(1, map);
}

function printTable(): void {
  console.log('\nPolicy Writer benchmark (shared 2-core machine: noisy, compare ratios within one run)\n');
  for (const [name, value] of Object.entries(results)) {
    const v = value as Record<string, unknown>;
    console.log(`${name.padEnd(34)} ${Object.entries(v).filter(([, x]) => typeof x !== 'object').map(([k, x]) => `${k}=${x}`).join('  ')}`);
  }
  console.log('');
}

if (process.argv.includes('--server')) void benchServers();
else if (process.argv.includes('--references')) (benchBibliography200k(), printTable());
else if (process.argv.includes('--typing')) (benchTypingBurst(), printTable());
else if (process.argv.includes('--small-files')) void benchSmallFiles(results).then(() => (printTable(), console.log(JSON.stringify(results, null, 2))));
else if (process.argv.includes('--pdf')) void benchPdf(results).then(() => (printTable(), console.log(JSON.stringify(results, null, 2))));
else void mainAsync();
