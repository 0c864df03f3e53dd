import { parseFigures, type Figure } from './figureParser.js';
import { foldHanzi } from './hanziFold.js';
import { CURRENCY_CODE_BEFORE, type FigureKind } from './units.js';
import { ANGLE_CAPTION, CAPTION_START, CELL_CURRENCY, CELL_VALUE, matchTableRow } from '../corpus/normalize.js';
import type { OffsetMap } from '../corpus/offsetMap.js';

/**
 * A figure read from a table cell. Its context is not a sentence but the table's caption, the
 * cell's column header and its row label, which is what a sentence citing the cell talks about.
 */
export interface TableFigure {
  figure: Figure;
  /** the row's line, quoted in hovers */
  rowStart: number;
  rowEnd: number;
  /** caption, column header and row label, as offset spans of the text */
  context: { start: number; end: number }[];
  /** the row's unit column ("| 2023 | 亿元 | 1,234 |"), when it gave the value its unit: quoted with the value */
  unitCell?: { start: number; end: number };
}

/** A table: the lines before it that describe it, a header, and rows. */
interface TableBlock {
  caption: { start: number; end: number }[];
  header?: Line;
  rows: Line[];
  markdown: boolean;
}

interface Line {
  start: number;
  end: number;
}

const NUMBER_CELL = new RegExp(`${CELL_VALUE}(?![\\w.])`, 'g');
// A value cell: a number, signed or with its currency written before it ("£2,184.6m").
const NUMERIC_CELL_START = new RegExp(`^\\s*[-−+△▲]?${CELL_CURRENCY}?\\d`);
const MARKDOWN_SEPARATOR = /^\|?\s*:?-{2,}/;

/**
 * The file as written and where each normalised offset came from: normalisation joins a header
 * spread over several lines and collapses the spaces that aligned it, so a text table's columns
 * are read from the original.
 */
export interface OriginalText {
  text: string;
  map: OffsetMap;
}

/** Every numeric cell of every table in a normalised text, with its unit from the caption or header. */
export function readTables(source: string, original?: OriginalText, sentenceCaptions = true): TableFigure[] {
  const text = boxDrawingAsPipes(source);
  const out: TableFigure[] = [];
  for (const block of findTables(text, sentenceCaptions)) out.push(...readBlock(text, block, original));
  const taken = new Set(out.map((t) => t.rowStart));
  for (const line of splitLines(text)) if (!taken.has(line.start)) out.push(...readInlineTable(text, line));
  return out;
}

