import { isCjk, isDigit, isLatinLetter, isSpace } from './textClasses.js';

/**
 * Normalised corpus text plus, for every UTF-16 offset in it, the offset in the original
 * text it came from (one more entry than the text, for end offsets). Hovers and diagnostics
 * use the map to open a source at the line the reader actually sees in the file.
 */
export interface NormalizedText {
  text: string;
  map: Uint32Array;
}

/** Bump when the output of normalizeText changes, so persisted indexes are rebuilt. */
export const NORMALIZER_VERSION = 1;

interface CleanLine {
  chars: string[];
  offs: number[];
  /** blank lines that preceded this line in the original */
  blanksBefore: number;
}

/**
 * PDF extractions are wrapped at the page margin, spaced out ("东 北 亚"), full of fullwidth
 * forms and footnote markers. This turns them into running text a scanner can trust:
 * footnote markers removed (so ① never becomes a digit of a figure), NFKC applied (except
 * to the fullwidth punctuation Chinese uses natively), spaces between CJK characters removed,
 * and hard-wrapped lines joined.
 */
export function normalizeText(original: string): NormalizedText {
  const lines = cleanLines(original);
  const layout = measureLayout(lines);
  const out: string[] = [];
  const offs: number[] = [];
  let prev: CleanLine | undefined;
  for (const line of lines) {
    if (prev) appendBreak(prev, line, layout, out, offs);
    for (let i = 0; i < line.chars.length; i++) {
      out.push(line.chars[i]);
      offs.push(line.offs[i]);
    }
    prev = line;
  }
  return finish(out, offs, original.length);
}

function finish(out: string[], offs: number[], originalLength: number): NormalizedText {
  const text = out.join('');
  const map = new Uint32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    // NFKC can expand one original character into several UTF-16 units.
    for (let j = 0; j < out[i].length; j++) map[k++] = offs[i];
  }
  map[k] = originalLength;
  return { text, map };
}

function cleanLines(original: string): CleanLine[] {
  const result: CleanLine[] = [];
  let blanks = 0;
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(original)) !== null) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const line = cleanLine(raw, m.index);
    if (line.chars.length === 0) blanks++;
    else {
      line.blanksBefore = blanks;
      blanks = 0;
      result.push(line);
    }
    if (m[0].length === 0 || re.lastIndex >= original.length) break;
  }
  return result;
}

function cleanLine(raw: string, start: number): CleanLine {
  const chars: string[] = [];
  const offs: number[] = [];
  const skip = footnoteMarkerMask(raw);
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!skip[i]) {
      const norm = normalizeChar(ch);
      if (norm) {
        chars.push(norm);
        offs.push(start + i);
      }
    }
    i += ch.length;
  }
  return collapseSpaces(chars, offs);
}

// Fullwidth punctuation that Chinese text uses natively: NFKC would turn it into ASCII,
// which changes how quotes read without helping any scanner.
const KEEP_FULLWIDTH = new Set(['，', '：', '；', '！', '？', '（', '）']);

function normalizeChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch === '\t' ? ' ' : ch;
  if (KEEP_FULLWIDTH.has(ch)) return ch;
  if (ch === '\u3000' || ch === '\u00a0') return ' ';
  return ch.normalize('NFKC');
}

// Footnote markers: <sup>…</sup>, ①-⑳ (and other enclosed numbers), superscript digits,
// Markdown [^1], a bracketed [1] inside running text, and "word1)" as in "微边主义1)和".
const FOOTNOTE_MARKERS =
  /<sup>[^<]{0,20}<\/sup>|[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]|[\u00b2\u00b3\u00b9\u2070-\u2079]+|\[\^[^\]\s]{1,20}\]|(?<=\S)\[\d{1,3}\]|(?<=[\u4e00-\u9fffA-Za-z\u3002\uff0c\u3001\u201d\u2019])\d{1,3}\)(?![\d)])/g;

function footnoteMarkerMask(raw: string): Uint8Array {
  const mask = new Uint8Array(raw.length);
  FOOTNOTE_MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FOOTNOTE_MARKERS.exec(raw)) !== null) {
    if (m.index === 0 && /^\d/.test(m[0])) continue;
    mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

/**
 * Trims the line and removes spaces that PDF extraction put between CJK characters, or
 * between a CJK character and a digit ("3623 亿", "连续 16 年"), which Chinese never spaces.
 */
function collapseSpaces(chars: string[], offs: number[]): CleanLine {
  const keptChars: string[] = [];
  const keptOffs: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!isSpace(chars[i])) {
      keptChars.push(chars[i]);
      keptOffs.push(offs[i]);
      continue;
    }
    let j = i;
    while (j < chars.length && isSpace(chars[j])) j++;
    const before = keptChars[keptChars.length - 1];
    const after = chars[j];
    if (before !== undefined && after !== undefined && !spaceIsNoise(before, after)) {
      keptChars.push(' ');
      keptOffs.push(offs[i]);
    }
    i = j - 1;
  }
  return { chars: keptChars, offs: keptOffs, blanksBefore: 0 };
}

