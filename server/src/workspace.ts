import { promises as fs, watch, FSWatcher } from 'node:fs';
import * as path from 'node:path';
import type { IFileSource, ILogger } from './core/seams.js';
import { NOTHING_EXCLUDED, type ExcludeMatcher } from './core/corpus/exclude.js';

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

/**
 * Lists files under the folders; unreadable folders and symlink loops are reported, not fatal.
 * Files and folders `exclude` matches (policyWriter.corpus.exclude, relative to their corpus
 * folder) are left out, and excluded folders are not even entered.
 */
export async function listCorpusFiles(folders: string[], logger: ILogger, exclude: ExcludeMatcher = NOTHING_EXCLUDED): Promise<string[]> {
  const seen = new Set<string>();
  const files: string[] = [];
  // Symbolic links are followed only to places inside a corpus folder: a link to /etc or to a
  // home folder must not put those files in the index (or in Search corpus results).
  const roots = (await Promise.all(folders.map((f) => fs.realpath(f).catch(() => undefined)))).filter((r): r is string => !!r);
  let excluded = 0;
  for (const folder of folders) {
    const skip = (full: string) => {
      const hit = isExcludedPath(full, folder, exclude);
      if (hit) excluded++;
      return hit;
    };
    await walk(folder, 0, seen, files, logger, roots, skip);
  }
  if (excluded) logger.info(`${excluded} files or folders in the corpus folders left out by policyWriter.corpus.exclude`);
  return [...new Set(files)].sort();
}

/** Whether `exclude` leaves out a file (or folder) of a corpus folder: by its path relative to the folder, or its absolute path. */
export function isExcludedPath(full: string, folder: string, exclude: ExcludeMatcher): boolean {
  const relative = path.relative(folder, full);
  return (!!relative && !relative.startsWith('..') && exclude(relative)) || exclude(full);
}

function insideRoots(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

type Skip = (full: string) => boolean;

async function walk(dir: string, depth: number, seen: Set<string>, files: string[], logger: ILogger, roots: readonly string[], skip: Skip): Promise<void> {
  if (depth > MAX_DEPTH) {
    logger.warn(`${dir}: deeper than ${MAX_DEPTH} folders; not searched further`);
    return;
  }
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    logger.error(`corpus folder ${dir} cannot be opened: ${(err as Error).message}`);
    return;
  }
  if (seen.has(real)) return; // a symlink loop or a folder listed twice
  seen.add(real);
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
    if (entry.isDirectory()) await walk(full, depth + 1, seen, files, logger, roots, skip);
    else if (entry.isFile()) files.push(full);
    else if (entry.isSymbolicLink()) await followLink(full, depth, seen, files, logger, roots, skip);
  }
}

async function followLink(link: string, depth: number, seen: Set<string>, files: string[], logger: ILogger, roots: readonly string[], skip: Skip): Promise<void> {
  let real: string;
  let st: import('node:fs').Stats;
  try {
    real = await fs.realpath(link);
    st = await fs.stat(real);
  } catch {
    logger.warn(`${link}: broken symbolic link`);
    return;
  }
  if (!insideRoots(real, roots)) {
    logger.warn(`${link}: symbolic link to ${real}, outside the corpus folders; not followed (add that folder to policyWriter.corpus.paths to index it)`);
    return;
  }
  if (st.isDirectory()) await walk(link, depth + 1, seen, files, logger, roots, skip);
  else if (st.isFile()) files.push(link);
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
