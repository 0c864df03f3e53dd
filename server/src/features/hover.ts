import type { CorpusSnapshot, Reference } from '../core/index.js';
import { citationAt, DraftAnalysis } from '../core/drafts/draftAnalysis.js';
import { formatInStyle, type CitationStyleName } from '../core/citations/cslFormat.js';
import { termAt } from '../core/glossary/termLookup.js';
import type { GlossaryEntry, GlossaryPassage } from '../core/glossary/glossary.js';
import { excerpt } from '../core/corpus/sourceLocation.js';
import { OPEN_EXTRACTED_TEXT, passageTarget, referenceLocation, SOURCE_SCHEME, sourcePage, sourcePosition, sourceUri } from '../lsp/toLsp.js';
import { cappedMarkdown, clip, commandLink, encodeLinkPart, escapeMarkdown, fileLink } from './markdown.js';
import type { SourceDocument } from '../core/index.js';
import type { FigureFinding } from '../core/figures/figureCheck.js';
import { claimCells, figureText, preciseElsewhereMessage, sourceQuote } from '../core/figures/findingMessages.js';
import { message, type Locale } from '../core/messages/messages.js';

/** Hover content as Markdown plus the draft range it covers (offsets). */
export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

export const MAX_PASSAGES = 3;
const MAX_ALIASES = 8;
const MAX_NAME = 120;
const MAX_DEFINITION = 600;
const MAX_REFERENCE = 600;

/** The hover at `offset`; its labels in `locale`'s language (quotes and keys as the sources have them). */
export function hoverAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number, findings: FigureFinding[] = [], style: CitationStyleName = 'plain', locale: Locale = 'en'): HoverResult | undefined {
  const citation = citationAt(analysis, offset);
  if (citation) {
    const ref = snapshot.references.get(citation.key);
    if (!ref) return undefined;
    return { markdown: referenceMarkdown(snapshot, ref, style, locale), start: citation.keyStart, end: citation.keyEnd };
  }
  const finding = findings.find((f) => offset >= f.figure.start && offset < f.figure.end);
  if (finding) return { markdown: figureMarkdown(finding, locale), start: finding.figure.start, end: finding.figure.end };
  const term = termAt(snapshot, analysis, offset);
  if (!term || term.passages.length === 0) return undefined;
  return { markdown: termMarkdown(snapshot, term.entry, term.passages, locale), start: term.match.start, end: term.match.end };
}

/** An entry's hover; `passages`: its passages ranked for the name hovered (termAt), else the entry's own ranking. */
export function termMarkdown(snapshot: CorpusSnapshot, entry: GlossaryEntry, passages: GlossaryPassage[] = entry.passages, locale: Locale = 'en'): string {
  // Sizes are capped: a corpus can hold a 200 KB title or thousands of aliases.
  const aliases = entry.aliases.slice(0, MAX_ALIASES).map((a) => escapeMarkdown(clip(a, MAX_NAME)));
  const more = entry.aliases.length > MAX_ALIASES ? message(locale, 'hover.moreAliases', { more: entry.aliases.length - MAX_ALIASES }) : '';
  const head = `**${escapeMarkdown(clip(entry.name, MAX_NAME))}**${aliases.length ? ` · ${aliases.join(' · ')}${more}` : ''}`;
  const best = passages[0];
  const definition = entry.curatedDefinition ?? excerpt(best.doc.normalized.text, best.start, best.end, best.termStart, 160);
  const lines = [head, '', cappedMarkdown(definition, MAX_DEFINITION, passageHref(best.doc, best.termStart))];
  passages.slice(0, MAX_PASSAGES).forEach((p, i) => {
    // The best passage already is the definition above: give its source, not the same words twice.
    const quoted = i > 0 || entry.curatedDefinition !== undefined;
    lines.push('', passageMarkdown(snapshot, p, quoted, locale));
  });
  return lines.join('\n');
}

function passageMarkdown(snapshot: CorpusSnapshot, p: GlossaryPassage, quoted: boolean, locale: Locale): string {
  const quote = cappedMarkdown(excerpt(p.doc.normalized.text, p.start, p.end, p.termStart), MAX_DEFINITION, passageHref(p.doc, p.termStart));
  const title = snapshot.references.get(p.doc.key)?.title ?? p.doc.title;
  const cite = commandLink(message(locale, 'hover.cite'), 'policyWriter.insertCitationKey', [p.doc.key]);
  const source = `— @${keyMarkdown(p.doc.key)} · ${escapeMarkdown(clip(title, 30))} · ${openLink(p.doc, p.termStart, locale)} · ${cite}`;
  return quoted ? `> ${quote}\n\n${source}` : source;
}

