/** Whether a span is Chinese, Korean or Japanese text rather than English (its first 200 characters decide). */
export function isCjkText(text: string, start: number, end: number): boolean {
  let cjk = 0;
  let latin = 0;
  for (let i = start; i < end && i < start + 200; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0xd7af) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk * 3 >= latin;
}

/** Whether a CJK span is Korean: more Hangul than Chinese characters in its first 200 characters. */
export function isKoreanText(text: string, start: number, end: number): boolean {
  // Hangul counts for, Chinese characters against, in the first 200 characters.
  let balance = 0;
  for (let i = start; i < end && i < start + 200; i++) {
    const c = text.charCodeAt(i);
    balance += c >= 0xac00 && c <= 0xd7af ? 1 : c >= 0x4e00 && c <= 0x9fff ? -1 : 0;
  }
  return balance > 0;
}

/** The language of a draft sentence or a source figure, as far as comparing words goes. */
export interface TextLanguage {
  cjk: boolean;
  korean?: boolean;
  japanese?: boolean;
}

/** Whether two spans can share words (not only concepts): both English, both Chinese, both Korean or both Japanese. */
export function sameLanguage(a: TextLanguage, b: TextLanguage): boolean {
  return a.cjk === b.cjk && !!a.korean === !!b.korean && !!a.japanese === !!b.japanese;
}

/**
 * Japanese: kana among the Chinese characters (at least one in six), in the first 200 characters.
 * Its kanji words meet Chinese ones as concepts (through the lexicon), not as shared character
 * pairs: 総生産 and 生产总值 share no pair, 前年比 and 同比 none.
 */
export function isJapaneseText(text: string, start: number, end: number): boolean {
  let kana = 0;
  let han = 0;
  for (let i = start; i < end && i < start + 200; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return kana >= 2 && kana * 5 >= han;
}
