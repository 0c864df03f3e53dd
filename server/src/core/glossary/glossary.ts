import { derive, drain, type CorpusSnapshot } from '../corpus/snapshot.js';
import type { CorpusProblem, SourceDocument } from '../corpus/types.js';
import { locateCuratedQuotes, readCuratedGlossary, CuratedTerm } from './curatedGlossary.js';
import type { EvidenceKind, TermEvidence } from './termExtractor.js';
import { cleanTermName, isUsableTermName, termKey } from './termKey.js';
import { TermMatcher } from './termMatcher.js';

/** A passage of a source that defines (or, for curated quotes, grounds) a term. */
export interface GlossaryPassage {
  doc: SourceDocument;
  start: number;
  end: number;
  termStart: number;
  kind: EvidenceKind | 'curated';
  score: number;
}

/** One term: every name it goes by, and its passages ranked clearest first, one source's sense at a time. */
export interface GlossaryEntry {
  id: number;
  name: string;
  aliases: string[];
  /** a hand-written definition from a curated glossary, if any */
  curatedDefinition?: string;
  passages: GlossaryPassage[];
}

export interface Glossary {
  entries: GlossaryEntry[];
  matcher: TermMatcher;
  problems: CorpusProblem[];
  /** identifies the set of names: structures derived from matches can be reused while it stays the same */
  signature: string;
}

/** The glossary of a snapshot, built once and shared by every request on it. */
export function getGlossary(snapshot: CorpusSnapshot): Glossary {
  return derive(snapshot, 'glossary', (s) => drain(glossarySteps(s)));
}

interface Group {
  names: Map<string, number>; // display name -> accumulated score
  passages: GlossaryPassage[];
  curated?: CuratedTerm;
}

/** The glossary build, yielding between documents so a server can run it in slices. */
export function* glossarySteps(snapshot: CorpusSnapshot): Generator<void, Glossary> {
  const restored = glossarySeed?.(snapshot);
  glossaryBuildStats.restored = !!restored;
  if (restored) return restored;
  const patched = yield* patchedGlossary(snapshot);
  if (patched) return patched;
  const uf = new UnionFind();
  const evidence: Evidence[] = [];
  for (const doc of snapshot.documents) {
    doc.scan.terms.forEach((e, k) => {
      const passage: GlossaryPassage = { doc, start: e.sentenceStart, end: e.sentenceEnd, termStart: e.termStart, kind: e.kind, score: e.score };
      const keys = e.names.map(termKey);
      evidence.push({ keys, names: e.names, passage, k });
    });
    yield;
  }
  // The steps below yield every few thousand items too: over a large corpus each took 30-200 ms,
  // and a hover waiting behind one is a stall.
  yield;
  const ambiguous = ambiguousAcronyms(evidence);
  yield;
  let n = 0;
  for (const e of evidence) {
    const keep = e.names.map((n) => !ambiguous.has(n));
    e.names = e.names.filter((_, i) => keep[i]);
    e.keys = e.keys.filter((_, i) => keep[i]);
    for (let i = 1; i < e.keys.length; i++) uf.union(e.keys[0], e.keys[i]);
    if (++n % 2000 === 0) yield;
  }
  const { curated, problems } = readAllCurated(snapshot);
  for (const c of curated) [c.term, ...c.aliases].forEach((n) => uf.union(termKey(c.term), termKey(n)));
  yield;
  const groups = yield* groupEvidence(uf, evidence, curated, snapshot, problems);
  yield;
  const counted = yield* addShortNames(groups, snapshot);
  yield;
  const { glossary, entryOf } = yield* finishGlossary(groups, problems);
  // Kept to patch this glossary when files change but not the terms they define (see patchedGlossary).
  lastBuild = undefined;
  if (curated.length === 0) {
    const raw: GlossaryPassage[][] = glossary.entries.map(() => []);
    const placed = new Map<SourceDocument, ([number, number] | undefined)[]>();
    for (const [g, id] of entryOf) raw[id] = g.passages;
    for (const e of evidence) {
      let list = placed.get(e.passage.doc);
      if (!list) placed.set(e.passage.doc, (list = []));
      const id = e.group && entryOf.get(e.group);
      list[e.k] = id === undefined ? undefined : [id, e.at!];
    }
    lastBuild = { documents: snapshot.documents, glossary, raw, placed, probeNames: counted?.names, counts: counted?.counts };
  }
  return glossary;
}

