import type { CorpusSummary, LanguageService } from '../core/index.js';
import { formatInStyle } from '../core/citations/cslFormat.js';
import type { CustomRequests } from './customRequests.js';
import type { ServerContext } from './serverContext.js';
import { draftPosition, sourcePathOf, uriToPath } from './toLsp.js';

/** The index, as the policyWriter/indexReport and policyWriter/reindex requests see it. */
export interface CorpusReports {
  /** the index report: the snapshot's problems and the listing's */
  report(): CorpusSummary;
  /** a full re-index, retried until one run completes, then its report */
  reindex(): Promise<CorpusSummary>;
}

/** The policyWriter/* requests answered from the Analysis (drafts and corpus) and the index. */
export function customRequestHandlers(
  ctx: ServerContext,
  service: LanguageService,
  corpus: CorpusReports,
): CustomRequests {
  const { analysis, documents, state } = ctx;
  return {
    indexReport: () => corpus.report(),
    reindex: () => corpus.reindex(),
    sourceText: (uri) => {
      const file = sourcePathOf(uri);
      return (file && service.snapshot().files.get(file)?.extracted?.text) ?? null;
    },
    searchReferences: (query, limit) => analysis.searchReferences(query, limit),
    searchCorpus: (query) => analysis.search(query),
    formatReference: (key, uri) => {
      // An open draft's view adds its own bibliography; without one, the corpus and shared bibliographies.
      const ref = analysis.reference(key, uri ? documents.get(uri) : undefined);
      return ref
        ? { key, style: state.settings.citationStyle, text: formatInStyle(ref, state.settings.citationStyle) }
        : null;
    },
    figureReport: (uri) => {
      // A corpus source (open or not): what the index read from it; else an open draft's figures.
      const path = uriToPath(uri);
      const source = path ? analysis.sourceFigureReport(path, state.locale) : undefined;
      if (source) return source;
      const doc = documents.get(uri);
      return doc ? analysis.figureReport(doc, (o) => draftPosition(doc, o)) : [];
    },
  };
}
