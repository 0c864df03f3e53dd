/**
 * Corpus text is untrusted: escaped so that a source containing [x](command:...), HTML or
 * an image link renders as literal text in a hover. Only links we build ourselves are live.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

/** A command link with JSON arguments, the form VS Code's Markdown renderer accepts. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