/** One defining passage on its way into a group: its names (ambiguous acronyms dropped) and keys. */
interface Evidence {
  keys: string[];
  names: string[];
  passage: GlossaryPassage;
  /** its index among its document's term evidence */
  k: number;
  /** the group it went to, and its index among the group's passages */
  group?: Group;
  at?: number;
}

/** What the last full build kept, to patch its glossary when documents change but not the terms they define. */
export interface GlossaryBuild {
  documents: readonly SourceDocument[];
  glossary: Glossary;
  /** per entry, its passages in the order of the evidence, before ranking */
  raw: GlossaryPassage[][];
  /** per document, for each of its term evidence, the entry and the index in raw[entry] its passage took */
  placed: Map<SourceDocument, ([number, number] | undefined)[]>;
  /** the names counted for short forms, and their counts */
  probeNames?: string[];
  counts?: Uint32Array;
}

let lastBuild: GlossaryBuild | undefined;

/** What the last build kept (see GlossaryBuild), to save beside the index: undefined when a curated glossary was in it. */
export function glossaryBuildState(): Readonly<GlossaryBuild> | undefined {
  return lastBuild;
}

/** A glossary saved by an earlier run, given a snapshot: the glossary, if the snapshot's documents are the ones it was built from. */
let glossarySeed: ((snapshot: CorpusSnapshot) => Glossary | undefined) | undefined;

/** Offers the next glossary builds a saved glossary (see derivedImage.ts); undefined withdraws it. */
export function seedGlossary(seed: typeof glossarySeed): void {
  glossarySeed = seed;
}

/** The parts of a glossary build that are kept across restarts: the rest is made from them. */
export interface GlossaryParts {
  documents: readonly SourceDocument[];
  /** per entry, [headword, ...aliases] */
  names: string[][];
  raw: GlossaryPassage[][];
  placed: Map<SourceDocument, ([number, number] | undefined)[]>;
  problems: CorpusProblem[];
  signature: string;
  probeNames?: string[];
  counts?: Uint32Array;
}

/**
 * The glossary a full build over the same documents makes, from the parts it kept (entries in
 * order, each entry's passages in the order of the evidence, its names in rank order): its
 * entries, matcher and signature, and the state a later patch and name count start from.
 */
export function glossaryFromParts(p: GlossaryParts): Glossary {
  const matcher = new TermMatcher();
  const entries = p.names.map((names, id) => {
    for (const n of names) matcher.add(n, id);
    return rankedOnRead({ id, name: names[0], aliases: names.slice(1), curatedDefinition: undefined }, p.raw[id].slice());
  });
  const glossary: Glossary = { entries, matcher, problems: p.problems, signature: p.signature };
  lastBuild = { documents: p.documents, glossary, raw: p.raw, placed: p.placed, probeNames: p.probeNames, counts: p.counts };
  lastCount = undefined;
  if (p.probeNames && p.counts) {
    const names = p.probeNames;
    const signature = `${names.length}:${hashString(names.join('\u0001'))}`;
    // Made now, as a full build makes it: the first changed file's recount needs it (20-30 ms at 50 MB).
    const probe = probeOf(names);
    lastCount = { signature, probe, current: { signature, names: new Set(names) }, documents: p.documents, total: p.counts.slice() };
  }
  return glossary;
}

// More changed documents than this in one snapshot: a full build.
const MAX_PATCHED = 64;

