import type { CorpusSnapshot } from '../corpus/snapshot.js';
import { getFigureIndex, type FigureIndex } from '../figures/figureIndex.js';
import { getGlossary } from '../glossary/glossary.js';

const VIEWS = new WeakMap<CorpusSnapshot, Map<string, CorpusSnapshot>>();

/**
 * The corpus as a draft at `draftPath` sees it when that same file is also a corpus source (a
 * Markdown source opened in the editor, a draft in a corpus folder no exclusion caught): its own
 * text is left out, so a draft never supports, contradicts or backs its own figures. The rest of
 * the corpus, its glossary and its references are shared, not rebuilt; only the figure lookups
 * skip the file. Other drafts still see the file as a source. The snapshot itself when the path
 * is not in the corpus (the usual case).
 */
export function withoutOwnText(snapshot: CorpusSnapshot, draftPath: string | undefined): CorpusSnapshot {
  if (!draftPath || !snapshot.files.get(draftPath)?.documents.length) return snapshot;
  let views = VIEWS.get(snapshot);
  if (!views) VIEWS.set(snapshot, (views = new Map()));
  const hit = views.get(draftPath);
  if (hit) return hit;
  getGlossary(snapshot); // built before the copy, so the view shares it
  const figures = getFigureIndex(snapshot);
  const own = (d: { path: string }) => d.path === draftPath;
  const documentsByKey = new Map<string, CorpusSnapshot['documents'][number][]>();
  for (const [key, docs] of snapshot.documentsByKey) {
    const rest = docs.filter((d) => !own(d));
    if (rest.length) documentsByKey.set(key, rest);
  }
  const derived = new Map(snapshot.derived);
  // Verdicts were reached with the file as a source: the view keeps its own.
  derived.delete('figureSentenceCache');
  derived.set('figures', withoutFiguresOf(figures, draftPath));
  const view: CorpusSnapshot = { ...snapshot, documents: snapshot.documents.filter((d) => !own(d)), documentsByKey, derived };
  if (views.size > 20) views.clear();
  views.set(draftPath, view);
  return view;
}

function withoutFiguresOf(index: FigureIndex, path: string): FigureIndex {
  const byUnit: FigureIndex['byUnit'] = new Map();
  let count = 0;
  for (const [unit, list] of index.byUnit) {
    const rest = list.filter((f) => f.doc.path !== path);
    count += rest.length;
    if (rest.length) byUnit.set(unit, rest);
  }
  return {
    byUnit,
    count,
    weight: (feature) => index.weight(feature),
    candidates: (unit, features, value, scale) => index.candidates(unit, features, value, scale).filter((f) => f.doc.path !== path),
  };
}
