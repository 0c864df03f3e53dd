import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, ILogger } from './core/index.js';
import { analyzeDraft } from './core/drafts/draftAnalysis.js';
import type { CorpusSnapshot } from './core/index.js';
import { draftDiagnostics, figureFindings } from './features/diagnostics.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { computeLineStarts, offsetToLineCol } from './core/corpus/lineMap.js';
import { decodeBytes } from './core/corpus/decode.js';
import { listCorpusFiles, NodeFileSource } from './workspace.js';
import { CachedFileIndexer, codeVersionOf } from './indexing/cachedFileIndexer.js';

const USAGE = `usage: policy-writer check [--corpus DIR]... [--no-bundled] [--cache DIR] [--format text|json] [--fail-on error|warning|information|never] FILE.md...

Indexes the corpus (the bundled one plus every --corpus folder), checks every figure and
citation in each draft, and prints findings as file:line:col severity code message.
Exits 1 when a finding at or above --fail-on (default: warning) exists, 2 on bad usage.`;

const RANK = { hint: 0, information: 1, warning: 2, error: 3, never: 99 } as const;

interface CliOptions {
  corpora: string[];
  bundled: boolean;
  format: 'text' | 'json';
  failOn: keyof typeof RANK;
  cache?: string;
  files: string[];
}

function parseArgs(argv: string[]): CliOptions | string | { help: true } {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { help: true };
  if (command !== 'check') return USAGE;
  const opts: CliOptions = { corpora: [], bundled: true, format: 'text', failOn: 'warning', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--corpus') {
      const dir = rest[++i];
      if (!dir || dir.startsWith('-')) return `--corpus takes a folder\n\n${USAGE}`;
      opts.corpora.push(dir);
    }
    else if (a === '--no-bundled') opts.bundled = false;
    else if (a === '--cache') opts.cache = rest[++i];
    else if (a === '--format') {
      const v = rest[++i];
      if (v !== 'json' && v !== 'text') return `--format takes text or json\n\n${USAGE}`;
      opts.format = v;
    }
    else if (a === '--fail-on') {
      const v = rest[++i];
      if (!(v in RANK) || v === 'hint') return `--fail-on takes error, warning, information or never\n\n${USAGE}`;
      opts.failOn = v as keyof typeof RANK;
    }
    else if (a === '-h' || a === '--help') return { help: true };
    else if (a.startsWith('-')) return `unknown option ${a}\n\n${USAGE}`;
    else opts.files.push(a);
  }
  if (opts.files.length === 0) return `no draft given\n\n${USAGE}`;
  return opts;
}

const stderrLogger: ILogger = {
  info: () => undefined,
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
  error: (m) => process.stderr.write(`error: ${m}\n`),
};

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (typeof opts === 'string') {
    process.stderr.write(`${opts}\n`);
    return 2;
  }
  if ('help' in opts) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // A corpus folder that is not there would leave every citation "unknown": stop and say so.
  for (const dir of opts.corpora) {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (!stat?.isDirectory()) {
      process.stderr.write(`error: corpus folder ${dir} ${stat ? 'is not a folder' : 'does not exist'}; pass a folder of source documents with --corpus\n`);
      return 2;
    }
  }
  const folders = [...(opts.bundled ? [path.resolve(__dirname, '..', 'corpus')] : []), ...opts.corpora.map((c) => path.resolve(c))];
  // --cache DIR keeps each file's index between runs (a pre-commit hook re-checks in a blink).
  const fileIndexer = opts.cache ? new CachedFileIndexer(path.resolve(opts.cache), await codeVersionOf(__filename)) : undefined;
  const service = createLanguageService(new NodeFileSource(), { maxFileBytes: 50 * 1024 * 1024, logger: stderrLogger, fileIndexer });
  await service.indexer.indexAll(await listCorpusFiles(folders, stderrLogger));
  const summary = service.summary();
  const reports: DraftReport[] = [];
  for (const file of opts.files) reports.push(await checkFile(file, service.snapshot()));
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify({ corpus: { sources: summary.sources, references: summary.references, problems: summary.problems }, drafts: reports }, null, 2)}\n`);
  else {
    process.stderr.write(`corpus: ${summary.sources} sources, ${summary.references} references, ${summary.problems.length} problems\n`);
    for (const r of reports) printReport(r);
  }
  const threshold = RANK[opts.failOn];
  return reports.some((r) => r.error || r.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

interface Finding {
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

interface DraftReport {
  file: string;
  error?: string;
  citations: number;
  figures: number;
  findings: Finding[];
}

async function checkFile(file: string, snapshot: CorpusSnapshot): Promise<DraftReport> {
  let text: string;
  try {
    // Drafts are decoded as sources are: a GB18030 draft is read as such, with a note, not as mojibake.
    const decoded = decodeBytes(await fs.readFile(file));
    if (!decoded.ok) return { file, error: `cannot be read as text: ${decoded.reason}`, citations: 0, figures: 0, findings: [] };
    if (decoded.encoding !== 'utf-8') process.stderr.write(`note: ${file} is ${decoded.encoding}, not UTF-8; read as ${decoded.encoding}\n`);
    text = decoded.text;
  } catch (err) {
    return { file, error: (err as Error).message, citations: 0, figures: 0, findings: [] };
  }
  const analysis = analyzeDraft(text);
  const lines = computeLineStarts(text);
  const findings = figureFindings(snapshot, analysis);
  const diagnostics = draftDiagnostics(snapshot, analysis, DEFAULT_SETTINGS, findings);
  return {
    file,
    citations: analysis.citations.length,
    figures: findings.length,
    findings: diagnostics.map((d) => {
      const pos = offsetToLineCol(lines, d.start);
      return { line: pos.line + 1, column: pos.character + 1, severity: d.severity, code: d.code, message: d.message };
    }),
  };
}

function printReport(r: DraftReport): void {
  if (r.error) {
    process.stdout.write(`${r.file}:1:1 error io.unreadable cannot read: ${r.error}\n`);
    return;
  }
  for (const f of r.findings) process.stdout.write(`${r.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`);
  process.stderr.write(`${r.file}: ${r.figures} figures, ${r.citations} citations, ${r.findings.length} findings\n`);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`policy-writer: ${(err as Error).stack ?? err}\n`);
    process.exit(2);
  },
);
