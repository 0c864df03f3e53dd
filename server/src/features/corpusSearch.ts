import type { CorpusSnapshot, SourceDocument } from '../core/index.js';
import { getReferenceSearch } from '../core/citations/referenceSearch.js';
import { authorsYear } from '../core/citations/formatReference.js';
import { searchPassages } from '../core/corpus/passageSearch.js';
import type { FigureFinding } from '../core/figures/figureCheck.js';
import { claimCells, sourceQuote } from '../core/figures/findingMessages.js';
import { message, type Locale } from '../core/messages/messages.js';
import type { CorpusHit, FigureReportRow, ReferenceHit } from '../protocol.js';
import { fileStart, referenceLocation, sourceLocation, sourcePosition, type Position } from '../lsp/toLsp.js';
import { clip, withoutInvisibles } from './markdown.js';

/** Corpus text for a quick pick: no bidi or zero-width characters, at most `max` characters (a title can be 200 KB). */
function pickText(text: string, max = 200): string {
  return clip(withoutInvisibles(text), max);
}

/** References for the Insert citation quick pick. */
export function referenceHits(snapshot: CorpusSnapshot, query: string, limit: number): ReferenceHit[] {
  return getReferenceSearch(snapshot)
    .search(query, limit)
    .map(({ ref }) => ({ key: ref.id, title: pickText(ref.title ?? ref.id), detail: pickText(authorsYear(ref)), path: snapshot.documentsByKey.get(ref.id)?.[0]?.path }));
}

/** References, then passages, for the Search corpus quick pick; lines are the original files'. */
export function corpusHits(snapshot: CorpusSnapshot, query: string): CorpusHit[] {
  const refs = getReferenceSearch(snapshot).search(query, 10).map(({ ref }): CorpusHit => {
    const doc = snapshot.documentsByKey.get(ref.id)?.[0];
    // A reference with a source opens it at the top; one without, at its bibliography entry.
    const at = doc ? fileStart(doc.path) : referenceLocation(ref);
    return { label: `$(book) @${pickText(ref.id)}`, description: pickText(authorsYear(ref)), detail: pickText(ref.title ?? ''), uri: at.uri, line: at.range.start.line };
  });
  const passages = searchPassages(snapshot, query, 40).map((h): CorpusHit => {
    const at = sourceLocation(h.doc, h.start);
    const line = at.range.start.line;
    return { label: `@${pickText(h.doc.key)}:${line + 1}`, description: pickText(h.doc.title), detail: pickText(h.doc.normalized.text.slice(h.start, h.end), 400), uri: at.uri, line };
  });
  return [...refs, ...passages];
}

/** Every figure of a draft with its verdict, its main source and the quote, for the figure report. */
export function figureReport(findings: FigureFinding[], positionAt: (offset: number) => Position): FigureReportRow[] {
  return findings.map((f) => {
    const source = (f.status === 'contradicted' ? f.conflicts : f.support)[0];
    const pos = positionAt(f.figure.start);
    return { figure: f.figure.text.trim(), status: f.status, line: pos.line, character: pos.character, source: source?.doc.key, quote: source ? sourceQuote(source) : undefined };
  });
}

/**
 * Every figure the index holds for one source document, with what it was read as (value, kind,
 * year, countries, whole of a share), so a user can see what the corpus knows and what it missed.
 */
export function sourceFigureReport(doc: SourceDocument, locale: Locale = 'en'): FigureReportRow[] {
  return doc.scan.figures.map((sf) => {
    const pos = sourcePosition(doc, sf.figure.start);
    const [value, kind, year, countries, whole] = claimCells(sf.figure, sf, locale);
    const reading = [value, message(locale, 'hover.kind', { kind }), year !== '—' ? year : undefined, countries !== '—' ? countries : undefined, whole !== '—' ? message(locale, 'report.shareOf', { whole }) : undefined, sf.table ? message(locale, 'report.tableCell') : undefined].filter(Boolean).join(' · ');
    return { figure: sf.figure.text.trim(), status: 'source', line: pos.line, character: pos.character, reading, quote: sourceQuote({ ...sf, doc }) };
  });
}
