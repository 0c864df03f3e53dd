import { parse as parseYaml } from 'yaml';
import { parseBibtex } from '../corpus/bibtex.js';
import { parseCslJson } from '../corpus/cslJson.js';
import { readFrontMatter, yamlErrorLine, yamlErrorText } from '../corpus/frontMatter.js';
import type { CorpusSnapshot } from '../corpus/snapshot.js';
import type { CorpusProblem, Reference } from '../corpus/types.js';
import { getFigureIndex } from '../figures/figureIndex.js';
import { getGlossary } from '../glossary/glossary.js';

/**
 * A draft's own bibliography, the Pandoc way: `bibliography: refs.bib` (or a list) in its front
 * matter, as Zotero with Better BibTeX auto-export writes it. Its keys are valid citations even
 * when the corpus holds no text for them.
 */
export function bibliographyPaths(draftText: string): string[] {
  const { frontMatter } = readFrontMatter('draft', draftText);
  const value = frontMatter?.data.bibliography;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** References of one bibliography file, by its extension: CSL-JSON, CSL-YAML or BibTeX/BibLaTeX. */
export function parseBibliography(path: string, text: string): { references: Reference[]; problems: CorpusProblem[] } {
  const lower = path.toLowerCase();
  if (lower.endsWith('.bib') || lower.endsWith('.bibtex') || lower.endsWith('.biblatex')) return parseBibtex(path, text);
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return parseCslYaml(path, text);
  return parseCslJson(path, text);
}

/** CSL-YAML (Pandoc's `references:` list, or a bare list of items): the same items as CSL-JSON. */
function parseCslYaml(path: string, text: string): { references: Reference[]; problems: CorpusProblem[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { strict: false, uniqueKeys: false });
  } catch (err) {
    const line = yamlErrorLine(err, text);
    return { references: [], problems: [{ path, severity: 'error', line, message: `invalid CSL-YAML: ${yamlErrorText(err)}` }] };
  }
  const items = Array.isArray(data) ? data : (data as { references?: unknown } | null)?.references;
  if (!Array.isArray(items)) return { references: [], problems: [{ path, severity: 'warning', message: 'CSL-YAML: no list of references found' }] };
  return parseCslJson(path, JSON.stringify(items));
}

const VIEWS = new WeakMap<CorpusSnapshot, Map<string, CorpusSnapshot>>();

/**
 * The corpus seen from a draft with its own bibliography: the same documents, glossary and figure
 * index (shared, never rebuilt), with the bibliography's references added where the corpus has no
 * reference of that key. One view per snapshot and bibliography.
 */
export function withReferences(snapshot: CorpusSnapshot, references: readonly Reference[], signature: string): CorpusSnapshot {
  if (references.length === 0) return snapshot;
  let views = VIEWS.get(snapshot);
  if (!views) VIEWS.set(snapshot, (views = new Map()));
  const hit = views.get(signature);
  if (hit) return hit;
  // Built before the view copies its caches, so the view shares them instead of building its own.
  getGlossary(snapshot);
  getFigureIndex(snapshot);
  const merged = new Map(snapshot.references);
  for (const r of references) if (!merged.has(r.id)) merged.set(r.id, r);
  const derived = new Map(snapshot.derived);
  derived.delete('referenceSearch'); // ranks references: the view has more of them
  const view: CorpusSnapshot = { ...snapshot, references: merged, derived };
  if (views.size > 20) views.clear();
  views.set(signature, view);
  return view;
}
