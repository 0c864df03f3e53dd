import { parse } from '@retorquere/bibtex-parser';
import type { CorpusProblem, Reference } from './types.js';

interface BibCreator {
  name?: string;
  lastName?: string;
  firstName?: string;
}

/**
 * Reads a BibTeX file with @retorquere/bibtex-parser (the parser Better BibTeX for Zotero
 * uses): it understands TeX escapes and name lists, and keeps parsing after a broken entry,
 * so the good entries survive and each error is reported with its line.
 */
export function parseBibtex(path: string, text: string): { references: Reference[]; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  let library: ReturnType<typeof parse>;
  try {
    library = parse(text, { sentenceCase: false });
  } catch (err) {
    problems.push({ path, severity: 'error', message: `BibTeX could not be parsed: ${(err as Error).message}` });
    return { references: [], problems };
  }
  const broken = new Set<string>();
  for (const e of library.errors) {
    const line = /at line (\d+)/.exec(e.error)?.[1];
    problems.push({ path, severity: 'error', line: line ? Number(line) - 1 : undefined, message: `BibTeX: ${e.error}` });
    if (e.input) broken.add(e.input);
  }
  const references = library.entries
    .filter((entry) => entry.input !== '' && !broken.has(entry.input))
    .map((entry) => bibEntryToReference(path, text, entry));
  return { references, problems };
}

type BibEntry = ReturnType<typeof parse>['entries'][number];

function bibEntryToReference(path: string, text: string, entry: BibEntry): Reference {
  const f = entry.fields as Record<string, unknown>;
  const at = text.indexOf(entry.input);
  return {
    id: entry.key,
    title: field(f.title),
    authors: creators(f.author ?? f.editor, entry.input),
    year: field(f.year) ?? /\d{4}/.exec(field(f.date) ?? '')?.[0],
    container: field(f.journal) ?? field(f.journaltitle) ?? field(f.booktitle),
    issue: field(f.number) ?? field(f.issue),
    volume: field(f.volume),
    page: field(f.pages),
    language: field(f.language) ?? field(f.langid),
    publisher: field(f.publisher) ?? field(f.institution),
    url: field(f.url),
    note: field(f.note),
    type: entry.type,
    ...attachedFiles(field(f.file)),
    origin: { path, line: at < 0 ? 0 : text.slice(0, at).split('\n').length - 1, character: 0 },
  };
}

/**
 * "files/report.pdf", "Full Text:C\\:/Zotero/storage/AB12/kita_press.pdf:application/pdf;…": the
 * base names of the files a BibTeX "file" field attaches, whatever the exporter's syntax.
 */
function attachedFiles(value: string | undefined): { files?: string[] } {
  if (!value) return {};
  const files = [...value.matchAll(/[^/\\:;{}]+\.(?:pdf|docx?|html?|txt|md|epub)(?=$|[:;}])/gi)].map((m) => m[0].trim()).filter(Boolean);
  return files.length ? { files } : {};
}

function field(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').join('; ') || undefined;
  return undefined;
}

function creators(v: unknown, input = ''): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((c: BibCreator) => {
    if (c.name) return c.name;
    const cjk = /[\u3400-\u9fff\uac00-\ud7af]/.test(`${c.lastName ?? ''}${c.firstName ?? ''}`);
    // BibTeX reads "李 四" as first "李", last "四"; CJK names are family-first, so rejoin as written.
    // Written "李, 明" (family, given: what Zotero and Better BibTeX export), the last name is the family.
    if (cjk && c.lastName && c.firstName && new RegExp(`${escapeRegExp(c.lastName)}\\s*,\\s*${escapeRegExp(c.firstName)}`).test(input)) return `${c.lastName}${c.firstName}`;
    if (cjk) return `${c.firstName ?? ''}${c.lastName ?? ''}`;
    return [c.lastName, c.firstName].filter(Boolean).join(', ');
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
