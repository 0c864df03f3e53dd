/**
 * Character classes for term names in the four languages of the corpus, as regex source (to
 * build patterns from) and as tests. Kana includes the middle dot and the long-vowel mark, which
 * occur inside katakana names (ユニバーサル・ヘルス).
 */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const KANA = '\\u3041-\\u3096\\u30a0-\\u30ff';
export const KATAKANA = '\\u30a0-\\u30ff';
export const HANGUL = '\\uac00-\\ud7af';

const HAN_RE = new RegExp(`[${HAN}]`);
const KANA_RE = new RegExp(`[${KANA}]`);
const HANGUL_RE = new RegExp(`[${HANGUL}]`);

export type NameScript = 'han' | 'kana' | 'hangul' | 'latin';

/** The script a name is written in: kana or Hangul mark Japanese or Korean even beside Han. */
export function nameScript(name: string): NameScript {
  if (HANGUL_RE.test(name)) return 'hangul';
  if (KANA_RE.test(name)) return 'kana';
  return HAN_RE.test(name) ? 'han' : 'latin';
}

export const hasHan = (s: string) => HAN_RE.test(s);
export const hasHangul = (s: string) => HANGUL_RE.test(s);
export const hasKana = (s: string) => KANA_RE.test(s);
/** Any East Asian script: such a name is matched without word boundaries. */
export const isEastAsianName = (s: string) => nameScript(s) !== 'latin';
