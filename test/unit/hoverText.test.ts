import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clip, commandLink, escapeMarkdown, fileLink } from '../../server/src/features/markdown.js';
import { referenceMarkdown } from '../../server/src/features/hover.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';

test('corpus text in a hover: bare addresses stay text, bidi and zero-width characters go', () => {
  const out = escapeMarkdown('See https://evil.example/x and www.evil.example for \u202Etxt.exe\u200B now');
  assert.ok(!/https:\/\//.test(out), out);
  assert.ok(!/www\.evil/.test(out), out);
  assert.ok(!/[\u202E\u200B]/.test(out));
  assert.match(out, /txt\\?\.exe/);
});

test('links: a ")" in a key or a path cannot end the link early', () => {
  const link = commandLink('open', 'policyWriter.open', ['k)ey(x']);
  assert.equal(link.indexOf(')'), link.length - 1, link);
  assert.equal(fileLink('file:///c/a (1)/b.md'), 'file:///c/a%20%281%29/b.md');
});

test('sizes are capped: a 200 KB title or note does not make a 200 KB hover', () => {
  assert.equal(clip('abcdef', 4), 'abc…');
  assert.equal(clip('ab', 4), 'ab');
  const title = 'Very long title '.repeat(12_500);
  const snapshot = snapshotOf({ '/c/refs.json': JSON.stringify([{ id: 'huge2024', title, note: title, author: [{ family: 'Kim' }], issued: { 'date-parts': [[2024]] } }]) });
  const md = referenceMarkdown(snapshot, snapshot.references.get('huge2024')!);
  assert.ok(md.length < 3000, `${md.length} characters`);
});
