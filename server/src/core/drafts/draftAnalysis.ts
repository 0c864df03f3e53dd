import { parseCitations, CitationRef } from '../citations/citationParser.js';
import { computeNonProseMask } from './proseMask.js';

/** What the features need to know about a draft, computed once per document version. */
export interface DraftAnalysis {
  text: string;
  /** 1 where the text is not prose (code, front matter, URLs, link destinations) */
  mask: Uint8Array;
  citations: CitationRef[];
  /** the prose mask plus citation keys: where terms and figures must not be looked for */
  termMask: Uint8Array;
}

export function analyzeDraft(text: string): DraftAnalysis {
  const mask = computeNonProseMask(text);
  const citations = parseCitations(text, mask);
  const termMask = mask.slice();
  for (const c of citations) termMask.fill(1, c.bracketed ? c.groupStart : c.keyStart - 1, c.bracketed ? c.groupEnd : c.keyEnd);
  return { text, mask, citations, termMask };
}

/** Start and end offsets of the line containing an offset. */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Caches analyses by document uri and version; stale versions are replaced, closed documents dropped. */
export class DraftCache {
  private entries = new Map<string, { version: number; analysis: DraftAnalysis }>();

  get(uri: string, version: number, text: () => string): DraftAnalysis {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version) return hit.analysis;
    const analysis = analyzeDraft(text());
    this.entries.set(uri, { version, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

/** The citation whose key (or its "@") covers the offset. */
export function citationAt(analysis: DraftAnalysis, offset: number): CitationRef | undefined {
  return analysis.citations.find((c) => offset >= c.keyStart - 1 && offset <= c.keyEnd);
}
