import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/lspClient.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'figures', 'corpus');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-cli-'));
const draft = path.join(dir, 'draft.md');
writeFileSync(draft, '# Draft\n\nTrade at the Hunchun crossing reached $3 billion in 2023 [@kim2025].\nThe corridor carried 1.2 million tonnes of freight in 2023 [@kim2025].\n');

test('check prints file:line:col severity code message and fails on an error', () => {
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', draft]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1, r.stdout);
  assert.match(lines[0], new RegExp(`^${draft.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:39 error figure\\.contradicted @kim2025 gives \\$2\\.4 billion`));
});

test('--fail-on never exits 0; --format json is machine-readable', () => {
  assert.equal(run(['check', '--corpus', CORPUS, '--no-bundled', '--fail-on', 'never', draft]).status, 0);
  const r = run(['check', '--corpus', CORPUS, '--no-bundled', '--format', 'json', draft]);
  const json = JSON.parse(r.stdout);
  assert.equal(json.drafts[0].findings[0].code, 'figure.contradicted');
  assert.equal(json.corpus.sources, 1);
});

test('bad usage exits 2 with a message; an unreadable draft is reported', () => {
  const bad = run(['check', '--fail-on', 'sometimes', draft]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--fail-on takes/);
  const missing = run(['check', '--no-bundled', path.join(dir, 'nope.md')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /io\.unreadable/);
});
