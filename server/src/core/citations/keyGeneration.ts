import { familyName, romanizations } from './romanize.js';

/**
 * A citation key for a reference whose metadata has none: family name in Latin letters (pinyin
 * for Chinese, romanisation for Korean) + year, as in ba2024. Clashes get a, b, c... suffixes
 * elsewhere (see uniqueKeys), in a fixed order, so the same corpus always yields the same keys.
 */
export function generateKey(authors: string[], year: string | undefined, title: string | undefined): string {
  const first = authors[0];
  let stem: string;
  if (first) {
    const family = familyName(first);
    stem = romanizations(family, true)?.full ?? ascii(family);
  } else {
    const word = (title ?? '').trim().split(/\s+/)[0] ?? '';
    stem = romanizations(word.slice(0, 4), false)?.full ?? ascii(word);
  }
  return `${stem || 'anon'}${year ?? 'nd'}`;
}

function ascii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Makes generated keys unique against taken keys: ba2024, ba2024a, ba2024b... */
export function uniqueKey(key: string, taken: { has(key: string): boolean }): string {
  if (!taken.has(key)) return key;
  for (let i = 0; ; i++) {
    const suffix = i < 26 ? String.fromCharCode(97 + i) : `${String.fromCharCode(97 + Math.floor(i / 26) - 1)}${String.fromCharCode(97 + (i % 26))}`;
    if (i >= 26 * 27) return uniqueKey(`${key}-${i}`, taken);
    if (!taken.has(key + suffix)) return key + suffix;
  }
}
