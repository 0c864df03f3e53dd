/*
 * What an extractor hands the core (the text of a PDF, Word or HTML file, its pages and metadata)
 * and what a document keeps of it. Apart from extraction.ts, which indexes it, so the extractors'
 * own bundle (extract/extractors.ts) takes these few lines and not the indexing code.
 */

/** The formats whose text is extracted before it is indexed (the extractors live outside the core). */
export type ExtractedFormat = 'pdf' | 'docx' | 'html';

/** Where a page (or the notes of a page) starts in extracted text: the offset of its marker line. */
export interface PageMark {
  offset: number;
  page: number;
  /** the footnotes of that page, gathered at the end of the text */
  notes?: boolean;
}

/**
 * What an extractor gives: the text as the read-only view of the source shows it (lines as the
 * file has them, a marker line where each page starts), the pages, metadata and problems.
 */
export interface Extraction {
  format: ExtractedFormat;
  text: string;
  /** marker lines, ascending; each is blanked before normalisation, so it is never read as text */
  pages: PageMark[];
  /** pages in the file (PDF) */
  pageCount?: number;
  metadata?: { title?: string; authors?: string[]; year?: string };
  problems: { severity: 'error' | 'warning'; message: string }[];
}

/** What a document extracted from a PDF, Word or HTML file keeps of its extraction. */
export interface ExtractedInfo {
  format: ExtractedFormat;
  /** the extracted text (what `originalLineStarts` and the offset map refer to) */
  text: string;
  pages: PageMark[];
  pageCount?: number;
}

/** The marker line that starts a page in extracted text. */
export function pageMarker(page: number, notes = false): string {
  return notes ? `── notes, page ${page} ──` : `── page ${page} ──`;
}