/** How the last glossary was made (for tests): restored from a saved one, patched from the one before, or built in full. */
export const glossaryBuildStats = { patched: false, rankings: 0, restored: false };

/**
 * The last glossary with the passages of changed documents replaced, when that is exactly what a
 * full build would give: the same documents by path in the same order, each changed one defining
 * the same terms with the same names, kinds and scores in the same order (only their offsets may
 * differ), the same counts of the names whose short forms are decided by counting, and no curated
 * glossary. Then the groups, names, aliases, matcher and signature are the same, and only the
 * passages of the entries those documents define are ranked again: one edited source costs time
 * proportional to it, not to the corpus. Undefined when any of that does not hold.
 */
function* patchedGlossary(snapshot: CorpusSnapshot): Generator<void, Glossary | undefined> {
  glossaryBuildStats.patched = false;
  const last = lastBuild;
  const docs = snapshot.documents;
  if (!last || last.documents.length !== docs.length) return undefined;
  for (const f of snapshot.files.values()) if (f.glossary) return undefined;
  const changed: [SourceDocument, SourceDocument][] = [];
  for (let i = 0; i < docs.length; i++) {
    const before = last.documents[i];
    const now = docs[i];
    if (before === now) continue;
    if (before.path !== now.path || changed.length >= MAX_PATCHED || !sameTerms(before.scan.terms, now.scan.terms)) return undefined;
    changed.push([before, now]);
  }
  yield;
  if (last.probeNames) {
    const counts = yield* countNames(snapshot, last.probeNames);
    for (let k = 0; k < counts.length; k++) if (counts[k] !== last.counts![k]) return undefined;
  }
  // Another build may have run meanwhile (a newer snapshot): then build in full.
  if (lastBuild !== last) return undefined;
  const affected = new Set<number>();
  for (const [before, now] of changed) {
    const placed = last.placed.get(before);
    last.placed.delete(before);
    if (!placed) continue;
    last.placed.set(now, placed);
    now.scan.terms.forEach((e, k) => {
      const at = placed[k];
      if (!at) return;
      last.raw[at[0]][at[1]] = { doc: now, start: e.sentenceStart, end: e.sentenceEnd, termStart: e.termStart, kind: e.kind, score: e.score };
      affected.add(at[0]);
    });
  }
  const entries = last.glossary.entries.slice();
  for (const id of affected) {
    const { id: entryId, name, aliases, curatedDefinition } = entries[id];
    entries[id] = rankedOnRead({ id: entryId, name, aliases, curatedDefinition }, last.raw[id].slice());
  }
  const glossary: Glossary = { entries, matcher: last.glossary.matcher, problems: last.glossary.problems, signature: last.glossary.signature };
  last.documents = docs;
  last.glossary = glossary;
  glossaryBuildStats.patched = true;
  return glossary;
}

/** The same term evidence but for offsets: names, kinds and scores in the same order. */
function sameTerms(a: readonly TermEvidence[], b: readonly TermEvidence[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.kind !== y.kind || x.score !== y.score || x.names.length !== y.names.length) return false;
    for (let i = 0; i < x.names.length; i++) if (x.names[i] !== y.names[i]) return false;
  }
  return true;
}

// Generic heads that a writer drops when using a name in short: 长吉图国家发展战略 -> 长吉图.
const GENERIC_HEAD = /(国家|发展|战略|开发|开放|先导区|计划|倡议|构想|机制|框架|协定|政策|规划)$/;

function shortForm(name: string): string | undefined {
  let stem = name;
  while (GENERIC_HEAD.test(stem)) stem = stem.replace(GENERIC_HEAD, '');
  return stem !== name && /^[\u4e00-\u9fff]{3,}$/.test(stem) ? stem : undefined;
}

/**
 * Adds the short form of a long Chinese name as an alias, but only when the corpus uses that
 * short form mostly inside the full names (长吉图), not on its own (东北亚): one linear pass
 * with a matcher that knows both, where the longest match absorbs the full names.
 */
