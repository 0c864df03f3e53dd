/** Zero-based line and UTF-16 column in a text. */
export interface LineCol {
  line: number;
  character: number;
}

/** Offsets at which each line of a text starts; a line ends at \n, \r\n or \r. */
export function computeLineStarts(text: string): Uint32Array {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return Uint32Array.from(starts);
}

/** Line and column of an offset, by binary search over line starts. */
export function offsetToLineCol(lineStarts: Uint32Array, offset: number): LineCol {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}
