import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

// The core is plain TypeScript that runs anywhere (the server, the CLI, a worker, the tests in
// memory): it reads no files and speaks no protocol; the wiring supplies both (core/seams.ts).
const CORE = path.resolve(import.meta.dirname, '..', '..', 'server', 'src', 'core');
// Generated tables (lexicon, country names) are bundled data, not wiring: the core may read them.
const DATA = path.resolve(import.meta.dirname, '..', '..', 'data');
const FORBIDDEN = /^(?:vscode|vscode-languageserver(?:-[a-z]+)?|vscode-jsonrpc|vscode-languageclient)(?:\/.*)?$|^(?:node:)?fs(?:\/promises)?$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function insideCoreOrData(target: string): boolean {
  return target.startsWith(CORE + path.sep) || (target.startsWith(DATA + path.sep) && target.endsWith('.json'));
}

/** Every module a file names: import and export ... from, import(), require(). */
function specifiers(text: string): string[] {
  return [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

test('nothing in server/src/core imports vscode, the language server protocol or fs, nor reaches outside core (but for its data tables)', () => {
  const files = sources(CORE);
  assert.ok(files.length > 50, `found the core (${files.length} files)`);
  const breaches = files.flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((s) => FORBIDDEN.test(s) || (s.startsWith('.') && !insideCoreOrData(path.resolve(path.dirname(file), s))))
      .map((s) => `${path.relative(CORE, file)} imports ${s}`),
  );
  assert.deepEqual(breaches, []);
});

test('the boundary check sees each kind of import', () => {
  const names = specifiers(`import * as fs from 'node:fs';\nexport { x } from "vscode-languageserver/node.js";\nconst y = await import('fs/promises');\nrequire('vscode');\nimport 'vscode-jsonrpc';\n`);
  assert.deepEqual(names, ['node:fs', 'vscode-languageserver/node.js', 'fs/promises', 'vscode', 'vscode-jsonrpc']);
  assert.ok(names.every((n) => FORBIDDEN.test(n)));
  assert.ok(!['node:buffer', 'yaml', 'fuse.js', 'vscode-textmate-like'].some((n) => FORBIDDEN.test(n)), 'what the core may import is not caught');
});
