import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { getGlossary, type GlossaryEntry, type GlossaryPassage } from '../../server/src/core/glossary/glossary.js';
import { termKey } from '../../server/src/core/glossary/termKey.js';
import { termAt } from '../../server/src/core/glossary/termLookup.js';

/** A labelled set of defined terms: test/fixtures/terms/<set>/labels.json beside its corpus/. */
export interface TermLabels {
  /** defined terms: every name the document gives one, the first as written in its definition */
  terms: { doc: string; names: string[]; definition: string; pattern: string; wrapped?: boolean }[];
  /** organisations, places and programmes named with an acronym or translation: fine as entries, not defined terms */
  entities: { doc: string; names: string[] }[];
}

export function readTermLabels(dir: string): TermLabels {
  return JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as TermLabels;
}

// Compared without spaces and width differences: a passage is normalised text, a label is as typed.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** A one-sentence draft that mentions a name, in the language its script suggests (or another one, to test mixed scripts). */
export function draftMentioning(name: string, language: 'zh' | 'en' | 'ko' | 'ja'): { text: string; offset: number } {
  const [before, after] = { zh: ['我们讨论', '的问题。'], en: ['We discuss ', ' in this brief.'], ko: ['우리는 ', '에 대해 논의한다.'], ja: ['本稿では', 'について論じる。'] }[language];
  return { text: before + name + after, offset: before.length };
}

export function scriptOf(name: string): 'zh' | 'en' | 'ko' | 'ja' {
  if (/[\uac00-\ud7af]/.test(name)) return 'ko';
  if (/[\u3040-\u30ff]/.test(name)) return 'ja';
  return /[\u4e00-\u9fff]/.test(name) ? 'zh' : 'en';
}

/** The entry a hover on `name` in `draft` shows, if the match covers exactly that name, and its passages in the order shown. */
function hoverHit(snapshot: CorpusSnapshot, name: string, language: 'zh' | 'en' | 'ko' | 'ja'): { entry: GlossaryEntry; passages: GlossaryPassage[] } | undefined {
  const { text, offset } = draftMentioning(name, language);
  const hit = termAt(snapshot, analyzeDraft(text), offset + Math.floor(name.length / 2));
  return hit && hit.match.start === offset && hit.match.end === offset + name.length ? hit : undefined;
}

function hoverEntry(snapshot: CorpusSnapshot, name: string, language: 'zh' | 'en' | 'ko' | 'ja'): GlossaryEntry | undefined {
  return hoverHit(snapshot, name, language)?.entry;
}

function definesWith(hit: { passages: GlossaryPassage[] } | undefined, doc: string, definition: string): boolean {
  const first = hit?.passages[0];
  if (!first || path.basename(first.doc.path) !== doc) return false;
  return squash(first.doc.normalized.text.slice(first.start, first.end)).includes(squash(definition));
}

export interface TermScores {
  terms: number;
  /** the first name hovers and the first passage shown is the defining sentence */
  hovered: number;
  /** every other name hovers the same entry */
  aliases: { right: number; total: number };
  /** Latin names inside Chinese text and Chinese names inside English text hover the same entry */
  mixed: { right: number; total: number };
  /** glossary entries from the set's documents whose names are all labelled names of one term or entity */
  entries: { right: number; total: number };
  misses: string[];
}

/** A name an entry may carry for a labelled item: one of its names, or a shortened form of one (长吉图 for 长吉图开发开放先导区). */
function nameFits(name: string, item: { names: string[] }): boolean {
  const key = termKey(name);
  return item.names.some((n) => {
    const k = termKey(n);
    return k === key || (key.length >= 3 && k.startsWith(key) && /[\u4e00-\u9fff]/.test(key));
  });
}

export function scoreTerms(snapshot: CorpusSnapshot, labels: TermLabels): TermScores {
  const misses: string[] = [];
  let hovered = 0;
  const aliases = { right: 0, total: 0 };
  const mixed = { right: 0, total: 0 };
  for (const t of labels.terms) {
    const hit = hoverHit(snapshot, t.names[0], scriptOf(t.names[0]));
    const entry = hit?.entry;
    if (definesWith(hit, t.doc, t.definition)) hovered++;
    else {
      const shown = hit?.passages[0];
      misses.push(`${t.doc}: "${t.names[0]}" (${t.pattern}) ${!entry ? 'no hover' : `shows "${shown ? shown.doc.normalized.text.slice(shown.start, shown.end).replace(/\s+/g, ' ').slice(0, 70) : ''}" (${entry.name})`}`);
    }
    for (const alias of t.names.slice(1)) {
      aliases.total++;
      const other = hoverEntry(snapshot, alias, scriptOf(alias));
      if (other && entry && other === entry) aliases.right++;
      else misses.push(`${t.doc}: alias "${alias}" of "${t.names[0]}" ${other ? `hovers "${other.name}"` : 'no hover'}`);
    }
    for (const name of t.names) {
      const script = scriptOf(name);
      if (script !== 'zh' && script !== 'en') continue;
      mixed.total++;
      const other = hoverEntry(snapshot, name, script === 'zh' ? 'en' : 'zh');
      if (other && other === hoverEntry(snapshot, name, script)) mixed.right++;
      else misses.push(`${t.doc}: "${name}" inside ${script === 'zh' ? 'English' : 'Chinese'} text ${other ? `hovers "${other.name}"` : 'no hover'}`);
    }
  }
  const items = [...labels.terms, ...labels.entities];
  const entries = { right: 0, total: 0 };
  for (const e of getGlossary(snapshot).entries) {
    if (!e.passages.some((p) => p.kind !== 'curated')) continue;
    entries.total++;
    const names = [e.name, ...e.aliases];
    if (items.some((item) => names.every((n) => nameFits(n, item)))) entries.right++;
    else misses.push(`entry "${names.join(' / ')}" is not a labelled term or entity (${path.basename(e.passages[0].doc.path)})`);
  }
  return { terms: labels.terms.length, hovered, aliases, mixed, entries, misses };
}
