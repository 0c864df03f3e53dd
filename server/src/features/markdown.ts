/**
 * Corpus text is untrusted: escaped so that a source containing [x](command:...), HTML or
 * an image link renders as literal text in a hover. Only links we build ourselves are live.
 * Characters that only matter at the start of a line (list and heading markers) are escaped there.
 */
export function escapeMarkdown(text: string): string {
  return withoutInvisibles(text)
    .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&')
    // Bare addresses ("https://…", "www.…") would be turned into live links by the renderer's
    // autolinking; an escaped colon or dot keeps them text.
    .replace(/\b([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+=]|\d+[.)])/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/[-+=.)]/, '\\$&')}`);
}

/** A command link with JSON arguments, the form VS Code's Markdown renderer accepts. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeLinkPart(JSON.stringify(args))})`;
}

/** encodeURIComponent leaves ( ) ' ! * as they are; a ")" in a key or path would end the link. */
export function encodeLinkPart(text: string): string {
  return encodeURIComponent(text).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A file link's target with the characters Markdown link syntax reserves encoded: parentheses end
 * the link, and '&' would start an entity ('&copy;' in a file name becomes '©' when rendered), so
 * any file name comes back unchanged from the rendered link.
 */
export function fileLink(href: string): string {
  return href.replace(/[()<>&\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// Bidirectional overrides and zero-width characters in corpus text could make a hover say what it
// does not (U+202E reverses what follows): they are dropped.
// Also the Arabic letter mark, the Mongolian vowel separator, soft hyphens, interlinear annotation
// marks and Unicode tag characters (U+E0000–E007F, invisible text some tools read).
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

export function withoutInvisibles(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLES, '') : text;
}

/**
 * Untrusted text for a hover, escaped and capped at `max` characters; when it is cut, the "…"
 * is a link to where the whole text is (a passage in its source file, a bibliography entry).
 */
export function cappedMarkdown(text: string, max: number, fullAt: string | undefined): string {
  const plain = withoutInvisibles(text);
  if (plain.length <= max) return escapeMarkdown(plain);
  const cut = clip(plain, max).slice(0, -1);
  return `${escapeMarkdown(cut)}${fullAt ? `[…](${fileLink(fullAt)} "open the source")` : '…'}`;
}

/** At most `max` characters, cut at a character boundary with "…": corpus fields can be any size. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(text[cut - 1])) cut--;
  return `${text.slice(0, cut)}…`;
}
