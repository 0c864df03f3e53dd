import { promises as fs, watch, FSWatcher } from 'node:fs';
import * as path from 'node:path';
import type { IFileSource, ILogger } from './core/seams.js';
import { NOTHING_EXCLUDED, type ExcludeMatcher } from './core/corpus/exclude.js';
import type { CorpusProblem } from './core/corpus/types.js';

/** Corpus folders on disk: listing (safe against symlink loops and deep trees), reading, watching. */
export class NodeFileSource implements IFileSource {
  async size(file: string): Promise<number | undefined> {
    try {
      const st = await fs.stat(file);
      return st.isFile() ? st.size : undefined;
    } catch {
      return undefined;
    }
  }

  async read(file: string): Promise<Uint8Array> {
    return fs.readFile(file);
  }
}

const MAX_DEPTH = 32;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A path (relative to a corpus folder) the listing would skip: a hidden or skipped folder or file on the way. */
export function isSkippedPath(relative: string): boolean {
  return relative.split(/[\\/]/).some((part) => part.startsWith('.') || SKIP_DIRS.has(part));
}

/** A problem found while listing the corpus folders (a symbolic link not followed), for the index report. */
export type ListingReport = (problem: CorpusProblem) => void;

/**
 * Lists files under the folders; unreadable folders and symlink loops are reported, not fatal.
 * Files and folders `exclude` matches (policyWriter.corpus.exclude, relative to their corpus
 * folder) are left out, and excluded folders are not even entered.
 *
 * Symbolic links are resolved with realpath and followed only to places inside a corpus folder:
 * a link to /etc or to a home folder must not put those files in the index (or in Search corpus
 * results). Links are followed after everything reachable without them, and each file is listed
 * once by its real location, so a link to a file of the corpus does not index it twice.
 */
export async function listCorpusFiles(folders: string[], logger: ILogger, exclude: ExcludeMatcher = NOTHING_EXCLUDED, report?: ListingReport): Promise<string[]> {
  const roots = await realRoots(folders);
  let excluded = 0;
  const ctx: WalkContext = { seen: new Set(), files: new Map(), links: [], logger, roots, report: report ?? (() => undefined) };
  const skipFor = (folder: string) => (full: string) => {
    const hit = isExcludedPath(full, folder, exclude);
    if (hit) excluded++;
    return hit;
  };
  for (const folder of folders) await walk(folder, 0, ctx, skipFor(folder));
  // A link found while following links is queued too; loops end at the seen folders.
  for (let i = 0; i < ctx.links.length; i++) await followLink(ctx.links[i], ctx);
  if (excluded) logger.info(`${excluded} files or folders in the corpus folders left out by policyWriter.corpus.exclude`);
  return [...new Set(ctx.files.values())].sort();
}

/** The corpus folders as real paths (those that exist). */
export async function realRoots(folders: readonly string[]): Promise<string[]> {
  return (await Promise.all(folders.map((f) => fs.realpath(f).catch(() => undefined)))).filter((r): r is string => !!r);
}

/**
 * Where a file really is, if that is inside one of the corpus folders (`roots` are their real
 * paths): a changed path seen by a watcher may be a new link to a file outside them.
 */
export async function realPathInside(file: string, roots: readonly string[]): Promise<{ inside: boolean; real?: string }> {
  try {
    const real = await fs.realpath(file);
    return { inside: insideRoots(real, roots), real };
  } catch {
    return { inside: false };
  }
}

/** The problem reported for a symbolic link that leads out of the corpus folders. */
export function outsideLinkProblem(link: string, real: string): CorpusProblem {
  return { path: link, severity: 'warning', message: `symbolic link to ${real}, outside the corpus folders; not followed (add that folder to policyWriter.corpus.paths to index it)` };
}

export function brokenLinkProblem(link: string): CorpusProblem {
  return { path: link, severity: 'warning', message: 'broken symbolic link: what it points to does not exist or cannot be read; remove the link or restore its target' };
}

// a "." or ".." segment, an empty one, or a separator first or last
const NOT_PLAIN = /(^|[\\/])\.\.?([\\/]|$)|[\\/][\\/]|^[\\/]|[\\/]$/;

/** Whether `exclude` leaves out a file (or folder) of a corpus folder: by its path relative to the folder, or its absolute path. */
export function isExcludedPath(full: string, folder: string, exclude: ExcludeMatcher): boolean {
  // A plain path under the folder (as the listing joins them) is the rest of it: path.relative
  // resolves both paths first, 0.2 s of a warm start's listing of 10,000 files.
  const rest = full.startsWith(folder + path.sep) && path.isAbsolute(folder) ? full.slice(folder.length + 1) : undefined;
  const relative = rest !== undefined && !NOT_PLAIN.test(rest) ? rest : path.relative(folder, full);
  return (!!relative && !relative.startsWith('..') && exclude(relative)) || exclude(full);
}