function* addShortNames(groups: Map<string, Group>, snapshot: CorpusSnapshot): Generator<void, { names: string[]; counts: Uint32Array } | undefined> {
  const full = [...groups.values()];
  const candidates: { stem: string; group: Group }[] = [];
  for (const g of full) {
    for (const name of g.names.keys()) {
      const stem = shortForm(cleanTermName(name));
      if (stem) candidates.push({ stem, group: g });
    }
  }
  if (candidates.length === 0) return undefined;
  const probeNames = [...new Set([...full.flatMap((g) => [...g.names.keys()]), ...candidates.map((c) => c.stem)])];
  yield;
  const counts = yield* countNames(snapshot, probeNames);
  yield;
  const countOf = new Map(probeNames.map((n, i) => [n, counts[i]]));
  const groupCount = (g: Group) => [...g.names.keys()].reduce((n, name) => n + (countOf.get(name) ?? 0), 0);
  // When several names share a short form, it goes to the best-defined of them.
  const strength = (g: Group) => g.passages.reduce((n, p) => n + p.score, 0);
  const best = new Map<string, { group: Group; inFull: number }>();
  for (const c of candidates) {
    const prev = best.get(c.stem);
    const inFull = groupCount(c.group) + (prev?.inFull ?? 0);
    best.set(c.stem, { group: !prev || strength(c.group) > strength(prev.group) ? c.group : prev.group, inFull });
  }
  const taken = new Set(full.flatMap((g) => [...g.names.keys()].map(termKey)));
  for (const [stem, { group, inFull }] of best) {
    const alone = countOf.get(stem) ?? 0;
    if (alone <= inFull && !taken.has(termKey(stem))) group.names.set(stem, 0.1);
  }
  return { names: probeNames, counts };
}

/** One set of names counted (a countNames call); documents counted with it point to it. */
interface ProbeSet {
  signature: string;
  names: ReadonlySet<string>;
}

/**
 * A document's non-zero name counts: probe indices, the names they stand for and how often each
 * occurs (sparse, for memory), and the set of names they were counted with.
 */
type NameCount = { probe: ProbeSet; ids: Uint32Array; names: string[]; counts: Uint32Array };
const nameCounts = new WeakMap<SourceDocument, NameCount>();

/**
 * A set of names documents were counted with, as plain data: its signature and every name in the
 * order the counts' ids refer to.
 */
export interface CountedNames {
  signature: string;
  names: readonly string[];
}

/** A document's name counts as plain data (to keep beside the index cache across restarts). */
export interface SavedNameCounts {
  probe: CountedNames;
  ids: Uint32Array;
  counts: Uint32Array;
}

const savedProbes = new WeakMap<ProbeSet, CountedNames>();

/** The name counts kept with a document, if it was counted; documents counted with one set of names share its `probe`. */
export function savedNameCounts(doc: SourceDocument): SavedNameCounts | undefined {
  const c = nameCounts.get(doc);
  if (!c) return undefined;
  let probe = savedProbes.get(c.probe);
  if (!probe) savedProbes.set(c.probe, (probe = { signature: c.probe.signature, names: [...c.probe.names] }));
  return { probe, ids: c.ids, counts: c.counts };
}

const restoredProbes = new WeakMap<CountedNames, ProbeSet>();
const restoredSets = new WeakSet<ProbeSet>();

/**
 * Gives a document the name counts saved for it (by savedNameCounts, from a document of the very
 * same text indexed by the same code), unless it holds counts already: a warm start then sums
 * them instead of counting every name in every document again. Counts whose ids do not fit the
 * names are refused.
 */
