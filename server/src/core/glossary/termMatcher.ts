/** A term name found in a draft. */
export interface TermMatch {
  entryId: number;
  start: number;
  end: number;
}

const FOLD_CACHE = new Map<number, number>();

/** Folds a UTF-16 unit the way term keys are folded: NFKC (fullwidth ＋ → +) and lower case. */
function fold(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0x4e00 && c <= 0x9fff) return c;
  let f = FOLD_CACHE.get(c);
  if (f === undefined) {
    const s = String.fromCharCode(c).normalize('NFKC').toLowerCase();
    FOLD_CACHE.set(c, (f = s.length === 1 ? s.charCodeAt(0) : c));
  }
  return f;
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Finds glossary terms in text without word segmentation: a trie over every name, built once
 * per corpus snapshot; at each position the longest name wins, and matches never overlap.
 * Spaces inside a name are ignored ("东盟 + 3" matches 东盟+3); Latin names match on word
 * boundaries, case-insensitively, with a plural -s/-es tolerated.
 *
 * The trie is flat: node n's term is `entry[n]`, its children sit in one open-addressing hash
 * table keyed by (node, folded unit), and the root's children in a direct table of 65,536
 * slots. The whole corpus text passes through `findAll` on every snapshot, and almost every
 * position fails at the root or one level below: with a Map per node those two lookups were
 * the largest single cost of assembling a snapshot.
 */
export class TermMatcher {
  private readonly rootChild = new Int32Array(65536).fill(-1);
  private entry: number[] = [-1];
  private latin: boolean[] = [false];
  private keyNode = new Int32Array(1024).fill(-1);
  private keyCode = new Uint16Array(1024);
  private child = new Int32Array(1024);
  private used = 0;
  private size = 0;

  add(name: string, entryId: number): void {
    const key = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    if (!key) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = fold(key.charCodeAt(i));
      let next = this.next(node, c);
      if (next < 0) next = this.addChild(node, c);
      node = next;
    }
    if (this.entry[node] < 0) this.size++;
    this.entry[node] = entryId;
    this.latin[node] = /^[a-z0-9]/.test(key);
  }

  get names(): number {
    return this.size;
  }

  /** All matches in [from, to); `skip` marks offsets that are not prose. */
  findAll(text: string, from = 0, to = text.length, skip?: Uint8Array): TermMatch[] {
    const out: TermMatch[] = [];
    let i = from;
    while (i < to) {
      const end = skip?.[i] ? -1 : this.longestAt(text, i, to, skip);
      if (end >= 0) {
        out.push({ entryId: this.matched, start: i, end });
        i = end;
      } else i++;
    }
    return out;
  }

  /** Adds the number of matches of each entry in `text` to `counts`, allocating nothing per match. */
  countAll(text: string, counts: Uint32Array): void {
    this.countFrom(text, counts, 0, text.length);
  }

  /**
   * Counts as countAll does, for the matches that start in [from, until); returns where the scan
   * stopped (past `until` when a match runs over it), so a caller resuming there counts exactly
   * what one countAll would. Each entry whose count leaves 0 is pushed on `touched`, if given, so a
   * caller can read and reset the counts of one short text without a pass over every entry.
   */
  countFrom(text: string, counts: Uint32Array, from: number, until: number, touched?: number[]): number {
    let i = from;
    const stop = Math.min(until, text.length);
    while (i < stop) {
      const end = this.longestAt(text, i, text.length);
      if (end >= 0) {
        if (counts[this.matched]++ === 0) touched?.push(this.matched);
        i = end;
      } else i++;
    }
    return i;
  }

  /** Whether any name matches (on its boundaries) at any offset of [from, until), overlapping matches included. */
  matchesAnywhere(text: string, from = 0, until = text.length): boolean {
    const stop = Math.min(until, text.length);
    for (let i = from; i < stop; i++) if (this.longestAt(text, i, text.length) >= 0) return true;
    return false;
  }

  /** The entry a match of exactly this name is counted for (the last name added with its key), or -1. */
  entryOf(name: string): number {
    const key = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    if (!key) return -1;
    let node = 0;
    for (let i = 0; i < key.length && node >= 0; i++) node = this.next(node, fold(key.charCodeAt(i)));
    return node > 0 ? this.entry[node] : -1;
  }

  /** Entry of the last match `longestAt` found (a field, so a match costs no allocation). */
  private matched = -1;

  /** End of the longest match starting at `start`, or -1; its entry is left in `matched`. */
  private longestAt(text: string, start: number, to: number, skip?: Uint8Array): number {
    const first = text.charCodeAt(start);
    if (isSpaceCode(first)) return -1;
    let node = this.rootChild[fold(first)];
    if (node < 0) return -1;
    let best = -1;
    for (let i = start; ; ) {
      const entry = this.entry[node];
      if (entry >= 0) {
        const end = this.latin[node] ? latinEnd(text, start, i + 1) : i + 1;
        if (end >= 0) {
          best = end;
          this.matched = entry;
        }
      }
      do i++;
      while (i < to && isSpaceCode(text.charCodeAt(i)) && !skip?.[i]);
      if (i >= to || skip?.[i]) break;
      node = this.next(node, fold(text.charCodeAt(i)));
      if (node < 0) break;
    }
    return best;
  }

  private slot(node: number, code: number): number {
    const mask = this.keyNode.length - 1;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
    while (this.keyNode[h] >= 0 && (this.keyNode[h] !== node || this.keyCode[h] !== code)) h = (h + 1) & mask;
    return h;
  }

  private next(node: number, code: number): number {
    if (node === 0) return this.rootChild[code];
    const h = this.slot(node, code);
    return this.keyNode[h] < 0 ? -1 : this.child[h];
  }

  private addChild(node: number, code: number): number {
    const id = this.entry.length;
    this.entry.push(-1);
    this.latin.push(false);
    if (node === 0) {
      this.rootChild[code] = id;
      return id;
    }
    if ((this.used + 1) * 2 > this.keyNode.length) this.grow();
    const h = this.slot(node, code);
    this.keyNode[h] = node;
    this.keyCode[h] = code;
    this.child[h] = id;
    this.used++;
    return id;
  }

  private grow(): void {
    const [nodes, codes, children] = [this.keyNode, this.keyCode, this.child];
    this.keyNode = new Int32Array(nodes.length * 2).fill(-1);
    this.keyCode = new Uint16Array(nodes.length * 2);
    this.child = new Int32Array(nodes.length * 2);
    for (let k = 0; k < nodes.length; k++) {
      if (nodes[k] < 0) continue;
      const h = this.slot(nodes[k], codes[k]);
      this.keyNode[h] = nodes[k];
      this.keyCode[h] = codes[k];
      this.child[h] = children[k];
    }
  }
}

