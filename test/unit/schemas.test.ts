import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import AjvModule from 'ajv';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/lspClient.js';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings.js';

/*
 * The JSON schemas package.json contributes (jsonValidation for policy-writer.json, yamlValidation
 * for the YAML extension): they accept what the README shows and the settings the server reads,
 * and reject what the server would report.
 */
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
const config = ajv.compile(schema('policy-writer.schema.json'));
const glossary = ajv.compile(schema('glossary.schema.json'));
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

test('package.json contributes both schemas, for the file names the server and the corpus reader look for', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const json = manifest.contributes.jsonValidation;
  const yaml = manifest.contributes.yamlValidation;
  assert.deepEqual(json.map((j: { fileMatch: string[] }) => j.fileMatch).flat().sort(), ['.policy-writer.json', 'policy-writer.json']);
  assert.ok(yaml.some((y: { fileMatch: string[]; url: string }) => y.fileMatch.includes('glossary.yaml') && y.fileMatch.includes('glossary-*.yaml') && y.url === './schemas/glossary.schema.json'));
  assert.ok(yaml.some((y: { fileMatch: string[]; url: string }) => y.fileMatch.includes('policy-writer.yaml') && y.url === './schemas/policy-writer.schema.json'));
  const shipped = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
  assert.match(shipped, /^!schemas\/\*\.json$/m, 'the schemas are in the .vsix');
});

test("the configuration schema accepts the README's example, every default setting, the wrapped form and a $schema key", () => {
  const example = readme.match(/\(`(\{"corpus": \{"paths": \["sources"\].*?\}\}\})`,/s)?.[1];
  assert.ok(example, 'the README still shows an example configuration');
  const examples = [JSON.parse(example.replace(/\s*\n\s*/g, ' ')), structuredClone(DEFAULT_SETTINGS), { policyWriter: { citationStyle: 'apa' } }, { $schema: './node_modules/policy-writer/schemas/policy-writer.schema.json', corpus: { paths: [] } }];
  for (const e of examples) {
    assert.ok(config(e), `${JSON.stringify(e)}: ${JSON.stringify(config.errors)}`);
    assert.deepEqual(parseSettings((e as { policyWriter?: unknown }).policyWriter ?? e).errors, [], 'the server reads it without a complaint');
  }
});

test('the configuration schema rejects what the server reports: a wrong type, an unknown severity, a misspelt key', () => {
  const bad = [{ corpus: { paths: 'sources' } }, { figures: { severity: { uncited: 'loud' } } }, { corpus: { bundled: false } }, { citationStyle: 'mla' }, { diagnostics: { debounceMs: -1 } }];
  for (const b of bad) {
    assert.equal(config(b), false, JSON.stringify(b));
    assert.notDeepEqual(parseSettings(b).errors, [], `the server reports ${JSON.stringify(b)} too`);
  }
});

test('the glossary schema accepts the README example, a bare list, and rejects an entry without a term or a source without a quote', () => {
  const block = readme.match(/### A curated glossary[\s\S]*?```yaml\n([\s\S]*?)```/)?.[1];
  assert.ok(block, 'the README still shows a glossary');
  assert.ok(glossary(parseYaml(block)), JSON.stringify(glossary.errors));
  assert.ok(glossary([{ term: '蓝色走廊', aliases: ['blue corridor'] }]), JSON.stringify(glossary.errors));
  assert.equal(glossary({ terms: [{ aliases: ['no term'] }] }), false);
  assert.equal(glossary({ terms: [{ term: 'x', sources: [{ key: 'k' }] }] }), false);
  assert.equal(glossary({ terms: [{ term: 'x', defintion: 'misspelt' }] }), false);
});
