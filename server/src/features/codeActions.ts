import type { FixData } from '../core/analysis/draftDiagnostics.js';
import { message, type Locale } from '../core/messages/messages.js';

/** A quick fix as text edits in offsets. */
export interface QuickFix {
  title: string;
  edits: { start: number; end: number; newText: string }[];
  preferred?: boolean;
}

export const IGNORE_COMMENT = '<!-- policy-writer-ignore -->';

/** Quick fixes for one diagnostic, from the data it carries; `text` is the draft. */
export function quickFixes(text: string, data: FixData, keyRange: { start: number; end: number }, locale: Locale = 'en'): QuickFix[] {
  if (data.kind === 'citation') {
    return data.suggestions.map((k, i) => ({ title: message(locale, 'fix.changeKey', { key: k }), edits: [{ start: keyRange.start, end: keyRange.end, newText: k }], preferred: i === 0 }));
  }
  if (data.kind === 'note') return [];
  const fixes: QuickFix[] = [];
  if (data.addKey) fixes.push({ title: message(locale, 'fix.addCitation', { key: data.addKey }), edits: [{ start: data.insertAt, end: data.insertAt, newText: ` [@${data.addKey}]` }], preferred: true });
  if (data.replaceKey) fixes.push({ title: message(locale, 'fix.citeInstead', { key: data.replaceKey.key }), edits: [{ start: data.replaceKey.start, end: data.replaceKey.end, newText: data.replaceKey.key }], preferred: true });
  if (data.sourceFigure) fixes.push({ title: message(locale, 'fix.useSourceFigure', { figure: data.sourceFigure }), edits: [{ start: data.figureStart, end: data.figureEnd, newText: data.sourceFigure }] });
  // Right after the figure: only this figure is silenced, not its line (a whole paragraph in a
  // Chinese draft), and a hard-wrapped paragraph is not split. Markdown does not show the comment.
  fixes.push({ title: message(locale, 'fix.ignoreFigure'), edits: [{ start: data.figureEnd, end: data.figureEnd, newText: IGNORE_COMMENT }] });
  return fixes;
}