// A table flattened onto one line by extraction: a caption with its unit, then label-number
// groups ("单位：万吨 铁矿石 2,350 2,610 煤炭 1,120 980", "Port calls (ships) Rajin 146 Zarubino 212").
const INLINE_SPEC = /单位[:：]\s*[^\s)）]+|[（(][^()（）\d]{1,16}[)）]|\bUnit:\s*(?:[A-Za-z$]+\s?){1,2}/;
const INLINE_GROUPS = /^(?:\s*[^\d\s(（][^\d(（]{0,15}?\s(?:[-−+]?\d[\d,]*(?:\.\d+)?%?\s*){1,6})+$/;
const INLINE_GROUP = /([^\d\s(（][^\d(（]{0,15}?)\s((?:[-−+]?\d[\d,]*(?:\.\d+)?%?\s*){1,6})/g;

function readInlineTable(text: string, line: Line): TableFigure[] {
  const s = text.slice(line.start, line.end);
  if (s.length > 300) return [];
  const spec = INLINE_SPEC.exec(s);
  if (!spec) return [];
  const restAt = spec.index + spec[0].length;
  const rest = s.slice(restAt);
  if (!INLINE_GROUPS.test(rest)) return [];
  const caption = { start: line.start, end: line.start + restAt };
  const captionText = s.slice(0, restAt);
  const out: TableFigure[] = [];
  for (const g of rest.matchAll(INLINE_GROUP)) {
    const labelStart = line.start + restAt + g.index + (g[1].length - g[1].trimStart().length);
    const label = { start: labelStart, end: line.start + restAt + g.index + g[1].length };
    let at = line.start + restAt + g.index + g[1].length + 1;
    for (const n of g[2].matchAll(/[-−+]?\d[\d,]*(?:\.\d+)?%?/g)) {
      const cell = { start: at + n.index, end: at + n.index + n[0].length };
      const figure = cellFigure(text, cell, captionText, '', text.slice(label.start, label.end));
      if (figure) out.push({ figure, rowStart: line.start, rowEnd: line.end, context: [caption, label] });
    }
  }
  return out;
}

// Box-drawing tables (│ 정수장 │ 60 │, ├──┼──┤), as Korean and Japanese releases draw them.
const BOX = /[│┃├┤┼┌┐└┘┬┴─━┝┥┿┠┨╋]/;
const BOX_CHARS = /[│┃├┤┼┌┐└┘┬┴┝┥┿┠┨╋]|[─━]/g;

/**
 * The text with box-drawing rules read as a Markdown table's pipes and dashes, character for
 * character, so every offset stays the text's own.
 */
function boxDrawingAsPipes(text: string): string {
  if (!BOX.test(text)) return text;
  return text.replace(BOX_CHARS, (c) => (c === '─' || c === '━' ? '-' : '|'));
}

/** Offsets of table lines, so sentence parsing leaves them to the table reader. */
export function tableLineMask(text: string, tables: TableFigure[]): Uint8Array | undefined {
  if (tables.length === 0) return undefined;
  const mask = new Uint8Array(text.length);
  for (const t of tables) mask.fill(1, t.rowStart, t.rowEnd);
  return mask;
}

function findTables(text: string, sentenceCaptions: boolean): TableBlock[] {
  const lines = splitLines(text);
  const blocks: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    const markdown = line.startsWith('|');
    if (!markdown && !matchTableRow(line)) continue;
    let j = i;
    const isRow = (k: number) => {
      const l = text.slice(lines[k].start, lines[k].end);
      return markdown ? l.startsWith('|') : matchTableRow(l) !== null;
    };
    while (j + 1 < lines.length && isRow(j + 1)) j++;
    const rows = lines.slice(i, j + 1);
    if (markdown || rows.length >= 2) blocks.push(makeBlock(text, lines, i, rows, markdown, sentenceCaptions));
    i = j;
  }
  return blocks;
}

function makeBlock(text: string, lines: Line[], first: number, rows: Line[], markdown: boolean, sentenceCaptions: boolean): TableBlock {
  const note = unitNoteAfter(text, lines, first + rows.length);
  let header: Line | undefined;
  let body = rows;
  let captionEnd = first;
  if (markdown) {
    // A drawn table's top border (┌──┬──┐) comes before its header: rules are skipped first.
    const real = rows.filter((r) => !MARKDOWN_SEPARATOR.test(text.slice(r.start, r.end)));
    header = real[0];
    body = real.slice(1);
  } else if (rows.length > 1 && onlyYears(text.slice(rows[0].start, rows[0].end))) {
    // "年份 2021 2022 2023" looks like a row of numbers but heads the columns.
    header = rows[0];
    body = rows.slice(1);
    captionEnd = first;
  } else if (first > 0) {
    // A rule under the header ("Mineral  Japan  ROK" / "-------") only separates: the header is above it.
    if (first > 1 && RULE_LINE.test(text.slice(lines[first - 1].start, lines[first - 1].end))) first--;
    // PDF extraction often runs the caption and header into the paragraph before: keep its tail.
    const prev = lines[first - 1];
    const tail = Math.max(prev.start, prev.end - 160);
    const sentenceEnd = text.lastIndexOf('。', prev.end - 1);
    header = { start: Math.max(tail, sentenceEnd + 1), end: prev.end };
    // A header line that opens with its own caption ("< 주요 품목 소매가격 > (단위: 원, %) 품목 …", "表2 …") has
    // it: the line before is prose, not the table's caption.
    captionEnd = CAPTION_OPENING.test(text.slice(header.start, header.end)) ? 0 : first - 1;
  }
  // The caption: the line before the table (or its header), its last 120 characters, unless it is another table.
  const before = captionEnd > 0 ? lines[captionEnd - 1] : undefined;
  const beforeText = before ? text.slice(before.start, before.end) : '';
  // Above a Markdown table a paragraph of prose is no caption (its percentages are not the table's unit): a title is short or says it is one.
  // In a draft, so is a sentence that ends with a full stop ("Japan is important, as 2022 showed."):
  // its year is not the table's. (A source's sentence above its table often says what the table holds.)
  const proseAbove = markdown && (beforeText.length > 80 || (!sentenceCaptions && /[.。!?！？]\s*$/.test(beforeText))) && !/^\s*(?:#|\*\*|表|图|Table\b|Figure\b)/i.test(beforeText);
  const caption = before && !proseAbove && !beforeText.startsWith('|') && !matchTableRow(beforeText) ? [{ start: Math.max(before.start, before.end - 120), end: before.end }] : [];
  return { caption: note ? [...caption, note] : caption, header, rows: body, markdown };
}

/**
 * A short note under a table that gives its unit ("*Revenue in HK$ million.*", "单位：亿元",
 * "（단위: 억 원）"): bare numbers in the table are in that unit, as with a caption above it.
 */
function unitNoteAfter(text: string, lines: Line[], at: number): Line | undefined {
  for (let k = at; k < Math.min(lines.length, at + 2); k++) {
    const line = text.slice(lines[k].start, lines[k].end).trim();
    if (!line) continue;
    return line.length <= 80 && UNIT_NOTE.test(line) ? lines[k] : undefined;
  }
  return undefined;
}

const UNIT_NOTE = /^[*_(（\s]*(?:注[:：]?\s*)?(?:单位|單位|단위|単位)\s*[:：]|^[*_(（\s]*(?:note[:：]\s*)?(?:[A-Z][a-z]+(?:\s[a-z]+){0,3}\s)?(?:figures\s|amounts\s|values\s)?(?:are\s)?in\s(?:[A-Z]{0,3}\$|US\$|RMB|USD|HKD|EUR|KRW|JPY|yuan|won|yen)\s?(?:thousands?|millions?|billions?|trillions?|bn|m)\b/i;

const SPACED_LETTERS = /(?<=(?:^|[\s\u3000])[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}])\u3000(?=[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}](?:[\s\u3000]|$))/gu;
const CAPTION_OPENING = new RegExp(String.raw`^\s*(?:${ANGLE_CAPTION}|${CAPTION_START.source.slice(1)})`);

const RULE_LINE = /^\s*[-=_—─━═+|]{3,}\s*$/;

function onlyYears(line: string): boolean {
  const numbers = line.match(/\d[\d,.]*/g) ?? [];
  return numbers.length >= 2 && numbers.every((n) => /^(?:19|20)\d\d$/.test(n));
}

function readBlock(text: string, block: TableBlock, original?: OriginalText): TableFigure[] {
  const aligned = !block.markdown && original ? alignedHeaders(text, block, original) : undefined;
  const headerCells = block.header ? cellsOf(text, block.header, block.markdown, true) : [];
  // In a text table the header line often carries the caption too ("表2 …（单位：%）国家2019年2020年").
  const columns = block.rows.length ? cellsOf(text, block.rows[0], false, false).length - 1 : 0;
  const firstColumn = headerCells[Math.max(0, headerCells.length - columns)];
  const headerLead = block.header && !block.markdown && firstColumn ? [{ start: block.header.start, end: firstColumn.start }] : [];
  const captionSpans = [...block.caption, ...headerLead];
  // A Markdown header has a cell per column: another column's unit ("参保工资（亿美元）") is not this
  // one's ("领取人数"), so only the row labels' header (often "Indicator (%)") speaks for the table.
  // Headers read by column from the original say which column each unit is for: the header line
  // as a whole (every column's units) then speaks for none.
  const tableWide = block.markdown ? headerCells.slice(0, 1) : block.header && !aligned ? [block.header] : [];
  const captionText = [...captionSpans, ...tableWide].map((c) => text.slice(c.start, c.end)).join(' ');
  // Headers read by column from the original overrule years that only the joined header line holds
  // ("Table 3.1 …, 2023 (…) Partner Imports Exports Total Change on 2022" is not grouped by year).
  const grouped = block.markdown ? undefined : yearGroups(text, headerCells, columns, captionText, aligned);
  // Columns of years or months hold one measure at several times: a note's units are then the rows' ("천명, %, %p").
  const timeColumns = !!grouped || headerCells.some((c) => /^\s*(?:FY\s?)?(?:19|20)\d\d(?!\d)/.test(text.slice(c.start, c.end)));
  const out: TableFigure[] = [];
  for (const row of block.rows) {
    const cells = cellsOf(text, row, block.markdown, false);
    // A cell that is only a unit ("| 2023 | 亿元 | 1,234 |") is no row label: the first other cell is.
    const unitCell = block.markdown ? cells.find((c) => isUnitCell(text.slice(c.start, c.end))) : undefined;
    const label = cells.find((c) => c.end > c.start && !/\d/.test(text.slice(c.start, c.end)) && c !== unitCell) ?? cells[0];
    const numeric = cells.filter((c) => c !== label && NUMERIC_CELL_START.test(text.slice(c.start, c.end)));
    // A Markdown row's word cells before its first number read as one label ("大连港 | 万吨 | 30712"):
    // a unit column then gives the number beside it its unit, as in a text table's row.
    const words = block.markdown && numeric.length ? cells.filter((c) => c.end > c.start && c.end <= numeric[0].start && !NUMERIC_CELL_START.test(text.slice(c.start, c.end))) : [];
    if (!label || numeric.length === 0) continue;
    // A unit column before the first number after a year or code label reads as "2023 亿元", as a text table's row.
    const unitBefore = unitCell && !(words.length > 1 && words.includes(unitCell)) && unitCell.end <= numeric[0].start ? ` ${text.slice(unitCell.start, unitCell.end).trim()}` : '';
    const labelText = (words.length > 1 ? words.map((c) => text.slice(c.start, c.end).trim()).join(' ') : text.slice(label.start, label.end)) + unitBefore;
    const heads = numeric.map((cell, k) => {
      // A header aligned over the cell in the original says its column, even in a row that leaves
      // a column empty ("Organic growth  5.4%  3.1%" under "2024  2023  Change").
      const alignedCell = aligned && (numeric.length < columns || !grouped) ? alignedSpan(text, block.header, headerCells, aligned.get(cell.start)) : undefined;
      const header = alignedCell || (grouped && numeric.length === columns ? grouped.years[Math.floor(k / grouped.span)] : columnHeader(headerCells, numeric.length, k, cells.indexOf(cell), block.markdown));
      const headerText = aligned?.get(cell.start) ?? (header ? text.slice(header.start, header.end) : '') + (grouped?.units ? ` (${grouped.units[k % grouped.span]})` : '');
      return { header, headerText };
    });
    const headers = heads.map((h) => h.headerText);
    numeric.forEach((cell, k) => {
      const { header, headerText } = heads[k];
      const figure = cellFigure(text, cell, captionText, headerText, labelText, k === 0, timeColumns ? undefined : { k, n: numeric.length, headers });
      if (!figure) return;
      const context = [...captionSpans, ...(header ? [header] : []), label];
      // The value took its unit from the row's unit column: the quote says it beside the value.
      const unitTaken = k === 0 && unitCell && unitCell.end <= cell.start && figure.unit !== 'count';
      out.push({ figure, rowStart: row.start, rowEnd: row.end, context, ...(unitTaken ? { unitCell } : {}) });
    });
  }
  return out;
}

/**
 * The span of the header line that heads a cell, by the header text aligned over it in the original:
 * one header cell, or the words of a header of several ("Change on 2022"), the last such run.
 */
function alignedSpan(text: string, header: Line | undefined, cells: Line[], heading: string | undefined): Line | undefined {
  if (!heading) return undefined;
  const one = cells.find((h) => text.slice(h.start, h.end) === heading);
  if (one || !header || !heading.includes(' ')) return one;
  const line = text.slice(header.start, header.end);
  const at = line.lastIndexOf(heading);
  if (at >= 0) return { start: header.start + at, end: header.start + at + heading.length };
  // Two header lines the normalised text ran together ("市 降水量 地表水资源量 …（毫米） （亿立方米）"):
  // the column's name, the first word of its heading that is not only a unit in brackets.
  for (const word of heading.split(' ')) {
    if (/^[(（][^)）]*[)）]$/.test(word)) continue;
    const own = cells.find((h) => text.slice(h.start, h.end) === word);
    if (own) return own;
    const k = line.indexOf(word);
    if (k >= 0 && line.indexOf(word, k + 1) < 0) return { start: header.start + k, end: header.start + k + word.length };
  }
  return undefined;
}

// Header lines above a text table's first row: aligned in columns by runs of spaces.
const MAX_HEADER_LINES = 4;
// A fullwidth space (U+3000) is as wide as two: Chinese and Japanese releases align with it.
const ALIGNED = /\S(?: {2,}|\u3000+)\S/;
// A rule between the header and the rows ("────", "-----"): skipped, it heads nothing.
const RULE_ONLY = /^[\s─━═=_-]+$/;
// (表 and 图 are no word characters: \b after them never holds.)
const NOT_HEADER = /^\s*(?:(?:Table|Figure|Source|Note)\b|表|图|圖|資料來源|资料来源|注)/i;

/**
 * Each numeric cell's column header, read from the original file where a header spread over two
 * or more lines is aligned with the numbers below it ("Benefit / outlays / ($m)" over "74").
 * Undefined when the original has no such header (one line, or not aligned): the header line
 * of the normalised text is then read as before.
 */
function alignedHeaders(text: string, block: TableBlock, original: OriginalText): Map<number, string> | undefined {
  const o = original.text;
  const firstRow = original.map.get(block.rows[0].start);
  let end = o.lastIndexOf('\n', firstRow - 1);
  const headers: { start: number; line: string }[] = [];
  while (end > 0 && headers.length < MAX_HEADER_LINES) {
    const start = o.lastIndexOf('\n', end - 1) + 1;
    // Letters spaced out by one fullwidth space ("평　년", "品　类") are one word: joined by two
    // zero-width joiners (as wide as the space, and no \s), dropped from the header text below.
    const line = o.slice(start, end).replace(/\r$/, '').replace(SPACED_LETTERS, '\u2060\u2060');
    if (RULE_ONLY.test(line) && line.trim()) {
      end = start - 1;
      continue;
    }
    if (!ALIGNED.test(line) || line.includes('\t') || NOT_HEADER.test(line) || matchTableRow(line.trim())) break;
    headers.unshift({ start, line });
    end = start - 1;
  }
  if (headers.length < 1) return undefined;
  const tokens = headers.map(({ line }) => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ from: displayColumn(line, m.index), to: displayColumn(line, m.index + m[0].length), text: m[0] })));
  const out = new Map<number, string>();
  for (const row of block.rows) {
    for (const cell of cellsOf(text, row, false, false)) {
      const from = original.map.get(cell.start);
      const lineStart = o.lastIndexOf('\n', from - 1) + 1;
      const lineText = o.slice(lineStart, original.map.get(cell.end - 1) + 1);
      const col = { from: displayColumn(lineText, from - lineStart), to: displayColumn(lineText, lineText.length) };
      const parts = tokens.map((line) => nearestToken(line, col)).filter((t) => t !== undefined);
      // The original is as written; the table is read normalised, in simplified characters (（公頃） as (公顷)).
      out.set(cell.start, foldHanzi(parts.join(' ').replace(/\u2060/g, '').replace(/([a-z])- (?=[a-z])/g, '$1').normalize('NFKC')));
    }
  }
  return out;
}

