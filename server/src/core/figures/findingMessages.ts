import { excerpt } from '../corpus/sourceLocation.js';
import type { FigureFinding, FigureStatus } from './figureCheck.js';
import type { SourceFigure } from './figureIndex.js';
import type { Figure } from './figureParser.js';
import { message, type Locale } from '../messages/messages.js';
import { chineseCurrencyName } from './units.js';
import { figuresOfSentence } from './parallelValues.js';
import { rowLabelOf } from './tableRows.js';

/** Stable diagnostic codes, one per verdict that needs the writer's attention. */
export const FIGURE_CODES: Record<Exclude<FigureStatus, 'supported'>, string> = {
  uncited: 'figure.uncited',
  'not-in-cited-source': 'figure.not-in-cited-source',
  contradicted: 'figure.contradicted',
  unsupported: 'figure.unsupported',
};

/** A source figure as words: its own text, or for a bare table cell ("30.8") the value with its unit ("30.8%"). */
export function figureText(s: SourceFigure, locale: Locale = 'en'): string {
  // A table cell is a bare number, and a computed move was never written: both are described.
  // "estimated at 1.0" is a hedge as the source wrote it; after "gives" it reads "an estimated 1.0".
  // A minus sign the source wrote before the number stays with it ("−11.6%", not "11.6%").
  return s.table || s.derived ? describeValue(s.figure, locale) : (s.figure.sign ?? '') + s.figure.text.trim().replace(/^estimated at\s/i, 'an estimated ');
}

/** The source sentence around a source figure, trimmed for a message or hover; for a table cell, its caption, column and row. */
export function sourceQuote(s: SourceFigure, radius = 50): string {
  if (s.tableContext) return s.tableContext;
  return excerpt(s.doc.normalized.text, s.sentenceStart, s.sentenceEnd, s.figure.start, radius);
}

/** The year a source value is for: its own, else the sentence's only year unless another value of the sentence holds it ("47.3%로 2023년(44.1%)보다": 2023 is 44.1%'s). */
function yearOf(s: SourceFigure): string | undefined {
  if (s.period) return s.period;
  if (s.years.length !== 1) return undefined;
  const year = String(s.years[0]);
  return figuresOfSentence(s).some((o) => o.period === year) ? undefined : year;
}

/** Every cited key has no text in the corpus (a bibliography entry only): the figure cannot be checked against it. */
export function citesOnlyUnreadable(f: FigureFinding): boolean {
  return f.citedKeys.length > 0 && (f.citedWithoutText?.length ?? 0) === f.citedKeys.length;
}

/** A message that names the source and quotes it, so the writer can judge without opening it; in the locale's language (English by default). */
export function findingMessage(f: FigureFinding, locale: Locale = 'en'): string {
  const fig = f.figure.text.trim();
  const cited = f.citedKeys.map((k) => `@${k}`).join(', ');
  switch (f.status) {
    case 'supported':
      if (f.derived) return message(locale, 'figure.derived', { fig, key: f.support[0].doc.key, a: figureText(f.support[0], locale), b: f.derived.other.text.trim(), quote: sourceQuote(f.support[0]) });
      return message(locale, 'figure.supported', { fig, key: f.support[0].doc.key, quote: sourceQuote(f.support[0]) });
    case 'uncited':
      return message(locale, 'figure.uncited', { fig, key: f.support[0].doc.key, quote: sourceQuote(f.support[0]) });
    case 'not-in-cited-source': {
      const other = f.support[0];
      const backer = other ? { other: other.doc.key, quote: sourceQuote(other) } : {};
      if (f.unknownCited && f.unknownCited.length === f.citedKeys.length) {
        return message(locale, 'figure.keyNotInCorpus', { keys: f.unknownCited.map((k) => `@${k}`).join(', '), fig, ...backer });
      }
      if (citesOnlyUnreadable(f)) return message(locale, 'figure.noSourceText', { keys: f.citedKeys.map((k) => `@${k}`).join(', '), fig, ...backer });
      if (!other && f.otherCurrency) return message(locale, 'figure.otherCurrency', { cited, fig, key: f.otherCurrency.doc.key, value: `${figureText(f.otherCurrency, locale)} (${f.otherCurrency.figure.unit})`, quote: sourceQuote(f.otherCurrency) });
      if (!other && f.otherRow) return message(locale, 'figure.otherRow', { cited, fig, key: f.otherRow.doc.key, row: rowLabelOf(f.otherRow) ?? '', quote: sourceQuote(f.otherRow) });
      if (!other && f.otherYear) return message(locale, 'figure.otherYear', { cited, fig, period: String(f.frame.period), key: f.otherYear.doc.key, otherPeriod: String(f.otherYear.period), quote: sourceQuote(f.otherYear) });
      return message(locale, 'figure.notInCitedSource', { cited, fig, ...backer });
    }
    case 'contradicted': {
      const [first, ...rest] = f.conflicts;
      // Other sources only, one figure each (the best-matching one): never the same source again
      // with figures about something else.
      const seen = new Set([first.doc.key]);
      const others = rest.filter((r) => !seen.has(r.doc.key) && seen.add(r.doc.key)).map((r) => `@${r.doc.key} ${figureText(r, locale)}`).slice(0, 3);
      const common = { key: first.doc.key, value: figureText(first, locale), year: yearOf(first), fig, quote: sourceQuote(first), others };
      // The same number the other way round: say which way each side has it.
      if (f.figure.direction && first.figure.direction && f.figure.direction !== first.figure.direction) {
        return message(locale, 'figure.contradictedDirection', { ...common, direction: first.figure.direction, draftDirection: f.figure.direction });
      }
      const otherYear = f.otherYear && f.otherYear.doc.key === first.doc.key ? String(f.otherYear.period) : undefined;
      return message(locale, 'figure.contradicted', { ...common, otherYear });
    }
    case 'unsupported':
      return message(locale, 'figure.unsupported', { fig, cited });
  }
}

