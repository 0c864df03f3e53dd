/**
 * Which parts of a Markdown draft are prose. Terms, citations and figures are only looked for
 * in prose: never in front matter, code (fenced, unterminated fences included, or inline; the
 * ```{r} chunks of R Markdown and Quarto are fences), HTML comments, Quarto shortcodes, link
 * destinations, autolinks or bare URLs.
 * Returns a mask: 1 = not prose. Every regex here is linear (no nested quantifiers).
 */
export function computeNonProseMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  maskFrontMatter(text, mask);
  maskFences(text, mask);
  maskPattern(text, mask, /<!--[\s\S]*?(?:-->|$)/g);
  // Quarto (and Hugo) shortcodes: {{< include _intro.qmd >}}, {{< var version >}}.
  maskPattern(text, mask, /\{\{<[^\n]{0,300}?>\}\}|\{\{%[^\n]{0,300}?%\}\}/g); // bounded: a line of "{{<" stays linear
  maskInlineCode(text, mask);
  maskLinkDestinations(text, mask);
  maskPattern(text, mask, /<(?:https?|mailto|ftp):[^>\s]*>/g);
  maskPattern(text, mask, /\b(?:https?:\/\/|www\.)[^\s<>()\u3000-\u303f\uff01-\uff5e"“”]+/g);
  return mask;
}

function maskPattern(text: string, mask: Uint8Array, re: RegExp): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    mask.fill(1, m.index, m.index + m[0].length);
  }
}

function maskFrontMatter(text: string, mask: Uint8Array): void {
  const m = /^\ufeff?---[ \t]*\r?\n/.exec(text);
  if (!m) return;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/g;
  close.lastIndex = m[0].length - 1;
  const end = close.exec(text);
  // Unterminated front matter: treat only the first line as metadata, so a stray "---" does not hide the draft.
  mask.fill(1, 0, end ? end.index + end[0].length : m[0].length);
}

function maskFences(text: string, mask: Uint8Array): void {
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text)) !== null) {
    const marker = m[2];
    const closer = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`, 'gm');
    closer.lastIndex = m.index + m[0].length;
    const end = closer.exec(text);
    const stop = end ? end.index + end[0].length : text.length;
    mask.fill(1, m.index, stop);
    fence.lastIndex = stop;
  }
}

/** Inline code: a run of N backticks closed by a run of exactly N backticks. */
function maskInlineCode(text: string, mask: Uint8Array): void {
  const open = /`+/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(text)) !== null) {
    if (mask[m.index]) continue;
    const ticks = m[0];
    let search = m.index + ticks.length;
    let end = -1;
    while (search < text.length) {
      const at = text.indexOf(ticks, search);
      if (at < 0) break;
      const run = /^`+/.exec(text.slice(at, at + ticks.length + 50))![0].length;
      if (run === ticks.length) {
        end = at + run;
        break;
      }
      search = at + run;
    }
    if (end < 0) continue;
    mask.fill(1, m.index, end);
    open.lastIndex = end;
  }
}

/** "](destination)" of inline links and images, and reference definitions "[x]: url". */
function maskLinkDestinations(text: string, mask: Uint8Array): void {
  maskPattern(text, mask, /\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g);
  maskPattern(text, mask, /^ {0,3}\[[^\]\n]+\]:[^\n]*/gm);
}

/** True when [start, end) is all prose. */
export function isProse(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return false;
  return true;
}
