import { termAt, type StringTable } from './compactScan.js';
import type { CorpusSnapshot } from './snapshot.js';
import type { CorpusProblem, SourceDocument } from './types.js';
import { figureIndexState, seedFigureIndex, type FigureSeed, type IndexState } from '../figures/figureIndex.js';
import {
  glossaryBuildState,
  glossaryFromParts,
  seedGlossary,
  type Glossary,
  type GlossaryBuild,
  type GlossaryPassage,
} from '../glossary/glossary.js';

/**
 * The glossary and the figure index of the last run, kept beside the corpus's documents in the
 * index image (snapshotImage.ts) as arrays of ids into the image's table of strings and of
 * positions among the documents: a warm start whose complete snapshot holds the very documents
 * they were built from (same paths in the same order, each with the content it had) takes them
 * from here instead of grouping every term's evidence, counting every name and matching every
 * figure sentence's glossary terms again. Anything else (another corpus, a curated glossary, a
 * changed file) builds them as before.
 */
export interface SavedDerived {
  format: typeof DERIVED_FORMAT;
  /** the documents, in snapshot order: their paths (ids) and their files' content hashes */
  paths: Uint32Array;
  hashes: string[];
  glossary: SavedGlossary;
  figures: SavedFigures;
}

/** Changed whenever what is saved, or how the glossary and figure index use it, changes. */
export const DERIVED_FORMAT = 1;

interface SavedGlossary {
  signature: string;
  problems: CorpusProblem[];
  /** per entry, a run of `names`: its headword and aliases (ids) */
  names: Uint32Array;
  nameRuns: Uint32Array;
  /** per entry, a run of `passages`: (document position, index of its term evidence) pairs, in raw order */
  passages: Uint32Array;
  passageRuns: Uint32Array;
  probeNames?: Uint32Array;
  counts?: Uint32Array;
}

interface SavedFigures {
  signature: string;
  /** feature ids and their sentence counts */
  df: Uint32Array;
  dfCounts: Uint32Array;
  /** per figure sentence that got glossary features: document position, sentence start, start and length of its run of `termIds` */
  sentences: Uint32Array;
  termIds: Uint32Array;
}

/** Runs of ids: a flat list and (start, length) per run. */
class Runs {
  readonly ids: number[] = [];
  readonly runs: number[] = [];
  push(ids: Iterable<number>): void {
    const start = this.ids.length;
    for (const id of ids) this.ids.push(id);
    this.runs.push(start, this.ids.length - start);
  }
}

/** Whether the last glossary and figure index are of the same documents (none is kept with a curated glossary): savedDerived may save them. */
export function derivedSavable(): boolean {
  const g = glossaryBuildState();
  const f = figureIndexState();
  return !!g && !!f && g.documents === f.documents && f.signature === g.glossary.signature;
}

/**
 * The glossary and figure index the last complete build (or patch) left, when both are of the
 * same documents and every one has a known content hash (`hashOf`); strings go into `table`.
 * Yields every few hundred documents (350 ms in one go at 50 MB on a loaded machine); undefined
 * if either changed meanwhile (a file changed while the image was written).
 */
export function* savedDerived(
  hashOf: (doc: SourceDocument) => string | undefined,
  table: StringTable,
): Generator<void, SavedDerived | undefined> {
  const g = glossaryBuildState();
  const f = figureIndexState();
  if (!g || !f || !derivedSavable()) return undefined;
  const [docs, built] = [g.documents, g.glossary];
  const hashes: string[] = [];
  const position = new Map<SourceDocument, number>();
  for (const doc of docs) {
    const hash = hashOf(doc);
    if (hash === undefined || position.has(doc)) return undefined;
    position.set(doc, hashes.push(hash) - 1);
  }
  yield;
  const glossary = yield* savedGlossary(g, position, table);
  const figures = glossary && (yield* savedFigures(f, position, table));
  const unchanged =
    glossaryBuildState() === g && g.glossary === built && g.documents === docs && figureIndexState() === f;
  if (!glossary || !figures || !unchanged) return undefined;
  const paths = Uint32Array.from(docs, (d) => table.id(d.path));
  return { format: DERIVED_FORMAT, paths, hashes, glossary, figures };
}

function* savedGlossary(
  g: Readonly<GlossaryBuild>,
  position: Map<SourceDocument, number>,
  table: StringTable,
): Generator<void, SavedGlossary | undefined> {
  const names = new Runs();
  for (const e of g.glossary.entries) names.push([e.name, ...e.aliases].map((n) => table.id(n)));
  // Each raw passage is a document's term evidence, found by its place in the document's list.
  const at = new Map<GlossaryPassage, number>();
  for (const placed of g.placed.values()) placed.forEach((p, k) => p && at.set(g.raw[p[0]][p[1]], k));
  const passages = new Runs();
  yield;
  let n = 0;
  for (const raw of g.raw) {
    if ((n += raw.length) > 5000) {
      n = 0;
      yield;
    }
    const pairs: number[] = [];
    for (const p of raw) {
      const k = at.get(p);
      const doc = position.get(p.doc);
      if (k === undefined || doc === undefined) return undefined;
      pairs.push(doc, k);
    }
    passages.push(pairs);
  }
  return {
    signature: g.glossary.signature,
    problems: g.glossary.problems,
    names: Uint32Array.from(names.ids),
    nameRuns: Uint32Array.from(names.runs),
    passages: Uint32Array.from(passages.ids),
    passageRuns: Uint32Array.from(passages.runs),
    probeNames: g.probeNames && Uint32Array.from(g.probeNames, (n) => table.id(n)),
    counts: g.counts,
  };
}

