import { cleanLine, isCjkCode, isHangulCode, endLines, LINE_OFFSETS, startLines, type CleanLine } from './normalizeLine.js';
import { OffsetMap } from './offsetMap.js';

/**
 * Normalised corpus text plus, for every UTF-16 offset in it, the offset in the original
 * text it came from (one more entry than the text, for end offsets). Hovers and diagnostics
 * use the map to open a source at the line the reader actually sees in the file.
 */
export interface NormalizedText {
  text: string;
  map: OffsetMap;
}

/**
 * PDF extractions are wrapped at the page margin, spaced out ("东 北 亚"), full of fullwidth
 * forms and footnote markers. This turns them into running text a scanner can trust:
 * footnote markers removed (so ① never becomes a digit of a figure), NFKC applied (except
 * to the fullwidth punctuation Chinese uses natively), spaces between CJK characters removed,
 * and hard-wrapped lines joined. Built on typed arrays: this is the hottest loop of indexing.
 */
export function normalizeText(original: string): NormalizedText {
  const lines = cleanLines(original);
  const layout = measureLayout(lines);
  const texts: string[] = [];
  // For each line: how many of its units are kept, and the original offset of the separator before it (-1: none).
  const kept = new Uint32Array(lines.length);
  const sepOffs = new Int32Array(lines.length).fill(-1);
  let total = 0;
  let prev: CleanLine | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (prev) {
      const sep = standardEntryBreak(lines, i) ?? breakBetween(prev, line, layout);
      if (sep.dropLast) {
        texts[texts.length - 1] = texts[texts.length - 1].slice(0, -1);
        kept[i - 1]--;
        total--;
      }
      if (sep.text) {
        texts.push(sep.text);
        sepOffs[i] = prev.lastOff + 1;
        total++;
      } else texts[texts.length - 1] = thousandsAcrossLines(texts[texts.length - 1], line.text);
    }
    texts.push(line.text);
    kept[i] = line.text.length;
    total += line.text.length;
    prev = line;
  }
  const map = new Uint32Array(total + 1);
  const offs = LINE_OFFSETS.offs;
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sepOffs[i] >= 0) map[k++] = sepOffs[i];
    map.set(offs.subarray(lines[i].offStart, lines[i].offStart + kept[i]), k);
    k += kept[i];
  }
  map[total] = original.length;
  endLines();
  return { text: texts.join(''), map: OffsetMap.fromFull(map) };
}

