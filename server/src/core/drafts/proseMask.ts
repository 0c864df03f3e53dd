import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { frontMatterExtent } from '../corpus/frontMatter.js';

/**
 * Which parts of a Markdown draft are prose, as a Markdown parser reads it (micromark, CommonMark
 * with GitHub's tables, footnotes, strikethrough and autolinks, and $$ math), with offsets.
 *
 * Prose: paragraphs, headings, list items, block quotes, table cells and footnote definitions.
 * Not prose: front matter, code (fenced, unterminated fences included, indented, inline; the
 * ```{r} chunks of R Markdown and Quarto are fences), HTML and comments, math ($$…$$, and $…$ as
 * Pandoc reads it when its content looks like TeX), link and image destinations, reference
 * definitions, footnote labels, autolinks, bare URLs and Quarto shortcodes.
 */
export interface MarkdownReading {
  /** 1 = not prose; one entry per UTF-16 unit of the text, so offsets hold */
  mask: Uint8Array;
  /** offsets of the line breaks inside a paragraph (soft wraps): the sentence goes on across them */
  softBreaks: number[];
  /** HTML comments outside code, each with its offsets and its text between <!-- and --> */
  comments: { start: number; end: number; body: string }[];
  /** the front matter block's end (0 when there is none) */
  frontMatterEnd: number;
  /** set when the parser could not be used and the draft was read by the fallback scanner */
  problem?: string;
  /** what the parser read of each part of the draft (kept so that typing re-reads one part) */
  parts?: Map<string, PartReading>;
}

/** Drafts above this size are read by the fallback scanner: the parser keeps a tree of every node. */
const PARSER_LIMIT = 1_000_000;
// A part this long with this many brackets goes to the scanner (see readParts).
const BRACKETS_PART_LENGTH = 20_000;
const MAX_PARSED_BRACKETS = 1_000;

function bracketCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 91) n++;
  return n;
}

// Characters that open inline constructs: the parser's time in one paragraph grows with the square
// of their number (a line of 200,000 characters with emphasis in every sentence and no sentence end
// to cut it at: 25 s), so a long part full of them goes to the scanner too.
const INLINE_MARKS = /[*_`<$~]/g;

function bracketHeavy(part: string): boolean {
  return part.length > BRACKETS_PART_LENGTH && bracketCount(part) > MAX_PARSED_BRACKETS;
}

/** Many brackets, or a paragraph (not code, HTML, a list or a table) with many inline marks. */
function goesToScanner(part: string): boolean {
  if (bracketHeavy(part)) return true;
  return part.length > BRACKETS_PART_LENGTH && !PIECE_START.test(part.slice(0, 12)) && (part.match(INLINE_MARKS)?.length ?? 0) > MAX_PARSED_BRACKETS;
}

/** The mask alone: 1 = not prose. */
export function computeNonProseMask(text: string): Uint8Array {
  return readMarkdown(text).mask;
}

/**
 * Reads a draft; never throws (a draft the parser cannot take is read by the fallback scanner and
 * says why). Given the reading of the draft's previous version, an edit inside one top-level
 * paragraph (the common case: typing) re-reads that paragraph only.
 */
export function readMarkdown(text: string, previous?: { text: string; reading: MarkdownReading }, options: ReadOptions = {}): MarkdownReading {
  const reading = readWhole(text, previous?.reading.parts, { ...DEFAULT_READ, ...options });
  // Quarto (and Hugo) shortcodes: {{< include _intro.qmd >}}, {{< var version >}}.
  maskPattern(text, reading.mask, /\{\{<[^\n]{0,300}?>\}\}|\{\{%[^\n]{0,300}?%\}\}/g); // bounded: a line of "{{<" stays linear
  maskPattern(text, reading.mask, /\b(?:https?:\/\/|www\.)[^\s<>()\u3000-\u303f\uff01-\uff5e"“”]+/g);
  // Footnote references, whether or not their definition is in the part that was parsed.
  maskPattern(text, reading.mask, /\[\^[^\]\s]{1,100}\](?!:)/g);
  reading.softBreaks.sort((a, b) => a - b);
  reading.comments.sort((a, b) => a.start - b.start);
  return reading;
}

/** How a draft is cut into parts; other than the defaults only in tests (to compare, and to cut at every line). */
export interface ReadOptions {
  /** cut long plain paragraphs between their lines (see paragraphLineCuts) */
  lineCuts?: boolean;
  /** a paragraph longer than this is cut between its lines */
  lineCutMin?: number;
  /** parts are joined into groups of up to about this many characters (see grouped); 0: not joined */
  groupChars?: number;
  /** a line of a paragraph is cut at sentence ends into pieces of at least this many characters (see sentenceCuts) */
  sentencePiece?: number;
}

const DEFAULT_READ: Required<ReadOptions> = { lineCuts: true, lineCutMin: 2000, groupChars: 6000, sentencePiece: 5000 };

function readWhole(text: string, previous: Map<string, PartReading> | undefined, options: Required<ReadOptions>): MarkdownReading {
  const mask = new Uint8Array(text.length);
  const front = frontMatterExtent(text);
  const frontMatterEnd = front?.length ?? 0;
  mask.fill(1, 0, frontMatterEnd);
  const reading: MarkdownReading = { mask, softBreaks: [], comments: [], frontMatterEnd };
  if (text.length - frontMatterEnd > PARSER_LIMIT) {
    reading.problem = `the draft is over ${PARSER_LIMIT / 1e6} million characters: it was read by a simpler scanner (code, comments and links are still left out)`;
    scanWithoutParser(text, reading);
  } else {
    try {
      // The front matter is blanked, not cut: the parser sees the same offsets, and a "```" in
      // the metadata cannot open a code block over the draft.
      const body = frontMatterEnd ? text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd) : text;
      readParts(body, reading, previous, options);
    } catch (err) {
      reading.problem = `the Markdown parser failed (${(err as Error).message ?? err}): the draft was read by a simpler scanner`;
      reading.mask = new Uint8Array(text.length);
      reading.mask.fill(1, 0, frontMatterEnd);
      reading.softBreaks = [];
      reading.comments = [];
      reading.parts = undefined;
      scanWithoutParser(text, reading);
    }
  }
  return reading;
}

