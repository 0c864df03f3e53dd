import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings.js';

test('a misspelt setting is reported with the closest known one; client-side trace settings are not', () => {
  const { settings, errors } = parseSettings({ corpus: { bundled: false, paths: ['sources'] }, figurs: {}, diagnostics: { debounce: 3 }, trace: { server: 'verbose' } });
  assert.deepEqual(errors, [
    'unknown setting policyWriter.corpus.bundled; did you mean policyWriter.corpus.includeBundled?',
    'unknown setting policyWriter.figurs; did you mean policyWriter.figures?',
    'unknown setting policyWriter.diagnostics.debounce; did you mean policyWriter.diagnostics.debounceMs?',
  ]);
  assert.deepEqual(settings.corpus.paths, ['sources']);
  assert.equal(settings.corpus.includeBundled, DEFAULT_SETTINGS.corpus.includeBundled);
  assert.deepEqual(parseSettings({ corpus: { includeBundled: false }, figures: { severity: { uncited: 'hint' } } }).errors, []);
});

test('policyWriter.bibliography is a list of files; a wrong type is reported and ignored', () => {
  assert.deepEqual(parseSettings({ bibliography: ['refs.bib', '/home/a/zotero.json'] }).settings.bibliography, ['refs.bib', '/home/a/zotero.json']);
  const bad = parseSettings({ bibliography: 'refs.bib' });
  assert.deepEqual(bad.settings.bibliography, []);
  assert.ok(bad.errors.some((e) => /bibliography/.test(e)), bad.errors.join('; '));
});

test('settings problems are worded in the writer\'s language: Chinese for a Chinese editor', () => {
  const raw = { corpus: { bundled: false, maxFileSizeMB: 'big' }, figures: { severity: { uncited: 'loud' } } };
  const zh = parseSettings(raw, 'zh').errors;
  assert.ok(zh.some((e) => /没有名为 policyWriter\.corpus\.bundled 的设置；是否应为 policyWriter\.corpus\.includeBundled？/.test(e)), zh.join('\n'));
  assert.ok(zh.some((e) => /policyWriter\.corpus\.maxFileSizeMB 应为非负数，实际为 "big"；已改用默认值/.test(e)), zh.join('\n'));
  assert.ok(zh.some((e) => /uncited 应为以下之一：error, warning/.test(e)), zh.join('\n'));
  const en = parseSettings(raw).errors;
  assert.ok(en.some((e) => /unknown setting policyWriter\.corpus\.bundled; did you mean policyWriter\.corpus\.includeBundled\?/.test(e)), en.join('\n'));
});