/**
 * Where index i of a line is drawn: CJK characters and fullwidth forms take two columns, so a
 * header in Chinese lines up with the ASCII digits under it as it does on the page.
 */
function displayColumn(line: string, i: number): number {
  let col = 0;
  for (let k = 0; k < i && k < line.length; k++) col += isWide(line.charCodeAt(k)) ? 2 : 1;
  return col;
}

function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
}

/** The header token over a column span: the one overlapping it most, else one within two characters. */
function nearestToken(line: { from: number; to: number; text: string }[], col: { from: number; to: number }): string | undefined {
  let best: string | undefined;
  let bestScore = -3;
  for (const t of line) {
    const overlap = Math.min(t.to, col.to) - Math.max(t.from, col.from);
    if (overlap > bestScore) [best, bestScore] = [t.text, overlap];
  }
  return best;
}

/**
 * "2000年 2020年" over four columns: each year spans two sub-columns, whose units the caption
 * lists in order ("（亿美元，%）"). Undefined when the header is not grouped by year.
 */
function yearGroups(text: string, headers: Line[], columns: number, caption: string, aligned?: Map<number, string>): { years: Line[]; span: number; units?: string[] } | undefined {
  const years = headers.filter((h) => /^(?:19|20)\d\d年?$/.test(text.slice(h.start, h.end)));
  if (years.length < 2 || columns % years.length !== 0 || columns / years.length < 2) return undefined;
  if (aligned && years.some((y) => ![...aligned.values()].some((h) => h.includes(text.slice(y.start, y.end))))) return undefined;
  const span = columns / years.length;
  const lists = [...caption.matchAll(/[（(]([^()（）]{1,30})[)）]/g)].map((m) => m[1].split(/[，,、;；]\s*/)).filter((l) => l.length === span);
  return { years, span, units: lists.at(-1) };
}

