import { derive, drain, type CorpusSnapshot } from '../corpus/snapshot.js';
import type { SourceDocument } from '../corpus/types.js';
import { getGlossary, type Glossary } from '../glossary/glossary.js';
import { TermMatcher } from '../glossary/termMatcher.js';
import type { UnitKind } from './units.js';

/** A scanned figure placed in the corpus: its document, and sentence features with glossary names added. */
export interface SourceFigure extends ScannedFigure {
  doc: SourceDocument;
}

export interface FigureIndex {
  byUnit: Map<UnitKind, SourceFigure[]>;
  count: number;
  /** inverse document frequency of a context feature over source sentences that hold figures */
  weight(feature: string): number;
  /**
   * Source figures worth scoring against a draft figure: those sharing the most (rare) context
   * features, plus those nearest in value. Bounded, so common values ("10%") and large corpora
   * do not make a draft check scan every figure.
   */
  candidates(unit: UnitKind, features: Set<string>, value: number, scale?: number): SourceFigure[];
}

const MAX_POSTINGS = 300;
const MAX_BY_FEATURES = 200;
const MAX_BY_VALUE = 100;

export { LOCAL_RADIUS } from '../corpus/documentScan.js';
import type { ScannedFigure } from '../corpus/documentScan.js';

const termFeatures = new WeakMap<SourceDocument, { signature: string; bySentence: Map<number, Set<string>> }>();

/**
 * A source sentence's features plus the glossary terms in it. Kept per document while the
 * glossary's names stay the same, so a snapshot after one changed file re-matches that file only.
 */
function withTerms(doc: SourceDocument, sf: ScannedFigure, glossary: Glossary): Set<string> {
  let cached = termFeatures.get(doc);
  if (!cached || cached.signature !== glossary.signature) termFeatures.set(doc, (cached = { signature: glossary.signature, bySentence: new Map() }));
  let features = cached.bySentence.get(sf.sentenceStart);
  if (!features) {
    features = sf.sentence;
    const terms = glossary.matcher.findAll(doc.normalized.text, sf.sentenceStart, sf.sentenceEnd);
    if (terms.length) {
      features = new Set(sf.sentence);
      for (const m of terms) features.add(`t:${glossary.entries[m.entryId].name}`);
    }
    cached.bySentence.set(sf.sentenceStart, features);
  }
  return features;
}

/** The figure index of a snapshot: source contexts are computed once here, never per request. */
export function getFigureIndex(snapshot: CorpusSnapshot): FigureIndex {
  return derive(snapshot, 'figures', (s) => drain(figureIndexSteps(s)));
}

/** The figure index build, yielding between documents so a server can run it in slices. */
export function* figureIndexSteps(snapshot: CorpusSnapshot): Generator<void, FigureIndex> {
  const glossary = getGlossary(snapshot);
  const byUnit = new Map<UnitKind, SourceFigure[]>();
  const df = new Map<string, number>();
  let sentences = 0;
  let count = 0;
  for (const doc of snapshot.documents) {
    const own = yield* documentFigures(doc, glossary);
    sentences += own.sentences.length;
    for (const sentence of own.sentences) for (const f of sentence) df.set(f, (df.get(f) ?? 0) + 1);
    for (const entry of own.entries) {
      const list = byUnit.get(entry.figure.unit);
      if (list) list.push(entry);
      else byUnit.set(entry.figure.unit, [entry]);
      if (++count % 2000 === 0) yield;
    }
    yield;
  }
  for (const list of byUnit.values()) {
    list.sort((a, b) => a.figure.value - b.figure.value);
    yield;
  }
  const postings = yield* buildPostings(byUnit);
  const weight = (f: string) => Math.log(1 + sentences / (df.get(f) ?? 0.5));
  return { byUnit, count, weight, candidates: (unit, features, value, scale = 1) => candidatesFor(byUnit.get(unit) ?? [], postings.get(unit), features, value, weight, scale) };
}

/**
 * A document's figures placed in the corpus, and the feature sets of their sentences in the order
 * the index counts them (once per run of figures in one sentence), kept with the document. They
 * hold while the glossary's names stay the same, and also after they change if no name added,
 * removed or given another headword matches in the document's figure sentences (the terms found
 * there, and so the features, are then the same): a snapshot after one changed file places that
 * file's figures only, even when the file defines a new term.
 */
const placedFigures = new WeakMap<SourceDocument, { glossary: Glossary; entries: SourceFigure[]; sentences: Set<string>[] }>();

function* documentFigures(doc: SourceDocument, glossary: Glossary): Generator<void, { entries: SourceFigure[]; sentences: Set<string>[] }> {
  const cached = placedFigures.get(doc);
  if (cached && (cached.glossary.signature === glossary.signature || termsUnchanged(doc, cached.glossary, glossary))) {
    cached.glossary = glossary;
    return cached;
  }
  const entries: SourceFigure[] = [];
  const sentences: Set<string>[] = [];
  let lastSentence = -1;
  let sentence = new Set<string>();
  for (const sf of doc.scan.figures) {
    if (sf.sentenceStart !== lastSentence) {
      // Glossary names depend on the whole corpus, so they join the scanned features here.
      sentence = withTerms(doc, sf, glossary);
      lastSentence = sf.sentenceStart;
      sentences.push(sentence);
    }
    entries.push({ ...sf, doc, sentence });
    // A document with thousands of figures (one large report) is no single step.
    if (entries.length % 500 === 0) yield;
  }
  const own = { glossary, entries, sentences };
  placedFigures.set(doc, own);
  return own;
}

