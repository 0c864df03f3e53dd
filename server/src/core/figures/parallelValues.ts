import type { ScannedFigure } from '../corpus/documentScan.js';
import type { SourceDocument } from '../corpus/types.js';
import type { Figure } from './figureParser.js';
import type { SourceFigure } from './figureIndex.js';

/**
 * Two values of one draft sentence found together in one source sentence, in the same order
 * ("2.57 million km² of desertified land and 1.69 million of sandified land" against
 * "荒漠化土地面积为257.37万平方公里，沙化土地面积为168.78万平方公里"), are the same statement
 * however little the words share across languages. The order matters: values swapped between
 * clauses ("goods 14%, services 21%" against "goods 21%, services 14%") never pair.
 */
export interface Sibling {
  figure: Figure;
  /** the sibling comes before the figure being checked */
  before: boolean;
  /** no other figure of the sentence stands between them */
  adjacent?: boolean;
}

/**
 * The other figures of a draft sentence. Of another unit too: "$41 billion, less than 30% of the
 * gain" against "约410亿美元，不足前者的三成" pairs a sum with a share.
 */
export function siblingsOf(figures: readonly Figure[], i: number): Sibling[] {
  const f = figures[i];
  const out: Sibling[] = [];
  figures.forEach((g, k) => {
    if (k !== i && !(g.unit === f.unit && g.value === f.value)) out.push({ figure: g, before: k < i, adjacent: Math.abs(k - i) === 1 });
  });
  return out;
}

const BY_SENTENCE = new WeakMap<SourceDocument, Map<number, ScannedFigure[]>>();

export function figuresOfSentence(c: SourceFigure): ScannedFigure[] {
  let map = BY_SENTENCE.get(c.doc);
  if (!map) {
    map = new Map();
    for (const f of c.doc.scan.figures) {
      const list = map.get(f.sentenceStart);
      if (list) list.push(f);
      else map.set(f.sentenceStart, [f]);
    }
    BY_SENTENCE.set(c.doc, map);
  }
  return map.get(c.sentenceStart) ?? [];
}

// "The cohort numbered 720" is a bare count; the source's 720名 counts people: the same value side by side.
const COUNTED = new Set<Figure['unit']>(['count', 'people', 'visits', 'firm', 'project', 'ship', 'flight']);
export function alikeUnit(a: Figure['unit'], b: Figure['unit']): boolean {
  return a === b || ((a === 'count' || b === 'count') && COUNTED.has(a) && COUNTED.has(b));
}

/** The draft sibling that agrees with another figure of the candidate's source sentence, on the same side of it. */
export function agreeingSibling(siblings: readonly Sibling[], c: SourceFigure, agrees: (draft: Figure, source: Figure) => boolean, anySide = false): Sibling | undefined {
  if (siblings.length === 0) return undefined;
  for (const other of figuresOfSentence(c)) {
    if (other.figure.start === c.figure.start || (other.figure.unit === c.figure.unit && other.figure.value === c.figure.value)) continue;
    const before = other.figure.start < c.figure.start;
    const sibling = siblings.find((s) => (anySide || s.before === before) && alikeUnit(s.figure.unit, other.figure.unit) && (s.figure.kind === 'change') === (other.figure.kind === 'change') && agrees(s.figure, other.figure));
    if (sibling) return sibling;
  }
  return undefined;
}

/**
 * How many draft siblings agree with other figures of the candidate's source sentence, each on the
 * same side: "6,500 for young people, 4,200 for newlyweds, 1,300 for older residents" against
 * "청년 6,500호, 신혼부부 4,200호, 고령자 1,300호" pairs three values, which no chance does.
 */
export function agreeingSiblingCount(siblings: readonly Sibling[], c: SourceFigure, agrees: (draft: Figure, source: Figure) => boolean): number {
  if (siblings.length < 2) return 0;
  const used = new Set<Sibling>();
  for (const other of figuresOfSentence(c)) {
    if (other.figure.start === c.figure.start || (other.figure.unit === c.figure.unit && other.figure.value === c.figure.value)) continue;
    const before = other.figure.start < c.figure.start;
    const sibling = siblings.find((s) => !used.has(s) && s.before === before && alikeUnit(s.figure.unit, other.figure.unit) && (s.figure.kind === 'change') === (other.figure.kind === 'change') && agrees(s.figure, other.figure));
    if (sibling) used.add(sibling);
  }
  return used.size;
}
