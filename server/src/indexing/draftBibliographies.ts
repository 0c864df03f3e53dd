import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { bibliographyPaths, parseBibliography, withReferences } from '../core/citations/draftBibliography.js';
import type { CorpusSnapshot } from '../core/corpus/snapshot.js';
import type { Reference } from '../core/corpus/types.js';
import type { ILogger } from '../core/seams.js';

/**
 * Reads the bibliographies drafts name in their front matter (paths relative to the draft),
 * keeping each file's references until its size or mtime changes, so a Zotero auto-export is
 * picked up at the next check. Files are small: read synchronously, at most once per change.
 *
 * Given `onChange`, the folders of the files in use are watched (fs.watch, one per folder, not
 * recursive; a file that does not exist yet too): when Zotero rewrites an export, or writes it a
 * first time, `onChange` is called (debounced) so open drafts are checked again without an edit.
 * Folders are watched rather than files because an export renamed over the old file is a new file.
 */
export class DraftBibliographies {
  private readonly files = new Map<string, { stamp: string; references: Reference[] }>();
  private readonly reported = new Set<string>();
  private readonly watched = new Map<string, { watcher?: FSWatcher; names: Set<string> }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly logger: ILogger, private readonly onChange?: () => void) {}

  /** Stops watching. */
  dispose(): void {
    for (const w of this.watched.values()) w.watcher?.close();
    this.watched.clear();
    clearTimeout(this.timer);
  }

  /**
   * The corpus as the draft at `draftPath` sees it: with the keys of its own bibliography and of
   * the configured ones (`shared`, absolute paths: policyWriter.bibliography) valid.
   */
  snapshotFor(draftPath: string | undefined, text: string, snapshot: CorpusSnapshot, shared: readonly string[] = []): CorpusSnapshot {
    const own = draftPath && (text.startsWith('---') || text.startsWith('\ufeff---')) ? bibliographyPaths(text).map((p) => path.resolve(path.dirname(draftPath), p)) : [];
    const paths = [...new Set([...own, ...shared])];
    if (paths.length === 0) return snapshot;
    const references: Reference[] = [];
    const stamps: string[] = [];
    for (const file of paths) {
      this.watch(file);
      const loaded = this.load(file);
      if (!loaded) continue;
      references.push(...loaded.references);
      stamps.push(`${file}@${loaded.stamp}`);
    }
    return withReferences(snapshot, references, stamps.join('\n'));
  }

  private load(file: string): { stamp: string; references: Reference[] } | undefined {
    let stamp: string;
    try {
      const st = statSync(file);
      stamp = `${st.size}:${st.mtimeMs}`;
    } catch {
      this.reportOnce(file, `bibliography ${file} (named in a draft's front matter or in policyWriter.bibliography) does not exist`);
      return undefined;
    }
    const hit = this.files.get(file);
    if (hit && hit.stamp === stamp) return hit;
    try {
      const { references, problems } = parseBibliography(file, readFileSync(file, 'utf8'));
      for (const p of problems.slice(0, 5)) this.logger.warn(`${file}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.message}`);
      const entry = { stamp, references };
      this.files.set(file, entry);
      // Read now: should it go missing again later, that is said again.
      this.reported.delete(file);
      return entry;
    } catch (err) {
      this.reportOnce(file, `bibliography ${file} cannot be read: ${(err as Error).message}`);
      return undefined;
    }
  }

  private watch(file: string): void {
    if (!this.onChange) return;
    const dir = path.dirname(file);
    const name = path.basename(file);
    let entry = this.watched.get(dir);
    if (entry?.names.has(name)) return;
    if (!entry) {
      entry = { names: new Set() };
      this.watched.set(dir, entry);
      const names = entry.names;
      try {
        entry.watcher = watch(dir, { persistent: false }, (_event, changed) => {
          // Some platforms give no file name: any change in the folder counts then.
          if (changed && !names.has(changed.toString())) return;
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.onChange?.(), 100);
        });
        entry.watcher.on('error', (err) => this.logger.warn(`watching bibliographies in ${dir} stopped: ${err.message}`));
      } catch (err) {
        // A folder that does not exist (a mistyped path, reported by load) or cannot be watched: read at each check.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.logger.warn(`cannot watch ${dir} for bibliography changes: ${(err as Error).message}`);
      }
    }
    entry.names.add(name);
  }

  private reportOnce(file: string, message: string): void {
    if (this.reported.has(file)) return;
    this.reported.add(file);
    this.logger.warn(message);
  }
}
