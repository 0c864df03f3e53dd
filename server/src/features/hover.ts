import { pathToFileURL } from 'node:url';
import type { CorpusSnapshot, Reference } from '../core/index.js';
import { citationAt, DraftAnalysis } from '../core/drafts/draftAnalysis.js';
import { formatReference } from '../core/citations/formatReference.js';
import { termAt } from '../core/glossary/termLookup.js';
import type { GlossaryEntry, GlossaryPassage } from '../core/glossary/glossary.js';
import { excerpt, originalPosition } from '../core/corpus/sourceLocation.js';
import { commandLink, escapeMarkdown } from './markdown.js';

/** Hover content as Markdown plus the draft range it covers (offsets). */
export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

export const MAX_PASSAGES = 3;

export function hoverAt(snapshot: CorpusSnapshot, analysis: DraftAnalysis, offset: number): HoverResult | undefined {
  const citation = citationAt(analysis, offset);
  if (citation) {
    const ref = snapshot.references.get(citation.key);
    if (!ref) return undefined;
    return { markdown: referenceMarkdown(snapshot, ref), start: citation.keyStart, end: citation.keyEnd };
  }
  const term = termAt(snapshot, analysis, offset);
  if (!term || term.entry.passages.length === 0) return undefined;
  return { markdown: termMarkdown(snapshot, term.entry), start: term.match.start, end: term.match.end };
}

export function termMarkdown(snapshot: CorpusSnapshot, entry: GlossaryEntry): string {
  const head = `**${escapeMarkdown(entry.name)}**${entry.aliases.length ? ` · ${entry.aliases.map(escapeMarkdown).join(' · ')}` : ''}`;
  const best = entry.passages[0];
  const definition = entry.curatedDefinition ?? excerpt(best.doc.normalized.text, best.start, best.end, best.termStart, 160);
  const lines = [head, '', escapeMarkdown(definition), '', '---'];
  for (const p of entry.passages.slice(0, MAX_PASSAGES)) lines.push('', passageMarkdown(snapshot, p));
  return lines.join('\n');
}

function passageMarkdown(snapshot: CorpusSnapshot, p: GlossaryPassage): string {
  const quote = excerpt(p.doc.normalized.text, p.start, p.end, p.termStart);
  const pos = originalPosition(p.doc, p.termStart);
  const title = snapshot.references.get(p.doc.key)?.title ?? p.doc.title;
  const shortTitle = title.length > 30 ? `${title.slice(0, 29)}…` : title;
  const open = `[${escapeMarkdown(fileName(p.doc.path))}:${pos.line + 1}](${pathToFileURL(p.doc.path).href}#L${pos.line + 1})`;
  const cite = commandLink('cite', 'policyWriter.insertCitationKey', [p.doc.key]);
  return `> ${escapeMarkdown(quote)}\n\n@${escapeMarkdown(p.doc.key)} · ${escapeMarkdown(shortTitle)} · ${open} · ${cite}`;
}

export function referenceMarkdown(snapshot: CorpusSnapshot, ref: Reference): string {
  const lines = [`**@${escapeMarkdown(ref.id)}**`, '', escapeMarkdown(formatReference(ref))];
  const docs = snapshot.documentsByKey.get(ref.id) ?? [];
  if (ref.note) lines.push('', `*${escapeMarkdown(ref.note)}*`);
  if (docs.length) lines.push('', `Source: ${docs.map((d) => `[${escapeMarkdown(fileName(d.path))}](${pathToFileURL(d.path).href})`).join(', ')}`);
  return lines.join('\n');
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