/** What the parser read of one part of the draft, in offsets from the part's start. */
interface PartReading {
  mask: Uint8Array;
  softBreaks: number[];
  comments: { start: number; end: number; body: string }[];
}

/**
 * Parses the draft part by part. Parts are cut where nothing can run across the cut: at a line
 * that starts in column 0 after a blank line, outside a fence ("```", "~~~", "$$") and an HTML
 * block that blank lines do not end (a comment, <pre>, <script>, <style>, <textarea>). A part
 * read for the previous version of the draft is taken as it was (typing re-reads one part),
 * and the parser, slow on many containers in one piece, only ever sees short texts.
 */
function readParts(body: string, reading: MarkdownReading, previous: Map<string, PartReading> | undefined, options: Required<ReadOptions>): void {
  const parts = new Map<string, PartReading>();
  const { cuts, inParagraph } = cutPoints(body, reading.frontMatterEnd, options);
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i];
    // A paragraph cut between two of its lines: that line break is a soft wrap, as in a whole parse.
    if (inParagraph.has(start)) reading.softBreaks.push(start - 1);
    const source = body.slice(start, cuts[i + 1]);
    let part = parts.get(source) ?? previous?.get(source);
    if (!part) {
      const own: MarkdownReading = { mask: new Uint8Array(source.length), softBreaks: [], comments: [], frontMatterEnd: 0 };
      // The parser resolves brackets in time quadratic in their number within one paragraph
      // (10,000 citations on one line: 2 s and growing): such a part is read by the scanner.
      if (goesToScanner(source)) scanWithoutParser(source, own);
      else readBlocks(source, 0, own, 0);
      part = { mask: own.mask, softBreaks: own.softBreaks, comments: own.comments };
    }
    parts.set(source, part);
    reading.mask.set(part.mask, start);
    for (const o of part.softBreaks) reading.softBreaks.push(start + o);
    for (const c of part.comments) reading.comments.push({ start: start + c.start, end: start + c.end, body: c.body });
  }
  reading.parts = parts;
}

/**
 * Where the draft can be cut into parts the parser reads alone (see readParts), its ends included,
 * and which of them cut a paragraph between two of its lines (see lineCuts).
 */
