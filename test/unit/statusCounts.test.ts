import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { problemIndex } from '../../server/src/core/corpus/corpusIndexer.js';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { countFailedFiles, summarizeSnapshot } from '../../server/src/core/corpus/summary.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';

test('the status bar counts failed files as the summary lists them, without building the summary', () => {
  const files = new Map<string, FileIndex>();
  files.set('/c/a_note.txt', indexFile('/c/a_note.txt', Buffer.from('所谓“甲机制”，是指一种安排。')));
  files.set('/c/gone.txt', problemIndex('/c/gone.txt', 'file disappeared before it could be read'));
  files.set('/c/b.bib', indexFile('/c/b.bib', Buffer.from('@article{li2020, title={T}, year={2020}}')));
  files.set('/c/warned.txt', {
    ...problemIndex('/c/warned.txt', 'odd'),
    problems: [{ path: '/c/warned.txt', severity: 'warning', message: 'odd' }],
  });
  const snapshot = assembleSnapshot(1, files);
  const listed = summarizeSnapshot(snapshot).files.filter((f) => f.status === 'failed').length;
  assert.equal(listed, 1);
  assert.equal(countFailedFiles(snapshot), listed);
});
