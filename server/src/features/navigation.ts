import { pathToFileURL } from 'node:url';
import type { CorpusSnapshot } from '../core/index.js';
import { citationAt, type DraftAnalysis } from '../core/drafts/draftAnalysis.js';
import { termAt, termMentions } from '../core/glossary/termLookup.js';
import { originalPosition } from '../core/corpus/sourceLocation.js';
import type { SourceDocument } from '../core/corpus/types.js';

/** An LSP-shaped location in an original corpus file. */
export interface FileLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function locate(doc: SourceDocument, start: number, end: number): FileLocation {
  return { uri: pathToFileURL(doc.path).href, range: { start: originalPosition(doc, start), end: originalPosition(doc, end) } };
}

/** Go-to-definition: a citation key opens its source document; a term opens its defining passage. */
export function definitionAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): FileLocation[] {
  const citation = citationAt(analysis, offset);
  if (citation) {
    const docs = snapshot.documentsByKey.get(citation.key) ?? [];
    const ref = snapshot.references.get(citation.key);
    const out = docs.map((d) => locate(d, 0, 0));
    if (ref && !docs.some((d) => d.path === ref.origin.path)) {
      const p = { line: ref.origin.line, character: 0 };
      out.push({ uri: pathToFileURL(ref.origin.path).href, range: { start: p, end: p } });
    }
    return out;
  }
  const term = termAt(snapshot, analysis, offset);
  const best = term?.entry.passages[0];
  return best ? [locate(best.doc, best.termStart, best.termStart + term.match.end - term.match.start)] : [];
}

/** Find-references on a term: every passage in the corpus that mentions it. */
export function referencesAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): FileLocation[] {
  const term = termAt(snapshot, analysis, offset);
  if (!term) return [];
  const byPath = new Map(snapshot.documents.map((d) => [d.path, d]));
  return termMentions(snapshot, term.entry).map((m) => locate(byPath.get(m.docPath)!, m.start, m.end));
}
