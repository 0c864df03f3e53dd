import { baseName, fileStem } from './indexFile.js';
import { uniqueKey } from '../citations/keyGeneration.js';
import type { CorpusProblem, FileIndex, Reference, SourceDocument } from './types.js';

/**
 * An immutable view of the whole corpus. Requests read the latest complete snapshot while a
 * new one is being built; derived structures (glossary, figure index, search index) hang off
 * it lazily through `derived` so they are built once per snapshot, not per request.
 */
export interface CorpusSnapshot {
  version: number;
  /**
   * Every file of the corpus is in. A partial snapshot (the bundled corpus first, then more as
   * indexing goes on) answers hovers and completions; findings that say "not in any source"
   * or "unknown key" wait for a complete one.
   */
  complete: boolean;
  files: ReadonlyMap<string, FileIndex>;
  documents: readonly SourceDocument[];
  references: ReadonlyMap<string, Reference>;
  documentsByKey: ReadonlyMap<string, SourceDocument[]>;
  problems: readonly CorpusProblem[];
  derived: Map<string, unknown>;
}

/** Runs a build written as a generator (it yields between chunks of work) to completion at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the same build in slices of about `sliceMs`, giving the event loop a turn between them. */
export async function drainSliced<T>(steps: Generator<void, T>, sliceMs = 5): Promise<T> {
  // Never stale, so the build always completes.
  return (await drainUnlessStale(steps, () => false, sliceMs)) as T;
}

/**
 * Runs a build in slices as drainSliced does, but gives it up (undefined) as soon as `stale` says
 * its result is no longer wanted: a snapshot superseded by a newer one (a warm start's partial
 * snapshot once every file is in) stops costing its glossary and figure index.
 */
export async function drainUnlessStale<T>(steps: Generator<void, T>, stale: () => boolean, sliceMs = 5): Promise<T | undefined> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start > sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stale()) {
        steps.return(undefined as T);
        return undefined;
      }
      start = performance.now();
    }
  }
}

/** Memoises a structure derived from a snapshot (built on first use, shared afterwards). */
export function derive<T>(snapshot: CorpusSnapshot, name: string, build: (s: CorpusSnapshot) => T): T {
  if (!snapshot.derived.has(name)) snapshot.derived.set(name, build(snapshot));
  return snapshot.derived.get(name) as T;
}

/**
 * Combines per-file indexes. Files are visited in path order so that duplicate keys resolve
 * the same way on every run: bibliography files (CSL-JSON, BibTeX) win over front matter,
 * then the first path wins; every duplicate is reported.
 */
export function assembleSnapshot(version: number, files: ReadonlyMap<string, FileIndex>, complete = true): CorpusSnapshot {
  return drain(assembleSnapshotSteps(version, files, complete));
}

/** The same, yielding every few hundred files (40-50 ms at once over 4,000 files on the server thread). */
export function* assembleSnapshotSteps(version: number, files: ReadonlyMap<string, FileIndex>, complete = true): Generator<void, CorpusSnapshot> {
  const ordered = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const problems: CorpusProblem[] = ordered.flatMap((f) => f.problems);
  const references = mergeBibliography(ordered, problems);
  yield;
  const documents: SourceDocument[] = [];
  const documentsByKey = new Map<string, SourceDocument[]>();
  const attached = attachedFileKeys(references);
  const declaring = new Map<string, Declaring>();
  let n = 0;
  for (const file of ordered) {
    if (++n % 250 === 0) yield;
    for (const doc of file.documents) {
      doc.key = linkKey(doc, references, attached);
      documents.push(doc);
      const list = documentsByKey.get(doc.key) ?? [];
      // Two files that both declare the same id are most often a copy or a slip: both count for
      // that key, so a figure in either backs a citation of it; say so.
      const declared = doc.keyFromMetadata ? firstDeclaredElsewhere(declaring, doc) : undefined;
      if (declared) {
        problems.push({ path: doc.path, severity: 'warning', message: `id "${doc.key}" is also the id of ${declared.path}; both files count as the source @${doc.key} (give one of them another id if they are different sources)` });
      }
      list.push(doc);
      documentsByKey.set(doc.key, list);
      if (!references.has(doc.key)) references.set(doc.key, documentReference(doc, file.references[0]));
      doc.title = references.get(doc.key)?.title ?? doc.title;
    }
  }
  return { version, complete, files, documents, references, documentsByKey, problems, derived: new Map() };
}

