import { Connection, Diagnostic, DiagnosticSeverity, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EDITOR_MAX_DIAGNOSTICS, type CorpusSnapshot, type DraftDiagnostic, type FigureFinding, type ILogger, type SourceDocument } from './core/index.js';
import type { Analysis } from './analysis/analysis.js';
import { draftRange, sourceLocation } from './lsp/toLsp.js';
import type { Settings } from './settings.js';

// A hover on a draft up to this size whose check is not done computes its figure findings at once (a few ms).
const SYNC_HOVER_CHARS = 2_000;
// How long a hover on a larger draft waits for the check of its version before answering without figures.
const HOVER_WAIT_MS = 2_000;

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

/**
 * Pushes diagnostics for open drafts: debounced per document, computed in cancellable slices,
 * published only for the version they were computed for. The figure findings they yield stay in
 * the Analysis, which hovers and the figure report read.
 */
export class DiagnosticsPublisher {
  private timers = new Map<string, NodeJS.Timeout>();
  private running = new Map<string, { version: number; cancelled: boolean; readonly isCancellationRequested: boolean }>();
  /** documents whose check waits for its debounce */
  private scheduled = new Set<string>();
  /** hovers waiting for the check of a version */
  private waiters = new Map<string, { version: number; resolve: (findings: FigureFinding[]) => void }[]>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analysis: Analysis,
    private readonly settings: () => Settings,
    private readonly logger: ILogger,
  ) {}

  /** Debounced: typing produces one check after a pause; a newer edit cancels the check in flight. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const previous = this.running.get(uri);
    if (previous) previous.cancelled = true;
    // Hovers waiting for an older version's check are answered now, without figures: it will not come.
    const version = this.documents.get(uri)?.version;
    if (version !== undefined) this.resolveWaiters(uri, version - 1, []);
    this.scheduled.add(uri);
    this.timers.set(uri, setTimeout(() => {
      this.scheduled.delete(uri);
      void this.publish(uri);
    }, this.settings().diagnostics.debounceMs));
  }

  scheduleAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.scheduled.delete(uri);
    this.resolveWaiters(uri, Number.POSITIVE_INFINITY, []);
    this.analysis.close(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Figure findings for a hover: the ones computed for this version and snapshot; for a small
   * draft not checked yet, computed now; for a larger one, those of the sliced check of this
   * version when it is done (started now if none is on its way), or none after HOVER_WAIT_MS or
   * when a newer edit supersedes the version. Checking a whole draft at once on every hover blocked
   * the server for a second while typing in a 20,000-character draft.
   */
  async findingsFor(uri: string): Promise<{ version: number; findings: FigureFinding[] }> {
    const doc = this.documents.get(uri);
    if (!doc) return { version: -1, findings: [] };
    const version = doc.version;
    const hit = this.analysis.cachedFigureFindings(doc);
    if (hit) return { version, findings: hit };
    if (!this.analysis.draftSnapshot(doc).complete) return { version, findings: [] };
    const enabled = this.settings().diagnostics.enabled;
    if (doc.getText().length <= SYNC_HOVER_CHARS || !enabled) {
      if (doc.getText().length > 50_000) return { version, findings: [] };
      return { version, findings: this.analysis.figureFindings(doc) };
    }
    const findings = new Promise<FigureFinding[]>((resolve) => {
      const timer = setTimeout(() => done([]), HOVER_WAIT_MS);
      const done = (f: FigureFinding[]) => {
        clearTimeout(timer);
        resolve(f);
      };
      const list = this.waiters.get(uri) ?? [];
      list.push({ version, resolve: done });
      this.waiters.set(uri, list);
    });
    // No check of this version on its way (the corpus changed since): one is started.
    if (!this.scheduled.has(uri) && this.running.get(uri)?.version !== version) this.schedule(uri);
    return { version, findings: await findings };
  }

  /** Answers the hovers waiting for `version` (and those for older versions, with nothing). */
  private resolveWaiters(uri: string, version: number, findings: FigureFinding[]): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    const keep = list.filter((w) => w.version > version);
    for (const w of list) if (w.version <= version) w.resolve(w.version === version ? findings : []);
    if (keep.length) this.waiters.set(uri, keep);
    else this.waiters.delete(uri);
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const token = { version: doc.version, cancelled: false, get isCancellationRequested() { return this.cancelled; } };
    this.running.set(uri, token);
    try {
      const settings = this.settings();
      if (!settings.diagnostics.enabled) {
        void this.connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const snapshot = this.analysis.draftSnapshot(doc);
      // Before the first complete index every key looks unknown and every figure unbacked: say
      // nothing until the corpus is there (the status bar shows the progress); the snapshot's
      // arrival schedules every open draft again.
      if (!snapshot.complete) return;
      const version = doc.version;
      // At most EDITOR_MAX_DIAGNOSTICS, then one saying how many more (the command line reports all).
      const check = await this.analysis.diagnostics(doc, { ...settings, maxDiagnostics: EDITOR_MAX_DIAGNOSTICS }, token);
      if (!check || token.cancelled || this.documents.get(uri)?.version !== version) return;
      this.resolveWaiters(uri, version, check.figures);
      const diagnostics = check.diagnostics.map((d) => toLspDiagnostic(snapshot, doc, d));
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (err) {
      this.logger.error(`diagnostics for ${uri} failed: ${(err as Error).stack ?? err}`);
    } finally {
      if (this.running.get(uri) === token) this.running.delete(uri);
    }
  }
}

function toLspDiagnostic(snapshot: CorpusSnapshot, doc: TextDocument, d: DraftDiagnostic): Diagnostic {
  const byPath = documentsByPath(snapshot);
  const relatedInformation = d.related.flatMap((r) => {
    const source = byPath.get(r.path);
    if (!source) return [];
    return [{ location: sourceLocation(source, r.offset), message: r.message }];
  });
  return {
    range: draftRange(doc, d.start, d.end),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'policy-writer',
    message: d.message,
    relatedInformation,
    data: d.data,
  };
}

const pathIndexes = new WeakMap<object, Map<string, SourceDocument>>();

function documentsByPath(snapshot: CorpusSnapshot): Map<string, SourceDocument> {
  let map = pathIndexes.get(snapshot);
  if (!map) pathIndexes.set(snapshot, (map = new Map(snapshot.documents.map((d) => [d.path, d]))));
  return map;
}
