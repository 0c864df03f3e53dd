import type { CorpusSnapshot } from '../corpus/snapshot.js';
import type { DraftAnalysis } from '../drafts/draftAnalysis.js';
import { checkDraftFigures, checkDraftFiguresSliced, type FigureFinding } from '../figures/figureCheck.js';
import { yieldToEventLoop, type ICancellation } from '../seams.js';
import { draftDiagnostics, draftDiagnosticsSliced, type DraftDiagnostic, type FindingOptions } from './draftDiagnostics.js';

/*
 * The one way a draft becomes findings. The editor (diagnostics, hovers, the figure report), the
 * command line and the tests all come through here, so a new kind of finding, or a change to how
 * severities apply, is made once and every caller gets it.
 *
 * What the caller supplies, because the core cannot read files:
 * - `snapshot`: the corpus as this draft sees it (the keys of its own bibliography added);
 * - `draft`: the draft's analysis (a DraftCache keeps it per document version).
 * Disable and ignore comments in the draft are honoured by the figure check itself.
 */

/** What checking a draft yields: every figure's verdict, and the diagnostics made from them. */
export interface DraftCheck {
  /** every figure of the draft with its verdict, supported ones too (hovers and the figure report read them) */
  figures: FigureFinding[];
  /** unknown citation keys, an unclosed code fence and the figure findings the options let through, by offset */
  diagnostics: DraftDiagnostic[];
}

/** Checks a draft in one go (the command line, the tests, a small draft under the mouse). */
export function checkDraft(snapshot: CorpusSnapshot, draft: DraftAnalysis, options: FindingOptions): DraftCheck {
  const figures = figureFindings(snapshot, draft);
  return { figures, diagnostics: draftDiagnostics(snapshot, draft, options, figures) };
}

/**
 * The same check in time slices, so requests are answered while a long draft is checked;
 * undefined as soon as the token is cancelled (the draft changed again), instead of stale results.
 */
export async function checkDraftSliced(snapshot: CorpusSnapshot, draft: DraftAnalysis, options: FindingOptions, token: ICancellation, sliceMs = 5): Promise<DraftCheck | undefined> {
  const figures = await checkDraftFiguresSliced(snapshot, draft, token, sliceMs);
  if (!figures || token.isCancellationRequested) return undefined;
  // The diagnostics of a long draft are sliced too (10 ms for 56,000 characters in one go).
  await yieldToEventLoop();
  if (token.isCancellationRequested) return undefined;
  const diagnostics = await draftDiagnosticsSliced(snapshot, draft, options, figures, token, sliceMs);
  return diagnostics && { figures, diagnostics };
}

/** The figure verdicts alone, for readers that need no diagnostics (hovers, the figure report). */
export function figureFindings(snapshot: CorpusSnapshot, draft: DraftAnalysis): FigureFinding[] {
  return checkDraftFigures(snapshot, draft);
}
