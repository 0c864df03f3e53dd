import { parseChineseNumeral } from './chineseNumerals.js';
import { CURRENCY_BEFORE, QUALIFIER_AFTER, QUALIFIER_BEFORE, Qualifier, SCALE_AFTER, UNIT_AFTER, UnitKind } from './units.js';

/** A statistic read from text, normalised to value + unit (3000亿美元 = $300 billion = 3e11 USD). */
export interface Figure {
  start: number;
  end: number;
  /** the value, or the low end of a range */
  value: number;
  /** the high end of a range (equal to value otherwise) */
  high: number;
  unit: UnitKind;
  qualifier: Qualifier;
  /** half-width of the rounding the writer used, in the same scale as value */
  precision: number;
  text: string;
}

/** Folds fullwidth ASCII (０-９, ％, ＄) to ASCII without changing offsets, for drafts. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const ARABIC = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d.])|\d+(?:\.\d+)?)/y;
const CJK_NUM = /[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]*)*/y;
const START = /[\d零〇一二两三四五六七八九十百千]/g;

/**
 * Reads every figure in a (normalised or width-folded) text. A number counts as a statistic
 * only with a unit, a scale word or a fraction/percentage form: bare numbers are years, list
 * numbers, ordinals and locators, and never produce a diagnostic. `skip` marks non-prose offsets.
 */
export function parseFigures(text: string, from = 0, to = text.length, skip?: Uint8Array): Figure[] {
  const out: Figure[] = [];
  START.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text)) !== null && m.index < to) {
    const at = m.index;
    if (skip?.[at] || !startsNumber(text, at)) continue;
    const fig = readFigure(text, at);
    if (fig && fig.end <= to && !(skip && anySkipped(skip, fig.start, fig.end)) && !isNameOrLabel(text, fig)) {
      out.push(fig);
      START.lastIndex = fig.end;
    } else START.lastIndex = skipNumber(text, at);
  }
  return attachSharedUnits(text, out);
}

function anySkipped(skip: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (skip[i]) return true;
  return false;
}

/** Not the middle of a number, a word (G20, CHIP4) or a version (3.0). */
function startsNumber(text: string, at: number): boolean {
  const prev = text[at - 1] ?? '';
  if (/\d/.test(text[at])) return !/[\dA-Za-z.,_/-]/.test(prev) || (prev === '-' && !/[\dA-Za-z]/.test(text[at - 2] ?? ''));
  return !/[零〇一二两三四五六七八九十百千万亿第]/.test(prev);
}

function skipNumber(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\d.,零〇一二两三四五六七八九十百千万亿]/.test(text[i])) i++;
  return Math.max(i, at + 1);
}

interface Core {
  value: number;
  end: number;
  precision: number;
  chinese: boolean;
  percentForm?: boolean;
}

function readFigure(text: string, at: number): Figure | undefined {
  const core = readCore(text, at);
  if (!core) return undefined;
  let { value, end, precision } = core;
  let high = value;
  let unit: UnitKind | undefined = core.percentForm ? 'percent' : undefined;
  const range = readRangeEnd(text, end);
  if (range) {
    high = range.value;
    end = range.end;
  }
  const scale = matchFirst(SCALE_AFTER, text.slice(end, end + 12));
  if (scale) {
    value *= scale.item.factor;
    high *= scale.item.factor;
    precision *= scale.item.factor;
    end += scale.length;
  }
  let qualifier = qualifierAfter(text, end);
  if (qualifier.length) end += qualifier.length;
  if (!unit) {
    const u = matchFirst(UNIT_AFTER, text.slice(end, end + 24));
    if (u && !(core.chinese && u.item.unit === 'count' && /^\s?国/.test(text.slice(end)))) {
      unit = u.item.unit;
      end += u.length;
    }
  }
  const after = qualifierAfter(text, end);
  if (after.length) {
    qualifier = after;
    end += after.length;
  }
  const before = readBefore(text, at);
  unit = unit ?? before.currency;
  if (!unit && (!scale || core.chinese)) return undefined;
  const q = before.qualifier ?? qualifier.q;
  const fig: Figure = { start: before.start, end, value, high, unit: unit ?? 'count', qualifier: q, precision, text: text.slice(before.start, end) };
  if (!unit) UNITLESS.add(fig);
  return fig;
}

// Figures read with a scale but no unit ("3623亿" in "3623亿和3574亿美元"): they take the unit of
// the next figure in the same list, else stay counts.
const UNITLESS = new WeakSet<Figure>();

function qualifierAfter(text: string, end: number): { q: Qualifier; length: number } {
  const hit = matchFirst(QUALIFIER_AFTER, text.slice(end, end + 6));
  return hit ? { q: hit.item.q, length: hit.length } : { q: 'exact', length: 0 };
}

