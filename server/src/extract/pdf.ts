import { pageMarker, type Extraction, type PageMark } from '../core/corpus/extracted.js';
import { pdfjsAssets } from './assets.js';
import { RADICAL_IDEOGRAPH } from '../core/corpus/cjkRadicals.js';

/*
 * PDF text in reading order, with pdf.js (the legacy build, which runs in Node). pdf.js's "fake
 * worker" runs in this thread: extraction already runs in the index worker. CMaps and the standard
 * fonts are read from files shipped beside the bundle (dist/pdfjs), never fetched.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    textOnlyPolyfills();
    // pdf.js reports on the console while it loads (no canvas package: only rendering needs one).
    // In the language server stdout is the protocol, so nothing may be printed there: silenced
    // while it loads; each document is opened with verbosity 0 (errors only) after that.
    const saved = { log: console.log, info: console.info, warn: console.warn };
    console.log = console.info = console.warn = () => {};
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      pdfjs.GlobalWorkerOptions.workerSrc = 'pdf.worker.mjs';
      return pdfjs;
    } finally {
      Object.assign(console, saved);
    }
  })();
  return loading;
}

/**
 * pdf.js makes a DOMMatrix when it loads, for rendering, which text extraction never does. Node
 * has none, and the optional canvas package that provides one is not shipped (it is native code):
 * a stand-in that holds the six numbers is enough.
 */
function textOnlyPolyfills(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return;
  g.DOMMatrix = class DOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    constructor(init?: ArrayLike<number>) {
      if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6);
    }
    multiplySelf(): this {
      return this;
    }
    preMultiplySelf(): this {
      return this;
    }
    invertSelf(): this {
      return this;
    }
    translate(): this {
      return this;
    }
    scale(): this {
      return this;
    }
    translateSelf(): this {
      return this;
    }
    scaleSelf(): this {
      return this;
    }
  };
}

export interface PdfLimits {
  /** give up on a file after this long (its text so far is kept, and the cut reported) */
  timeoutMs?: number;
  maxPages?: number;
}

/** A run of text as pdf.js gives it, in page coordinates (y up). */
interface Run {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
}

interface Line {
  y: number;
  size: number;
  x0: number;
  x1: number;
  runs: Run[];
  text: string;
}

interface PageRuns {
  width: number;
  height: number;
  runs: Run[];
  images: boolean;
}

// One document at a time per thread: pdf.js 5.4 keeps the open document's page count in a static
// field (PagesMapper), so a second document opened meanwhile makes the first one's pages "invalid".
let queue: Promise<unknown> = Promise.resolve();

export function extractPdf(bytes: Uint8Array, limits: PdfLimits = {}): Promise<Extraction> {
  const run = queue.then(() => extractOne(bytes, limits));
  queue = run.catch(() => undefined);
  return run;
}

type PdfDocument = import('pdfjs-dist/types/src/display/api.js').PDFDocumentProxy;

function failed(message: string): Extraction {
  return { format: 'pdf', text: '', pages: [], problems: [{ severity: 'error', message }] };
}

async function extractOne(bytes: Uint8Array, limits: PdfLimits): Promise<Extraction> {
  const problems: Extraction['problems'] = [];
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (err) {
    return failed(`skipped: the PDF reader could not be loaded (${(err as Error).message})`);
  }
  const doc = await openPdf(pdfjs, bytes);
  if ('problems' in doc) return doc;
  try {
    const pageCount = doc.numPages;
    const pages = await readPages(doc, limits, problems);
    const metadata = await readMetadata(doc);
    const laid = layOut(pages);
    const chars = laid.text.replace(/\s|── (?:notes, )?page \d+ ──/g, '').length;
    if (chars === 0 && pageCount > 0) {
      const scanned = pages.some((p) => p.images);
      problems.push({ severity: 'warning', message: `has no text layer${scanned ? ' (a scanned PDF: its pages are images)' : ''}: ${pageCount} page(s), no text to index; run OCR on it (e.g. ocrmypdf) to index it` });
    } else if (pageCount >= 3 && chars / pageCount < 40 && pages.some((p) => p.images)) {
      problems.push({ severity: 'warning', message: `has almost no text (${chars} characters on ${pageCount} pages): most of it may be scanned images` });
    }
    return { format: 'pdf', text: laid.text, pages: laid.pages, pageCount, metadata, problems };
  } finally {
    void doc.destroy();
  }
}

