import type { Connection } from 'vscode-languageserver/node.js';
import type { CorpusSummary } from '../core/index.js';
import { FigureReportRequest, FormatReferenceRequest, IndexReportRequest, ReindexRequest, SearchCorpusRequest, SearchReferencesRequest, SourceTextRequest, type CorpusHit, type FigureReportRow, type FormattedReference, type ReferenceHit } from '../protocol.js';
import type { Guard } from './guard.js';

/** What the policyWriter/* requests answer with; the server supplies it, a test may supply a fake. */
export interface CustomRequests {
  indexReport(): CorpusSummary;
  /** a full re-index, retried until one run completes */
  reindex(): Promise<CorpusSummary>;
  searchReferences(query: string, limit: number): ReferenceHit[];
  searchCorpus(query: string): CorpusHit[];
  /** a corpus source's figures as the index read them, or an open draft's figures with their verdicts */
  figureReport(uri: string): FigureReportRow[];
  /** a reference as a bibliography entry in the configured style; null for an unknown key */
  formatReference(key: string, uri: string): FormattedReference | null;
  /** the extracted text of a PDF, Word or HTML source, with page markers; null for other files */
  sourceText(uri: string): string | null;
}

/**
 * Registers our own requests (protocol.ts), each behind the guard. Their params come from any
 * client, so they are checked here and the handlers get plain, typed values.
 */
export function registerCustomRequests(connection: Connection, requests: CustomRequests, guard: Guard): void {
  connection.onRequest(IndexReportRequest, guard(() => requests.indexReport()));
  connection.onRequest(ReindexRequest, guard(() => requests.reindex()));
  connection.onRequest(SearchReferencesRequest, guard((params: { query?: unknown; limit?: unknown }) => requests.searchReferences(text(params?.query), typeof params?.limit === 'number' ? Math.min(params.limit, 200) : 50)));
  connection.onRequest(SearchCorpusRequest, guard((params: { query?: unknown }) => requests.searchCorpus(text(params?.query))));
  connection.onRequest(FigureReportRequest, guard((params: { uri?: unknown }) => requests.figureReport(text(params?.uri))));
  connection.onRequest(FormatReferenceRequest, guard((params: { key?: unknown; uri?: unknown }) => requests.formatReference(text(params?.key), text(params?.uri))));
  connection.onRequest(SourceTextRequest, guard((params: { uri?: unknown }) => requests.sourceText(text(params?.uri))));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
