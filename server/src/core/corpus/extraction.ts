import { computeLineStarts, offsetToLineCol } from './lineMap.js';
import { normalizeText } from './normalize.js';
import { scanDocument } from './documentScan.js';
import { fileStem } from './indexFile.js';
import type { CorpusProblem, FileIndex, Reference, SourceDocument } from './types.js';
import type { Extraction, ExtractedInfo } from './extracted.js';

export { pageMarker, type ExtractedFormat, type ExtractedInfo, type Extraction, type PageMark } from './extracted.js';

/**
 * Indexes the text of a PDF, Word or HTML file: the same normalisation and scan as a text
 * source, with the offset map pointing into the extracted text. The file's own metadata gives a
 * reference (as front matter does: a bibliography entry for the key wins over it).
 */
export function indexExtraction(path: string, extraction: Extraction, size: number): FileIndex {
  const problems: CorpusProblem[] = extraction.problems.map((p) => ({ path, severity: p.severity, message: p.message }));
  const text = extraction.text;
  // Marker lines become spaces (same length: offsets still match the extracted text).
  let body = text;
  if (extraction.pages.length) {
    const parts: string[] = [];
    let at = 0;
    for (const mark of extraction.pages) {
      const end = text.indexOf('\n', mark.offset);
      const stop = end < 0 ? text.length : end;
      parts.push(text.slice(at, mark.offset), ' '.repeat(stop - mark.offset));
      at = stop;
    }
    parts.push(text.slice(at));
    body = parts.join('');
  }
  const reference = metadataReference(path, extraction);
  const references: Reference[] = reference ? [reference] : [];
  const normalized = normalizeText(body);
  const info: ExtractedInfo = { format: extraction.format, text, pages: extraction.pages, pageCount: extraction.pageCount };
  if (!/\S/.test(normalized.text)) {
    if (!problems.some((p) => p.severity === 'error') && !problems.some((p) => /no text/.test(p.message))) problems.push({ path, severity: 'warning', message: 'no text could be extracted: nothing to index' });
    return { path, documents: [], references, problems, extracted: info };
  }
  const document: SourceDocument = {
    path,
    key: fileStem(path),
    keyFromMetadata: false,
    title: reference?.title ?? firstLine(normalized.text) ?? fileStem(path),
    encoding: extraction.format,
    normalized,
    originalLineStarts: computeLineStarts(text),
    size,
    scan: scanDocument(normalized.text, { text: body, map: normalized.map }),
    extracted: info,
  };
  return { path, documents: [document], references, problems, extracted: info };
}

function metadataReference(path: string, extraction: Extraction): Reference | undefined {
  const m = extraction.metadata;
  if (!m || (!m.title && !m.authors?.length)) return undefined;
  const ref: Reference = { id: fileStem(path), authors: m.authors ?? [], origin: { path, line: 0, character: 0 } };
  if (m.title) ref.title = m.title;
  if (m.year) ref.year = m.year;
  return ref;
}

function firstLine(text: string): string | undefined {
  const line = text.slice(0, 2000).split('\n').find((l) => /\p{L}/u.test(l))?.trim();
  if (!line) return undefined;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/**
 * The page and the line within that page (both one-based) of an offset of extracted text; the
 * line counts from the page's marker. Undefined before the first marker (or with none).
 */
export function pageOf(info: ExtractedInfo, extractedOffset: number, lineStarts: Uint32Array): { page: number; line: number; notes: boolean } | undefined {
  let lo = 0;
  let hi = info.pages.length - 1;
  if (hi < 0 || info.pages[0].offset > extractedOffset) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (info.pages[mid].offset <= extractedOffset) lo = mid;
    else hi = mid - 1;
  }
  const mark = info.pages[lo];
  const line = offsetToLineCol(lineStarts, extractedOffset).line - offsetToLineCol(lineStarts, mark.offset).line;
  return { page: mark.page, line, notes: !!mark.notes };
}