const CURLY_QUOTE = /^[“”‘’「」『』《》]$/;

function spaceIsNoise(before: string, after: string): boolean {
  if (isCjk(before) && isCjk(after)) return true;
  // "冷战时代遗产 “旧金山体制”": Chinese never spaces around its quotation marks.
  if ((isCjk(before) && CURLY_QUOTE.test(after)) || (CURLY_QUOTE.test(before) && isCjk(after))) return true;
  return (isCjk(before) && isDigit(after)) || (isDigit(before) && isCjk(after));
}

interface Layout {
  /** a single blank line between content lines is just the extraction's line spacing */
  blankIsSoft: boolean;
  /** typical length of a line that ran to the right margin; 0 if the text is not hard-wrapped */
  fullWidth: number;
}

function measureLayout(lines: CleanLine[]): Layout {
  if (lines.length < 4) return { blankIsSoft: false, fullWidth: 0 };
  const singleBlank = lines.filter((l) => l.blanksBefore === 1).length;
  const lengths = lines.map(displayWidth).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)];
  return { blankIsSoft: singleBlank / lines.length >= 0.5, fullWidth: p90 < 200 ? p90 : 0 };
}

const TERMINAL = /[。！？!?；;：:…]["'”’」』)）]*$/;
const BLOCK_START =
  /^(#{1,6}\s|[-*+]\s|>|\||```|~~~|---|\[\d+\]|\d{1,3}\)\s|!\[|<[a-zA-Z/]|\*\*|〔|【|注[:：]|资料来源)/;
const SECTION_NUMBER = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、]\s?\S|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[、.])/;

function appendBreak(prev: CleanLine, next: CleanLine, layout: Layout, out: string[], offs: number[]): void {
  const breakOffset = prev.offs[prev.offs.length - 1] + 1;
  if (!shouldJoin(prev, next, layout)) {
    out.push('\n');
    offs.push(breakOffset);
    return;
  }
  const last = prev.chars[prev.chars.length - 1];
  const first = next.chars[0];
  if (last === '-' && isLatinLetter(prev.chars[prev.chars.length - 2]) && /[a-z]/.test(first)) {
    // "mini-\nlateralism": drop the hyphen PDF extraction left at the margin.
    out.pop();
    offs.pop();
    return;
  }
  if (isCjk(last) || isCjk(first)) return;
  // "近8\n000亿美元": a number split by the margin in Chinese text joins without a space.
  if (isDigit(last) && isDigit(first) && lineHasCjk(prev)) return;
  {
    out.push(' ');
    offs.push(breakOffset);
  }
}

function shouldJoin(prev: CleanLine, next: CleanLine, layout: Layout): boolean {
  const prevText = prev.chars.join('');
  // In hard-wrapped text, one blank line after a full line that stops mid-sentence is a page
  // break or extraction artefact, not a paragraph end.
  const prevWidth = displayWidth(prev);
  const midSentenceGap = layout.fullWidth > 0 && prevWidth >= layout.fullWidth * 0.7 && !TERMINAL.test(prevText);
  const maxBlanks = layout.blankIsSoft || midSentenceGap ? 1 : 0;
  if (next.blanksBefore > maxBlanks) return false;
  const nextText = next.chars.join('');
  if (BLOCK_START.test(nextText) || SECTION_NUMBER.test(nextText)) return false;
  if (/^(#{1,6}\s|```|~~~|---|\||!\[|<[a-zA-Z/])/.test(prevText)) return false;
  if (SECTION_NUMBER.test(prevText) && prevWidth < layout.fullWidth * 0.8) return false;
  if (!TERMINAL.test(prevText)) return true;
  return layout.fullWidth > 0 && prevWidth >= layout.fullWidth * 0.9;
}

/** Width as printed: CJK characters take two columns, which is how a PDF margin sees them. */
function displayWidth(line: CleanLine): number {
  let w = 0;
  for (const ch of line.chars) w += isCjk(ch) ? 2 : 1;
  return w;
}

function lineHasCjk(line: CleanLine): boolean {
  for (const ch of line.chars) if (isCjk(ch)) return true;
  return false;
}
