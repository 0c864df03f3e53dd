import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, type CorpusProblem, type CorpusSnapshot, type CorpusSummary, type ILogger, type LanguageService } from './core/index.js';
import { Analysis } from './analysis/analysis.js';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings.js';
import { findProjectConfig } from './projectConfig.js';
import { localeFromTag, message, type Locale } from './core/messages/messages.js';

// The settings in force: the project's configuration file, else the defaults.
let settings: Settings = DEFAULT_SETTINGS;
import { computeLineStarts, offsetToLineCol } from './core/corpus/lineMap.js';
import { decodeBytes } from './core/corpus/decode.js';
import { findingMessage } from './core/figures/findingMessages.js';
import { excerpt, originalPosition } from './core/corpus/sourceLocation.js';
import { listCorpusFiles, NodeFileSource } from './workspace.js';
import { excludeMatcher } from './core/corpus/exclude.js';
import { CachedFileIndexer, codeVersionOf } from './indexing/cachedFileIndexer.js';
import { DraftBibliographies } from './indexing/draftBibliographies.js';
import { corpusFileKind } from './core/corpus/indexFile.js';
import type { IFileIndexer } from './core/corpus/corpusIndexer.js';
import { IndexingProgress } from './cliProgress.js';

const USAGE = `usage: policy-writer check [--corpus DIR]... [--bibliography FILE]... [--exclude GLOB]... [--no-bundled] [--cache DIR] [--format text|json|sarif|github] [--lang en|zh] [--fail-on error|warning|information|never] [--all] DRAFT...
       policy-writer --version

Indexes the corpus (the bundled one plus every --corpus folder), checks every figure and
citation in each draft, and prints findings as file:line:col severity code message.
A DRAFT is a Markdown file, a folder (its .md, .qmd and .Rmd files, recursively), or - for stdin.
--all also lists every figure that is backed, with the source that backs it.
--format github prints GitHub Actions workflow commands (::error file=…,line=…::message), which
annotate the pull request; sarif is SARIF 2.1.0 for code scanning; json is for scripts.
--lang zh writes the findings in Chinese, --lang en in English; by default the language of the
environment (LC_ALL, LC_MESSAGES, LANG: zh_CN.UTF-8 gives Chinese). Codes are the same in both.
--exclude GLOB leaves matching files of the corpus folders out (relative to each folder; added to
the project configuration's corpus.exclude, by default **/drafts/**). The drafts being checked are
never indexed as sources.
Exits 1 when a finding at or above --fail-on (default: warning) exists, 2 on bad usage or an unreadable policy-writer.json.`;

