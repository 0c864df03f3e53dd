import {
  checkDraft,
  checkDraftSliced,
  DraftCache,
  figureFindings as checkFigures,
  type CorpusSnapshot,
  type DraftAnalysis,
  type DraftCheck,
  type FigureFinding,
  type FindingOptions,
  type ICancellation,
  type Reference,
  yieldToEventLoop,
} from '../core/index.js';
import type { CitationStyleName } from '../core/citations/cslFormat.js';
import type { Locale } from '../core/messages/messages.js';
import { completeCitation, type CitationItem } from '../features/completion.js';
import { corpusHits, figureReport, referenceHits, sourceFigureReport } from '../features/corpusSearch.js';
import { hoverAt, type HoverResult } from '../features/hover.js';
import { definitionAt, referencesAt } from '../features/navigation.js';
import type { FileLocation, Position } from '../lsp/toLsp.js';
import type { CorpusHit, FigureReportRow, ReferenceHit } from '../protocol.js';

/*
 * The one door into the core for everything that answers about drafts: the language server's
 * handlers, the diagnostics publisher and the command line all call an Analysis, never the
 * feature modules or the draft check directly, so the draft -> findings pipeline is assembled in
 * one place. Modelled on rust-analyzer's `Analysis` and vscode-markdown-languageservice's
 * `IMdLanguageService`: every method takes a draft and offsets and returns plain data with
 * offsets (locations in corpus files carry their file URI and a line/character range, computed
 * from the original file). Turning offsets into LSP positions is the caller's business
 * (lsp/toLsp.ts).
 *
 * State it owns, and nothing else does:
 * - a DraftCache: each draft's analysis per version (the next version re-parses only what changed);
 * - the figure findings of each draft, per version and per snapshot (hovers, the figure report and
 *   the diagnostics share them).
 * The corpus snapshot is not owned: `snapshot()` returns the indexer's current one on each call,
 * and `view` narrows it to what one draft sees (its own bibliography, never itself as a source).
 */

/** A draft as the editor (a TextDocument) or the command line holds it. */
export interface Draft {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** How a draft sees the corpus: its own bibliography added, and never itself as a source. */
export type DraftView = (uri: string, text: string, snapshot: CorpusSnapshot) => CorpusSnapshot;

export interface HoverOptions {
  /** the draft's figure verdicts to show; by default this draft's cached or computed ones */
  findings?: FigureFinding[];
  style?: CitationStyleName;
  locale?: Locale;
}

interface CachedFindings {
  version: number;
  snapshot: number;
  findings: FigureFinding[];
}

export class Analysis {
  private readonly drafts = new DraftCache();
  private readonly findings = new Map<string, CachedFindings>();

  constructor(
    /** the corpus snapshot in force (read on every call: a new index replaces it) */
    private readonly snapshot: () => CorpusSnapshot,
    private readonly view: DraftView = (_uri, _text, snapshot) => snapshot,
  ) {}

  /** The corpus as this draft sees it. */
  draftSnapshot(draft: Draft): CorpusSnapshot {
    return this.view(draft.uri, draft.getText(), this.snapshot());
  }

  /** The draft's parse (citations, prose mask, suppressions), cached per version. */
  draftAnalysis(draft: Draft): DraftAnalysis {
    return this.drafts.get(draft.uri, draft.version, () => draft.getText());
  }

  /** Forgets a closed draft: its parse and its findings. */
  close(uri: string): void {
    this.drafts.delete(uri);
    this.findings.delete(uri);
  }

  /** A citation's reference, a figure's verdict or a term's definition under `offset`, as Markdown with the range it covers. */
  hover(draft: Draft, offset: number, options: HoverOptions = {}): HoverResult | undefined {
    const findings = options.findings ?? this.figureFindings(draft);
    return hoverAt(
      this.draftSnapshot(draft),
      this.draftAnalysis(draft),
      offset,
      findings,
      options.style,
      options.locale,
    );
  }

  /** Citation keys to complete at `offset` (after "@"), ranked, with the range each replaces; undefined outside a citation. */
  completions(draft: Draft, offset: number): CitationItem[] | undefined {
    return completeCitation(this.draftSnapshot(draft), this.draftAnalysis(draft), offset);
  }