/** The header cell over a numeric cell: by column in Markdown, by position from the right in text tables. */
function columnHeader(headers: Line[], numericCount: number, k: number, cellIndex: number, markdown: boolean): Line | undefined {
  if (markdown) return headers[cellIndex];
  if (headers.length >= numericCount) return headers[headers.length - numericCount + k];
  return headers.length ? { start: headers[0].start, end: headers[headers.length - 1].end } : undefined;
}

const CELL_CITATION = /\s*(?:\[[^\]]*@[^\]]*\]|\[\^[^\]]+\])+\s*$/;

function cellsOf(text: string, line: Line, markdown: boolean, header: boolean): Line[] {
  const s = text.slice(line.start, line.end);
  if (markdown) {
    const cells: Line[] = [];
    let at = s.startsWith('|') ? 1 : 0;
    // Every cell keeps its place, an empty one too ("| | FY2024 | FY2023 |": the row labels' column
    // has no header), so a value's column is its header's; emphasis ("**18,642**") is no part of a value.
    const parts = s.slice(at).split('|');
    if (!parts[parts.length - 1].trim()) parts.pop();
    for (const part of parts) {
      let start = line.start + at + (part.length - part.trimStart().length);
      let end = line.start + at + part.trimEnd().length;
      while (start < end && (text[start] === '*' || text[start] === '_') && (text[end - 1] === '*' || text[end - 1] === '_')) {
        start++;
        end--;
      }
      // "8.6 [@lee2025]", "12.1[^3]": a citation or a footnote mark after the value is not part of it.
      const cited = CELL_CITATION.exec(text.slice(start, end));
      if (cited && cited.index > 0) end = start + cited.index;
      cells.push({ start, end: Math.max(start, end) });
      at += part.length + 1;
    }
    return cells;
  }
  // A rule drawn under the header ("────") is joined to it by normalisation: no column of its own.
  if (header) {
    const ruled = s.replace(/[-=_—─━═]{3,}/g, (r) => ' '.repeat(r.length)).trimEnd();
    return yearCells(ruled, line.start) ?? wordCells(ruled, line.start);
  }
  const m = matchTableRow(s);
  if (!m) return [];
  const cells: Line[] = [{ start: line.start, end: line.start + m[1].length }];
  NUMBER_CELL.lastIndex = m[1].length;
  let n: RegExpExecArray | null;
  while ((n = NUMBER_CELL.exec(s)) !== null) cells.push({ start: line.start + n.index, end: line.start + n.index + n[0].length });
  return cells;
}