const DRAFT_EXTENSIONS = /\.(?:md|markdown|qmd|rmd)$/i;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** The environment's language, as POSIX tools read it: LC_ALL, then LC_MESSAGES, then LANG. */
function environmentLocale(): Locale {
  return localeFromTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

const RANK = { hint: 0, information: 1, warning: 2, error: 3, never: 99 } as const;

interface CliOptions {
  corpora: string[];
  bundled: boolean;
  format: (typeof FORMATS)[number];
  /** the language of the findings' messages */
  locale: Locale;
  failOn: keyof typeof RANK;
  cache?: string;
  files: string[];
  /** list every figure, the supported ones too */
  all: boolean;
  /** bibliography files every draft may cite (absolute): --bibliography, then the project configuration's */
  bibliographies: string[];
  /** glob patterns of corpus files never indexed (--exclude), added to the configured ones */
  exclude: string[];
  /** corpus folders named by the project configuration, and the file that names them (for its error messages) */
  configuredCorpora?: { folders: Set<string>; file: string };
}

function parseArgs(argv: string[]): CliOptions | string | { help: true } | { version: true } {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { help: true };
  if (command === '-v' || command === '--version' || command === 'version') return { version: true };
  if (command === undefined) return `no command given\n\n${USAGE}`;
  if (command !== 'check') return `unknown command ${command} (did you mean check?)\n\n${USAGE}`;
  const opts: CliOptions = { corpora: [], bibliographies: [], exclude: [], bundled: true, format: 'text', locale: environmentLocale(), failOn: 'warning', files: [], all: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--corpus') {
      const dir = rest[++i];
      if (!dir || dir.startsWith('-')) return `--corpus takes a folder\n\n${USAGE}`;
      opts.corpora.push(dir);
    }
    else if (a === '--bibliography') {
      const file = rest[++i];
      if (!file || file.startsWith('-')) return `--bibliography takes a file (CSL-JSON, CSL-YAML or BibTeX)\n\n${USAGE}`;
      opts.bibliographies.push(path.resolve(file));
    }
    else if (a === '--exclude') {
      const glob = rest[++i];
      if (!glob || glob.startsWith('-')) return `--exclude takes a glob pattern, such as 'drafts/**'\n\n${USAGE}`;
      opts.exclude.push(glob);
    }
    else if (a === '--no-bundled') opts.bundled = false;
    else if (a === '--all') opts.all = true;
    else if (a === '--cache') opts.cache = rest[++i];
    else if (a === '--format') {
      const v = rest[++i];
      if (!FORMATS.includes(v as CliOptions['format'])) return `--format takes text, json, sarif or github${v === undefined ? '' : ` (not ${v})`}\n\n${USAGE}`;
      opts.format = v as CliOptions['format'];
    }
    else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'en' && v !== 'zh' && !/^(?:en|zh)[-_][A-Za-z]+$/.test(v ?? '')) return `--lang takes en or zh${v === undefined ? '' : ` (not ${v})`}\n\n${USAGE}`;
      opts.locale = localeFromTag(v);
    }
    else if (a === '--fail-on') {
      const v = rest[++i];
      if (!(v in RANK) || v === 'hint') return `--fail-on takes error, warning, information or never\n\n${USAGE}`;
      opts.failOn = v as keyof typeof RANK;
    }
    else if (a === '-h' || a === '--help') return { help: true };
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}\n\n${USAGE}`;
    else opts.files.push(a);
  }
  if (opts.files.length === 0) return `no draft given\n\n${USAGE}`;
  return opts;
}

// Indexing progress on stderr while the corpus is indexed (see IndexingProgress).
const progress: { current?: IndexingProgress } = {};

const stderrLogger: ILogger = {
  info: () => undefined,
  warn: (m) => {
    progress.current?.interrupt();
    process.stderr.write(`warning: ${m}\n`);
  },
  error: (m) => {
    progress.current?.interrupt();
    process.stderr.write(`error: ${m}\n`);
  },
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
  if ('version' in opts) {
    process.stdout.write(`${await packageVersion()}\n`);
    return 0;
  }
  const configError = applyProjectConfig(opts);
  // A broken configuration must not pass a CI run by checking against the wrong corpus.
  if (configError) {
    process.stderr.write(`policy-writer: ${configError.replace(/; it is ignored$/, '')}: fix the file or remove it\n`);
    return 2;
  }
  const missing = await missingInput(opts);
  if (missing) {
    process.stderr.write(`${missing}\n`);
    return 2;
  }
  sharedBibliographies = opts.bibliographies;
  const drafts = await expandDrafts(opts.files);
  const service = await indexCorpus(opts, drafts);
  // Each draft sees the corpus plus its own bibliography and the shared ones.
  const analysis = new Analysis(() => service.snapshot(), (file, text, corpus) => bibliographies.snapshotFor(file, text, corpus, sharedBibliographies));
  const reports: DraftReport[] = [];
  for (const file of drafts) reports.push(await checkFile(file, analysis));
  const summary = service.summary();
  await writeReports(opts, { ...summary, problems: [...listingProblems, ...summary.problems] }, reports);
  const threshold = RANK[opts.failOn];
  return reports.some((r) => r.error || r.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

/**
 * The project's configuration file (found from the first draft's folder upward) is the same one
 * the editor reads: its corpus folders, bibliographies and severities apply here too.
 */
/** Where the configuration is looked for: a folder of drafts itself ("check drafts/"), a draft's folder, else the working folder. */
function configSearchStart(first: string | undefined): string {
  if (!first || first === '-') return process.cwd();
  const full = path.resolve(first);
  return statSync(full, { throwIfNoEntry: false })?.isDirectory() ? full : path.dirname(full);
}

function applyProjectConfig(opts: CliOptions): string | undefined {
  const config = findProjectConfig(configSearchStart(opts.files[0]));
  if (config?.error) return config.error;
  const parsed = parseSettings(config?.settings ?? {}, opts.locale);
  for (const e of parsed.errors) process.stderr.write(`warning: ${config?.path}: ${e}\n`);
  settings = { ...parsed.settings, locale: opts.locale };
  if (config && !config.error) {
    process.stderr.write(`config: ${config.path}\n`);
    opts.corpora.push(...settings.corpus.paths);
    opts.configuredCorpora = { folders: new Set(settings.corpus.paths), file: config.path };
    opts.bibliographies.push(...settings.bibliography.map((b) => path.resolve(b)));
    opts.bundled &&= settings.corpus.includeBundled;
  }
  return undefined;
}

/** The error for a bibliography, corpus folder or draft that is not there (a mistyped path, not a finding); undefined when all are. */
async function missingInput(opts: CliOptions): Promise<string | undefined> {
  // A bibliography that is not there would leave its keys "unknown": stop and say so, as for a folder.
  for (const file of opts.bibliographies) {
    if (!(await fs.stat(file).catch(() => undefined))?.isFile()) return `error: bibliography ${file} does not exist; pass a CSL-JSON, CSL-YAML or BibTeX file with --bibliography`;
  }
  // A corpus folder that is not there would leave every citation "unknown": stop and say so.
  for (const dir of opts.corpora) {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat?.isDirectory()) continue;
    // Say where the folder was named: the user may never have typed --corpus.
    const fix = opts.configuredCorpora?.folders.has(dir) ? `fix corpus.paths in ${opts.configuredCorpora.file}` : 'pass a folder of source documents with --corpus';
    return `error: corpus folder ${dir} ${stat ? 'is not a folder' : 'does not exist'}; ${fix}`;
  }
  // A draft that is not there: stop before indexing anything.
  for (const file of opts.files) {
    if (file !== '-' && !(await fs.stat(file).catch(() => undefined))) return `error: draft ${file} does not exist`;
  }
  return undefined;
}

/** Indexes the bundled corpus and every --corpus folder, leaving out the drafts being checked. */
async function indexCorpus(opts: CliOptions, drafts: string[]): Promise<LanguageService> {
  const folders = [...(opts.bundled ? [path.resolve(__dirname, '..', 'corpus')] : []), ...opts.corpora.map((c) => path.resolve(c))];
  if (folders.length === 0) {
    // Say where the corpus was switched off and where folders are set: the user may never have typed --no-bundled.
    const where = opts.configuredCorpora ? `--corpus DIR, or a list in corpus.paths of ${opts.configuredCorpora.file}` : '--corpus DIR';
    process.stderr.write(`warning: no corpus: the bundled corpus is off and no corpus folder is set, so every figure and citation is checked against nothing; give the folder of your sources with ${where}\n`);
  }
  // --cache DIR keeps each file's index between runs (a pre-commit hook re-checks in a blink).
  // Always through the cached indexer (with no folder it caches nothing): it reads PDF, Word and HTML sources too.
  const cached = new CachedFileIndexer(opts.cache ? path.resolve(opts.cache) : undefined, await codeVersionOf(__filename));
  const fileIndexer = withProgress(cached, () => progress.current);
  const service = createLanguageService(new NodeFileSource(), { maxFileBytes: 50 * 1024 * 1024, logger: stderrLogger, fileIndexer });
  // Drafts are never sources: not those the exclusions name, nor the ones being checked now
  // (a draft in a corpus folder would otherwise support its own figures).
  const checked = new Set(drafts.filter((d) => d !== '-').map((d) => path.resolve(d)));
  // Problems the listing met (a broken link, a link out of the folders) count in the total, as the server's report counts them.
  const corpusFiles = (await listCorpusFiles(folders, stderrLogger, excludeMatcher([...settings.corpus.exclude, ...opts.exclude]), (p) => listingProblems.push(p))).filter((f) => !checked.has(f));
  // A folder with no source in it is almost always the wrong folder: every citation would look unknown.
  for (const dir of opts.corpora) {
    const root = path.resolve(dir) + path.sep;
    if (!corpusFiles.some((f) => f.startsWith(root))) process.stderr.write(`warning: corpus folder ${dir} holds no source files (.txt, .md, .pdf, .docx, .html, .json, .bib); is it the right folder?\n`);
  }
  progress.current = indexingProgress(corpusFiles, opts.locale);
  await service.indexer.indexAll(corpusFiles);
  progress.current.done();
  progress.current = undefined;
  return service;
}

/** Progress on stderr for indexing these files (see IndexingProgress): sizes of the sources among them. */
function indexingProgress(files: string[], locale: Locale): IndexingProgress {
  const total = files.filter((f) => corpusFileKind(f)).reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
  const afterMs = Number(process.env.POLICY_WRITER_PROGRESS_AFTER_MS);
  return new IndexingProgress(total, { isTTY: !!process.stderr.isTTY, write: (t) => process.stderr.write(t), locale, afterMs: Number.isFinite(afterMs) && process.env.POLICY_WRITER_PROGRESS_AFTER_MS !== '' ? afterMs : undefined });
}

/** The file indexer, telling the progress (when there is one) before and after each file. */
function withProgress(inner: CachedFileIndexer, progress: () => IndexingProgress | undefined): IFileIndexer {
  return {
    index: async (file, maxFileBytes) => {
      const bytes = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      progress()?.starting(file, bytes);
      try {
        return await inner.index(file, maxFileBytes);
      } finally {
        progress()?.finished(bytes);
      }
    },
  };
}

async function writeReports(opts: CliOptions, summary: CorpusSummary, reports: DraftReport[]): Promise<void> {
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify({ corpus: { sources: summary.sources, references: summary.references, problems: summary.problems }, drafts: reports }, null, 2)}\n`);
  else if (opts.format === 'sarif') process.stdout.write(`${JSON.stringify(sarif(reports, await packageVersion()), null, 2)}\n`);
  else if (opts.format === 'github') for (const r of reports) process.stdout.write(githubAnnotations(r));
  else {
    process.stderr.write(`${message(opts.locale, 'cli.corpusSummary', { sources: summary.sources, references: summary.references, problems: summary.problems.length })}\n`);
    for (const r of reports) printReport(r, opts.all, opts.locale);
  }
}

