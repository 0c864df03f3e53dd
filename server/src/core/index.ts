import { CorpusIndexer, IndexerOptions } from './corpus/corpusIndexer.js';
import type { CorpusSnapshot } from './corpus/snapshot.js';
import { summarizeSnapshot, CorpusSummary } from './corpus/summary.js';
import type { IFileSource } from './seams.js';

export type { CorpusSnapshot } from './corpus/snapshot.js';
export type { CorpusSummary } from './corpus/summary.js';
export type { Reference, SourceDocument, CorpusProblem } from './corpus/types.js';
export * from './seams.js';

/**
 * The facade the wiring talks to: one indexer over the corpus, and the snapshot every request
 * reads. Feature modules take a snapshot plus a draft and return plain data with offsets.
 */
export interface LanguageService {
  readonly indexer: CorpusIndexer;
  snapshot(): CorpusSnapshot;
  summary(): CorpusSummary;
}

export function createLanguageService(source: IFileSource, options: IndexerOptions): LanguageService {
  const indexer = new CorpusIndexer(source, options);
  return {
    indexer,
    snapshot: () => indexer.snapshot,
    summary: () => summarizeSnapshot(indexer.snapshot),
  };
}
