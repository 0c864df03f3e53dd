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
  const value = Number((source.value / scale).toPrecision(Math.min(digits, 15)));
  const text = token[0].includes(',') || (value >= 10000 && !isCjkText(draft.text, 0, draft.text.length)) ? value.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(value);
  return draft.text.slice(0, token.index) + text + draft.text.slice(token.index + token[0].length);
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
