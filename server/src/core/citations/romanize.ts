import { pinyin } from 'pinyin-pro';
import { convert as romanizeHangul } from 'hangul-romanization';

const HAN = /[\u3400-\u9fff]/;
const HANGUL = /[\uac00-\ud7af]/;

/**
 * Latin spellings of a CJK name or title, so "@li", "@liminghua" and "@lmh" all find 李明华:
 * pinyin syllables (surname readings for names: 朴 -> piao), and Revised Romanization for Korean.
 */
export function romanizations(text: string, isName: boolean): { full: string; initials: string; syllables: string[] } | undefined {
  if (HAN.test(text)) {
    const syllables = pinyin(text.replace(/[^\u3400-\u9fff]/g, ''), { toneType: 'none', type: 'array', surname: isName ? 'head' : 'off' }).map((s) => s.toLowerCase());
    return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join(''), syllables };
  }
  if (HANGUL.test(text)) {
    const syllables = [...text.replace(/[^\uac00-\ud7af]/g, '')].map((ch) => romanizeHangul(ch));
    return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join(''), syllables };
  }
  return undefined;
}

/** The family name of an author as written ("Kim, Young-ho" -> Kim; 李明华 -> 李). */
export function familyName(author: string): string {
  if (author.includes(',')) return author.split(',')[0].trim();
  if (HAN.test(author) || HANGUL.test(author)) return [...author.trim()][0] ?? author;
  const parts = author.trim().split(/\s+/);
  return parts[parts.length - 1] ?? author;
}
