/** A term name found in a draft. */
export interface TermMatch {
  entryId: number;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entryId: number;
  latin: boolean;
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

/**
 * Finds glossary terms in text without word segmentation: a trie over every name, built once
 * per corpus snapshot; at each position the longest name wins, and matches never overlap.
 * Spaces inside a name are ignored ("东盟 + 3" matches 东盟+3); Latin names match on word
 * boundaries, case-insensitively, with a plural -s/-es tolerated.
 */
export class TermMatcher {
  private readonly root: TrieNode = { next: new Map(), entryId: -1, latin: false };
  private size = 0;

  add(name: string, entryId: number): void {
    const key = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    if (!key) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = fold(key.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), entryId: -1, latin: false }));
      node = child;
    }
    if (node.entryId < 0) this.size++;
    node.entryId = entryId;
    node.latin = /^[a-z0-9]/.test(key);
  }

  get names(): number {
    return this.size;
  }

  /** All matches in [from, to); `skip` marks offsets that are not prose. */
  findAll(text: string, from = 0, to = text.length, skip?: Uint8Array): TermMatch[] {
    const out: TermMatch[] = [];
    let i = from;
    while (i < to) {
      const m = skip?.[i] ? undefined : this.longestAt(text, i, to, skip);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  private longestAt(text: string, start: number, to: number, skip?: Uint8Array): TermMatch | undefined {
    const first = text.charCodeAt(start);
    if (isSpaceCode(first) || !this.root.next.has(fold(first))) return undefined;
    let node: TrieNode | undefined = this.root;
    let best: TermMatch | undefined;
    for (let i = start; i < to && node; i++) {
      if (skip?.[i]) break;
      const c = text.charCodeAt(i);
      if (isSpaceCode(c) && i > start) continue;
      node = node.next.get(fold(c));
      if (node && node.entryId >= 0) {
        const end = node.latin ? latinEnd(text, start, i + 1) : i + 1;
        if (end >= 0) best = { entryId: node.entryId, start, end };
      }
    }
    return best;
  }
}

/** End of a Latin match if it sits on word boundaries (allowing a plural), else -1. */
function latinEnd(text: string, start: number, end: number): number {
  const word = /[A-Za-z0-9]/;
  if (start > 0 && word.test(text[start - 1]) && word.test(text[start])) return -1;
  if (!word.test(text[end - 1] ?? '') || !word.test(text[end] ?? '')) return end;
  const plural = /^(es|s)(?![A-Za-z0-9])/.exec(text.slice(end, end + 3));
  return plural ? end + plural[1].length : -1;
}
