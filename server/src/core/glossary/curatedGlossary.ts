import { normalizeText } from '../corpus/normalize.js';
import type { CorpusProblem, SourceDocument } from '../corpus/types.js';

/** A hand-written glossary entry (glossary.yaml in a corpus folder). */
export interface CuratedTerm {
  term: string;
  aliases: string[];
  definition?: string;
  sources: { key?: string; quote?: string }[];
  file: string;
  line: number;
}

/** A quoted passage of a curated entry, located in the corpus. */
export interface CuratedQuote {
  term: string;
  doc: SourceDocument;
  start: number;
  end: number;
}

/**
 * Reads a curated glossary: a list of {term, aliases, definition, sources: [{key, quote}]},
 * at the top level or under `terms:`. Entries without a term are reported and skipped.
 */
export function readCuratedGlossary(file: string, parsed: { data: unknown; text: string }): { terms: CuratedTerm[]; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const data = parsed.data as { terms?: unknown } | unknown[] | null;
  const list = Array.isArray(data) ? data : Array.isArray((data as { terms?: unknown })?.terms) ? ((data as { terms: unknown[] }).terms) : [];
  const terms: CuratedTerm[] = [];
  list.forEach((raw, i) => {
    const e = (raw ?? {}) as Record<string, unknown>;
    if (typeof e.term !== 'string' || !e.term.trim()) {
      problems.push({ path: file, severity: 'warning', message: `glossary entry ${i + 1} has no "term"; skipped` });
      return;
    }
    const sources = Array.isArray(e.sources) ? e.sources : [];
    terms.push({
      term: e.term.trim(),
      aliases: Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [],
      definition: typeof e.definition === 'string' ? e.definition.trim() : undefined,
      sources: sources.map((s) => ({ key: str((s as Record<string, unknown>)?.key), quote: str((s as Record<string, unknown>)?.quote) })),
      file,
      line: lineOf(parsed.text, e.term.trim()),
    });
  });
  return { terms, problems };
}

/** Finds each curated quote in the corpus; a quote not found is a warning on the glossary file. */
export function locateCuratedQuotes(terms: CuratedTerm[], docsByKey: ReadonlyMap<string, SourceDocument[]>, allDocs: readonly SourceDocument[]): { quotes: CuratedQuote[]; problems: CorpusProblem[] } {
  const quotes: CuratedQuote[] = [];
  const problems: CorpusProblem[] = [];
  for (const t of terms) {
    for (const s of t.sources) {
      if (!s.quote) continue;
      const needle = normalizeText(s.quote).text.replace(/\n/g, '');
      const docs = s.key ? docsByKey.get(s.key) ?? [] : allDocs;
      const hit = docs.map((doc) => ({ doc, at: doc.normalized.text.indexOf(needle) })).find((h) => h.at >= 0);
      if (hit) quotes.push({ term: t.term, doc: hit.doc, start: hit.at, end: hit.at + needle.length });
      else {
        const where = s.key ? (docsByKey.has(s.key) ? `source @${s.key}` : `unknown source @${s.key}`) : 'the corpus';
        problems.push({ path: t.file, severity: 'warning', line: t.line, message: `glossary "${t.term}": quote not found in ${where}: "${s.quote.slice(0, 60)}"` });
      }
    }
  }
  return { quotes, problems };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function lineOf(text: string, needle: string): number {
  const at = needle ? text.indexOf(needle) : -1;
  return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}
