/** A term name found in a draft. */
export interface TermMatch {
  entryId: number;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entryId: number;
  latin: boolean;
}

/** Folds a character the way term keys are folded: NFKC (fullwidth ＋ → +) and lower case. */
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return ch.toLowerCase();
  return ch.normalize('NFKC').toLowerCase();
}

/**
 * Finds glossary terms in text without word segmentation: a trie over every name, built once
 * per corpus snapshot; at each position the longest name wins, and matches never overlap.
 * Spaces inside a name are ignored ("中日韩 + X" matches 中日韩+X); Latin names match on word
 * boundaries, case-insensitively, with a plural -s/-es tolerated.
 */
export class TermMatcher {
  private readonly root: TrieNode = { next: new Map(), entryId: -1, latin: false };
  private size = 0;

  add(name: string, entryId: number): void {
    const key = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    if (!key) return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), entryId: -1, latin: false }));
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
    if (/\s/.test(text[start])) return undefined;
    let node: TrieNode | undefined = this.root;
    let best: TermMatch | undefined;
    for (let i = start; i < to && node; i++) {
      if (skip?.[i]) break;
      const ch = text[i];
      if (/\s/.test(ch) && i > start) continue;
      node = node.next.get(fold(ch));
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