function* savedFigures(
  f: Readonly<IndexState>,
  position: Map<SourceDocument, number>,
  table: StringTable,
): Generator<void, SavedFigures | undefined> {
  const df = new Map(f.df);
  for (const [feature, change] of f.dfChanges) df.set(feature, (df.get(feature) ?? 0) + change);
  const kept = [...df].filter(([, n]) => n > 0);
  const sentences: number[] = [];
  const terms = new Runs();
  let n = 0;
  for (const [doc, own] of f.owns) {
    if ((n += own.entries.length) > 5000) {
      n = 0;
      yield;
    }
    const at = position.get(doc);
    if (at === undefined) return undefined;
    const seen = new Set<number>();
    for (const [i, entry] of own.entries.entries()) {
      const sf = doc.scan.figures[i];
      if (!sf || entry.sentence === sf.sentence || seen.has(sf.sentenceStart)) continue;
      seen.add(sf.sentenceStart);
      // The sentence's features are the scan's, then the glossary's: only those are kept.
      const features = [...entry.sentence];
      const scanned = [...sf.sentence];
      if (scanned.some((x, j) => x !== features[j])) return undefined;
      sentences.push(at, sf.sentenceStart, terms.ids.length, features.length - sf.sentence.size);
      terms.push(features.slice(sf.sentence.size).map((x) => table.id(x)));
    }
  }
  return {
    signature: f.signature,
    df: Uint32Array.from(kept, ([x]) => table.id(x)),
    dfCounts: Uint32Array.from(kept, ([, n]) => n),
    sentences: Uint32Array.from(sentences),
    termIds: Uint32Array.from(terms.ids),
  };
}

/**
 * Offers a saved glossary and figure index to the next snapshots: the first complete snapshot
 * whose documents `matches` says are the saved ones takes them; any complete snapshot withdraws
 * the offer (after one that does not match, the saved structures are of no use).
 */
export function seedDerived(
  saved: SavedDerived,
  strings: readonly string[],
  hashOf: (doc: SourceDocument) => string | undefined,
  taken?: () => void,
): void {
  const matches = (docs: readonly SourceDocument[]) =>
    docs.length === saved.paths.length &&
    docs.every((d, i) => d.path === strings[saved.paths[i]] && hashOf(d) === saved.hashes[i]);
  let restored: Glossary | undefined;
  seedGlossary((snapshot: CorpusSnapshot) => {
    if (!snapshot.complete) return undefined;
    seedGlossary(undefined);
    // A curated glossary is read from its file on every build: never saved.
    if ([...snapshot.files.values()].every((f) => !f.glossary) && matches(snapshot.documents))
      restored = restoredGlossary(snapshot.documents, saved.glossary, strings);
    else seedFigureIndex(undefined);
    return restored;
  });
  seedFigureIndex((snapshot, glossary) => {
    if (!snapshot.complete) return undefined;
    seedFigureIndex(undefined);
    if (glossary !== restored || glossary.signature !== saved.figures.signature) return undefined;
    taken?.();
    return figureSeed(saved.figures, strings);
  });
}

function restoredGlossary(
  documents: readonly SourceDocument[],
  g: SavedGlossary,
  strings: readonly string[],
): Glossary {
  const run = (ids: Uint32Array, runs: Uint32Array, r: number) =>
    ids.subarray(runs[2 * r], runs[2 * r] + runs[2 * r + 1]);
  const names: string[][] = [];
  for (let r = 0; r < g.nameRuns.length / 2; r++)
    names.push(Array.from(run(g.names, g.nameRuns, r), (id) => strings[id]));
  const placed = new Map<SourceDocument, ([number, number] | undefined)[]>();
  const raw: GlossaryPassage[][] = [];
  for (let r = 0; r < g.passageRuns.length / 2; r++) {
    const pairs = run(g.passages, g.passageRuns, r);
    const list: GlossaryPassage[] = [];
    for (let j = 0; j < pairs.length; j += 2) {
      const doc = documents[pairs[j]];
      const k = pairs[j + 1];
      const e = termAt(doc.scan, k);
      list.push({
        doc,
        start: e.sentenceStart,
        end: e.sentenceEnd,
        termStart: e.termStart,
        kind: e.kind,
        score: e.score,
      });
      let at = placed.get(doc);
      if (!at) placed.set(doc, (at = []));
      at[k] = [r, list.length - 1];
    }
    raw.push(list);
  }
  const probeNames = g.probeNames && Array.from(g.probeNames, (id) => strings[id]);
  return glossaryFromParts({
    documents,
    names,
    raw,
    placed,
    problems: g.problems,
    signature: g.signature,
    probeNames,
    counts: g.counts,
  });
}

function figureSeed(f: SavedFigures, strings: readonly string[]): FigureSeed {
  const df = new Map<string, number>();
  f.df.forEach((id, i) => df.set(strings[id], f.dfCounts[i]));
  const byDoc = new Map<number, Map<number, string[]>>();
  for (let i = 0; i < f.sentences.length; i += 4) {
    const [doc, start, from, length] = f.sentences.subarray(i, i + 4);
    let terms = byDoc.get(doc);
    if (!terms) byDoc.set(doc, (terms = new Map()));
    terms.set(
      start,
      Array.from(f.termIds.subarray(from, from + length), (id) => strings[id]),
    );
  }
  return { df, terms: (position) => byDoc.get(position) };
}
