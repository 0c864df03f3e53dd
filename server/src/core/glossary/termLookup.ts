import type { CorpusSnapshot } from '../corpus/snapshot.js';
import { lineBounds, type DraftAnalysis } from '../drafts/draftAnalysis.js';
import { getGlossary, GlossaryEntry } from './glossary.js';
import { onWordBoundaries, type TermMatch } from './termMatcher.js';

/** The glossary term under the cursor in a draft, if any (matched on its line only). */
export function termAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): { entry: GlossaryEntry; match: TermMatch } | undefined {
  const glossary = getGlossary(snapshot);
  const line = lineBounds(analysis.text, offset);
  const found = glossary.matcher.findAll(analysis.text, line.start, line.end, analysis.termMask);
  const match = onWordBoundaries(analysis.text, found, line.start, line.end).find((m) => offset >= m.start && offset < m.end);
  return match ? { entry: glossary.entries[match.entryId], match } : undefined;
}

/** Every mention of an entry's names in the corpus, document by document (for find-references). */
export function termMentions(snapshot: CorpusSnapshot, entry: GlossaryEntry, limit = 500): { docPath: string; start: number; end: number }[] {
  const matcher = getGlossary(snapshot).matcher;
  const out: { docPath: string; start: number; end: number }[] = [];
  for (const doc of snapshot.documents) {
    for (const m of matcher.findAll(doc.normalized.text)) {
      if (m.entryId !== entry.id) continue;
      out.push({ docPath: doc.path, start: m.start, end: m.end });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