export function restoreNameCounts(doc: SourceDocument, saved: SavedNameCounts): boolean {
  if (nameCounts.has(doc) || saved.ids.length !== saved.counts.length) return false;
  const all = saved.probe.names;
  for (const id of saved.ids) if (id >= all.length) return false;
  let probe = restoredProbes.get(saved.probe);
  if (!probe) {
    restoredProbes.set(saved.probe, (probe = { signature: saved.probe.signature, names: new Set(saved.probe.names) }));
    restoredSets.add(probe);
  }
  // The names are spelled out when first read (a changed set of names): a warm start whose
  // glossary is restored never reads them (40-50 ms over 9,600 documents).
  let names: string[] | undefined;
  nameCounts.set(doc, { probe, ids: saved.ids, get names() { return (names ??= Array.from(saved.ids, (id) => all[id])); }, counts: saved.counts });
  return true;
}

/** Documents whose names were counted (not taken from an earlier count) by the last countNames: for tests. */
export const nameCountStats = { recounted: 0, summed: 0 };

/**
 * How often each name occurs in the corpus (longest match, so full names absorb their short
 * forms). Counted per document and kept with it, so a re-index after one changed file only scans
 * that file. Only the names a document holds are kept: one array of every name per document grew
 * with documents × names (310 MB of 476 MB at 9,400 documents and 8,200 names).
 *
 * When the set of names changes (each partial snapshot of a first index, a file that defines a new
 * term), a document's earlier counts still hold if none of the names added matches anywhere in it,
 * none of the names it was counted for is gone, and each of those is still the name its matches
 * are counted for: longest-match counting then picks the same matches. Testing that is one quick
 * pass with a matcher of the added names only, where a recount passes every name.
 */
// Characters of one document counted in one step.
const COUNT_CHUNK = 200_000;

/** One document's name counts, counted from its text. */
function* countedAfresh(text: string, probe: TermMatcher, scratch: Uint32Array, touched: number[], names: string[], current: ProbeSet): Generator<void, NameCount> {
  // A large document is counted in pieces, with a yield between them (one 10 MB report is
  // no single step of 100 ms and more on the server thread).
  for (let at = 0; at < text.length; ) {
    at = probe.countFrom(text, scratch, at, at + COUNT_CHUNK, touched);
    if (at < text.length) yield;
  }
  // Only the names this document holds are read back and reset: a pass over every name per
  // document grew with documents × names (50,000 small files, 17,000 names: most of 100 s).
  const ids = Uint32Array.from(touched);
  const counts = new Uint32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    counts[k] = scratch[ids[k]];
    scratch[ids[k]] = 0;
  }
  touched.length = 0;
  return { probe: current, ids, names: Array.from(ids, (id) => names[id]), counts };
}

/** The last count of names over a corpus, to update when the same names are counted again after a few documents changed. */
interface LastCount {
  signature: string;
  probe: TermMatcher;
  current: ProbeSet;
  documents: readonly SourceDocument[];
  total: Uint32Array;
}

let lastCount: LastCount | undefined;

// More changed documents than this: the totals are summed again over every document.
const MAX_RECOUNTED = 64;

/**
 * The totals of the last count with the counts of the documents gone taken off and those of the
 * documents come added, when the names are the same and few documents changed: one edited source
 * then costs neither a matcher of every name (20 ms at 50 MB) nor a sum over every document.
 */
function* countedSinceLast(snapshot: CorpusSnapshot, names: string[], signature: string): Generator<void, Uint32Array | undefined> {
  const last = lastCount;
  if (!last || last.signature !== signature) return undefined;
  const before = new Set(last.documents);
  const now = new Set(snapshot.documents);
  const gone = last.documents.filter((d) => !now.has(d));
  const come = snapshot.documents.filter((d) => !before.has(d));
  if (gone.length + come.length > MAX_RECOUNTED) return undefined;
  const total = last.total.slice();
  for (const doc of gone) {
    const c = nameCounts.get(doc);
    if (!c || c.probe.signature !== signature) return undefined;
    for (let k = 0; k < c.ids.length; k++) total[c.ids[k]] -= c.counts[k];
  }
  const scratch = new Uint32Array(names.length);
  const touched: number[] = [];
  nameCountStats.recounted = 0;
  for (const doc of come) {
    let c = nameCounts.get(doc);
    if (!c || c.probe.signature !== signature) {
      nameCounts.set(doc, (c = yield* countedAfresh(doc.normalized.text, last.probe, scratch, touched, names, last.current)));
      nameCountStats.recounted++;
    }
    for (let k = 0; k < c.ids.length; k++) total[c.ids[k]] += c.counts[k];
  }
  if (lastCount !== last) return undefined;
  lastCount = { ...last, documents: snapshot.documents, total };
  nameCountStats.summed = gone.length + come.length;
  return total;
}

