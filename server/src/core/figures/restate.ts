import type { Figure } from './figureParser.js';
import { isCjkText } from './cjkText.js';

/**
 * The source's value written the way the draft wrote its figure: "$250.1 billion" in an English
 * draft, contradicted by 2401亿美元, becomes "$240.1 billion", not the Chinese text. Only the
 * number changes (unit, scale, hedge and currency sign stay the draft's). Undefined when that
 * cannot be done faithfully (another unit, a range, a number written in words): the caller may
 * then offer the source's own text when it is in the draft's script.
 */
export function restated(draft: Figure, source: Figure): string | undefined {
  if (draft.unit !== source.unit || draft.qualifier === 'range' || source.qualifier === 'range' || source.value !== source.high) return undefined;
  const token = /\d[\d,]*(?:\.\d+)?/.exec(draft.text);
  if (!token || /[零〇一二两三四五六七八九十百千]/.test(draft.text.slice(token.index + token[0].length, token.index + token[0].length + 1))) return undefined;
  const written = Number(token[0].replace(/,/g, ''));
  if (!written) return undefined;
  const scale = draft.value / written;
  const digits = significantDigits(source.text);
  if (!digits) return undefined;
  const rest = draft.text.slice(token.index + token[0].length);
  const value = Number((source.value / scale).toPrecision(Math.min(digits, 15)));
  const rescaled = value < 1 || value >= 1000 ? inAnotherScale(rest, scale, source.value, digits) : undefined;
  if (rescaled) return draft.text.slice(0, token.index) + rescaled;
  const text = token[0].includes(',') || (value >= 10000 && !isCjkText(draft.text, 0, draft.text.length)) ? value.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(value);
  return draft.text.slice(0, token.index) + text + rest;
}

// Scale words a draft writes after its number, largest first.
const SCALES_EN: [string, number][] = [['trillion', 1e12], ['billion', 1e9], ['million', 1e6], ['thousand', 1e3]];
const SCALES_ZH: [string, number][] = [['亿', 1e8], ['万', 1e4]];

/**
 * "£4.2 billion" contradicted by £4.2 million is "£4.2 million", not "£0.0042 billion"; "0.019亿英镑" is
 * "190万英镑", "89200万人次" is "8.92亿人次": the source's value in the scale word that gives it a whole part
 * of one to three digits (Chinese: up to four), the draft's scale word swapped for it. Undefined when the draft
 * writes no scale word right after its number.
 */
function inAnotherScale(rest: string, scale: number, sourceValue: number, digits: number): string | undefined {
  const en = /^(\s?)(trillion|billion|million|thousand)\b/i.exec(rest);
  const zh = en ? null : /^(\s?)(亿|万)/.exec(rest);
  const word = en ?? zh;
  if (!word) return undefined;
  const scales = en ? SCALES_EN : SCALES_ZH;
  const unitFactor = scale / scales.find(([w]) => w === word[2].toLowerCase())![1];
  for (const [w, factor] of [...scales, ['', 1] as [string, number]]) {
    const v = Number((sourceValue / (unitFactor * factor)).toPrecision(Math.min(digits, 15)));
    if (v < 1 && w) continue;
    if (v >= (zh ? 10000 : 1000) && w !== scales[0][0]) return undefined;
    // The draft's own scale fits: its own form (commas and all) is kept by the caller.
    if (w.toLowerCase() === word[2].toLowerCase()) return undefined;
    const text = zh || v < 10000 ? String(v) : v.toLocaleString('en-US', { maximumFractionDigits: 10 });
    return text + (w ? word[1] + w : '') + rest.slice(word[0].length);
  }
  return undefined;
}

/** The significant digits of the first number in a figure's text ("2,401" -> 4, "0.61" -> 2, "8000" -> 1). */
function significantDigits(text: string): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!m) return 0;
  const plain = m[0].replace(/,/g, '');
  const [whole, fraction = ''] = plain.split('.');
  if (fraction) return (whole.replace(/^0+/, '') + fraction).replace(/^0+/, '').length;
  return whole.replace(/^0+/, '').replace(/0+$/, '').length || 1;
}

/** The replacement a quick fix offers: the source's value in the draft's form, else the source's text when it is written in the draft's script. */
export function replacementFor(draft: Figure, source: Figure): string | undefined {
  const sameScript = isCjkText(draft.text, 0, draft.text.length) === isCjkText(source.text, 0, source.text.length);
  const text = restated(draft, source) ?? (sameScript ? source.text.trim() : undefined);
  return text === undefined ? undefined : signFor(draft, source) + text;
}

/**
 * The source's minus sign ("增速为−11.6%") goes into the replacement unless the draft already says
 * the fall: with its own sign (kept, outside the figure's text) or in words ("下降5.2%").
 */
function signFor(draft: Figure, source: Figure): string {
  return source.sign && !draft.sign && draft.direction !== 'down' ? source.sign : '';
}