/** End of a Latin match if it sits on word boundaries (allowing a plural), else -1. */
function latinEnd(text: string, start: number, end: number): number {
  if (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) return -1;
  if (!isWordCode(text.charCodeAt(end - 1)) || !isWordCode(text.charCodeAt(end))) return end;
  const plural = /^(es|s)(?![A-Za-z0-9])/.exec(text.slice(end, end + 3));
  return plural ? end + plural[1].length : -1;
}

const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
let wordSegmenter: Intl.Segmenter | undefined;
// Particles, prepositions and conjunctions that the segmenter may glue to a name's edge.
const FUNCTION_CHARS = new Set([...'的了地得们着过是在和与及等把被将对从向为也都就还又所之其']);

/**
 * Matches of Chinese names that sit on word boundaries of `text[from, to)`: "海关" is not read
 * inside "上海关闭", where the words are 上海 and 关闭. Only a word of two or more Han characters
 * that straddles an edge of the match rejects it; Latin names (matched on their own boundaries)
 * and names beside other scripts are kept.
 */
export function onWordBoundaries(text: string, matches: TermMatch[], from = 0, to = text.length): TermMatch[] {
  const chinese = matches.filter((m) => HAN_ONLY.test(text.slice(m.start, m.end)) && (HAN_CHAR.test(text[m.start - 1] ?? '') || HAN_CHAR.test(text[m.end] ?? '')));
  if (chinese.length === 0) return matches;
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const straddled = new Set<number>();
  for (const s of wordSegmenter.segment(text.slice(from, to))) {
    if (s.segment.length < 2 || !HAN_ONLY.test(s.segment)) continue;
    const start = from + s.index;
    const end = start + s.segment.length;
    for (const m of chinese) {
      // The segmenter glues a particle to a name's last or first character ("真正性的" as 真正/性的):
      // a word whose part outside the match is one function character does not make the match a part of it.
      if (start < m.start && m.start < end && !(m.start - start === 1 && FUNCTION_CHARS.has(text[start]))) straddled.add(m.start);
      if (start < m.end && m.end < end && !(end - m.end === 1 && FUNCTION_CHARS.has(text[m.end]))) straddled.add(m.start);
    }
  }
  return straddled.size ? matches.filter((m) => !straddled.has(m.start)) : matches;
}
