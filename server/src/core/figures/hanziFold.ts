import foldData from '../../../../data/hanziFold.json' with { type: 'json' };

/**
 * Japanese and traditional-Chinese characters read as simplified Chinese (億 -> 亿, 増 -> 增,
 * 萬 -> 万; data/hanziFold.json, from OpenCC's tables by scripts/build-hanzi-fold.mjs), one
 * character for one, so every offset stays where it was. The figure reader, the claim frames and
 * the Chinese lexicon then read a Japanese white paper or a Taiwanese report as they read a
 * mainland one; what is shown to the writer (quotes, figure text) comes from the text as written.
 */
let TABLE: Uint16Array | undefined;

function table(): Uint16Array {
  if (!TABLE) {
    // Indexed by UTF-16 code unit: a lookup per character is one array read.
    TABLE = new Uint16Array(0x10000);
    for (const [from, to] of Object.entries(foldData as Record<string, string>)) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return TABLE;
}

// Only CJK ideographs fold: a text without any (English) is returned untouched at the cost of one scan.
const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/;

// Japanese era years as the calendar year, in as many characters: 平成30年 -> 2018年, 令和5年 -> 2023
// (the 年 gives way to the fourth digit), 令和元年 -> 2019. Era names are never folded otherwise.
const ERA = /(明治|大正|昭和|平成|令和)(元|\d{1,2})年/g;
const ERA_START: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };

function eraYears(text: string): string {
  if (!/明治|大正|昭和|平成|令和/.test(text)) return text;
  return text.replace(ERA, (m, era: string, n: string) => {
    const year = String(ERA_START[era] + (n === '元' ? 1 : Number(n)));
    return m.length === 5 ? `${year}年` : m.length === 4 ? year : m;
  });
}

export function foldHanzi(text: string): string {
  if (!IDEOGRAPH.test(text)) return text;
  text = eraYears(text);
  const t = table();
  let out: string[] | undefined;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const to = t[c];
    if (!to) continue;
    out ??= [];
    out.push(text.slice(last, i), String.fromCharCode(to));
    last = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}