interface Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
  /** the draft's text the finding is about (the figure or the key) */
  text: string;
  /** the source passages behind it: key, file and what the source says */
  sources: { key: string; path: string; quote: string; line?: number }[];
}

/** Folders become their drafts (recursively, hidden folders and node_modules left out); "-" is stdin. */
async function expandDrafts(args: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (DRAFT_EXTENSIONS.test(e.name)) out.push(p);
    }
  };
  for (const a of args) {
    const stat = a === '-' ? undefined : await fs.stat(a).catch(() => undefined);
    if (stat?.isDirectory()) await walk(a);
    else out.push(a);
  }
  return out;
}

async function packageVersion(): Promise<string> {
  for (const candidate of [path.resolve(__dirname, '..', 'package.json'), path.resolve(__dirname, 'package.json')]) {
    try {
      return JSON.parse(await fs.readFile(candidate, 'utf8')).version as string;
    } catch {
      /* next */
    }
  }
  return 'unknown';
}

/** SARIF 2.1.0, the format code-scanning services read. */
function sarif(reports: DraftReport[], version: string): unknown {
  const level = (s: Finding['severity']) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.code,
      level: level(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: r.file === '-' ? 'stdin' : r.file.split(path.sep).join('/') }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
      // The source passages behind the finding, so a code-scanning reviewer sees what the source says.
      ...(f.sources.length
        ? {
            relatedLocations: f.sources.map((s, id) => ({
              id,
              message: { text: `@${s.key}: ${s.quote}` },
              physicalLocation: { artifactLocation: { uri: pathToFileURL(s.path).href }, ...(s.line ? { region: { startLine: s.line } } : {}) },
            })),
          }
        : {}),
    })),
  );
  const rules = [...new Set(results.map((r) => r.ruleId))].map((id) => ({ id }));
  return { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [{ tool: { driver: { name: 'policy-writer', version, rules } }, results }] };
}

