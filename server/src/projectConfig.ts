import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { jsonErrorInWords } from './core/corpus/jsonSyntax.js';

/**
 * One configuration for the editor and the command line: `policy-writer.json` (or `.json`/`.yaml`
 * with or without a leading dot) found from a folder upward, in the shape of the
 * `policyWriter` settings: corpus paths (relative to the file), includeBundled, severities.
 * The editor's own settings, where given, win over it.
 */
export const CONFIG_NAMES = ['policy-writer.json', '.policy-writer.json', 'policy-writer.yaml', '.policy-writer.yaml', 'policy-writer.yml', '.policy-writer.yml'];

export interface ProjectConfig {
  path: string;
  /** the settings object, corpus paths made absolute */
  settings: Record<string, unknown>;
  /** a file that could not be read or parsed, said so */
  error?: string;
}

/** The nearest configuration file at or above `start` (a folder), if any. */
export function findProjectConfig(start: string): ProjectConfig | undefined {
  let dir = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return readProjectConfig(file);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readProjectConfig(file: string): ProjectConfig {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = /\.ya?ml$/i.test(file) ? parseYaml(text) : parseJsonc(text);
  } catch (err) {
    return { path: file, settings: {}, error: `${file} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${String((err as Error).message).split('\n')[0].replace(/:\s*$/, '')}; it is ignored` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { path: file, settings: {}, error: `${file} should hold an object of settings; it is ignored` };
  // Either the settings themselves or wrapped as in VS Code's settings.json: {"policyWriter": {...}}.
  const settings = structuredClone(((raw as Record<string, unknown>).policyWriter ?? raw) as Record<string, unknown>);
  const corpus = settings.corpus as { paths?: unknown } | undefined;
  if (corpus && Array.isArray(corpus.paths)) corpus.paths = corpus.paths.map((p) => (typeof p === 'string' ? path.resolve(path.dirname(file), p) : p));
  if (Array.isArray(settings.bibliography)) settings.bibliography = settings.bibliography.map((p) => (typeof p === 'string' ? path.resolve(path.dirname(file), p) : p));
  return { path: file, settings };
}

/**
 * JSON as people write configuration files: comments and trailing commas are fine (as in VS
 * Code's settings.json); anything else is an error that says where ("line 3, column 14").
 */
function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJson(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0];
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - before.lastIndexOf('\n');
    throw new Error(`${jsonErrorInWords(e.error)} at line ${line}, column ${column}`);
  }
  return value;
}

/** `over` wins key by key, objects merged deeply: the editor's settings over the project file. */
export function mergeSettings(base: Record<string, unknown>, over: unknown): Record<string, unknown> {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? mergeSettings(b as Record<string, unknown>, v) : v;
  }
  return out;
}

/**
 * The editor's settings without the values that only repeat the defaults: VS Code reports every
 * declared setting, set or not, and an unset one must not hide the project file's value.
 */
export function withoutDefaults(editor: unknown, defaults: unknown): unknown {
  if (!editor || typeof editor !== 'object' || Array.isArray(editor)) return editor;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(editor as Record<string, unknown>)) {
    const d = defaults && typeof defaults === 'object' ? (defaults as Record<string, unknown>)[k] : undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = withoutDefaults(v, d) as Record<string, unknown>;
      if (Object.keys(inner).length) out[k] = inner;
    } else if (JSON.stringify(v) !== JSON.stringify(d)) out[k] = v;
  }
  return out;
}
