import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findProjectConfig, mergeSettings, withoutDefaults } from '../../server/src/projectConfig.js';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings.js';

test('the project configuration is found from a folder upward; corpus paths are relative to it', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-config-'));
  mkdirSync(path.join(root, 'briefs', '2025'), { recursive: true });
  writeFileSync(path.join(root, 'policy-writer.json'), JSON.stringify({ corpus: { paths: ['sources'], includeBundled: false }, figures: { severity: { contradicted: 'warning' } } }));
  const found = findProjectConfig(path.join(root, 'briefs', '2025'))!;
  assert.equal(found.path, path.join(root, 'policy-writer.json'));
  const { settings, errors } = parseSettings(found.settings);
  assert.deepEqual(errors, []);
  assert.deepEqual(settings.corpus.paths, [path.join(root, 'sources')]);
  assert.equal(settings.figures.severity.contradicted, 'warning');
  // YAML, wrapped as in settings.json, and a broken file is reported, not thrown.
  const other = mkdtempSync(path.join(os.tmpdir(), 'pw-config-'));
  writeFileSync(path.join(other, '.policy-writer.yaml'), 'policyWriter:\n  corpus:\n    paths: [refs]\n');
  assert.deepEqual(parseSettings(findProjectConfig(other)!.settings).settings.corpus.paths, [path.join(other, 'refs')]);
  writeFileSync(path.join(other, 'policy-writer.json'), '{ not json');
  assert.match(findProjectConfig(other)!.error!, /not valid JSON/);
});

test("the editor's own settings win over the project file, its unset defaults do not", () => {
  const project = { corpus: { paths: ['/p/sources'], includeBundled: false }, figures: { severity: { contradicted: 'warning' } } };
  // VS Code reports every declared setting, defaults included.
  const editor = { corpus: { paths: [], includeBundled: true, maxFileSizeMB: 50 }, figures: { enabled: true, severity: { ...DEFAULT_SETTINGS.figures.severity, uncited: 'hint' } } };
  const merged = parseSettings(mergeSettings(project, withoutDefaults(editor, DEFAULT_SETTINGS))).settings;
  assert.deepEqual(merged.corpus.paths, ['/p/sources']);
  assert.equal(merged.corpus.includeBundled, false);
  assert.equal(merged.figures.severity.contradicted, 'warning');
  assert.equal(merged.figures.severity.uncited, 'hint');
});

test('policy-writer.json may hold comments and trailing commas, as settings.json does; an error says where', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-config-'));
  writeFileSync(path.join(dir, 'policy-writer.json'), '{\n  // our sources\n  "corpus": {"paths": ["sources"], "includeBundled": false,},\n}\n');
  const found = findProjectConfig(dir)!;
  assert.equal(found.error, undefined);
  assert.deepEqual(parseSettings(found.settings).settings.corpus.paths, [path.join(dir, 'sources')]);
  writeFileSync(path.join(dir, 'policy-writer.json'), '{\n  "corpus": {"paths": ["sources"] "includeBundled": false}\n}\n');
  assert.match(findProjectConfig(dir)!.error!, /not valid JSON: a comma \(,\) is missing between two entries \(CommaExpected\) at line 2, column \d+/);
});

test('a YAML syntax error is said once, with no colon before what to do', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-config-'));
  writeFileSync(path.join(dir, 'policy-writer.yaml'), 'corpus:\n  paths: [a\n  - b\n');
  const error = findProjectConfig(dir)!.error!;
  assert.match(error, /not valid YAML: .* at line \d+, column \d+; it is ignored$/);
  assert.doesNotMatch(error, /:;/);
});