/** The opened document, or the failed extraction saying why it could not be opened. */
async function openPdf(pdfjs: PdfJs, bytes: Uint8Array): Promise<PdfDocument | Extraction> {
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (detaches it): give it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: assets?.cmaps,
    cMapPacked: true,
    standardFontDataUrl: assets?.standardFonts,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (err) {
    void task.destroy();
    const e = err as Error;
    if (e?.name === 'PasswordException') return failed('skipped: the PDF is encrypted (it needs a password to open); save an unprotected copy to index it');
    if (e?.name === 'InvalidPDFException') return failed(`skipped: not a readable PDF (${e.message})`);
    return failed(`skipped: the PDF could not be opened (${e?.message ?? String(err)})`);
  }
}

/** The pages within the page and time limits (a page that cannot be read is left empty); what was left out goes into `problems`. */
async function readPages(doc: PdfDocument, limits: PdfLimits, problems: Extraction['problems']): Promise<PageRuns[]> {
  const started = Date.now();
  const timeoutMs = limits.timeoutMs ?? 120_000;
  const maxPages = limits.maxPages ?? 2000;
  const pageCount = doc.numPages;
  const pages: PageRuns[] = [];
  let brokenPages = 0;
  for (let n = 1; n <= Math.min(pageCount, maxPages); n++) {
    if (Date.now() - started > timeoutMs) {
      problems.push({ severity: 'warning', message: `extraction stopped after ${n - 1} of ${pageCount} pages (time limit); the rest is not indexed` });
      break;
    }
    try {
      pages.push(await readPage(doc, n));
    } catch {
      brokenPages++;
      pages.push({ width: 0, height: 0, runs: [], images: false });
    }
  }
  if (pageCount > maxPages) problems.push({ severity: 'warning', message: `only the first ${maxPages} of ${pageCount} pages are indexed` });
  if (brokenPages) problems.push({ severity: 'warning', message: `${brokenPages} page(s) could not be read and are left out` });
  return pages;
}

async function readPage(doc: import('pdfjs-dist/types/src/display/api.js').PDFDocumentProxy, n: number): Promise<PageRuns> {
  const page = await doc.getPage(n);
  try {
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const runs: Run[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str || !item.str.trim()) continue;
      const [a, b, c, d, e, f] = item.transform as number[];
      // Rotated text (a vertical axis label, a watermark) is no part of the reading order.
      if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
      const size = Math.abs(d) || Math.abs(a) || item.height;
      runs.push({ x: e - x0, y: f - y0, w: item.width, size, str: ideographs(item.str) });
    }
    let images = false;
    if (runs.length === 0) {
      // Only asked when there is no text: is the page an image (a scan)?
      const ops = await page.getOperatorList();
      const { OPS } = await loadPdfJs();
      images = ops.fnArray.some((op) => op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject || op === OPS.paintImageMaskXObject);
    }
    return { width: x1 - x0, height: y1 - y0, runs, images };
  } finally {
    page.cleanup();
  }
}

const RADICAL = /[\u2e80-\u2fdf]/gu;
const HAS_RADICAL = /[\u2e80-\u2fdf]/u;

/**
 * A subset CJK font draws a radical and its ideograph with one glyph, and its ToUnicode map often
 * names the radical (Chromium's PDFs give 增⻓ for 增长, ⼝岸 for 口岸): the ideograph is meant.
 */
function ideographs(s: string): string {
  if (!HAS_RADICAL.test(s)) return s;
  return s.replace(RADICAL, (c) => {
    const ideograph = RADICAL_IDEOGRAPH.get(c.codePointAt(0)!);
    return ideograph !== undefined ? String.fromCodePoint(ideograph) : c.normalize('NFKC');
  });
}

