import { parseCitations, CitationRef } from '../citations/citationParser.js';
import { computeNonProseMask } from './proseMask.js';

/** What the features need to know about a draft, computed once per document version. */
export interface DraftAnalysis {
  text: string;
  mask: Uint8Array;
  citations: CitationRef[];
}

export function analyzeDraft(text: string): DraftAnalysis {
  const mask = computeNonProseMask(text);
  return { text, mask, citations: parseCitations(text, mask) };
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
