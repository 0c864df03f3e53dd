import { parse as parseYaml } from 'yaml';
import { generateKey } from '../citations/keyGeneration.js';
import type { CorpusProblem, Reference } from './types.js';

/** YAML front matter at the top of a Markdown source: its metadata and where the body starts. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** length of the front matter block including its closing line, in UTF-16 units */
  length: number;
}

const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Where the front matter block is (the one reader for drafts and sources): its length including
 * the closing line, or only the opening line when it is never closed (a stray "---" must not hide
 * the draft), or undefined when the text does not open with "---".
 */
export function frontMatterExtent(text: string): { length: number; closed: boolean } | undefined {
  const m = FRONT_MATTER.exec(text.slice(0, 65536));
  if (m) return { length: m[0].length, closed: true };
  const open = /^\ufeff?---[ \t]*\r?\n/.exec(text);
  return open ? { length: open[0].length, closed: false } : undefined;
}

/** Finds and parses front matter; malformed YAML is reported with its line, and the body still indexes. */
export function readFrontMatter(path: string, text: string): { frontMatter?: FrontMatter; problem?: CorpusProblem } {
  const m = FRONT_MATTER.exec(text.slice(0, 65536));
  if (!m) return {};
  const flat = flatFrontMatter(m[1]);
  if (flat) return { frontMatter: { data: flat, length: m[0].length } };
  try {
    const data = parseYaml(m[1], { strict: false, uniqueKeys: false });
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { frontMatter: { data: {}, length: m[0].length } };
    return { frontMatter: { data: data as Record<string, unknown>, length: m[0].length } };
  } catch (err) {
    // The line within the front matter, counted from 1 after its opening fence: that is the line of
    // the file, whose first line is the fence (a 0-based file line, as problems give it).
    const line = yamlCauseLine(m[1], err);
    // The fields that still read as "key: value" keep the source's key and year: one broken line
    // (an unclosed quote in the title) must not turn @wu2020 into the file's name.
    const data = plainFields(m[1]);
    const kept = Object.keys(data);
    return {
      frontMatter: { data, length: m[0].length },
      problem: { path, severity: 'warning', line, message: `front matter is not valid YAML: ${withoutPosition(firstLine(err))}${kept.length ? `; ${kept.join(', ')} still read from its valid lines` : ''}` },
    };
  }
}

