import { foldHanzi } from '../figures/hanziFold.js';
import { splitSentences, type Sentence } from './sentences.js';
import { extractTermEvidence, type TermEvidence } from '../glossary/termExtractor.js';
import type { Figure } from '../figures/figureParser.js';
import { conceptHitsIn, featureSpans, featuresWithin, spanFeatures, yearsIn } from '../figures/context.js';
import { claimFrames, earlierCountries, monthBefore, ParagraphYears, POINTING_SUBJECT, splitYearIn } from '../figures/claims.js';
import { isCjkText, isJapaneseText, isKoreanText } from '../figures/cjkText.js';
import { countriesIn } from '../figures/entities.js';
import { readSourceFigures, type OriginalText, type TableFigure } from '../figures/tables.js';

/** A figure of a source with the context it is compared by (features without glossary terms). */
export interface ScannedFigure {
  figure: Figure;
  sentenceStart: number;
  sentenceEnd: number;
  sentence: Set<string>;
  /** a handful of features: an array costs far less memory than a Set at this size */
  local: string[];
  /** features of the clause that holds the figure (its measure and scope) */
  clause: string[];
  /** where that clause starts: figures of one clause share it */
  clauseStart: number;
  years: string[];
  /** the year the text binds to this figure */
  period?: string;
  /** countries the figure is about (ISO codes) */
  entities: string[];
  /** for a share, the whole it is a share of */
  scope?: string;
  /** for a bare count, the concepts of what it counts */
  counted?: string[];
  /** for a change paired by 分别/respectively with a quantity listed before it, that quantity's unit */
  changeOf?: string;
  /** read from a table cell: the sentence is the row, the context its caption, header and label */
  table?: boolean;
  /** for a table cell, what a quote shows: "caption · column: row label value" */
  tableContext?: string;
  /** a table cell under a column of the year before ("전년 동월", "上年同期", "Previous year") */
  previousColumn?: boolean;
  /** the sentence is Chinese, Korean or Japanese text (compared across languages by concepts only) */
  cjk: boolean;
  /** Korean text: it shares concepts with Chinese and English, not words */
  korean?: boolean;
  japanese?: boolean;
  /** the month (or months, "1-10") the figure is for, when its clause or its table row names one */
  month?: string;
}

/** What one pass over a document's normalised text finds; kept with the document, so an unchanged file is never scanned again. */
export interface DocumentScan {
  terms: TermEvidence[];
  figures: ScannedFigure[];
}

export const LOCAL_RADIUS = 12;

export function scanDocument(text: string, original?: OriginalText): DocumentScan {
  // Both passes read the same sentences: split once (a run-on line in pieces: see boundedSentences).
  const sentences = splitSentences(text);
  return { terms: extractTermEvidence(text, sentences), figures: scanFigures(text, sentences, original) };
}

const FULL_YEAR_OPENING = /^\s*(?:初步核算，)?(?:全年|年末|年内|年內|本年)/;

/** The one year a report's first line names ("…2023年国民经济和社会发展统计公报"), if its first line is such a title. */
function reportYearOf(text: string): string | undefined {
  // The title may be run together with the lines under it (the office, the release date): the year is
  // the one the title itself names before its report word.
  const first = text.slice(0, 100);
  return TITLE_YEAR.exec(first)?.[1];
}
const TITLE_YEAR = /^[^。\n]{0,20}?((?:19|20)\d\d)年[^。\n\d]{0,24}?(?:公报|公報|统计|統計|年报|年報|白皮书|白書|报告|報告|年鉴|年鑑)/;

// A Taiwan release says once that its amounts are New Taiwan dollars ("金額單位：新臺幣億元") and then
// writes a bare 元 (8,134億元): in such a document, and only where renminbi is never named, 元 is NT$.
const TAIWAN_DOLLAR = /新臺幣|新台幣|新台币|新臺币/;
const NAMED_RMB = /人民币|人民幣|RMB|CNY/;
const BARE_YUAN_TEXT = /[元圆圓]/;

function inNewTaiwanDollars(text: string): boolean {
  return TAIWAN_DOLLAR.test(text) && !NAMED_RMB.test(text);
}