/** Hover on a figure: its verdict, and the source sentences behind it, quoted. */
function figureMarkdown(f: FigureFinding, locale: Locale): string {
  const lines = [`**${escapeMarkdown(f.figure.text.trim())}** · ${message(locale, `hover.status.${f.status}`)}`];
  // Not found as cited, but given for another year or in another currency: that is the source row
  // (and passage) the message names, so the hover shows it too.
  const hint = f.otherYear ?? f.otherCurrency;
  const sources = f.status === 'contradicted' ? f.conflicts : f.support.length === 0 && hint ? [hint] : f.support;
  lines.push('', ...claimTable(f, sources[0], locale));
  const precise = preciseElsewhereMessage(f, locale);
  if (precise) lines.push('', escapeMarkdown(precise));
  // One passage per source sentence: two figures of one sentence would quote it twice.
  const passages = sources.filter((s, i) => sources.findIndex((o) => o.doc === s.doc && o.sentenceStart === s.sentenceStart) === i);
  for (const s of passages.slice(0, MAX_PASSAGES)) {
    lines.push('', `> ${cappedMarkdown(sourceQuote(s), MAX_DEFINITION, passageHref(s.doc, s.figure.start))}`, '', `@${keyMarkdown(s.doc.key)} · ${openLink(s.doc, s.figure.start, locale)}`);
  }
  const others = f.status === 'supported' || f.status === 'uncited' ? f.support.filter((s) => s.doc.key !== f.support[0].doc.key) : [];
  const also = [...new Set(others.map((o) => o.doc.key))];
  if (also.length) lines.push('', message(locale, 'hover.alsoIn', { keys: also.slice(0, MAX_ALIASES).map((k) => `@${keyMarkdown(k)}`).join(', '), more: Math.max(0, also.length - MAX_ALIASES) }));
  const differ = f.status === 'contradicted' ? [] : f.conflicts.filter((c) => c.doc.key !== f.support[0]?.doc.key);
  if (differ.length) lines.push('', message(locale, 'hover.othersDiffer', { list: [...new Set(differ.slice(0, 4).map((c) => `@${keyMarkdown(c.doc.key)} ${escapeMarkdown(clip(figureText(c, locale), MAX_NAME))}`))].join('; ') }));
  return lines.join('\n');
}

/**
 * The draft's claim beside the source claim it was judged against, so the writer sees why:
 * value, kind, year, countries and the whole a share is of.
 */
function claimTable(f: FigureFinding, source: FigureFinding['support'][number] | undefined, locale: Locale): string[] {
  const row = (who: string, [value, kind, ...rest]: string[]) => `| ${[who, value, message(locale, 'hover.kind', { kind }), ...rest].map((c) => escapeMarkdown(clip(c, MAX_NAME))).join(' | ')} |`;
  const rows = [`| | ${message(locale, 'hover.claimHeader').join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |', row(message(locale, 'hover.draft'), claimCells(f.figure, f.frame, locale))];
  if (source) rows.push(row(`@${source.doc.key}`, claimCells(source.figure, source, locale)));
  return rows;
}

export function referenceMarkdown(snapshot: CorpusSnapshot, ref: Reference, style: CitationStyleName = 'plain', locale: Locale = 'en'): string {
  const at = referenceLocation(ref);
  const entry = `${at.uri}#L${at.range.start.line + 1}`;
  const lines = [`**@${keyMarkdown(ref.id)}**`, '', cappedMarkdown(formatInStyle(ref, style), MAX_REFERENCE, entry)];
  const docs = snapshot.documentsByKey.get(ref.id) ?? [];
  if (ref.note) lines.push('', `*${cappedMarkdown(ref.note, MAX_DEFINITION, entry)}*`);
  if (docs.length) lines.push('', message(locale, 'hover.source', { files: docs.slice(0, MAX_PASSAGES).map((d) => `[${escapeMarkdown(clip(fileName(d.path), MAX_NAME))}](${splitTarget(sourceUri(d))})`).join(', '), more: Math.max(0, docs.length - MAX_PASSAGES) }));
  return lines.join('\n');
}

/** A citation key in a hover: escaped and capped (a key can be any size). */
function keyMarkdown(key: string): string {
  return escapeMarkdown(clip(key, MAX_NAME));
}

/** A link to a line of a source file, where a passage of it is. */
function passageHref(doc: SourceDocument, offset: number): string {
  return splitTarget(passageTarget(doc, offset));
}

/**
 * "name.md:12", linked to that line of the source file; for a PDF "name.pdf p. 3, l. 5" (the
 * line within the page), linked to that line of its extracted text, with a link that opens the
 * original file at that page.
 */
function openLink(doc: SourceDocument, offset: number, locale: Locale): string {
  const name = escapeMarkdown(clip(fileName(doc.path), MAX_NAME));
  const href = passageHref(doc, offset);
  if (!doc.extracted) return `[${name}:${sourcePosition(doc, offset).line + 1}](${href})`;
  const at = sourcePage(doc, offset);
  const label = at ? message(locale, 'hover.pageLine', { name, page: at.page, line: at.line, notes: at.notes }) : `${name}:${sourcePosition(doc, offset).line + 1}`;
  return `[${label}](${href}) · ${commandLink(message(locale, 'hover.original'), 'policyWriter.openOriginalFile', [doc.path, at?.page ?? 1])}`;
}

/**
 * A link target with its fragment kept out of the escaping of the file part. The extracted-text
 * view is opened by a command: VS Code renders a hover's links to schemes of its own choosing only
 * (http, https, file, command …), and a policy-writer-source: link came out as plain text.
 */
function splitTarget(target: string): string {
  const hash = target.indexOf('#');
  const uri = hash < 0 ? target : target.slice(0, hash);
  if (uri.startsWith(`${SOURCE_SCHEME}:`)) {
    const line = /^#L(\d+)$/.exec(hash < 0 ? '' : target.slice(hash))?.[1];
    return `command:${OPEN_EXTRACTED_TEXT}?${encodeLinkPart(JSON.stringify(line ? [uri, Number(line)] : [uri]))}`;
  }
  return hash < 0 ? fileLink(target) : `${fileLink(uri)}${target.slice(hash)}`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
