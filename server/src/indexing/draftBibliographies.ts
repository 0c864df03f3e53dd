import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { bibliographyPaths, parseBibliography, withReferences } from '../core/citations/draftBibliography.js';
import type { CorpusSnapshot } from '../core/corpus/snapshot.js';
import type { Reference } from '../core/corpus/types.js';
import type { ILogger } from '../core/seams.js';

/**
 * Reads the bibliographies drafts name in their front matter (paths relative to the draft),
 * keeping each file's references until its size or mtime changes, so a Zotero auto-export is
 * picked up at the next check. Files are small: read synchronously, at most once per change.
 */
export class DraftBibliographies {
  private readonly files = new Map<string, { stamp: string; references: Reference[] }>();
  private readonly reported = new Set<string>();

  constructor(private readonly logger: ILogger) {}

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
      return entry;
    } catch (err) {
      this.reportOnce(file, `bibliography ${file} cannot be read: ${(err as Error).message}`);
      return undefined;
    }
  }

  private reportOnce(file: string, message: string): void {
    if (this.reported.has(file)) return;
    this.reported.add(file);
    this.logger.warn(message);
  }
}