  /** A citation's source document (or bibliography entry), or a term's defining passage. */
  definition(draft: Draft, offset: number): FileLocation[] {
    return definitionAt(this.draftSnapshot(draft), this.draftAnalysis(draft), offset);
  }

  /** Every passage of the corpus that mentions the term under `offset`. */
  references(draft: Draft, offset: number): FileLocation[] {
    return referencesAt(this.draftSnapshot(draft), this.draftAnalysis(draft), offset);
  }

  /**
   * Every figure of the draft with its verdict (supported ones too), cached per uri, version and
   * snapshot: computed at once here, or stored by `check`/`diagnostics` when they ran first.
   */
  figureFindings(draft: Draft): FigureFinding[] {
    const cached = this.cachedFigureFindings(draft);
    if (cached) return cached;
    const snapshot = this.draftSnapshot(draft);
    const findings = checkFigures(snapshot, this.draftAnalysis(draft));
    this.remember(draft, snapshot, findings);
    return findings;
  }

  /** The figure findings already computed for this version of the draft and the current snapshot; undefined if none are. */
  cachedFigureFindings(draft: Draft): FigureFinding[] | undefined {
    const hit = this.findings.get(draft.uri);
    return hit && hit.version === draft.version && hit.snapshot === this.draftSnapshot(draft).version
      ? hit.findings
      : undefined;
  }

  /** Figure verdicts and diagnostics (unknown keys, unclosed fences, figures) in one go: the command line, small drafts. */
  check(draft: Draft, options: FindingOptions): DraftCheck {
    const snapshot = this.draftSnapshot(draft);
    const result = checkDraft(snapshot, this.draftAnalysis(draft), options);
    this.remember(draft, snapshot, result.figures);
    return result;
  }

  /**
   * The same check in time slices, so requests are answered meanwhile; undefined once the token
   * is cancelled (a newer edit), never stale results.
   */
  async diagnostics(draft: Draft, options: FindingOptions, token: ICancellation): Promise<DraftCheck | undefined> {
    // An editor's document changes in place while the check runs: its version and text are taken now.
    const text = draft.getText();
    draft = { uri: draft.uri, version: draft.version, getText: () => text };
    const snapshot = this.draftSnapshot(draft);
    const analysis = this.draftAnalysis(draft);
    // Reading a long draft's Markdown is a slice of its own: requests get a turn before the check,
    // and a version the editor has superseded meanwhile is not checked at all.
    await yieldToEventLoop();
    if (token.isCancellationRequested) return undefined;
    const result = await checkDraftSliced(snapshot, analysis, options, token);
    if (result) this.remember(draft, snapshot, result.figures);
    return result;
  }

  /** The figure report of a draft: every figure, its verdict, its main source and the quote. */
  figureReport(draft: Draft, positionAt: (offset: number) => Position): FigureReportRow[] {
    return figureReport(this.figureFindings(draft), positionAt);
  }

  /** The figure report of a corpus source: what the index read from it; undefined for a file not in the corpus. */
  sourceFigureReport(path: string, locale?: Locale): FigureReportRow[] | undefined {
    const source = this.snapshot().documents.find((d) => d.path === path);
    return source ? sourceFigureReport(source, locale) : undefined;
  }

  /** References for the Insert citation picker. */
  searchReferences(query: string, limit: number): ReferenceHit[] {
    return referenceHits(this.snapshot(), query, limit);
  }

  /** References, then passages, for the Search corpus picker. */
  search(query: string): CorpusHit[] {
    return corpusHits(this.snapshot(), query);
  }

  /** A reference by key, as the draft sees the corpus (its own bibliography too), or the corpus alone. */
  reference(key: string, draft?: Draft): Reference | undefined {
    return (draft ? this.draftSnapshot(draft) : this.snapshot()).references.get(key);
  }

  private remember(draft: Draft, snapshot: CorpusSnapshot, findings: FigureFinding[]): void {
    this.findings.set(draft.uri, { version: draft.version, snapshot: snapshot.version, findings });
  }
}
