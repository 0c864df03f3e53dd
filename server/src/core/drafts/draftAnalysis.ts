import { parseCitations, CitationRef } from '../citations/citationParser.js';
import { readMarkdown, type MarkdownReading } from './proseMask.js';
import { readSuppressions, type Suppressions } from './suppression.js';

/** What the features need to know about a draft, computed once per document version. */
export interface DraftAnalysis {
  text: string;
  /** 1 where the text is not prose (code, front matter, URLs, link destinations) */
  mask: Uint8Array;
  citations: CitationRef[];
  /** the prose mask plus citation keys: where terms and figures must not be looked for */
  termMask: Uint8Array;
  /** offsets of the line breaks inside paragraphs: a hard-wrapped sentence goes on across them */
  softBreaks: number[];
  /** the disable, enable and ignore comments of the draft (only those in prose count) */
  suppressions: Suppressions;
  /** why the draft was read by the fallback scanner instead of the Markdown parser, if it was */
  markdownProblem?: string;
  /** what the Markdown parser read (the next version of the draft re-reads only what changed) */
  markdown?: MarkdownReading;
}

/** Analyses a draft; given the analysis of its previous version, only the edited paragraph is parsed again. */
export function analyzeDraft(text: string, previous?: DraftAnalysis): DraftAnalysis {
  const reading = readMarkdown(text, previous?.markdown ? { text: previous.text, reading: previous.markdown } : undefined);
  const { mask } = reading;
  const citations = parseCitations(text, mask);
  const termMask = mask.slice();
  for (const c of citations) termMask.fill(1, c.bracketed ? c.groupStart : c.keyStart - 1, c.bracketed ? c.groupEnd : c.keyEnd);
  return { text, mask, citations, termMask, softBreaks: reading.softBreaks, suppressions: readSuppressions(text, reading), markdownProblem: reading.problem, markdown: reading };
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
    const analysis = analyzeDraft(text(), hit?.analysis);
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
