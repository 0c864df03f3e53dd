import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, ILogger } from './core/index.js';
import { analyzeDraft } from './core/drafts/draftAnalysis.js';
import { computeLineStarts, offsetToLineCol } from './core/corpus/lineMap.js';
import { listCorpusFiles, NodeFileSource } from './workspace.js';

const USAGE = `usage: policy-writer check [--corpus DIR]... [--no-bundled] [--format text|json] FILE.md...

Indexes the corpus (the bundled one plus every --corpus folder) and checks each draft.`;

interface CliOptions {
  corpora: string[];
  bundled: boolean;
  format: 'text' | 'json';
  files: string[];
}

function parseArgs(argv: string[]): CliOptions | string {
  const [command, ...rest] = argv;
  if (command !== 'check') return USAGE;
  const opts: CliOptions = { corpora: [], bundled: true, format: 'text', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--corpus') opts.corpora.push(rest[++i] ?? '');
    else if (a === '--no-bundled') opts.bundled = false;
    else if (a === '--format') opts.format = rest[++i] === 'json' ? 'json' : 'text';
    else if (a === '-h' || a === '--help') return USAGE;
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
  const folders = [...(opts.bundled ? [path.resolve(__dirname, '..', 'corpus')] : []), ...opts.corpora.map((c) => path.resolve(c))];
  const service = createLanguageService(new NodeFileSource(), { maxFileBytes: 50 * 1024 * 1024, logger: stderrLogger });
  await service.indexer.indexAll(await listCorpusFiles(folders, stderrLogger));
  const summary = service.summary();
  const reports = [];
  for (const file of opts.files) reports.push(await checkFile(file, service.snapshot().references));
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify({ corpus: summary, drafts: reports }, null, 2)}\n`);
  } else {
    process.stdout.write(`corpus: ${summary.sources} sources, ${summary.references} references, ${summary.problems.length} problems\n`);
    for (const r of reports) printReport(r);
  }
  return reports.some((r) => r.error || r.citations.some((c) => !c.known)) ? 1 : 0;
}

interface DraftReport {
  file: string;
  error?: string;
  citations: { key: string; line: number; column: number; known: boolean }[];
}

async function checkFile(file: string, references: ReadonlyMap<string, unknown>): Promise<DraftReport> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    return { file, error: (err as Error).message, citations: [] };
  }
  const analysis = analyzeDraft(text);
  const lines = computeLineStarts(text);
  const citations = analysis.citations.map((c) => {
    const pos = offsetToLineCol(lines, c.keyStart);
    return { key: c.key, line: pos.line + 1, column: pos.character + 1, known: references.has(c.key) };
  });
  return { file, citations };
}

function printReport(r: DraftReport): void {
  if (r.error) {
    process.stdout.write(`${r.file}: error: cannot read: ${r.error}\n`);
    return;
  }
  process.stdout.write(`${r.file}: ${r.citations.length} citations\n`);
  for (const c of r.citations) {
    const status = c.known ? 'ok' : 'error citation.unknown-key';
    process.stdout.write(`${r.file}:${c.line}:${c.column} ${status} @${c.key}\n`);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`policy-writer: ${(err as Error).stack ?? err}\n`);
    process.exit(2);
  },
);
