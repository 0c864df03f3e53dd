import { RADICAL_IDEOGRAPH } from './cjkRadicals.js';

/**
 * One line of a corpus file after cleaning, with the original offset of every UTF-16 unit: those
 * are in `LINE_OFFSETS.offs` from `offStart` on (one buffer for all the lines of a text; a typed
 * array per line was the costliest step of normalising).
 */
export interface CleanLine {
  text: string;
  offStart: number;
  /** the original offset of the line's last unit */
  lastOff: number;
  /** blank lines that preceded this line in the original */
  blanksBefore: number;
  /** width as printed: CJK characters take two columns, which is how a PDF margin sees them */
  width: number;
  hasCjk: boolean;
  /** whether the line is a text-table row, once asked */
  tableRow?: boolean;
}

// Fullwidth punctuation that Chinese text uses natively: NFKC would turn it into ASCII,
// which changes how quotes read without helping any scanner.
export const KEEP_FULLWIDTH: ReadonlySet<number> = new Set([0xff0c, 0xff1a, 0xff1b, 0xff01, 0xff1f, 0xff08, 0xff09]);
const NFKC_CACHE = new Map<number, string>();

// Footnote markers: <sup>…</sup>, ①-⑳ (and other enclosed numbers), superscript digits (not
// the ² and ³ of m², km², m³, which are units),
// Markdown [^1], a bracketed [1] inside running text, and "word1)" as in "微边主义1)和".
// Lookbehinds sit after the first character so the engine can skip ahead (three times faster).
const FOOTNOTE_MARKERS =
  /<sup>[^<]{0,20}<\/sup>|[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]|[\u00b2\u00b3\u00b9\u2070-\u2079](?<!(?:\b|\d|[kcdμµ])[mM][\u00b2\u00b3])[\u00b2\u00b3\u00b9\u2070-\u2079]*\u207e?|\[\^[^\]\s]{1,20}\]|\[(?<=\S\[)\d{1,3}\]|\d(?<=[\u4e00-\u9fffA-Za-z\u3002\uff0c\u3001\u201d\u2019]\d)\d{0,2}\)(?![\d)])/g;
const MAY_HAVE_MARKER = /[<\u2460-\u24ff\u2776-\u2793\u3251-\u32bf\u00b2\u00b3\u00b9\u2070-\u2079[)]/;

export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3001 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

export const isHangulCode = (c: number) => (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isDigitLike = (c: number) => isDigitCode(c) || (c >= 0xff10 && c <= 0xff19);
const WIDE_GAP = /\u3000| {2}/;
const STATUTE_ITEM = /^[一二三四五六七八九十]{1,3}\u3000[^\u3000\s]{1,24}\u3000\S/;
const DIGIT = /[0-9\uff10-\uff19]/;
const isCurlyQuote = (c: number) => c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || (c >= 0x300a && c <= 0x300f);

/**
 * Spaces PDF extraction put between CJK characters ("东 北 亚"), between a CJK character and a
 * digit ("3623 亿", "连续 16 年") or around Chinese quotation marks: Chinese never spaces these.
 */
function spaceIsNoise(before: number, after: number): boolean {
  // Korean spaces its words (eojeol) like English: a space next to Hangul is real.
  if (isHangulCode(before) || isHangulCode(after)) return false;
  const b = isCjkCode(before);
  const a = isCjkCode(after);
  return (b && a) || (b && (isDigitCode(after) || isCurlyQuote(after))) || (a && (isDigitCode(before) || isCurlyQuote(before)));
}

/**
 * NFKC of one code point, by fast paths for the common cases and a cache for the rest. A CJK
 * radical is the ideograph drawn with its glyph (NFKC does this for the Kangxi radicals only; a
 * PDF's subset font gives 增⻓ for 增长 from the supplement too).
 */
function normalizeCode(cp: number): string | number {
  if (cp < 0x80) return cp === 9 ? 32 : cp;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || KEEP_FULLWIDTH.has(cp)) return cp;
  if (cp === 0x3000 || cp === 0xa0) return 32;
  if (cp >= 0xff01 && cp <= 0xff5e) return cp - 0xfee0;
  if (cp >= 0x2e80 && cp <= 0x2eff) {
    const ideograph = RADICAL_IDEOGRAPH.get(cp);
    if (ideograph !== undefined) return ideograph > 0xffff ? String.fromCodePoint(ideograph) : ideograph;
  }
  let s = NFKC_CACHE.get(cp);
  if (s === undefined) NFKC_CACHE.set(cp, (s = String.fromCodePoint(cp).normalize('NFKC')));
  return s.length === 1 ? s.charCodeAt(0) : s;
}

function footnoteMask(raw: string): Uint8Array | undefined {
  if (!MAY_HAVE_MARKER.test(raw)) return undefined;
  let mask: Uint8Array | undefined;
  FOOTNOTE_MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FOOTNOTE_MARKERS.exec(raw)) !== null) {
    if (m.index === 0 && /^\d/.test(m[0])) continue;
    (mask ??= new Uint8Array(raw.length)).fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

/**
 * Growable output of UTF-16 units (the line being cleaned, from 0) and their original offsets
 * (every line of the text so far: the line's from `base` on).
 */
class Out {
  codes: Uint16Array;
  offs: Uint32Array;
  n = 0;
  base = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.offs = new Uint32Array(capacity);
  }

  push(code: number, off: number): void {
    if (this.n === this.codes.length) this.codes = grown(this.codes, new Uint16Array(this.codes.length * 2 + 16));
    if (this.base + this.n === this.offs.length) this.offs = grown(this.offs, new Uint32Array(this.offs.length * 2 + 16));
    this.codes[this.n] = code;
    this.offs[this.base + this.n++] = off;
  }
}

