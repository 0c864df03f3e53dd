const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
// 兆 as Japanese counts it (10^12), read folded: 四十三兆六千億円.
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** Value of a Chinese numeral (一千三百 = 1300, 十七 = 17, 两 = 2); undefined if malformed. */
export function parseChineseNumeral(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  // The largest big unit so far: a larger one multiplies what came before (一万亿 = 10^12), a
  // smaller one adds its own group (四十三亿六千万 = 4,360,000,000).
  let largest = 0;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = undefined;
    } else if (ch in BIG_UNITS) {
      const base = section + (digit ?? 0);
      const unit = BIG_UNITS[ch];
      if (unit > largest) {
        total = (total + (base || (total ? 0 : 1))) * unit;
        largest = unit;
      } else total += (base || 1) * unit;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}
