import type { CorpusSnapshot } from '../corpus/snapshot.js';
import type { DraftAnalysis } from '../drafts/draftAnalysis.js';
import type { FigureFinding } from '../figures/figureCheck.js';
import { citesOnlyUnreadable, FIGURE_CODES, figureText, findingMessage, MORE_PRECISE_CODE, preciseElsewhereMessage } from '../figures/findingMessages.js';
import { replacementFor, restated } from '../figures/restate.js';
import { closestKeys } from '../citations/closestKeys.js';
import { readFrontMatter } from '../corpus/frontMatter.js';
import { isSuppressed, ruleCovers } from '../drafts/suppression.js';
import { message, type Locale } from '../messages/messages.js';
import { yieldToEventLoop, type ICancellation } from '../seams.js';

/** How loud a kind of finding is; 'off' silences it. The settings use the same names. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The figure statuses (and the "more precise elsewhere" note) whose severity is configured. */
export type FigureSeverities = Record<'uncited' | 'notInCitedSource' | 'contradicted' | 'unsupported' | 'morePreciseElsewhere', SeverityName>;

/**
 * The part of the settings the diagnostics depend on. Declared here, not taken from settings.ts,
 * so the core needs nothing from the wiring; the editor's and the CLI's Settings satisfy it.
 */
export interface FindingOptions {
  figures: { enabled: boolean; severity: FigureSeverities };
  /** the language messages are written in (English when absent); codes are the same in every language */
  locale?: Locale;
  /**
   * At most this many diagnostics per draft, then one that says how many more there are and where
   * to see them (the editor passes EDITOR_MAX_DIAGNOSTICS; the command line leaves it out and
   * reports everything). A draft of 100,000 unknown citations sent 24.7 MB of diagnostics.
   */
  maxDiagnostics?: number;
}

/** The editor's cap on diagnostics per draft: more than a writer reads, far less than a freeze. */
export const EDITOR_MAX_DIAGNOSTICS = 300;

/** The code of the diagnostic that stands for those past the cap. */
export const MORE_FINDINGS_CODE = 'draft.more-findings';

/** A diagnostic in offsets; the wiring turns offsets into positions. */
export interface DraftDiagnostic {
  start: number;
  end: number;
  severity: Exclude<SeverityName, 'off'>;
  code: string;
  message: string;
  /** source passages behind the message: path and normalised offset in that document */
  related: { path: string; offset: number; key: string; message: string }[];
  /** what the quick fixes need */
  data: FixData;
}

export type FixData =
  | { kind: 'figure'; addKey?: string; insertAt: number; replaceKey?: { start: number; end: number; key: string }; sourceFigure?: string; figureStart: number; figureEnd: number }
  | { kind: 'citation'; suggestions: string[] }
  | { kind: 'note' };

const SEVERITY_SETTING = { uncited: 'uncited', 'not-in-cited-source': 'notInCitedSource', contradicted: 'contradicted', unsupported: 'unsupported' } as const;

/** Every diagnostic for a draft: unknown citation keys and figure checks. Callers go through checkDraft (draftCheck.ts). */
export function draftDiagnostics(snapshot: CorpusSnapshot, analysis: DraftAnalysis, settings: FindingOptions, findings: FigureFinding[]): DraftDiagnostic[] {
  const out = nonFigureDiagnostics(snapshot, analysis, settings.locale);
  if (settings.figures.enabled) for (const f of findings) pushFigureDiagnostic(out, f, settings);
  return finished(analysis, settings, out);
}

/**
 * The same diagnostics with a turn for the event loop every `sliceMs`; undefined once the token is
 * cancelled. A long draft's figures become diagnostics in 6-8 ms at p95 while typing (#14): one
 * block that requests on other documents waited behind, as they did behind the figure check
 * before it was sliced.
 */
export async function draftDiagnosticsSliced(snapshot: CorpusSnapshot, analysis: DraftAnalysis, settings: FindingOptions, findings: FigureFinding[], token: ICancellation, sliceMs = 5): Promise<DraftDiagnostic[] | undefined> {
  const out = nonFigureDiagnostics(snapshot, analysis, settings.locale);
  let sliceStart = performance.now();
  for (let i = 0; settings.figures.enabled && i < findings.length; i++) {
    pushFigureDiagnostic(out, findings[i], settings);
    if (performance.now() - sliceStart < sliceMs) continue;
    await yieldToEventLoop();
    if (token.isCancellationRequested) return undefined;
    sliceStart = performance.now();
  }
  return finished(analysis, settings, out);
}

/** Suppressed ones dropped, directive problems added, by position, capped. */
function finished(analysis: DraftAnalysis, settings: FindingOptions, diagnostics: DraftDiagnostic[]): DraftDiagnostic[] {
  const all = unsuppressed(analysis, diagnostics);
  return capped([...all, ...directiveDiagnostics(analysis, settings.locale)].sort((a, b) => a.start - b.start), settings);
}

