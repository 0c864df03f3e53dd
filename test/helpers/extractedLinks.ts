import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A hover's link to a passage of a PDF source in the extracted-text view: "[name p. P, l. L](command:
 * policyWriter.openExtractedText?[uri, line])". `name` as shown (Markdown escapes allowed).
 */
export function extractedLink(markdown: string, name = '[^\\]]*?'): { page: number; lineInPage: number; uri: string; line: number } | undefined {
  const pattern = name.replace(/[._]/g, '\\\\?$&');
  const m = new RegExp(`\\[${pattern} p\\. (\\d+), l\\. (\\d+)\\]\\(command:policyWriter\\.openExtractedText\\?([^)\\s]+)\\)`).exec(markdown);
  if (!m) return undefined;
  const [uri, line] = JSON.parse(decodeURIComponent(m[3])) as [string, number];
  return { page: Number(m[1]), lineInPage: Number(m[2]), uri, line };
}

/**
 * Every link target in a hover is one VS Code renders as a link in a hover (http, https, file,
 * mailto, and command when the command is one the client trusts: client/src/extension.ts); any
 * other scheme is shown as plain text.
 */
export function unrenderedLinks(markdown: string): string[] {
  const client = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'client', 'src', 'extension.ts'), 'utf8');
  const trusted = new Set([.../enabledCommands: \[([^\]]*)\]/.exec(client)![1].matchAll(/'([\w.]+)'/g)].map((m) => m[1]));
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1].toLowerCase();
      if (scheme === 'command') return !trusted.has(/^command:([\w.]+)/.exec(target)?.[1] ?? '');
      return !['http', 'https', 'file', 'mailto'].includes(scheme ?? '');
    });
}
