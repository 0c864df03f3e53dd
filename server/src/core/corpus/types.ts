import type { NormalizedText } from './normalize.js';
import type { DocumentScan } from './documentScan.js';
import type { ExtractedInfo } from './extraction.js';

/** Where a problem or passage sits in an original corpus file (zero-based line and column). */
export interface SourceLocation {
  path: string;
  line: number;
  character: number;
}

/** Something wrong with one corpus file; the rest of the corpus still works. */
export interface CorpusProblem {
  path: string;
  severity: 'error' | 'warning';
  message: string;
  line?: number;
}

/** A bibliographic reference, whichever format it came from (CSL-JSON, BibTeX, front matter). */
export interface Reference {
  id: string;
  title?: string;
  authors: string[];
  year?: string;
  container?: string;
  issue?: string;
  volume?: string;
  page?: string;
  language?: string;
  publisher?: string;
  url?: string;
  note?: string;
  type?: string;
  /** names of the files attached to the entry (BibTeX "file", as Zotero exports it): a corpus file of that name is this source */
  files?: string[];
  /** the file (and line) the entry was read from */
  origin: SourceLocation;
  /** set when the key was generated because the metadata had none */
  generatedKey?: boolean;
}

/** A corpus text document after decoding and normalisation. */
export interface SourceDocument {
  path: string;
  /** citation key this document belongs to */
  key: string;
  /** true when the key came from the document's own front matter (id:), not its file name */
  keyFromMetadata: boolean;
  title: string;
  encoding: string;
  normalized: NormalizedText;
  /** line starts of the original (decoded) text, for mapping offsets back to lines */
  originalLineStarts: Uint32Array;
  /** byte size on disk */
  size: number;
  /** terms and figures found in the text, computed once when the file is indexed */
  scan: DocumentScan;
  /** set when the text was extracted from a PDF, Word or HTML file: the extracted text and its pages */
  extracted?: ExtractedInfo;
}

/** Everything one corpus file contributes; re-indexing a changed file replaces just this. */
export interface FileIndex {
  path: string;
  documents: SourceDocument[];
  references: Reference[];
  problems: CorpusProblem[];
  /** parsed content of a curated glossary file, if this is one */
  glossary?: unknown;
  /** for a PDF, Word or HTML file: its format and pages, also when no text came out of it */
  extracted?: ExtractedInfo;
  /** set when this index was read from the persistent cache (or the bundled corpus's, built with the bundle) instead of being rebuilt */
  fromCache?: boolean;
}
