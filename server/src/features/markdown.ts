/**
 * Corpus text is untrusted: escaped so that a source containing [x](command:...), HTML or
 * an image link renders as literal text in a hover. Only links we build ourselves are live.
 * Characters that only matter at the start of a line (list and heading markers) are escaped there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+=]|\d+[.)])/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/[-+=.)]/, '\\$&')}`);
}

/** A command link with JSON arguments, the form VS Code's Markdown renderer accepts. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
