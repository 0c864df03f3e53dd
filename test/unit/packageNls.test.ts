import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

test("every string the client passes to vscode.l10n.t has a Chinese text in l10n/bundle.l10n.zh-cn.json, placeholders kept", () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.l10n, './l10n');
  assert.match(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!l10n\/\*\.json$/m, 'the bundle is in the .vsix');
  const bundle = read(path.join('l10n', 'bundle.l10n.zh-cn.json')) as Record<string, string>;
  const dir = path.join(ROOT, 'client', 'src');
  const used = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    // vscode.l10n.t('…') in the extension; t('…') where zotero.ts is handed vscode.l10n.t.
    for (const m of source.matchAll(/\bt\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)) used.add((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
  }
  assert.ok(used.size >= 30, `only ${used.size} strings found`);
  const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
  for (const s of used) {
    assert.equal(typeof bundle[s], 'string', `no Chinese for ${JSON.stringify(s)}`);
    assert.deepEqual(placeholders(bundle[s]), placeholders(s), s);
    if (s !== ', ' && s !== 'Policy Writer: {0}') assert.match(bundle[s], /\p{Script=Han}/u, s);
  }
  assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], 'no stale entries');
});