/** Column headers that are years ("国家2019年2020年": Chinese spacing is gone after normalisation). */
function yearCells(s: string, base: number): Line[] | undefined {
  const all = [...s.matchAll(/(?:19|20)\d\d年?(?:[-–至]\d{2,4}年?)?/g)];
  // The header is the last run of years side by side; years before it belong to the caption.
  let from = all.length - 1;
  while (from > 0 && !s.slice(all[from - 1].index + all[from - 1][0].length, all[from].index).trim()) from--;
  const years = all.slice(from);
  if (years.length < 2) return undefined;
  const cells = years.map((y) => ({ start: base + y.index, end: base + y.index + y[0].length }));
  // "2018年2019年增长率(%)": what follows the last year heads one more column.
  const last = cells[cells.length - 1];
  const rest = s.slice(last.end - base);
  const lead = rest.length - rest.trimStart().length;
  if (rest.trim()) cells.push({ start: last.end + lead, end: base + s.trimEnd().length });
  return cells;
}

function wordCells(s: string, base: number): Line[] {
  return [...s.matchAll(/\S+/g)].map((w) => ({ start: base + w.index, end: base + w.index + w[0].length }));
}

/**
 * A cell's number with the unit its own text gives, else its column header, its row label, the
 * caption: the nearest says most ("(million tonnes) ... share (%)" in a caption, "(%)" over one column).
 */
