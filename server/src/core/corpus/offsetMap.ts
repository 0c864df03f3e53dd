import { textDeferred } from './deferredText.js';

/**
 * Maps every offset of normalised text to an offset of the original text. Stored as anchors
 * where the difference between the two changes (a removed space, a joined line, an NFKC
 * expansion): a few per line instead of four bytes per character, which matters for memory
 * and for how fast a persisted index loads. Lookup is a binary search over the anchors.
 */
export class OffsetMap {
  /** normalised offsets at which a new difference starts (ascending; the first is 0) */
  private readonly at: Uint32Array;
  /** original offset minus normalised offset, from that anchor on */
  private readonly delta: Int32Array;
  /** one more than the normalised text's length: end offsets are valid */
  readonly length: number;

  private constructor(at: Uint32Array, delta: Int32Array, length: number) {
    this.at = at;
    this.delta = delta;
    this.length = length;
  }

  /** Compresses a full map (one original offset per normalised offset, plus the end). */
  static fromFull(full: Uint32Array): OffsetMap {
    const at: number[] = [];
    const delta: number[] = [];
    for (let i = 0; i < full.length; i++) {
      const d = full[i] - i;
      if (delta.length === 0 || delta[delta.length - 1] !== d) {
        at.push(i);
        delta.push(d);
      }
    }
    return new OffsetMap(Uint32Array.from(at), Int32Array.from(delta), full.length);
  }

  /** Rebuilds a map from its parts (after a structured clone, which keeps data but not the class). */
  static revive(parts: { at: Uint32Array; delta: Int32Array; length: number }): OffsetMap {
    return parts instanceof OffsetMap ? parts : new OffsetMap(ownBuffer(parts.at), ownBuffer(parts.delta), parts.length);
  }

  /** Original offset of a normalised offset (clamped into the map). */
  get(offset: number): number {
    const i = Math.max(0, Math.min(offset, this.length - 1));
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return i + this.delta[lo];
  }

  /** Anchors kept: a measure of how much the normaliser changed. */
  get anchors(): number {
    return this.at.length;
  }
}

/**
 * A typed array with a buffer of its own. A deserialised typed array can be a view into the whole
 * serialised payload (or a shared 8 KB pool slab), and keeps all of it alive: one small view per
 * document held the payload of every file, about twice the corpus's size.
 */
export function ownBuffer<T extends Uint32Array | Int32Array>(a: T): T {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength ? a : (a.slice() as T);
}

/**
 * Restores class instances in a FileIndex that crossed a thread or was read from disk (both copy
 * data only), and gives its typed arrays buffers of their own, so the payload they came from can go.
 */
export function reviveFileIndex<T extends { documents: { normalized: { map: OffsetMap }; originalLineStarts?: Uint32Array }[] }>(index: T): T {
  for (const doc of index.documents) {
    // A text read when first used is revived then (see deferText).
    if (textDeferred(doc as never)) continue;
    doc.normalized.map = OffsetMap.revive(doc.normalized.map as never);
    if (doc.originalLineStarts) doc.originalLineStarts = ownBuffer(doc.originalLineStarts);
  }
  return index;
}
