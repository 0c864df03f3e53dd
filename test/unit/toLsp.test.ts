import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { draftOffset, draftRange, fileUri, sourceLocation, uriToPath } from '../../server/src/lsp/toLsp.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

// The one module where offsets become LSP positions: its two conventions, pinned.

test('a draft offset becomes the editor position: UTF-16 columns, and \\r\\n ends a line', () => {
  const text = 'Title\r\n\u{1F4C8} 12% growth\n';
  const doc = TextDocument.create('file:///d.md', 'markdown', 1, text);
  const at = text.indexOf('12%');
  assert.deepEqual(draftRange(doc, at, at + 3), { start: { line: 1, character: 3 }, end: { line: 1, character: 6 } });
  assert.equal(draftOffset(doc, { line: 1, character: 3 }), at, 'and back');
});

test('a corpus offset is a position in the original file, not in the normalised text', () => {
  const original = RAIL_SOURCE.replace(/\n/g, '\r\n');
  const doc = snapshotOf({ '/corpus/okafor2021.md': original }).documents[0];
  const start = doc.normalized.text.indexOf('86 locomotives');
  const lines = original.split('\r\n');
  const line = lines.findIndex((l) => l.includes('86 locomotives'));
  const location = sourceLocation(doc, start, start + '86 locomotives'.length);
  assert.equal(location.uri, 'file:///corpus/okafor2021.md');
  assert.deepEqual(location.range.start, { line, character: lines[line].indexOf('86 locomotives') });
  assert.deepEqual(location.range.end, { line, character: lines[line].indexOf('86 locomotives') + '86 locomotives'.length });
});

test('file URIs go both ways; other schemes have no path', () => {
  assert.equal(uriToPath(fileUri('/corpus/a b.md')), '/corpus/a b.md');
  assert.equal(uriToPath('untitled:Untitled-1'), undefined);
});
