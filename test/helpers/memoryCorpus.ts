import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot, CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';

/** A snapshot built in memory from {path: text} — the core needs no disk. */
export function snapshotOf(files: Record<string, string | Uint8Array>): CorpusSnapshot {
  const map = new Map<string, FileIndex>();
  for (const [path, content] of Object.entries(files)) map.set(path, indexFile(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
  return assembleSnapshot(1, map);
}

/** Splits "text with | cursor" into the text and the cursor offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
