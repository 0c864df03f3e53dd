import { derive, drain, type CorpusSnapshot } from '../corpus/snapshot.js';
import type { SourceDocument } from '../corpus/types.js';
import { getGlossary, type Glossary } from '../glossary/glossary.js';
import { TermMatcher } from '../glossary/termMatcher.js';
import type { UnitKind } from './units.js';

/** A scanned figure placed in the corpus: its document, and sentence features with glossary names added. */
export interface SourceFigure extends ScannedFigure {
  doc: SourceDocument;
  /** a move the source states only as two levels ("from 28.4% to 31.2%"): computed, not written */
  derived?: true;
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
  // Saved by an earlier run for these very documents: each one's glossary features and the feature counts.
  const seeded = figureSeed?.(snapshot, glossary);
  figureIndexStats.restored = !!seeded;
  const patched = seeded ? undefined : yield* patchedIndex(snapshot, glossary);
  if (patched) return patched;
  lastIndex = undefined;
  const byUnit = new Map<UnitKind, SourceFigure[]>();
  const df = seeded?.df ?? new Map<string, number>();
  const owns = new Map<SourceDocument, PlacedFigures>();
  let sentences = 0;
  let count = 0;
  for (const [i, doc] of snapshot.documents.entries()) {
    const own = seeded ? placedAs(doc, glossary, seeded.terms(i)) : yield* documentFigures(doc, glossary);
    owns.set(doc, own);
    sentences += own.sentences.length;
    if (!seeded) for (const sentence of own.sentences) for (const f of sentence) df.set(f, (df.get(f) ?? 0) + 1);
    for (const entry of own.entries) {
      const list = byUnit.get(entry.figure.unit);
      if (list) list.push(entry);
      else byUnit.set(entry.figure.unit, [entry]);
      if (++count % 2000 === 0) yield;
    }
    yield;
  }
  let finite = true;
  for (const list of byUnit.values()) {
    list.sort((a, b) => a.figure.value - b.figure.value);
    finite &&= list.every((e) => Number.isFinite(e.figure.value));
    yield;
  }
  // Restored (a warm start): each unit's postings are built when a check first asks that unit for
  // candidates (or not at all), not before the first answer.
  const postings = seeded ? new Map<UnitKind, UnitPostings>() : yield* buildPostings(byUnit);
  const weight = (f: string) => Math.log(1 + sentences / (df.get(f) ?? 0.5));
  // Kept to patch this index when a few documents change (see patchedIndex); values that do not
  // compare as numbers (none are expected) leave no state, so every build is full.
  if (finite) lastIndex = { documents: snapshot.documents, signature: glossary.signature, owns, byUnit, postings, df, dfChanges: new Map(), sentences, count };
  return { byUnit, count, weight, candidates: (unit, features, value, scale = 1) => candidatesFor(byUnit.get(unit) ?? [], postingsOf(postings, byUnit, unit), features, value, weight, scale) };
}

type PlacedFigures = { glossary: Glossary; entries: SourceFigure[]; sentences: Set<string>[] };

/** What an earlier run saved of a figure index, for the documents of a snapshot: see seedFigureIndex. */
export interface FigureSeed {
  /** sentence counts of features */
  df: Map<string, number>;
  /** the glossary features each figure sentence (by its start) of the document at this position got */
  terms(position: number): ReadonlyMap<number, readonly string[]> | undefined;
}

let figureSeed: ((snapshot: CorpusSnapshot, glossary: Glossary) => FigureSeed | undefined) | undefined;

/** Offers the next figure index builds what an earlier run saved (see derivedImage.ts); undefined withdraws it. */
export function seedFigureIndex(seed: typeof figureSeed): void {
  figureSeed = seed;
}

/** What the last full build or patch kept (see IndexState), to save beside the index. */
export function figureIndexState(): Readonly<IndexState> | undefined {
  return lastIndex;
}

/**
 * A document's figures placed as documentFigures places them, with the glossary features its
 * sentences got saved in `terms` (a sentence absent from it got none): no text is matched.
 */
