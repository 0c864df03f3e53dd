import type { Figure } from './figureParser.js';
import { readTables, type TableFigure } from './tables.js';

/**
 * A numeric cell of a Markdown table in a draft, restated as the sentence a writer would have
 * written: the short caption, the column header and the row label, then the value. The cell's
 * words are its header and row, not the cells beside it, so it is checked as that sentence.
 */
export interface DraftTableCell {
  /** the cell as the table reader read it, in draft offsets */
  cell: TableFigure;
  statement: string;
  /** the cell's figure placed in `statement` */
  figure: Figure;
}

// A caption longer than this is the paragraph before the table, not its title: left out.
const MAX_CAPTION = 80;

export function draftTableCells(text: string): DraftTableCell[] {
  if (!text.includes('|')) return [];
  const out: DraftTableCell[] = [];
  // A sentence above a draft's table is the writer's prose, not the table's caption.
  for (const cell of readTables(text, undefined, false)) {
    // Drafts are Markdown: only pipe tables are tables (a text table in a draft is prose or code).
    if (!text.startsWith('|', cell.rowStart) && !/^\s+\|/.test(text.slice(cell.rowStart, cell.rowStart + 8))) continue;
    const parts = cell.context.map((c) => clean(text.slice(c.start, c.end))).filter((p) => p && p.length <= MAX_CAPTION);
    const lead = parts.join(' ');
    const statement = `${lead} ${cell.figure.text}`;
    const start = lead.length + 1;
    out.push({ cell, statement, figure: { ...cell.figure, start, end: statement.length } });
  }
  return out;
}

/** A heading's hashes, emphasis and citations say nothing about the cell. */
function clean(s: string): string {
  return s.replace(/^#{1,6}\s+/, '').replace(/\[[^\]]*@[^\]]*\]/g, '').replace(/[*_`|]/g, ' ').replace(/\s+/g, ' ').trim();
}
