import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot, CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { ROOT } from './lspClient.js';

/** A snapshot of the bundled corpus (corpus/ in this repo) plus any extra folders, read with fs. */
export function bundledSnapshot(...extraFolders: string[]): CorpusSnapshot {
  return folderSnapshot(path.join(ROOT, 'corpus'), ...extraFolders);
}

/** A snapshot of the given folders only (no bundled corpus): a labelled set with its own sources. */
export function folderSnapshot(...folders: string[]): CorpusSnapshot {
  const files = new Map<string, FileIndex>();
  for (const folder of folders) {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isFile()) files.set(full, indexFile(full, readFileSync(full)));
    }
  }
  return assembleSnapshot(1, files);
}
