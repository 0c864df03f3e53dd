import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Reference, SourceDocument } from '../core/index.js';
import { originalPosition } from '../core/corpus/sourceLocation.js';

/*
 * Offsets become LSP positions here and nowhere else. The core and the features speak in offsets;
 * two kinds of text reach the editor, and each has one convention:
 *
 * - an open draft: offsets into the editor's own text, positions by its TextDocument (UTF-16
 *   columns, \n, \r\n and \r all end a line), so they always agree with what the editor shows;
 * - a corpus source: offsets into its normalised text, mapped back through its offset map to the
 *   original file (the one the editor opens), then to a line and column there.
 *
 * Positions are zero-based, as in LSP; the command line adds one for people.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An LSP-shaped location in a file. */
export interface FileLocation {
  uri: string;
  range: Range;
}

/** Where an offset of an open draft is in the editor. */
export function draftPosition(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset);
}

export function draftRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** The offset of an editor position in an open draft (the way back, for requests). */
export function draftOffset(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

/** Where a normalised offset of a corpus source sits in its original file. */
export function sourcePosition(doc: SourceDocument, offset: number): Position {
  return originalPosition(doc, offset);
}

/** A span of a corpus source as a location in its original file (a point when no end is given). */
export function sourceLocation(doc: SourceDocument, start: number, end = start): FileLocation {
  return { uri: fileUri(doc.path), range: { start: sourcePosition(doc, start), end: sourcePosition(doc, end) } };
}

/** The top of a file, for a source opened as a whole. */
export function fileStart(path: string): FileLocation {
  const top = { line: 0, character: 0 };
  return { uri: fileUri(path), range: { start: top, end: top } };
}

/** A reference's entry in its bibliography file: its line (the parsers record lines, not columns). */
export function referenceLocation(ref: Reference): FileLocation {
  const at = { line: ref.origin.line, character: 0 };
  return { uri: fileUri(ref.origin.path), range: { start: at, end: at } };
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The file path of a file: URI; undefined for other schemes (untitled:, vscode-notebook-cell:) and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
