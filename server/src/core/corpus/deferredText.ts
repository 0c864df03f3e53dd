import type { NormalizedText } from './normalize.js';
import type { SourceDocument } from './types.js';

/** The parts of a document that only answers read: its text, offset map and line starts. */
export interface DocumentText {
  normalized: NormalizedText;
  originalLineStarts: Uint32Array;
}

/** A document's text still in its stored form, and how to read it; `text` once read (or set). */
interface Deferred {
  /** the length of the normalised text */
  length: number;
  /** where its stored bytes are (no view is made per document until it is read) */
  source: Uint8Array | undefined;
  start: number;
  end: number;
  decode: ((bytes: Uint8Array) => DocumentText) | undefined;
  text: DocumentText | undefined;
}

const deferred = new WeakMap<object, Deferred>();

function textOf(doc: object): DocumentText {
  const d = deferred.get(doc)!;
  if (!d.text) {
    d.text = d.decode!(d.source!.subarray(d.start, d.end));
    d.source = undefined;
    d.decode = undefined;
  }
  return d.text;
}

// One getter and setter for every document: documents keep one shape (hidden class), whatever
// their text, so code reading them stays as fast as with plain properties.
const NORMALIZED: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object) {
    return textOf(this).normalized;
  },
  set(this: object, value: NormalizedText) {
    textOf(this).normalized = value;
  },
};
const LINE_STARTS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object) {
    return textOf(this).originalLineStarts;
  },
  set(this: object, value: Uint32Array) {
    textOf(this).originalLineStarts = value;
  },
};

/**
 * Makes a document whose `normalized` text and `originalLineStarts` are read from `bytes` by
 * `decode` when first used (a hover's passage, a figure check's quote, a source link), not when
 * the document is loaded (`length` is its normalised text's length, known without reading it; the bytes are those of `source` from `start` to `end`): a warm start takes thousands of documents of which few are ever read,
 * and decoding every text up front was most of its time and of the heap it grew. The document
 * reads, compares and serialises as one with those properties (they are enumerable getters).
 */
export function deferText<T extends Omit<SourceDocument, 'normalized' | 'originalLineStarts'>>(
  doc: T,
  length: number,
  source: Uint8Array,
  start: number,
  end: number,
  decode: (bytes: Uint8Array) => DocumentText,
): T & DocumentText {
  deferred.set(doc, { length, source, start, end, decode, text: undefined });
  Object.defineProperty(doc, 'normalized', NORMALIZED);
  Object.defineProperty(doc, 'originalLineStarts', LINE_STARTS);
  return doc as T & DocumentText;
}

/** The stored bytes of a document's text while it has not been read (to store it again as it is); undefined once read, or for any other document. */
export function undecodedText(doc: SourceDocument): Uint8Array | undefined {
  const d = deferred.get(doc);
  return d?.source?.subarray(d.start, d.end);
}

/** Whether a document's text waits to be read (see deferText). */
export function textDeferred(doc: SourceDocument): boolean {
  const d = deferred.get(doc);
  return !!d && !d.text;
}

/** The length of a document's normalised text, without reading a text that waits to be read. */
export function textLength(doc: SourceDocument): number {
  const d = deferred.get(doc);
  return d && !d.text ? d.length : doc.normalized.text.length;
}
