import { offsetToLineCol, type LineCol } from './lineMap.js';
import type { SourceDocument } from './types.js';

/** Where a normalised offset of a document sits in the original file (line and column). */
export function originalPosition(doc: SourceDocument, normalizedOffset: number): LineCol {
  return offsetToLineCol(doc.originalLineStarts, doc.normalized.map.get(normalizedOffset));
}

/** A passage of normalised text trimmed to about `radius` characters either side of a focus. */
export function excerpt(text: string, start: number, end: number, focus: number, radius = 60): string {
  let from = Math.max(start, focus - radius);
  let to = Math.min(end, focus + radius);
  // Do not cut Latin words in half: widen to the nearest space (within a few characters).
  for (let i = 0; i < 15 && from > start && /[A-Za-z]/.test(text[from - 1]); i++) from--;
  for (let i = 0; i < 15 && to < end && /[A-Za-z]/.test(text[to]); i++) to++;
  return `${from > start ? '…' : ''}${text.slice(from, to).replace(/\s*\n\s*/g, ' ')}${to < end ? '…' : ''}`;
}
