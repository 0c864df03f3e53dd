import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { longFunctions } from '../../scripts/functionLengths.js';

// No function over 60 lines anywhere in server/src (the limit): the wiring, the facade,
// the features, the command line, extraction and every part of core.
const SRC = path.resolve(import.meta.dirname, '..', '..', 'server', 'src');

test('no function over 60 lines in server/src', () => {
  const long = longFunctions([SRC], 60).map(
    (f) => `${path.relative(SRC, f.file)}:${f.line} ${f.name} (${f.lines} lines)`,
  );
  assert.deepEqual(long, []);
});

test('the count sees declarations, methods and arrow functions, nested ones too, and spans lines', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fnlen-'));
  try {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    writeFileSync(
      path.join(dir, 'a.ts'),
      `export function long() {\n${body(60)}\n}\nexport function short() {\n${body(58)}\n}\nclass C {\n  method() {\n${body(70)}\n  }\n}\nexport const arrow = () => {\n  const inner = () => {\n${body(61)}\n  };\n  return inner;\n};\n`,
    );
    const found = longFunctions([dir], 60).map((f) => [f.name, f.lines]);
    assert.deepEqual(found, [
      ['method', 72],
      ['arrow', 66],
      ['inner', 63],
      ['long', 62],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