interface DraftReport {
  file: string;
  error?: string;
  citations: number;
  figures: number;
  findings: Finding[];
  /** every figure read in the draft, with its verdict and the source behind it */
  /** every figure read: `key` is the source its verdict rests on; `cited`, `supportedBy` and `contradictedBy` say which is which */
  figureList: { line: number; column: number; text: string; status: string; key?: string; cited: string[]; supportedBy: string | null; contradictedBy: string | null; message: string }[];
}

// A draft's own bibliography (front matter `bibliography:`), read once per file for the whole run.
const bibliographies = new DraftBibliographies(stderrLogger);
// --bibliography files and the project configuration's, for every draft of the run.
let sharedBibliographies: string[] = [];

async function checkFile(file: string, analysis: Analysis): Promise<DraftReport> {
  let text: string;
  try {
    // Drafts are decoded as sources are: a GB18030 draft is read as such, with a note, not as mojibake.
    const decoded = decodeBytes(file === '-' ? await readStdin() : await fs.readFile(file));
    if (!decoded.ok) return { file, error: `cannot be read as text: ${decoded.reason}`, citations: 0, figures: 0, findings: [], figureList: [] };
    if (decoded.encoding !== 'utf-8') process.stderr.write(`note: ${file} is ${decoded.encoding}, not UTF-8; read as ${decoded.encoding}\n`);
    text = decoded.text;
  } catch (err) {
    return { file, error: (err as Error).message, citations: 0, figures: 0, findings: [], figureList: [] };
  }
  const draft = { uri: file === '-' ? path.resolve('stdin.md') : path.resolve(file), version: 0, getText: () => text };
  const snapshot = analysis.draftSnapshot(draft);
  const lines = computeLineStarts(text);
  const { figures: findings, diagnostics } = analysis.check(draft, settings);
  const citations = analysis.draftAnalysis(draft).citations.length;
  // Checked once: nothing asks about this draft again.
  analysis.close(draft.uri);
  return {
    file,
    citations,
    figures: findings.length,
    figureList: findings.map((f) => {
      const pos = offsetToLineCol(lines, f.figure.start);
      const backer = f.support[0] ?? f.conflicts[0];
      // `key` is the source the verdict rests on; the named fields say in which role.
      return { line: pos.line + 1, column: pos.character + 1, text: f.figure.text, status: f.status, key: backer?.doc.key, cited: f.citedKeys, supportedBy: f.support[0]?.doc.key ?? null, contradictedBy: f.status === 'contradicted' ? f.conflicts[0]?.doc.key ?? null : null, message: findingMessage(f, settings.locale) };
    }),
    findings: diagnostics.map((d) => {
      const pos = offsetToLineCol(lines, d.start);
      const end = offsetToLineCol(lines, d.end);
      const sources = d.related.map((r) => sourceEntry(snapshot, r));
      return { line: pos.line + 1, column: pos.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: d.severity, code: d.code, message: d.message, text: text.slice(d.start, d.end), sources };
    }),
  };
}

