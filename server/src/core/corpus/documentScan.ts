import { splitSentences } from './sentences.js';
import { extractTermEvidence, type TermEvidence } from '../glossary/termExtractor.js';
import { parseFigures, type Figure } from '../figures/figureParser.js';
import { contextFeatures, yearsIn } from '../figures/context.js';

/** A figure of a source with the context it is compared by (features without glossary terms). */
export interface ScannedFigure {
  figure: Figure;
  sentenceStart: number;
  sentenceEnd: number;
  sentence: Set<string>;
  /** a handful of features: an array costs far less memory than a Set at this size */
  local: string[];
  years: string[];
}

/** What one pass over a document's normalised text finds; kept with the document, so an unchanged file is never scanned again. */
export interface DocumentScan {
  terms: TermEvidence[];
  figures: ScannedFigure[];
}

export const LOCAL_RADIUS = 12;

export function scanDocument(text: string): DocumentScan {
  return { terms: extractTermEvidence(text), figures: scanFigures(text) };
}

function scanFigures(text: string): ScannedFigure[] {
  const figures = parseFigures(text);
  if (figures.length === 0) return [];
  const out: ScannedFigure[] = [];
  let fi = 0;
  for (const s of splitSentences(text)) {
    const inSentence: Figure[] = [];
    while (fi < figures.length && figures[fi].start < s.end) {
      if (figures[fi].start >= s.start) inSentence.push(figures[fi]);
      fi++;
    }
    if (inSentence.length === 0) continue;
    const sentence = contextFeatures(text, s.start, s.end, inSentence);
    const years = yearsIn(text, s.start, s.end);
    for (const figure of inSentence) {
      const local = [...contextFeatures(text, Math.max(s.start, figure.start - LOCAL_RADIUS), Math.min(s.end, figure.end + LOCAL_RADIUS), inSentence)];
      out.push({ figure, sentenceStart: s.start, sentenceEnd: s.end, sentence, local, years });
    }
  }
  return out;
}