/** Whether no name that differs between two glossaries (see changedNames) matches in the document's figure sentences. */
function termsUnchanged(doc: SourceDocument, before: Glossary, now: Glossary): boolean {
  const changed = changedNames(before, now);
  if (!changed) return true;
  let last = -1;
  for (const sf of doc.scan.figures) {
    if (sf.sentenceStart === last) continue;
    last = sf.sentenceStart;
    if (changed.matchesAnywhere(doc.normalized.text, sf.sentenceStart, sf.sentenceEnd)) return false;
  }
  return true;
}

const CHANGED_NAMES = new WeakMap<Glossary, WeakMap<Glossary, TermMatcher | null>>();

/** A matcher of the names one glossary has and the other has not, or has under another headword; null when there are none. */
function changedNames(before: Glossary, now: Glossary): TermMatcher | null {
  let byNow = CHANGED_NAMES.get(before);
  if (!byNow) CHANGED_NAMES.set(before, (byNow = new WeakMap()));
  let matcher = byNow.get(now);
  if (matcher !== undefined) return matcher;
  const a = headwords(before);
  const b = headwords(now);
  matcher = null;
  for (const [name, head] of b) if (a.get(name) !== head) (matcher ??= new TermMatcher()).add(name, 0);
  for (const name of a.keys()) if (!b.has(name)) (matcher ??= new TermMatcher()).add(name, 0);
  byNow.set(now, matcher);
  return matcher;
}

/** Every name of a glossary and the headword its matches stand for (the feature a sentence gets). */
function headwords(g: Glossary): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of g.entries) {
    for (const name of [e.name, ...e.aliases]) {
      const id = g.matcher.entryOf(name);
      out.set(name, id >= 0 ? g.entries[id].name : '');
    }
  }
  return out;
}

/** feature -> indices of the unit's figures whose sentence has it; very common features are dropped. */
function* buildPostings(byUnit: Map<UnitKind, SourceFigure[]>): Generator<void, Map<UnitKind, Map<string, number[]>>> {
  const all = new Map<UnitKind, Map<string, number[]>>();
  for (const [unit, list] of byUnit) {
    const postings = new Map<string, number[]>();
    // One step took 40-60 ms over 20 MB of sources: it yields every thousand figures.
    for (let i = 0; i < list.length; i++) {
      for (const f of list[i].sentence) {
        let p = postings.get(f);
        if (!p) postings.set(f, (p = []));
        if (p.length <= MAX_POSTINGS) p.push(i);
      }
      if (i % 1000 === 999) yield;
    }
    for (const [f, p] of postings) if (p.length > MAX_POSTINGS) postings.delete(f);
    all.set(unit, postings);
  }
  return all;
}

/** `scale` shrinks both bounds: figures of a unit merely alike to the draft's are fewer. */
function candidatesFor(list: SourceFigure[], postings: Map<string, number[]> | undefined, features: Set<string>, value: number, weight: (f: string) => number, scale: number): SourceFigure[] {
  const byFeature = Math.round(MAX_BY_FEATURES * scale);
  const byValue = Math.round(MAX_BY_VALUE * scale);
  if (list.length <= byFeature + byValue) return list;
  const chosen = new Set(byFeatures(list, postings, features, weight).slice(0, byFeature));
  for (const i of nearestByValue(list, value, byValue)) chosen.add(i);
  return [...chosen].map((i) => list[i]);
}

// The figures of one draft sentence share its features: the sentences they point to are ranked
// once per sentence and unit, not once per figure.
const BY_FEATURES = new WeakMap<Set<string>, Map<SourceFigure[], number[]>>();

function byFeatures(list: SourceFigure[], postings: Map<string, number[]> | undefined, features: Set<string>, weight: (f: string) => number): number[] {
  let memo = BY_FEATURES.get(features);
  if (!memo) BY_FEATURES.set(features, (memo = new Map()));
  let ranked = memo.get(list);
  if (ranked) return ranked;
  const scores = new Map<number, number>();
  for (const f of features) {
    const p = postings?.get(f);
    if (!p) continue;
    const w = weight(f);
    for (const i of p) scores.set(i, (scores.get(i) ?? 0) + w);
  }
  ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, MAX_BY_FEATURES).map(([i]) => i);
  memo.set(list, ranked);
  return ranked;
}

/** Indices of the `n` figures closest in value (the list is sorted by value). */
function nearestByValue(list: SourceFigure[], value: number, n: number): number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].figure.value < value) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  let a = lo - 1;
  let b = lo;
  while (out.length < n && (a >= 0 || b < list.length)) {
    const da = a >= 0 ? value - list[a].figure.value : Infinity;
    const db = b < list.length ? list[b].figure.value - value : Infinity;
    out.push(da <= db ? a-- : b++);
  }
  return out;
}