/** The first two documents that declared a key, the second from another file than the first. */
type Declaring = { first: SourceDocument; other?: SourceDocument };

/**
 * The first document before `doc` that declared its key in a file other than doc's (a search of
 * the key's list of documents was quadratic when thousands of files share one key), and notes
 * `doc` as declaring it.
 */
function firstDeclaredElsewhere(declaring: Map<string, Declaring>, doc: SourceDocument): SourceDocument | undefined {
  const d = declaring.get(doc.key);
  if (!d) {
    declaring.set(doc.key, { first: doc });
    return undefined;
  }
  const found = d.first.path !== doc.path ? d.first : d.other;
  if (!d.other && doc.path !== d.first.path) d.other = doc;
  return found;
}

/** References from bibliography files (CSL-JSON, BibTeX); front matter only fills gaps later. */
function mergeBibliography(ordered: FileIndex[], problems: CorpusProblem[]): Map<string, Reference> {
  const fromBibliography = ordered.filter((f) => f.documents.length === 0).flatMap((f) => f.references);
  const references = new Map<string, Reference>();
  for (const original of fromBibliography) {
    // A generated key that clashes gets a suffix (ba2024a); a written key that clashes is a duplicate.
    const ref = original.generatedKey ? { ...original, id: uniqueKey(original.id, references) } : original;
    const kept = references.get(ref.id);
    if (kept) {
      problems.push({
        path: ref.origin.path,
        severity: 'warning',
        line: ref.origin.line,
        message: `duplicate citation key "${ref.id}"; keeping the entry from ${kept.origin.path}:${kept.origin.line + 1}`,
      });
      continue;
    }
    references.set(ref.id, ref);
  }
  return references;
}

/**
 * A document belongs to the reference whose id is its front-matter id or file name, or the
 * part of the file name before the first "_" ("wang2018_belt-and-road.txt" -> wang2018), so
 * files can have descriptive names and short keys.
 */
function linkKey(doc: SourceDocument, references: ReadonlyMap<string, Reference>, attached: ReadonlyMap<string, string>): string {
  if (doc.keyFromMetadata || references.has(doc.key)) return doc.key;
  const stem = fileStem(doc.path);
  if (references.has(stem)) return stem;
  // A Zotero entry whose attachment is this file ("kita_press.pdf"), or the same name as text ("kita_press.txt").
  const byFile = attached.get(baseName(doc.path).toLowerCase()) ?? attached.get(stem.toLowerCase());
  if (byFile) return byFile;
  const prefix = stem.split('_')[0];
  // With no bibliography entry, an author-year prefix is still the key a writer cites ("liu2020_bulletin.txt" -> @liu2020).
  return references.has(prefix) || (prefix !== stem && /^[a-z][a-z-]*\d{4}[a-z]?$/i.test(prefix)) ? prefix : doc.key;
}

/** Attached file name, and its name without the extension, -> the key of the entry it is attached to. */
function attachedFileKeys(references: ReadonlyMap<string, Reference>): Map<string, string> {
  const out = new Map<string, string>();
  for (const ref of references.values()) {
    for (const file of ref.files ?? []) {
      const name = file.toLowerCase();
      if (!out.has(name)) out.set(name, ref.id);
      const stem = name.replace(/\.[a-z0-9]+$/, '');
      if (!out.has(stem)) out.set(stem, ref.id);
    }
  }
  return out;
}

/** A document with no bibliography entry still gets a reference: its front matter, else its title. */
function documentReference(doc: SourceDocument, frontMatter: Reference | undefined): Reference {
  if (frontMatter) return { ...frontMatter, id: doc.key };
  // An author-year key ("smith2024") is all the metadata such a file has: its year and family name.
  const m = /^([a-z][a-z-]*?)(\d{4})[a-z]?$/i.exec(doc.key);
  const ref: Reference = { id: doc.key, title: doc.title, authors: m ? [m[1][0].toUpperCase() + m[1].slice(1)] : [], origin: { path: doc.path, line: 0, character: 0 } };
  if (m && Number(m[2]) >= 1800 && Number(m[2]) <= 2100) ref.year = m[2];
  return ref;
}