function cutPoints(body: string, from: number, options: Required<ReadOptions>): { cuts: number[]; inParagraph: Set<number> } {
  const blocks = blockCuts(body, from);
  const inParagraph = new Set<number>();
  const byBlocks = grouped(body, blocks, DEFAULT_READ.groupChars);
  // A part the scanner reads (many brackets, see readParts) is read as it always was: no line cuts.
  if (!options.lineCuts || byBlocks.some((c, i) => i > 0 && bracketHeavy(body.slice(byBlocks[i - 1], c)))) return { cuts: byBlocks, inParagraph };
  const cuts = [blocks[0]];
  // Cuts inside a paragraph, between its lines (inParagraph) or inside a line: grouped by their own text.
  const inside = new Set<number>();
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i] - blocks[i - 1] > options.lineCutMin) {
      for (const at of paragraphCuts(body, blocks[i - 1], blocks[i], options.sentencePiece)) {
        cuts.push(at.at);
        inside.add(at.at);
        if (at.line) inParagraph.add(at.at);
      }
    }
    cuts.push(blocks[i]);
  }
  return { cuts: grouped(body, cuts, options.groupChars, inside), inParagraph };
}

/**
 * The cuts inside one block: between the lines of a plain paragraph (paragraphLineCuts), and at
 * sentence ends inside a long line of it (sentenceCuts), or of a paragraph of one line.
 */
function paragraphCuts(body: string, start: number, end: number, sentencePiece: number): { at: number; line: boolean }[] {
  const lineCuts = paragraphLineCuts(body, start, end);
  const lineEnds = [...lineCuts, end];
  // A block of one line (and blank lines after it) that starts no other block is a paragraph of one line.
  if (lineCuts.length === 0) {
    const first = body.indexOf('\n', start);
    const lineEnd = first < 0 || first >= end ? end : first;
    if (body.slice(lineEnd, end).trim() !== '' || PIECE_START.test(body.slice(start, start + 12))) return [];
    return sentenceCuts(body, start, lineEnd, sentencePiece).map((at) => ({ at, line: false }));
  }
  const out: { at: number; line: boolean }[] = [];
  let lineStart = start;
  for (const next of lineEnds) {
    for (const at of sentenceCuts(body, lineStart, next, sentencePiece)) out.push({ at, line: false });
    if (next < end) out.push({ at: next, line: true });
    lineStart = next;
  }
  return out;
}

