/**
 * Numbers written as words. English number words ("twelve", "three million", "two-thirds",
 * "one in five") and Chinese decimals in words (四十七点三) are small closed vocabularies, so a
 * table is clearer and faster than a general NLP package; the parser adds units and qualifiers.
 */
import { parseChineseNumeral } from './chineseNumerals.js';

const ONES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10, twentieth: 20, twentieths: 20 };

const WORD = '(?:' + [...Object.keys(ONES), ...Object.keys(TENS)].join('|') + ')';
const CARDINAL = `${WORD}(?:[- ]${WORD})?(?: hundred(?:(?: and)? ${WORD}(?:[- ]${WORD})?)?)?`;

/** Words an English number may begin with: the scanner looks words up here instead of running one long pattern over the text. */
export const ENGLISH_NUMBER_WORDS = new Set([...Object.keys(ONES), ...Object.keys(TENS), 'half', 'a', 'an', 'twice', 'double', 'triple']);

export interface WordNumber {
  value: number;
  end: number;
  /** a fraction of a whole (two-thirds, one in five, half): read as a percentage share */
  fraction: boolean;
}

const FRACTION = new RegExp(`^(?:(a|an|one|${WORD})[- ](half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|seventh|sevenths|eighth|eighths|ninth|ninths|tenth|tenths|twentieth|twentieths)|(half))\\b`, 'i');
// "one in five", "one job in eight" (one noun between).
const ONE_IN = new RegExp(`^(one|${WORD})(?: [a-z]{3,})? (?:in|out of) (${WORD}|\\d{1,3})\\b`, 'i');
const CARDINAL_RE = new RegExp(`^${CARDINAL}\\b`, 'i');

/** Reads an English number word or fraction at `at`; undefined if none starts there. */
export function readEnglishNumber(text: string, at: number): WordNumber | undefined {
  const s = text.slice(at, at + 60);
  const oneIn = ONE_IN.exec(s);
  if (oneIn) {
    const n = cardinal(oneIn[1]);
    const d = /\d/.test(oneIn[2]) ? Number(oneIn[2]) : cardinal(oneIn[2]);
    if (n && d && d > n) return { value: (100 * n) / d, end: at + oneIn[0].length, fraction: true };
  }
  const f = FRACTION.exec(s);
  if (f) {
    if (f[3]) return { value: 50, end: at + f[0].length, fraction: true };
    const n = /^an?$/i.test(f[1]) ? 1 : cardinal(f[1]);
    const d = DENOMINATORS[f[2].toLowerCase()];
    if (n && d && n < d) return { value: (100 * n) / d, end: at + f[0].length, fraction: true };
  }
  const c = CARDINAL_RE.exec(s);
  if (c) {
    const value = cardinal(c[0]);
    if (value !== undefined) return { value, end: at + c[0].length, fraction: false };
  }
  return undefined;
}

/** "twenty-five" = 25, "three hundred and twelve" = 312. */
function cardinal(words: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[- ]+/)) {
    if (w === 'and') continue;
    if (w in ONES) current += ONES[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else return undefined;
  }
  total += current;
  return total || undefined;
}

const CJK_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 四十七点三 = 47.3: a Chinese numeral with decimals written digit by digit after 点. */
export function parseChineseDecimal(s: string): number | undefined {
  const dot = s.indexOf('点');
  if (dot < 0) return parseChineseNumeral(s);
  const whole = dot === 0 ? 0 : parseChineseNumeral(s.slice(0, dot));
  if (whole === undefined) return undefined;
  let digits = '';
  for (const ch of s.slice(dot + 1)) {
    if (!(ch in CJK_DIGIT)) return undefined;
    digits += CJK_DIGIT[ch];
  }
  return digits ? Number(`${whole}.${digits}`) : undefined;
}