function cellFigure(text: string, cell: Line, caption: string, header: string, rowLabel: string, first = false, position?: CellPosition): Figure | undefined {
  // A minus written "−", or as a Japanese table's triangle ("△7.9"), is read as "-".
  const raw = text.slice(cell.start, cell.end).trim().replace(/^[△▲]/, '-');
  const own = parseFigures(raw.replace(/^[−]/, '-'));
  const base = own[0] ?? unitFrom(header, raw, false) ?? (first ? unitColumn(rowLabel, raw) : undefined) ?? unitFrom(rowLabel, raw, false) ?? countFrom(header, raw) ?? unitFrom(caption, raw, true, header, rowLabel, position) ?? measureFrom(header, raw) ?? separatedCount(raw);
  if (!base) return undefined;
  const near = `${header} ${rowLabel}`;
  const says = (re: RegExp) => re.test(near) || (!/\S/.test(near.replace(/\d|年/g, '')) && re.test(caption));
  // A cell with a plus sign ("+11.4%") is a change whatever its column says; a minus alone may be a
  // negative level ("Current account balance (percent of GDP) -4.8").
  const kind: FigureKind = /^\+\d/.test(raw) || says(/增长|增速|增幅|增减|增減|同比|环比|涨幅|降幅|变化|變化|变动|變動|増減|增减|伸び率|前年比|前年度比|前年同期比|증감|증가율|감소율|증가|감소|(?:전년|평년|전월|전기)\s*(?:동기\s*|동월\s*)?대비|전년비|growth|change|y-?o-?y|year[- ]on[- ]year/i) ? 'change' : base.unit === 'percent' && (says(SHARE_COLUMN) || SHARE_COLUMN.test(caption)) ? 'share' : 'level';
  // A signed cell in a column of changes says which way: "-1.5" under 比上年增长(%) is a fall.
  // Unsigned under a column of growth (增长, growth, 증가율) is a rise: a fall would carry its minus.
  // A column of rises and falls (增减率, 증감률) signs its falls: unsigned is a rise there too.
  const rising = !/^[-−]/.test(raw) && (says(SIGNED_CHANGE_COLUMN) || (says(GROWTH_COLUMN) && !says(FALL_COLUMN)));
  const direction = kind === 'change' ? (/^[-−]/.test(raw) ? 'down' : /^\+/.test(raw) || rising ? 'up' : undefined) : undefined;
  return { ...base, start: cell.start, end: cell.end, text: text.slice(cell.start, cell.end), kind, ...(direction ? { direction } : {}) };
}

// 構成比 / 구성비: each row's part of the column's total.
const SHARE_COLUMN = /占|比重|份额|构成比|구성비|share/i;
const SIGNED_CHANGE_COLUMN = /增减|增減|増減|증감/;
const GROWTH_COLUMN = /增长|增速|增幅|growth|증가율|伸び率/i;
const FALL_COLUMN = /下降|减少|降幅|跌幅|减|減|decline|decrease|fall|drop|감소|하락|減少|低下/i;

/** A cell's bare number read as a level in the unit its column or row gives (whole numbers are exact to the unit). */
function cellValue(text: string, value: number, unit: Figure['unit'], precision = 0.5): Figure {
  return { start: 0, end: text.length, value, high: value, unit, kind: 'level', qualifier: 'exact', precision, text };
}

/** "Births | 3,452": an integer written in thousands that nothing else gives a unit counts its row's things. */
function separatedCount(raw: string): Figure | undefined {
  if (!/^\d{1,3}(?:,\d{3})+$/.test(raw)) return undefined;
  const value = Number(raw.replace(/,/g, ''));
  return cellValue(raw, value, 'count');
}

/** "单位：亿美元", "(%)", "（万人次）", "US$ billion": read as the unit of a bare number. */
// A column of changes or rates: under a caption listing several units ("단위: 만원, %"), the percent is its own.
const RATE_COLUMN = /증감률|증가율|증감|대비|구성비|增减率|构成比|增长率|增速|增幅|同比|比上年|growth|change|%/i;
// "고용률", "失业率", "Unemployment rate": a row of rates in a table whose unit reads "천명, %".
const RATE_ROW = /(?:률|율|率|比重|rate|ratio|share)\s*(?:[(（][^)）]*[)）])?\s*$/i;

const LENGTH_COLUMN = /\b(?:length|height|depth|distance|width|elevation|altitude|draught|draft)\b|长度|高度|深度|距离|宽度|水深/i;