// What can make a piece of a line something other than a paragraph of text when it is read alone:
// a list marker, a heading, a quote, a fence, HTML, a definition or a table row, a leading space.
// (A thematic break or a setext underline is a line of nothing else; a piece ends in a sentence end.)
const PIECE_START = /^(?:[\s#>|[<`~$\\:=]|[*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

// Sentence ends a line may be cut after: Chinese and Japanese ones at once, Latin ones before a space.
const CJK_SENTENCE_END = /[。！？；]/;
const LATIN_SENTENCE_END = /[.!?;]/;

/**
 * Where one line of a paragraph, `body[start, end)`, can be cut after a sentence end into pieces
 * of at least `minPiece` characters that each read alone as they read in the whole line. The
 * parser resolves a paragraph's inline text in time quadratic in its runs of text and
 * delimiters (a draft of 200,000 characters on one line with **bold** in every sentence: 13 s),
 * so a long line is read in pieces. A cut is made only where nothing that decides what is prose
 * is open: no "[" left open, no link destination ("](") unclosed, no code span or $$ math open,
 * no "<" that may open HTML or an autolink not seen closed, no "$" in the 410 characters before,
 * no bare link or e-mail address running into the next sentence (see stepInline). Nor before what could start another
 * block (PIECE_START). Emphasis may run across a cut: it changes no prose.
 */
function sentenceCuts(body: string, start: number, end: number, minPiece: number): number[] {
  const cuts: number[] = [];
  const state = { brackets: 0, parens: 0, span: '', tainted: false, url: false, email: false, dollar: -Infinity };
  let from = start;
  for (let i = start; i < end; i++) {
    i = stepInline(body, i, state);
    const c = body[i];
    const cut = CJK_SENTENCE_END.test(c) ? i + 1 : /\s/.test(c) && LATIN_SENTENCE_END.test(body[i - 1] ?? '') ? i + 1 : -1;
    if (cut < 0 || cut - from < minPiece || cut >= end || state.span || state.tainted || state.url || state.email || state.brackets || state.parens) continue;
    // Pandoc's $…$ (dollarMath) pairs dollars up to 400 characters apart, in code or not.
    // A bare link or address is one only after a space or the line's start: never at a piece's start.
    if (cut - state.dollar < 410 || PIECE_START.test(body.slice(cut, cut + 12)) || /^(?:www\.|[a-z]+:|[\w.+-]+@)/i.test(body.slice(cut, cut + 80))) continue;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

// An inline HTML tag, closing tag or comment as CommonMark reads one, whole (attributes quoted or not).
const INLINE_HTML = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>|<!-->|<!--->|<!--(?:(?!-->)[^])*-->|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)/;

/**
 * Reads the inline character at `i` for sentenceCuts and returns the index it stopped at: a code
 * span or $$ math (a run of backticks or dollars closed by the next run of its own length; inside
 * it nothing else counts), brackets, a link's destination, a whole HTML tag or autolink (skipped),
 * a "<" that may open one it cannot see closed, escapes, bare links and addresses.
 */
function stepInline(body: string, i: number, st: { brackets: number; parens: number; span: string; tainted: boolean; url: boolean; email: boolean; dollar: number }): number {
  const c = body[i];
  if (c === '$') st.dollar = i;
  // A bare link runs to the next space over code marks and brackets, where it is one; where it is not, they count: unknown.
  if (st.url && !st.span && /[`$[\]<()]/.test(c)) st.tainted = true;
  if (c === '`' || (c === '$' && body[i + 1] === '$')) {
    let n = 1;
    while (body[i + n] === c) n++;
    if (c === '$') st.dollar = i + n - 1;
    const run = c.repeat(n);
    if (st.span === '') st.span = run;
    else if (st.span === run) st.span = '';
    return i + n - 1;
  }
  if (st.span) return i;
  if (c === '\\') return i + 1;
  if (c === '<') {
    const tag = st.parens ? null : INLINE_HTML.exec(body.slice(i, i + 500));
    if (tag) return i + tag[0].length - 1;
    if (/[A-Za-z/!?]/.test(body[i + 1] ?? '') || st.parens) st.tainted = true;
  } else if (c === '[') st.brackets++;
  else if (c === ']') {
    // A "]" with no "[" open is text; one followed by "(" opens a link's destination.
    st.brackets = Math.max(0, st.brackets - 1);
    if (body[i + 1] === '(') {
      st.parens++;
      return i + 1;
    }
  } else if (st.parens && c === '(') st.parens++;
  else if (st.parens && c === ')') st.parens--;
  else if (c === ':' && body.startsWith('//', i + 1)) st.url = true;
  else if ((c === 'w' || c === 'W') && body.slice(i, i + 4).toLowerCase() === 'www.') st.url = true;
  else if (c === '@' && /[\w.+-]/.test(body[i - 1] ?? '')) st.email = true;
  if (/\s/.test(c)) st.url = false;
  if (st.email && !/[\w.+@-]/.test(c)) st.email = false;
  return i;
}

// A line of a cut paragraph this long is a part of its own (see grouped).
const LONG_LINE = 300;
// Characters that can start a construct running across a line break and changing what is prose:
// code spans, HTML and autolinks, math, escapes; a carriage return makes line ends ambiguous.
const SPANS_LINES = /[`<$\\\r]/;
// What can start a block at the beginning of a line (or, at a paragraph's start, a definition):
// a cut before such a line could make it one, where in the paragraph it is text.
const BLOCK_START = /^(?:[\s#>*+\-=_`~<|[!$:\\]|\d{1,9}[.)](?:[ \t]|$))/;

/**
 * The line starts inside `body[start, end)` at which one paragraph can be cut and each piece read
 * alone with the same result: a draft written as one long paragraph (lines without blank lines
 * between them) is otherwise one part, read again whole on every keystroke (56,000 characters:
 * 20-30 ms). Only when the whole part is plain: every non-blank line starts with a character
 * that starts no block, no character that can open a construct across lines occurs, and on each
 * line the brackets and parentheses close in order (each "]" closes a "[" of its own line, so no
 * link runs across a line break). Never after a line ending in a space or tab (a hard break).
 * An empty list when the part is not plain.
 */
function paragraphLineCuts(body: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let blankSeen = false;
  for (let lineStart = start; lineStart < end; ) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = body.slice(lineStart, lineEnd);
    if (line.trim() === '') blankSeen = true;
    else if (blankSeen || BLOCK_START.test(line) || SPANS_LINES.test(line) || !closesInOrder(line)) return [];
    else if (lineStart > start && !/[ \t]$/.test(body.slice(Math.max(start, lineStart - 3), lineStart - 1))) cuts.push(lineStart);
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/** Every "]" closes an earlier "[" of the line and every ")" an earlier "(", and none is left open. */
function closesInOrder(line: string): boolean {
  let brackets = 0;
  let parens = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 91) brackets++;
    else if (c === 93 && --brackets < 0) return false;
    else if (c === 40) parens++;
    else if (c === 41 && --parens < 0) return false;
  }
  return brackets === 0 && parens === 0;
}

/** Where the draft can be cut between blocks: at a line in column 0 after a blank line, outside fences. */
function blockCuts(body: string, from: number): number[] {
  const cuts = [from];
  let fence: RegExp | undefined;
  let blankBefore = true;
  let lineStart = from;
  while (lineStart < body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    const line = body.slice(lineStart, lineEnd);
    if (fence) {
      if (fence.test(line)) fence = undefined;
    } else {
      if (blankBefore && lineStart > cuts[cuts.length - 1] && /^\S/.test(line)) cuts.push(lineStart);
      const open = /^ {0,3}(`{3,}|~{3,}|\${2,})(.*)$/.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fence = new RegExp(`^ {0,3}\\${open[1][0]}{${open[1].length},}[ \\t]*\\r?$`);
      } else {
        const html = /^ {0,3}<(!--|\?|!\[CDATA\[|(?:pre|script|style|textarea)(?=[\s>]|$))/i.exec(line);
        if (html) {
          const close = html[1] === '!--' ? /-->/ : html[1] === '?' ? /\?>/ : html[1].startsWith('![') ? /\]\]>/ : new RegExp(`</${html[1]}>`, 'i');
          if (!close.test(line.slice(html[0].length))) fence = close;
        }
      }
    }
    blankBefore = line.trim() === '';
    lineStart = lineEnd + 1;
  }
  cuts.push(body.length);
  return cuts;
}

/**
 * Short parts joined into groups (each call of the parser costs a fraction of a millisecond before
 * it reads anything). A group ends after a part whose text hashes to 0 mod 8, so an edit moves
 * the ends of its own group at most, and the groups after it are found again as they were. The
 * lines of a cut paragraph (`lineCuts`) are grouped by their own text only, never by size: a
 * line of LONG_LINE characters or more is a group of its own, and the last line of the paragraph
 * ends a group; edits a few lines apart (ten keystrokes between two reads) then re-read those
 * lines, not every group they fall in, nor any group after them.
 */
function grouped(body: string, cuts: number[], groupChars: number, lineCuts: ReadonlySet<number> = new Set()): number[] {
  if (groupChars <= 0) return cuts; // no groups (tests: every cut is a part of its own)
  const out = [cuts[0]];
  const hashMod8 = (i: number) => {
    let hash = 2166136261;
    for (let j = cuts[i - 1]; j < cuts[i]; j++) hash = Math.imul(hash ^ body.charCodeAt(j), 16777619);
    return (hash >>> 0) % 8;
  };
  for (let i = 1; i < cuts.length - 1; i++) {
    if (lineCuts.has(cuts[i])) {
      // The line before the cut: long lines stand alone, short ones join until one hashes to 0.
      const long = cuts[i] - cuts[i - 1] >= LONG_LINE || cuts[i + 1] - cuts[i] >= LONG_LINE;
      if (long || hashMod8(i) === 0) out.push(cuts[i]);
    } else if (lineCuts.has(cuts[i - 1]) || hashMod8(i) === 0 || cuts[i] - out[out.length - 1] > groupChars) out.push(cuts[i]);
  }
  out.push(cuts[cuts.length - 1]);
  return out;
}

const EXTENSIONS = [gfm(), math({ singleDollarTextMath: false })];
const MDAST_EXTENSIONS = [gfmFromMarkdown(), mathFromMarkdown()];

/** Parses `source` (a slice of the draft starting at `base`) and marks what is not prose. */
function readBlocks(source: string, base: number, reading: MarkdownReading, depth: number): void {
  new BlockReader(source, base, reading, depth).read();
}

/** One Markdown parse of a slice of the draft, walked to mark what is not prose (readBlocks). */
class BlockReader {
  private readonly mask: Uint8Array;
  // Depth-first with a stack of its own: ">>>>…" nests as deep as the draft is long.
  private readonly stack: Nodes[] = [];
  private readonly paragraphs: [number, number][] = [];
  private readonly commentLines: [number, number][] = [];

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly reading: MarkdownReading,
    private readonly depth: number,
  ) {
    this.mask = reading.mask;
  }

  read(): void {
    const tree: Root = fromMarkdown(this.source, { extensions: EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS });
    this.stack.push(tree);
    for (let node = this.stack.pop(); node; node = this.stack.pop()) this.visit(node);
    this.joinCommentedParagraphs();
  }

  private span(n: Nodes): [number, number] {
    return [this.base + (n.position?.start.offset ?? 0), this.base + (n.position?.end.offset ?? 0)];
  }

  private visitLater(node: Parent): void {
    for (let i = node.children.length - 1; i >= 0; i--) this.stack.push(node.children[i] as Nodes);
  }

  private visit(node: Nodes): void {
    const { source, base, mask } = this;
    const [start, end] = this.span(node);
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'math':
      case 'inlineMath':
      case 'definition':
      case 'footnoteReference':
        mask.fill(1, start, end);
        return;
      case 'html':
        this.html(node.position ? source.slice(node.position.start.offset!, node.position.end.offset!) : '', start, end, this.depth);
        return;
      case 'link':
        this.link(node, start, end);
        return;
      case 'image':
        mask.fill(1, labelEnd(source, start - base, end - base, 1) + base, end);
        return;
      case 'footnoteDefinition': {
        // "[^1]: " is a label; what follows is prose.
        const close = source.indexOf(']:', start - base);
        if (close >= 0 && close + base < end) mask.fill(1, start, close + base + 2);
        break;
      }
      case 'paragraph':
        this.paragraphs.push([start, end]);
        this.softBreaksOf(node, start, end);
        this.dollarMath(start, end);
        break;
      case 'heading':
      case 'tableCell':
        this.dollarMath(start, end);
        break;
    }
    if ('children' in node) this.visitLater(node as Parent);
  }

  /** `[text](destination "title")`: the text is prose, the rest is not; autolinks and bare URLs not at all. */
  private link(node: Parent, start: number, end: number): void {
    const { source, base, mask } = this;
    const opener = source[start - base];
    if (opener !== '[') {
      mask.fill(1, start, end); // <https://…>, www.…, name@example.org
      return;
    }
    const close = labelEnd(source, start - base, end - base, 0) + base;
    // "[text][ref]" and "[ref]" point at a definition: nothing after the label is a destination.
    if (source[close - base + 1] === '(') mask.fill(1, close, end);
    this.visitLater(node);
  }

  /**
   * HTML is not prose, and its comments are where directives live. A line that opens with a
   * comment is an HTML block to CommonMark up to its end; Pandoc reads the text after the
   * comment as prose, and so does this ("<!-- policy-writer-ignore --> 2020年……").
   */
  private html(raw: string, start: number, end: number, level: number): void {
    let commentsEnd = 0;
    for (const m of raw.matchAll(/<!--([\s\S]*?)-->/g)) {
      this.reading.comments.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1] });
      commentsEnd = m.index + m[0].length;
    }
    const tail = raw.slice(commentsEnd);
    if (raw.startsWith('<!--') && commentsEnd > 0 && tail.trim() === '') this.commentLines.push([start, end]);
    if (raw.startsWith('<!--') && commentsEnd > 0 && tail.trim() !== '' && !/^\s*</.test(tail) && level < 3) {
      this.mask.fill(1, start, start + commentsEnd);
      readBlocks(tail, start + commentsEnd, this.reading, level + 1);
      return;
    }
    this.mask.fill(1, start, end);
  }

  /** The line breaks of a paragraph that are not hard breaks ("  " or "\" before them). */
  private softBreaksOf(node: Parent, start: number, end: number): void {
    const { source, base } = this;
    const hard: [number, number][] = [];
    const inline: Nodes[] = [node as Nodes];
    for (let n = inline.pop(); n; n = inline.pop()) {
      if (n.type === 'break') hard.push(this.span(n));
      else if ('children' in n) for (const c of (n as Parent).children) inline.push(c as Nodes);
    }
    for (let at = source.indexOf('\n', start - base); at >= 0 && at + base < end; at = source.indexOf('\n', at + 1)) {
      const offset = at + base;
      if (!hard.some(([s, e]) => offset >= s && offset < e)) this.reading.softBreaks.push(offset);
    }
  }

  /**
   * Pandoc's $…$: the opening $ has a non-space after it, the closing one a non-space before it
   * and no digit after it ("$20,000 and $30,000" is no math). Read as math only when the content
   * looks like TeX, so prose about dollars ("US$5 billion … HK$ 7") is never hidden.
   */
  private dollarMath(start: number, end: number): void {
    const { mask } = this;
    const slice = this.source.slice(start - this.base, end - this.base);
    if (!slice.includes('$')) return;
    for (const m of slice.matchAll(/(?<![\\$])\$(?=[^\s$])((?:[^$\\\n]|\\.|\n(?![ \t]*\n)){1,400}?)(?<=\S)\$(?![\d$])/g)) {
      if (!/[\\^_{}=]/.test(m[1]) && !/^[A-Za-z]{1,3}$/.test(m[1])) continue;
      const at = start + m.index;
      if (mask[at]) continue;
      mask.fill(1, at, at + m[0].length);
    }
  }

  /**
   * A line of nothing but comments between two lines of a paragraph (a directive written alone on a
   * line) ends the paragraph for CommonMark, not the sentence for the writer: its line ends are soft.
   */
  private joinCommentedParagraphs(): void {
    const { source, base, paragraphs, commentLines } = this;
    if (!commentLines.length || paragraphs.length <= 1) return;
    const ends = new Set(paragraphs.map(([, e]) => e));
    const starts = new Set(paragraphs.map(([s]) => s));
    for (const [start, end] of commentLines) {
      const before = source[start - base - 1] === '\n' ? start - 1 : -1;
      if (before < 0 || !(ends.has(before) || (source[before - base - 1] === '\r' && ends.has(before - 1)))) continue;
      const after = source[end - base] === '\n' ? end : source[end - base] === '\r' && source[end - base + 1] === '\n' ? end + 1 : -1;
      if (after < 0 || !starts.has(after + 1)) continue;
      this.reading.softBreaks.push(before, after);
    }
  }
}

/** Where the label of a link or image ends (its "]"), brackets balanced and escapes skipped. */
function labelEnd(source: string, start: number, end: number, skip: number): number {
  let depth = 0;
  for (let i = start + skip; i < end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return end;
}

function maskPattern(text: string, mask: Uint8Array, re: RegExp): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    mask.fill(1, m.index, m.index + m[0].length);
  }
}

/**
 * The scanner used when the parser cannot be (a draft of many megabytes): fences, comments,
 * inline code within a paragraph, link destinations and definitions, and soft wraps by the shape
 * of the lines. Every regex here is linear (no nested quantifiers).
 */
function scanWithoutParser(text: string, reading: MarkdownReading): void {
  const { mask } = reading;
  maskFences(text, mask);
  for (const m of text.matchAll(/<!--([\s\S]*?)(?:-->|$)/g)) {
    if (mask[m.index]) continue;
    mask.fill(1, m.index, m.index + m[0].length);
    reading.comments.push({ start: m.index, end: m.index + m[0].length, body: m[1] });
  }
  // Inline code cannot cross a blank line: a stray backtick hides nothing past its paragraph.
  maskPattern(text, mask, /(`+)(?:[^`\n]|\n(?![ \t]*\n))+?\1(?!`)/g);
  maskPattern(text, mask, /\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g);
  maskPattern(text, mask, /^ {0,3}\[(?!\^)[^\]\n]+\]:[^\n]*/gm);
  maskPattern(text, mask, /<(?:https?|mailto|ftp):[^>\s]*>/g);
  // HTML tags (their attributes are not prose; the text between them is).
  maskPattern(text, mask, /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g);
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i].length;
    const here = lines[i];
    const next = lines[i + 1];
    if (here.trim() !== '' && next.trim() !== '' && !/^\s*(?:#{1,6}\s|\||```|~~~)/.test(here) && !/^\s*(?:#{1,6}\s|>|\||[-*+]\s|\d{1,3}[.)]\s|```|~~~|<!--|\[\^)/.test(next) && !/ {2}$|\\$/.test(here)) reading.softBreaks.push(offset);
    offset += 1;
  }
}

function maskFences(text: string, mask: Uint8Array): void {
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text)) !== null) {
    const marker = m[2];
    const closer = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`, 'gm');
    closer.lastIndex = m.index + m[0].length;
    const end = closer.exec(text);
    const stop = end ? end.index + end[0].length : text.length;
    mask.fill(1, m.index, stop);
    fence.lastIndex = stop;
  }
}

/** True when [start, end) is all prose. */
export function isProse(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return false;
  return true;
}
