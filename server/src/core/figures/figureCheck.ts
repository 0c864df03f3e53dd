import { derive, type CorpusSnapshot } from '../corpus/snapshot.js';
import { yieldToEventLoop, type ICancellation } from '../seams.js';

import { computeLineStarts, offsetToLineCol } from '../corpus/lineMap.js';
import { splitSentences, type Sentence } from '../corpus/sentences.js';
import type { DraftAnalysis } from '../drafts/draftAnalysis.js';
import { getGlossary, type Glossary } from '../glossary/glossary.js';
import { coverage, contextFeatures, weighFeatures, yearsIn, type WeightedFeatures } from './context.js';
import { getFigureIndex, LOCAL_RADIUS, type FigureIndex, type SourceFigure } from './figureIndex.js';
import { foldWidth, parseFigures, type Figure } from './figureParser.js';

export type FigureStatus = 'supported' | 'uncited' | 'not-in-cited-source' | 'contradicted' | 'unsupported';

/** The verdict on one figure of a draft, with the source passages behind it. */
export interface FigureFinding {
  figure: Figure;
  status: FigureStatus;
  citedKeys: string[];
  /** the cited keys' ranges in the draft, for a quick fix that changes the citation */
  citedRanges: { key: string; start: number; end: number }[];
  /** where a citation would go: the end of the sentence, before its final punctuation */
  citationInsertAt: number;
  /** sources that give a compatible value about the same subject, best first */
  support: SourceFigure[];
  /** sources about the same subject that give another value, best first */
  conflicts: SourceFigure[];
}

/** Subject thresholds, tuned on the labelled set in test/fixtures/figures (see README). */
export const SUPPORT_THRESHOLD = 0.3;
export const CONTRADICTION_THRESHOLD = 0.42;

/** Checks every figure in a draft's prose against the corpus. */
export function checkDraftFigures(snapshot: CorpusSnapshot, analysis: DraftAnalysis): FigureFinding[] {
  const findings: FigureFinding[] = [];
  for (const batch of findingsBySentence(snapshot, analysis)) findings.push(...batch);
  return findings;
}

/**
 * The same check in time slices: it gives the event loop a turn every few milliseconds, so
 * hovers and completions are answered while a long draft is checked, and it stops as soon as
 * the draft changes again (the token), instead of finishing stale work. Undefined if cancelled.
 */
export async function checkDraftFiguresSliced(snapshot: CorpusSnapshot, analysis: DraftAnalysis, token: ICancellation, sliceMs = 5): Promise<FigureFinding[] | undefined> {
  const findings: FigureFinding[] = [];
  let sliceStart = performance.now();
  for (const batch of findingsBySentence(snapshot, analysis)) {
    findings.push(...batch);
    if (performance.now() - sliceStart < sliceMs) continue;
    await yieldToEventLoop();
    if (token.isCancellationRequested) return undefined;
    sliceStart = performance.now();
  }
  return findings;
}

function* findingsBySentence(snapshot: CorpusSnapshot, analysis: DraftAnalysis): Generator<FigureFinding[]> {
  if (figureChecksDisabled(analysis.text)) return;
  const text = foldWidth(analysis.text);
  const index = getFigureIndex(snapshot);
  const glossary = getGlossary(snapshot);
  const lineStarts = computeLineStarts(text);
  const lineOf = (offset: number) => offsetToLineCol(lineStarts, offset).line;
  const ignored = ignoredLines(text, lineOf);
  const cache = sentenceCache(snapshot);
  let c0 = 0; // citations are sorted, and so are sentences: walk both once
  for (const s of splitSentences(text)) {
    const figures = parseFigures(text, s.start, s.end, analysis.termMask).filter((f) => !ignored.has(lineOf(f.start)));
    if (figures.length === 0) continue;
    while (c0 < analysis.citations.length && analysis.citations[c0].keyStart < s.start) c0++;
    const citedRefs: DraftAnalysis['citations'] = [];
    for (let c = c0; c < analysis.citations.length && analysis.citations[c].keyStart <= s.end + 3; c++) citedRefs.push(analysis.citations[c]);
    const cited = [...new Set(citedRefs.map((c) => c.key))];
    const where = { citedRanges: citedRefs.map((c) => ({ key: c.key, start: c.keyStart, end: c.keyEnd })), citationInsertAt: insertionPoint(text, s) };
    // An edit changes one sentence: the verdicts of the others are reused (same text, same citations, same corpus).
    const cacheKey = `${cited.join(',')}\u0000${text.slice(s.start, s.end)}`;
    let verdicts = cache.get(cacheKey);
    if (!verdicts) {
      verdicts = classifySentence(index, glossary, text, s, figures, cited, analysis.termMask);
      cache.set(cacheKey, verdicts);
    }
    yield verdicts.map((v, i) => ({ ...v, figure: figures[i], ...where }));
  }
}

function classifySentence(index: FigureIndex, glossary: Glossary, text: string, s: Sentence, figures: Figure[], cited: string[], mask: Uint8Array): Verdict[] {
  const sentence = contextFeatures(text, s.start, s.end, figures, glossary, mask);
  const weighted = weighFeatures(sentence, index.weight);
  const years = yearsIn(text, s.start, s.end, mask);
  return figures.map((figure) => {
    const local = contextFeatures(text, Math.max(s.start, figure.start - LOCAL_RADIUS), Math.min(s.end, figure.end + LOCAL_RADIUS), figures, undefined, mask);
    return classify(index, figure, sentence, { sentence: weighted, local: weighFeatures(local, index.weight), years }, cited);
  });
}

