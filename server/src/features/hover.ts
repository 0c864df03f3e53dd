import type { CorpusSnapshot, Reference } from '../core/index.js';
import { citationAt, DraftAnalysis } from '../core/drafts/draftAnalysis.js';
import { formatReference } from '../core/citations/formatReference.js';
import { escapeMarkdown } from './markdown.js';

/** Hover content as Markdown plus the draft range it covers (offsets). */
export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

export function hoverAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): HoverResult | undefined {
  const citation = citationAt(analysis, offset);
  if (citation) {
    const ref = snapshot.references.get(citation.key);
    if (!ref) return undefined;
    return { markdown: referenceMarkdown(snapshot, ref), start: citation.keyStart, end: citation.keyEnd };
  }
  return undefined;
}

export function referenceMarkdown(snapshot: CorpusSnapshot, ref: Reference): string {
  const lines = [`**@${escapeMarkdown(ref.id)}**`, '', escapeMarkdown(formatReference(ref))];
  const docs = snapshot.documentsByKey.get(ref.id) ?? [];
  if (ref.note) lines.push('', `*${escapeMarkdown(ref.note)}*`);
  if (docs.length) lines.push('', `Source: ${docs.map((d) => escapeMarkdown(d.path.split(/[\\/]/).pop() ?? d.path)).join(', ')}`);
  return lines.join('\n');
}
