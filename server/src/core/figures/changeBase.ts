import { columnHeaderOf } from './tableRows.js';

/**
 * What a change is measured against: the same period a year before, the period just before, or a
 * normal (average) year. "Radish prices rose 38.7% on the year" is not the "평년 대비 38.7" of a
 * price survey, whose "전년 대비" column gives the year-on-year change: a change whose base is
 * named on both sides, differently, is another claim.
 */
export type ChangeBase = 'year' | 'previous' | 'normal';

// Each cue as a writer puts it, in Chinese (simplified and traditional), Japanese, Korean and English.
const CUES: readonly [ChangeBase, RegExp][] = [
  ['normal', /平年|평년|常年|往年同期|多年平均|歷年同期|历年同期|(?:\d+|five|ten)-year average|long-term average|than (?:the )?(?:usual|normal|average)\b|above (?:the )?(?:normal|average)\b|below (?:the )?(?:normal|average)\b/gi],
  ['year', /同比|比上年|较上年|較上年|比去年|较去年|較去年|上年同期|去年同期|按年|前年同月比?|前年同期比?|前年度?比|前年より|前年に比べ|前年と比べ|전년\s?(?:동월|동기)?\s?(?:대비|보다|에\s?비해|比)|작년\s?(?:동월|동기)?\s?(?:대비|보다)|year[- ]on[- ]year|\byoy\b|on the year\b|(?:from|than|on|over) (?:a|the) year (?:earlier|before|ago)|(?:from|than) (?:the )?(?:same (?:month|period|quarter) (?:of |in )?)?(?:a year earlier|last year|the previous year|the year before)|in the (?:twelve|12) months to\b/gi],
  ['previous', /环比|環比|比上月|较上月|較上月|按月|按季|前月比|前月より|前期比|前四半期比|전월\s?(?:대비|보다)|전분기\s?(?:대비|보다)|month[- ]on[- ]month|quarter[- ]on[- ]quarter|on the (?:month|quarter)\b|(?:from|than) (?:the )?(?:previous|prior|last) (?:month|quarter)/gi],
];

/** How far after a figure a base may still be its own ("rose 3% on the year", "up 2% year on year"). */
const AFTER_REACH = 30;

/**
 * The base named nearest a figure at [figStart, figEnd) within the clause [from, to): before it
 * anywhere in the clause (同比增长, 전년 대비, 前年比), or just after it (English).
 */
export function changeBaseAround(text: string, from: number, to: number, figStart: number, figEnd: number): ChangeBase | undefined {
  let best: { base: ChangeBase; distance: number } | undefined;
  const window = text.slice(from, Math.min(to, figEnd + AFTER_REACH));
  for (const [base, cue] of CUES) {
    for (const m of window.matchAll(cue)) {
      const at = from + m.index;
      const end = at + m[0].length;
      const distance = end <= figStart ? figStart - end : at >= figEnd ? at - figEnd : -1;
      if (distance < 0) continue;
      if (!best || distance < best.distance) best = { base, distance };
    }
  }
  return best?.base;
}

/**
 * The base a table cell's change is measured against: its column header ("전년 대비", "前年同月比"),
 * else the caption, as the scan quoted them ("caption · header: label value").
 */
export function changeBaseOfCell(tableContext: string): ChangeBase | undefined {
  const cell = columnHeaderOf(tableContext);
  if (!cell) return undefined;
  return baseNamedIn(cell.header) ?? (cell.caption === undefined ? undefined : baseNamedIn(cell.caption));
}

function baseNamedIn(text: string): ChangeBase | undefined {
  const found = CUES.filter(([, cue]) => new RegExp(cue.source, 'i').test(text)).map(([base]) => base);
  // A header that names two bases ("전년 대비 / 평년 대비") says nothing of one cell.
  return found.length === 1 ? found[0] : undefined;
}

/** Two changes measured against bases both name, which are not the same. */
export function basesDiffer(a: ChangeBase | undefined, b: ChangeBase | undefined): boolean {
  return !!a && !!b && a !== b;
}