function scanFigures(written: string, sentences: readonly Sentence[], original?: OriginalText): ScannedFigure[] {
  // Figures and their words are read in simplified characters (億 as 亿, 増 as 增: Japanese and
  // traditional sources); a figure's text and a table's quote stay as the source writes them.
  const text = foldHanzi(written);
  const { prose: figures, tables } = readSourceFigures(text, original);
  if (text !== written) for (const f of [...figures, ...tables.map((t) => t.figure)]) f.text = written.slice(f.start, f.end);
  if (inNewTaiwanDollars(text)) for (const f of [...figures, ...tables.map((t) => t.figure)]) if (f.unit === 'CNY' && BARE_YUAN_TEXT.test(f.text) && !NAMED_RMB.test(f.text)) f.unit = 'TWD';
  const out: ScannedFigure[] = [];
  let fi = 0;
  if (figures.length) {
    const paragraphYears = new ParagraphYears(text);
    const reportYear = reportYearOf(text);
    let previous: { start: number; end: number } | undefined;
    let fullYearFrom = -1;
    for (const s of sentences) {
      // A report of one year (its first line: "云南省2023年国民经济和社会发展统计公报") says 全年/年末 for that
      // year: a paragraph opened so, with no year of its own, is about it (the sentences after too).
      if (reportYear && FULL_YEAR_OPENING.test(text.slice(s.start, s.start + 12))) fullYearFrom = s.start;
      else if (fullYearFrom >= 0 && text.slice(fullYearFrom, s.start).includes('\n')) fullYearFrom = -1;
      const ownYear = /(?:19|20)\d\d/.test(text.slice(s.start, s.end));
      const paragraphYear = paragraphYears.next(s.start, s.end) ?? (fullYearFrom >= 0 && !ownYear ? reportYear : undefined);
      const inSentence: Figure[] = [];
      while (fi < figures.length && figures[fi].start < s.end) {
        if (figures[fi].start >= s.start) inSentence.push(figures[fi]);
        fi++;
      }
      // "In 2020, they were $47.7 billion": a sentence whose subject is a pronoun takes the
      // previous sentence of its paragraph as its subject.
      const carry = previous && POINTING_SUBJECT.test(text.slice(s.start, Math.min(s.end, s.start + 40))) && !text.slice(previous.end, s.start).includes('\n\n') ? previous : undefined;
      if (inSentence.length) out.push(...scanSentence(text, s.start, s.end, inSentence, paragraphYear, carry, earlierCountries(text, previous, s.start, s.end)));
      previous = s;
    }
  }
  for (const t of tables) out.push(scanTableFigure(text, t, written));
  return out.sort((a, b) => a.sentenceStart - b.sentenceStart || a.figure.start - b.figure.start);
}


function scanSentence(text: string, start: number, end: number, inSentence: Figure[], paragraphYear?: string, carry?: { start: number; end: number }, listedBefore?: readonly string[]): ScannedFigure[] {
  // One pass over the sentence; its clauses and each figure's neighbourhood take their part of it.
  const spans = featureSpans(text, start, end, inSentence, conceptHitsIn(text, start, end, inSentence));
  const sentence = featuresWithin(spans, start, end);
  // The words and countries of the sentence the pronoun points back to join this one's.
  const carried = carry ? featuresWithin(featureSpans(text, carry.start, carry.end, [], conceptHitsIn(text, carry.start, carry.end, [])), carry.start, carry.end) : undefined;
  if (carried) for (const f of carried) if (!/^\d/.test(f)) sentence.add(f);
  const carriedCountries = carry ? countriesIn(text, carry.start, carry.end) : [];
  const years = yearsIn(text, start, end);
  const frames = claimFrames(text, start, end, inSentence, undefined, paragraphYear, listedBefore);
  const cjk = isCjkText(text, start, end);
  const korean = cjk && isKoreanText(text, start, end);
  const japanese = cjk && !korean && isJapaneseText(text, start, end);
  // Figures of one clause share its features (one array, computed once).
  const clauses = new Map<number, string[]>();
  return inSentence.map((figure, i) => {
    const local = [...featuresWithin(spans, Math.max(start, figure.start - LOCAL_RADIUS), Math.min(end, figure.end + LOCAL_RADIUS))];
    let clause = clauses.get(frames[i].clauseStart);
    if (!clause) {
      clause = [...featuresWithin(spans, frames[i].clauseStart, frames[i].clauseEnd)];
      // Only the first clause has the pronoun for its subject.
      if (carried && frames[i].clauseStart === start) clause.push(...[...carried].filter((f) => !/^\d/.test(f) && !clause!.includes(f)));
      clauses.set(frames[i].clauseStart, clause);
    }
    const entities = frames[i].entities.length === 0 && frames[i].clauseStart === start ? carriedCountries : frames[i].entities;
    const scanned: ScannedFigure = { figure, sentenceStart: start, sentenceEnd: end, sentence, local, clause, clauseStart: frames[i].clauseStart, years, period: frames[i].period, entities, scope: frames[i].scope, cjk, ...(korean ? { korean } : {}), ...(japanese ? { japanese } : {}) };
    if (frames[i].month) scanned.month = frames[i].month;
    if (frames[i].counted) scanned.counted = frames[i].counted;
    if (frames[i].changeOf) scanned.changeOf = frames[i].changeOf;
    return scanned;
  });
}

/** "表2 …（单位：%） · 2020年: 日本 30.8": a cell quoted with what makes it mean something. */
// "2024. 5.", "2024/05", "2024-05": a row or column of a month written with its year in figures.
const YEAR_MONTH_LABEL = /^\s*(?:19|20)\d\d\s?[./-]\s?(\d{1,2})\.?\s*$/;

function yearMonthLabel(label: string): string | undefined {
  const m = YEAR_MONTH_LABEL.exec(label);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? String(Number(m[1])) : undefined;
}