function unitFrom(context: string, raw: string, percentByWord: boolean, column = '', row = '', position?: CellPosition): Figure | undefined {
  const number = raw.replace(/[,%]/g, '');
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(number)) return undefined;
  // "-0.32" under "比上年末增减（万人）": the unit reads the magnitude ("0.32万人"); the sign makes the cell's
  // direction (cellFigure), as for a percentage.
  if (number.startsWith('-')) return unitFrom(context, raw.replace(/^-/, ''), percentByWord, column, row, position);
  // "Coal imports, million tonnes": a caption may also end with its unit after a comma.
  const specs = [...context.matchAll(/(?:单位|單位|単位)[:：]\s*([^\s)）,，;；]{1,8}(?:[,，、]\s?(?:%|％|[^\s\d)）,，、;；]{1,6}(?=[,，、]\s?(?:%|％)))){0,4}(?:[,，、]\s?(?:%|％))?)|[（(]([^()（）]{1,40})[)）]|\b(?:unit|in)[:\s]\s*((?:US\$|\$|RMB|USD)?\s?(?:billions?|millions?|thousands?|trillions?)?\s?[A-Za-z$% ]{0,20})|,\s((?:US\$|\$|RMB|USD)?\s?(?:billions?|millions?|thousands?|trillions?)\s[a-z$%]{2,12}(?:\s(?:of\s)?[a-z]{2,12})?)\b|,\s((?:US|HK|NT|A|C|S)?[$€£¥₩]\s?['’‘]?(?:000s?|m|bn)|['’‘]000s?)\s*$/gim)];
  for (const s of specs) {
    // "Table 1: Parking account, £000": a caption may end with a currency's scale after a comma too.
    const spec = thousands((s[1] ?? s[2] ?? s[3] ?? s[4] ?? s[5] ?? '').replace(/^(?:单位|單位|単位|단위|unit)\s*[:：]\s*/i, '').trim());
    // "(30세 이상)", "（2020年）": a parenthesis that opens with a number names a group or a time, not a unit.
    if (!spec || /^\d/.test(spec)) continue;
    // "만원, %": amounts in the first unit, the rate column in percent.
    const parts = spec.split(/\s*[,，、;；]\s*/).filter(Boolean);
    const byPosition = position && parts.length > 2 ? inItsOwnUnit(number, parts.length === position.n ? parts[position.k] : sharedOut(parts, position.headers)?.[position.k]) : undefined;
    if (byPosition) return byPosition;
    if (parts.length > 1 && parts.includes('%')) {
      if (RATE_COLUMN.test(column) || RATE_ROW.test(row)) return parseFigures(`${number}%`)[0];
      const first = parts.find((x) => x !== '%')!;
      const read = parseFigures(/^[A-Za-z$]/.test(first) ? readableEnglish(first, number) : `${number}${first}`);
      if (read.length === 1 && read[0].start === 0) return read[0];
      continue;
    }
    // "Quay length (m)": metres where the column measures a length; "($m)" and "(m)" elsewhere are millions.
    const metres = spec === 'm' && LENGTH_COLUMN.test(column || context);
    const read = parseFigures(metres ? `${number} metres` : /^[A-Za-z$£€₩]/.test(spec) ? readableEnglish(spec, number) : `${number}${spec}`);
    if (read.length === 1 && read[0].start === 0) return read[0];
    // "('000 TEU, loaded + empty)": the unit first, then what the figures include; "(summary, £000)":
    // what the table is, then the unit.
    for (const [k, part] of (parts.length > 1 ? parts : []).entries()) {
      if (!(k === 0 ? /^[A-Za-z$]/ : /^[A-Za-z$£€¥₩]/).test(part)) continue;
      const one = parseFigures(readableEnglish(part, number));
      if (one.length === 1 && one[0].start === 0 && (k === 0 || one[0].unit !== 'count')) return one[0];
    }
  }
  if (/%|百分比|percent/i.test(context) || (percentByWord && /占比|比重|share/i.test(context) && !specs.length)) return parseFigures(`${number}%`)[0];
  return undefined;
}

/** A cell's place in its row: the k-th of n values, under these column headers. */
interface CellPosition {
  k: number;
  n: number;
  headers?: readonly string[];
}

// "其中公共" (of which public), "of which": a column that is part of the one before it, in its unit.
const PART_OF_BEFORE = /^\s*(?:其中|内|うち|이 중|of which)/i;

/**
 * "单位：万台，亿千瓦时，％" over 充电桩 | 其中公共 | 充电量 | 充电量同比增长: fewer units than columns. The
 * columns of a rate take %, a column that is part of the one before takes its unit, and the other
 * units go to the other columns in order; undefined unless that accounts for every unit and column.
 */
function sharedOut(parts: readonly string[], headers: readonly string[] | undefined): string[] | undefined {
  if (!headers || parts.length >= headers.length) return undefined;
  const amounts = parts.filter((p) => p !== '%');
  const out: string[] = [];
  let next = 0;
  for (const [k, header] of headers.entries()) {
    if (parts.includes('%') && RATE_COLUMN.test(header) && !/[万亿千百]/.test(header)) out.push('%');
    else if (k > 0 && PART_OF_BEFORE.test(header) && out[k - 1] !== '%') out.push(out[k - 1]);
    else if (next < amounts.length) out.push(amounts[next++]);
    else return undefined;
  }
  return next === amounts.length ? out : undefined;
}

/**
 * "(단위: 만 건, 곳, %)" over three value columns: one unit per column, in order. (Two units, as in
 * "천명, %", are an amount and a rate that rows or columns share out; see unitFrom.)
 */
function inItsOwnUnit(number: string, unit: string | undefined): Figure | undefined {
  if (!unit) return undefined;
  const written = unit === '%' ? `${number}%` : /^[A-Za-z$]/.test(unit) ? readableEnglish(unit, number) : `${number}${unit}`;
  const read = parseFigures(written);
  return read.length === 1 && read[0].start === 0 ? read[0] : undefined;
}

/**
 * "钢材 万吨 356.7 1.9": a statistical table's unit column sits between the row label and the first
 * value, and is that value's unit (the growth beside it takes its own from the header).
 */
/** A table cell that holds only a unit: "亿元", "万吨", "%", "USD million" (a number before it reads with that unit). */
function isUnitCell(cell: string): boolean {
  const unit = cell.trim();
  if (!unit || unit.length > 16 || /\d/.test(unit)) return false;
  const written = `1${/^[A-Za-z$]/.test(unit) ? ' ' : ''}${unit}`;
  const read = parseFigures(written);
  return read.length === 1 && read[0].start === 0 && read[0].end === written.length && read[0].unit !== 'count';
}

