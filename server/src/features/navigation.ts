import type { CorpusSnapshot } from '../core/index.js';
import { citationAt, type DraftAnalysis } from '../core/drafts/draftAnalysis.js';
import { termAt, termMentions } from '../core/glossary/termLookup.js';
import { referenceLocation, sourceLocation, type FileLocation } from '../lsp/toLsp.js';

/** Go-to-definition: a citation key opens its source document; a term opens its defining passage. */
export function definitionAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): FileLocation[] {
  const citation = citationAt(analysis, offset);
  if (citation) {
    const docs = snapshot.documentsByKey.get(citation.key) ?? [];
    const ref = snapshot.references.get(citation.key);
    const out = docs.map((d) => sourceLocation(d, 0));
    if (ref && !docs.some((d) => d.path === ref.origin.path)) out.push(referenceLocation(ref));
    return out;
  }
  const term = termAt(snapshot, analysis, offset);
  const best = term?.passages[0];
  return best ? [sourceLocation(best.doc, best.termStart, best.termStart + term.match.end - term.match.start)] : [];
}

/** Find-references on a term: every passage in the corpus that mentions it. */
export function referencesAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): FileLocation[] {
  const term = termAt(snapshot, analysis, offset);
  if (!term) return [];
  const byPath = new Map(snapshot.documents.map((d) => [d.path, d]));
  return termMentions(snapshot, term.entry).map((m) => sourceLocation(byPath.get(m.docPath)!, m.start, m.end));
}