function insideRoots(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

type Skip = (full: string) => boolean;

interface WalkContext {
  /** real paths of the folders already listed */
  seen: Set<string>;
  /** real path -> the path the file is indexed under (the first way it was reached) */
  files: Map<string, string>;
  /** links met so far, with what decides whether their folder's files are skipped */
  links: { link: string; depth: number; skip: Skip }[];
  logger: ILogger;
  roots: readonly string[];
  report: ListingReport;
}

async function walk(dir: string, depth: number, ctx: WalkContext, skip: Skip): Promise<void> {
  const { logger } = ctx;
  if (depth > MAX_DEPTH) {
    logger.warn(`${dir}: deeper than ${MAX_DEPTH} folders; not searched further`);
    return;
  }
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    const message = `corpus folder cannot be opened: ${(err as Error).message}`;
    logger.error(`${dir}: ${message}`);
    // In the index report too: a folder missing from the settings otherwise reads as "0 problems".
    ctx.report({ path: dir, severity: 'error', message });
    return;
  }
  if (ctx.seen.has(real)) return; // a symlink loop or a folder listed twice
  ctx.seen.add(real);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    logger.error(`corpus folder ${dir} cannot be listed: ${(err as Error).message}`);
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) || skip(full)) continue;
    if (entry.isDirectory()) await walk(full, depth + 1, ctx, skip);
    else if (entry.isFile()) addFile(ctx, path.join(real, entry.name), full);
    else if (entry.isSymbolicLink()) ctx.links.push({ link: full, depth, skip });
  }
}

function addFile(ctx: WalkContext, real: string, full: string): void {
  if (!ctx.files.has(real)) ctx.files.set(real, full);
}

async function followLink({ link, depth, skip }: WalkContext['links'][number], ctx: WalkContext): Promise<void> {
  let real: string;
  let st: import('node:fs').Stats;
  try {
    real = await fs.realpath(link);
    st = await fs.stat(real);
  } catch {
    // Reported as a problem too, so the index report and the command line's total count it.
    const problem = brokenLinkProblem(link);
    ctx.logger.warn(`${link}: ${problem.message}`);
    ctx.report(problem);
    return;
  }
  if (!insideRoots(real, ctx.roots)) {
    const problem = outsideLinkProblem(link, real);
    ctx.logger.warn(`${link}: ${problem.message}`);
    ctx.report(problem);
    return;
  }
  if (st.isDirectory()) await walk(link, depth + 1, ctx, skip);
  else if (st.isFile()) addFile(ctx, real, link);
}

/**
 * Watches corpus folders (recursive fs.watch) and reports changed paths, batched, so an editor
 * saving several files or a sync tool rewriting a folder triggers one re-index per file.
 */
export class CorpusWatcher {
  private watchers: FSWatcher[] = [];
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly onChange: (paths: string[]) => void, private readonly logger: ILogger) {}

  watch(folders: string[]): void {
    this.dispose();
    for (const folder of folders) {
      try {
        // The same rules as the listing: hidden folders and node_modules are never indexed.
        const w = watch(folder, { recursive: true }, (_event, name) => name && !isSkippedPath(name.toString()) && this.queue(path.join(folder, name.toString())));
        w.on('error', (err) => this.logger.warn(`watching ${folder} stopped: ${err.message}`));
        this.watchers.push(w);
      } catch (err) {
        this.logger.warn(`cannot watch ${folder} for changes: ${(err as Error).message}`);
      }
    }
  }

  queue(file: string): void {
    this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const paths = [...this.pending];
      this.pending.clear();
      this.onChange(paths);
    }, 150);
  }

  dispose(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    clearTimeout(this.timer);
  }
}

/** Resolves configured corpus folders: absolute as given, relative against each workspace folder. */
export function resolveCorpusFolders(paths: string[], workspaceFolders: string[], bundled: string | undefined): string[] {
  const result: string[] = [];
  if (bundled) result.push(bundled);
  for (const p of paths) {
    if (path.isAbsolute(p)) result.push(p);
    else if (workspaceFolders.length === 0) result.push(path.resolve(p));
    else for (const ws of workspaceFolders) result.push(path.resolve(ws, p));
  }
  return [...new Set(result)];
}