/**
 * A source behind a finding, for JSON and SARIF readers: its key and file, the line in the
 * original file, the figure it gives, and the passage that gives it.
 */
function sourceEntry(snapshot: CorpusSnapshot, r: { path: string; offset: number; key: string; message: string }): { key: string; path: string; line?: number; figure: string; quote: string } {
  const figure = r.message.replace(/^@[^:]+:\s*/, '');
  const doc = snapshot.documents.find((d) => d.path === r.path);
  if (!doc) return { key: r.key, path: r.path, figure, quote: figure };
  const scanned = doc.scan.figures.find((f) => f.figure.start === r.offset);
  const quote = scanned ? excerpt(doc.normalized.text, scanned.sentenceStart, scanned.sentenceEnd, r.offset, 120) : figure;
  return { key: r.key, path: r.path, line: originalPosition(doc, r.offset).line + 1, figure, quote };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function printReport(r: DraftReport, all: boolean, locale: Locale): void {
  if (r.error) {
    process.stdout.write(`${r.file}:1:1 error io.unreadable cannot read: ${r.error}\n`);
    return;
  }
  const lines = r.findings.map((f) => ({ line: f.line, column: f.column, out: `${r.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}` }));
  // --all: the backed figures too, so "supported" can be told from "not read".
  if (all) for (const f of r.figureList) if (f.status === 'supported') lines.push({ line: f.line, column: f.column, out: `${r.file}:${f.line}:${f.column} ok figure.supported ${f.message}` });
  lines.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const l of lines) process.stdout.write(`${l.out}\n`);
  process.stderr.write(`${message(locale, 'cli.draftSummary', { file: r.file, figures: r.figures, citations: r.citations, findings: r.findings.length })}\n`);
}

/**
 * GitHub Actions workflow commands, one per finding: the runner turns them into annotations on the
 * pull request's changed lines. Hints are left out (GitHub has no such level); information is a notice.
 * Properties and message are escaped as the runner expects (%, CR, LF; and : , in properties).
 */
function githubAnnotations(r: DraftReport): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const file = property(r.file === '-' ? 'stdin' : r.file.split(path.sep).join('/'));
  if (r.error) return `::error file=${file},line=1,title=io.unreadable::${data(`cannot read: ${r.error}`)}\n`;
  const level = { error: 'error', warning: 'warning', information: 'notice' } as const;
  return r.findings
    .filter((f) => f.severity !== 'hint')
    .map((f) => `::${level[f.severity as keyof typeof level]} file=${file},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${property(f.code)}::${data(f.message)}\n`)
    .join('');
}

/** Runs the command line (`policy-writer check …`); dist/server.js runs it when started without a protocol flag. */
export function runCli(): void {
  // "policy-writer check draft.md | head": the reader closing the pipe early ends the run quietly,
  // as Unix tools do, instead of an unhandled EPIPE with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // exitCode, not exit(): exit() drops output still queued for a pipe or terminal.
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`policy-writer: ${(err as Error).stack ?? err}\n`);
      process.exit(2);
    },
  );
}

/** What listing the corpus folders met, for this run's total. */
const listingProblems: CorpusProblem[] = [];

/** "1 problem", "0 problems", "5 sources". */