/**
 * The first `maxDiagnostics` diagnostics by position, and one at the first left out saying how
 * many are not shown and how to see them all; every diagnostic when there is no cap.
 */
function capped(sorted: DraftDiagnostic[], settings: FindingOptions): DraftDiagnostic[] {
  const max = settings.maxDiagnostics;
  if (max === undefined || sorted.length <= max) return sorted;
  const first = sorted[max];
  const summary: DraftDiagnostic = {
    start: first.start,
    end: first.end,
    severity: 'information',
    code: MORE_FINDINGS_CODE,
    message: message(settings.locale, 'draft.moreFindings', { shown: max, more: sorted.length - max }),
    related: [],
    data: { kind: 'note' },
  };
  return [...sorted.slice(0, max), summary];
}

/** Every code a diagnostic can have: what a disable comment may name. */
export const RULE_CODES = [...Object.values(FIGURE_CODES), MORE_PRECISE_CODE, 'citation.unknown-key', 'draft.unclosed-code-fence', 'draft.front-matter', 'draft.markdown'];

/** What the disable comments leave (`<!-- policy-writer-disable figure.uncited -->` … `<!-- policy-writer-enable -->`). */
function unsuppressed(analysis: DraftAnalysis, diagnostics: DraftDiagnostic[]): DraftDiagnostic[] {
  if (!analysis.suppressions.ranges.length) return diagnostics;
  return diagnostics.filter((d) => !isSuppressed(analysis.suppressions, d.code, d.start));
}

/** A directive naming no rule there is (a typo would silently silence nothing), and a draft the parser could not read. */
function directiveDiagnostics(analysis: DraftAnalysis, locale: Locale | undefined): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const n of analysis.suppressions.named) {
    if (n.rule === 'figures' || RULE_CODES.some((code) => ruleCovers(n.rule, code))) continue;
    const text = message(locale, 'draft.directive', { rule: n.rule, rules: RULE_CODES.join(', ') });
    out.push({ start: n.start, end: n.end, severity: 'warning', code: 'draft.directive', message: text, related: [], data: { kind: 'note' } });
  }
  if (analysis.markdownProblem) out.push({ start: 0, end: 0, severity: 'information', code: 'draft.markdown', message: message(locale, 'draft.markdown', { problem: analysis.markdownProblem }), related: [], data: { kind: 'note' } });
  return out;
}

/** Unknown citation keys, an unclosed code fence, broken front matter. */
function nonFigureDiagnostics(snapshot: CorpusSnapshot, analysis: DraftAnalysis, locale: Locale | undefined): DraftDiagnostic[] {
  const out = citationDiagnostics(snapshot, analysis, locale);
  const fence = unclosedFence(analysis.text, locale);
  if (fence) out.push(fence);
  const frontMatter = brokenFrontMatter(analysis.text, locale);
  if (frontMatter) out.push(frontMatter);
  return out;
}

/** The diagnostic of one figure finding, if its severity is not 'off'. */
function pushFigureDiagnostic(out: DraftDiagnostic[], f: FigureFinding, settings: FindingOptions): void {
  const locale = settings.locale;
  if (f.status === 'supported') {
    const precise = preciseDiagnostic(f, settings.figures.severity.morePreciseElsewhere, locale);
    if (precise) out.push(precise);
    return;
  }
  // A figure citing only sources the corpus has no text for cannot be judged: said, not warned.
  const configured = settings.figures.severity[SEVERITY_SETTING[f.status]];
  const severity = configured !== 'off' && f.status === 'not-in-cited-source' && citesOnlyUnreadable(f) && !f.unknownCited ? 'information' : configured;
  if (severity !== 'off') out.push(figureDiagnostic(f, severity, locale));
}

/**
 * A code fence never closed makes the rest of the draft code (CommonMark): nothing after it is
 * checked, and the draft looks clean when it is not. Said once, at the fence.
 */
/**
 * Front matter that is not valid YAML: only its plain "key: value" lines are read, so the writer
 * is told where it breaks (an unclosed quote in a title is enough) instead of seeing citations of
 * its bibliography fail for no visible reason.
 */
function brokenFrontMatter(text: string, locale: Locale | undefined): DraftDiagnostic | undefined {
  if (!text.startsWith('---') && !text.startsWith('\ufeff---')) return undefined;
  const { problem } = readFrontMatter('draft', text);
  if (!problem) return undefined;
  // problem.line is the draft's own line (0-based) of the cause (see yamlCauseLine): the finding
  // marks that line; without one, the opening ---.
  const detail = problem.message.replace(/^front matter is not valid YAML: /, '').replace(/ at line \d+, column \d+/, '');
  const said = message(locale, 'draft.frontMatter', { line: problem.line !== undefined ? problem.line + 1 : undefined, detail });
  const fence = text.startsWith('\ufeff') ? 1 : 0;
  const lineStart = problem.line === undefined ? -1 : nthLineStart(text, problem.line);
  const start = lineStart < 0 ? fence : lineStart;
  const end = lineStart < 0 ? fence + 3 : lineEndOf(text, lineStart);
  return { start, end: Math.max(end, start + 1), severity: 'warning', code: 'draft.front-matter', message: said, related: [], data: { kind: 'note' } };
}

