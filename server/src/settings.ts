import type { FigureSeverities, SeverityName } from './core/index.js';
import { CITATION_STYLES, isCitationStyle, type CitationStyleName } from './core/citations/cslFormat.js';
import { message, type Locale, type SettingExpected as Expected } from './core/messages/messages.js';

export type { SeverityName };

/** Settings under `policyWriter.*`; mirrors contributes.configuration in package.json. */

export interface Settings {
  /** exclude: glob patterns (relative to each corpus folder) of files and folders never indexed as sources, such as drafts */
  corpus: { paths: string[]; includeBundled: boolean; maxFileSizeMB: number; exclude: string[] };
  /** bibliography files (CSL-JSON, CSL-YAML, BibTeX) whose keys every draft may cite, as a Zotero auto-export */
  bibliography: string[];
  diagnostics: { enabled: boolean; debounceMs: number };
  figures: { enabled: boolean; severity: FigureSeverities };
  /** the style citation hovers and "Insert bibliography entry" format references in ('plain': the neutral one) */
  citationStyle: CitationStyleName;
  /** the language of messages: the client's locale (server) or --lang (CLI), never read from the user's settings */
  locale?: Locale;
}

export const DEFAULT_SETTINGS: Settings = {
  corpus: { paths: [], includeBundled: true, maxFileSizeMB: 50, exclude: ['**/drafts/**', '**/node_modules/**', '**/.git/**'] },
  bibliography: [],
  diagnostics: { enabled: true, debounceMs: 300 },
  figures: { enabled: true, severity: { uncited: 'information', notInCitedSource: 'warning', contradicted: 'error', unsupported: 'warning', morePreciseElsewhere: 'information' } },
  citationStyle: 'plain',
};

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** The problems found in the settings so far, and the language they are reported in. */
interface Problems {
  locale: Locale | undefined;
  list: string[];
}

/**
 * Reads settings from untrusted JSON (workspace/configuration or initializationOptions).
 * A value of the wrong type is reported and its default used; the rest still applies.
 */
export function parseSettings(raw: unknown, locale?: Locale): { settings: Settings; errors: string[] } {
  // Problems are worded in the writer's language as they are found.
  const errors: Problems = { locale, list: [] };
  const root = isObject(raw) ? raw : {};
  const corpus = isObject(root.corpus) ? root.corpus : {};
  const diagnostics = isObject(root.diagnostics) ? root.diagnostics : {};
  const figures = isObject(root.figures) ? root.figures : {};
  const severity = isObject(figures.severity) ? figures.severity : {};
  const d = DEFAULT_SETTINGS;
  const settings: Settings = {
    corpus: {
      paths: stringArray(corpus.paths, 'corpus.paths', d.corpus.paths, errors),
      includeBundled: bool(corpus.includeBundled, 'corpus.includeBundled', d.corpus.includeBundled, errors),
      maxFileSizeMB: positive(corpus.maxFileSizeMB, 'corpus.maxFileSizeMB', d.corpus.maxFileSizeMB, errors),
      exclude: stringArray(corpus.exclude, 'corpus.exclude', d.corpus.exclude, errors, 'globs'),
    },
    bibliography: stringArray(root.bibliography, 'bibliography', d.bibliography, errors, 'files'),
    diagnostics: {
      enabled: bool(diagnostics.enabled, 'diagnostics.enabled', d.diagnostics.enabled, errors),
      debounceMs: positive(diagnostics.debounceMs, 'diagnostics.debounceMs', d.diagnostics.debounceMs, errors),
    },
    figures: {
      enabled: bool(figures.enabled, 'figures.enabled', d.figures.enabled, errors),
      severity: {
        uncited: sev(severity.uncited, 'uncited', d.figures.severity.uncited, errors),
        notInCitedSource: sev(severity.notInCitedSource, 'notInCitedSource', d.figures.severity.notInCitedSource, errors),
        contradicted: sev(severity.contradicted, 'contradicted', d.figures.severity.contradicted, errors),
        unsupported: sev(severity.unsupported, 'unsupported', d.figures.severity.unsupported, errors),
        morePreciseElsewhere: sev(severity.morePreciseElsewhere, 'morePreciseElsewhere', d.figures.severity.morePreciseElsewhere, errors),
      },
    },
    citationStyle: style(root.citationStyle, d.citationStyle, errors),
  };
  unknownKeys(root, '', settings as unknown as Record<string, unknown>, errors);
  return { settings, errors: errors.list };
}

/**
 * Keys the settings do not have ("corpus.bundled" for corpus.includeBundled) are reported with
 * the closest known key: a misspelt setting silently ignored looks like a bug in the tool.
 */
function unknownKeys(raw: Record<string, unknown>, prefix: string, known: Record<string, unknown>, errors: Problems): void {
  for (const [key, value] of Object.entries(raw)) {
    const name = `${prefix}${key}`;
    // policyWriter.trace.server belongs to the editor's client, not to the server.
    if (name === 'trace' || name.startsWith('trace.')) continue;
    // "$schema" points an editor at the configuration file's JSON schema (schemas/policy-writer.schema.json).
    if (name === '$schema') continue;
    if (!(key in known)) {
      const guess = closestKey(key, Object.keys(known));
      errors.list.push(message(errors.locale, 'settings.unknown', { name, guess: guess && `${prefix}${guess}` }));
    } else if (isObject(value) && isObject(known[key])) unknownKeys(value, `${name}.`, known[key] as Record<string, unknown>, errors);
  }
}

/** A style name the bundle has; another is reported with the names there are, and the default used. */
function style(v: unknown, fallback: CitationStyleName, errors: Problems): CitationStyleName {
  if (v === undefined) return fallback;
  if (isCitationStyle(v)) return v;
  errors.list.push(message(errors.locale, 'settings.noStyle', { value: JSON.stringify(v), styles: Object.keys(CITATION_STYLES).join(', '), fallback }));
  return fallback;
}

function closestKey(key: string, keys: string[]): string | undefined {
  const k = key.toLowerCase();
  // A shared stem ("bundled" in "includeBundled") or a small edit distance.
  const contains = keys.find((c) => c.toLowerCase().includes(k) || k.includes(c.toLowerCase()));
  if (contains) return contains;
  let best: string | undefined;
  let bestD = 3;
  for (const c of keys) {
    const d = editDistance(k, c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function sev(v: unknown, name: string, fallback: SeverityName, errors: Problems): SeverityName {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'string' && SEVERITIES.includes(v)) return v as SeverityName;
  wrong(`figures.severity.${name}`, { oneOf: SEVERITIES.join(', ') }, v, errors);
  return fallback;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function wrong(name: string, expected: Expected, value: unknown, errors: Problems): void {
  errors.list.push(message(errors.locale, 'settings.wrongValue', { name, expected, value: JSON.stringify(value) }));
}

function stringArray(v: unknown, name: string, fallback: string[], errors: Problems, expected: Expected = 'folders'): string[] {
  if (v === undefined || v === null) return fallback;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  wrong(name, expected, v, errors);
  return fallback;
}

function bool(v: unknown, name: string, fallback: boolean, errors: Problems): boolean {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'boolean') return v;
  wrong(name, 'boolean', v, errors);
  return fallback;
}

function positive(v: unknown, name: string, fallback: number, errors: Problems): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  wrong(name, 'number', v, errors);
  return fallback;
}
