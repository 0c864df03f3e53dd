import { corpusFileKind, indexFile, isExtractedKind } from '../core/corpus/indexFile.js';
import { indexExtraction, type Extraction } from '../core/corpus/extraction.js';
import type { FileIndex } from '../core/corpus/types.js';

type Extractors = typeof import('./extractors.js');
let extractors: Promise<Extractors> | undefined;

/** The extractors, loaded once, when the first PDF, Word or HTML file is indexed. */
function loadExtractors(): Promise<Extractors> {
  extractors ??= import('./extractors.js');
  return extractors;
}

/**
 * Indexes any corpus file: text, bibliography and glossary files through the core's indexFile,
 * PDF, Word and HTML files through their extractor first. Never throws: a file that cannot be
 * read gives a problem naming it.
 */
export async function indexAnyFile(path: string, bytes: Uint8Array): Promise<FileIndex> {
  const kind = corpusFileKind(path);
  if (!isExtractedKind(kind)) return indexFile(path, bytes);
  let extraction: Extraction;
  try {
    const { extractPdf, extractDocx, extractHtml } = await loadExtractors();
    extraction = kind === 'pdf' ? await extractPdf(bytes) : kind === 'docx' ? await extractDocx(bytes) : await extractHtml(bytes);
  } catch (err) {
    return { path, documents: [], references: [], problems: [{ path, severity: 'error', message: `skipped: its text could not be extracted (${(err as Error)?.message ?? String(err)})` }] };
  }
  try {
    return indexExtraction(path, extraction, bytes.length);
  } catch (err) {
    return { path, documents: [], references: [], problems: [{ path, severity: 'error', message: `could not be indexed: ${(err as Error).message}` }] };
  }
}