function placedAs(doc: SourceDocument, glossary: Glossary, terms: ReadonlyMap<number, readonly string[]> | undefined): PlacedFigures {
  const entries: SourceFigure[] = [];
  const sentences: Set<string>[] = [];
  const bySentence = new Map<number, Set<string>>();
  let lastSentence = -1;
  let sentence = new Set<string>();
  for (const sf of doc.scan.figures) {
    if (sf.sentenceStart !== lastSentence) {
      let features = bySentence.get(sf.sentenceStart);
      if (!features) {
        const added = terms?.get(sf.sentenceStart);
        features = added ? new Set([...sf.sentence, ...added]) : sf.sentence;
        bySentence.set(sf.sentenceStart, features);
      }
      sentence = features;
      lastSentence = sf.sentenceStart;
      sentences.push(sentence);
    }
    entries.push({ ...sf, doc, sentence });
  }
  const own = { glossary, entries, sentences };
  placedFigures.set(doc, own);
  return own;
}

/** What the last build kept to patch its index when a few documents change. */
export interface IndexState {
  documents: readonly SourceDocument[];
  /** the signature of the glossary the figures were placed with */
  signature: string;
  /** the placed figures each document contributed */
  owns: Map<SourceDocument, PlacedFigures>;
  byUnit: Map<UnitKind, SourceFigure[]>;
  postings: Map<UnitKind, UnitPostings>;
  /** sentence counts of features, as the last full build counted them, and the changes since */
  df: ReadonlyMap<string, number>;
  dfChanges: Map<string, number>;
  sentences: number;
  count: number;
}

let lastIndex: IndexState | undefined;

// More changed documents than this, or more changed feature counts: a full build.
const MAX_PATCHED_DOCUMENTS = 64;
const MAX_DF_CHANGES = 50_000;

/**
 * How the last figure index was made (for tests): from what an earlier run saved, patched from the one before, or built in full;
 * when patched, how many units' postings were built again rather than patched, and whether every
 * kept document's placed figures were checked (only when the glossary's names changed); and how
 * many units' postings were built so far, by any index.
 */
export const figureIndexStats = { patched: false, postingsRebuilt: 0, keptChecked: false, restored: false, postingsBuilt: 0 };

/**
 * The last index with the figures of removed documents taken out and those of added ones merged
 * in, when a few documents changed and every other document's placed figures still hold (see
 * documentFigures): each unit's list is the one a full build sorts (by value, then document
 * order, then order in the document), feature counts are the last full build's plus the changes
 * since, and only the postings of units whose list changed are built again. One edited source then
 * costs time proportional to it and to the units it touches, not a pass over every figure.
 */
