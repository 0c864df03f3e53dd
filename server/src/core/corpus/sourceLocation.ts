import { offsetToLineCol, type LineCol } from './lineMap.js';
import type { SourceDocument } from './types.js';

/** Where a normalised offset of a document sits in the original file (line and column). */
export function originalPosition(doc: SourceDocument, normalizedOffset: number): LineCol {
  const clamped = Math.max(0, Math.min(normalizedOffset, doc.normalized.map.length - 1));
  return offsetToLineCol(doc.originalLineStarts, doc.normalized.map[clamped]);
}

/** A passage of normalised text trimmed to about `radius` characters either side of a focus. */
export function excerpt(text: string, start: number, end: number, focus: number, radius = 60): string {
  const from = Math.max(start, focus - radius);
  const to = Math.min(end, focus + radius);
  return `${from > start ? '…' : ''}${text.slice(from, to).replace(/\s*\n\s*/g, ' ')}${to < end ? '…' : ''}`;
}
