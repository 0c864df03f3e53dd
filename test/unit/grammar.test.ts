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

test('Quarto and R Markdown documents get the same citation scopes; cross-references and \\@ are not citations', async () => {
  // The Quarto and R extensions' grammars are not in tm-grammars: a stand-in with their scope names
  // and a fence, injected into only by its own scope, proves the selector names them.
  for (const scope of ['text.html.quarto', 'text.html.rmarkdown']) {
    const stub = { scopeName: scope, patterns: [{ begin: '^```', end: '^```', name: 'markup.fenced_code.block.stub' }] };
    const injection = path.join(ROOT, 'syntaxes', 'citations.tmLanguage.json');
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (s: string) => (s === scope ? vsctm.parseRawGrammar(JSON.stringify(stub), 'stub.json') : s === 'citation.pandoc.injection' ? vsctm.parseRawGrammar(readFileSync(injection, 'utf8'), injection) : null),
      getInjections: (s: string) => (s === scope ? ['citation.pandoc.injection'] : undefined),
    });
    const grammar = (await registry.loadGrammar(scope))!;
    let state = vsctm.INITIAL;
    const keyed: string[] = [];
    for (const line of ['As @kim2019 shows [see @lee2020, p. 3], and @fig-map, [@tbl-trade], @sec:intro and \\@ref(fig:map) show.', '```{r}', '[@fenced2020]', '```']) {
      const r = grammar.tokenizeLine(line, state);
      for (const t of r.tokens) if (t.scopes.includes('variable.other.citation.key.markdown')) keyed.push(line.slice(t.startIndex, t.endIndex));
      state = r.ruleStack;
    }
    assert.deepEqual(keyed, ['kim2019', 'lee2020'], scope);
  }
});

test('package.json injects the citation grammar into Markdown, Quarto and R Markdown, and gives .qmd a language', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const injection = manifest.contributes.grammars.find((g: any) => g.scopeName === 'citation.pandoc.injection');
  assert.deepEqual(injection.injectTo, ['text.html.markdown', 'text.html.quarto', 'text.html.rmarkdown']);
  assert.deepEqual(manifest.contributes.languages.find((l: any) => l.id === 'quarto').extensions, ['.qmd']);
  for (const id of ['markdown', 'quarto', 'rmd']) assert.ok(manifest.activationEvents.includes(`onLanguage:${id}`), id);
});
