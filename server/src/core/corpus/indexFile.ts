import { decodeBytes } from './decode.js';
import { looksLikeCslJson, parseCslJson } from './cslJson.js';
import { parseBibtex } from './bibtex.js';
import { frontMatterReference, readFrontMatter, yamlErrorLine, yamlErrorText } from './frontMatter.js';
import { computeLineStarts } from './lineMap.js';
import { normalizeText } from './normalize.js';
import { scanDocument } from './documentScan.js';
import type { FileIndex, Reference, SourceDocument } from './types.js';
import { parse as parseYaml } from 'yaml';

/** What kind of corpus file a path names, by extension; undefined for files the corpus ignores. */
export type CorpusFileKind = 'text' | 'csl' | 'bibtex' | 'glossary' | 'pdf' | 'docx' | 'html';

/** Kinds whose text an extractor (outside the core) must take out first. */
export function isExtractedKind(kind: CorpusFileKind | undefined): kind is 'pdf' | 'docx' | 'html' {
  return kind === 'pdf' || kind === 'docx' || kind === 'html';
}

export function corpusFileKind(path: string): CorpusFileKind | undefined {
  const name = baseName(path).toLowerCase();
  if (/^glossary.*\.ya?ml$/.test(name)) return 'glossary';
  if (/\.(txt|text|md|markdown)$/.test(name)) return 'text';
  if (name.endsWith('.json')) return 'csl';
  if (name.endsWith('.bib')) return 'bibtex';
  if (name.endsWith('.pdf')) return 'pdf';
  if (name.endsWith('.docx')) return 'docx';
  // A page saved "complete" keeps its frames and scripts in a NAME_files folder beside it: not sources.
  if (/\.x?html?$/.test(name)) return /[\\/][^\\/]*_files[\\/][^\\/]+$/.test(path) ? undefined : 'html';
  return undefined;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** File name without extension: the default citation key of a document. */
export function fileStem(path: string): string {
  return baseName(path).replace(/\.[^.]+$/, '');
}

/**
 * Indexes one corpus file from its bytes. Never throws: a file that cannot be decoded or
 * parsed yields a problem naming the file, so the rest of the corpus still works.
 */
export function indexFile(path: string, bytes: Uint8Array): FileIndex {
  const empty: FileIndex = { path, documents: [], references: [], problems: [] };
  const kind = corpusFileKind(path);
  if (!kind) return empty;
  if (isExtractedKind(kind)) {
    // The core cannot read these formats itself: the server and the CLI index them through an extractor.
    empty.problems.push({ path, severity: 'error', message: `skipped: a ${kind.toUpperCase()} file needs the text extractor, which this indexer has not got` });
    return empty;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    empty.problems.push({ path, severity: 'error', message: `skipped: ${decoded.reason}` });
    return empty;
  }
  try {
    return indexDecoded(path, kind, decoded.text, decoded.encoding, bytes.length);
  } catch (err) {
    empty.problems.push({ path, severity: 'error', message: `could not be indexed: ${(err as Error).message}` });
    return empty;
  }
}

function indexDecoded(path: string, kind: Exclude<CorpusFileKind, 'pdf' | 'docx' | 'html'>, text: string, encoding: string, size: number): FileIndex {
  switch (kind) {
    case 'csl':
      if (!looksLikeCslJson(text)) return { path, documents: [], references: [], problems: [] };
      return { path, documents: [], ...parseCslJson(path, text) };
    case 'bibtex':
      return { path, documents: [], ...parseBibtex(path, text) };
    case 'glossary':
      return indexGlossaryFile(path, text);
    case 'text':
      return indexTextDocument(path, text, encoding, size);
  }
}

function indexGlossaryFile(path: string, text: string): FileIndex {
  try {
    return { path, documents: [], references: [], problems: [], glossary: { data: parseYaml(text), text } };
  } catch (err) {
    const line = yamlErrorLine(err, text);
    const message = `glossary is not valid YAML: ${yamlErrorText(err)}`;
    return { path, documents: [], references: [], problems: [{ path, severity: 'error', line, message }] };
  }
}

function indexTextDocument(path: string, text: string, encoding: string, size: number): FileIndex {
  const problems: FileIndex['problems'] = [];
  const { frontMatter, problem } = readFrontMatter(path, text);
  if (problem) problems.push(problem);
  // A Markdown file whose front matter names a bibliography is a Pandoc draft, not a source: were
  // it indexed, a draft in a corpus folder would "support" its own figures.
  if (frontMatter && frontMatter.data.bibliography !== undefined && frontMatter.data.id === undefined) {
    problems.push({ path, severity: 'warning', message: 'looks like a draft (its front matter names a bibliography), so it is not indexed as a source; give it an id: in its front matter to index it anyway' });
    return { path, documents: [], references: [], problems };
  }
  // The front matter is blanked (same length, so offsets still match the file) rather than cut.
  const body = frontMatter ? text.slice(0, frontMatter.length).replace(/[^\r\n]/g, ' ') + text.slice(frontMatter.length) : text;
  const reference = frontMatter ? frontMatterReference(path, fileStem(path), frontMatter.data) : undefined;
  const normalized = normalizeText(body);
  const references: Reference[] = reference ? [reference] : [];
  // An empty file (or front matter alone) is no source of text: said in the index report, not counted as one.
  if (!/\S/.test(normalized.text)) {
    problems.push({ path, severity: 'warning', message: reference ? 'has front matter but no text: its key can be cited, but nothing can be checked against it' : 'is empty: nothing to index' });
    return { path, documents: [], references, problems };
  }
  const document: SourceDocument = {
    path,
    key: reference?.id ?? fileStem(path),
    keyFromMetadata: typeof frontMatter?.data.id === 'string' || typeof frontMatter?.data.id === 'number',
    title: reference?.title ?? firstHeading(normalized.text, body) ?? fileStem(path),
    encoding,
    normalized,
    originalLineStarts: computeLineStarts(text),
    size,
    scan: scanDocument(normalized.text, { text: body, map: normalized.map }),
  };
  return { path, documents: [document], references, problems };
}

/**
 * The first Markdown heading, else the first line with words in it, trimmed for display. The line
 * is taken from the file as written and normalised alone: normalising the whole text joins a
 * PDF extraction's title to the byline under it ("… Trade Outlook John Smith, 2024").
 */
function firstHeading(text: string, raw: string): string | undefined {
  const heading = /^#{1,6}\s+(.+)$/m.exec(text.slice(0, 20000))?.[1];
  const rawLine = raw.slice(0, 2000).split(/\r?\n/).find((l) => /[\p{L}]/u.test(l));
  const line = heading ?? (rawLine !== undefined ? normalizeText(rawLine).text.trim() : undefined);
  if (!line) return undefined;
  const clean = line.replace(/<[^>]*>|[*_`#]/g, '').trim();
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}