async function readMetadata(doc: import('pdfjs-dist/types/src/display/api.js').PDFDocumentProxy): Promise<Extraction['metadata']> {
  try {
    const { info, metadata } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { get(name: string): unknown } | null };
    const xmp = (name: string): unknown => {
      try {
        return metadata?.get(name);
      } catch {
        return undefined;
      }
    };
    const str = (v: unknown): string | undefined => {
      const s = Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? v : undefined;
      const t = s?.replace(/\s+/g, ' ').trim();
      return t && !/^(untitled|microsoft word - .*|document\d*)$/i.test(t) ? t : undefined;
    };
    const title = str(xmp('dc:title')) ?? str(info?.Title);
    const creators = xmp('dc:creator');
    const authorText = Array.isArray(creators) ? creators.map(String) : str(creators) ? [str(creators)!] : str(info?.Author) ? str(info?.Author)!.split(/\s*[;；、]\s*|\s+and\s+/) : [];
    const authors = authorText.map((a) => a.trim()).filter(Boolean);
    const date = str(xmp('xmp:createdate')) ?? str(info?.CreationDate);
    const year = date ? /(?:^D:)?((?:19|20)\d\d)/.exec(date)?.[1] : undefined;
    if (!title && !authors.length) return undefined;
    return { title, authors, year };
  } catch {
    return undefined;
  }
}

// ---- layout: lines, columns, running heads and feet, footnotes ----

/** The pages' text in reading order, a marker line before each page, footnotes gathered at the end. */
export function layOut(pages: PageRuns[]): { text: string; pages: PageMark[] } {
  const bodySize = dominantSize(pages);
  const lined = pages.map((p) => ({ page: p, lines: toLines(p.runs) }));
  const furniture = runningFurniture(lined);
  const out: string[] = [];
  const marks: PageMark[] = [];
  let length = 0;
  const push = (s: string) => {
    out.push(s);
    length += s.length + 1;
  };
  const notes: { page: number; lines: string[] }[] = [];
  lined.forEach(({ page, lines }, i) => {
    const kept = lines.filter((l) => !furniture(l, page, i));
    const { body, foot } = splitFootnotes(kept, page, bodySize);
    marks.push({ offset: length, page: i + 1 });
    push(pageMarker(i + 1));
    for (const l of readingOrder(body, page)) push(l);
    if (foot.length) notes.push({ page: i + 1, lines: foot.map((l) => l.text) });
  });
  for (const n of notes) {
    push('');
    marks.push({ offset: length, page: n.page, notes: true });
    push(pageMarker(n.page, true));
    for (const l of n.lines) push(l);
  }
  return { text: out.join('\n'), pages: marks };
}

