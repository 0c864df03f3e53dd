import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Reference, SourceDocument } from '../core/index.js';
import { originalPosition } from '../core/corpus/sourceLocation.js';
import { pageOf } from '../core/corpus/extraction.js';

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

/**
 * The scheme of the read-only view of a PDF, Word or HTML source's extracted text, with page
 * markers (the VS Code client provides it; lines of extracted text are lines there). Clients that
 * do not say they provide it get the original file instead (a PDF with #page=N in hover links).
 */
export const SOURCE_SCHEME = 'policy-writer-source';
/** The client command that opens the view at a line (hover links: VS Code renders no link to SOURCE_SCHEME in a hover). */
export const OPEN_EXTRACTED_TEXT = 'policyWriter.openExtractedText';
let virtualSources = false;

/** Set from initializationOptions.virtualSources at start-up. */
export function setVirtualSources(on: boolean): void {
  virtualSources = on;
}

/** The URI a source's passages are opened in: the file, or the view of its extracted text. */
export function sourceUri(doc: SourceDocument): string {
  return doc.extracted && virtualSources ? extractedUri(doc.path) : fileUri(doc.path);
}

export function extractedUri(path: string): string {
  return fileUri(path).replace(/^file:/, `${SOURCE_SCHEME}:`);
}

/** The file path behind a file: or policy-writer-source: URI. */
export function sourcePathOf(uri: string): string | undefined {
  return uriToPath(uri.startsWith(`${SOURCE_SCHEME}:`) ? `file:${uri.slice(SOURCE_SCHEME.length + 1)}` : uri);
}

/** A link target for a passage: the line of the file or of the extracted text; the page of a PDF when there is no view. */
export function passageTarget(doc: SourceDocument, offset: number): string {
  const line = sourcePosition(doc, offset).line + 1;
  if (!doc.extracted || virtualSources) return `${sourceUri(doc)}#L${line}`;
  const page = sourcePage(doc, offset)?.page;
  return page && doc.extracted.format === 'pdf' ? `${fileUri(doc.path)}#page=${page}` : fileUri(doc.path);
}

/** Page and line within the page (one-based) of a passage of a PDF source. */
export function sourcePage(doc: SourceDocument, offset: number): { page: number; line: number; notes: boolean } | undefined {
  return doc.extracted ? pageOf(doc.extracted, doc.normalized.map.get(offset), doc.originalLineStarts) : undefined;
}

/** A span of a corpus source as a location in its original file (a point when no end is given). */
export function sourceLocation(doc: SourceDocument, start: number, end = start): FileLocation {
  // A PDF or Word file has no lines to go to: without the view, the file itself.
  if (doc.extracted && !virtualSources) return fileStart(doc.path);
  return { uri: sourceUri(doc), range: { start: sourcePosition(doc, start), end: sourcePosition(doc, end) } };
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