function* countNames(snapshot: CorpusSnapshot, names: string[]): Generator<void, Uint32Array> {
  const signature = `${names.length}:${hashString(names.join('\u0001'))}`;
  const quick = yield* countedSinceLast(snapshot, names, signature);
  if (quick) return quick;
  const probe = probeOf(names);
  yield;
  const current: ProbeSet = { signature, names: new Set(names) };
  let indexOf: Map<string, number> | undefined;
  // Per earlier set of names: a matcher of the names added since (undefined when none were).
  const added = new Map<ProbeSet, TermMatcher | undefined>();
  const [total, scratch, touched] = [new Uint32Array(names.length), new Uint32Array(names.length), [] as number[]];
  let work = 0;
  nameCountStats.recounted = 0;
  for (const doc of snapshot.documents) {
    let cached = nameCounts.get(doc);
    const text = doc.normalized.text;
    // Counts kept from the last run are for the complete corpus's names: a partial snapshot's other
    // names do not replace them (the complete snapshot right after would count everything again).
    const keep = !snapshot.complete && !!cached && restoredSets.has(cached.probe);
    if (cached && cached.probe.signature !== signature) {
      const earlier = cached.probe;
      if (!added.has(earlier)) added.set(earlier, addedNames(names, earlier.names));
      const matcher = added.get(earlier);
      // Many names added (a partial snapshot of a growing corpus): most documents hold one, and
      // testing them first only adds to the recount.
      indexOf ??= new Map(names.map((n, i) => [n, i]));
      const ids = matcher !== TOO_MANY ? idsUnder(cached.names, indexOf, probe) : undefined;
      let holds = !!ids;
      if (holds) {
        for (let at = 0; holds && matcher && at < text.length; at += COUNT_CHUNK) {
          holds = !matcher.matchesAnywhere(text, at, at + COUNT_CHUNK);
          work += Math.min(COUNT_CHUNK, text.length - at) / 4;
          if (work >= COUNT_CHUNK / 20) {
            work = 0;
            yield;
          }
        }
      }
      if (holds) cached = { probe: current, ids: ids!, names: cached.names, counts: cached.counts };
      else cached = undefined;
      if (cached && !keep) nameCounts.set(doc, cached);
    }
    if (!cached) {
      cached = yield* countedAfresh(text, probe, scratch, touched, names, current);
      if (!keep) nameCounts.set(doc, cached);
      nameCountStats.recounted++;
      work += text.length;
    }
    for (let k = 0; k < cached.ids.length; k++) total[cached.ids[k]] += cached.counts[k];
    // A yield per few thousand characters counted, not per document: 50,000 small files made
    // 50,000 steps, each with its own turn of the event loop.
    if (++work >= COUNT_CHUNK / 20) {
      work = 0;
      yield;
    }
  }
  lastCount = { signature, probe, current, documents: snapshot.documents, total };
  nameCountStats.summed = snapshot.documents.length;
  return total;
}

/** The ids among `names` of the names a document was counted for; undefined if one is gone or now counts for another name. */
function idsUnder(counted: readonly string[], indexOf: ReadonlyMap<string, number>, probe: TermMatcher): Uint32Array | undefined {
  const ids = new Uint32Array(counted.length);
  for (let k = 0; k < ids.length; k++) {
    const id = indexOf.get(counted[k]);
    if (id === undefined || probe.entryOf(counted[k]) !== id) return undefined;
    ids[k] = id;
  }
  return ids;
}

