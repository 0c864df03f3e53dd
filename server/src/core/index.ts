import { CorpusIndexer, IndexerOptions } from './corpus/corpusIndexer.js';
import { derive, drainUnlessStale, type CorpusSnapshot } from './corpus/snapshot.js';
import { glossarySteps } from './glossary/glossary.js';
import { figureIndexSteps } from './figures/figureIndex.js';
import { referenceSearchSteps } from './citations/referenceSearch.js';
import { summarizeSnapshot, CorpusSummary } from './corpus/summary.js';
import type { IFileSource } from './seams.js';

export type { CorpusSnapshot } from './corpus/snapshot.js';
export type { CorpusSummary } from './corpus/summary.js';
export type { Reference, SourceDocument, CorpusProblem } from './corpus/types.js';
export * from './seams.js';
export type { DraftDiagnostic, FigureSeverities, FindingOptions, FixData, SeverityName } from './analysis/draftDiagnostics.js';
export { EDITOR_MAX_DIAGNOSTICS, MORE_FINDINGS_CODE } from './analysis/draftDiagnostics.js';
export { checkDraft, checkDraftSliced, figureFindings, type DraftCheck } from './analysis/draftCheck.js';
export type { FigureFinding } from './figures/figureCheck.js';
export { analyzeDraft, DraftCache, type DraftAnalysis } from './drafts/draftAnalysis.js';

/**
 * The facade the wiring talks to: one indexer over the corpus, and the snapshot every request
 * reads. Feature modules take a snapshot plus a draft and return plain data with offsets.
 */
export interface LanguageService {
  readonly indexer: CorpusIndexer;
  snapshot(): CorpusSnapshot;
  summary(): CorpusSummary;
}

/**
 * Builds a snapshot's derived structures (glossary, figure index, reference search) in 5 ms
 * slices before it becomes current, so no request ever pays for them and none waits behind them.
 * Stops, leaving the rest unbuilt, once `stale` says a newer snapshot replaces this one.
 */
export async function prepareSnapshot(snapshot: CorpusSnapshot, stale: () => boolean = () => false): Promise<void> {
  const steps: [string, () => Generator<void, unknown>][] = [
    ['glossary', () => glossarySteps(snapshot)],
    ['figures', () => figureIndexSteps(snapshot)],
    ['referenceSearch', () => referenceSearchSteps(snapshot)],
  ];
  for (const [name, build] of steps) {
    if (snapshot.derived.has(name)) continue;
    if (stale()) return;
    const built = await drainUnlessStale(build(), stale);
    if (built === undefined) return;
    snapshot.derived.set(name, built);
  }
}

export function createLanguageService(source: IFileSource, options: IndexerOptions): LanguageService {
  const indexer = new CorpusIndexer(source, { prepare: prepareSnapshot, ...options });
  return {
    indexer,
    snapshot: () => indexer.snapshot,
    // Once per snapshot: the status bar asks for it on every progress step, and over 10,000 files
    // recomputing it each time made a warm re-index quadratic.
    summary: () => derive(indexer.snapshot, 'summary', summarizeSnapshot),
  };
}