/** The font size most of the text is set in. */
function dominantSize(pages: PageRuns[]): number {
  const count = new Map<number, number>();
  for (const p of pages) for (const r of p.runs) count.set(Math.round(r.size * 2) / 2, (count.get(Math.round(r.size * 2) / 2) ?? 0) + r.str.length);
  let best = 10;
  let most = -1;
  for (const [size, n] of count) if (n > most) [best, most] = [size, n];
  return best;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Whether two runs overlap by more than half the narrower one (punctuation squeezed against a quote overlaps a little). */
function overlaps(r: Run, o: Run): boolean {
  const overlap = Math.min(r.x + r.w, o.x + o.w) - Math.max(r.x, o.x);
  return overlap > Math.max(0.5, 0.5 * Math.min(r.w, o.w));
}

/**
 * Groups runs into lines by baseline; drops superscripts (footnote marks), which would merge into
 * figures. Runs of the page's text size go first; smaller runs (footnote marks, subscripts, notes)
 * then join the line beside them whose baseline is nearest, or make lines of their own: taken in
 * page order, a raised mark met the line of the other column first when that column's baseline
 * happened to be nearer (a ① alone on a line of its own).
 */
function toLines(runs: Run[]): Line[] {
  const size = pageTextSize(runs);
  const isSmall = (r: Run) => r.size < 0.8 * size;
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  const fresh = (r: Run): Line => {
    const line = { y: r.y, size: r.size, x0: r.x, x1: r.x + r.w, runs: [r], text: '' };
    lines.push(line);
    return line;
  };
  for (const r of sorted) {
    if (isSmall(r)) continue;
    const line = lineOnBaseline(lines, r);
    if (line) addRun(line, r);
    else fresh(r);
  }
  attachSmallRuns(sorted.filter(isSmall), lines, size, fresh);
  for (const l of lines) finishLine(l);
  return lines.filter((l) => l.runs.length && l.text.trim()).sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function addRun(line: Line, r: Run): void {
  line.runs.push(r);
  line.x0 = Math.min(line.x0, r.x);
  line.x1 = Math.max(line.x1, r.x + r.w);
  if (r.size > line.size) {
    line.size = r.size;
    line.y = r.y;
  }
}

/** A run belongs to a line (of the last few) whose baseline is close and that it does not overlap horizontally. */
function lineOnBaseline(lines: Line[], r: Run): Line | undefined {
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - 6; k--) {
    const l = lines[k];
    const tol = 0.5 * Math.max(l.size, r.size);
    if (Math.abs(l.y - r.y) <= tol && !l.runs.some((o) => overlaps(r, o))) return l;
  }
  return undefined;
}

/** Small runs: the nearest line beside them (lines are found by baseline, in buckets of 4 pt), else a line of their own. */
function attachSmallRuns(small: Run[], lines: Line[], size: number, fresh: (r: Run) => Line): void {
  const bucket = (y: number) => Math.floor(y / 4);
  const byY = new Map<number, Line[]>();
  const index = (l: Line) => {
    const k = bucket(l.y);
    if (!byY.has(k)) byY.set(k, []);
    byY.get(k)!.push(l);
  };
  lines.forEach(index);
  for (const r of small) {
    const reach = Math.min(0.5 * Math.max(size, r.size), 40);
    let best: Line | undefined;
    for (let k = bucket(r.y - reach); k <= bucket(r.y + reach); k++) {
      for (const l of byY.get(k) ?? []) {
        const tol = 0.5 * Math.max(l.size, r.size);
        const d = Math.abs(l.y - r.y);
        if (d > tol || (best && d >= Math.abs(best.y - r.y))) continue;
        // beside the line: touching its extent, not across a gutter
        if (r.x > l.x1 + l.size || r.x + r.w < l.x0 - l.size || l.runs.some((o) => overlaps(r, o))) continue;
        best = l;
      }
    }
    if (best) {
      const y = best.y;
      addRun(best, r);
      if (best.y !== y) index(best);
    } else index(fresh(r));
  }
}

/** A line's runs in reading order and its text; a small run raised above the baseline is a footnote mark ("grew 5%¹"): dropped. */
function finishLine(l: Line): void {
  l.runs = l.runs.filter((r) => !(r.size < 0.8 * l.size && r.y > l.y + 0.15 * l.size));
  l.runs.sort((a, b) => a.x - b.x);
  if (!l.runs.length) return;
  l.x0 = l.runs[0].x;
  l.x1 = Math.max(...l.runs.map((r) => r.x + r.w));
  l.text = joinRuns(l.runs);
}

/** The size most of a page's characters are set in. */
function pageTextSize(runs: Run[]): number {
  const count = new Map<number, number>();
  let best = 0;
  let most = -1;
  for (const r of runs) {
    const k = Math.round(r.size * 2) / 2;
    const n = (count.get(k) ?? 0) + r.str.length;
    count.set(k, n);
    if (n > most) [best, most] = [k, n];
  }
  return best;
}

function joinRuns(runs: Run[]): string {
  const justified = isJustified(runs);
  let text = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    const size = r.size;
    if (text) {
      const last = text[text.length - 1];
      const first = r.str[0];
      // A wide gap is a cell boundary: two spaces keep a table's columns apart (not in justified prose).
      if (gap > 1.2 * size && !justified) text = text.trimEnd() + '  ';
      else if (gap > 0.2 * size && last !== ' ' && first !== ' ' && !(CJK.test(last) && CJK.test(first))) text += ' ';
    }
    text += r.str;
    end = r.x + r.w;
  }
  return text.replace(/\s+$/, '');
}

