import type { TermMatcher } from '../glossary/termMatcher.js';
import { addChineseConcepts, conceptOf, isConcept } from './concepts.js';

/**
 * What a sentence is about, as a bag of features: CJK bigrams, lower-cased Latin words, and
 * glossary entries (so "Arctic Council" in an English draft meets 北极理事会 in a Chinese
 * source). Digits and the figures themselves are left out: the subject is compared, not the number.
 */
export function contextFeatures(text: string, start: number, end: number, exclude: { start: number; end: number }[], glossary?: { matcher: TermMatcher; entries: { name: string }[] }, mask?: Uint8Array): Set<string> {
  const features = new Set<string>();
  let prev = '';
  let word = '';
  let run = '';
  const flushWord = () => {
    if (word.length > 2 && !STOPWORDS.has(word)) {
      features.add(intern(`w:${word}`));
      features.add(intern(conceptOf(word)));
    }
    word = '';
  };
  const flushRun = () => {
    if (run.length > 1) addChineseConcepts(run, features);
    run = '';
  };
  let ex = 0;
  for (let i = start; i < end; i++) {
    while (ex < exclude.length && exclude[ex].end <= i) ex++;
    const inFigure = (ex < exclude.length && exclude[ex].start <= i) || mask?.[i] === 1;
    const ch = inFigure ? ' ' : text[i];
    if (/[\u4e00-\u9fff]/.test(ch)) {
      flushWord();
      if (prev) features.add(intern(prev + ch));
      prev = ch;
      run += ch;
    } else {
      prev = '';
      flushRun();
      if (/[A-Za-z]/.test(ch)) word += ch.toLowerCase();
      else flushWord();
    }
  }
  flushWord();
  flushRun();
  // Terms by headword, not entry number: stable across snapshots, so cached features stay valid.
  if (glossary) for (const m of glossary.matcher.findAll(text, start, end)) features.add(`t:${glossary.entries[m.entryId].name}`);
  return features;
}

// Millions of feature strings repeat a few hundred thousand distinct bigrams and words: share one copy each.
const INTERNED = new Map<string, string>();

function intern(s: string): string {
  const hit = INTERNED.get(s);
  if (hit !== undefined) return hit;
  if (INTERNED.size > 2_000_000) INTERNED.clear();
  INTERNED.set(s, s);
  return s;
}

/** Four-digit years mentioned in a span (1900-2099). */
export function yearsIn(text: string, start: number, end: number, mask?: Uint8Array): string[] {
  const years: string[] = [];
  for (const m of text.slice(start, end).matchAll(/(?<![\w@.])(19\d\d|20\d\d)(?![\d%])/g)) if (!mask?.[start + m.index] && !years.includes(m[1])) years.push(m[1]);
  return years.length ? years : NO_YEARS;
}

// Most sentences name no year: one shared empty list instead of one per sentence.
const NO_YEARS: string[] = [];

const STOPWORDS = new Set(
  'the and for with that this from into over about more than was were are has have had its their which while also between among other such been being will would could should may can per cent percent million billion trillion thousand'.split(' '),
);

/** A draft's features with their IDF weights, computed once and compared with many source sentences. */
export interface WeightedFeatures {
  features: string[];
  weights: Float64Array;
  total: number;
  /** the weight of the language-neutral (`c:`) features alone, for comparing across languages */
  conceptTotal: number;
}

export function weighFeatures(features: Set<string>, weight: (f: string) => number): WeightedFeatures {
  const list = [...features];
  const weights = Float64Array.from(list, weight);
  let total = 0;
  let conceptTotal = 0;
  list.forEach((f, i) => {
    total += weights[i];
    if (isConcept(f)) conceptTotal += weights[i];
  });
  return { features: list, weights, total, conceptTotal };
}

/**
 * Weighted share of the draft's features that the source also has (IDF weights from the corpus).
 * `conceptsOnly` compares only language-neutral features: across languages nothing else is shared.
 */
export function coverage(draft: WeightedFeatures, source: ReadonlySet<string> | readonly string[], conceptsOnly = false): number {
  const total = conceptsOnly ? draft.conceptTotal : draft.total;
  if (total === 0) return 0;
  const has = source instanceof Set ? (f: string) => source.has(f) : (f: string) => (source as readonly string[]).includes(f);
  let shared = 0;
  for (let i = 0; i < draft.features.length; i++) {
    const f = draft.features[i];
    if ((!conceptsOnly || isConcept(f)) && has(f)) shared += draft.weights[i];
  }
  return shared / total;
}