function* patchedIndex(snapshot: CorpusSnapshot, glossary: Glossary): Generator<void, FigureIndex | undefined> {
  figureIndexStats.patched = false;
  const state = lastIndex;
  if (!state) return undefined;
  const docs = snapshot.documents;
  const now = new Set(docs);
  const removed = state.documents.filter((d) => !now.has(d));
  const added = docs.filter((d) => !state.owns.has(d));
  if (removed.length + added.length > MAX_PATCHED_DOCUMENTS) return undefined;
  yield;
  // With the same names every kept document's placed figures hold (documentFigures would return
  // them as they are): the pass over every document is needed only when the names changed.
  figureIndexStats.keptChecked = state.signature !== glossary.signature;
  if (figureIndexStats.keptChecked && !(yield* keptDocumentsUnchanged(docs, state.owns, glossary))) return undefined;
  const ownsAdded: PlacedFigures[] = [];
  for (const doc of added) ownsAdded.push(yield* documentFigures(doc, glossary));
  if (ownsAdded.some((o) => o.entries.some((e) => !Number.isFinite(e.figure.value)))) return undefined;
  // Another build may have run meanwhile: then build in full. From here on nothing yields until
  // the state is taken, and while the postings are built it is nobody's.
  if (lastIndex !== state) return undefined;
  lastIndex = undefined;
  const dfChanges = new Map(state.dfChanges);
  const gone = new Set(removed);
  const changedUnits = new Set<UnitKind>();
  const outgoing = new Map<UnitKind, SourceFigure[]>();
  const incoming = new Map<UnitKind, SourceFigure[]>();
  const taken = tally(removed.map((d) => state.owns.get(d)!), -1, dfChanges, changedUnits, outgoing);
  const put = tally(ownsAdded, 1, dfChanges, changedUnits, incoming);
  for (const doc of removed) state.owns.delete(doc);
  added.forEach((doc, k) => state.owns.set(doc, ownsAdded[k]));
  const sentences = state.sentences + put.sentences - taken.sentences;
  const count = state.count + put.count - taken.count;
  if (dfChanges.size > MAX_DF_CHANGES) return undefined;
  const position = new Map<SourceDocument, number>(docs.map((d, i) => [d, i]));
  // By value, then document order: the order a stable sort of the documents' figures by value gives
  // (a document's own figures are all on one side, already in their order).
  const before = (a: SourceFigure, b: SourceFigure) => a.figure.value - b.figure.value || position.get(a.doc)! - position.get(b.doc)!;
  const byUnit = unitListsAfter(state.byUnit, incoming, outgoing, changedUnits, gone, before);
  yield;
  const postings = yield* postingsAfter(byUnit, state.postings, changedUnits, outgoing, incoming, before);
  const weight = patchedWeight(state.df, dfChanges, sentences);
  lastIndex = { documents: docs, signature: glossary.signature, owns: state.owns, byUnit, postings, df: state.df, dfChanges, sentences, count };
  figureIndexStats.patched = true;
  return { byUnit, count, weight, candidates: (unit, features, value, scale = 1) => candidatesFor(byUnit.get(unit) ?? [], postingsOf(postings, byUnit, unit), features, value, weight, scale) };
}

/**
 * Adds (sign 1) or takes away (-1) some documents' placed figures: the changes of feature counts,
 * the units they touch and their figures by unit; returns how many sentences and figures they hold.
 */
function tally(owns: PlacedFigures[], sign: 1 | -1, dfChanges: Map<string, number>, changedUnits: Set<UnitKind>, byUnit: Map<UnitKind, SourceFigure[]>): { sentences: number; count: number } {
  let sentences = 0;
  let count = 0;
  for (const own of owns) {
    sentences += own.sentences.length;
    count += own.entries.length;
    for (const sentence of own.sentences) for (const f of sentence) dfChanges.set(f, (dfChanges.get(f) ?? 0) + sign);
    for (const e of own.entries) {
      changedUnits.add(e.figure.unit);
      const list = byUnit.get(e.figure.unit);
      if (list) list.push(e);
      else byUnit.set(e.figure.unit, [e]);
    }
  }
  return { sentences, count };
}

/**
 * Each unit's postings after a patch: unchanged units keep theirs; a changed unit's are the last
 * ones with the figures that went taken out and those that came put in (a copy: the last index
 * may still be serving), or built again when a feature over the cap comes back under it, whose
 * full list was not kept.
 */
function* postingsAfter(byUnit: Map<UnitKind, SourceFigure[]>, last: Map<UnitKind, UnitPostings>, changedUnits: Set<UnitKind>, outgoing: Map<UnitKind, SourceFigure[]>, incoming: Map<UnitKind, SourceFigure[]>, before: (a: SourceFigure, b: SourceFigure) => number): Generator<void, Map<UnitKind, UnitPostings>> {
  const rebuild = new Map<UnitKind, SourceFigure[]>();
  const postings = new Map<UnitKind, UnitPostings>();
  for (const [unit, list] of byUnit) {
    const kept = last.get(unit);
    // Never built (an index restored at a warm start and not yet asked, or a new unit): built when first asked.
    if (!kept) continue;
    const patched = changedUnits.has(unit) ? patchedPostings(kept, outgoing.get(unit) ?? [], incoming.get(unit) ?? [], before) : kept;
    if (patched) postings.set(unit, patched);
    else rebuild.set(unit, list);
  }
  for (const [unit, built] of yield* buildPostings(rebuild)) postings.set(unit, built);
  figureIndexStats.postingsRebuilt = rebuild.size;
  return postings;
}

