/**
 * Text of an HTML tree (a web page's article, or the HTML mammoth makes of a Word file) as
 * corpus text: one paragraph per line with a blank line between blocks, tables as Markdown pipe
 * tables (which the figure reader reads cell by cell), footnote reference marks dropped (they
 * would merge into figures) and the notes themselves gathered after the text.
 *
 * The tree is walked through the few DOM members every parser has (linkedom here), typed
 * loosely: the project compiles without the DOM library.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'CAPTION', 'LI', 'DT', 'DD', 'UL', 'OL', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS', 'HR', 'TABLE', 'NAV', 'FORM']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD']);

export interface HtmlTextOptions {
  /** ids of list items that are footnotes (mammoth: footnote-1, endnote-2): gathered at the end */
  isNote?: (node: DomNode) => boolean;
  /** a footnote reference mark (a superscript link to a note): dropped */
  isNoteRef?: (node: DomNode) => boolean;
}

export function htmlToText(root: DomNode, options: HtmlTextOptions = {}): { text: string; notes: string[] } {
  const blocks: string[] = [];
  const notes: string[] = [];
  let inline = '';
  const flush = () => {
    const t = inline.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (t) blocks.push(t);
    inline = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      inline += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (options.isNoteRef?.(node)) return;
    if (options.isNote?.(node)) {
      const t = htmlToText(node, { isNoteRef: options.isNoteRef }).text.replace(/\s*\n+\s*/g, ' ').replace(/\s*↑\s*$/, '').trim();
      if (t) notes.push(t);
      return;
    }
    if (name === 'BR') {
      inline += '\n';
      return;
    }
    if (name === 'TABLE') {
      flush();
      const table = tableToMarkdown(node);
      if (table) blocks.push(table);
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (/^H[1-6]$/.test(name)) inline += '#'.repeat(Number(name[1])) + ' ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return { text: blocks.join('\n\n'), notes };
}

/** A table as a Markdown pipe table: the first row is the header; merged cells repeat nothing. */
function tableToMarkdown(table: DomNode): string | undefined {
  const rows: string[][] = [];
  const visit = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const name = child.nodeName.toUpperCase();
      if (name === 'TR') {
        const cells: string[] = [];
        for (const cell of Array.from(child.childNodes)) {
          const cn = cell.nodeName.toUpperCase();
          if (cell.nodeType !== 1 || (cn !== 'TD' && cn !== 'TH')) continue;
          const text = htmlToText(cell).text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
          cells.push(text);
          const span = Number(cell.getAttribute?.('colspan') ?? 1);
          for (let k = 1; k < Math.min(span, 20); k++) cells.push('');
        }
        if (cells.length) rows.push(cells);
      } else if (name === 'TABLE') continue; // a table inside a cell is read with the cell
      else if (name === 'CAPTION') continue;
      else visit(child);
    }
  };
  visit(table);
  const caption = Array.from(table.childNodes).find((c) => c.nodeName.toUpperCase() === 'CAPTION');
  if (!rows.length) return undefined;
  const width = Math.max(...rows.map((r) => r.length));
  // A one-column "table" is layout, not data: its cells are paragraphs.
  if (width === 1) return rows.map((r) => r[0]).filter(Boolean).join('\n\n');
  const line = (cells: string[]) => `| ${[...cells, ...new Array(width - cells.length).fill('')].join(' | ')} |`;
  const out = [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
  const title = caption ? htmlToText(caption).text.trim() : '';
  return (title ? `${title}\n\n` : '') + out.join('\n');
}