// One "key: value" line that the YAML parser would read as that key and a plain string or a
// small decimal integer. Anything else (quotes, comments, indicators, flow collections, keywords,
// other numbers, dates, blank or indented lines, CR, control characters) goes to the parser.
const FLAT_LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ ]+([^\x00-\x20\x7f-\x9f\u2028\u2029\ufeff\-?:,[\]{}#&*!|>'"%@`0-9+.~][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff[\]{}]*|(?:0|[1-9][0-9]{0,8}))$/;
const YAML_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * Front matter that is only flat "key: value" lines of plain strings and small integers, read
 * without the YAML parser (most of a small Markdown source's indexing time went to it); undefined
 * when any line is more than that, and the parser reads the block.
 */
export function flatFrontMatter(block: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let from = 0;
  while (from <= block.length) {
    let to = block.indexOf('\n', from);
    if (to < 0) to = block.length;
    const m = FLAT_LINE.exec(block.slice(from, to));
    if (!m || Object.prototype.hasOwnProperty.call(data, m[1])) return undefined;
    const v = m[2];
    if (v.endsWith(' ') || v.endsWith(':') || v.includes(': ') || v.includes(' #') || YAML_WORD.test(v)) return undefined;
    data[m[1]] = /^[0-9]/.test(v) ? Number(v) : v;
    from = to + 1;
  }
  return data;
}

// The parser counts lines within the front matter ("at line 4, column 16"); the problem gives the
// file's line itself, so the two never disagree in a message.
function withoutPosition(message: string): string {
  return message.replace(/\s*at line \d+, column \d+$/, '');
}

function firstLine(err: unknown): string {
  return String((err as Error).message ?? err).split('\n')[0].replace(/:\s*$/, '');
}

// bibliography too: a draft's broken title must not cost it its bibliography.
const PLAIN_FIELD = /^(id|title|year|date|author|container-title|journal|language|lang|url|bibliography)\s*:\s*(.*?)\s*$/;

/** "key: value" lines whose value is a plain scalar (quotes balanced, no flow collections). */
function plainFields(block: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const raw of block.split(/\r?\n/)) {
    const m = PLAIN_FIELD.exec(raw);
    if (!m || !m[2]) continue;
    const v = m[2];
    const quoted = /^(["'])(.*)\1$/.exec(v);
    if (quoted) out[m[1]] = quoted[2];
    else if (!/["'\[\]{}]/.test(v)) out[m[1]] = v;
  }
  return out;
}

/** A reference from front matter fields (id, title, author, year/date, container-title). */
export function frontMatterReference(path: string, fallbackId: string, data: Record<string, unknown>): Reference | undefined {
  const title = text(data.title);
  const authors = authorList(data.author ?? data.authors);
  const year = text(data.year) ?? /\d{4}/.exec(text(data.date) ?? (data.date instanceof Date ? data.date.toISOString() : ''))?.[0];
  const container = text(data['container-title']) ?? text(data.journal) ?? text(data.source);
  if (!title && authors.length === 0 && !year && !text(data.id)) return undefined;
  const id = text(data.id);
  return {
    id: id ?? (authors.length && year ? generateKey(authors, year, title) : fallbackId),
    generatedKey: !id && authors.length > 0 && !!year ? true : undefined,
    title,
    authors,
    year,
    container,
    language: text(data.language) ?? text(data.lang),
    url: text(data.url),
    origin: { path, line: 0, character: 0 },
  };
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function authorList(v: unknown): string[] {
  if (typeof v === 'string') return v.split(/\s*(?:;|,| and |、)\s*/).filter(Boolean);
  if (Array.isArray(v)) return v.map((a) => (typeof a === 'string' ? a : text((a as { name?: unknown })?.name) ?? '')).filter(Boolean);
  return [];
}

/**
 * The line (counted from 1) of the YAML `block` that causes a parse error. The parser says where it
 * noticed the error: for a quote or a "[" / "{" never closed that is where the block ends, lines
 * after the one the writer has to fix (title: "…, then author: and year: lines): that line is the
 * first whose quotes or brackets do not close, at or before the parser's line.
 */
export function yamlCauseLine(block: string, err: unknown): number | undefined {
  const noticed = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  if (noticed === undefined) return undefined;
  const what = String((err as Error).message);
  const opener = /Missing closing "quote/.test(what) ? '"' : /Missing closing 'quote/.test(what) ? "'" : /flow (?:sequence|collection|mapping)|Expected .*[\]}]/i.test(what) ? '[{' : undefined;
  if (!opener) return noticed;
  const lines = block.split('\n');
  for (let i = 0; i < Math.min(noticed, lines.length); i++) if (opensUnclosed(lines[i], opener)) return i + 1;
  return noticed;
}

/** Whether a line of YAML leaves a quote (`opener` '"' or "'") or a flow bracket ('[{') open. */
function opensUnclosed(line: string, opener: string): boolean {
  const value = line.replace(/^\s*(?:-\s+)?(?:[^\s:'"#][^:#]*:\s+)?/, '');
  if (opener === '"') return (value.replace(/\\./g, '').match(/"/g)?.length ?? 0) % 2 === 1 && value.trimStart().startsWith('"');
  if (opener === "'") return (value.match(/'/g)?.length ?? 0) % 2 === 1 && value.trimStart().startsWith("'");
  const open = (value.match(/[[{]/g)?.length ?? 0) - (value.match(/[\]}]/g)?.length ?? 0);
  return open > 0 && /^[[{]/.test(value.trimStart());
}

/** The 0-based line of a YAML parse error in a whole YAML file (the yaml package counts from 1), for a CorpusProblem. */
export function yamlErrorLine(err: unknown, text: string): number | undefined {
  const line = yamlCauseLine(text, err);
  if (line === undefined) return undefined;
  // An unclosed quote or bracket is found at the end of the file: name its last written line.
  const last = text.replace(/\s+$/, '').split('\n').length - 1;
  return Math.min(Math.max(0, line - 1), last);
}

/** The first line of a YAML parse error without the package's own position: the problem carries the line. */
export function yamlErrorText(err: unknown): string {
  return String((err as Error).message).split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');
}