/** A feature's weight from the last full build's sentence counts and the changes since. */
function patchedWeight(df: ReadonlyMap<string, number>, dfChanges: ReadonlyMap<string, number>, sentences: number): (f: string) => number {
  return (f) => {
    const k = (df.get(f) ?? 0) + (dfChanges.get(f) ?? 0);
    return Math.log(1 + sentences / (k > 0 ? k : 0.5));
  };
}

/** Every kept document's placed figures are the very ones the last index holds. */
function* keptDocumentsUnchanged(docs: readonly SourceDocument[], owns: Map<SourceDocument, PlacedFigures>, glossary: Glossary): Generator<void, boolean> {
  let n = 0;
  for (const doc of docs) {
    const prior = owns.get(doc);
    if (!prior) continue;
    if ((yield* documentFigures(doc, glossary)) !== prior) return false;
    if (++n % 2000 === 0) yield;
  }
  return true;
}

/** Each unit's list after the change: kept as it was, or the kept figures merged with the incoming. */
function unitListsAfter(last: Map<UnitKind, SourceFigure[]>, incoming: Map<UnitKind, SourceFigure[]>, outgoing: Map<UnitKind, SourceFigure[]>, changedUnits: Set<UnitKind>, gone: Set<SourceDocument>, before: (a: SourceFigure, b: SourceFigure) => number): Map<UnitKind, SourceFigure[]> {
  const byUnit = new Map<UnitKind, SourceFigure[]>();
  // (The order of the units is not the full build's; nothing reads the map in order.)
  for (const unit of new Set([...last.keys(), ...incoming.keys()])) {
    const lastList = last.get(unit) ?? [];
    if (!changedUnits.has(unit)) {
      byUnit.set(unit, lastList);
      continue;
    }
    const going = outgoing.get(unit) ?? [];
    const coming = (incoming.get(unit) ?? []).sort(before);
    // A few figures are spliced into a copy of the list (a pass over the whole list, filtered and
    // merged, was 25 ms for the largest unit at 50 MB); many, or any not where expected, are merged.
    const spliced = going.length + coming.length <= MAX_SPLICED ? splicedList(lastList, going, coming, before) : undefined;
    const list = spliced ?? mergeSorted(lastList.filter((e) => !gone.has(e.doc)), coming, before);
    if (list.length) byUnit.set(unit, list);
  }
  return byUnit;
}

const MAX_SPLICED = 256;

/** A copy of a unit's list with the figures `going` taken out and `coming` (sorted) put in their places; undefined if one going is not in it. */
function splicedList(last: SourceFigure[], going: SourceFigure[], coming: SourceFigure[], before: (a: SourceFigure, b: SourceFigure) => number): SourceFigure[] | undefined {
  const list = last.slice();
  for (const e of going) {
    const at = indexOfFigure(list, e);
    if (at < 0) return undefined;
    list.splice(at, 1);
  }
  for (const e of coming) insertSorted(list, e, before);
  return list;
}

/** Where a figure sits in a list sorted by value: among those of its value, found by search. */
function indexOfFigure(list: SourceFigure[], e: SourceFigure): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].figure.value < e.figure.value) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].figure.value === e.figure.value; i++) if (list[i] === e) return i;
  return -1;
}

/** Two sorted lists merged into one (stable: on a tie the first list's item comes first). */
function mergeSorted<T>(a: T[], b: T[], compare: (x: T, y: T) => number): T[] {
  if (b.length === 0) return a;
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * A document's figures placed in the corpus, and the feature sets of their sentences in the order
 * the index counts them (once per run of figures in one sentence), kept with the document. They
 * hold while the glossary's names stay the same, and also after they change if no name added,
 * removed or given another headword matches in the document's figure sentences (the terms found
 * there, and so the features, are then the same): a snapshot after one changed file places that
 * file's figures only, even when the file defines a new term.
 */