/** Where line `n` (0-based) of the text starts; -1 past its end. */
function nthLineStart(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n', at) + 1;
    if (at === 0) return -1;
  }
  return at;
}

/** The end of the line starting at `start`, before its line break (CR LF too). */
function lineEndOf(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function unclosedFence(text: string, locale: Locale | undefined): DraftDiagnostic | undefined {
  let open: { start: number; end: number; char: string; length: number } | undefined;
  const re = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  for (const m of text.matchAll(re)) {
    const run = m[1];
    if (!open) {
      if (run[0] === '`' && /`/.test(m[0].slice(m[0].indexOf(run) + run.length))) continue; // not a fence: a backtick in its info string
      open = { start: m.index, end: m.index + m[0].length, char: run[0], length: run.length };
    } else if (run[0] === open.char && run.length >= open.length && m[0].trim() === run) open = undefined;
  }
  if (!open) return undefined;
  return { start: open.start, end: open.end, severity: 'warning', code: 'draft.unclosed-code-fence', message: message(locale, 'draft.unclosedFence'), related: [], data: { kind: 'note' } };
}

function figureDiagnostic(f: FigureFinding, severity: Exclude<SeverityName, 'off'>, locale: Locale | undefined): DraftDiagnostic {
  const sources = f.status === 'contradicted' ? f.conflicts : f.support;
  const related = sources.slice(0, 3).map((s) => ({ path: s.doc.path, offset: s.figure.start, key: s.doc.key, message: `@${s.doc.key}: ${figureText(s, locale)}` }));
  const best = sources[0];
  const data: FixData = {
    kind: 'figure',
    insertAt: f.citationInsertAt,
    figureStart: f.figure.start,
    figureEnd: f.figure.end,
    addKey: f.status === 'uncited' ? best?.doc.key : undefined,
    replaceKey: f.status === 'not-in-cited-source' && best && f.citedRanges[0] ? { ...f.citedRanges[0], key: best.doc.key } : undefined,
    // The source's value in the draft's own form ("$240.1 billion" for 2401亿美元); a table cell is a
    // bare number and a computed move ("from 28.4% to 31.2%") was never written, so only their value can be used.
    sourceFigure: f.status === 'contradicted' && best ? (best.table || best.derived ? restated(f.figure, best.figure) : replacementFor(f.figure, best.figure)) : undefined,
  };
  return { start: f.figure.start, end: f.figure.end, severity, code: FIGURE_CODES[f.status as keyof typeof FIGURE_CODES], message: findingMessage(f, locale), related, data };
}

/** A supported figure whose cited source only rounds it, while another source gives it exactly. */
function preciseDiagnostic(f: FigureFinding, severity: SeverityName, locale: Locale | undefined): DraftDiagnostic | undefined {
  const said = preciseElsewhereMessage(f, locale);
  const other = f.preciseElsewhere;
  if (!said || !other || severity === 'off') return undefined;
  const related = [{ path: other.doc.path, offset: other.figure.start, key: other.doc.key, message: `@${other.doc.key}: ${figureText(other, locale)}` }];
  const data: FixData = { kind: 'figure', insertAt: f.citationInsertAt, figureStart: f.figure.start, figureEnd: f.figure.end, addKey: other.doc.key };
  return { start: f.figure.start, end: f.figure.end, severity, code: MORE_PRECISE_CODE, message: said, related, data };
}

/** "[@ba" at the end of a line: the writer is in the middle of a key; judging it now is noise. */
function stillBeingTyped(text: string, c: { bracketed: boolean; keyEnd: number; groupStart: number }): boolean {
  if (c.bracketed) return false;
  const rest = text.slice(c.keyEnd, c.keyEnd + 2);
  return rest === '' || rest[0] === '\n' || rest[0] === '\r';
}

function citationDiagnostics(snapshot: CorpusSnapshot, analysis: DraftAnalysis, locale: Locale | undefined): DraftDiagnostic[] {
  const keys = [...snapshot.references.keys()];
  // A draft repeats its keys: each unknown one is compared with every known key once.
  const closest = new Map<string, string[]>();
  return analysis.citations
    .filter((c) => !snapshot.references.has(c.key) && !stillBeingTyped(analysis.text, c))
    .map((c) => {
      let suggestions = closest.get(c.key);
      if (!suggestions) closest.set(c.key, (suggestions = closestKeys(c.key, keys, 3)));
      return { start: c.keyStart, end: c.keyEnd, severity: 'error' as const, code: 'citation.unknown-key', message: message(locale, 'citation.unknownKey', { key: c.key, suggestions }), related: [], data: { kind: 'citation' as const, suggestions } };
    });
}
