import { derive, type CorpusSnapshot } from '../corpus/snapshot.js';
import { splitSentences } from '../corpus/sentences.js';
import type { SourceDocument } from '../corpus/types.js';
import { getGlossary } from '../glossary/glossary.js';
import { contextFeatures, yearsIn } from './context.js';
import { parseFigures, type Figure } from './figureParser.js';
import type { UnitKind } from './units.js';

/** A figure in a source, with the features of its sentence and its immediate neighbourhood precomputed. */
export interface SourceFigure {
  doc: SourceDocument;
  figure: Figure;
  sentenceStart: number;
  sentenceEnd: number;
  sentence: Set<string>;
  local: Set<string>;
  years: Set<string>;
}

export interface FigureIndex {
  byUnit: Map<UnitKind, SourceFigure[]>;
  count: number;
  /** inverse document frequency of a context feature over source sentences that hold figures */
  weight(feature: string): number;
}

export const LOCAL_RADIUS = 12;

/** The figure index of a snapshot: source contexts are computed once here, never per request. */
export function getFigureIndex(snapshot: CorpusSnapshot): FigureIndex {
  return derive(snapshot, 'figures', buildFigureIndex);
}

function buildFigureIndex(snapshot: CorpusSnapshot): FigureIndex {
  const matcher = getGlossary(snapshot).matcher;
  const byUnit = new Map<UnitKind, SourceFigure[]>();
  const df = new Map<string, number>();
  let sentences = 0;
  let count = 0;
  for (const doc of snapshot.documents) {
    const text = doc.normalized.text;
    const figures = parseFigures(text);
    if (figures.length === 0) continue;
    let fi = 0;
    for (const s of splitSentences(text)) {
      const inSentence: Figure[] = [];
      while (fi < figures.length && figures[fi].start < s.end) {
        if (figures[fi].start >= s.start) inSentence.push(figures[fi]);
        fi++;
      }
      if (inSentence.length === 0) continue;
      const sentence = contextFeatures(text, s.start, s.end, inSentence, matcher);
      sentences++;
      for (const f of sentence) df.set(f, (df.get(f) ?? 0) + 1);
      for (const figure of inSentence) {
        const local = contextFeatures(text, Math.max(s.start, figure.start - LOCAL_RADIUS), Math.min(s.end, figure.end + LOCAL_RADIUS), inSentence);
        const entry: SourceFigure = { doc, figure, sentenceStart: s.start, sentenceEnd: s.end, sentence, local, years: yearsIn(text, s.start, s.end) };
        const list = byUnit.get(figure.unit) ?? [];
        list.push(entry);
        byUnit.set(figure.unit, list);
        count++;
      }
    }
  }
  for (const list of byUnit.values()) list.sort((a, b) => a.figure.value - b.figure.value);
  const maxWeight = Math.log(1 + sentences);
  return { byUnit, count, weight: (f) => Math.log(1 + sentences / (df.get(f) ?? 0.5)) || maxWeight };
}