const placedFigures = new WeakMap<SourceDocument, PlacedFigures>();

function* documentFigures(doc: SourceDocument, glossary: Glossary): Generator<void, PlacedFigures> {
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
  if (changed === TOO_MANY_CHANGED) return false;
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
  const changed: string[] = [];
  for (const [name, head] of b) if (a.get(name) !== head) changed.push(name);
  for (const name of a.keys()) if (!b.has(name)) changed.push(name);
  // Many names changed (a partial snapshot of a growing corpus, whose headwords shift as evidence
  // comes in): most documents hold one, and testing them first only adds to the rebuild.
  matcher = changed.length === 0 ? null : changed.length > MAX_CHANGED_NAMES ? TOO_MANY_CHANGED : new TermMatcher();
  if (matcher && matcher !== TOO_MANY_CHANGED) for (const name of changed) matcher.add(name, 0);
  byNow.set(now, matcher);
  return matcher;
}

const MAX_CHANGED_NAMES = 64;
const TOO_MANY_CHANGED = new TermMatcher();

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

/**
 * One unit's postings: feature -> the unit's figures whose sentence has it, in the order of the
 * unit's list; a feature of more than MAX_POSTINGS figures has none, only its count in `over`.
 * Figures, not their indices in the list: a figure put in or taken out then shifts no other entry,
 * so a changed document patches the postings of its features alone.
 */
interface UnitPostings {
  lists: Map<string, SourceFigure[]>;
  over: Map<string, number>;
}

/** A unit's postings: as built or patched, or built now (and kept) when the index has none for it yet. */
function postingsOf(postings: Map<UnitKind, UnitPostings>, byUnit: Map<UnitKind, SourceFigure[]>, unit: UnitKind): UnitPostings | undefined {
  const built = postings.get(unit);
  const list = byUnit.get(unit);
  if (built || !list) return built;
  const made = drain(buildPostings(new Map([[unit, list]]))).get(unit)!;
  postings.set(unit, made);
  return made;
}

/** The postings of each unit's figures. */
function* buildPostings(byUnit: Map<UnitKind, SourceFigure[]>): Generator<void, Map<UnitKind, UnitPostings>> {
  const all = new Map<UnitKind, UnitPostings>();
  for (const [unit, list] of byUnit) {
    figureIndexStats.postingsBuilt++;
    const lists = new Map<string, SourceFigure[]>();
    const over = new Map<string, number>();
    // One step took 40-60 ms over 20 MB of sources: it yields every thousand figures.
    for (let i = 0; i < list.length; i++) {
      for (const f of list[i].sentence) {
        const n = over.get(f);
        if (n !== undefined) {
          over.set(f, n + 1);
          continue;
        }
        let p = lists.get(f);
        if (!p) lists.set(f, (p = []));
        p.push(list[i]);
        if (p.length > MAX_POSTINGS) {
          lists.delete(f);
          over.set(f, p.length);
        }
      }
      if (i % 1000 === 999) yield;
    }
    all.set(unit, { lists, over });
  }
  return all;
}

/**
 * A unit's postings after some figures went (`outgoing`) and others came (`incoming`, sorted by
 * `before`, the order of the unit's list), as buildPostings over the new list would make them;
 * undefined when that needs the list itself (a feature over the cap comes back under it).
 */
function patchedPostings(last: UnitPostings, outgoing: SourceFigure[], incoming: SourceFigure[], before: (a: SourceFigure, b: SourceFigure) => number): UnitPostings | undefined {
  const lists = new Map(last.lists);
  const over = new Map(last.over);
  const copied = new Set<string>();
  const own = (f: string) => {
    const p = lists.get(f);
    if (!p || copied.has(f)) return p;
    copied.add(f);
    const copy = p.slice();
    lists.set(f, copy);
    return copy;
  };
  for (const e of outgoing) {
    for (const f of e.sentence) {
      const n = over.get(f);
      if (n !== undefined) over.set(f, n - 1);
      else if (!dropFrom(own(f), e)) return undefined;
      else if (lists.get(f)!.length === 0) lists.delete(f);
    }
  }
  for (const e of incoming) {
    for (const f of e.sentence) {
      const n = over.get(f);
      if (n !== undefined) over.set(f, n + 1);
      else addTo(lists, own(f), f, e, before, over);
    }
  }
  for (const n of over.values()) if (n <= MAX_POSTINGS) return undefined;
  return { lists, over };
}

