import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/lspClient.js';

// VS Code shows command titles and setting descriptions from package.nls.json, or from
// package.nls.zh-cn.json when the display language is Chinese: every placeholder must resolve in both.
const read = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, unknown>;

test('every %placeholder% of package.json has an English and a Chinese text', () => {
  const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length >= 15, `only ${keys.length} placeholders`);
  const en = read('package.nls.json');
  const zh = read('package.nls.zh-cn.json');
  for (const k of keys) {
    assert.equal(typeof en[k], 'string', `package.nls.json lacks ${k}`);
    assert.equal(typeof zh[k], 'string', `package.nls.zh-cn.json lacks ${k}`);
  }
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the two files hold the same keys');
  // Setting names and comment syntax stay as they are in every language.
  assert.match(String(zh['setting.figures.enabled']), /<!-- policy-writer-disable figures -->/);
});

test('every command package.json contributes is registered by the client, and every registered one is contributed or internal', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
  const source = readFileSync(path.join(ROOT, 'client', 'src', 'commands.ts'), 'utf8');
  const registered = [...source.matchAll(/registerCommand\('([\w.]+)'/g)].map((m) => m[1]);
  for (const c of contributed) assert.ok(registered.includes(c), `${c} is contributed but not registered`);
  // insertCitationKey and openExtractedText are run by hover links only.
  assert.deepEqual(registered.filter((c) => !contributed.includes(c)), ['policyWriter.insertCitationKey', 'policyWriter.openExtractedText']);
  assert.ok(contributed.includes('policyWriter.insertCitationFromZotero'));
});
