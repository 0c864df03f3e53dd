/** A sentence of normalised text, by offsets. */
export interface Sentence {
  start: number;
  end: number;
}

// Chinese sentence ends (。！？；), Latin ends followed by a space and a capital or CJK, and
// line breaks (paragraphs, headings); a full stop after Hangul and before a space ends a Korean
// sentence. Abbreviations like "p. 12", "Vol.14" or "U.S." do not end
// a sentence because the next character is not a capital after a space. Every alternative
// begins with a literal character (the lookbehind sits after the full stop), so the engine
// can skip ahead to candidates: three times faster than with a leading lookbehind.
const BOUNDARY = /[。！？!?；]["'”’」』)）]*|\.(?:(?=\s+[A-Z“"(]|\s*[\u4e00-\u9fff])|(?<=[a-z]{3}\.)(?=\s+\d)|(?<=[\uac00-\ud7af]\.)(?=\s)|(?<=[^\d\s]\.)(?=\s+[\uac00-\ud7af]))|\n+/g;

/**
 * Splits text into sentences; every sentence is non-empty after trimming. A run-on "sentence"
 * (over RUN_ON_LENGTH characters) comes in pieces: see boundedSentences.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  return boundedSentences(text, sentencesAsWritten(text, from, to));
}

function sentencesAsWritten(text: string, from: number, to: number): Sentence[] {
  const result: Sentence[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(slice)) !== null) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    push(slice, start, end, from, result);
    start = m.index + m[0].length;
  }
  push(slice, start, slice.length, from, result);
  return result;
}

function push(slice: string, start: number, end: number, base: number, out: Sentence[]): void {
  while (start < end && /\s/.test(slice[start])) start++;
  while (end > start && /\s/.test(slice[end - 1])) end--;
  if (end > start) out.push({ start: base + start, end: base + end });
}

/** Over this many characters a "sentence" is a run-on line: a flattened table, a list, text without full stops. */
export const RUN_ON_LENGTH = 2000;
const PIECE = 500;
const MIN_PIECE = 200;
const CLAUSE_END = /[，,；;：:、。]/;
// A comma or colon between digits is inside a number (1,234; 12:30).
const DIGIT = /\d/;

/**
 * The sentences with each run-on one cut into pieces of at most 500 characters, at the last clause
 * boundary (a comma, a semicolon, a colon) or space of each, so that what is read per sentence
 * stays linear in the text (a 5M-character source line read as one sentence took minutes; a draft
 * of comma-separated lines without a full stop, joined as one sentence, blocked the server for a
 * second per check) and a definition inside such a line is still in a piece of readable length.
 * Sentences of ordinary length are returned as they are (none of the bundled or labelled sources
 * and drafts has one over 600 characters).
 */
export function boundedSentences(text: string, sentences: readonly Sentence[]): Sentence[] {
  if (!sentences.some((s) => s.end - s.start > RUN_ON_LENGTH)) return sentences as Sentence[];
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.end - s.start <= RUN_ON_LENGTH) {
      out.push(s);
      continue;
    }
    let start = s.start;
    while (s.end - start > PIECE) {
      const cut = pieceEnd(text, start);
      push(text, start, cut, 0, out);
      start = cut;
    }
    push(text, start, s.end, 0, out);
  }
  return out;
}

/** Where a piece starting at `start` ends: after its last clause boundary, else at its last space, else before a word or number it would cut. */
function pieceEnd(text: string, start: number): number {
  const limit = start + PIECE;
  for (let i = limit - 1; i >= start + MIN_PIECE; i--) if (CLAUSE_END.test(text[i]) && !(DIGIT.test(text[i - 1]) && DIGIT.test(text[i + 1] ?? ''))) return i + 1;
  for (let i = limit - 1; i >= start + MIN_PIECE; i--) if (/\s/.test(text[i])) return i + 1;
  let cut = limit;
  for (let i = 0; i < 40 && /[\p{L}\p{N}.,%]/u.test(text[cut - 1] ?? '') && /[\p{L}\p{N}.,%]/u.test(text[cut] ?? ''); i++) cut--;
  if (cut <= start + MIN_PIECE) cut = limit;
  // Never between the halves of a surrogate pair.
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  return cut;
}