function grown<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const DECODER = new TextDecoder('utf-16le');

// State of the line being cleaned. Module-level rather than a closure per line: cleaning runs
// once per corpus line, and a closure allocated per line showed in profiles.
const OUT = new Out(4096);

/** The original offsets of the lines cleaned since `startLines`: CleanLine.offStart indexes `offs`. */
export const LINE_OFFSETS = {
  get offs(): Uint32Array {
    return OUT.offs;
  },
};

/** Starts a text: the offsets of the lines cleaned before are dropped. */
export function startLines(): void {
  OUT.base = 0;
  OUT.n = 0;
}

/** Ends a text whose offsets have been read: a large document's buffer is not kept for the next. */
export function endLines(): void {
  startLines();
  if (OUT.offs.length > 1 << 20) OUT.offs = new Uint32Array(4096);
}

let columns = false;
let spaces = 0;
let pendingSpace = -1;
let last = -1;
let width = 0;
let hasCjk = false;

let letterSpaced: Set<number> | undefined;
let lineStart = 0;

/**
 * Ideographic spaces that spread one word's letters ("日　本", "出　口" in a table's row label or
 * header), as offsets into the line: a single space between two CJK characters, one of which
 * stands alone. They go, where "万吨　铁矿石" (two words) keeps its column gap.
 */
function letterSpacing(raw: string): Set<number> {
  const out = new Set<number>();
  const cjk = (i: number) => i >= 0 && i < raw.length && isCjkCode(raw.charCodeAt(i)) && raw.charCodeAt(i) !== 0x3000;
  const gap = (i: number) => i < 0 || i >= raw.length || raw.charCodeAt(i) === 0x3000 || raw.charCodeAt(i) === 32;
  for (let i = 1; i < raw.length - 1; i++) {
    if (raw.charCodeAt(i) !== 0x3000 || !cjk(i - 1) || !cjk(i + 1)) continue;
    if (gap(i - 2) || gap(i + 2)) out.add(i);
  }
  return out;
}

function emit(code: number, off: number): void {
  if (code === 32) {
    if (OUT.n > 0 && pendingSpace < 0) pendingSpace = off;
    spaces++;
    return;
  }
  if (pendingSpace >= 0) {
    const spacing = letterSpaced?.has(pendingSpace - lineStart) && spaces <= 2;
    // Two ideographic spaces or more are a column gap even in a header line without digits.
    if (!spacing && (!spaceIsNoise(last, code) || (columns && spaces >= 2) || spaces >= 3)) OUT.push(32, pendingSpace);
    width += 1;
    pendingSpace = -1;
  }
  spaces = 0;
  OUT.push(code, off);
  last = code;
  if (code >= 0x3001 && isCjkCode(code)) {
    hasCjk = true;
    width += 2;
  } else width += 1;
}

/**
 * Cleans one line: footnote markers dropped, NFKC applied (fullwidth digits and ％ become ASCII),
 * noise spaces removed, leading and trailing spaces trimmed; every output unit keeps its origin.
 */
export function cleanLine(raw: string, start: number): CleanLine {
  const mask = footnoteMask(raw);
  // One scratch buffer for every line's units (the text is decoded out of it) and one for the
  // offsets of all the lines of the text: two typed arrays per line cost more than the cleaning itself.
  OUT.base += OUT.n;
  OUT.n = 0;
  lineStart = start;
  // A wide gap (two spaces or an ideographic space) in a line with digits is a table's column
  // gap ("日本　　３０．８　　２８．１", "单位：万吨　铁矿石"): it is kept, where a single space
  // between CJK characters is extraction noise and goes.
  // A Japanese statute's item ("一　空き家　居住その他の…をいう。") keeps its gaps too: they part the number, the headword and its definition.
  columns = (WIDE_GAP.test(raw) && DIGIT.test(raw)) || (raw.charCodeAt(0) !== 32 && STATUTE_ITEM.test(raw));
  letterSpaced = raw.includes('\u3000') ? letterSpacing(raw) : undefined;
  spaces = 0;
  pendingSpace = -1;
  last = -1;
  width = 0;
  hasCjk = false;
  for (let i = 0; i < raw.length; ) {
    const unit = raw.charCodeAt(i);
    if (mask?.[i]) {
      i += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
      continue;
    }
    // Fast path: ASCII other than tab and the common CJK block pass through unchanged.
    if ((unit < 0x80 && unit !== 9) || (unit >= 0x4e00 && unit <= 0x9fff)) {
      emit(unit, start + i);
      i++;
      continue;
    }
    const cp = raw.codePointAt(i)!;
    if (cp === 0x3000) spaces++; // an ideographic space is as wide as two
    // "１２，３４５．６": a fullwidth comma between digits is a thousands separator, not Chinese punctuation.
    const norm = cp === 0xff0c && isDigitCode(last) && isDigitLike(raw.charCodeAt(i + 1)) ? 44 : normalizeCode(cp);
    if (typeof norm === 'number') {
      if (norm > 0xffff) for (const u of String.fromCodePoint(norm)) emit(u.charCodeAt(0), start + i);
      else emit(norm, start + i);
    } else for (let k = 0; k < norm.length; k++) emit(norm.charCodeAt(k), start + i);
    i += cp > 0xffff ? 2 : 1;
  }
  return { text: DECODER.decode(OUT.codes.subarray(0, OUT.n)), offStart: OUT.base, lastOff: OUT.n ? OUT.offs[OUT.base + OUT.n - 1] : 0, blanksBefore: 0, width, hasCjk, tableRow: undefined };
}