/** A matcher of the names, each standing for its index. */
function probeOf(names: readonly string[]): TermMatcher {
  const probe = new TermMatcher();
  names.forEach((n, i) => probe.add(n, i));
  return probe;
}

// More names added than this: documents counted with the earlier names are counted again untested.
const MAX_ADDED_NAMES = 64;
const TOO_MANY = new TermMatcher();

/** A matcher of the names not in `earlier`, undefined when there are none, TOO_MANY when there are over MAX_ADDED_NAMES. */
function addedNames(names: readonly string[], earlier: ReadonlySet<string>): TermMatcher | undefined {
  const fresh = names.filter((n) => !earlier.has(n));
  if (fresh.length === 0) return undefined;
  if (fresh.length > MAX_ADDED_NAMES) return TOO_MANY;
  const matcher = new TermMatcher();
  fresh.forEach((n, i) => matcher.add(n, i));
  return matcher;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}


/**
 * A generic acronym (FTA, EPA, GDP) follows many different names; it must not make them one
 * term, so it is dropped. An acronym is kept when the names it follows look alike (a long common
 * substring: 区域全面经济伙伴关系 / 区域全面经济伙伴关系协定 share RCEP; 中韩自贸协定 /
 * 中日韩自由贸易协定 do not share FTA).
 */
function ambiguousAcronyms(evidence: { names: string[] }[]): Set<string> {
  const followed = new Map<string, Set<string>>();
  for (const e of evidence) {
    for (const alias of e.names.slice(1)) {
      if (!/^[A-Z][A-Z0-9+&-]{1,9}$/.test(alias)) continue;
      if (!followed.has(alias)) followed.set(alias, new Set());
      followed.get(alias)!.add(e.names[0]);
    }
  }
  const ambiguous = new Set<string>();
  for (const [alias, names] of followed) {
    const list = [...names].slice(0, 20);
    const clash = list.some((a, i) => list.slice(i + 1).some((b) => longestCommonSubstring(a, b) < Math.min(a.length, b.length) / 2));
    if (clash) ambiguous.add(alias);
  }
  return ambiguous;
}

function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      best = Math.max(best, prev[j]);
      diag = tmp;
    }
  }
  return best;
}

function readAllCurated(snapshot: CorpusSnapshot): { curated: CuratedTerm[]; problems: CorpusProblem[] } {
  const curated: CuratedTerm[] = [];
  const problems: CorpusProblem[] = [];
  for (const f of snapshot.files.values()) {
    if (!f.glossary) continue;
    const r = readCuratedGlossary(f.path, f.glossary as { data: unknown; text: string });
    curated.push(...r.terms);
    problems.push(...r.problems);
  }
  return { curated, problems };
}

function* groupEvidence(uf: UnionFind, evidence: Evidence[], curated: CuratedTerm[], snapshot: CorpusSnapshot, problems: CorpusProblem[]): Generator<void, Map<string, Group>> {
  const groups = new Map<string, Group>();
  const group = (key: string) => {
    const root = uf.find(key);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { names: new Map(), passages: [] }));
    return g;
  };
  let n = 0;
  for (const e of evidence) {
    const g = group(e.keys[0]);
    e.names.forEach((n, i) => g.names.set(n, (g.names.get(n) ?? 0) + (i === 0 ? e.passage.score : e.passage.score / 2)));
    e.group = g;
    e.at = g.passages.push(e.passage) - 1;
    if (++n % 2000 === 0) yield;
  }
  yield;
  const located = locateCuratedQuotes(curated, snapshot.documentsByKey, snapshot.documents);
  problems.push(...located.problems);
  for (const c of curated) {
    const g = group(termKey(c.term));
    g.curated = c;
    g.names.set(c.term, (g.names.get(c.term) ?? 0) + 1000);
    c.aliases.forEach((a) => g.names.set(a, (g.names.get(a) ?? 0) + 1));
  }
  for (const q of located.quotes) group(termKey(q.term)).passages.push({ doc: q.doc, start: q.start, end: q.end, termStart: q.start, kind: 'curated', score: 10 });
  return groups;
}