function readCore(text: string, at: number): Core | undefined {
  const fraction = readFraction(text, at);
  if (fraction) return fraction;
  ARABIC.lastIndex = at;
  const a = ARABIC.exec(text);
  if (a) {
    const raw = a[1].replace(/[ ,]/g, '');
    const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
    const value = Number(raw);
    return { value, end: at + a[1].length, precision: Math.max(0.5 * 10 ** -decimals, Math.abs(value) * 0.005), chinese: false };
  }
  CJK_NUM.lastIndex = at;
  const c = CJK_NUM.exec(text);
  if (!c) return undefined;
  const value = parseChineseNumeral(c[0]);
  if (value === undefined) return undefined;
  // A lone 一/两/三 is prose ("一是", "两国"); it counts only with 倍 or 百分点 (两倍, 三个百分点).
  if (c[0].length === 1 && value < 10 && !/^(倍|个百分点)/.test(text.slice(at + 1))) return undefined;
  return { value, end: at + c[0].length, precision: Math.max(0.5, value * 0.005), chinese: true };
}

/** 百分之十七, 三分之一, 1/6, 近六分之一: fractions and percentages written as words. */
function readFraction(text: string, at: number): Core | undefined {
  const pct = /^百分之([零〇一二两三四五六七八九十百点.\d]+)/.exec(text.slice(at - 3 >= 0 && text.slice(at - 3, at) === '百分之' ? at - 3 : at, at + 12));
  if (text.slice(at - 3, at) === '百分之' && pct) {
    const v = /\d/.test(pct[1]) ? Number(pct[1]) : parseChineseNumeral(pct[1]);
    if (v !== undefined) return { value: v, end: at + pct[1].length, precision: 0.5, chinese: true, percentForm: true };
  }
  const zh = /^([零〇一二两三四五六七八九十]+)分之([零〇一二两三四五六七八九十]+)/.exec(text.slice(at, at + 12));
  if (zh) {
    const d = parseChineseNumeral(zh[1]);
    const n = parseChineseNumeral(zh[2]);
    if (d && n !== undefined) return { value: (100 * n) / d, end: at + zh[0].length, precision: 1, chinese: true, percentForm: true };
  }
  const slash = /^(\d{1,2})\/(\d{1,3})(?![\d/])/.exec(text.slice(at, at + 8));
  if (slash && Number(slash[2]) > Number(slash[1]) && Number(slash[2]) <= 100) {
    return { value: (100 * Number(slash[1])) / Number(slash[2]), end: at + slash[0].length, precision: 1, chinese: false, percentForm: true };
  }
  return undefined;
}

/** The second number of a range: 3%~6%, 10%至20%, 10-20%, 10 to 20 percent. */
function readRangeEnd(text: string, end: number): { value: number; end: number } | undefined {
  const m = /^(%?)\s?(?:~|～|-|–|—|至|到|to)\s?(\d+(?:\.\d+)?)/.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  return { value: Number(m[2]), end: end + m[0].length };
}

function readBefore(text: string, at: number): { start: number; qualifier?: Qualifier; currency?: UnitKind } {
  let start = at;
  const window = text.slice(Math.max(0, at - 20), at);
  let currency: UnitKind | undefined;
  for (const c of CURRENCY_BEFORE) {
    const m = c.re.exec(window);
    if (m) {
      currency = c.unit;
      start = at - m[0].length;
      break;
    }
  }
  const rest = text.slice(Math.max(0, start - 20), start);
  for (const q of QUALIFIER_BEFORE) {
    const m = q.re.exec(rest);
    if (m) return { start: start - m[0].length, qualifier: q.q, currency };
  }
  if (/(?:百分之)$/.test(rest)) start -= 3;
  return { start, currency };
}

/** Names and labels that contain digits: 10+3, CHIP 4, 《9.19共同声明》, G20, 第15轮, 2018年第2期. */
function isNameOrLabel(text: string, f: Figure): boolean {
  const after = text.slice(f.end, f.end + 2);
  if (/^\+\d/.test(after)) return true;
  if (text[f.start - 1] === '第') return true;
  // Only look a short way back: an unbounded lastIndexOf made every figure O(length of the draft).
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

function matchFirst<T extends { re: RegExp }>(list: T[], s: string): { item: T; length: number } | undefined {
  for (const item of list) {
    const m = item.re.exec(s);
    if (m && m.index === 0) return { item, length: m[0].length };
  }
  return undefined;
}

/** "3623亿和3574亿美元", "分别为10%、12%": a unit written once at the end of a list applies to each number. */
function attachSharedUnits(text: string, figures: Figure[]): Figure[] {
  for (let i = figures.length - 2; i >= 0; i--) {
    const f = figures[i];
    const next = figures[i + 1];
    if (!UNITLESS.has(f) || UNITLESS.has(next)) continue;
    if (/^\s?(?:和|与|及|、|,|，|and|or|或|到|至)\s?$/.test(text.slice(f.end, next.start))) {
      f.unit = next.unit;
      UNITLESS.delete(f);
    }
  }
  return figures;
}
