import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { DidChangeConfigurationNotification } from 'vscode-languageserver/node.js';
import { warmCitationStyle } from '../core/citations/cslFormat.js';
import type { ServerContext } from '../lsp/serverContext.js';
import { fileUri, uriToPath } from '../lsp/toLsp.js';
import { findProjectConfig, mergeSettings, withoutDefaults } from '../projectConfig.js';
import { message, type Locale } from '../core/messages/messages.js';
import { DEFAULT_SETTINGS, parseSettings } from '../settings.js';
import { resolveCorpusFolders } from '../workspace.js';

/**
 * The settings in force and what follows from them on disk: the project's configuration file
 * (policy-writer.json, shared with the command line; what the editor sets itself wins), and each
 * workspace folder's own corpus folders and bibliographies, resolved against that folder only (a
 * multi-root workspace gives each folder its own corpus, and the index holds all of them).
 */
export class WorkspaceSettings {
  private folderPaths = new Map<string, { corpus: string[]; bibliography: string[] }>();
  /** the settings last received, for a workspace-folder change on a client that pushes them */
  private lastRaw: { general: unknown; perFolder?: unknown[] } = { general: undefined };
  private announcedConfig: string | undefined;
  private shownConfigError: string | undefined;
  /** The warnings on screen: the same problem is shown once, not again when settings are read again. */
  private shownWarnings = new Set<string>();

  constructor(
    private readonly ctx: Pick<ServerContext, 'connection' | 'logger' | 'state'>,
    /** called after every change of settings (the indexer's options follow them) */
    private readonly onApplied: () => void,
  ) {}

  /** The workspace's settings, then each folder's (resource-scoped corpus paths and bibliographies). */
  async pull(): Promise<void> {
    try {
      const folders = this.ctx.state.workspaceFolders.map((f) => ({ scopeUri: fileUri(f), section: 'policyWriter' }));
      const sections: unknown[] = await this.ctx.connection.workspace.getConfiguration([
        { section: 'policyWriter' },
        ...folders,
      ]);
      this.apply(sections[0], sections.length > 1 ? sections.slice(1) : undefined);
    } catch (err) {
      this.ctx.logger.warn(`could not read settings: ${(err as Error).message}`);
    }
  }

  /** Pulls the settings when the client offers them, else applies what it pushed (none given: the last push again). */
  async refresh(...pushed: [] | [unknown]): Promise<void> {
    if (this.ctx.state.client.pullConfiguration) await this.pull();
    else this.apply(pushed.length ? pushed[0] : this.lastRaw.general);
  }

  /** `perFolder[i]`: the settings as workspaceFolders[i] sees them (absent: `raw` for every folder). */
  apply(raw: unknown, perFolder?: unknown[]): void {
    const { state, logger, connection } = this.ctx;
    this.lastRaw = { general: raw, perFolder };
    const project = state.workspaceFolders.length ? findProjectConfig(state.workspaceFolders[0]) : undefined;
    this.reportProjectConfig(project);
    const parsed = parseSettings(
      project ? mergeSettings(project.settings, withoutDefaults(raw, DEFAULT_SETTINGS)) : raw,
      state.locale,
    );
    state.settings = { ...parsed.settings, locale: state.locale };
    // The style's processor takes a moment to build: built now, not on the first hover.
    const style = state.settings.citationStyle;
    if (style !== 'plain') setTimeout(() => warmCitationStyle(style), 0);
    const errors = new Set([
      ...parsed.errors,
      ...this.resolveFolders(raw, perFolder),
      // Relative paths as the index resolves them (against each workspace folder), not against the server's cwd.
      ...missingFolders(
        this.corpusFolders().filter((p) => p !== this.bundledFolder()),
        state.locale,
      ),
    ]);
    for (const e of errors) {
      // The client sends settings at start-up and again when asked: one warning per problem.
      if (this.shownWarnings.has(e)) continue;
      logger.warn(e);
      void connection.window.showWarningMessage(`Policy Writer: ${e}`);
    }
    this.shownWarnings = errors;
    this.onApplied();
  }

  /** Each folder's corpus folders and bibliographies: its own project file and its own settings; the errors found. */
  private resolveFolders(raw: unknown, perFolder?: unknown[]): string[] {
    const errors: string[] = [];
    this.folderPaths = new Map();
    this.ctx.state.workspaceFolders.forEach((folder, i) => {
      const own = findProjectConfig(folder);
      const editor = perFolder?.[i] ?? raw;
      const parsed =
        own && !own.error
          ? parseSettings(mergeSettings(own.settings, withoutDefaults(editor, DEFAULT_SETTINGS)), this.ctx.state.locale)
          : parseSettings(editor, this.ctx.state.locale);
      errors.push(...parsed.errors);
      this.folderPaths.set(folder, {
        corpus: parsed.settings.corpus.paths,
        bibliography: parsed.settings.bibliography,
      });
    });
    return errors;
  }