function tableQuote(text: string, t: TableFigure, label: Span, header: Span | undefined, caption: Span[]): string {
  const slice = (c: Span) => text.slice(c.start, c.end).trim();
  // The header line's lead ("产品名称 单位") names the row labels' column: the label shows it, and run
  // into the caption it read "…产品产量产品名称 单位".
  const onHeaderLine = (c: Span) => !!header && !text.slice(Math.min(c.start, header.start), Math.max(c.end, header.start)).includes('\n');
  const joined = [...caption].reverse().filter((c) => !onHeaderLine(c)).map(slice).filter(Boolean).join(' ');
  // The caption only: a paragraph run into it ends at its last full stop.
  const head = joined.slice(joined.lastIndexOf('。') + 1).slice(-80).trim();
  // "产值: 2023 1,234亿元": a unit column's unit goes with the value it gave, not between label and value.
  const unit = t.unitCell ? slice(t.unitCell) : '';
  const value = unit ? `${t.figure.text}${/^[A-Za-z]/.test(unit) ? ' ' : ''}${unit}` : t.figure.text;
  return `${head ? `${head} · ` : ''}${header ? `${slice(header)}: ` : ''}${slice(label)} ${value}`;
}

type Span = { start: number; end: number };

const YEAR_SPAN = /\b((?:19|20)\d\d)\s?(?:年\s?)?[-–—~～至到]\s?((?:19|20)\d\d)\b/;

const PREVIOUS_YEAR_HEADER = /^\s*(?:전년|작년|前年|上年|去年|昨年|previous year|prior year|last year|a year earlier|year before)(?:\s?(?:동월|동기|同月|同期|同期間|度|末|same (?:month|period|quarter)))?\s*(?:\([^)]*\)|（[^）]*）)?\s*$/i;
const BASE_YEAR_HEADER = /(?:\b(?:on|over|vs\.?|versus|from|since|compared (?:with|to))\s|比|较|較|对比|對比)(?:19|20)\d\d(?![-–—~～至到]\s?(?:19|20)\d\d)|(?:19|20)\d\d\s?년?\s?대비/i;

/** A table cell: features of its caption, column header and row label; its year from the header first. */
function scanTableFigure(text: string, t: TableFigure, written = text): ScannedFigure {
  const [label, header, ...caption] = [...t.context].reverse();
  const features = new Set<string>();
  for (const c of t.context) for (const f of spanFeatures(text, c.start, c.end)) features.add(f);
  const local = [...spanFeatures(text, label.start, label.end), ...(header ? spanFeatures(text, header.start, header.end) : [])];
  // "Change 2018–2022 (%)": a header naming a span gives the span, not its first year.
  const yearOf = (c?: { start: number; end: number }) => (c ? (YEAR_SPAN.exec(text.slice(c.start, c.end))?.slice(1, 3).join('-') ?? splitYearIn(text.slice(c.start, c.end)) ?? yearsIn(text, c.start, c.end)[0]) : undefined);
  // "Change on 2022", "比2022年增减": the year a change column is measured from is not its cells' year.
  const headerYear = header && !BASE_YEAR_HEADER.test(text.slice(header.start, header.end)) ? yearOf(header) : undefined;
  // "전년 동월", "上年同期", "Prior year": the column of the year before the table's.
  const previousColumn = !!header && PREVIOUS_YEAR_HEADER.test(text.slice(header.start, header.end)) && !BASE_YEAR_HEADER.test(text.slice(header.start, header.end));
  const tableYear = headerYear ?? yearOf(label) ?? caption.map(yearOf).find(Boolean);
  const period = previousColumn && !headerYear && tableYear && /^\d{4}$/.test(tableYear) ? String(Number(tableYear) - 1) : tableYear;
  // Countries from the row label, else from the column header ("首尔黄沙日数（天）"), else the caption.
  const labelled = countriesIn(text, label.start, label.end);
  const entities = labelled.length || !header ? labelled : countriesIn(text, header.start, header.end);
  // A row or column of a month ("8月 1311.7 845.3", "| 2024年12月 |") gives its cells that month.
  const month = monthBefore(text.slice(label.start, label.end) + ' ') ?? yearMonthLabel(text.slice(label.start, label.end)) ?? (header ? monthBefore(text.slice(header.start, header.end) + ' ') ?? yearMonthLabel(text.slice(header.start, header.end)) : undefined);
  return {
    ...(month ? { month } : {}),
    figure: t.figure,
    sentenceStart: t.rowStart,
    sentenceEnd: t.rowEnd,
    sentence: features,
    local,
    clause: [...features],
    clauseStart: t.rowStart,
    years: period ? [period] : [],
    period,
    entities: entities.length ? entities : caption.flatMap((c) => countriesIn(text, c.start, c.end)),
    table: true,
    ...(previousColumn ? { previousColumn } : {}),
    tableContext: tableQuote(written, t, label, header, caption),
    cjk: isCjkText(text, t.rowStart, t.rowEnd),
    ...(isKoreanText(text, t.rowStart, t.rowEnd) ? { korean: true } : {}),
    ...(isJapaneseText(text, t.context[0]?.start ?? t.rowStart, t.rowEnd) ? { japanese: true } : {}),
  };
}
