import type { SourceDocument } from '../corpus/types.js';
import type { SourceFigure } from './figureIndex.js';
import { foldHanzi } from './hanziFold.js';
import { romanizations } from '../citations/romanize.js';

/**
 * The labels of a source's table rows ("大连港", "Busan"), by the row's start: a draft clause
 * that names one row's label speaks of that row, not of another row of the same table.
 */
const ROW_LABELS = new WeakMap<SourceDocument, Map<number, RowLabel>>();

/** A row's label folded for comparison, and its Latin spellings ("北湾港" -> beiwangang, beiwan; "중 구" -> junggu). */
interface RowLabel {
  folded: string;
  latin: string[];
}

function rowLabels(doc: SourceDocument): Map<number, RowLabel> {
  let labels = ROW_LABELS.get(doc);
  if (labels) return labels;
  labels = new Map();
  const text = doc.normalized.text;
  for (const f of doc.scan.figures) {
    if (!f.table || labels.has(f.sentenceStart)) continue;
    const label = writtenLabel(text.slice(f.sentenceStart, f.sentenceEnd));
    if (label) labels.set(f.sentenceStart, { folded: foldHanzi(label).toLowerCase(), latin: latinSpellings(label) });
  }
  ROW_LABELS.set(doc, labels);
  return labels;
}

/** The row's first cell as written: a name of two or more characters with no digit ("| 大连港 | 31250 |", "营口港  24180  -1.5"). */
function writtenLabel(row: string): string | undefined {
  // A ranking's place before the name ("2 北浜市 3,650") is no part of it.
  const first = row.replace(/^\s*\|?\s*/, '').replace(/^\d{1,2}\s+(?=[^\d\s])/, '').split(/\s*\|\s*|\s{2,}|\s(?=[-−+]?\d)/)[0]?.replace(/[*_]/g, '').trim();
  if (!first || first.length < 2 || /\d/.test(first)) return undefined;
  return first;
}

// What kind of place or thing a name is (港 port, 市 city, 구 district): an English draft writes the rest ("Beiwan port").
const KIND_SUFFIX = /(?:港|市|县|縣|省|区|區|镇|鎮|乡|鄉|村|州|岛|島|口岸|구|시|군|도|항)$/;

/** How an English draft spells a CJK row name: its romanization whole, and without its kind word when two syllables remain. */
function latinSpellings(label: string): string[] {
  const name = label.replace(/\s+/g, '');
  const whole = romanizations(name, false);
  if (!whole) return [];
  const stem = KIND_SUFFIX.test(name) ? romanizations(name.replace(KIND_SUFFIX, ''), false) : undefined;
  return stem && stem.syllables.length >= 2 ? [whole.full, stem.full] : [whole.full];
}

/** The label of a table cell's row as the source writes it ("北湾港"), for a message. */
export function rowLabelOf(c: SourceFigure): string | undefined {
  return c.table ? writtenLabel(c.doc.normalized.text.slice(c.sentenceStart, c.sentenceEnd)) : undefined;
}

/**
 * The draft's clause names another row of the candidate's table and not the candidate's own
 * ("2023年大连港货运量为24180万吨" against the 营口港 row's 24180): another item's value.
 */
export function namesAnotherRow(clause: string, c: SourceFigure): boolean {
  if (!c.table) return false;
  const labels = rowLabels(c.doc);
  const own = labels.get(c.sentenceStart);
  if (!own) return false;
  const said = clause.toLowerCase();
  // Names as an English draft writes a romanized one, capitalized ("Beiwan", "Jung-gu's").
  const words = new Set((clause.match(/\b[A-Z][a-z]+(?:-[a-z]+)*/g) ?? []).map((w) => w.replace(/-/g, '').toLowerCase()));
  const names = (l: RowLabel) => said.includes(l.folded) || l.latin.some((w) => words.has(w));
  if (names(own)) return false;
  for (const [start, label] of labels) if (start !== c.sentenceStart && label.folded !== own.folded && names(label)) return true;
  return false;
}

/** The column header of a table cell's quote ("caption · header: label value"), as the scan wrote it. */
export function columnHeaderOf(tableContext: string): { header: string; caption?: string } | undefined {
  const colon = tableContext.lastIndexOf(': ');
  if (colon < 0) return undefined;
  const dot = tableContext.lastIndexOf(' · ', colon);
  return { header: tableContext.slice(dot < 0 ? 0 : dot + 3, colon), caption: dot < 0 ? undefined : tableContext.slice(0, dot) };
}

// A unit in brackets says how the column is written, not what it measures ("借閱冊數（萬冊）").
const UNIT_IN_BRACKETS = /[（(][^（）()]*[）)]/g;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+/g;
const LATIN_WORD = /[a-z]{3,}/g;

/** The pieces a header is made of: character pairs of its CJK runs, its Latin words. */
function headerPieces(header: string): string[] {
  const text = foldHanzi(header.replace(UNIT_IN_BRACKETS, ' ')).toLowerCase();
  const pieces: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    if (run.length === 1) pieces.push(run);
    for (let i = 0; i + 1 < run.length; i++) pieces.push(run.slice(i, i + 2));
  }
  pieces.push(...(text.match(LATIN_WORD) ?? []));
  return pieces;
}

/**
 * What the clause of one source figure names and the other's does not ("其中财产险公司41家，人身险公司46家":
 * 财产 against 人身), and how much of each the draft's words say.
 */
export function distinctNamed(said: string, own: string, other: string): { own: number; other: number } {
  const a = new Set(headerPieces(own));
  const b = new Set(headerPieces(other));
  const onlyOwn = [...a].filter((p) => !b.has(p));
  const onlyOther = [...b].filter((p) => !a.has(p));
  const text = foldHanzi(said).toLowerCase();
  const share = (pieces: string[]) => (pieces.length ? pieces.filter((p) => text.includes(p)).length / pieces.length : 0);
  return { own: share(onlyOwn), other: share(onlyOther) };
}

/** How much of a cell's column header the draft's clause says: 1 when every piece of it is there. */
export function columnNamedBy(clause: string, c: SourceFigure): number {
  const header = c.table && c.tableContext ? columnHeaderOf(c.tableContext)?.header : undefined;
  const pieces = header ? headerPieces(header) : [];
  if (!pieces.length) return 0;
  const said = foldHanzi(clause).toLowerCase();
  return pieces.filter((p) => said.includes(p)).length / pieces.length;
}
