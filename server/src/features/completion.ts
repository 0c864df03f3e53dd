import type { CorpusSnapshot } from '../core/index.js';
import type { DraftAnalysis } from '../core/drafts/draftAnalysis.js';
import { citationCandidates, citationContextAt } from '../core/citations/citationCompletion.js';
import { authorsYear, formatReference } from '../core/citations/formatReference.js';
import { cappedMarkdown, clip, escapeMarkdown, withoutInvisibles } from './markdown.js';
import { referenceLocation } from '../lsp/toLsp.js';

/** A completion item in offsets; the wiring turns it into an LSP CompletionItem. */
export interface CitationItem {
  key: string;
  detail: string;
  documentation: string;
  replaceStart: number;
  replaceEnd: number;
  newText: string;
  filterText: string;
  sortText: string;
}

/** Serialising thousands of items costs tens of ms (docs/measured-facts.md): return a ranked page and mark it incomplete. */
export const MAX_ITEMS = 50;

export function completeCitation(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): CitationItem[] | undefined {
  const ctx = citationContextAt(analysis, offset);
  if (!ctx) return undefined;
  const candidates = citationCandidates(snapshot, analysis, ctx, MAX_ITEMS);
  return candidates.map((c, i) => {
    // Inside brackets only the key is replaced; a bare "@ba" becomes "[@key]", never "[@[@".
    const bare = !ctx.bracketed;
    return {
      key: c.ref.id,
      detail: clip(withoutInvisibles(c.reason ? `${authorsYear(c.ref)} — ${c.reason}` : authorsYear(c.ref)), 160),
      documentation: documentation(snapshot, c.ref.id),
      replaceStart: bare ? ctx.at : ctx.at + 1,
      replaceEnd: ctx.keyEnd,
      newText: bare ? `[@${c.ref.id}]` : c.ref.id,
      // The editor filters by what was typed; giving every item the typed text keeps our ranking.
      filterText: bare ? `@${ctx.query}` : ctx.query,
      sortText: String(i).padStart(4, '0'),
    };
  });
}

function documentation(snapshot: CorpusSnapshot, key: string): string {
  const ref = snapshot.references.get(key)!;
  const doc = snapshot.documentsByKey.get(key)?.[0];
  // The opening as a reader sees it: heading marks, emphasis and table pipes are the source's
  // Markdown, not its words (escaped, they showed as "\#" in the preview).
  const opening = doc ? plainOpening(doc.normalized.text.slice(0, 400)) : '';
  const at = referenceLocation(ref);
  return [cappedMarkdown(formatReference(ref), 600, `${at.uri}#L${at.range.start.line + 1}`), ...(opening ? ['', `> ${escapeMarkdown(opening)}…`] : [])].join('\n');
}

function plainOpening(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*[|>]\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 240);
}
