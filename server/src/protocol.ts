/** Custom LSP methods shared by the server and the client; defined once here. */

export const StatusNotification = 'policyWriter/status';
export const IndexReportRequest = 'policyWriter/indexReport';
export const ReindexRequest = 'policyWriter/reindex';
export const SearchReferencesRequest = 'policyWriter/searchReferences';

/** One reference found by policyWriter/searchReferences ({ query: string, limit?: number }). */
export interface ReferenceHit {
  key: string;
  title: string;
  detail: string;
  path?: string;
}

export interface StatusParams {
  state: 'indexing' | 'ready';
  done?: number;
  total?: number;
  sources: number;
  references: number;
  terms: number;
  figures: number;
  failed: number;
}

/** What initializationOptions may carry (all optional; a plain LSP client may send nothing). */
export interface InitializationOptions {
  bundledCorpusPath?: string;
  storagePath?: string;
  /** settings in the shape of the `policyWriter` section, for clients without workspace/configuration */
  settings?: unknown;
  /** set by clients that push settings by other means; equivalent to `settings` */
  policyWriter?: unknown;
  /** false in an untrusted (restricted) VS Code workspace: only the bundled corpus is read */
  trusted?: boolean;
  /** the client shows policy-writer-source: documents (via policyWriter/sourceText): links to PDF, Word and HTML sources open their extracted text there */
  virtualSources?: boolean;
}

/**
 * policyWriter/formatReference ({ key, uri? }): the reference as a bibliography entry in the style
 * `policyWriter.citationStyle` names (the draft at `uri` adds its own bibliography's keys); null
 * for a key no reference has.
 */
export const FormatReferenceRequest = 'policyWriter/formatReference';

export interface FormattedReference {
  key: string;
  style: string;
  text: string;
}

export const SearchCorpusRequest = 'policyWriter/searchCorpus';
export const FigureReportRequest = 'policyWriter/figureReport';

/** A passage or reference found by policyWriter/searchCorpus ({ query }); line is zero-based. */
export interface CorpusHit {
  label: string;
  description: string;
  detail: string;
  uri: string;
  line: number;
}

/**
 * One figure of a draft, as policyWriter/figureReport ({ uri }) lists them; for a corpus source
 * the status is "source" and `reading` says what the figure was read as.
 */
export interface FigureReportRow {
  figure: string;
  status: string;
  line: number;
  character: number;
  source?: string;
  quote?: string;
  reading?: string;
}

/** The extracted text of a PDF, Word or HTML source ({ uri }: its policy-writer-source: or file: URI), or null. */
export const SourceTextRequest = 'policyWriter/sourceText';