/**
 * A justified line written a word at a time (Chromium does): its spaces, stretched past what reads
 * as a table's cell boundary, are all the same width. A table row's gaps are not (the label's cell
 * is wider than the figures'), nor is a row of fewer than four cells taken for prose.
 */
function isJustified(runs: Run[]): boolean {
  if (runs.length < 4) return false;
  const size = Math.max(...runs.map((r) => r.size));
  const gaps: number[] = [];
  for (let i = 1; i < runs.length; i++) {
    const gap = runs[i].x - (runs[i - 1].x + runs[i - 1].w);
    if (gap > 0.2 * size) gaps.push(gap);
  }
  if (gaps.length < 3) return false;
  const min = Math.min(...gaps);
  const max = Math.max(...gaps);
  return max > 1.2 * size && max < 3 * size && max - min < 0.15 * size;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*(?:\/|of)\s*\d{1,4})?(?:\s*[-–—])?$|^第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/**
 * Running heads and feet: lines in the top or bottom 7 % of a page that are page numbers, or that
 * recur (digits aside) on at least two pages (a third of them, with many pages) in the same margin.
 */
function runningFurniture(lined: { page: PageRuns; lines: Line[] }[]): (l: Line, page: PageRuns, index: number) => boolean {
  const margin = (l: Line, p: PageRuns): 'top' | 'bottom' | undefined => (l.y > p.height * 0.93 ? 'top' : l.y < p.height * 0.07 ? 'bottom' : undefined);
  const shape = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const seen = new Map<string, Set<number>>();
  lined.forEach(({ page, lines }, i) => {
    for (const l of lines) {
      const m = margin(l, page);
      if (!m) continue;
      const key = `${m}:${shape(l)}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(i);
    }
  });
  const need = Math.max(2, Math.ceil(lined.length / 3));
  return (l, page) => {
    const m = margin(l, page);
    if (!m) return false;
    if (PAGE_NUMBER.test(l.text.trim())) return true;
    return (seen.get(`${m}:${shape(l)}`)?.size ?? 0) >= need;
  };
}

/**
 * Footnotes: the lines at the foot of a page, below the last line of body size, set smaller than
 * the body. They are kept apart, so a note's numbers never join the sentence above them.
 */
function splitFootnotes(lines: Line[], page: PageRuns, bodySize: number): { body: Line[]; foot: Line[] } {
  const byY = [...lines].sort((a, b) => a.y - b.y);
  const foot: Line[] = [];
  for (const l of byY) {
    if (l.size >= bodySize * 0.88 || l.y > page.height * 0.45) break;
    foot.push(l);
  }
  // A small line with nothing of body size above it is no footnote (a page of small print).
  if (!foot.length || foot.length === lines.length) return { body: lines, foot: [] };
  const footSet = new Set(foot);
  return { body: lines.filter((l) => !footSet.has(l)), foot: foot.reverse() };
}

/**
 * Reading order of a page's body lines: on a page with two columns (a gutter that no line
 * crosses) lines that cross the gutter (titles, wide tables) cut the page into bands, and each
 * band is read left column first. A blank line marks a paragraph break (a wide gap between lines).
 */
function readingOrder(lines: Line[], page: PageRuns): string[] {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const gutter = findGutter(sorted, page.width);
  const segments: { line: Line; side: 'L' | 'R' | 'S' }[] = [];
  for (const l of sorted) {
    if (gutter === undefined) {
      segments.push({ line: l, side: 'S' });
      continue;
    }
    const crosses = l.runs.some((r) => r.x < gutter && r.x + r.w > gutter);
    if (crosses) {
      segments.push({ line: l, side: 'S' });
      continue;
    }
    const left = l.runs.filter((r) => r.x + r.w <= gutter);
    const right = l.runs.filter((r) => r.x >= gutter);
    if (left.length) segments.push({ line: sub(l, left), side: 'L' });
    if (right.length) segments.push({ line: sub(l, right), side: 'R' });
  }
  // The page's line spacing: the most common gap between a line and the next in the same column.
  const gaps = new Map<number, number>();
  for (const side of ['L', 'R', 'S'] as const) {
    const ys = segments.filter((s) => s.side === side).map((s) => s.line.y);
    for (let i = 1; i < ys.length; i++) {
      const g = Math.round(ys[i - 1] - ys[i]);
      if (g > 0) gaps.set(g, (gaps.get(g) ?? 0) + 1);
    }
  }
  let leading = 0;
  let most = 0;
  for (const [g, n] of gaps) if (n > most || (n === most && g < leading)) [leading, most] = [g, n];
  const out: string[] = [];
  let prev: Line | undefined;
  const emit = (l: Line) => {
    if (prev) {
      const gap = prev.y - l.y;
      const usual = Math.max(leading, Math.max(prev.size, l.size) * 1.1);
      // A gap well over the usual spacing ends a paragraph (a jump up, to the top of the next column, does not).
      if (gap > usual * 1.4 && gap > 0) out.push('');
    }
    out.push(l.text);
    prev = l;
  };
  let band: typeof segments = [];
  const flush = () => {
    for (const s of band.filter((s) => s.side === 'L')) emit(s.line);
    for (const s of band.filter((s) => s.side === 'R')) emit(s.line);
    band = [];
  };
  for (const s of segments) {
    if (s.side === 'S') {
      flush();
      emit(s.line);
    } else band.push(s);
  }
  flush();
  return out;
}

function sub(l: Line, runs: Run[]): Line {
  return { y: l.y, size: Math.max(...runs.map((r) => r.size)), x0: runs[0].x, x1: Math.max(...runs.map((r) => r.x + r.w)), runs, text: joinRuns(runs) };
}

/** The x of a vertical gap in the middle of the page that at most a few lines cross, with text on both sides. */
function findGutter(lines: Line[], width: number): number | undefined {
  // (a page of absurd size, from a broken or hostile file, has no columns worth finding)
  if (lines.length < 6 || !(width > 0) || width > 20000) return undefined;
  const cols = Math.ceil(width);
  // How many runs cover each point across the page; a line of both columns has a run on each side.
  const crossing = new Uint16Array(cols + 1);
  for (const l of lines) for (const r of l.runs) for (let x = Math.max(0, Math.floor(r.x + 1)); x <= Math.min(cols, Math.ceil(r.x + r.w - 1)); x++) crossing[x]++;
  // Lines that cross the gutter (titles, a wide table) are allowed, up to 15 %.
  const allowed = Math.max(1, Math.floor(lines.length * 0.15));
  let best: { from: number; to: number } | undefined;
  let from = -1;
  for (let x = Math.floor(width * 0.3); x <= Math.ceil(width * 0.7); x++) {
    const open = crossing[x] <= allowed;
    if (open && from < 0) from = x;
    if ((!open || x === Math.ceil(width * 0.7)) && from >= 0) {
      const to = open ? x : x - 1;
      if (!best || to - from > best.to - best.from) best = { from, to };
      from = -1;
    }
  }
  if (!best || best.to - best.from < Math.max(6, width * 0.012)) return undefined;
  const g = (best.from + best.to) / 2;
  // Both sides must hold a column: many runs entirely on each side.
  const runs = lines.flatMap((l) => l.runs);
  const left = runs.filter((r) => r.x + r.w <= g).length;
  const right = runs.filter((r) => r.x >= g).length;
  if (left < runs.length * 0.25 || right < runs.length * 0.25) return undefined;
  return g;
}