function unitColumn(rowLabel: string, raw: string): Figure | undefined {
  const unit = /\s(\S{1,6})\s*$/.exec(rowLabel)?.[1];
  const number = raw.replace(/,/g, '');
  // "쌀 20kg": a basis the price is for ("per 20kg"), not the unit of the value.
  if (!unit || /^\d/.test(unit) || !/^\d+(?:\.\d+)?$/.test(number)) return undefined;
  const written = `${number}${/^[A-Za-z]/.test(unit) ? ' ' : ''}${unit}`;
  const read = parseFigures(written);
  // An English row label's last word is a noun ("Car parks"), not a unit: only a unit the parser knows counts.
  if (read.length === 1 && read[0].start === 0 && read[0].end === written.length && !(read[0].unit === 'count' && /^[A-Za-z]/.test(unit))) return read[0];
  // "亿块", "万台": a scale and a classifier the unit words do not know count things.
  const scale = /^(千万|百万|万|亿|千)[\u4e00-\u9fff]$/.exec(unit)?.[1];
  if (!scale) return undefined;
  const value = Number((Number(number) * ({ 千万: 1e7, 百万: 1e6, 万: 1e4, 亿: 1e8, 千: 1e3 } as Record<string, number>)[scale]).toPrecision(12));
  return cellValue(written, value, 'count');
}

// A column of people or things counted: 领取人数, 户数, "Number of beneficiaries", "Recipients".
const PEOPLE_HEADER = /人数|人次|人口|生数|员数|者数|인원|학생\s?수|졸업생|취업자|\b(?:number of (?:people|persons|beneficiaries|recipients|patients|students|workers|residents)|beneficiaries|recipients|claimants|enrollees|pensioners|retirees|patients|residents|employees|passengers|visitors|population|graduates|students|members|staff)\b/i;
const COUNT_HEADER = /(?:数量|个数|户数|家数|件数|床位数?|\bnumber of\b|\bcount\b)/i;

/** A whole number under a header that names what is counted, with no unit written. */
function countFrom(header: string, raw: string): Figure | undefined {
  const number = raw.replace(/,/g, '');
  if (!/^\d+$/.test(number)) return undefined;
  const unit = PEOPLE_HEADER.test(header) ? 'people' : COUNT_HEADER.test(header) ? 'count' : undefined;
  if (!unit) return undefined;
  const value = Number(number);
  return cellValue(raw, value, unit);
}

// A column whose header names a ratio or an age, with no unit written ("Old-age dependency ratio",
// "Normal retirement age", "기대수명"): its decimals are that measure, as prose reads "the ratio was 54.0".
// A column of growth or change is left to its percent: a bare 5.2 there is 5.2%, not a ratio.
const RATIO_HEADER = /\b(?:ratios?|coefficients?|rates? of (?:fertility|dependency))\b|\bfertility rate\b|(?:系数|係数|比率|抚养比|扶養比|계수|비율|배율|부양비|출산율|出生率|生育率)/i;
const AGE_HEADER = /(?<!-)\b(?:age|life expectancy)\b|年龄|年齢|寿命|壽命|연령|나이|수명/i;

function measureFrom(header: string, raw: string): Figure | undefined {
  if (!/^\d+\.\d+$/.test(raw) || RATE_COLUMN.test(header)) return undefined;
  const value = Number(raw);
  const unit = RATIO_HEADER.test(header) ? (value < 1000 ? 'rate' : undefined) : AGE_HEADER.test(header) && value >= 15 && value <= 110 ? 'age' : undefined;
  if (!unit) return undefined;
  return cellValue(raw, value, unit, 0.5 * 10 ** -raw.split('.')[1].length);
}

/** "US$ billion" + 12 -> "US$12 billion"; "million tonnes" + 3 -> "3 million tonnes". */
/** "'000 TEU", "000s tonnes", "(thousands)": a table in thousands, written as a scale word the parser reads. */
function thousands(spec: string): string {
  // "£000", "$'000" (accounts in thousands of pounds or dollars): the currency, in thousands.
  return spec
    .replace(/^['’‘]?000s?\b\s*/i, 'thousand ')
    .replace(/^thousands\b/i, 'thousand')
    .replace(/((?:US|HK|NT|A|C|S)?[$€£¥₩])\s?['’‘]?000s?(?!\d)/g, '$1 thousand')
    .trim();
}

function readableEnglish(spec: string, number: string): string {
  const currency = /^(US\$|[A-Z]{1,3}\$|\$|€|£|¥|₩|RMB|[A-Z]{3}(?![a-z]))\s?/.exec(spec);
  // "TEU" is three capitals but no currency: only a currency's code goes before the number.
  if (currency && /^[A-Z]{3}$/.test(currency[1]) && !CURRENCY_CODE_BEFORE.test(currency[1])) return `${number} ${spec}`;
  return currency ? `${currency[1]}${/[A-Z]$/.test(currency[1]) ? ' ' : ''}${number} ${spec.slice(currency[0].length)}` : `${number} ${spec}`;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

/** Every figure of a source text: table cells from the table reader, the rest from the prose parser. */
export function readSourceFigures(text: string, original?: OriginalText): { prose: Figure[]; tables: TableFigure[] } {
  const tables = readTables(text, original);
  return { prose: parseFigures(text, 0, text.length, tableLineMask(text, tables)), tables };
}
