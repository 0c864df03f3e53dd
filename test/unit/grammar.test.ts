import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { ROOT } from '../helpers/lspClient.js';

const require = createRequire(import.meta.url);

/** VS Code's own Markdown grammar (from tm-grammars) with our injection, tokenised as the editor does. */
async function loadRegistry() {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammars: Record<string, string> = {
    'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
    'citation.pandoc.injection': path.join(ROOT, 'syntaxes', 'citations.tmLanguage.json'),
  };
  return new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope: string) => (grammars[scope] ? vsctm.parseRawGrammar(readFileSync(grammars[scope], 'utf8'), grammars[scope]) : null),
    getInjections: (scope: string) => (scope === 'text.html.markdown' ? ['citation.pandoc.injection'] : undefined),
  });
}

/** Tokenises a document and returns [text, scopes] for every token, line by line. */
async function tokenize(lines: string[]): Promise<[string, string[]][]> {
  const grammar = (await (await loadRegistry()).loadGrammar('text.html.markdown'))!;
  let state = vsctm.INITIAL;
  const out: [string, string[]][] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes]);
    state = r.ruleStack;
  }
  return out;
}

function scopesOf(tokens: [string, string[]][], text: string): string[] {
  const hit = tokens.find(([t]) => t === text);
  assert.ok(hit, `no token "${text}" in ${JSON.stringify(tokens.map(([t]) => t))}`);
  return hit[1];
}

test('bracketed citations: brackets, @, keys, separators and locators get scopes themes colour', async () => {
  const tokens = await tokenize(['中日韩合作 [see @ba2024, p. 12; -@wang2018] 以及 @piao2022 的分析。']);
  assert.ok(scopesOf(tokens, '[').includes('punctuation.definition.citation.begin.markdown'));
  assert.ok(scopesOf(tokens, 'ba2024').includes('variable.other.citation.key.markdown'));
  assert.ok(scopesOf(tokens, 'wang2018').includes('variable.other.citation.key.markdown'));
  assert.ok(scopesOf(tokens, 'p. 12').includes('string.other.citation.locator.markdown'));
  assert.ok(scopesOf(tokens, ';').includes('punctuation.separator.citation.markdown'));
  assert.ok(scopesOf(tokens, '-').includes('keyword.operator.suppress-author.markdown'));
  assert.ok(scopesOf(tokens, 'piao2022').includes('variable.other.citation.key.markdown'));
});

test('not inside code spans, fenced code, links or e-mail addresses', async () => {
  const tokens = await tokenize(['Inline `[@code2020]` and mail a@b.org and [text](http://x/@y).', '```', '[@fenced2020]', '```']);
  const keyed = tokens.filter(([, s]) => s.includes('variable.other.citation.key.markdown')).map(([t]) => t);
  assert.deepEqual(keyed, []);
});