/** Takes a figure out of a posting list; false when it is not there (the postings are not the ones expected). */
function dropFrom(p: SourceFigure[] | undefined, e: SourceFigure): boolean {
  const at = p ? p.indexOf(e) : -1;
  if (at < 0) return false;
  p!.splice(at, 1);
  return true;
}

/** Puts a figure in its place in a feature's posting list (after any it ties with), or counts the feature as over the cap. */
function addTo(lists: Map<string, SourceFigure[]>, p: SourceFigure[] | undefined, f: string, e: SourceFigure, before: (a: SourceFigure, b: SourceFigure) => number, over: Map<string, number>): void {
  if (!p) {
    lists.set(f, [e]);
    return;
  }
  insertSorted(p, e, before);
  if (p.length > MAX_POSTINGS) {
    lists.delete(f);
    over.set(f, p.length);
  }
}

/** `scale` shrinks both bounds: figures of a unit merely alike to the draft's are fewer. */
function candidatesFor(list: SourceFigure[], postings: UnitPostings | undefined, features: Set<string>, value: number, weight: (f: string) => number, scale: number): SourceFigure[] {
  const byFeature = Math.round(MAX_BY_FEATURES * scale);
  const byValue = Math.round(MAX_BY_VALUE * scale);
  if (list.length <= byFeature + byValue) return list;
  const chosen = new Set(byFeatures(list, postings, features, weight).slice(0, byFeature));
  for (const i of nearestByValue(list, value, byValue)) chosen.add(list[i]);
  return [...chosen];
}

// The figures of one draft sentence share its features: the sentences they point to are ranked
// once per sentence and unit, not once per figure.
const BY_FEATURES = new WeakMap<Set<string>, Map<SourceFigure[], SourceFigure[]>>();

function byFeatures(list: SourceFigure[], postings: UnitPostings | undefined, features: Set<string>, weight: (f: string) => number): SourceFigure[] {
  let memo = BY_FEATURES.get(features);
  if (!memo) BY_FEATURES.set(features, (memo = new Map()));
  let ranked = memo.get(list);
  if (ranked) return ranked;
  // Each figure gets a slot when first met: one map lookup per posting, the sums in typed arrays.
  const slots = new Map<SourceFigure, number>();
  const figures: SourceFigure[] = [];
  let scores: Float64Array = new Float64Array(1024);
  for (const f of features) {
    const p = postings?.lists.get(f);
    if (!p) continue;
    const w = weight(f);
    for (const e of p) {
      let i = slots.get(e);
      if (i === undefined) {
        slots.set(e, (i = figures.push(e) - 1));
        if (i === scores.length) scores = grown(scores);
      }
      scores[i] += w;
    }
  }
  ranked = topByScore(figures, scores, MAX_BY_FEATURES);
  memo.set(list, ranked);
  return ranked;
}

function grown(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

/** The n best-scored figures, ties in the order they were first met (what a stable sort gives). */
function topByScore(figures: SourceFigure[], scores: Float64Array, n: number): SourceFigure[] {
  const order = Array.from(figures.keys()).sort((a, b) => scores[b] - scores[a] || a - b);
  return order.slice(0, n).map((i) => figures[i]);
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

/** Inserts e into a list kept in `before` order, after any equal entries (a binary search, not a scan). */
function insertSorted(list: SourceFigure[], e: SourceFigure, before: (a: SourceFigure, b: SourceFigure) => number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(e, list[mid]) < 0) hi = mid;
    else lo = mid + 1;
  }
  list.splice(lo, 0, e);
}
