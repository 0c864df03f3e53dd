import { excerpt } from '../corpus/sourceLocation.js';
import type { FigureFinding, FigureStatus } from './figureCheck.js';
import type { SourceFigure } from './figureIndex.js';

/** Stable diagnostic codes, one per verdict that needs the writer's attention. */
export const FIGURE_CODES: Record<Exclude<FigureStatus, 'supported'>, string> = {
  uncited: 'figure.uncited',
  'not-in-cited-source': 'figure.not-in-cited-source',
  contradicted: 'figure.contradicted',
  unsupported: 'figure.unsupported',
};

/** The source sentence around a source figure, trimmed for a message or hover. */
export function sourceQuote(s: SourceFigure, radius = 50): string {
  return excerpt(s.doc.normalized.text, s.sentenceStart, s.sentenceEnd, s.figure.start, radius);
}

function yearOf(s: SourceFigure): string {
  return s.years.length === 1 ? ` (${s.years[0]})` : '';
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
      return other
        ? `${cited} does not contain ${fig}; @${other.doc.key} does: “${sourceQuote(other)}”`
        : `${cited} does not contain ${fig}, and no other source does`;
    }
    case 'contradicted': {
      const [first, ...rest] = f.conflicts;
      const others = [...new Set(rest.map((r) => `@${r.doc.key} ${r.figure.text.trim()}`))].slice(0, 3);
      const also = others.length ? `; other sources give ${others.join(', ')}` : '';
      return `@${first.doc.key} gives ${first.figure.text.trim()}${yearOf(first)}, the draft says ${fig}: “${sourceQuote(first)}”${also}`;
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
  return `${f.figure.text.trim()}: @${cited.doc.key} gives only ${cited.figure.text.trim()}; @${other.doc.key} gives ${other.figure.text.trim()}: “${sourceQuote(other)}”. Cite @${other.doc.key} for the precise figure.`;
}