const SENTENCE_CACHE_LIMIT = 5000;

/** Per-snapshot verdicts by sentence; cleared when it grows past a bound so memory stays flat. */
function sentenceCache(snapshot: CorpusSnapshot): Map<string, Verdict[]> {
  const cache = derive(snapshot, 'figureSentenceCache', () => new Map<string, Verdict[]>());
  if (cache.size > SENTENCE_CACHE_LIMIT) cache.clear();
  return cache;
}

interface DraftContext {
  sentence: WeightedFeatures;
  local: WeightedFeatures;
  years: string[];
}

type Verdict = Omit<FigureFinding, 'citedRanges' | 'citationInsertAt'>;

function classify(index: FigureIndex, figure: Figure, sentence: Set<string>, ctx: DraftContext, cited: string[]): Verdict {
  const scored = index.candidates(figure.unit, sentence, figure.value).map((c) => ({ c, score: subjectScore(ctx, c) }));
  const support = scored.filter((x) => x.score >= SUPPORT_THRESHOLD && compatible(figure, x.c.figure)).sort(byScore).map((x) => x.c);
  const conflicts = scored.filter((x) => x.score >= CONTRADICTION_THRESHOLD && comparable(figure, x.c.figure)).sort(byScore).map((x) => x.c);
  // Sources disagree with each other too: a supported figure keeps the others' values, for the hover.
  const base = { figure, citedKeys: cited, support, conflicts };
  if (support.length) {
    if (cited.length === 0) return { ...base, status: 'uncited' };
    return { ...base, status: support.some((s) => cited.includes(s.doc.key)) ? 'supported' : 'not-in-cited-source' };
  }
  if (conflicts.length) return { ...base, status: 'contradicted' };
  return { ...base, status: cited.length ? 'not-in-cited-source' : 'unsupported' };
}

function byScore(a: { score: number }, b: { score: number }): number {
  return b.score - a.score;
}

/** How surely a source figure is about what the draft figure is about (0..1). */
function subjectScore(ctx: DraftContext, c: SourceFigure): number {
  const s = 0.65 * coverage(ctx.sentence, c.sentence) + 0.35 * coverage(ctx.local, c.local);
  const yearsClash = ctx.years.length > 0 && c.years.length > 0 && !ctx.years.some((y) => c.years.includes(y));
  return yearsClash ? s * 0.4 : s;
}

/** The range of true values a figure admits, given its qualifier and rounding. */
function interval(f: Figure): [number, number] {
  const p = f.precision;
  switch (f.qualifier) {
    case 'approx':
      return [f.value * 0.97 - p, f.high * 1.03 + p];
    case 'lower':
      return [f.value - p, f.high * 1.3 + p];
    case 'upper':
      return [f.value * 0.7 - p, f.high + p];
    default:
      return [f.value - p, f.high + p];
  }
}

/**
 * Whether what a source says backs what the draft says. A bound in the draft needs the source's
 * value on the right side of it: "超过2500亿" in a source does not back "超过3000亿" in a draft.
 */
export function compatible(draft: Figure, source: Figure): boolean {
  if (draft.qualifier === 'lower') return source.qualifier !== 'upper' && source.value >= draft.value - draft.precision;
  if (draft.qualifier === 'upper') return source.qualifier !== 'lower' && source.high <= draft.high + draft.precision;
  const [a0, a1] = interval(draft);
  const [b0, b1] = interval(source);
  return a0 <= b1 && b0 <= a1;
}

/** Another value for the same measure: within a factor of ten (not a different quantity in the same sentence). */
function comparable(a: Figure, b: Figure): boolean {
  if (compatible(a, b)) return false;
  const ratio = Math.abs(a.value) / Math.max(Math.abs(b.value), 1e-9);
  return ratio < 10 && ratio > 0.1;
}

/** Before the sentence's closing punctuation: "……120个。" -> "……120个 [@key]。". */
function insertionPoint(text: string, s: Sentence): number {
  let at = s.end;
  while (at > s.start && /[。．.!！?？;；"”’)）\s]/.test(text[at - 1])) at--;
  return at;
}

/** `<!-- policy-writer-disable figures -->` anywhere, or `policy-writer: off` in front matter. */
function figureChecksDisabled(text: string): boolean {
  return /<!--\s*policy-writer-disable(?:\s+figures)?\s*-->/.test(text) || /^---[\s\S]*?^policy-writer:\s*off\s*$[\s\S]*?^---/m.test(text.slice(0, 4000));
}

/** Lines whose figures are silenced by `<!-- policy-writer-ignore -->` on the line before (or the same line). */
function ignoredLines(text: string, lineOf: (offset: number) => number): Set<number> {
  const lines = new Set<number>();
  for (const m of text.matchAll(/<!--\s*policy-writer-ignore\s*-->/g)) {
    const line = lineOf(m.index);
    lines.add(line);
    lines.add(line + 1);
  }
  return lines;
}
