import { excerpt } from '../corpus/sourceLocation.js';
import type { FigureFinding, FigureStatus } from './figureCheck.js';
import type { SourceFigure } from './figureIndex.js';
import type { Figure } from './figureParser.js';

/** Stable diagnostic codes, one per verdict that needs the writer's attention. */
export const FIGURE_CODES: Record<Exclude<FigureStatus, 'supported'>, string> = {
  uncited: 'figure.uncited',
  'not-in-cited-source': 'figure.not-in-cited-source',
  contradicted: 'figure.contradicted',
  unsupported: 'figure.unsupported',
};

/** A source figure as words: its own text, or for a bare table cell ("30.8") the value with its unit ("30.8%"). */
export function figureText(s: SourceFigure): string {
  return s.table ? describeValue(s.figure) : s.figure.text.trim();
}

/** The source sentence around a source figure, trimmed for a message or hover; for a table cell, its caption, column and row. */
export function sourceQuote(s: SourceFigure, radius = 50): string {
  if (s.tableContext) return s.tableContext;
  return excerpt(s.doc.normalized.text, s.sentenceStart, s.sentenceEnd, s.figure.start, radius);
}

const DIRECTION = { up: 'rise', down: 'fall' } as const;

function yearOf(s: SourceFigure): string {
  return s.years.length === 1 ? ` (${s.years[0]})` : '';
}

/** Every cited key has no text in the corpus (a bibliography entry only): the figure cannot be checked against it. */
export function citesOnlyUnreadable(f: FigureFinding): boolean {
  return f.citedKeys.length > 0 && (f.citedWithoutText?.length ?? 0) === f.citedKeys.length;
}

/** A message that names the source and quotes it, so the writer can judge without opening it. */
export function findingMessage(f: FigureFinding): string {
  const fig = f.figure.text.trim();
  const cited = f.citedKeys.map((k) => `@${k}`).join(', ');
  switch (f.status) {
    case 'supported':
      return `${fig} is supported by @${f.support[0].doc.key}: “${sourceQuote(f.support[0])}”`;
    case 'uncited':
      return `${fig} is supported by @${f.support[0].doc.key} but not cited: “${sourceQuote(f.support[0])}”`;
    case 'not-in-cited-source': {
      const other = f.support[0];
      if (f.unknownCited && f.unknownCited.length === f.citedKeys.length) {
        const keys = f.unknownCited.map((k) => `@${k}`).join(', ');
        return other ? `${keys} is not in the corpus; @${other.doc.key} gives ${fig}: “${sourceQuote(other)}”` : `${keys} is not in the corpus, and no source in it gives ${fig}`;
      }
      if (citesOnlyUnreadable(f)) {
        const keys = f.citedKeys.map((k) => `@${k}`).join(', ');
        return `${fig} cannot be checked against ${keys}: the corpus has its reference but not its text${other ? `; @${other.doc.key} gives it: “${sourceQuote(other)}”` : ''}. Add the source's text to a corpus folder to check it.`;
      }
      if (!other && f.otherYear) return `${cited} does not give ${fig} for ${f.frame.period}; @${f.otherYear.doc.key} gives it for ${f.otherYear.period}: “${sourceQuote(f.otherYear)}”. Check the year.`;
      return other
        ? `${cited} does not give ${fig} for this; @${other.doc.key} does: “${sourceQuote(other)}”`
        : // Not "the source does not contain it": the number may be there, about something else.
          `${cited} does not give ${fig} for this (same measure, year and countries), and no other source does`;
    }
    case 'contradicted': {
      const [first, ...rest] = f.conflicts;
      // Other sources only, one figure each (the best-matching one): never the same source again
      // with figures about something else.
      const seen = new Set([first.doc.key]);
      const others = rest.filter((r) => !seen.has(r.doc.key) && seen.add(r.doc.key)).map((r) => `@${r.doc.key} ${figureText(r)}`).slice(0, 3);
      const also = others.length ? `; other sources give ${others.join(', ')}` : '';
      const year = f.otherYear && f.otherYear.doc.key === first.doc.key ? `; it gives ${fig} for ${f.otherYear.period}: check the year` : '';
      // The same number the other way round: say which way each side has it.
      if (f.figure.direction && first.figure.direction && f.figure.direction !== first.figure.direction) {
        return `@${first.doc.key} has ${figureText(first)} as a ${DIRECTION[first.figure.direction]}${yearOf(first)}, the draft has ${fig} as a ${DIRECTION[f.figure.direction]}: “${sourceQuote(first)}”${also}`;
      }
      return `@${first.doc.key} gives ${figureText(first)}${yearOf(first)}, the draft says ${fig}: “${sourceQuote(first)}”${year}${also}`;
    }
    case 'unsupported':
      return `No source supports ${fig}${cited ? ` (cited: ${cited})` : ''}`;
  }
}

/** Code of the information finding for a figure the cited source only rounds. */
export const MORE_PRECISE_CODE = 'figure.more-precise-elsewhere';

/** "@cited gives 17%左右; @other gives 16.4%": the message for a figure another source states as precisely. */
export function preciseElsewhereMessage(f: FigureFinding): string | undefined {
  const other = f.preciseElsewhere;
  if (!other) return undefined;
  const cited = f.support[0];
  return `${f.figure.text.trim()}: @${cited.doc.key} gives only ${figureText(cited)}; @${other.doc.key} gives ${figureText(other)}: “${sourceQuote(other)}”. Cite @${other.doc.key} for the precise figure.`;
}

const UNIT_LABEL: Partial<Record<Figure['unit'], string>> = { percent: '%', pp: ' percentage points', people: ' people', visits: ' visits', count: '', multiple: '×', km: ' km', ton: ' t', TEU: ' TEU', day: ' days', flight: ' flights', ship: ' ships', firm: ' firms', project: ' projects', GW: ' GW', TWh: ' TWh', m3: ' m³', barrel: ' barrels', rate: '', km2: ' km²' };

/** A value as the check understood it, language-neutral: "4.76 billion USD", "47.3%", "34,000 TEU", "10–20%". */
export function describeValue(f: Figure): string {
  const n = (v: number) => {
    const abs = Math.abs(v);
    for (const [size, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) if (abs >= size) return `${+(v / size).toPrecision(6)} ${word}`;
    return (+v.toPrecision(6)).toLocaleString('en-US');
  };
  const value = f.high !== f.value ? `${n(f.value)}–${n(f.high)}` : n(f.value);
  const unit = UNIT_LABEL[f.unit] ?? ` ${f.unit}`;
  const bound = { exact: '', range: '', approx: 'about ', lower: 'at least ', upper: 'at most ' }[f.qualifier];
  return `${bound}${value}${unit}`;
}

/** One row of the side-by-side claim table in a figure hover: value, kind, year, countries, whole. */
export function claimCells(f: Figure, claim: { period?: string; entities: readonly string[]; scope?: string }): string[] {
  return [describeValue(f), f.kind, claim.period ?? '—', claim.entities.length ? claim.entities.join(', ') : '—', claim.scope ?? '—'];
}
