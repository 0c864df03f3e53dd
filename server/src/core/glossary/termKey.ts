import { isEastAsianName } from './nameScripts.js';

/**
 * The identity of a term name: NFKC, lower case, no spaces, no leading article, so that
 * 东盟+3 / 东盟＋3 / 东盟 + 3 and Arctic Council / arctic council are one entry.
 */
const KEY_CACHE = new Map<string, string>();

export function termKey(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key !== undefined) return key;
  if (KEY_CACHE.size > 200_000) KEY_CACHE.clear();
  KEY_CACHE.set(name, (key = computeKey(name)));
  return key;
}

function computeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”"‘’'「」『』]/g, '');
}

// What cleanTermName changes: a name without any of these is already clean.
const UNCLEAN = /[“”"「」『』‘’'\s]/;

/** A display form: trimmed, inner whitespace collapsed, quotes removed. */
export function cleanTermName(name: string): string {
  if (!UNCLEAN.test(name)) return name;
  return name
    .replace(/[“”"「」『』]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/i, '')
    .trim()
    // Single quotes around an English name (‘peace economy’); an apostrophe inside one stays.
    .replace(/^[‘']|[’']$/g, '');
}

const ARTICLE_NUMBER = /^(?:第[一二三四五六七八九十百千零〇\d]{1,6}[条條章节節款项項编編部]|제\s?\d{1,4}\s?(?:조|장|항|절|호|관|편)(?:의\s?\d{1,2})?|(?:Article|Section|Chapter|Part|Rule|Clause)\s+\d{1,4}(?:\.\d{1,3})*|[\u4e00-\u9fff]{1,2}\s?\d{1,2})$/;

/** True when a name is worth matching in drafts: not too short, not just digits or punctuation. */
export function isUsableTermName(name: string): boolean {
  const clean = cleanTermName(name);
  if (/^[\d\s.,%+-]+$/.test(clean) && !/^\d+\s?\+\s?\d+$/.test(clean)) return false;
  // A statute's article or chapter number (第五条, 제5조, 第3章) and a numbered item's label (推奨1, 表2) name a place, not a term.
  if (ARTICLE_NUMBER.test(clean)) return false;
  // Chinese, Japanese and Korean names: two characters carry a meaning (벙커링, 健康寿命).
  if (isEastAsianName(clean)) return clean.length >= 2 && clean.length <= 24 && !/[。！？；]/.test(clean);
  if (/^[A-Z0-9+&-]{2,10}$/.test(clean) || /^[A-Z][A-Z0-9&-]{1,9}s$/.test(clean)) return true; // acronyms: RCEP, GTI, 10+3, and plurals (PCs)
  return clean.length >= 4 && clean.length <= 80 && clean.split(' ').length <= 8;
}
