import { isUtf8 } from 'node:buffer';
import { detect } from 'chardet';

/** Result of turning a corpus file's bytes into text. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

/**
 * Decodes a corpus file. Order matters (see docs/measured-facts.md, Encodings): BOM first, then strict
 * UTF-8 (cheap and never wrong), then a detector's guess checked for plausibility, because
 * detectors guess wrong on short files and GB18030 "decodes" almost any byte string.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8' };
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  if (isUtf8(bytes)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    if (looksBinary(text)) return { ok: false, reason: 'binary content (control characters) in a text file' };
    return { ok: true, text, encoding: 'utf-8' };
  }
  if (hasNulBytes(bytes)) {
    const utf16 = tryUtf16WithoutBom(bytes);
    return utf16 ?? { ok: false, reason: 'binary content (NUL bytes) in a text file' };
  }
  return decodeLegacy(bytes);
}

function decodeWithBom(bytes: Uint8Array): DecodeResult | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictDecode(bytes.subarray(3), 'utf-8', 'utf-8 (BOM)');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode(bytes.subarray(2), 'utf-16le', 'utf-16le (BOM)');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode(bytes.subarray(2), 'utf-16be', 'utf-16be (BOM)');
  return undefined;
}

function strictDecode(bytes: Uint8Array, label: string, name: string): DecodeResult {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: name };
  } catch {
    return { ok: false, reason: `invalid ${name} byte sequence` };
  }
}

/** UTF-16 without a BOM shows up as every other byte NUL in mostly-ASCII text. */
function tryUtf16WithoutBom(bytes: Uint8Array): DecodeResult | undefined {
  const guess = detect(bytes);
  if (guess !== 'UTF-16LE' && guess !== 'UTF-16BE') return undefined;
  const result = strictDecode(bytes, guess.toLowerCase(), guess.toLowerCase());
  return result.ok && isPlausibleText(result.text) ? result : undefined;
}

const LEGACY_CHINESE = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'EUC-KR', 'EUC-JP', 'Shift_JIS']);

/**
 * Not UTF-8: ask the detector, decode strictly with what it names, and only keep the result
 * if it reads like text. GB18030 is tried last even without a guess, because the detector is
 * unreliable on short Chinese files and GB18030 is by far the most common legacy encoding here.
 */
function decodeLegacy(bytes: Uint8Array): DecodeResult {
  const guess = detect(bytes.subarray(0, 64 * 1024)) ?? '';
  const candidates = LEGACY_CHINESE.has(guess) ? [guess, 'GB18030'] : ['GB18030'];
  for (const label of candidates) {
    const result = strictDecode(bytes, label.toLowerCase(), label.toLowerCase());
    if (result.ok && isPlausibleText(result.text)) return result;
  }
  const named = guess ? ` (detector guessed ${guess})` : '';
  return { ok: false, reason: `not valid UTF-8, UTF-16 or GB18030 text${named}; convert the file to UTF-8` };
}

function hasNulBytes(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

// Control characters other than tab, newline, carriage return and form feed.
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls / sample.length > 0.01;
}

// Characters a real document is made of: ASCII, Latin, CJK ideographs, kana, Hangul,
// CJK and fullwidth punctuation, general punctuation.
const PLAUSIBLE =
  /[\u0009\u000a\u000d\u0020-\u007e\u00a0-\u024f\u2000-\u206f\u2460-\u24ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/g;

/** A decoding is believed only if nearly all characters are ones real documents use. */
export function isPlausibleText(text: string): boolean {
  const sample = text.slice(0, 16384);
  if (sample.length === 0) return true;
  const good = sample.match(PLAUSIBLE)?.length ?? 0;
  return good / sample.length >= 0.97;
}
