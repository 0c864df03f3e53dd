import type { DocumentScan, ScannedFigure } from './documentScan.js';
import type { TermEvidence } from '../glossary/termExtractor.js';

/**
 * A document's scan in a form that is quick to store and to read back: every string of the
 * figures' sentence, local and clause features and of the terms' names, kinds and rules is an id
 * into one table of strings shared by the whole corpus (about 7,000 distinct features over 2.4
 * million uses at 50 MB), and the ids sit in one typed array per document. Read back, every
 * document's features are the table's very strings: no string is made per use, and sets of
 * features that one sentence's figures shared (the same Set object) are shared again.
 */
export interface CompactScan {
  /** ids of strings, runs of which are the lists below */
  ids: Uint32Array;
  /** per list: its start in `ids` and its length */
  runs: Uint32Array;
  /** per term: kind id, rule id, the run of its names */
  termIds: Uint32Array;
  /** per term: score, sentenceStart, sentenceEnd, termStart */
  termNumbers: Float64Array;
  /** the figures with `sentence`, `local` and `clause` replaced by the index of their run */
  figures: CompactFigure[];
}

type CompactFigure = Omit<ScannedFigure, 'sentence' | 'local' | 'clause'> & {
  sentence: number;
  local: number;
  clause: number;
};

/** Strings to ids, for one image: each distinct string is stored once. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.strings.push(s) - 1));
    return id;
  }
}

const TERM_KEYS = ['names', 'kind', 'score', 'sentenceStart', 'sentenceEnd', 'termStart', 'rule'];

/** Whether the scan has the shape this encoding keeps whole (anything else is stored as it is). */
function compactable(scan: DocumentScan): boolean {
  for (const t of scan.terms) {
    const keys = Object.keys(t);
    if (keys.length !== TERM_KEYS.length || keys.some((k, i) => k !== TERM_KEYS[i])) return false;
  }
  return scan.figures.every((f) => f.sentence instanceof Set && Array.isArray(f.local) && Array.isArray(f.clause));
}

/** The compact form of a scan, or undefined when it has a shape the encoding does not know. */
export function compactScan(scan: DocumentScan, table: StringTable): CompactScan | undefined {
  if (!compactable(scan)) return undefined;
  const ids: number[] = [];
  const runs: number[] = [];
  const runOf = new Map<object, number>();
  const run = (list: Iterable<string> & object): number => {
    let r = runOf.get(list);
    if (r !== undefined) return r;
    const start = ids.length;
    for (const s of list) ids.push(table.id(s));
    r = runs.length / 2;
    runs.push(start, ids.length - start);
    runOf.set(list, r);
    return r;
  };
  const termIds = new Uint32Array(scan.terms.length * 3);
  const termNumbers = new Float64Array(scan.terms.length * 4);
  scan.terms.forEach((t, i) => {
    termIds.set([table.id(t.kind), table.id(t.rule), run(t.names)], i * 3);
    termNumbers.set([t.score, t.sentenceStart, t.sentenceEnd, t.termStart], i * 4);
  });
  const figures = scan.figures.map((f) => ({
    ...f,
    sentence: run(f.sentence),
    local: run(f.local),
    clause: run(f.clause),
  }));
  return { ids: Uint32Array.from(ids), runs: Uint32Array.from(runs), termIds, termNumbers, figures };
}

/** Lists of a compact scan's ids as strings (made once per run), and sets of them. */
function runReader(c: CompactScan, strings: readonly string[]) {
  const lists = new Map<number, string[]>();
  const list = (r: number): string[] => {
    let l = lists.get(r);
    if (l) return l;
    const start = c.runs[2 * r];
    const length = c.runs[2 * r + 1];
    l = new Array<string>(length);
    for (let i = 0; i < length; i++) l[i] = strings[c.ids[start + i]];
    lists.set(r, l);
    return l;
  };
  const sets = new Map<number, Set<string>>();
  const set = (r: number): Set<string> => {
    let s = sets.get(r);
    if (!s) sets.set(r, (s = new Set(list(r))));
    return s;
  };
  return { list, set };
}

/** A scan's terms still in their compact form (see expandScan), and the strings their ids point into. */
const compactTerms = new WeakMap<
  DocumentScan,
  { c: CompactScan; strings: readonly string[]; terms?: TermEvidence[] }
>();

function expandTerms(c: CompactScan, strings: readonly string[]): TermEvidence[] {
  const { list } = runReader(c, strings);
  const terms: TermEvidence[] = new Array(c.termIds.length / 3);
  for (let i = 0; i < terms.length; i++) {
    const n = c.termNumbers;
    terms[i] = {
      names: list(c.termIds[3 * i + 2]).slice(),
      kind: strings[c.termIds[3 * i]] as TermEvidence['kind'],
      score: n[4 * i],
      sentenceStart: n[4 * i + 1],
      sentenceEnd: n[4 * i + 2],
      termStart: n[4 * i + 3],
      rule: strings[c.termIds[3 * i + 1]],
    };
  }
  return terms;
}

// One getter and setter for every scan (one shape for all of them).
const TERMS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: DocumentScan) {
    const t = compactTerms.get(this)!;
    return (t.terms ??= expandTerms(t.c, t.strings));
  },
  set(this: DocumentScan, value: TermEvidence[]) {
    compactTerms.get(this)!.terms = value;
  },
};

/**
 * The scan a compact form was made from, its strings taken from the table's `strings`. The
 * figures are made from the compact form's own objects (it is used up); the terms are made when
 * first read (a warm start whose glossary is restored reads only the few fields termAt gives, and
 * no term of most documents).
 */
export function expandScan(c: CompactScan, strings: readonly string[]): DocumentScan {
  const { list, set } = runReader(c, strings);
  // A clause's list is shared by the figures of that clause, as the scan made it; a local list is each figure's own.
  const figures = c.figures as unknown as ScannedFigure[];
  for (const f of c.figures) {
    const x = f as unknown as ScannedFigure;
    x.sentence = set(f.sentence);
    x.local = list(f.local).slice();
    x.clause = list(f.clause);
  }
  const scan = { figures } as DocumentScan;
  compactTerms.set(scan, { c, strings });
  Object.defineProperty(scan, 'terms', TERMS);
  return scan;
}

/** A term's place and kind, without making the scan's terms when they are still compact (the object returned is reused: copy its fields). */
export function termAt(
  scan: DocumentScan,
  k: number,
): Pick<TermEvidence, 'kind' | 'score' | 'sentenceStart' | 'sentenceEnd' | 'termStart'> {
  const t = compactTerms.get(scan);
  if (!t || t.terms) return scan.terms[k];
  const n = t.c.termNumbers;
  SCRATCH.kind = t.strings[t.c.termIds[3 * k]] as TermEvidence['kind'];
  SCRATCH.score = n[4 * k];
  SCRATCH.sentenceStart = n[4 * k + 1];
  SCRATCH.sentenceEnd = n[4 * k + 2];
  SCRATCH.termStart = n[4 * k + 3];
  return SCRATCH;
}
const SCRATCH = {
  kind: '' as TermEvidence['kind'],
  score: 0,
  sentenceStart: 0,
  sentenceEnd: 0,
  termStart: 0,
} as ReturnType<typeof termAt>;
