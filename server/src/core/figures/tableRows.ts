import type { SourceDocument } from '../corpus/types.js';
import type { SourceFigure } from './figureIndex.js';
import { foldHanzi } from './hanziFold.js';

/**
 * The labels of a source's table rows ("大连港", "Busan"), by the row's start: a draft clause
 * that names one row's label speaks of that row, not of another row of the same table.
 */
const ROW_LABELS = new WeakMap<SourceDocument, Map<number, string>>();

function rowLabels(doc: SourceDocument): Map<number, string> {
  let labels = ROW_LABELS.get(doc);
  if (labels) return labels;
  labels = new Map();
  const text = doc.normalized.text;
  for (const f of doc.scan.figures) {
    if (!f.table || labels.has(f.sentenceStart)) continue;
    const label = rowLabel(text.slice(f.sentenceStart, f.sentenceEnd));
    if (label) labels.set(f.sentenceStart, label);
  }
  ROW_LABELS.set(doc, labels);
  return labels;
}

/** The row's first cell: a name of two or more characters with no digit ("| 大连港 | 31250 |", "营口港  24180  -1.5"). */
function rowLabel(row: string): string | undefined {
  const first = row.replace(/^\s*\|?\s*/, '').split(/\s*\|\s*|\s{2,}|\s(?=[-−+]?\d)/)[0]?.replace(/[*_]/g, '').trim();
  if (!first || first.length < 2 || /\d/.test(first)) return undefined;
  return foldHanzi(first).toLowerCase();
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
  if (said.includes(own)) return false;
  for (const [start, label] of labels) if (start !== c.sentenceStart && label !== own && said.includes(label)) return true;
  return false;
}