  private reportProjectConfig(project: ReturnType<typeof findProjectConfig>): void {
    if (project?.error) {
      this.ctx.logger.warn(project.error);
      // Shown once per distinct problem: settings are read again on every change.
      if (project.error !== this.shownConfigError)
        void this.ctx.connection.window.showWarningMessage(`Policy Writer: ${project.error}`);
    }
    this.shownConfigError = project?.error;
    if (project && project.path !== this.announcedConfig) {
      this.announcedConfig = project.path;
      this.ctx.logger.info(`project configuration: ${project.path}`);
    }
  }

  /** What the index depends on: a change re-indexes, anything else only re-checks the drafts. */
  corpusIdentity(): string {
    const { settings } = this.ctx.state;
    return JSON.stringify([this.corpusFolders(), settings.corpus.maxFileSizeMB, settings.corpus.exclude]);
  }

  bundledFolder(): string | undefined {
    const { settings, init } = this.ctx.state;
    return settings.corpus.includeBundled
      ? (init.bundledCorpusPath ?? path.resolve(__dirname, '..', 'corpus'))
      : undefined;
  }

  /** policyWriter.bibliography as absolute paths (relative ones against the workspace folders); none in a restricted workspace. */
  sharedBibliographies(): string[] {
    const { init, workspaceFolders, settings } = this.ctx.state;
    if (init.trusted === false) return [];
    if (!workspaceFolders.length) return resolveCorpusFolders(settings.bibliography, [], undefined);
    return [
      ...new Set(
        workspaceFolders.flatMap((f) =>
          resolveCorpusFolders(this.folderPaths.get(f)?.bibliography ?? [], [f], undefined),
        ),
      ),
    ];
  }

  corpusFolders(): string[] {
    const { init, workspaceFolders, settings } = this.ctx.state;
    const bundled = this.bundledFolder();
    // In a restricted workspace, folders named by workspace settings are not read (package.json restrictedConfigurations).
    if (init.trusted === false) return resolveCorpusFolders([], [], bundled);
    if (!workspaceFolders.length) return resolveCorpusFolders(settings.corpus.paths, [], bundled);
    // Each folder's relative paths against that folder only (not against every folder, merged).
    return [
      ...new Set([
        ...(bundled ? [bundled] : []),
        ...workspaceFolders.flatMap((f) => resolveCorpusFolders(this.folderPaths.get(f)?.corpus ?? [], [f], undefined)),
      ]),
    ];
  }
}

/**
 * Configuration and workspace-folder changes: settings are read again, the open drafts re-checked,
 * and the corpus re-indexed only when what it depends on changed (VS Code announces the
 * configuration at start-up too).
 */
export function registerSettingsSupport(ctx: ServerContext, settings: WorkspaceSettings, reindex: () => void): void {
  ctx.connection.onDidChangeConfiguration((change) =>
    whenCorpusChanges(ctx, settings, reindex, () =>
      settings.refresh((change.settings as { policyWriter?: unknown })?.policyWriter ?? change.settings),
    ),
  );
}

/** Once initialized: asks for configuration changes, reads the settings, and follows workspace folders. */
export async function startSettingsSupport(
  ctx: ServerContext,
  settings: WorkspaceSettings,
  reindex: () => void,
): Promise<void> {
  if (ctx.state.client.pullConfiguration) {
    void ctx.connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'policyWriter' })
      .catch(() => undefined);
    await settings.pull();
  }
  if (!ctx.state.client.folderEvents) return;
  ctx.connection.workspace.onDidChangeWorkspaceFolders((e) =>
    whenCorpusChanges(ctx, settings, reindex, async () => {
      const { state } = ctx;
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
      state.workspaceFolders = [
        ...state.workspaceFolders.filter((f) => !removed.has(f)),
        ...added.filter((f) => !state.workspaceFolders.includes(f)),
      ];
      ctx.logger.info(`workspace folders: ${state.workspaceFolders.join(', ') || 'none'}`);
      await settings.refresh();
    }),
  );
}

async function whenCorpusChanges(
  ctx: ServerContext,
  settings: WorkspaceSettings,
  reindex: () => void,
  change: () => Promise<void>,
): Promise<void> {
  const before = settings.corpusIdentity();
  await change();
  ctx.diagnostics.scheduleAll();
  if (settings.corpusIdentity() !== before) reindex();
}

/** Corpus folders in the settings that do not exist: said at once, not only in the server's log. */
function missingFolders(paths: readonly string[], locale: Locale | undefined): string[] {
  return paths.filter((p) => !existsSync(p)).map((p) => message(locale, 'settings.missingFolder', { path: p }));
}