function cleanLines(original: string): CleanLine[] {
  const result: CleanLine[] = [];
  startLines();
  let blanks = 0;
  let start = 0;
  while (start <= original.length) {
    let end = start;
    while (end < original.length && original.charCodeAt(end) !== 10 && original.charCodeAt(end) !== 13) end++;
    const line = cleanLine(original.slice(start, end), start);
    if (line.text.length === 0) blanks++;
    else {
      line.blanksBefore = blanks;
      blanks = 0;
      result.push(line);
    }
    if (end >= original.length) break;
    start = end + (original.charCodeAt(end) === 13 && original.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return result;
}

interface Layout {
  /** a single blank line between content lines is just the extraction's line spacing */
  blankIsSoft: boolean;
  /** typical width of a line that ran to the right margin; 0 if the text is not hard-wrapped */
  fullWidth: number;
}

function measureLayout(lines: CleanLine[]): Layout {
  if (lines.length < 4) return { blankIsSoft: false, fullWidth: 0 };
  const singleBlank = lines.filter((l) => l.blanksBefore === 1).length;
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  const p90 = widths[Math.floor(widths.length * 0.9)];
  // Double-spaced extraction puts a blank after every line, most of which stop mid-sentence;
  // Markdown with one paragraph per line has blanks too, but its lines end sentences.
  const midSentence = lines.filter((l) => !TERMINAL.test(l.text.slice(-8)) && !LATIN_SENTENCE_END.test(l.text.slice(-4))).length;
  return { blankIsSoft: singleBlank / lines.length >= 0.5 && midSentence / lines.length >= 0.5, fullWidth: p90 < 200 ? p90 : 0 };
}

// A full stop after a word, a number or a closing bracket/quote: the end of an English sentence;
// Korean ends its sentences with the same full stop ("…을 말한다.").
const LATIN_SENTENCE_END = /[a-z\d%)\uac00-\ud7af]\.["'”’]?$/;
const TERMINAL = /(?:[。！？!?；;：:…]|(?<=[\uac00-\ud7af])\.)["'”’」』)）]*$/;
// A line that opens with a colon is a Markdown footnote definition ("[^2]: …") whose marker was
// dropped; a label of the apparatus ("Abstract:", "关键词：") starts a block of its own.
// A table or figure caption (<표 4-1>, 表3, Table 2, "< 주요 품목 소매가격 >" alone on its line) starts a block of its own.
// A bullet of a Korean or Japanese report (○, □, ■, ▶, •, ※, and ㅇ or ・ before a space) starts an item,
// even when the line before ends without punctuation, as Korean items ending in a noun (…3.8% 감소) do.
const BLOCK_START =
  /^(:\s|[<〈＜](?:표|그림|表|图|図)|[<〈＜]\s?[^<>〈〉＜＞\d]{2,40}\s?[>〉＞]\s*$|(?:表|图|図表?|Table|Figure)\s?\d|[○●◎□■◆◇▶▷►•◦▪※➢][\s\S]|[ㅇ\u110b·・∙]\s|(?:Abstract|Keywords|Key words|摘要|关键词|要旨|キーワード|주제어|초록)\s*[:：]|#{1,6}\s|[-*+]\s|>|\||[│┃├┌└┝┠]|```|~~~|---|\[\d+\]|\d{1,3}\)\s|!\[|<[a-zA-Z/]|\*\*|〔|【|注[:：]|资料来源)/;
// "1. ", "2、", "3.1 ", "II. " (Ⅱ after NFKC) start a numbered item; "7.6亿美元" is the rest of a number the margin split ("达到4" | "7.6亿美元").
const SECTION_NUMBER = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)\s?\S|\d{1,2}[.．]\d{1,2}(?:[.．]\d{1,2})*(?:\s|(?=[\u4e00-\u9fff])(?![亿万千百元美倍个人吨公项家艘条座天年月日]))|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[、.]|(?:I{1,3}|IV|VI{0,3}|IX|X)\.\s)/;
// A line of a box-drawn table (┌──┬──┐, │ 북천 │ 60 │) is a block like a Markdown table's row.
const BLOCK_LINE = /^(#{1,6}\s|```|~~~|---|\||[│┃├┌└┝┠]|!\[|<[a-zA-Z/])/;

// A row of a text table as PDF extraction gives it: a short label, then two or more numbers.
// The label has no digits, so prose that ends with a number ("达到4") is never a row. Rows are
// never joined to their neighbours, so the table reader finds them line by line.
// A year can be the label too ("2020 3300 62", rows of a time series). Digits inside the label's
// own brackets qualify it ("고혈압 유병률(30세 이상)", "Obesity (age 65+)") and do not end it.
// Chinese statistical tables mark an "of which" row with # ("#新能源汽车 万辆 6.8 41.3"); a Korean one writes a
// change in percentage points as +0.2%p. A results release writes its cells with their currency and
// scale ("£2,184.6m  £2,031.2m  +7.6%", "58.7p", "+40bps", "1.6x"): the cell reader parses each.
/** A value cell of a text table: a number, signed, with its currency before it and its scale or unit after it. */
export const CELL_CURRENCY = String.raw`(?:US\$|HK\$|[£$€¥₩])`;
// Japanese tables write a fall with a triangle ("△7.9", "▲2.3").
export const CELL_VALUE = String.raw`[-−+△▲]?${CELL_CURRENCY}?\d[\d,]*(?:\.\d+)?(?:%p?|pp|bps|bn|m|p|x)?`;
// A row may be a month of a year ("2024. 5.", "2024/05", "2024年5月"), as a monthly release's rows are.
// A price survey's basis column after the item ("배추  1포기  5,120", "쌀  20kg  54,300", "鸡蛋 500克 6.8"): part of the label.
const CELL_BASIS = String.raw`(?:\s\d{1,3}\s?(?:kg|g|L|ml|ℓ|[\uac00-\ud7af]{1,2}|[个個只头頭件箱袋瓶斤枚本克升]|公斤|千克)(?=\s))`;
// A ranking's place before the row's name ("　１　　潮見町　　８，９４６", "3  Busan  412"): part of the label.
const RANK_BEFORE_LABEL = String.raw`\d{1,2}\s+(?=[^\d\s|#>*(（-])(?:[^\d|。；;(（\s]|\s(?=[^\d\s]))+`;
export const TEXT_TABLE_ROW = new RegExp(String.raw`^((?:#(?=[^\s#\d])|${RANK_BEFORE_LABEL}|\d{1,3}(?:[~～-]\d{1,3})?\s?(?:세|歳|岁)(?=\s?[^\s\d])|\d{1,2}(?:\s?[-~～－]\s?\d{1,2})?\s?(?:月|월)(?:期|份)?(?=\s?[-−+]?\d)|[^\d\s|#>*(（-])(?:[^\d|。；;(（]|[(（][^)）|。]{0,16}[)）]){0,30}?${CELL_BASIS}?|(?:19|20)\d\d(?:年度?|届|级|년)?(?=\s)|(?:19|20)\d\d(?:\.\s?\d{1,2}\.?|年\s?\d{1,2}月|년\s?\d{1,2}월|[/-]\d{1,2})(?=\s))\s?(${CELL_VALUE})((?:\s${CELL_VALUE})+)\s*$`);

// A cell with no value is often printed as a dash ("2026  38.2  233  -  0  9.5"): it stands in
// for a number when a line is tested as a row (same length, so the label's end is unchanged).
const EMPTY_CELL = /(?<=\s)[-–—](?=\s|$)/g;

// Two cells side by side somewhere in the line: a cheap test before the full row pattern.
const ROW_PREFILTER = new RegExp(String.raw`\d(?:%|bps|bn|m|p|x)?\)?\s(?:[(（]?[-−+△▲]?${CELL_CURRENCY}?\d|[-–—]\s)`);

/** The TEXT_TABLE_ROW match of a line, with dash placeholders taken as empty cells. */
export function matchTableRow(line: string): RegExpExecArray | null {
  let l = line.includes('-') || line.includes('–') || line.includes('—') ? line.replace(EMPTY_CELL, '0') : line;
  // "(비중) (100%) (40.0%) (30.0%) ────": a row of shares in brackets under the amounts, a rule run
  // into it. Tested without the brackets and the rule; the label keeps its place in the line as
  // written (the cells are found again in the line by their digits).
  if (l.charCodeAt(0) === 40 || l.charCodeAt(0) === 0xff08) {
    const firstCell = l.search(/\s[(（][-−+]?\d/);
    if (firstCell < 0) return null;
    const m = TEXT_TABLE_ROW.exec(
      l
        .replace(/^[(（]([^()（）\d]{1,8})[)）]/, '$1')
        .replace(/[(（]([-−+]?\d[\d,]*(?:\.\d+)?%?)[)）]/g, '$1')
        .replace(/\s[-=_—─━═]{3,}\s*$/, ''),
    );
    if (m) m[1] = l.slice(0, firstCell);
    return m;
  }
  return TEXT_TABLE_ROW.exec(l);
}

/** Whether a line is a text-table row; asked twice per line, so remembered on the line, and a cheap test first. */
function isTableRow(line: CleanLine): boolean {
  return (line.tableRow ??= ROW_PREFILTER.test(line.text) && matchTableRow(line.text) !== null);
}

// A Korean outline's letter enumerator (가. 나. 다.) opens a heading the same way: "가. 디지털 역량".
const KOREAN_OUTLINE = /^[가나다라마바사아자차카타파하][.)]\s+[\uac00-\ud7af]/;
const HEADING_MARK = new RegExp(`^[■□◆◇▶▷]\\s*\\S|${KOREAN_OUTLINE.source}`);
const BOLD_LINE = /^\*\*[^*]{1,60}\*\*$/;
export const CAPTION_START = /^[<〈＜]?(?:표|그림|表|图|図表?|Table|Figure)\s?\d/;
/** A caption in angle brackets alone on its line ("< 주요 품목 소매가격 >"). */
export const ANGLE_CAPTION = String.raw`[<〈＜]\s?[^<>〈〉＜＞\d]{2,40}\s?[>〉＞]`;

// A standard's "Terms and definitions" entry (ISO, GB, KS, JIS): its number alone on a line, the term on the
// next (with an English equivalent, in a national standard), then the definition, often without a full stop.
const LONE_CLAUSE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,3}$/;
const TERM_LINE = /^[A-Za-z\u3040-\u9fff\uac00-\ud7af][^。．.!?！？:：;；,，、]{0,59}$/;

function isStandardEntry(lines: CleanLine[], j: number): boolean {
  const t = lines[j]?.text;
  // A digit first and short: most lines fail the first test.
  return !!t && t.length <= 11 && t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57 && j + 2 < lines.length && LONE_CLAUSE_NUMBER.test(t) && TERM_LINE.test(lines[j + 1].text);
}

/**
 * The breaks of a standard's entry: before its number and after its term, which stay on one line
 * ("3.1 port resilience"), so that the term is not run into the line before or its definition.
 */
/**
 * "２４億３，\n０００万円": a thousands separator the line break left at a line's end is no Chinese
 * comma once the lines are joined (the line alone could not tell: its comma was followed by nothing).
 */
function thousandsAcrossLines(prev: string, next: string): string {
  return prev.endsWith('，') && /\d$/.test(prev.slice(-2, -1)) && /^\d{3}(?!\d)/.test(next) ? `${prev.slice(0, -1)},` : prev;
}

function standardEntryBreak(lines: CleanLine[], i: number): { text: string; dropLast?: boolean } | undefined {
  if (isStandardEntry(lines, i) || isStandardEntry(lines, i - 2)) return { text: '\n' };
  if (isStandardEntry(lines, i - 1)) return { text: isCjkCode(lines[i].text.charCodeAt(0)) && !isHangulCode(lines[i].text.charCodeAt(0)) ? '' : ' ' };
  return undefined;
}

/** What goes between two lines: nothing (joined), a space (joined Latin), or a line break. */
function breakBetween(prev: CleanLine, next: CleanLine, layout: Layout): { text: string; dropLast?: boolean } {
  if (!shouldJoin(prev, next, layout)) return { text: '\n' };
  const p = prev.text;
  const last = p.charCodeAt(p.length - 1);
  const first = next.text.charCodeAt(0);
  // "mini-\nlateralism": drop the hyphen PDF extraction left at the margin.
  if (last === 45 && /[A-Za-z\u00c0-\u024f]$/.test(p.slice(-2, -1)) && first >= 97 && first <= 122) return { text: '', dropLast: true };
  // Korean wraps between words: the line break stands for a space, as in English, also after a
  // comma or a full stop and before a number ("대비\n3.2%", "투입하고,\n항만", "말한다.\n문의").
  if (isHangulCode(last) || isHangulCode(first)) return { text: ' ' };
  if (isCjkCode(last) || isCjkCode(first)) return { text: '' };
  // "近8\n000亿美元", "达到4\n7.6亿", "1\n.5亿", "1.\n5亿": a number split by the margin in Chinese
  // text joins without a space, wherever the cut fell.
  if (prev.hasCjk && splitNumber(p, next.text)) return { text: '' };
  // "reached 23.\n2 million TEU", "up 2.\n5% from 2022": a decimal the margin cut after its point
  // (not a year's full stop: "in 2023.\n2 million" stays two sentences).
  if (SPLIT_DECIMAL_END.test(p) && SPLIT_DECIMAL_START.test(next.text)) return { text: '' };
  return { text: ' ' };
}

const SPLIT_DECIMAL_END = /(?<![\d,])\d{1,3}\.$/;
const SPLIT_DECIMAL_START = /^\d{1,3}(?:\s?%|\s(?:million|billion|trillion|percent|per cent|percentage points?)\b)/;

function splitNumber(prev: string, next: string): boolean {
  return /\d[.,]?$/.test(prev.slice(-2)) && /^[.,]?\d/.test(next.slice(0, 2)) && !(/[.,]$/.test(prev) && /^[.,]/.test(next));
}

function shouldJoin(prev: CleanLine, next: CleanLine, layout: Layout): boolean {
  const prevTail = prev.text.slice(-8);
  const terminal = TERMINAL.test(prevTail);
  // In hard-wrapped text, one blank line after a full line that stops mid-sentence is a page
  // break or extraction artefact, not a paragraph end.
  const midSentenceGap = layout.fullWidth > 0 && prev.width >= layout.fullWidth * 0.7 && !terminal && !LATIN_SENTENCE_END.test(prev.text.slice(-4));
  const maxBlanks = layout.blankIsSoft || midSentenceGap ? 1 : 0;
  if (next.blanksBefore > maxBlanks) return false;
  const nextHead = next.text.slice(0, 16);
  const prevHead = prev.text.slice(0, 16);
  if (BLOCK_START.test(nextHead) || SECTION_NUMBER.test(nextHead)) return false;
  if (BLOCK_LINE.test(prevHead)) return false;
  if (isTableRow(next) || isTableRow(prev)) return false;
  // A short caption line ("表1　2024年主要工业产品产量") ends before the header under it, as a heading does.
  if (SECTION_NUMBER.test(prevHead) && prev.width < layout.fullWidth * 0.8) return false;
  if (CAPTION_START.test(prevHead) && (!layout.fullWidth || prev.width < layout.fullWidth * 0.8)) return false;
  // A short line of words opened by a heading mark ("■ 便利な使い方", "□ 추진 배경", "가. 디지털 역량") is a heading: the paragraph under it
  // is not run into it (a bullet's item with a figure in it may wrap: "□ 수출액은⏎6,326억 달러로").
  // Nor is such a Korean heading run into the sentence before it.
  if (KOREAN_OUTLINE.test(nextHead) && next.text.length <= 24 && !/\d/.test(next.text) && !TERMINAL.test(next.text.slice(-8))) return false;
  // A line all in bold ("**Bank Rate**") is a glossary's or a page's heading: the paragraph under it is not run into it.
  if (prev.text.charCodeAt(0) === 42 && BOLD_LINE.test(prev.text)) return false;
  if (HEADING_MARK.test(prevHead) && !terminal && prev.text.length <= 24 && !/\d/.test(prev.text) && (!layout.fullWidth || prev.width < layout.fullWidth * 0.8)) return false;
  if (!terminal) return true;
  return layout.fullWidth > 0 && prev.width >= layout.fullWidth * 0.9;
}
