import type { Figure } from './figureParser.js';
import type { SourceFigure } from './figureIndex.js';
import { alikeUnit, figuresOfSentence } from './parallelValues.js';

/** A figure of the draft sentence backed by a cited source, with the source figure that backs it. */
export interface Backed {
  figure: Figure;
  source: SourceFigure;
}

/** The source values a draft's multiple was computed from: the one quoted, and the other. */
export interface DerivedFrom {
  source: SourceFigure;
  other: Figure;
}

/**
 * "5620万人次，是上一年1790万人次的三倍多", "$7.6 billion, 2.1 times their 2018 value of $3.62
 * billion", "约为上年的2.5倍": a multiple the writer computed from two values the cited source
 * gives. No source states the multiple itself, so it is checked as the ratio of those two: a value
 * of the draft sentence backed by the cited source, and another value of the same unit either
 * backed beside it in the draft or written in the same source sentence.
 */
export function derivedMultiple(multiple: Figure, backed: readonly Backed[]): DerivedFrom | undefined {
  if (multiple.unit !== 'multiple' || multiple.value < 1) return undefined;
  for (const b of backed) {
    const x = b.source.figure;
    if (x.kind === 'change') continue;
    const partners = [...backed.filter((o) => o !== b && o.source.doc === b.source.doc).map((o) => o.source.figure), ...figuresOfSentence(b.source).map((o) => o.figure)];
    for (const y of partners) {
      if (y.start === x.start || y.kind === 'change' || !alikeUnit(x.unit, y.unit) || y.value <= 0 || x.value <= 0) continue;
      const ratio = Math.max(x.value, y.value) / Math.min(x.value, y.value);
      if (ratioFits(multiple, ratio)) return { source: b.source, other: y };
    }
  }
  return undefined;
}

/**
 * Whether a computed ratio is what the multiple as written says: to its decimals when it has them
 * (2.39倍), as a writer rounds a whole one (两倍 for 1.9, "tripled" for 3.1), at least its value
 * for "三倍多" / "more than", at most for "近" / "nearly". "比上年增长两倍" is read either way
 * (a rise of 200% or to twice), as writers use it both ways.
 */
function ratioFits(m: Figure, ratio: number): boolean {
  const targets = m.kind === 'change' ? [m.value, m.value + 1] : [m.value];
  return targets.some((n) => {
    if (m.qualifier === 'lower') return ratio >= n - 0.05 && ratio <= n + 1;
    if (m.qualifier === 'upper') return ratio >= n * 0.8 && ratio <= n + 0.05;
    const decimals = /\d\.\d/.test(m.text);
    const slack = decimals ? m.precision + 0.01 * n : (m.qualifier === 'approx' ? 0.2 : 0.12) * n;
    return Math.abs(ratio - n) <= slack;
  });
}