function* finishGlossary(groups: Map<string, Group>, problems: CorpusProblem[]): Generator<void, { glossary: Glossary; entryOf: Map<Group, number> }> {
  const entries: GlossaryEntry[] = [];
  const entryOf = new Map<Group, number>();
  const matcher = new TermMatcher();
  let n = 0;
  for (const g of groups.values()) {
    if (++n % 500 === 0) yield;
    const names = rankNames(g.names);
    if (names.length === 0) continue;
    const id = entries.length;
    entryOf.set(g, id);
    entries.push(rankedOnRead({ id, name: names[0], aliases: names.slice(1), curatedDefinition: g.curated?.definition }, g.passages.slice()));
    for (const n of names) matcher.add(n, id);
  }
  yield;
  const names = entries.flatMap((e) => [e.name, ...e.aliases].map((n) => `${e.name}\u0002${n}`)).sort();
  return { glossary: { entries, matcher, problems, signature: `${names.length}:${hashString(names.join('\u0001'))}` }, entryOf };
}

/** Best-scored name first, preferring a Chinese name as the headword; one display form per key. */
function rankNames(scores: Map<string, number>): string[] {
  const byKey = new Map<string, { name: string; score: number }>();
  for (const [raw, score] of scores) {
    const name = cleanTermName(raw);
    if (!isUsableTermName(name)) continue;
    const key = termKey(name);
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, { name, score });
    else {
      prev.score += score;
      if (score > prev.score - score) prev.name = name;
    }
  }
  const cjk = (n: string) => (/[\u4e00-\u9fff]/.test(n) ? 1 : 0);
  return [...byKey.values()].sort((a, b) => cjk(b.name) - cjk(a.name) || b.score - a.score || a.name.localeCompare(b.name)).map((x) => x.name);
}

/**
 * An entry whose passages are ranked when they are first read (a hover, a completion on one of its
 * names): most entries of a large corpus are never read, and a term defined in thousands of
 * sources took 10-20 ms to rank, 0.2 s of a warm start at 100 MB and most of a one-file change's
 * glossary patch. `raw` is the entry's own copy (the build's lists are patched in place later).
 */
function rankedOnRead(fields: Omit<GlossaryEntry, 'passages'>, raw: GlossaryPassage[]): GlossaryEntry {
  let ranked: GlossaryPassage[] | undefined;
  const entry = { ...fields } as GlossaryEntry;
  Object.defineProperty(entry, 'passages', { enumerable: true, get: () => (ranked ??= rankPassages(raw)) });
  return entry;
}

/**
 * Clearest first, but one passage per source before any second passage from the same source,
 * so that when sources define a term differently the hover shows each source's sense.
 */
function rankPassages(passages: GlossaryPassage[]): GlossaryPassage[] {
  glossaryBuildStats.rankings++;
  // Sorted first, so that when several rules read the same sentence its best reading is kept.
  const sorted = [...passages].sort((a, b) => b.score - a.score || a.end - a.start - (b.end - b.start));
  const seen = new Set<string>();
  const unique = sorted.filter((p) => {
    const k = `${p.doc.path}:${p.start}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  const firsts: GlossaryPassage[] = [];
  const rest: GlossaryPassage[] = [];
  const docs = new Set<string>();
  for (const p of unique) {
    if (docs.has(p.doc.path)) rest.push(p);
    else {
      docs.add(p.doc.path);
      firsts.push(p);
    }
  }
  return [...firsts, ...rest];
}

class UnionFind {
  private parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
