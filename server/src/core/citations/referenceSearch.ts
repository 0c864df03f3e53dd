import Fuse from 'fuse.js';
import { derive, drain, type CorpusSnapshot } from '../corpus/snapshot.js';
import type { Reference } from '../corpus/types.js';
import { romanizations } from './romanize.js';

/** What fuse.js searches: the reference's own fields plus Latin spellings of CJK names and titles. */
interface SearchRecord {
  ref: Reference;
  key: string;
  authors: string;
  authorsLatin: string;
  title: string;
  titleLatin: string;
  year: string;
  venue: string;
}

export interface ReferenceSearch {
  search(query: string, limit: number): { ref: Reference; score: number }[];
  /** how many references this build romanized (the others' records came from the previous build) */
  romanized: number;
}

const MAX_CANDIDATES = 300;

/** The search index of a snapshot: records and the prefix index are built once, not per keystroke. */
export function getReferenceSearch(snapshot: CorpusSnapshot): ReferenceSearch {
  return derive(snapshot, 'referenceSearch', (s) => drain(referenceSearchSteps(s)));
}

/** The search index build (pinyin for every name and title is the slow part), yielding every 200 references. */
export function* referenceSearchSteps(snapshot: CorpusSnapshot): Generator<void, ReferenceSearch> {
  const sorted = [...snapshot.references.values()].sort((a, b) => a.id.localeCompare(b.id));
  const records: SearchRecord[] = [];
  const reused = lastRecords;
  const built = new Map<string, SearchRecord>();
  let fresh = 0;
  for (const ref of sorted) {
    const signature = recordSignature(ref);
    const before = reused.get(signature);
    const record = before ? { ...before, ref } : toRecord(ref);
    if (!before) fresh++;
    built.set(signature, record);
    records.push(record);
    if (fresh % 200 === 199 || records.length % 5000 === 0) yield;
  }
  lastRecords = built;
  const prefixes = buildPrefixIndex(records);
  yield;
  const starts = buildStartIndex(records);
  const options = {
    keys: [
      { name: 'key', weight: 3 },
      { name: 'authors', weight: 2 },
      { name: 'authorsLatin', weight: 2 },
      { name: 'title', weight: 1.5 },
      { name: 'titleLatin', weight: 1 },
      { name: 'year', weight: 1 },
      { name: 'venue', weight: 0.5 },
    ],
    includeScore: true,
    // With the default, a Chinese word 40 characters into a title scores badly (docs/measured-facts.md).
    ignoreLocation: true,
    threshold: 0.35,
  };
  return {
    romanized: fresh,
    search(query, limit) {
      const q = query.trim().toLowerCase();
      if (!q) return records.slice(0, limit).map((r) => ({ ref: r.ref, score: 1 }));
      // fuse.js over 10,000 records is too slow per keystroke: narrow by token prefix first.
      const candidates = candidatesFor(q, records, prefixes, starts);
      const fuse = new Fuse(candidates, options);
      return fuse.search(q, { limit }).map((r) => ({ ref: r.item.ref, score: r.score ?? 1 }));
    },
  };
}

/**
 * The records of the last build, by what they are made of: the next snapshot (one file changed)
 * romanizes only the references that changed. Pinyin for every title and name again on each
 * change was seconds of whole-corpus work over 50,000 small files. Only the last build is kept.
 */
let lastRecords = new Map<string, SearchRecord>();

function recordSignature(ref: Reference): string {
  return `${ref.id}\u0000${ref.authors.join('\u0001')}\u0000${ref.title ?? ''}\u0000${ref.year ?? ''}\u0000${ref.container ?? ''}`;
}

function toRecord(ref: Reference): SearchRecord {
  const names = ref.authors.map((a) => romanizations(a, true));
  const titleLatin = ref.title ? romanizations(ref.title, false) : undefined;
  return {
    ref,
    key: ref.id,
    authors: ref.authors.join(' '),
    authorsLatin: names.flatMap((n) => (n ? [n.full, n.initials, n.syllables[0]] : [])).join(' '),
    title: ref.title ?? '',
    titleLatin: titleLatin ? `${titleLatin.syllables.join(' ')} ${titleLatin.initials}` : '',
    year: ref.year ?? '',
    venue: ref.container ?? '',
  };
}

/** Every token's first two characters (CJK: every character) -> records, for narrowing. */
function buildPrefixIndex(records: SearchRecord[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  records.forEach((r, i) => {
    const seen = new Set<string>();
    for (const token of tokens(`${r.key} ${r.authors} ${r.authorsLatin} ${r.title} ${r.titleLatin} ${r.year} ${r.venue}`)) {
      const p = prefixOf(token);
      if (seen.has(p)) continue;
      seen.add(p);
      const list = index.get(p) ?? [];
      list.push(i);
      index.set(p, list);
    }
  });
  return index;
}

function tokens(s: string): string[] {
  return s.toLowerCase().split(/[\s,.;:()\-_/]+|(?=[\u3400-\u9fff\uac00-\ud7af])/u).filter(Boolean);
}

function prefixOf(token: string): string {
  return /^[\u3400-\u9fff\uac00-\ud7af]/.test(token) ? token[0] : token.slice(0, 2);
}

/** Every key and every word of a name's Latin spelling, lower-cased and sorted, with its record: the records a query starts are one range. */
interface StartIndex {
  words: string[];
  record: Uint32Array;
}

function buildStartIndex(records: SearchRecord[]): StartIndex {
  const pairs: [string, number][] = [];
  records.forEach((r, i) => {
    pairs.push([r.key.toLowerCase(), i]);
    for (const w of r.authorsLatin.split(' ')) if (w) pairs.push([w, i]);
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { words: pairs.map((p) => p[0]), record: Uint32Array.from(pairs, (p) => p[1]) };
}

function candidatesFor(q: string, records: SearchRecord[], prefixes: Map<string, number[]>, starts: StartIndex): SearchRecord[] {
  if (records.length <= MAX_CANDIDATES) return records;
  const hit = prefixes.get(prefixOf(tokens(q)[0] ?? q)) ?? [];
  if (hit.length <= MAX_CANDIDATES) return hit.map((i) => records[i]);
  // Too many share the prefix: those whose key or name spelling starts with the query first, found
  // by halving the sorted words (a filter over every hit took 200-500 ms a keystroke over 200,000 references).
  let lo = 0;
  let hi = starts.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts.words[mid] < q) lo = mid + 1;
    else hi = mid;
  }
  const chosen = new Set<number>();
  for (let k = lo; k < starts.words.length && chosen.size < MAX_CANDIDATES && starts.words[k].startsWith(q); k++) chosen.add(starts.record[k]);
  for (let k = 0; k < hit.length && chosen.size < MAX_CANDIDATES; k++) chosen.add(hit[k]);
  return [...chosen].map((i) => records[i]);
}
