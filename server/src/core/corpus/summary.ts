import type { CorpusSnapshot } from './snapshot.js';
import type { CorpusProblem, FileIndex } from './types.js';

/** What the status bar, the index report and the CLI show about a snapshot. */
export interface CorpusSummary {
  version: number;
  sources: number;
  references: number;
  characters: number;
  /** files whose index came from the persistent cache */
  cachedFiles: number;
  problems: CorpusProblem[];
  files: SummaryFile[];
}

/** One file of the index report. */
export interface SummaryFile {
  path: string;
  key?: string;
  title?: string;
  encoding?: string;
  size?: number;
  /** 'empty': a PDF, Word or HTML file that gave no text (a scanned PDF) */
  status: 'ok' | 'failed' | 'metadata' | 'empty';
  /** text, pdf, docx or html (absent for bibliography and glossary files) */
  format?: string;
  /** pages of a PDF */
  pages?: number;
  /** characters of normalised text indexed */
  characters?: number;
  /** this file's problems, as the report's list has them */
  problems?: string[];
}

/** A file that gave nothing: no text, no references (or none but the metadata of an extracted file), and an error. */
function failedFile(f: FileIndex): boolean {
  return f.problems.some((p) => p.severity === 'error') && f.documents.length === 0 && (f.references.length === 0 || !!f.extracted);
}

/**
 * How many files failed: what the status bar needs of the summary, without its sorted list of
 * every file (75 ms at 9,600 files, paid on every snapshot of a one-file change).
 */
export function countFailedFiles(snapshot: CorpusSnapshot): number {
  let n = 0;
  for (const f of snapshot.files.values()) if (failedFile(f)) n++;
  return n;
}

export function summarizeSnapshot(snapshot: CorpusSnapshot): CorpusSummary {
  const files = [...snapshot.files.values()].map((f) => {
    const doc = f.documents[0];
    const failed = failedFile(f);
    const row: SummaryFile = {
      path: f.path,
      key: doc?.key,
      title: doc?.title,
      encoding: doc?.encoding,
      size: doc?.size,
      status: failed ? 'failed' : doc ? 'ok' : f.extracted ? 'empty' : 'metadata',
    };
    const format = f.extracted?.format ?? (doc ? 'text' : undefined);
    if (format) row.format = format;
    if (f.extracted?.pageCount !== undefined) row.pages = f.extracted.pageCount;
    if (doc || f.extracted) row.characters = f.documents.reduce((n, d) => n + d.normalized.text.length, 0);
    if (f.problems.length) row.problems = f.problems.map((p) => `${p.severity}: ${p.message}`);
    return row;
  });
  return {
    version: snapshot.version,
    sources: snapshot.documents.length,
    references: snapshot.references.size,
    characters: snapshot.documents.reduce((n, d) => n + d.normalized.text.length, 0),
    cachedFiles: [...snapshot.files.values()].filter((f) => f.fromCache).length,
    problems: [...snapshot.problems],
    files: files.sort((a, b) => a.path.localeCompare(b.path)),
  };
}
