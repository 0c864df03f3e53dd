import type { CorpusSnapshot } from '../corpus/snapshot.js';
import type { Reference } from '../corpus/types.js';
import { analyzeDraft, type DraftAnalysis } from '../drafts/draftAnalysis.js';
import { checkDraftFigures } from '../figures/figureCheck.js';
import { getGlossary } from '../glossary/glossary.js';
import { getReferenceSearch } from './referenceSearch.js';

/** Where a citation key is being typed: the partial key after "@", and whether brackets exist. */
export interface CitationContext {
  /** offset of the "@" */
  at: number;
  /** the partial key typed so far, from after "@" to the cursor */
  query: string;
  /** end of the key characters already there (the cursor may sit inside a key) */
  keyEnd: number;
  bracketed: boolean;
}

export interface CitationCandidate {
  ref: Reference;
  /** why the sentence being written ranks this source first ("contains 2500亿美元") */
  reason?: string;
}

const KEY_CHAR = /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u;

/** The citation being typed at an offset, or undefined when the "@" is an e-mail address or in code. */
export function citationContextAt(analysis: DraftAnalysis, offset: number): CitationContext | undefined {
  const text = analysis.text;
  let at = offset;
  while (at > 0 && KEY_CHAR.test(text[at - 1]) && offset - at < 100) at--;
  if (text[at - 1] !== '@') return undefined;
  at--;
  if (analysis.mask[at]) return undefined;
  const before = text[at - 1];
  // name@example.org is an address; after a CJK character (见@) the writer is starting a citation.
  if (before !== undefined && /[A-Za-z0-9_.]/.test(before)) return undefined;
  let keyEnd = offset;
  while (keyEnd < text.length && KEY_CHAR.test(text[keyEnd])) keyEnd++;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const head = text.slice(lineStart, at);
  const bracketed = head.lastIndexOf('[') > head.lastIndexOf(']');
  return { at, query: text.slice(at + 1, offset), keyEnd, bracketed };
}

/**
 * References for the citation being typed, best first: sources that back the sentence being
 * written (a figure they contain, a term they define), then fuse.js matches of the partial key.
 */
export function citationCandidates(snapshot: CorpusSnapshot, analysis: DraftAnalysis, ctx: CitationContext, limit: number): CitationCandidate[] {
  const search = getReferenceSearch(snapshot).search(ctx.query, limit);
  const matched = new Set(search.map((r) => r.ref.id));
  const boosted = sentenceSources(snapshot, analysis.text, ctx.at).filter((b) => !ctx.query || matched.has(b.ref.id));
  const seen = new Set(boosted.map((b) => b.ref.id));
  return [...boosted, ...search.filter((r) => !seen.has(r.ref.id)).map((r) => ({ ref: r.ref }))].slice(0, limit);
}

/** Sources behind the sentence before the cursor: those holding its figures, then those defining its terms. */
function sentenceSources(snapshot: CorpusSnapshot, text: string, at: number): CitationCandidate[] {
  const start = Math.max(text.lastIndexOf('\n', at - 1), ...['。', '！', '？', '. '].map((p) => text.lastIndexOf(p, at - 1))) + 1;
  const sentence = text.slice(start, at);
  if (!sentence.trim()) return [];
  const out: CitationCandidate[] = [];
  const add = (key: string, reason: string) => {
    const ref = snapshot.references.get(key);
    if (ref && !out.some((o) => o.ref.id === key)) out.push({ ref, reason });
  };
  for (const f of checkDraftFigures(snapshot, analyzeDraft(sentence))) for (const s of f.support) add(s.doc.key, `contains ${s.figure.text.trim()}`);
  const glossary = getGlossary(snapshot);
  for (const m of glossary.matcher.findAll(sentence)) {
    const entry = glossary.entries[m.entryId];
    for (const p of entry.passages.slice(0, 2)) add(p.doc.key, `defines ${entry.name}`);
  }
  return out;
}
