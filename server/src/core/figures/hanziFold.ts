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

export function foldHanzi(text: string): string {
  if (!IDEOGRAPH.test(text)) return text;
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
