import type { CorpusSnapshot } from '../corpus/snapshot.js';
import { lineBounds, type DraftAnalysis } from '../drafts/draftAnalysis.js';
import { getGlossary, GlossaryEntry, type GlossaryPassage } from './glossary.js';
import { onWordBoundaries, type TermMatch } from './termMatcher.js';

/**
 * The glossary term under the cursor in a draft, if any (matched on its line only), with its
 * passages ranked for the name the draft wrote (passagesFor).
 */
export function termAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): { entry: GlossaryEntry; match: TermMatch; passages: GlossaryPassage[] } | undefined {
  const glossary = getGlossary(snapshot);
  const line = lineBounds(analysis.text, offset);
  const found = glossary.matcher.findAll(analysis.text, line.start, line.end, analysis.termMask);
  const match = onWordBoundaries(analysis.text, found, line.start, line.end).find((m) => offset >= m.start && offset < m.end);
  if (!match) return undefined;
  const entry = glossary.entries[match.entryId];
  return { entry, match, passages: passagesFor(entry, analysis.text.slice(match.start, match.end)) };
}

const squash = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * An entry's passages for one of its names: when the best passage defines the term under another
 * name and one about as good defines it under this one (a Korean source defining 평화공존, an
 * English one "peaceful coexistence"), that one comes first: a draft sees the definition written
 * with its own words.
 */
export function passagesFor(entry: GlossaryEntry, name: string): GlossaryPassage[] {
  const ps = entry.passages;
  if (ps.length < 2 || ps[0].kind === 'curated') return ps;
  const key = squash(name);
  const top = ps[0].score;
  // The passage names the term with these words where it defines it (its term offset).
  // Within the best passage's own source, a passage that only gives a name does not come before the one that defines
  // the term ("특수형태근로종사자(이하 "특고")에 포함되는…" gives the short name, "특고는 …개념으로" defines it).
  const namesOnly = (p: GlossaryPassage) => p.doc === ps[0].doc && p.kind !== 'explicit' && ps[0].kind === 'explicit';
  const holds = (p: GlossaryPassage) =>
    p.kind !== 'curated' && p.score >= top - 1 && !namesOnly(p) && squash(p.doc.normalized.text.slice(p.termStart, p.termStart + name.length + 8)).startsWith(key);
  if (holds(ps[0])) return ps;
  const i = ps.findIndex(holds);
  return i < 0 ? ps : [ps[i], ...ps.slice(0, i), ...ps.slice(i + 1)];
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
