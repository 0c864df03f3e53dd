import type { CorpusSnapshot } from './snapshot.js';
import type { CorpusProblem } from './types.js';

/** What the status bar, the index report and the CLI show about a snapshot. */
export interface CorpusSummary {
  version: number;
  sources: number;
  references: number;
  characters: number;
  /** files whose index came from the persistent cache */
  cachedFiles: number;
  problems: CorpusProblem[];
  files: { path: string; key?: string; title?: string; encoding?: string; size?: number; status: 'ok' | 'failed' | 'metadata' }[];
}

export function summarizeSnapshot(snapshot: CorpusSnapshot): CorpusSummary {
  const files = [...snapshot.files.values()].map((f) => {
    const doc = f.documents[0];
    const failed = f.problems.some((p) => p.severity === 'error') && f.documents.length === 0 && f.references.length === 0;
    return {
      path: f.path,
      key: doc?.key,
      title: doc?.title,
      encoding: doc?.encoding,
      size: doc?.size,
      status: failed ? ('failed' as const) : doc ? ('ok' as const) : ('metadata' as const),
    };
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
