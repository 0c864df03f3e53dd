import { isProse } from '../drafts/proseMask.js';

/** One cited key in a draft, with exact offsets. */
export interface CitationRef {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** the whole bracketed group "[see @a, p. 3; @b]" or the bare "@key" */
  groupStart: number;
  groupEnd: number;
  bracketed: boolean;
  suppressAuthor: boolean;
  prefix?: string;
  locator?: string;
}

// Pandoc: a key starts with a letter, digit or _, may contain internal punctuation
// (:.#$%&-+?<>~/) but not end with it. Unicode letters are allowed (keys like 王2018).
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
const BRACED_KEY = String.raw`\{[^{}\n]{1,200}\}`;
const AT_KEY = new RegExp(String.raw`(-?)@(${KEY}|${BRACED_KEY})`, 'gu');
const GROUP = /\[([^[\]\n]{0,2000})\]/g;

/**
 * Cross-references, not citations: Quarto's `@fig-map`, `@tbl-trade`, `@sec-intro`, `@eq-1` (its
 * reserved prefixes) and pandoc-crossref's `@fig:map`. Quarto reserves these prefixes, so no
 * bibliography key can use them.
 */
const CROSS_REFERENCE = /^(?:fig|tbl|lst|eq|sec|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|tip|nte|wrn|imp|cau)[-:][\p{L}\p{N}_]/u;

export function isCrossReference(key: string): boolean {
  return CROSS_REFERENCE.test(key);
}

/** All citations in prose, in order: bracketed groups first found, then in-text ones outside them. */
export function parseCitations(text: string, mask?: Uint8Array): CitationRef[] {
  const result: CitationRef[] = [];
  const covered: [number, number][] = [];
  GROUP.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = GROUP.exec(text)) !== null) {
    const start = g.index;
    const end = start + g[0].length;
    if (text[end] === '(' || text[end] === ':' || text[end] === '[') continue; // a link, reference definition, or link label
    if (mask && !isProse(mask, start, end)) continue;
    const items = parseGroup(g[1], start + 1, start, end);
    if (items.length === 0) continue;
    covered.push([start, end]);
    result.push(...items);
  }
  result.push(...parseInText(text, mask, covered));
  return result.sort((a, b) => a.keyStart - b.keyStart);
}

function parseGroup(body: string, bodyStart: number, groupStart: number, groupEnd: number): CitationRef[] {
  const items: CitationRef[] = [];
  let offset = 0;
  for (const part of body.split(';')) {
    const item = parseItem(part, bodyStart + offset, groupStart, groupEnd);
    offset += part.length + 1;
    if (item) items.push(item);
    else if (items.length === 0 && part.trim()) return []; // "[some text]" with no key first is not a citation
  }
  return items;
}

function parseItem(part: string, partStart: number, groupStart: number, groupEnd: number): CitationRef | undefined {
  AT_KEY.lastIndex = 0;
  const m = AT_KEY.exec(part);
  if (!m || !atBoundary(part, m.index)) return undefined;
  const rawKey = m[2];
  if (isCrossReference(rawKey)) return undefined;
  const braced = rawKey.startsWith('{');
  const keyOffset = m.index + m[1].length + 1 + (braced ? 1 : 0);
  const key = braced ? rawKey.slice(1, -1) : rawKey;
  const prefix = part.slice(0, m.index).trim();
  const locator = part.slice(m.index + m[0].length).replace(/^\s*,?\s*/, '').trim();
  return {
    key,
    keyStart: partStart + keyOffset,
    keyEnd: partStart + keyOffset + key.length,
    groupStart,
    groupEnd,
    bracketed: true,
    suppressAuthor: m[1] === '-',
    prefix: prefix || undefined,
    locator: locator || undefined,
  };
}

/** "@key" in running text; an "@" after a letter or digit is an e-mail address, not a citation. */
function parseInText(text: string, mask: Uint8Array | undefined, covered: [number, number][]): CitationRef[] {
  const result: CitationRef[] = [];
  const inText = new RegExp(String.raw`@(${KEY}|${BRACED_KEY})`, 'gu');
  let m: RegExpExecArray | null;
  let c = 0;
  while ((m = inText.exec(text)) !== null) {
    while (c < covered.length && covered[c][1] <= m.index) c++;
    if (c < covered.length && covered[c][0] <= m.index) continue;
    if (!atBoundary(text, m.index) || isCrossReference(m[1])) continue;
    const braced = m[1].startsWith('{');
    const keyStart = m.index + 1 + (braced ? 1 : 0);
    const key = braced ? m[1].slice(1, -1) : m[1];
    if (mask && !isProse(mask, m.index, keyStart + key.length)) continue;
    result.push({
      key,
      keyStart,
      keyEnd: keyStart + key.length,
      groupStart: m.index,
      groupEnd: m.index + m[0].length,
      bracketed: false,
      suppressAuthor: false,
    });
  }
  return result;
}

/** An "@" right after a letter, digit, "." or "@" is an e-mail address; after a backslash it is escaped (bookdown's `\@ref(fig:x)`). */
function atBoundary(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}_.@\\]/u.test(text[at - 1]);
}
