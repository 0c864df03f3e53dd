import { parse as parseJson, ParseError } from 'jsonc-parser';
import { jsonErrorInWords } from './jsonSyntax.js';
import { generateKey } from '../citations/keyGeneration.js';
import type { CorpusProblem, Reference } from './types.js';

/** CSL-JSON name: {family, given} or {literal}. */
interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/**
 * Reads a CSL-JSON file (an array of items, or {items: [...]}, as Zotero and Pandoc write it).
 * Malformed JSON is reported with its line; items without an id are reported and skipped,
 * the good items are kept.
 */
export function parseCslJson(path: string, text: string): { references: Reference[]; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  // jsonc-parser is tolerant: it reports each syntax error with its offset and still returns
  // what it could read, so one bad item does not cost the whole bibliography.
  const errors: ParseError[] = [];
  const data: unknown = parseJson(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors.slice(0, 20)) {
    const line = text.slice(0, e.offset).split('\n').length - 1;
    problems.push({ path, severity: 'error', line, message: `invalid CSL-JSON: ${jsonErrorInWords(e.error)}` });
  }
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(items)) return { references: [], problems };
  const references: Reference[] = [];
  const lines = idLines(text);
  items.forEach((item, i) => {
    const id = (item as { id?: unknown })?.id;
    const ref = cslItemToReference(path, item, lines.get(String(id)) ?? 0);
    if (ref) references.push(ref);
    else problems.push({ path, severity: 'warning', message: `CSL-JSON item ${i + 1} is not an object; skipped` });
  });
  return { references, problems };
}

/** True when a .json file looks like CSL-JSON, so other JSON files in a corpus folder are ignored quietly. */
export function looksLikeCslJson(text: string): boolean {
  return /^\s*[[{]/.test(text) && /"(id|title|author|issued|type)"\s*:/.test(text.slice(0, 4096));
}

function cslItemToReference(path: string, item: unknown, line: number): Reference | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const it = item as Record<string, unknown>;
  const hasId = (typeof it.id === 'string' && it.id.trim() !== '') || typeof it.id === 'number';
  const title = str(it.title);
  const authors = names(it.author);
  const year = cslYear(it.issued);
  return {
    id: hasId ? String(it.id).trim() : generateKey(authors, year, title),
    generatedKey: !hasId || undefined,
    title,
    authors,
    year,
    container: str(it['container-title']),
    issue: str(it.issue),
    volume: str(it.volume),
    page: str(it.page),
    language: str(it.language),
    publisher: str(it.publisher),
    url: str(it.URL),
    note: str(it.note),
    type: str(it.type),
    origin: { path, line, character: 0 },
  };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function names(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .map((n: CslName) => n?.literal ?? [n?.family, n?.given].filter(Boolean).join(isCjkName(n) ? '' : ', '))
    .filter((n): n is string => typeof n === 'string' && n.length > 0);
}

/** Chinese, Japanese and Korean names are written family-first without a comma: 李明华. */
function isCjkName(n: CslName): boolean {
  return /[\u3400-\u9fff\uac00-\ud7af]/.test(`${n?.family ?? ''}${n?.given ?? ''}`);
}

function cslYear(issued: unknown): string | undefined {
  if (!issued || typeof issued !== 'object') return undefined;
  const i = issued as { 'date-parts'?: unknown[][]; raw?: string; literal?: string };
  const first = i['date-parts']?.[0]?.[0];
  if (first !== undefined && first !== null) return String(first);
  const m = /\d{4}/.exec(i.raw ?? i.literal ?? '');
  return m?.[0];
}

/** Line of each item's "id", found in one pass (a search per item would be quadratic in a 10,000-item export). */
function idLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 0;
  // The next line break not yet counted; Infinity once there is none (minified JSON has none, and
  // searching for it again for every id made a one-line export quadratic).
  let next = text.indexOf('\n');
  if (next < 0) next = Infinity;
  for (const m of text.matchAll(/"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+))/g)) {
    while (next < m.index) {
      line++;
      next = text.indexOf('\n', next + 1);
      if (next < 0) next = Infinity;
    }
    const id = m[1] !== undefined ? unescapeJson(m[1]) : m[2];
    if (!lines.has(id)) lines.set(id, line);
  }
  return lines;
}

function unescapeJson(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}