/** Code of the information finding for a figure the cited source only rounds. */
export const MORE_PRECISE_CODE = 'figure.more-precise-elsewhere';

/** "@cited gives 17%左右; @other gives 16.4%": the message for a figure another source states as precisely. */
export function preciseElsewhereMessage(f: FigureFinding, locale: Locale = 'en'): string | undefined {
  const other = f.preciseElsewhere;
  if (!other) return undefined;
  const cited = f.support[0];
  return message(locale, 'figure.morePreciseElsewhere', { fig: f.figure.text.trim(), citedKey: cited.doc.key, citedValue: figureText(cited, locale), other: other.doc.key, otherValue: figureText(other, locale), quote: sourceQuote(other) });
}

const UNIT_LABEL: Partial<Record<Figure['unit'], string>> = { percent: '%', pp: ' percentage points', people: ' people', visits: ' visits', count: '', multiple: '×', km: ' km', ton: ' t', TEU: ' TEU', day: ' days', flight: ' flights', ship: ' ships', firm: ' firms', project: ' projects', GW: ' GW', TWh: ' TWh', m3: ' m³', barrel: ' barrels', rate: '', km2: ' km²', points: ' points', age: ' years' };

const UNIT_LABEL_ZH: Partial<Record<Figure['unit'], string>> = { percent: '%', pp: '个百分点', people: '人', visits: '人次', count: '', multiple: '倍', km: '公里', ton: '吨', TEU: '标准箱', day: '天', flight: '架次', ship: '艘', firm: '家', project: '个', GW: '吉瓦', TWh: '太瓦时', m3: '立方米', barrel: '桶', rate: '', km2: '平方公里', ugm3: '微克/立方米', degC: '℃', age: '岁', points: '点' };

/** A value as the check understood it: "4.76 billion USD", "47.3%", "34,000 TEU", "10–20%"; in Chinese "47.6亿美元", "约3000万人次". */
export function describeValue(f: Figure, locale: Locale = 'en'): string {
  if (locale === 'zh') return describeValueZh(f);
  const n = (v: number) => {
    const abs = Math.abs(v);
    for (const [size, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) if (abs >= size) return `${+(v / size).toPrecision(6)} ${word}`;
    return (+v.toPrecision(6)).toLocaleString('en-US', { minimumFractionDigits: writtenDecimals(f, v) });
  };
  const value = f.high !== f.value ? `${n(f.value)}–${n(f.high)}` : n(f.value);
  const unit = UNIT_LABEL[f.unit] ?? ` ${f.unit}`;
  const bound = { exact: '', range: '', approx: 'about ', lower: 'at least ', upper: 'at most ' }[f.qualifier];
  return `${bound}${value}${unit}`;
}

/** The decimals the figure was written with, when v is the number as written ("54.0" keeps its zero): 0 otherwise. */
function writtenDecimals(f: Figure, v: number): number {
  const m = /(\d[\d,]*)\.(\d+)/.exec(f.text);
  return m && Number(`${m[1].replace(/,/g, '')}.${m[2]}`) === v ? m[2].length : 0;
}

/** The value in Chinese counting: 万 and 亿, the unit after the number, the bound before it. */
function describeValueZh(f: Figure): string {
  const n = (v: number) => {
    const abs = Math.abs(v);
    for (const [size, word] of [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']] as const) if (abs >= size) return `${+(v / size).toPrecision(6)}${word}`;
    return (+v.toPrecision(6)).toFixed(Math.max(writtenDecimals(f, v), String(+v.toPrecision(6)).split('.')[1]?.length ?? 0));
  };
  const value = f.high !== f.value ? `${n(f.value)}–${n(f.high)}` : n(f.value);
  const unit = UNIT_LABEL_ZH[f.unit] ?? chineseCurrencyName(f.unit) ?? ` ${f.unit}`;
  const bound = { exact: '', range: '', approx: '约', lower: '至少', upper: '至多' }[f.qualifier];
  return `${bound}${value}${unit}`;
}

/** One row of the side-by-side claim table in a figure hover: value, kind, year, countries, whole. */
export function claimCells(f: Figure, claim: { period?: string; entities: readonly string[]; scope?: string }, locale: Locale = 'en'): string[] {
  return [describeValue(f, locale), f.kind, claim.period ?? '—', claim.entities.length ? claim.entities.join(', ') : '—', claim.scope ?? '—'];
}
