import { foldHanzi } from './hanziFold.js';
import { tradeFlowBefore, type TradeFlow } from './tradeFlow.js';
import { ordinalItems, ordinalsDiffer } from './ordinalItems.js';
import { derive, type CorpusSnapshot } from '../corpus/snapshot.js';
import type { SourceDocument } from '../corpus/types.js';
import { yieldToEventLoop, type ICancellation } from '../seams.js';

import { splitSentences, type Sentence } from '../corpus/sentences.js';
import type { DraftAnalysis } from '../drafts/draftAnalysis.js';
import { readMarkdown } from '../drafts/proseMask.js';
import { ignoredFigureStarts } from '../drafts/suppression.js';
import { getGlossary, type Glossary } from '../glossary/glossary.js';
import { ageGroupsIn, conceptGroupsWithin, conceptHitsIn, coverage, featureSpans, featuresWithin, weighFeatures, yearsIn, type WeightedFeatures } from './context.js';
import { getFigureIndex, LOCAL_RADIUS, type FigureIndex, type SourceFigure } from './figureIndex.js';
import type { ScannedFigure } from '../corpus/documentScan.js';
import { foldWidth, parseFigures, type Figure } from './figureParser.js';
import { claimFrames, countsDiffer, earlierCountries, ParagraphYears, periodsAgree, POINTING_SUBJECT, previousYearValue, scopesDiffer, type ClaimFrame } from './claims.js';
import { isCjkText, isJapaneseText, isKoreanText, sameLanguage } from './cjkText.js';
import { CURRENCY_BEFORE } from './units.js';
import { countriesIn } from './entities.js';
import { derivedMultiple } from './derivedMultiples.js';
import { agreeingSibling, agreeingSiblingCount, alikeUnit, figuresOfSentence, siblingsOf, type Sibling } from './parallelValues.js';
import { aboutAnotherItem, aboutOwnItem } from './respectiveItems.js';
import { draftTableCells, type DraftTableCell } from './draftTables.js';
import { columnNamedBy, distinctNamed, namesAnotherRow } from './tableRows.js';
import { basesDiffer, changeBaseAround, changeBaseOfCell, type ChangeBase } from './changeBase.js';
import { derivedChanges } from './derivedChanges.js';
import { movedEnd, type MovedEnd } from './movedEnds.js';

export type FigureStatus = 'supported' | 'uncited' | 'not-in-cited-source' | 'contradicted' | 'unsupported';

/** The verdict on one figure of a draft, with the source passages behind it. */
export interface FigureFinding {
  figure: Figure;
  status: FigureStatus;
  citedKeys: string[];
  /** the cited keys' ranges in the draft, for a quick fix that changes the citation */
  citedRanges: { key: string; start: number; end: number }[];
  /** where a citation would go: the end of the sentence, before its final punctuation */
  citationInsertAt: number;
  /** sources that give a compatible value about the same subject, best first */
  support: SourceFigure[];
  /** sources about the same subject that give another value, best first */
  conflicts: SourceFigure[];
  /** what the draft figure was read as a claim about: its year and countries */
  frame: ClaimFrame;
  /**
   * Supported, but the cited source only rounds the value ("17%左右") while another source gives it
   * as precisely as the draft does: the writer should cite that one too.
   */
  preciseElsewhere?: SourceFigure;
  /**
   * Not backed, but the cited source gives this very value for the same thing in another year
   * (the draft's year may be wrong, or the source's sentence ambiguous): named in the message.
   */
  otherYear?: SourceFigure;
  /**
   * Not backed, but the cited source gives this very number in another currency ("$16.42 billion"
   * against "164.2亿元"): the writer converted, or wrote the wrong sign; named in the message.
   */
  otherCurrency?: SourceFigure;
  /** Not backed, but the cited source's table gives this very number in another row than the one the draft names: named, so the writer checks the row. */
  otherRow?: SourceFigure;
  /** a multiple no source states, computed from two values the cited source gives (support[0] is one, this the other) */
  derived?: { other: Figure };
  /** cited keys that are neither a reference nor a document of the corpus */
  unknownCited?: string[];
  /** cited keys with no text in the corpus (a bibliography entry only, or unknown) */
  citedWithoutText?: string[];
}

/** Subject thresholds, tuned on the dev half of test/fixtures/claims with the older set in test/fixtures/figures and the hard negatives as guards (see README). */
export const SUPPORT_THRESHOLD = 0.23;
export const CONTRADICTION_THRESHOLD = 0.3;
/** Across languages only concepts are compared, so their share is lower for the same subject (tuned on the dev half). */
const CROSS_CONTRADICTION_THRESHOLD = 0.12;
/** A share of the same named whole in the same year needs less of the wording to agree. */
const FRAMED_CONTRADICTION_THRESHOLD = 0.22;

/** Checks every figure in a draft's prose against the corpus. */
export function checkDraftFigures(snapshot: CorpusSnapshot, analysis: DraftAnalysis): FigureFinding[] {
  const findings: FigureFinding[] = [];
  for (const batch of findingsBySentence(snapshot, analysis)) findings.push(...batch);
  return findings;
}

/**
 * The same check in time slices: it gives the event loop a turn every few milliseconds, so
 * hovers and completions are answered while a long draft is checked, and it stops as soon as
 * the draft changes again (the token), instead of finishing stale work. Undefined if cancelled.
 */
export async function checkDraftFiguresSliced(snapshot: CorpusSnapshot, analysis: DraftAnalysis, token: ICancellation, sliceMs = 5): Promise<FigureFinding[] | undefined> {
  const findings: FigureFinding[] = [];
  let sliceStart = performance.now();
  for (const batch of findingsBySentence(snapshot, analysis)) {
    findings.push(...batch);
    if (performance.now() - sliceStart < sliceMs) continue;
    await yieldToEventLoop();
    if (token.isCancellationRequested) return undefined;
    sliceStart = performance.now();
  }
  return findings;
}

function* findingsBySentence(snapshot: CorpusSnapshot, analysis: DraftAnalysis): Generator<FigureFinding[]> {
  if (analysis.suppressions.figuresOff) return;
  // Fullwidth digits as ASCII, and Japanese or traditional characters as simplified (億 as 亿):
  // one character for one, so offsets hold; a figure's text is shown as the writer typed it.
  const display = foldWidth(analysis.text);
  const text = foldHanzi(display);
  const index = getFigureIndex(snapshot);
  const glossary = getGlossary(snapshot);
  const cache = sentenceCache(snapshot);
  let c0 = 0; // citations are sorted, and so are sentences: walk both once
  // Sentences as Markdown reads them: a hard-wrapped line goes on with the next one. A year that
  // opens a sentence still sets the scene only until the next line break: drafts written one
  // statement per line are common, and a wrong inherited year is worse than none.
  // An HTML comment is no sentence end ("<!--" has a "!"): blanked, as wide as it was.
  const flow = commentsBlanked(softWrapsJoined(text, analysis.softBreaks), analysis.markdown?.comments ?? []);
  const paragraphYears = new ParagraphYears(text, analysis.termMask, true);
  const sentences = splitSentences(flow);
  const { cells, inCell, ignored } = draftCells(text, analysis, sentences);
  let ci = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const rows: FigureFinding[] = [];
    for (; ci < cells.length && cells[ci].cell.rowStart < s.end; ci++) rows.push(checkCell(snapshot, index, glossary, cache, cells[ci], analysis, flow));
    if (rows.length) yield rows;
    const paragraphYear = paragraphYears.next(s.start, s.end);
    const openingYear = paragraphYears.opening;
    const figures = parseFigures(text, s.start, s.end, analysis.termMask).filter((f) => !ignored.has(f.start) && !inCell(f));
    if (text !== display) for (const f of figures) f.text = display.slice(f.start, f.end);
    if (figures.length === 0) {
      // An empty batch still lets a sliced check look at the clock: prose without figures is long too.
      yield [];
      continue;
    }
    while (c0 < analysis.citations.length && analysis.citations[c0].keyStart < s.start) c0++;
    let citedRefs = citationsWithin(analysis.citations, c0, s);
    // "……104亿美元，约占五分之一；其次是土耳其（43亿美元）[@key]。": a citation at the end of a
    // sentence covers the clauses before its semicolons.
    if (citedRefs.length === 0) citedRefs = citationsAfterSemicolons(text, sentences, si, analysis.citations, c0);
    const cited = [...new Set(citedRefs.map((c) => c.key))];
    const near = cited.length ? cited : paragraphKeys(flow, s, analysis.citations);
    const where = { citedRanges: citedRefs.map((c) => ({ key: c.key, start: c.keyStart, end: c.keyEnd })), citationInsertAt: insertionPoint(text, s) };
    // An edit changes one sentence: the verdicts of the others are reused (same text, same citations, same corpus).
    // The key holds everything the verdicts depend on: the same words can hold other figures when
    // Markdown outside the sentence (an unclosed backtick) masks a different part of them.
    const lent = lentBy(text, sentences[si - 1], s);
    const cacheKey = `${cited.join(',')}\u0000${near.join(',')}\u0000${paragraphYear ?? ''}\u0000${openingYear ?? ''}\u0000${figureKey(figures, s.start)}\u0000${maskKey(analysis.termMask, s)}\u0000${text.slice(s.start, s.end)}${lent.key}`;
    let verdicts = cache.get(cacheKey);
    if (!verdicts) {
      // Figure by figure, with a turn for the sliced check between them: a sentence of 80 figures is 100 ms.
      verdicts = yield* classifyInSteps(index, glossary, text, s, figures, cited, near, analysis.termMask, { paragraphYear, openingYear }, lent);
      cache.set(cacheKey, verdicts);
    }
    yield verdicts.map((v, i) => ({ ...v, figure: figures[i], ...where, ...citedWithoutText(snapshot, cited) }));
  }
  const rest = cells.slice(ci).map((c) => checkCell(snapshot, index, glossary, cache, c, analysis, flow));
  if (rest.length) yield rest;
}

/** A key the corpus does not know is reported by the citation check; the figure's message says so instead of claiming that source lacks the figure. */
/**
 * Table cells are checked as the sentences their header and row make; the prose reader's figures
 * in those cells give way to them. Figures the writer asked to ignore are left out of both.
 */
function draftCells(text: string, analysis: DraftAnalysis, sentences: Sentence[]): { cells: DraftTableCell[]; inCell: (f: Figure) => boolean; ignored: Set<number> } {
  const all = draftTableCells(text).filter((c) => !analysis.termMask[c.cell.figure.start]);
  const inCell = cellLookup(all);
  const ignored = ignoredFigures(text, analysis, sentences, all, inCell);
  return { cells: ignored.size ? all.filter((c) => !ignored.has(c.cell.figure.start)) : all, inCell, ignored };
}

function citedWithoutText(snapshot: CorpusSnapshot, cited: string[]): Pick<FigureFinding, 'unknownCited' | 'citedWithoutText'> {
  const noText = cited.filter((k) => !snapshot.documentsByKey.has(k));
  const unknown = noText.filter((k) => !snapshot.references.has(k));
  return { ...(unknown.length ? { unknownCited: unknown } : {}), ...(noText.length ? { citedWithoutText: noText } : {}) };
}

/** Whether a prose figure lies in a table cell the table reader has read (a mask: one lookup per figure, whatever the table's size). */
function cellLookup(cells: readonly DraftTableCell[]): (f: Figure) => boolean {
  if (cells.length === 0) return () => false;
  const mask = new Uint8Array(cells.reduce((n, c) => Math.max(n, c.cell.figure.end), 0) + 1);
  for (const c of cells) mask.fill(1, c.cell.figure.start, c.cell.figure.end);
  return (f) => mask.subarray(Math.min(f.start, mask.length), Math.min(f.end, mask.length)).includes(1);
}

/**
 * One table cell: cited by the citations of its row, else by those of the caption or header; the
 * keys cited elsewhere in the table are the sources the writer has in mind.
 */
function checkCell(snapshot: CorpusSnapshot, index: FigureIndex, glossary: Glossary, cache: VerdictCache, c: DraftTableCell, analysis: DraftAnalysis, flow: string): FigureFinding {
  const row = { start: c.cell.rowStart, end: c.cell.rowEnd };
  let refs = analysis.citations.filter((r) => r.keyStart >= row.start && r.keyStart < row.end);
  if (refs.length === 0) refs = analysis.citations.filter((r) => c.cell.context.some((x) => r.keyStart >= x.start && r.keyStart < x.end));
  const cited = [...new Set(refs.map((r) => r.key))];
  const near = cited.length ? cited : paragraphKeys(flow, row, analysis.citations);
  const key = `T\u0000${cited.join(',')}\u0000${near.join(',')}\u0000${c.statement}`;
  let verdicts = cache.get(key);
  if (!verdicts) {
    verdicts = classifySentence(index, glossary, c.statement, { start: 0, end: c.statement.length }, [c.figure], cited, near, new Uint8Array(c.statement.length));
    cache.set(key, verdicts);
  }
  const end = analysis.text.lastIndexOf('|', row.end - 1);
  return { ...verdicts[0], figure: c.cell.figure, citedRanges: refs.map((r) => ({ key: r.key, start: r.keyStart, end: r.keyEnd })), citationInsertAt: end > c.cell.figure.end ? end : c.cell.figure.end, ...citedWithoutText(snapshot, cited) };
}

type Citations = DraftAnalysis['citations'];

const MAX_PARAGRAPH_KEYS = 8;

/** The keys cited elsewhere in a sentence's paragraph (one line of the soft-wrap-joined text). */
function paragraphKeys(flow: string, s: Sentence, citations: Citations): string[] {
  const from = flow.lastIndexOf('\n', s.start) + 1;
  const to = flow.indexOf('\n', s.end) >>> 0;
  // Citations are sorted: find the paragraph's first by halving, so long drafts stay linear.
  let lo = 0;
  let hi = citations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (citations[mid].keyStart < from) lo = mid + 1;
    else hi = mid;
  }
  const keys = new Set<string>();
  for (let k = lo; k < citations.length && citations[k].keyStart < to && keys.size < MAX_PARAGRAPH_KEYS; k++) keys.add(citations[k].key);
  return [...keys];
}

function citationsWithin(citations: Citations, from: number, s: Sentence): Citations {
  const out: Citations = [];
  for (let c = from; c < citations.length && citations[c].keyStart <= s.end + 3; c++) if (citations[c].keyStart >= s.start) out.push(citations[c]);
  return out;
}

const MAX_SEMICOLON_CLAUSES = 6;

/** The citations of the sentence that a run of semicolon-ended clauses ends in, within one paragraph. */
function citationsAfterSemicolons(text: string, sentences: Sentence[], i: number, citations: Citations, from: number): Citations {
  for (let j = i; j < sentences.length - 1 && j - i < MAX_SEMICOLON_CLAUSES; j++) {
    if (!/[；;]\s*$/.test(text.slice(sentences[j].start, sentences[j].end)) || text.slice(sentences[j].end, sentences[j + 1].start).includes('\n')) return [];
    let c = from;
    while (c < citations.length && citations[c].keyStart < sentences[j + 1].start) c++;
    const found = citationsWithin(citations, c, sentences[j + 1]);
    if (found.length) return found;
  }
  return [];
}

/** The figures of a sentence by place relative to it: verdicts are reused only for the same figures. */
function figureKey(figures: readonly Figure[], base: number): string {
  return figures.map((f) => `${f.start - base}-${f.end - base}`).join(',');
}

/** Where the prose mask changes inside a sentence, relative to its start. */
function maskKey(mask: Uint8Array, s: Sentence): string {
  let key = '';
  let prev = 0;
  for (let i = s.start; i < s.end; i++) {
    const m = mask[i] ?? 0;
    if (m !== prev) {
      key += `${i - s.start}:${m},`;
      prev = m;
    }
  }
  return key;
}

/**
 * The text with each soft line break (a newline inside a paragraph, as the Markdown parser found
 * them) turned into a space, offsets unchanged: a sentence hard-wrapped at 80 columns, in a block
 * quote, a list item or a footnote too, is one sentence, and its citation on the next line is its
 * citation. Blank lines, headings, list items, table rows and hard breaks still break.
 */
export function softWrapsJoined(text: string, softBreaks: number[] = readMarkdown(text).softBreaks): string {
  if (!softBreaks.length) return text;
  let out = '';
  let from = 0;
  for (const at of softBreaks) {
    if (text[at] !== '\n') continue;
    out += text.slice(from, at) + ' ';
    from = at + 1;
  }
  return out + text.slice(from);
}

function commentsBlanked(text: string, comments: readonly { start: number; end: number }[]): string {
  if (!comments.length) return text;
  let out = '';
  let from = 0;
  for (const c of comments) {
    if (c.start < from) continue;
    out += text.slice(from, c.start) + ' '.repeat(c.end - c.start);
    from = c.end;
  }
  return out + text.slice(from);
}

function classifySentence(index: FigureIndex, glossary: Glossary, text: string, s: Sentence, figures: Figure[], cited: string[], near: string[], mask: Uint8Array, time?: ParagraphTime): Verdict[] {
  const steps = classifyInSteps(index, glossary, text, s, figures, cited, near, mask, time);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** classifySentence, yielding an empty batch after each figure (a sliced check looks at the clock then). */
function* classifyInSteps(index: FigureIndex, glossary: Glossary, text: string, s: Sentence, figures: Figure[], cited: string[], near: string[], mask: Uint8Array, { paragraphYear, openingYear }: ParagraphTime = {}, { carry, listedBefore }: SentenceBefore = {}): Generator<FigureFinding[], Verdict[]> {
  // The draft's features are taken exactly as the sources' are (one pass, parts by position).
  const spans = featureSpans(text, s.start, s.end, figures, conceptHitsIn(text, s.start, s.end, figures, mask), mask);
  const sentence = featuresWithin(spans, s.start, s.end);
  const carried = carry ? [...featuresWithin(featureSpans(text, carry.start, carry.end, [], conceptHitsIn(text, carry.start, carry.end, [], mask), mask), carry.start, carry.end)].filter((f) => !/^\d/.test(f)) : [];
  for (const f of carried) sentence.add(f);
  for (const m of glossary.matcher.findAll(text, s.start, s.end)) sentence.add(`t:${glossary.entries[m.entryId].name}`);
  const weighted = weighFeatures(sentence, index.weight, conceptGroupsWithin(spans, s.start, s.end));
  const years = yearsIn(text, s.start, s.end, mask);
  const frames = claimFrames(text, s.start, s.end, figures, mask, paragraphYear, listedBefore);
  const sentenceCoverage: [Map<object, number>, Map<object, number>] = [new Map(), new Map()];
  // Figures of one draft clause share its features and their coverage of each source clause.
  const clauses = new Map<string, { weighted: WeightedFeatures; memo: [Map<object, number>, Map<object, number>] }>();
  const verdicts: Verdict[] = [];
  for (let i = 0; i < figures.length; i++) {
    if (i > 0) yield [];
    const figure = figures[i];
    const localStart = Math.max(s.start, figure.start - LOCAL_RADIUS);
    const localEnd = Math.min(s.end, figure.end + LOCAL_RADIUS);
    const local = featuresWithin(spans, localStart, localEnd);
    // Source clauses carry no glossary names (those join per sentence in the figure index): compare like with like.
    const clauseKey = `${frames[i].clauseStart}:${frames[i].clauseEnd}`;
    let clause = clauses.get(clauseKey);
    if (!clause) {
      const own = featuresWithin(spans, frames[i].clauseStart, frames[i].clauseEnd);
      // Only the first clause has the pronoun for its subject.
      if (frames[i].clauseStart === s.start) for (const f of carried) own.add(f);
      clauses.set(clauseKey, (clause = { weighted: weighFeatures(own, index.weight, conceptGroupsWithin(spans, frames[i].clauseStart, frames[i].clauseEnd)), memo: [new Map(), new Map()] }));
    }
    const ctx: DraftContext = { lead: leadWord(text, figure.start), flow: tradeFlowBefore(text, figure.start), flowRightBefore: flowRightBefore(text, figure.start), previous: previousYearValue(text, figure), siblings: siblingsOf(figures, i), sentence: weighted, local: weighFeatures(local, index.weight, conceptGroupsWithin(spans, localStart, localEnd)), clause: clause.weighted, years, frame: frames[i], clauseText: text.slice(frames[i].clauseStart, frames[i].clauseEnd), leadText: text.slice(s.start, figure.start), leadNames: isCjkText(text, s.start, s.end) ? [] : namesIn(text.slice(s.start, figure.start)), cjk: isCjkText(text, s.start, s.end), korean: isKoreanText(text, s.start, s.end), japanese: isJapaneseText(text, s.start, s.end), sentenceCoverage, clauseCoverage: clause.memo, openingYear };
    if (figure.kind === 'change') ctx.changeBase = changeBaseAround(text, frames[i].clauseStart, frames[i].clauseEnd, figure.start, figure.end);
    verdicts.push({ ...withOtherRow(index, figure, sentence, ctx, withOtherCurrency(index, figure, sentence, classify(index, figure, sentence, ctx, cited, near))), frame: frames[i] });
  }
  supportDerivedMultiples(figures, verdicts, cited);
  return verdicts;
}

/** Multiples the writer computed from two values of the cited source (see derivedMultiple): supported, naming both values. */
function supportDerivedMultiples(figures: readonly Figure[], verdicts: Verdict[], cited: string[]): void {
  if (cited.length === 0 || !figures.some((f) => f.unit === 'multiple')) return;
  const backed = verdicts.flatMap((v, k) => (v.status === 'supported' && v.support[0] && cited.includes(v.support[0].doc.key) ? [{ figure: figures[k], source: v.support[0] }] : []));
  if (backed.length === 0) return;
  verdicts.forEach((v, k) => {
    if (figures[k].unit !== 'multiple' || v.status === 'supported' || v.status === 'contradicted') return;
    const derived = derivedMultiple(figures[k], backed.filter((b) => b.figure !== figures[k]));
    if (derived) verdicts[k] = { ...v, status: 'supported', support: [derived.source], derived: { other: derived.other } };
  });
}

/**
 * Per-snapshot verdicts by sentence, bounded by an estimate of their bytes (not their number: a
 * sentence with many figures and many matching sources weighs far more than a short one). Past
 * the bound the oldest half goes, so fast typing cannot grow the heap without end.
 */
const SENTENCE_CACHE_BYTES = 16 * 1024 * 1024;
// Sources kept per verdict: the hover quotes a few and counts the rest.
const MAX_KEPT_SOURCES = 12;

export class VerdictCache {
  private readonly map = new Map<string, { verdicts: Verdict[]; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes = SENTENCE_CACHE_BYTES) {}

  /** The estimated size of what is held. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.map.size, bytes: this.bytes };
  }

  get(key: string): Verdict[] | undefined {
    return this.map.get(key)?.verdicts;
  }

  set(key: string, verdicts: Verdict[]): void {
    for (const v of verdicts) {
      if (v.support.length > MAX_KEPT_SOURCES) v.support = v.support.slice(0, MAX_KEPT_SOURCES);
      if (v.conflicts.length > MAX_KEPT_SOURCES) v.conflicts = v.conflicts.slice(0, MAX_KEPT_SOURCES);
    }
    const bytes = 2 * key.length + verdicts.reduce((n, v) => n + 400 + 16 * (v.support.length + v.conflicts.length), 64);
    this.map.set(key, { verdicts, bytes });
    this.bytes += bytes;
    if (this.bytes <= this.maxBytes) return;
    let drop = this.map.size >> 1;
    for (const [k, e] of this.map) {
      if (drop-- <= 0) break;
      this.map.delete(k);
      this.bytes -= e.bytes;
    }
  }
}

function sentenceCache(snapshot: CorpusSnapshot): VerdictCache {
  return derive(snapshot, 'figureSentenceCache', () => new VerdictCache());
}

interface DraftContext {
  /** the Chinese word right before the figure that names what it measures (出口 in 出口1720亿元) */
  lead?: string;
  /** the trade flow (exports, imports, total, balance) the draft names before the figure */
  flow?: TradeFlow;
  /** the flow word leading the figure itself ("其中出口"), not a clause topic further back */
  flowRightBefore?: TradeFlow;
  /** the figure is marked as the previous year's value ("前年末の0.41％", "76.0% a year earlier") */
  previous: boolean;
  /** the other figures of the draft sentence that state the same kind of quantity */
  siblings: Sibling[];
  sentence: WeightedFeatures;
  local: WeightedFeatures;
  clause: WeightedFeatures;
  years: string[];
  frame: ClaimFrame;
  /** the words of the figure's clause, as written (folded to simplified characters) */
  clauseText: string;
  /** the draft sentence up to the figure: where its subject is named, when a comma split it from the clause */
  leadText: string;
  /** English names of two or more capitalised words in leadText (not countries), found once per figure */
  leadNames: string[];
  /** the year the paragraph's first sentence dated its statement with: rules out only a table column of another year */
  openingYear?: string;
  /** for a change, what the draft says it is measured against (on the year, month on month, 평년 대비) */
  changeBase?: ChangeBase;
  /** the draft sentence is Chinese (or Korean/Japanese) text */
  cjk: boolean;
  /** the draft sentence is Korean (it shares concepts, not words, with Chinese sources) */
  korean: boolean;
  /** the draft sentence is Japanese (its kanji meet Chinese sources as concepts) */
  japanese: boolean;
  /**
   * Coverage of the draft sentence by a source sentence's features, by that feature set: the
   * figures of one source sentence share it, and so do the figures of one draft sentence, so
   * each pair is weighed once (same-language and cross-language results apart).
   */
  sentenceCoverage: [same: Map<object, number>, cross: Map<object, number>];
  /** the same for the draft clause against each source clause (figures of one clause share it) */
  clauseCoverage: [same: Map<object, number>, cross: Map<object, number>];
}

type Verdict = Omit<FigureFinding, 'citedRanges' | 'citationInsertAt'>;

/** The year a draft sentence inherits from its paragraph, and the year the paragraph's opening dated it with. */
interface ParagraphTime {
  paragraphYear?: string;
  openingYear?: string;
}

/** What the sentence before lends this one: its subject (a pronoun points back), its countries (values handed out in turn). */
interface SentenceBefore {
  carry?: Sentence;
  listedBefore?: readonly string[];
}

/**
 * "It was down 3.2% from 2023": a sentence whose subject is a pronoun takes the sentence before it
 * in its paragraph as its subject, as a source's does; "… were 25.1%, 12.2% and 9.7% respectively"
 * names no country and takes those of the sentence before, in order. What is lent is part of the
 * sentence's cache key.
 */
function lentBy(text: string, before: Sentence | undefined, s: Sentence): SentenceBefore & { key: string } {
  const carry = before && POINTING_SUBJECT.test(text.slice(s.start, Math.min(s.end, s.start + 40))) && !text.slice(before.end, s.start).includes('\n\n') ? before : undefined;
  const listedBefore = earlierCountries(text, before, s.start, s.end);
  return { carry, listedBefore, key: `${carry ? `\u0000${text.slice(carry.start, carry.end)}` : ''}${listedBefore ? `\u0000${listedBefore.join(',')}` : ''}` };
}

/**
 * `near` are the sources the writer has in mind for this sentence: those it cites, else those the
 * rest of its paragraph cites (matching leans on them; the status still says the sentence cites
 * nothing).
 */
function classify(index: FigureIndex, figure: Figure, sentence: Set<string>, ctx: DraftContext, cited: string[], near: string[] = cited): Omit<Verdict, 'frame'> {
  const shaped: Shaped[] = [];
  let otherYear: { c: SourceFigure; score: number } | undefined;
  for (const c of candidatesAcrossAlikeUnits(index, figure, sentence, near)) {
    // A value that can neither back nor contradict the draft's (another order of magnitude) is never scored: most candidates
    // end here, before any feature is compared. Percent and points are compared only to tell which one the source means.
    if (!mayCompare(figure, c.figure)) continue;
    const otherMeasure = !!OTHER_MEASURE[figure.unit]?.includes(c.figure.unit);
    const backs = !otherMeasure && compatible(figure, c.figure) && !otherTradeFlow(ctx.flow, c);
    if (!backs && !comparable(figure, c.figure, false)) continue;
    // A percentage beside percentage points says which measure the source means only when it is
    // the same number ("1.6%" for "1.6 percentage points"); another number is another quantity.
    // "其中出口432.6亿元" is not backed by "进口432.6亿元": the same number for the other trade flow.
    if ((otherMeasure && Math.abs(figure.value - c.figure.value) > Math.max(figure.precision, c.figure.precision)) || (backs && ctx.flowRightBefore && otherFlowRightBefore(ctx.flowRightBefore, c))) continue;
    if (!sameClaimShape(figure, ctx, c, backs && near.includes(c.doc.key))) {
      // The same value in the cited source, for another year: kept aside as a hint.
      if (backs && near.includes(c.doc.key) && sameClaimShapeButYear(figure, ctx, c)) {
        const cross = !sameLanguage(ctx, c);
        // Across languages a paraphrase shares few words: the very value to three digits in the cited
        // source ("4.90 trillion yuan in 2022" against 2023年…4.90万亿元) is the figure the writer took.
        const exact = cross && significantDigits(figure.text) >= 3 && sameValueExactly(figure, c.figure);
        const score = Math.max(subjectScore(ctx, c, figure, near, cross, coverages(ctx, c, cross)), exact ? SUPPORT_THRESHOLD : 0);
        if (score >= SUPPORT_THRESHOLD && (!otherYear || score > otherYear.score)) otherYear = { c, score };
      }
      continue;
    }
    const cross = !sameLanguage(ctx, c);
    // Each coverage once: they feed both the choice of clause and the subject score.
    const cov = coverages(ctx, c, cross);
    const score = subjectScore(ctx, c, figure, near, cross, cov);
    const { conflictAt, otherWay } = conflictThreshold(figure, c, ctx, { cited, near, backs, cross, cov, score });
    // A figure bound to exactly the draft's countries ("越南…97万人" for "Vietnam with 970,000") is
    // the clause of its sentence the draft speaks of, even when another clause shares more words.
    const sameCountries = namesSameCountries(ctx, c);
    // Another value of the draft sentence sits beside this one in the source sentence: the same statement.
    // Two or more of the draft sentence's other values beside this one in the source, each on its
    // side, make the same statement even with no word shared.
    const pairedMany = backs && agreeingSiblingCount(ctx.siblings, c, compatible) >= 2;
    const parallel = backs && (pairedMany || (score >= SOLE_VALUE_MIN_SUBJECT && pairedBySibling(figure, ctx.siblings, c, score)) || pairedToTheDigit(figure, ctx.siblings, c));
    // The draft's other figure agrees with its neighbour in a cited source sentence, and this one
    // sits where the draft's figure sits: the source states another value for the same thing.
    const aligned = !backs && near.includes(c.doc.key) && alignedAgainst(figure, ctx.siblings, c, score);
    const alignedExact = aligned && alignedToTheDigit(figure, ctx.siblings, c);
    // "其中出口1720亿元" for "出口1720亿元": the same word right before the value names the same part
    // (a total's clause, "进出口总额达到2817亿元", may share more of the sentence's other words).
    // Across languages the word itself cannot be compared; a trade flow can ("exports" and 出口).
    const sameFlow = cross && !!ctx.flow && ctx.flow === sourceFlow(c);
    const sameLead = (!cross && !!ctx.lead && ctx.lead === sourceLead(c)) || sameFlow;
    shaped.push({ c, score: parallel ? Math.max(score, SUPPORT_THRESHOLD) : score, clause: 0.6 * cov.clause + 0.4 * cov.local + (sameCountries ? SAME_COUNTRIES_BONUS : 0) + (parallel || aligned ? PARALLEL_BONUS : 0) + (sameLead ? SAME_LEAD_BONUS : 0), conflictAt: aligned ? Math.min(conflictAt, score) : sameLead && !cross && near.includes(c.doc.key) && !CHANGE_LEAD.test(ctx.lead ?? '') ? Math.min(conflictAt, SAME_LEAD_CONFLICT) : conflictAt, backs, sameCountries, parallel, aligned, alignedExact, ownConflictAt: conflictAt, sameLead, flowOnly: sameFlow, pairedMany, otherWay });
  }
  notAlignedWhereBacked(shaped, figure, ctx.siblings);
  dropClaimedBySiblings(shaped, figure, ctx.siblings, ctx.frame.entities, ctx.frame.period);
  swappedWithNeighbour(shaped, figure, ctx);
  soleValueInCitedSource(shaped, figure, near, ctx.siblings);
  swappedWithSibling(shaped, figure, ctx.siblings.filter((s) => s.figure.start < ctx.frame.clauseStart || s.figure.start >= ctx.frame.clauseEnd));
  swappedInTime(shaped, figure, ctx, otherYear?.c);
  const scored = outweighedByAlignedValue(outweighedSupportDropped(bestClausePerSentence(shaped), figure, ctx), ctx.lead);
  return verdictOn(figure, scored, ctx, cited, otherYear);
}

/** The subject score at which a source value that does not back the draft's contradicts it (Infinity: never). */
function conflictThreshold(figure: Figure, c: SourceFigure, ctx: DraftContext, o: { cited: string[]; near: string[]; backs: boolean; cross: boolean; cov: { clause: number }; score: number }): { conflictAt: number; otherWay: boolean } {
  // A source value whose own clause shares nothing with the draft's is another measure, however
  // much of the sentence around it does ("…经费支出…增长8.2%，与国内生产总值之比为2.74%" against
  // "国内生产总值增长5.1%"): it cannot contradict (a table cell's clause is its caption and labels).
  const otherClause = !o.backs && !c.table && ((o.cov.clause === 0 && !o.cross) || otherNamedSubject(ctx, c));
  // A relative move computed from two levels ("from 49% to 12%": down 75.5%) backs a draft that
  // states it, but is too much the checker's own reading to contradict another change.
  const own = o.backs || otherClause || (c.derived && c.figure.unit !== 'pp') ? Infinity : slipAware(figure, c.figure, o.cross ? crossConflictThreshold(ctx, c, o.cited, figure) : sameFrameConflictThreshold(ctx, c), o.score);
  // "rose 7.4%" against the cited source's "7.4% 감소했다": the very change the other way round, in any
  // language, contradicts once its context shares anything with the draft's.
  const otherWay = !o.backs && o.score >= SOLE_VALUE_MIN_SUBJECT && otherWayRound(figure, c, o.near);
  return { conflictAt: otherWay ? Math.min(own, o.score) : own, otherWay };
}

/** The cited source's very change (two digits or more) in the other direction. */
function otherWayRound(figure: Figure, c: SourceFigure, near: string[]): boolean {
  return figure.kind === 'change' && c.figure.kind === 'change' && !!figure.direction && !!c.figure.direction && figure.direction !== c.figure.direction && near.includes(c.doc.key) && significantDigits(figure.text) >= 2 && sameValueExactly(figure, c.figure);
}

/** A figure found nowhere in its cited source, which gives the very number (two digits or more) in another currency: named, so the writer checks the currency. */
function withOtherCurrency(index: FigureIndex, figure: Figure, sentence: Set<string>, v: Omit<Verdict, 'frame'>): Omit<Verdict, 'frame'> {
  // Two digits are enough here: the verdict stands either way, only the message names the other currency.
  if (v.status !== 'not-in-cited-source' || v.support.length || v.otherYear || !MONEY.has(figure.unit) || significantDigits(figure.text) < 2) return v;
  for (const unit of MONEY) {
    if (unit === figure.unit) continue;
    const hit = index.candidates(unit, sentence, figure.value).find((c) => v.citedKeys.includes(c.doc.key) && (sameValueExactly(figure, c.figure) || sameValueToTheDigit(figure, c.figure)));
    if (hit) return { ...v, otherCurrency: hit };
  }
  return v;
}

/** A figure found nowhere in its cited source, whose table gives the very number (two digits or more) in another row than the draft names: named, so the writer checks the row. */
function withOtherRow(index: FigureIndex, figure: Figure, sentence: Set<string>, ctx: DraftContext, v: Omit<Verdict, 'frame'>): Omit<Verdict, 'frame'> {
  if (v.status !== 'not-in-cited-source' || v.support.length || v.otherYear || v.otherCurrency || significantDigits(figure.text) < 2) return v;
  const hit = candidatesAcrossAlikeUnits(index, figure, sentence, v.citedKeys).find((c) => c.table && v.citedKeys.includes(c.doc.key) && sameValueExactly(figure, c.figure) && namesAnotherRow(rowNamingText(figure, ctx), c));
  return hit ? { ...v, otherRow: hit } : v;
}

/** The verdict from the scored candidates: supported, uncited, contradicted, or not found where cited. */
function verdictOn(figure: Figure, scored: Shaped[], ctx: DraftContext, cited: string[], otherYear: { c: SourceFigure; score: number } | undefined): Omit<Verdict, 'frame'> {
  const support = scored.filter((x) => x.backs && x.score >= SUPPORT_THRESHOLD).sort(byScore).map((x) => x.c);
  // A conflicting value that sits where the draft's figure sits beside a sibling that agrees
  // ("7659.6亿元，比上年下降3.9%" for "7659.6亿元，比上年增长3.9%") is the one to quote first.
  // The very change the other way round needs no subject pinned: its digits and its source pin it.
  const conflicts = scored.filter((x) => !x.backs && x.score >= x.conflictAt && (sameSubjectForConflict(ctx, x.c) || !!x.otherWay)).sort((a, b) => Number(b.aligned) - Number(a.aligned) || byScore(a, b)).map((x) => x.c);
  // Sources disagree with each other too: a supported figure keeps the others' values, for the hover.
  const base = { figure, citedKeys: cited, support, conflicts };
  if (support.length) {
    if (cited.length === 0) return { ...base, status: 'uncited' };
    const inCited = support.filter((s) => cited.includes(s.doc.key));
    if (inCited.length) return { ...base, support: [...inCited, ...support.filter((s) => !inCited.includes(s))], status: 'supported', preciseElsewhere: preciseElsewhere(figure, inCited, support, cited) };
    // The cited source gives another value for this very quantity, more surely than any other
    // source backs the draft's: the writer's source contradicts it.
    const citedConflict = scored.filter((x) => !x.backs && x.score >= x.conflictAt && cited.includes(x.c.doc.key) && sameSubjectForConflict(ctx, x.c)).reduce((m, x) => Math.max(m, x.score), 0);
    const bestSupport = scored.filter((x) => x.backs && x.score >= SUPPORT_THRESHOLD).reduce((m, x) => Math.max(m, x.score), 0);
    if (citedConflict > bestSupport) return { ...base, status: 'contradicted', conflicts: conflicts.filter((c) => cited.includes(c.doc.key)) };
    return { ...base, status: 'not-in-cited-source' };
  }
  // The cited source's best match for the measure is this very value in another year: a hint about
  // the year beats a contradiction by a figure that matches the measure clearly worse.
  const bestConflict = scored.filter((x) => !x.backs && x.score >= x.conflictAt).reduce((m, x) => Math.max(m, x.score), 0);
  // …unless the value of the draft's year stands beside it in that sentence: the years were swapped.
  const swapped = otherYear && scored.some((x) => !x.backs && x.score >= x.conflictAt && x.c.doc === otherYear.c.doc && x.c.sentenceStart === otherYear.c.sentenceStart);
  if (otherYear && !swapped && otherYear.score >= OTHER_YEAR_RATIO * bestConflict) return { ...base, status: cited.length ? 'not-in-cited-source' : 'unsupported', otherYear: otherYear.c };
  if (conflicts.length) return { ...base, status: 'contradicted', ...(otherYear ? { otherYear: otherYear.c } : {}) };
  return { ...base, status: cited.length ? 'not-in-cited-source' : 'unsupported' };
}

// A name of two or more capitalised words ("Labels & Films", "Flexible Packaging", "Bank of Norland").
const PROPER_NAME = /\b[A-Z][a-z]+(?:\s(?:&\s|and\s|of\s)?[A-Z][a-z]+)+/g;

function namesIn(text: string): string[] {
  return (text.match(PROPER_NAME) ?? []).filter((n) => countriesIn(n, 0, n.length).length === 0);
}

/**
 * "Labels & Films grew by 8.7%" against "Flexible Packaging grew organically by 5.9%": in English,
 * a source clause about another named thing (a segment, a firm, a programme) states its value,
 * not another value for the draft's, however many of the other words agree; neither name is in
 * the other's sentence. Countries are compared as entities, not here.
 */
function otherNamedSubject(ctx: DraftContext, c: SourceFigure): boolean {
  if (ctx.cjk || c.cjk) return false;
  const own = ctx.leadNames;
  if (own.length === 0) return false;
  const text = c.doc.normalized.text;
  const theirs = namesIn(text.slice(c.clauseStart, c.figure.start));
  if (theirs.length === 0) return false;
  const sentence = text.slice(c.sentenceStart, c.sentenceEnd);
  return !own.some((n) => sentence.includes(n)) && !theirs.some((n) => ctx.leadText.includes(n) || ctx.clauseText.includes(n));
}

/** How much of the draft's clause, neighbourhood and sentence a source figure's context shares. */
function coverages(ctx: DraftContext, c: SourceFigure, cross: boolean): { clause: number; local: number; sentence: number } {
  return { clause: clauseCoverage(ctx, c, cross), local: coverage(ctx.local, c.local, cross), sentence: sentenceCoverage(ctx, c, cross) };
}

function clauseCoverage(ctx: DraftContext, c: SourceFigure, cross: boolean): number {
  const memo = ctx.clauseCoverage[cross ? 1 : 0];
  let v = memo.get(c.clause);
  if (v === undefined) memo.set(c.clause, (v = coverage(ctx.clause, c.clause, cross)));
  return v;
}

function sentenceCoverage(ctx: DraftContext, c: SourceFigure, cross: boolean): number {
  const memo = ctx.sentenceCoverage[cross ? 1 : 0];
  let v = memo.get(c.sentence);
  if (v === undefined) memo.set(c.sentence, (v = coverage(ctx.sentence, c.sentence, cross)));
  return v;
}

// Visitors are counted as people by some writers and as visits (人次) by others: one measure.
// A bare count ("reached 48,000") is a count of whatever its clause is about: it meets counts of
// people, firms or projects, and what they count is compared by their words.
const ALIKE_UNITS: Partial<Record<Figure['unit'], Figure['unit'][]>> = {
  people: ['visits', 'count'],
  visits: ['people', 'count'],
  percent: ['pp'],
  pp: ['percent'],
  count: ['people', 'visits', 'firm', 'project', 'ship', 'flight'],
  firm: ['count'],
  project: ['count'],
  ship: ['count'],
  flight: ['count'],
};
// Units retrieved beside the draft's that never back it: "up 4.3%" is contradicted by "up 4.3
// percentage points" about the same measure, never supported by it.
const OTHER_MEASURE: Partial<Record<Figure['unit'], Figure['unit'][]>> = { percent: ['pp'], pp: ['percent'] };

// Figures of an alike unit are retrieved in smaller number: the draft's own unit is where its
// source usually is, and each alike unit multiplied the comparisons per figure.
const ALIKE_SHARE = 0.3;

// "¥" is the sign of the yen and of the yuan: which one the reader took from the draft's words is a
// guess ("Male workers earn ¥4.56 million" names neither country), so sources in either currency are searched.
const YEN_SIGN = /^\s*[¥￥]/;

/** A draft amount written with "¥" may be in the source's yen or yuan. */
function eitherYen(draft: Figure, source: Figure): boolean {
  return YEN_SIGN.test(draft.text) && (draft.unit === 'JPY' || draft.unit === 'CNY') && (source.unit === 'JPY' || source.unit === 'CNY');
}

// "45.8億元" in a Taiwan release is New Taiwan dollars: Taiwan, like the mainland, writes a bare 元.
// A bare 元 (no 人民币, RMB) and NT$ (新台币, 대만달러, TWD) are searched for each other.
const BARE_YUAN = /[元圆圓]/;
const NAMED_YUAN = /人民币|人民幣|RMB|CNY|yuan|위안/i;
const isBareYuan = (f: Figure) => f.unit === 'CNY' && BARE_YUAN.test(f.text) && !NAMED_YUAN.test(f.text);
/** The same unit, or NT$ and a bare 元, which may be the same currency. */
const sameUnitOrYuan = (a: Figure, b: Figure) => a.unit === b.unit || (a.unit === 'TWD' && isBareYuan(b)) || (b.unit === 'TWD' && isBareYuan(a));

function candidatesAcrossAlikeUnits(index: FigureIndex, figure: Figure, sentence: Set<string>, near: readonly string[]): SourceFigure[] {
  const alike: Figure['unit'][] | undefined = YEN_SIGN.test(figure.text) && (figure.unit === 'JPY' || figure.unit === 'CNY') ? [figure.unit === 'JPY' ? 'CNY' : 'JPY'] : ALIKE_UNITS[figure.unit];
  const own = index.candidates(figure.unit, sentence, figure.value);
  const yuan = figure.unit === 'TWD' ? index.candidates('CNY', sentence, figure.value, ALIKE_SHARE).filter((c) => isBareYuan(c.figure)) : isBareYuan(figure) ? index.candidates('TWD', sentence, figure.value, ALIKE_SHARE) : [];
  const all = yuan.length ? own.concat(yuan) : own;
  const found = alike ? all.concat(...alike.map((u) => index.candidates(u, sentence, figure.value, ALIKE_SHARE))) : all;
  return withCitedValues(index, figure, [figure.unit, ...(alike ?? [])], near, found);
}

/**
 * Every value of the cited sources that may restate the draft's is a candidate, whatever the words
 * around it: the bounded retrieval ranks by shared words and nearest values over the whole corpus,
 * and across languages a paraphrase shares few words, so a corpus with many values near the draft's
 * ("roughly a quarter": dozens of 24-26% cells) could leave out the very one the writer cited.
 * Only values that agree join (a long cited report holds thousands of percentages, each scored).
 */
function withCitedValues(index: FigureIndex, figure: Figure, units: readonly Figure['unit'][], near: readonly string[], found: SourceFigure[]): SourceFigure[] {
  if (near.length === 0) return found;
  const seen = new Set(found);
  if (figure.kind === 'change' && (figure.unit === 'pp' || figure.unit === 'percent')) {
    const docs = documentsByKey(index);
    for (const key of near) {
      const doc = docs.get(key);
      if (doc) for (const c of derivedChanges(doc)) if (mayCompare(figure, c.figure)) found.push(c);
    }
  }
  for (const unit of units) {
    const byDoc = figuresByDocument(index.byUnit.get(unit));
    for (const key of near) {
      for (const c of byDoc.get(key) ?? []) {
        if (seen.has(c) || !compatible(figure, c.figure)) continue;
        seen.add(c);
        found.push(c);
      }
    }
  }
  return found;
}

const DOCUMENTS = new WeakMap<FigureIndex, Map<string, SourceDocument>>();
/** The documents that hold figures, by key, once per index. */
function documentsByKey(index: FigureIndex): Map<string, SourceDocument> {
  let out = DOCUMENTS.get(index);
  if (!out) {
    out = new Map();
    for (const list of index.byUnit.values()) for (const c of list) out.set(c.doc.key, c.doc);
    DOCUMENTS.set(index, out);
  }
  return out;
}

const BY_DOCUMENT = new WeakMap<SourceFigure[], Map<string, SourceFigure[]>>();
const NO_FIGURES: SourceFigure[] = [];
/** A unit's source figures by document key, once per list (a snapshot keeps the lists of units no change touched). */
function figuresByDocument(list: SourceFigure[] = NO_FIGURES): Map<string, SourceFigure[]> {
  let out = BY_DOCUMENT.get(list);
  if (!out) {
    out = new Map();
    for (const c of list) {
      const same = out.get(c.doc.key);
      if (same) same.push(c);
      else out.set(c.doc.key, [c]);
    }
    BY_DOCUMENT.set(list, out);
  }
  return out;
}

/**
 * The draft states a value more precisely than any cited source that backs it (16.4% against
 * "17%左右"), and an uncited source gives exactly that value: it should be cited.
 */
function preciseElsewhere(figure: Figure, inCited: SourceFigure[], support: SourceFigure[], cited: string[]): SourceFigure | undefined {
  // "约占…的16.4%" still states 16.4 to a tenth: precision is in the digits, not the hedge.
  if (figure.qualifier !== 'exact' && figure.qualifier !== 'approx') return undefined;
  const rounder = (s: SourceFigure) => (s.figure.qualifier !== 'exact' && s.figure.qualifier !== 'approx') || s.figure.precision > figure.precision * 1.5 || (s.figure.qualifier === 'approx' && /左右|上下|前后|about|around|roughly/.test(s.figure.text));
  if (!inCited.every(rounder)) return undefined;
  return support.find((s) => !cited.includes(s.doc.key) && !rounder(s) && Math.abs(s.figure.value - figure.value) <= figure.precision);
}

/**
 * The cited source gives the draft's value (two significant digits or more) in one sentence only,
 * for a claim of the same shape, and nothing there matches the measure better with another value:
 * that is the figure the writer took, however loosely the words were paraphrased (across languages
 * a paraphrase shares few concepts). A value of three significant digits needs no shared word at
 * all ("12月单月旅客量为542万人次" for "December alone saw 5.42 million passengers": the lexicon
 * glosses 旅客 as traveler), and only a rival that matches the measure well beats it.
 */
const SOLE_VALUE_MIN_SUBJECT = 0.03;
// Every currency the parser knows by its sign or code: one list, in units.ts.
const MONEY = new Set<Figure['unit']>(CURRENCY_BEFORE.map((c) => c.unit));

function soleValueInCitedSource(list: { c: SourceFigure; score: number; backs: boolean }[], figure: Figure, cited: string[], siblings: readonly Sibling[]): void {
  // One significant digit ("3%", "5次") matches by chance too often; a money amount ("3万日元") does not.
  if (cited.length === 0 || (significantDigits(figure.text) < 2 && !MONEY.has(figure.unit))) return;
  // A value given for a clearly matching subject by a source the draft does not cite is where the
  // figure came from: the same digits in the cited source, with nothing shared, are a coincidence.
  const elsewhere = list.some((x) => x.backs && x.score >= SUPPORT_THRESHOLD && !cited.includes(x.c.doc.key));
  const precise = significantDigits(figure.text) >= 3 && !elsewhere;
  const asWritten = significantDigits(figure.text) >= 2 && !elsewhere;
  for (const key of cited) {
    let best: { c: SourceFigure; score: number } | undefined;
    let sentence = -1;
    let single = true;
    let rival = 0;
    for (const x of list) {
      if (x.c.doc.key !== key) continue;
      if (!x.backs) {
        // A value the draft gives too, for its own clause ("… fell 24.3%; supermarkets rose 5.2%"),
        // is that clause's match, no rival to this one.
        if (!siblings.some((s) => compatible(s.figure, x.c.figure))) rival = Math.max(rival, x.score);
        continue;
      }
      // A value of three digits or more stated twice (a summary, then the body) is still one value.
      // So is the very value as written, twice (a table's cell and the prose about it: "7.9%" and "7.9%").
      if (sentence >= 0 && x.c.sentenceStart !== sentence && !(precise && sameValueToTheDigit(figure, x.c.figure)) && !(asWritten && sameValueExactly(figure, x.c.figure) && (!best || sameValueExactly(figure, best.c.figure)))) single = false;
      sentence = x.c.sentenceStart;
      if (!best || x.score > best.score) best = x;
    }
    // Four significant digits alike are no coincidence: only a rival that would itself contradict outweighs them.
    const rivalLimit = significantDigits(figure.text) >= 4 ? CONTRADICTION_THRESHOLD : SUPPORT_THRESHOLD;
    // The very value as written ("7.9%" for "7.9%"), once in the cited source, is where the figure
    // came from even when a cross-language paraphrase shares almost no word (빈집률 and "vacancy
    // rate" in no lexicon): only a rival that would itself contradict outweighs it.
    const exact = !!best && significantDigits(figure.text) >= 2 && sameValueExactly(figure, best.c.figure);
    if (best && single && (best.score >= SOLE_VALUE_MIN_SUBJECT || precise || exact) && (rival <= best.score || ((precise || exact) && rival < (exact ? CONTRADICTION_THRESHOLD : rivalLimit)))) best.score = Math.max(best.score, SUPPORT_THRESHOLD);
  }
}

/**
 * Two values of three significant digits each ("男性为28.3%，女性为17.8%" against "28.3% for men and
 * 17.8% for women") side by side in one source sentence do not meet by chance, even when no word
 * of the paraphrase is shared.
 */
function pairedToTheDigit(figure: Figure, siblings: readonly Sibling[], c: SourceFigure): boolean {
  // A short value ("5.6%") beside a sibling that agrees to four digits or more (MOP 83.84 billion
  // for 838.4億澳門元) is the same statement, when it is the very value the source gives.
  const short = significantDigits(figure.text) < 3;
  // "78%" for "78.0%" is the very value too, once a precise sibling pins the pair.
  if (short ? !sameValueExactly(figure, c.figure) && !(figure.value === c.figure.value && zerosOnly(figure, c.figure)) : !sameValueToTheDigit(figure, c.figure)) return false;
  const precise = siblings.filter((s) => significantDigits(s.figure.text) >= (short ? 4 : 3));
  if (precise.length === 0) return false;
  // A sibling of another unit cannot have been swapped with this value: agreeing to the digit, it
  // pairs on whichever side, as languages order a sentence's values differently ("rose 5.6% to MOP
  // 83.84 billion", "為838.4億澳門元，按年上升5.6%"). One of the same unit must keep its side.
  const otherUnit = precise.filter((s) => !alikeUnit(s.figure.unit, figure.unit));
  return (!short && !!agreeingSibling(precise, c, sameValueToTheDigit)) || (otherUnit.length > 0 && !!agreeingSibling(otherUnit, c, sameValueToTheDigit, true));
}

function alignedAgainst(figure: Figure, siblings: readonly Sibling[], c: SourceFigure, score: number): boolean {
  const sibling = agreeingSibling(siblings, c, compatible);
  return (!!sibling && (significantDigits(sibling.figure.text) >= 2 || score >= PARALLEL_MIN_SUBJECT)) || alignedToTheDigit(figure, siblings, c);
}

/**
 * "Spending per mainland visitor fell 14.7%, to MOP 2,723" against "內地旅客人均消費2,723澳門元，下跌
 * 16.8%": a sibling of another unit agrees to the digit (three or more) beside the candidate, on
 * whichever side its language puts it, so the candidate is the value the draft restates.
 */
function alignedToTheDigit(figure: Figure, siblings: readonly Sibling[], c: SourceFigure): boolean {
  // Only a neighbour a few characters away ("fell 14.7%, to MOP 2,723", "2,723澳門元，下跌16.8%"): a
  // value further along the sentence may belong to another clause.
  const close = (a: { start: number; end: number }, b: { start: number; end: number }, gap = PAIR_GAP) => Math.max(a.start, b.start) - Math.min(a.end, b.end) <= gap;
  // The sibling must be at least as precise as the figure: of "fell 14.7%, to MOP 2,723" against
  // "2,400, -14.7%" and "2,723, -16.8%", the four digits place the pair, not the three.
  const digits = Math.max(3, significantDigits(figure.text));
  const precise = siblings.filter((s) => s.adjacent && close(s.figure, figure) && significantDigits(s.figure.text) >= digits && !alikeUnit(s.figure.unit, c.figure.unit));
  if (precise.length === 0) return false;
  // A value the draft gives for another of its figures (320,000 births beside 382,000 deaths) is that one's.
  if (siblings.some((s) => alikeUnit(s.figure.unit, c.figure.unit) && compatible(s.figure, c.figure))) return false;
  const own = figuresOfSentence(c);
  const at = own.findIndex((y) => y.figure.start === c.figure.start);
  const agrees = (s: Sibling, y: (typeof own)[number] | undefined) => !!y && close(y.figure, c.figure, SOURCE_PAIR_GAP) && alikeUnit(s.figure.unit, y.figure.unit) && sameValueToTheDigit(s.figure, y.figure);
  // On its own side; on the other side only when the draft's value has no neighbour on its own
  // side ("10億4,200万人（12.6％増）、…１兆3,800億元" pairs 12.6% with the amount before it).
  if (precise.some((s) => agrees(s, s.before ? own[at - 1] : own[at + 1]))) return true;
  // Not when the source value has a nearer neighbour of that unit on its own side: "9万3,400トン（4.7％減）、
  // 5万8,200トン（1.6％減）" pairs 4.7% with 9万3,400, never with the next amount.
  if (precise.length !== 1) return false;
  const [s] = precise;
  const [ownSide, otherSide] = s.before ? [own[at - 1], own[at + 1]] : [own[at + 1], own[at - 1]];
  const gap = (y: (typeof own)[number]) => Math.max(y.figure.start, c.figure.start) - Math.min(y.figure.end, c.figure.end);
  if (ownSide && otherSide && alikeUnit(s.figure.unit, ownSide.figure.unit) && gap(ownSide) <= gap(otherSide)) return false;
  return agrees(s, otherSide);
}

/** Characters at most between an amount and its change written as one pair (", to MOP ", "，下跌"); a source's wording may be longer ("으로 전년 대비 "). */
const PAIR_GAP = 8;
const SOURCE_PAIR_GAP = 12;

/** A sibling agrees beside the candidate; one-digit values ("3 and 5") need a precise partner or some shared words. */
function pairedBySibling(figure: Figure, siblings: readonly Sibling[], c: SourceFigure, score: number): boolean {
  const sibling = agreeingSibling(siblings, c, compatible);
  return !!sibling && (significantDigits(figure.text) >= 2 || significantDigits(sibling.figure.text) >= 2 || score >= PARALLEL_MIN_SUBJECT);
}

/**
 * "中国2365亿日元，香港2376亿日元" against "China (¥237.6 billion), followed by Hong Kong (¥236.5
 * billion)": 2365 is within the rounding of 237.6, but the source gives 236.5 to the digit for
 * another country in the same sentence: the values were swapped, so the loose agreement is a
 * contradiction.
 */
function swappedWithNeighbour(list: Shaped[], figure: Figure, ctx: DraftContext): void {
  if (ctx.frame.entities.length === 0 || significantDigits(figure.text) < 3) return;
  // Equal to the last digit written, not merely within rounding.
  const same = (a: Figure, b: Figure) => Math.abs(a.value - b.value) <= 0.0005 * Math.abs(b.value);
  for (const x of list) {
    if (!x.backs || same(figure, x.c.figure)) continue;
    const exact = figuresOfSentence(x.c).find((y) => y.figure.start !== x.c.figure.start && y.figure.unit === figure.unit && same(figure, y.figure) && entitiesConflict(ctx.frame.entities, y.entities));
    if (!exact) continue;
    x.backs = false;
    x.parallel = false;
    x.conflictAt = Math.min(x.conflictAt, x.score);
  }
}

type Shaped = { c: SourceFigure; score: number; clause: number; conflictAt: number; backs: boolean; sameCountries: boolean; parallel: boolean; aligned?: boolean; alignedExact?: boolean; ownConflictAt?: number; sameLead?: boolean; flowOnly?: boolean; pairedMany?: boolean; otherWay?: boolean };

/**
 * "进口1097亿元，出口1720亿元" against "总额2817亿元，其中出口1720亿元，进口1097亿元": the draft's value is in
 * that source sentence itself, after the draft's own word, so the value standing where the draft's
 * neighbour points (2817) is no alignment against it.
 */
function notAlignedWhereBacked(list: Shaped[], figure: Figure, siblings: readonly Sibling[]): void {
  const backed = new Set<string>();
  // Only a value named by the draft's own word ("进口1097亿元" for 进口) says which part the draft
  // means (a flow named across languages covers every value of its statement, so it cannot), or the draft's value to its third digit beside the value of another draft figure.
  // The draft's value to the digit that the agreeing sibling follows too ("约1,101万户，占全体1,412万户之78.0%" for
  // "11.01 million households, 78% of the total") leaves the other value no better placed: the share's whole sits between.
  const precise = significantDigits(figure.text) >= 3;
  const besideSibling = (x: Shaped) => precise && sameValueToTheDigit(figure, x.c.figure) && (x.parallel || !!agreeingSibling(siblings, x.c, compatible));
  for (const x of list) if (x.backs && ((x.sameLead && !x.flowOnly) || x.pairedMany || besideSibling(x))) backed.add(`${x.c.doc.key}\u0000${x.c.sentenceStart}`);
  for (const x of list) {
    if (!x.aligned || !backed.has(`${x.c.doc.key}\u0000${x.c.sentenceStart}`)) continue;
    x.aligned = false;
    x.clause -= PARALLEL_BONUS;
    x.conflictAt = x.ownConflictAt ?? x.conflictAt;
  }
}

/**
 * "成员已达109个，而开业时创始成员为57个" against "membership at 109, up from 57 founding members":
 * once 109 pairs with 109, the source's 57 is what the draft's other figure restates, on the same
 * side, so it is no contradiction of 109 (values swapped between clauses sit on the wrong side
 * and still contradict).
 */
function dropClaimedBySiblings(list: Shaped[], figure: Figure, siblings: readonly Sibling[], entities: readonly string[], period?: string): void {
  if (siblings.length === 0) return;
  // The paired candidates by source sentence: looked up once per other candidate, not searched.
  const pairs = new Map<SourceFigure['doc'], Map<number, Shaped>>();
  for (const y of list) {
    if (!y.parallel) continue;
    const bySentence = pairs.get(y.c.doc) ?? new Map<number, Shaped>();
    pairs.set(y.c.doc, bySentence);
    if (!bySentence.has(y.c.sentenceStart)) bySentence.set(y.c.sentenceStart, y);
  }
  // A source value another figure of the draft sentence states to the digit, on the same side of
  // this figure's own value as in the draft, is that figure's, never a rival value of this one
  // ("23.0% now, 28.5% by 2050" against "23.0 percent … 28.5 percent by 2040"). On the other
  // side, or bound to another country, it is a swap, and stays a rival.
  for (let k = list.length - 1; k >= 0; k--) {
    const x = list[k];
    if (x.backs) continue;
    const own = figuresOfSentence(x.c).find((y) => sameUnitOrYuan(y.figure, figure) && sameValueToTheDigit(figure, y.figure) && !entitiesConflict(entities, y.entities));
    if (own && (yearOfRival(x.c, own, period) || otherYearBeside({ ...own, doc: x.c.doc }, period))) continue;
    if (own && siblings.some((s) => s.before === x.c.figure.start < own.figure.start && sameUnitOrYuan(s.figure, x.c.figure) && significantDigits(s.figure.text) >= 3 && sameValueToTheDigit(s.figure, x.c.figure))) list.splice(k, 1);
  }
  if (pairs.size === 0) return;
  for (let k = list.length - 1; k >= 0; k--) {
    const x = list[k];
    if (x.backs) continue;
    const pair = pairs.get(x.c.doc)?.get(x.c.sentenceStart);
    if (pair && !yearOfRival(x.c, pair.c, period) && siblings.some((s) => s.before === x.c.figure.start < pair.c.figure.start && sameUnitOrYuan(s.figure, x.c.figure) && compatible(s.figure, x.c.figure))) list.splice(k, 1);
  }
}

/**
 * The source gives the rival, not the draft's value, for the draft's year ("38.2%로 2023년(36.0%)보다"
 * for "从2023年的38.2%提高到2024年的36.0%"): the values were swapped between the years, whatever their order.
 */
function yearOfRival(rival: SourceFigure, own: { period?: string }, period: string | undefined): boolean {
  return !!period && !!rival.period && !own.period && periodsAgree(period, rival.period) && yearRightBeside(rival);
}

/** Values the draft took from the wrong year of a source sentence: one year for another, or last year's for this year's. */
function swappedInTime(list: Shaped[], figure: Figure, ctx: DraftContext, otherYear: SourceFigure | undefined): void {
  if (otherYear) swappedAcrossYears(list, otherYear, ctx.frame.period);
  swappedWithPreviousYear(list, figure, ctx);
  previousColumn(list, ctx);
  namedColumn(list, ctx);
  namedListItem(list, figure, ctx);
  namedAgeGroup(list, figure, ctx);
  wrongEndOfMove(list, figure, ctx);
  datedByOwnTable(list, ctx);
  targetForLevel(list, figure, ctx);
}

/**
 * "In 2023/24 the network spent £11.46 million" against a report whose prose gives £11.46 million
 * with no year and whose table gives 11,460 under "Total 2024/25" and 10,470 under "Total 2023/24"
 * in that row: the prose value is the table's other year, so it is no backing for the draft's
 * year, and the cell of the draft's year contradicts.
 */
function datedByOwnTable(list: Shaped[], ctx: DraftContext): void {
  const period = ctx.frame.periodCarried ? undefined : ctx.frame.period;
  if (!period) return;
  for (const x of list) {
    if (!x.backs || x.c.table || x.c.period) continue;
    const cell = tableTwin(x.c);
    if (!cell?.period || periodsAgree(period, cell.period)) continue;
    const rival = list.find((y) => !y.backs && y.c.table && y.c.doc === x.c.doc && y.c.sentenceStart === cell.sentenceStart && !!y.c.period && periodsAgree(period, y.c.period));
    if (rival) backedInstead(x, rival, true);
  }
}

const TABLE_TWINS = new WeakMap<SourceFigure, ScannedFigure | null>();
/** The one table cell of the source's document that gives a prose value to the digit (none when several do). */
function tableTwin(c: SourceFigure): ScannedFigure | undefined {
  let twin = TABLE_TWINS.get(c);
  if (twin === undefined) {
    const cells = c.doc.scan.figures.filter((y) => y.table && alikeUnit(y.figure.unit, c.figure.unit) && sameValueToTheDigit(y.figure, c.figure));
    TABLE_TWINS.set(c, (twin = cells.length === 1 ? cells[0] : null));
  }
  return twin ?? undefined;
}

/**
 * "cut the cost of raising each pound to 24p" against "Cut the cost … from 24p to 21p": the draft
 * gives as the level reached the value the source moved from (or the reverse), and the same
 * source sentence gives the other end: that end is what the draft restates, and it differs.
 */
function wrongEndOfMove(list: Shaped[], figure: Figure, ctx: DraftContext): void {
  const own = movedEnd(ctx.clauseText.slice(0, Math.max(0, figure.start - ctx.frame.clauseStart)));
  if (!own) return;
  for (const x of list) {
    if (!x.backs || x.c.table) continue;
    const theirs = sourceMovedEnd(x.c);
    if (!theirs) continue;
    // The right end: the other end of the same move is no rival value.
    if (theirs === own) {
      for (const y of list) if (!y.backs && y.c.doc === x.c.doc && y.c.sentenceStart === x.c.sentenceStart && sourceMovedEnd(y.c) && sourceMovedEnd(y.c) !== own) y.conflictAt = Infinity;
      continue;
    }
    const rival = list.find((y) => !y.backs && y.c.doc === x.c.doc && y.c.sentenceStart === x.c.sentenceStart && y.c.figure.unit === x.c.figure.unit && sourceMovedEnd(y.c) === own);
    if (rival) backedInstead(x, rival, true);
  }
}

const SOURCE_ENDS = new WeakMap<SourceFigure, MovedEnd | null>();
function sourceMovedEnd(c: SourceFigure): MovedEnd | undefined {
  let end = SOURCE_ENDS.get(c);
  if (end === undefined) SOURCE_ENDS.set(c, (end = movedEnd(c.doc.normalized.text.slice(c.clauseStart, c.figure.start)) ?? null));
  return end ?? undefined;
}

/**
 * "其中70岁以上老年人约三成在工作" against "就労している人は28.7%…このうち、70歳以上では約2割（19.6%）":
 * the draft names an age group, the agreeing value is the whole's (its sentence names none), and
 * the same source gives a value for that very group: the draft speaks of the group, so the
 * whole's value is no backing and the group's contradicts.
 */
function namedAgeGroup(list: Shaped[], figure: Figure, ctx: DraftContext): void {
  const groups = draftAgeGroup(figure, ctx);
  if (groups.length === 0) return;
  for (const x of list) {
    if (!x.backs || sourceAgeGroups(x.c).some(isAgeGroup)) continue;
    const rival = list.find((y) => !y.backs && y.c.doc === x.c.doc && alikeUnit(y.c.figure.unit, x.c.figure.unit) && y.c.figure.kind === x.c.figure.kind && sourceAgeGroups(y.c).some((g) => groups.includes(g)));
    if (rival) backedInstead(x, rival, true);
  }
}

// "aims to cut male smoking to 20%", "목표인 남자 흡연율 25.0%", "目标是到2030年降至…": a target, not a level reached.
const TARGET_BEFORE = /\b(?:aims?|aiming|aimed|targets?|targeted|targeting|goal|plans?|planned|seeks?|pledged?|commit(?:s|ted)?)\b|목표|계획|目标|目標|计划|計画|力争|争取/i;

/**
 * The draft gives a target ("Korea aims to cut male smoking to 20%") and the value that agrees is a
 * level the source reports (19.6% today), while the same source states the target (목표인 … 25.0%):
 * the target is what the draft restates, and it differs.
 */
function targetForLevel(list: Shaped[], figure: Figure, ctx: DraftContext): void {
  // The words before the figure in its clause, as for the source's value.
  if (!TARGET_BEFORE.test(ctx.clauseText.slice(0, Math.max(0, figure.start - ctx.frame.clauseStart)))) return;
  for (const x of list) {
    if (!x.backs || sourceTarget(x.c)) continue;
    const target = list.find((y) => !y.backs && y.c.doc === x.c.doc && sourceTarget(y.c) && y.score >= SOLE_VALUE_MIN_SUBJECT && y.score >= x.score);
    if (!target) continue;
    backedInstead(x, target);
  }
}

function sourceTarget(c: SourceFigure): boolean {
  return TARGET_BEFORE.test(c.doc.normalized.text.slice(Math.max(c.sentenceStart, c.figure.start - 40), c.figure.start));
}

/**
 * "其中人身险公司41家" against "其中财产险公司41家，人身险公司46家": the draft names the item of the other
 * clause of the same source sentence (人身, not 财产), so its value is that clause's, and the same
 * number beside another item is no backing. Only items named in the draft's own language.
 */
function namedListItem(list: Shaped[], figure: Figure, ctx: DraftContext): void {
  const said = ctx.clauseText.slice(0, Math.max(0, figure.start - ctx.frame.clauseStart));
  for (const x of list) {
    if (!x.backs || x.c.table || x.c.cjk !== ctx.cjk) continue;
    const own = itemLabel(x.c);
    const rival = list.find((y) => !y.backs && !y.c.table && y.c.doc === x.c.doc && y.c.sentenceStart === x.c.sentenceStart && y.c.clauseStart !== x.c.clauseStart && y.c.figure.unit === x.c.figure.unit && namedOver(distinctNamed(said, itemLabel(y.c), own)));
    if (!rival) continue;
    backedInstead(x, rival, true);
    // The clause the draft names is the one it restates, whatever the words the two share.
    rival.clause = Math.max(rival.clause, x.clause);
  }
}

/**
 * The age group the draft figure is a value of: named in its clause before it, else the last one
 * its sentence names before it when no other figure comes first ("Among people aged 75 and over, 12%").
 */
function draftAgeGroup(figure: Figure, ctx: DraftContext): string[] {
  if (!ctx.sentence.features.some(isAgeGroup)) return [];
  const own = ageGroupsIn(ctx.clauseText, 0, Math.max(0, figure.start - ctx.frame.clauseStart));
  if (own.length || ctx.siblings.some((s) => s.before)) return own;
  return ageGroupsIn(ctx.leadText, 0, ctx.leadText.length).slice(-1);
}

/** The words of a source figure's clause before it: what it is the value of. */
function itemLabel(c: SourceFigure): string {
  return c.doc.normalized.text.slice(c.clauseStart, c.figure.start);
}

const namedOver = (n: { own: number; other: number }) => n.own >= NAMED_COLUMN && n.own >= n.other + NAMED_COLUMN_MARGIN;

// A column the draft names outright, against one it hardly names: the margin between the two.
const NAMED_COLUMN = 0.6;
const NAMED_COLUMN_MARGIN = 0.5;

/**
 * "东滨市地表水资源量124.9亿立方米" against a row whose 水资源总量 cell is 124.9 and whose 地表水资源量
 * cell is 118.6: the draft names the other column of the same row, so its value is that cell's,
 * and the same number under another header is no backing.
 */
function namedColumn(list: Shaped[], ctx: DraftContext): void {
  for (const x of list) {
    if (!x.backs || !x.c.table) continue;
    const own = columnNamedBy(ctx.clauseText, x.c);
    const rival = list.find((y) => !y.backs && y.c.table && y.c.doc === x.c.doc && y.c.sentenceStart === x.c.sentenceStart && columnNamedBy(ctx.clauseText, y.c) >= Math.max(NAMED_COLUMN, own + NAMED_COLUMN_MARGIN));
    if (!rival) continue;
    backedInstead(x, rival, true);
  }
}

/** The draft's value is not x's but rival's: x backs nothing, rival contradicts at its own score (quoted first when `first`). */
function backedInstead(x: Shaped, rival: Shaped, first = false): void {
  x.backs = false;
  x.conflictAt = Infinity;
  rival.conflictAt = Math.min(rival.conflictAt, rival.score);
  if (first) rival.aligned = true;
}

/**
 * "床位使用率从上年的89.4%回升至93.2%" against a table row "89.4 | 86.7 | 93.2" under 2021 | 2022 | 2023:
 * the draft's current value is the 2023 cell, so its year-before value is the 2022 cell (86.7),
 * and the same number in another column is no backing.
 */
function previousColumn(list: Shaped[], ctx: DraftContext): void {
  if (!ctx.previous) return;
  for (const x of list) {
    if (!x.backs || !x.c.table || !x.c.period) continue;
    const row = figuresOfSentence(x.c);
    const current = row.find((y) => y.period && /^\d{4}$/.test(y.period) && ctx.siblings.some((s) => !s.before && alikeUnit(s.figure.unit, y.figure.unit) && sameValueToTheDigit(s.figure, y.figure)));
    if (!current) continue;
    const expected = String(Number(current.period) - 1);
    if (x.c.period === expected) continue;
    const rival = list.find((y) => !y.backs && y.c.doc === x.c.doc && y.c.sentenceStart === x.c.sentenceStart && y.c.period === expected);
    if (!rival) continue;
    // The year-before cell is the one to quote first.
    backedInstead(x, rival, true);
  }
}

/**
 * "2024年的44.1%" against "47.3%로 2023년(44.1%)보다": the cited source gives the draft's value for
 * another year, written beside it, and the sentence's value with no year of its own is the
 * report's, the draft's year: the draft swapped the two, so that value contradicts it.
 */
function swappedAcrossYears(list: Shaped[], other: SourceFigure, period: string | undefined): void {
  if (!otherYearBeside(other, period)) return;
  for (const x of list) if (!x.backs && !x.c.period && x.c.doc === other.doc && x.c.sentenceStart === other.sentenceStart && x.score >= SOLE_VALUE_MIN_SUBJECT) x.conflictAt = Math.min(x.conflictAt, x.score);
}

/**
 * "変動金利の比率は52.6％に低下した" against "41.2%로 전년(52.6%)보다 낮아졌다": the agreeing value is the
 * year before's, marked beside it, and the sentence's other value is the current one the draft
 * speaks of (or the reverse): the writer took the wrong one of the pair.
 */
function swappedWithPreviousYear(list: Shaped[], figure: Figure, ctx: DraftContext): void {
  if (ctx.frame.period && !ctx.frame.periodCarried) return;
  for (const x of list) {
    // Only a backer that would back the draft: a hedged "約90%" faintly near "전년(90.9%)" took nothing.
    if (!x.backs || x.score < SUPPORT_THRESHOLD || sourcePrevious(x.c) === ctx.previous) continue;
    const counterpart = list.find((y) => !y.backs && y.c.doc === x.c.doc && y.c.sentenceStart === x.c.sentenceStart && alikeUnit(y.c.figure.unit, figure.unit) && sourcePrevious(y.c) === ctx.previous && y.score >= SOLE_VALUE_MIN_SUBJECT);
    if (!counterpart) continue;
    backedInstead(x, counterpart);
  }
}

const SOURCE_PREVIOUS = new WeakMap<SourceFigure, boolean>();
function sourcePrevious(c: SourceFigure): boolean {
  let previous = SOURCE_PREVIOUS.get(c);
  if (previous === undefined) SOURCE_PREVIOUS.set(c, (previous = c.table ? !!c.previousColumn : previousYearValue(c.doc.normalized.text, c.figure)));
  return previous;
}

/** The source gives the draft's value for another year, written beside it ("2023년(44.1%)" for "2024年的44.1%"): no sibling of the draft claims the value as its own. */
function otherYearBeside(own: SourceFigure, period: string | undefined): boolean {
  return !!period && !!own.period && !periodsAgree(period, own.period) && yearRightBeside(own);
}

/** The value's year is written right beside it ("2023년(36.0%)", "2023年的36.0%", "36.0% (2023)", "36.0% in 2023"), not only somewhere in its sentence. */
function yearRightBeside(c: SourceFigure): boolean {
  const text = c.doc.normalized.text;
  const year = c.period!.split('-').pop()!;
  const before = text.slice(Math.max(0, c.figure.start - 10), c.figure.start);
  const after = text.slice(c.figure.end, c.figure.end + 10);
  return new RegExp(`${year}\\s?(?:年|년)?(?:度|도)?(?:的|의|は|에는|에|엔)?\\s?[(（]?\\s?$`).test(before) || new RegExp(`^\\s?(?:[(（]|in\\s)${year}\\b`).test(after);
}

const SAME_COUNTRIES_BONUS = 0.1;
const SAME_LEAD_BONUS = 0.2;
// The same measure word right before both values (出口3531亿元 against 出口3512.1亿元) in a cited
// source in the draft's language: less of the rest needs to agree for the value to contradict.
const SAME_LEAD_CONFLICT = 0.15;
// A verb of change before the value (增长5.1%, 增长8.2%) names no measure: any growth rate follows it.
const CHANGE_LEAD = /(?:增长|下降|增加|减少|上升|下跌|上涨|回落|提高|降低|扩大|缩小|增速|增幅|降幅)$/;

// Verbs and hedges between a measure word and its value: 出口额达到1720亿元, 进口约为1097亿元.
const LEAD_LINK = /(?:为|达|达到|约|约为|是|超过|共|计|合计|总计|仅|仅为|近|逾|突破|了)+$/;

let leadSegmenter: Intl.Segmenter | undefined;

/**
 * The Chinese word right before a value, past a linking verb: the word that says what it
 * measures. A word, not characters: 进出口 ends in 出口, but the segmenter keeps it whole.
 */
function leadWord(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 10), start).replace(LEAD_LINK, '');
  const run = /[\u4e00-\u9fff]{2,}$/.exec(before)?.[0];
  if (!run) return undefined;
  leadSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let last: string | undefined;
  for (const s of leadSegmenter.segment(run)) last = s.segment;
  return last && last.length >= 2 ? last : undefined;
}

// A source figure's lead word, worked out once: a figure is compared with many drafts.
const SOURCE_LEADS = new WeakMap<SourceFigure, string | null>();
function sourceLead(c: SourceFigure): string | undefined {
  let lead = SOURCE_LEADS.get(c);
  if (lead === undefined) SOURCE_LEADS.set(c, (lead = leadWord(c.doc.normalized.text, c.figure.start) ?? null));
  return lead ?? undefined;
}
const SOURCE_FLOWS = new WeakMap<SourceFigure, TradeFlow | null>();
/**
 * The trade flow named right before a figure ("其中出口803.9亿元", "수입 641억", "exports of $3.2
 * billion"): only a word that leads the value says which flow it is; one further back may be a
 * clause's topic ("largest partner with 251.7 billion yuan of trade").
 */
function flowRightBefore(text: string, at: number): TradeFlow | undefined {
  const m = FLOW_RIGHT_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return /进出口|輸出入|输出入|수출입/.test(w) ? 'total' : /出口|輸出|输出|수출|export/.test(w) ? 'export' : 'import';
}

const FLOW_RIGHT_BEFORE = /(进出口|出口|进口|輸出入|输出入|輸出|输出|輸入|输入|수출입|수출|수입|exports|imports)(?:总额|额|額|액|は|이|가|은|는|\sof|\sat|\swere|\sreached)?(?:为|為|达到|达|約|约|약)?\s?$/i;

/**
 * "Korea's imports fell 7.4%" against "수출은 … 7.4% 감소했다": the draft names one direction of trade and
 * the source value is the other's, in any language. The same number for the other flow is no backing.
 */
function otherTradeFlow(flow: TradeFlow | undefined, c: SourceFigure): boolean {
  if (flow !== 'export' && flow !== 'import') return false;
  // A table cell's flow is its column's ("月份 进出口 出口 进口"), not the last word of the header line.
  const own = c.table ? columnFlow(c) : sourceFlow(c);
  return (own === 'export' || own === 'import') && own !== flow;
}

function columnFlow(c: SourceFigure): TradeFlow | undefined {
  const quote = c.tableContext ?? '';
  const column = quote.slice(quote.lastIndexOf(' · ') + 1).split(': ')[0] ?? '';
  // A header line run together ("月份进出口出口进口") names every flow: no column's own.
  if (!column || (column.match(/进出口|出口|进口|輸出|輸入|수출|수입|exports?|imports?/gi)?.length ?? 0) !== 1) return undefined;
  return tradeFlowBefore(column, column.length);
}

function otherFlowRightBefore(flow: TradeFlow, c: SourceFigure): boolean {
  const own = flowRightBefore(c.doc.normalized.text, c.figure.start);
  return !!own && own !== flow;
}

function sourceFlow(c: SourceFigure): TradeFlow | undefined {
  let flow = SOURCE_FLOWS.get(c);
  if (flow === undefined) SOURCE_FLOWS.set(c, (flow = tradeFlowBefore(c.doc.normalized.text, c.figure.start) ?? null));
  return flow ?? undefined;
}
// A clause whose neighbour in the source agrees with the draft's neighbour is the clause the draft restates.
const PARALLEL_BONUS = 0.3;
// One-digit values pair by chance ("3 and 5"): they need some shared words as well.
const PARALLEL_MIN_SUBJECT = 0.1;

/**
 * A source sentence with several figures ("goods 21%, services 14%") makes one claim per clause:
 * the draft figure is compared with the clause it matches best, not with whichever value agrees.
 * Figures of that clause all stay ("从1999年的A增长至2022年的B": the years tell them apart).
 */
function bestClausePerSentence<T extends { c: SourceFigure; clause: number; sameCountries?: boolean; sameLead?: boolean }>(list: T[]): T[] {
  // By document, then sentence: no key string built per candidate.
  const best = new Map<string, Map<number, T>>();
  const inDoc = (x: T) => {
    let m = best.get(x.c.doc.key);
    if (!m) best.set(x.c.doc.key, (m = new Map()));
    return m;
  };
  for (const x of list) {
    const b = inDoc(x).get(x.c.sentenceStart);
    // A clause bound to exactly the draft's countries beats one that names none ("受灾人口约310万人，
    // 其中柬埔寨…112万人": Cambodia's figure, not the basin's total, is what "Cambodia … 1.12 million" restates).
    // So does a value after the draft's own measure word ("其中出口241亿元" for "出口241亿元") against
    // one after another word (the total, "进出口总额达到368亿元"), in the draft's language.
    if (!b || preferredClause(x, b)) inDoc(x).set(x.c.sentenceStart, x);
  }
  return list.filter((x) => {
    const b = inDoc(x).get(x.c.sentenceStart)!;
    if (b.sameLead && !x.sameLead) return x.c.clauseStart === b.c.clauseStart;
    if (b.sameCountries && !x.sameCountries && x.c.entities.length === 0) return x.c.clauseStart === b.c.clauseStart;
    return x.clause >= b.clause - 0.05 || x.c.clauseStart === b.c.clauseStart;
  });
}

/** Which of two clauses of one source sentence the draft restates: the draft's own measure word, then its countries, then shared words. */
function preferredClause<T extends { c: SourceFigure; clause: number; sameCountries?: boolean; sameLead?: boolean }>(x: T, b: T): boolean {
  if (!!x.sameLead !== !!b.sameLead) return !!x.sameLead;
  if (x.sameCountries && !b.sameCountries && b.c.entities.length === 0) return true;
  if (b.sameCountries && !x.sameCountries && x.c.entities.length === 0) return false;
  return x.clause > b.clause;
}

/**
 * A source's best match for the draft's measure gives another value ("$2.4 billion" about the
 * same crossing and year), and the value that agrees sits in a passage that matches far worse:
 * the source says the other value, so its weaker agreement does not count.
 */
const OUTWEIGHED_MARGIN = 0.25;

// The subject an English clause opens with, before its verb ("Net profit fell", "Korea's imports rose"): two words at least, no pronoun.
const ENGLISH_SUBJECT = /^\s*(?:the\s|its\s|their\s)?((?:[A-Za-z][\w'’-]*\s){1,3})(?:fell|rose|grew|was|were|increased|decreased|declined|dropped|climbed|jumped|reached|totalled|totaled|stood|came|amounted|shrank|expanded)\b/i;

function englishSubject(ctx: DraftContext): string | undefined {
  if (ctx.cjk) return undefined;
  const words = ENGLISH_SUBJECT.exec(ctx.clauseText)?.[1].trim();
  return words && words.includes(' ') && !/^(?:it|they|this|that|these|those|which)\b/i.test(words) ? words.toLowerCase() : undefined;
}

function sentenceNames(c: SourceFigure, subject: string): boolean {
  return !c.cjk && c.doc.normalized.text.slice(c.sentenceStart, c.sentenceEnd).toLowerCase().includes(subject);
}
// How far from the copied value the value the draft's measure words name may stand (the next clause, across a ；).
const NEXT_CLAUSE_REACH = 40;
const NAMED_MARGIN = 0.3;

function outweighedSupportDropped<T extends { c: SourceFigure; score: number; backs: boolean; conflictAt: number; sameLead?: boolean }>(list: T[], figure: Figure, ctx: DraftContext): T[] {
  const bestConflict = new Map<string, number>();
  // A conflict in the draft's own language outweighs; across languages the score rests on a few
  // shared concepts, so only one pinned to the same countries and year does. A backer that gives
  // the value to the digit is never outweighed.
  for (const x of list) if (!x.backs && x.score >= x.conflictAt && (sameLanguage(x.c, ctx) || pinnedToFrame(ctx, x.c))) bestConflict.set(x.c.doc.key, Math.max(bestConflict.get(x.c.doc.key) ?? 0, x.score));
  // A backer that names no year, where the draft names one, is outweighed by a better-matching value
  // of the same document given for the draft's very year ("about 32.4% of world GDP" in 2022: "参与国
  // 生产规模约占全球总量的1/3" has no year, "2022年…约占世界经济总量的23.4%" has it), in any language.
  const yearConflict = new Map<string, number>();
  const year = ctx.frame.period;
  const yearPinned = year ? list.filter((x) => !x.backs && x.score >= x.conflictAt && x.c.period && periodsAgree(year, x.c.period)) : [];
  for (const x of yearPinned) yearConflict.set(x.c.doc.key, Math.max(yearConflict.get(x.c.doc.key) ?? 0, x.score));
  if (bestConflict.size === 0 && yearConflict.size === 0) return list;
  // Even to the digit, a value with no year beside one the same source sentence gives for the
  // draft's year is the other side of that comparison ("38.2%로 2023년(36.0%)보다" for "2023年的38.2%").
  const besideYearValue = (x: T) => yearPinned.some((y) => y.c.doc === x.c.doc && y.c.sentenceStart === x.c.sentenceStart && yearOfRival(y.c, x.c, year));
  // Nor does the digit save a value from the next clause when the draft's own measure words, right
  // before the figure, name another value of that very sentence ("服務1,385人；喘息服務使用者5,430人" for
  // "喘息服务使用者1385人"): the copy is the writer's slip.
  const named = (x: T) => list.some((y) => !y.backs && y.sameLead && y.c.doc === x.c.doc && Math.abs(y.c.figure.start - x.c.figure.start) <= NEXT_CLAUSE_REACH && y.score >= y.conflictAt && y.score >= x.score + NAMED_MARGIN);
  // In English the same for the draft's subject ("Net profit fell 12.4%"): a backer whose sentence does not name
  // it ("Revenue fell 12.4%") is outweighed by a better-matching value whose sentence does.
  const subject = englishSubject(ctx);
  const namedElsewhere = (x: T) => !!subject && !sentenceNames(x.c, subject) && list.some((y) => !y.backs && y.c.doc === x.c.doc && y.score >= y.conflictAt && y.score > x.score && sentenceNames(y.c, subject));
  const kept = (x: T) => !besideYearValue(x) && !namedElsewhere(x) && ((sameValueToTheDigit(figure, x.c.figure) && !named(x)) || (x.score + OUTWEIGHED_MARGIN > (bestConflict.get(x.c.doc.key) ?? 0) && (!!x.c.period || x.score > (yearConflict.get(x.c.doc.key) ?? 0))));
  return list.filter((x) => !x.backs || kept(x));
}

/**
 * "Construction workers earn ¥4.78 million, against ¥4.32 million in manufacturing" against
 * "建設業…432万円で、製造業（478万円）より": both values are in one source sentence, each on the other
 * side of its partner, and the words around the draft's figure match the place of the other value
 * better than its own: the values were swapped, so the agreeing one is no backing. Only siblings of
 * other clauses count: "从29.4%升至35.7%" against "35.7%（2018년 29.4%）로 상승" is one clause's move, reordered.
 */
function swappedWithSibling(list: Shaped[], figure: Figure, siblings: readonly Sibling[]): void {
  if (siblings.length === 0 || significantDigits(figure.text) < 3) return;
  for (const x of list) {
    if (!x.backs || x.parallel || x.pairedMany || x.sameLead) continue;
    const rival = list.find((r) => !r.backs && r.c.doc === x.c.doc && r.c.sentenceStart === x.c.sentenceStart && r.score > x.score && swappedPartner(siblings, r.c, x.c));
    if (!rival) continue;
    // The year-before cell is the one to quote first.
    backedInstead(x, rival, true);
  }
}

/** A precise sibling of the same unit gives the rival's value, and sits on the other side of the figure than the rival sits of the backer. */
function swappedPartner(siblings: readonly Sibling[], rival: SourceFigure, backer: SourceFigure): boolean {
  return siblings.some((s) => (alikeUnit(s.figure.unit, rival.figure.unit) || eitherYen(s.figure, rival.figure)) && significantDigits(s.figure.text) >= 3 && sameValueToTheDigit(s.figure, rival.figure) && s.before !== rival.figure.start < backer.figure.start);
}

/**
 * A cited source sentence that gives the draft's other value to the digit, with another value where
 * the draft's figure sits, says what the draft restates: the same number elsewhere in that source
 * (another row, another group, the next pair of the same sentence: "11万2,600トン（前年比6.8％減）、
 * 7万1,600トン（同2.9％減）" for "71,600 tonnes, down 6.8%") is a copying slip, not backing, unless it
 * too sits beside one of the draft's values or after the draft's own measure word. A cross-language
 * alignment may score nothing and still place the value: the first one found counts.
 */
function outweighedByAlignedValue(list: Shaped[], lead: string | undefined): Shaped[] {
  const against = new Map<string, Shaped>();
  for (const x of list) if (x.alignedExact && !x.backs && x.score >= x.conflictAt && x.score > (against.get(x.c.doc.key)?.score ?? -1)) against.set(x.c.doc.key, x);
  if (against.size === 0) return list;
  // A change verb (下降, 增长) before both is no measure word: it leads every change of the sentence.
  const kept = (x: Shaped, a: Shaped | undefined) => !a || x.parallel || x.pairedMany || (x.sameLead && !CHANGE_LEAD.test(lead ?? ''));
  return list.filter((x) => !x.backs || kept(x, against.get(x.c.doc.key)));
}

/** The source figure names the draft's countries (the same set) and its year. */
const ROW_TEXT = new WeakMap<DraftContext, string>();
/**
 * The words of the draft clause that can name the figure's table row: between the figures beside it
 * ("Penalty notices raised £5.65 million and residents' permits £2.39 million": residents' permits
 * is the second figure's row, not the first's).
 */
function rowNamingText(figure: Figure, ctx: DraftContext): string {
  let out = ROW_TEXT.get(ctx);
  if (out === undefined) {
    const { clauseStart, clauseEnd } = ctx.frame;
    let from = clauseStart;
    let to = clauseEnd;
    for (const s of ctx.siblings) {
      if (s.figure.end <= figure.start && s.figure.end > from) from = s.figure.end;
      if (s.figure.start >= figure.end && s.figure.start < to) to = s.figure.start;
    }
    // The words after the figure are its own only up to a list's joint: what follows "and" or a comma names the next one.
    const before = ctx.clauseText.slice(Math.max(0, from - clauseStart), Math.max(0, figure.start - clauseStart));
    const after = ctx.clauseText.slice(Math.max(0, figure.start - clauseStart), Math.max(0, to - clauseStart));
    const joint = after.search(/\sand\s|[,，、;；和与及]/);
    ROW_TEXT.set(ctx, (out = before + (joint < 0 ? after : after.slice(0, joint))));
  }
  return out;
}

function pinnedToFrame(ctx: DraftContext, c: SourceFigure): boolean {
  return !!ctx.frame.period && ctx.frame.period === c.period && namesSameCountries(ctx, c);
}

/** The draft names countries, and the source figure is bound to exactly the same ones. */
function namesSameCountries(ctx: DraftContext, c: SourceFigure): boolean {
  const a = ctx.frame.entities;
  return a.length > 0 && a.length === c.entities.length && a.every((e) => c.entities.includes(e));
}

function byScore(a: { score: number }, b: { score: number }): number {
  return b.score - a.score;
}

/**
 * Claims that cannot be about the same thing, whatever their words: a change against a level
 * or share, another year, other countries.
 */
function sameClaimShape(figure: Figure, ctx: DraftContext, c: SourceFigure, agreesInCited = false): boolean {
  // "是当年的九倍" and "recovered ninefold": a multiple states the same growth as a level or as a change.
  if ((figure.kind === 'change') !== (c.figure.kind === 'change') && figure.unit !== 'multiple' && !(agreesInCited && amountOfAChange(figure, c.figure))) return false;
  // A year carried from an earlier sentence of the paragraph is a guess: another year in a source
  // sentence weakens the match (subjectScore) but does not make it another claim. A table's
  // column of another year is another claim: its year is all a cell says.
  const period = ctx.frame.periodCarried && !c.table ? undefined : ctx.frame.period;
  if (period && c.period && !periodsAgree(period, c.period)) return false;
  if (!ctx.frame.period && ctx.openingYear && c.table && c.period && !periodsAgree(ctx.openingYear, c.period)) return false;
  // "In August trade was …" is not the July row of a monthly table.
  if (ctx.frame.month && c.month && ctx.frame.month !== c.month) return false;
  if (ctx.frame.changeOf && c.changeOf && ctx.frame.changeOf !== c.changeOf) return false;
  if (ctx.changeBase && c.figure.kind === 'change' && basesDiffer(ctx.changeBase, sourceChangeBase(c))) return false;
  if (ctx.frame.item && aboutAnotherItem(ctx.frame.item, [...c.local, ...c.clause])) return false;
  if (namesAnotherRow(rowNamingText(figure, ctx), c)) return false;
  if (ageGroupsDiffer(ctx.clause.features, c)) return false;
  if (ordinalsDiffer(draftOrdinals(ctx), c)) return false;
  return !entitiesConflict(ctx.frame.entities, c.entities) && (!scopesDiffer(ctx.frame.scope, c.scope) || wholeLostInTranslation(figure, ctx, c, agreesInCited)) && !countsDiffer(ctx.frame.counted, c.counted);
}

const SOURCE_BASES = new WeakMap<SourceFigure, ChangeBase | null>();
/** What a source change is measured against: its column header, or the words of its clause (once per figure). */
function sourceChangeBase(c: SourceFigure): ChangeBase | undefined {
  let base = SOURCE_BASES.get(c);
  if (base === undefined) {
    const text = c.doc.normalized.text;
    const rest = /[，,；;。]/.exec(text.slice(c.figure.end, c.sentenceEnd));
    base = (c.tableContext !== undefined ? changeBaseOfCell(c.tableContext) : changeBaseAround(text, c.clauseStart, rest ? c.figure.end + rest.index : c.sentenceEnd, c.figure.start, c.figure.end)) ?? null;
    SOURCE_BASES.set(c, base);
  }
  return base ?? undefined;
}

const DRAFT_ORDINALS = new WeakMap<DraftContext, Set<string>>();
/** The ordinal items (第二产业, the third quarter) the draft clause names, once per figure. */
function draftOrdinals(ctx: DraftContext): Set<string> {
  let out = DRAFT_ORDINALS.get(ctx);
  if (!out) DRAFT_ORDINALS.set(ctx, (out = ordinalItems(ctx.clauseText)));
  return out;
}

/**
 * Across languages the wholes of two shares are compared by a lexicon's concepts, which miss most
 * paraphrases ("17.5% of the national crop" against "占全國糙米產量之17.5%"): the very value as
 * written, in the cited source, is not ruled out by them (the sole-value rule still weighs rivals).
 */
function wholeLostInTranslation(figure: Figure, ctx: DraftContext, c: SourceFigure, agreesInCited: boolean): boolean {
  return agreesInCited && !sameLanguage(ctx, c) && significantDigits(figure.text) >= 2 && sameValueExactly(figure, c.figure);
}

/**
 * An amount or a count that agrees is the same figure whether it is worded as a change or as a
 * level: "reduce revenue by $16.9 billion" is "세수 감소 총액 169억 달러", "raise completions by
 * about 38,000 dwellings" is "3만 8천 호 증가분". A percentage is not: a growth rate of 3.4% is no
 * share of 3.4%. Only for agreement with a cited source: an amount of a change never contradicts a
 * level, and a source the draft does not cite needs the shape to agree.
 */
function amountOfAChange(a: Figure, b: Figure): boolean {
  return a.kind !== 'share' && b.kind !== 'share' && a.unit !== 'percent' && a.unit !== 'pp' && b.unit !== 'percent' && b.unit !== 'pp';
}

/** Both clauses name an age group and none in common: a share of the over-60s is not one of the over-65s. */
function ageGroupsDiffer(draft: readonly string[], c: SourceFigure): boolean {
  let groups = DRAFT_AGE_GROUPS.get(draft);
  if (!groups) DRAFT_AGE_GROUPS.set(draft, (groups = draft.filter(isAgeGroup)));
  if (groups.length === 0) return false;
  // The source's groups only when the draft names one: most clauses name none.
  const other = sourceAgeGroups(c).filter(isAgeGroup);
  return other.length > 0 && !groups.some((g) => other.includes(g));
}

/**
 * The age group a source figure is about: its clause's, else the last one its sentence names before
 * it ("60周岁及以上常住人口892.1万人，占常住人口的19.0%，其中65周岁及以上…占13.0%": the share's
 * clause names none, its subject the clause before does).
 */
function sourceAgeGroups(c: SourceFigure): readonly string[] {
  if (c.table || c.clause.some(isAgeGroup)) return c.clause;
  let groups = SOURCE_AGE_GROUPS.get(c);
  if (!groups) {
    const named = ageGroupsIn(c.doc.normalized.text, c.sentenceStart, c.figure.start);
    groups = named.length ? [named[named.length - 1]] : [];
    SOURCE_AGE_GROUPS.set(c, groups);
  }
  return groups;
}
const SOURCE_AGE_GROUPS = new WeakMap<SourceFigure, string[]>();
// A draft clause's groups, once per clause (its figures meet hundreds of candidates).
const DRAFT_AGE_GROUPS = new WeakMap<readonly string[], string[]>();

// No stem holds a colon: "c:agenc" (agency) is no age group.
const isAgeGroup = (f: string) => f.startsWith('c:age:');

// The same value for another year wins over a conflict that matches the measure less than half as well.
const OTHER_YEAR_RATIO = 2;

/** The claim agrees in everything but the year (both sides name one). */
function sameClaimShapeButYear(figure: Figure, ctx: DraftContext, c: SourceFigure): boolean {
  if (!ctx.frame.period || !c.period || periodsAgree(ctx.frame.period, c.period)) return false;
  return sameClaimShape(figure, { ...ctx, frame: { ...ctx.frame, period: c.period } }, c);
}

/**
 * A contradiction needs the subject pinned down on both sides: a draft about named countries is
 * not contradicted by a sentence that names none ("RCEP参与国人口约占世界总人口的1/2" says nothing
 * about 中日韩三国).
 */
function sameSubjectForConflict(ctx: DraftContext, c: SourceFigure): boolean {
  return ctx.frame.entities.length === 0 || c.entities.length > 0 || (!!ctx.frame.changeOf && ctx.frame.changeOf === c.changeOf) || speaksOfOnePlace(c.doc, ctx.frame.entities);
}

const ONE_PLACE = new WeakMap<SourceDocument, string | null>();

/**
 * A document that names no country beside its figures, or one country for nearly all that it
 * names (a national statistics release, a central bank's report), speaks of one place throughout:
 * its unnamed sentences are about the draft's country when that is the only one it could be.
 */
function speaksOfOnePlace(doc: SourceDocument, draft: readonly string[]): boolean {
  let home = ONE_PLACE.get(doc);
  if (home === undefined) ONE_PLACE.set(doc, (home = homeCountry(doc)));
  return home !== null && (home === '' || (draft.length === 1 && draft[0] === home));
}

/** '' when the document's figures name no country, the country when one is named for 80% of those named, else null. */
function homeCountry(doc: SourceDocument): string | null {
  const counts = new Map<string, number>();
  let named = 0;
  for (const f of doc.scan.figures) {
    if (!f.entities.length) continue;
    named++;
    for (const e of new Set(f.entities)) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  if (named === 0) return '';
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return n >= 3 && n >= 0.8 * named ? top : null;
}

/**
 * Countries rule a match out when they differ: no country in common, or two groups of two or more
 * that are not the same group (China→Korea is not China→Japan).
 */
function entitiesConflict(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  if (!a.some((e) => b.includes(e))) return true;
  return a.length >= 2 && b.length >= 2 && (a.length !== b.length || !a.every((e) => b.includes(e)));
}

/** How surely a source figure is about what the draft figure is about (0..1). */
function subjectScore(ctx: DraftContext, c: SourceFigure, figure: Figure, cited: string[], cross: boolean, cov: { clause: number; local: number; sentence: number }): number {
  // An elliptical clause ("…, up 18 percent") names its subject in the rest of the sentence: the
  // sentence stands in, a little weaker; which clause of a sentence counts is decided before this.
  // Across languages only the language-neutral features can be shared, so only they count.
  let s = 0.45 * Math.max(cov.clause, 0.8 * cov.sentence) + 0.3 * cov.sentence + 0.25 * cov.local;
  const period = ctx.frame.period;
  if ((period && !c.period) || (!period && c.period)) s *= 0.85;
  if (figure.kind !== c.figure.kind) s *= 0.85;
  if (cross) s = Math.max(s, crossLanguageScore(ctx, c, figure, cited, s));
  else if (s >= MIN_SUBJECT_FOR_FRAME) s = Math.max(s, crossLanguageScore(ctx, c, figure, cited, s));
  // A table cell has few words of its own; its row's country and its column's year say what it is.
  if (c.table && pinnedToFrame(ctx, c)) s = Math.max(s, CONTRADICTION_THRESHOLD);
  // "美洲和欧洲…分别为…": the row labelled with the figure's own item, in the draft's year, is its row.
  if (c.table && ctx.frame.item && (!ctx.frame.period || !c.period || periodsAgree(ctx.frame.period, c.period)) && aboutOwnItem(ctx.frame.item, c.local)) s = Math.max(s, CONTRADICTION_THRESHOLD);
  if (s >= MIN_SUBJECT_FOR_PRECISE_VALUE && cited.includes(c.doc.key) && sameValueToTheDigit(figure, c.figure)) s = Math.max(s, SUPPORT_THRESHOLD);
  return s;
}

/**
 * Across languages the words are not shared, so the claim's frame has to carry the match: the
 * cited source, the same year, the same countries (when named) and a compatible value.
 */
function crossLanguageScore(ctx: DraftContext, c: SourceFigure, figure: Figure, cited: string[], words: number): number {
  if (!compatible(figure, c.figure) || !closeInValue(figure, c.figure)) return 0;
  const samePeriod = !!ctx.frame.period && !!c.period && periodsAgree(ctx.frame.period, c.period);
  // Neither side names a country ("43 ships transited the route in 2022"): the year and a fair
  // share of the concepts stand in for them.
  // A draft that names no country (its subject is in an earlier sentence: "Its 36 stations …") may
  // meet a source sentence that does, when enough of the concepts agree.
  // A source sentence that names no country, in a document that speaks of the draft's, is about it.
  const sameEntities = (ctx.frame.entities.length > 0 && (ctx.frame.entities.some((e) => c.entities.includes(e)) || (c.entities.length === 0 && words >= COUNTRYLESS_MIN_WORDS && speaksOfOnePlace(c.doc, ctx.frame.entities)))) || (ctx.frame.entities.length === 0 && (c.entities.length === 0 || cited.includes(c.doc.key)) && words >= COUNTRYLESS_MIN_WORDS);
  // The cited source needs one of year or countries to agree; any other source needs both, or
  // the countries and a value the same to three significant digits when the draft names no year.
  // A value the same to three significant digits is rarely a coincidence: a side without a year
  // (the year is in an earlier sentence) does not then rule the match out.
  const periodAllows = samePeriod || !ctx.frame.period || !c.period;
  const precise = periodAllows && sameEntities && sameValueToTheDigit(figure, c.figure);
  const agree = cited.includes(c.doc.key) ? samePeriod || sameEntities : (samePeriod && sameEntities) || precise;
  return agree ? SUPPORT_THRESHOLD : 0;
}

/**
 * A share of the same named whole in the same year ("占东亚经济总量的…", 2022) is the same measure
 * even when the rest of the sentence is worded differently: less of the wording needs to agree.
 */
function sameFrameConflictThreshold(ctx: DraftContext, c: SourceFigure): number {
  const framed = !!ctx.frame.scope && !!c.scope && !!ctx.frame.period && ctx.frame.period === c.period;
  return framed ? FRAMED_CONTRADICTION_THRESHOLD : CONTRADICTION_THRESHOLD;
}

/**
 * The draft's value is the source's with its digits transposed (45.5% for 55.4%, 12 for 21) or at
 * another scale (786 million for 78.6亿): the commonest ways a copied figure goes wrong, and
 * unlikely by chance, so less of the wording needs to agree for it to contradict.
 */
const SLIP_CONTRADICTION_THRESHOLD = 0.2;

function slipAware(draft: Figure, source: Figure, threshold: number, score: number): number {
  // The digit test is not cheap: only where it can change the outcome.
  if (threshold <= SLIP_CONTRADICTION_THRESHOLD || threshold === Infinity || score < SLIP_CONTRADICTION_THRESHOLD || score >= threshold) return threshold;
  return isSlipOf(draft, source) ? SLIP_CONTRADICTION_THRESHOLD : threshold;
}

function isSlipOf(a: Figure, b: Figure): boolean {
  if (a.value === b.value || isBound(a) || isBound(b) || a.qualifier === 'range' || b.qualifier === 'range') return false;
  const da = significantDigitsOf(a.value);
  const db = significantDigitsOf(b.value);
  if (da.length < 2 || da.length !== db.length) return false;
  return da === db || [...da].sort().join('') === [...db].sort().join('');
}

/** "786" for 786 million and for 78.6亿, "455" for 45.5. */
function significantDigitsOf(v: number): string {
  return Math.abs(v).toPrecision(9).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/**
 * Across languages a contradiction needs the frame to agree in full (the cited source, the same
 * year or none in the draft, the same countries) before the shared concepts are weighed at all.
 */
function crossConflictThreshold(ctx: DraftContext, c: SourceFigure, cited: string[], figure: Figure): number {
  const samePeriod = !!ctx.frame.period && !!c.period && periodsAgree(ctx.frame.period, c.period);
  const sameEntities = ctx.frame.entities.length > 0 && ctx.frame.entities.some((e) => c.entities.includes(e));
  // A side that names no year (the draft, or a source sentence whose year is in the one before)
  // states the measure as the other does for the same countries.
  const period = samePeriod || ((!ctx.frame.period || !c.period) && sameEntities);
  const noCountries = ctx.frame.entities.length === 0 && c.entities.length === 0;
  if (!cited.includes(c.doc.key)) return Infinity;
  if (period && (sameEntities || noCountries)) return CROSS_CONTRADICTION_THRESHOLD;
  // Both are the change of the same listed quantity (分别/respectively), in the same year.
  if (samePeriod && ctx.frame.changeOf && ctx.frame.changeOf === c.changeOf) return CROSS_CONTRADICTION_THRESHOLD;
  // Neither side names a country, and at most one a year ("Samsung's Xi'an plant makes 45% of its
  // NAND flash"), or the draft names none (its subject is in the sentence before): only the words
  // carry the match, so more of them must agree.
  // When only the draft is unnamed, the values must also be near (a slip, not another quantity).
  const draftUnnamed = ctx.frame.entities.length === 0 && nearOrSlip(figure, c.figure);
  // The same when only the source names none: a national statistics release speaks of its own
  // country without naming it ("남자 흡연율 25.0%" for "Korea's male smoking rate").
  const sourceUnnamed = c.entities.length === 0 && speaksOfOnePlace(c.doc, ctx.frame.entities) && nearOrSlip(figure, c.figure);
  return (noCountries || draftUnnamed || sourceUnnamed) && (period || !ctx.frame.period || !c.period) ? CONTRADICTION_THRESHOLD : Infinity;
}

function nearOrSlip(a: Figure, b: Figure): boolean {
  const ratio = Math.abs(a.value) / Math.max(Math.abs(b.value), 1e-9);
  return (ratio >= 0.5 && ratio <= 2) || isSlipOf(a, b);
}

/**
 * A value written with three or more significant digits (49.16 million, 45.2%) that the cited
 * source gives exactly, about a subject the draft shares something with, is the figure the writer
 * took: value-first retrieval, which a loose paraphrase of the subject would otherwise defeat.
 */
const MIN_SUBJECT_FOR_PRECISE_VALUE = 0.12;
const MIN_SUBJECT_FOR_FRAME = 0.1;
const COUNTRYLESS_MIN_WORDS = 0.1;

function sameValueToTheDigit(a: Figure, b: Figure): boolean {
  if (a.qualifier !== 'exact' && a.qualifier !== 'approx') return false;
  if (b.qualifier !== 'exact' && b.qualifier !== 'approx') return false;
  if (significantDigits(a.text) < 3) return false;
  return Math.abs(a.value - b.value) <= Math.max(a.precision, b.precision) && Math.abs(a.value - b.value) <= 0.005 * Math.abs(b.value);
}

/**
 * The digits of an amount written in CJK groups of ten thousand ("2兆3,109億円", "2조 3,109억 엔",
 * "1万2千家", "15万9,000人"): each group after a 兆/億/万 word fills four places, so the value is
 * 23109, 12 and 159 to its last significant digit, not the first group's one digit.
 */
function groupedDigits(text: string): string | undefined {
  const groups = [...text.matchAll(/(\d[\d,]*)\s?([千百천백]?)\s?([兆億亿万萬조억만]?)/g)].filter((m) => m[1]);
  if (groups.length < 2 || !groups[0][3]) return undefined;
  let digits = groups[0][1].replace(/,/g, '');
  for (const g of groups.slice(1)) {
    const small = g[2] === '千' || g[2] === '천' ? '000' : g[2] === '百' || g[2] === '백' ? '00' : '';
    digits += (g[1].replace(/,/g, '') + small).padStart(4, '0');
  }
  return digits.replace(/^0+/, '').replace(/0+$/, '');
}

/** Both exact, the same value as written (5.6% and 5.6%, not 5.6% and 5.63%). */
function sameValueExactly(a: Figure, b: Figure): boolean {
  return a.qualifier === 'exact' && b.qualifier === 'exact' && a.value === b.value && a.precision === b.precision;
}

/** "78%" and "78.0%": the more precise one adds only zeros, so both write the same number. */
function zerosOnly(a: Figure, b: Figure): boolean {
  const [shorter, longer] = a.precision > b.precision ? [a.text, b.text] : [b.text, a.text];
  const decimals = (t: string) => /\d\.(\d+)/.exec(t)?.[1] ?? '';
  return /^0+$/.test(decimals(longer).slice(decimals(shorter).length)) && decimals(longer).length > decimals(shorter).length;
}

// Counted once per text: the same few figures are weighed against hundreds of candidates.
const SIGNIFICANT_DIGITS = new Map<string, number>();
const MAX_SIGNIFICANT_DIGITS = 20_000;

function significantDigits(text: string): number {
  let n = SIGNIFICANT_DIGITS.get(text);
  if (n === undefined) {
    if (SIGNIFICANT_DIGITS.size >= MAX_SIGNIFICANT_DIGITS) SIGNIFICANT_DIGITS.clear();
    SIGNIFICANT_DIGITS.set(text, (n = countSignificantDigits(text)));
  }
  return n;
}

function countSignificantDigits(text: string): number {
  const grouped = groupedDigits(text);
  if (grouped) return grouped.length;
  const digits = /\d[\d,.]*/.exec(text)?.[0].replace(/[,.]/g, '').replace(/^0+/, '') ?? '';
  return text.includes('.') ? digits.length : digits.replace(/0+$/, '').length;
}


/** Without shared words the value itself must agree closely: "$3 billion" is not "约24亿美元". */
function closeInValue(a: Figure, b: Figure): boolean {
  if (a.qualifier !== 'exact' && a.qualifier !== 'approx') return true;
  const slack = a.qualifier === 'approx' || b.qualifier === 'approx' ? 0.06 : 0.03;
  return Math.abs(a.value - b.value) <= slack * Math.abs(b.value) + 1e-9;
}


/**
 * A cheap first test on the ratio of the two values: most candidates are of another order of
 * magnitude and are dropped here, before intervals are computed. Bounds admit any ratio.
 */
function mayCompare(a: Figure, b: Figure): boolean {
  if (isBound(a) || isBound(b) || a.qualifier === 'range' || b.qualifier === 'range') return true;
  const ratio = Math.abs(a.value) / Math.max(Math.abs(b.value), 1e-9);
  if (ratio <= 11 && ratio >= 0.09) return true;
  for (const k of SCALE_SLIPS) if (Math.abs(ratio / k - 1) < 0.02 || Math.abs(ratio * k - 1) < 0.02) return true;
  return false;
}

/** The range of true values a figure admits, given its qualifier and rounding (two functions: no array per call on this hot path). */
// "about ¥1 trillion" is not ¥1.3 trillion, though rounding to its last digit would admit 0.5-1.5:
// an amount written with one digit is taken to be within 15% (percentages keep their rounding:
// "3%" for 3.4% is how writers round).
const ROUND_AMOUNT_SLACK = 0.15;

function slack(f: Figure): number {
  return f.unit === 'percent' || f.unit === 'pp' ? f.precision : Math.min(f.precision, ROUND_AMOUNT_SLACK * Math.abs(f.value));
}

// "约37%" admits 36-38%, not 38 percent: a hedged share is off by half a point more than its
// digits, not by 3% of itself (which grew with the share: 约80% admitted 77.1-82.9).
const APPROX_POINTS = 0.5;

function low(f: Figure): number {
  const p = slack(f);
  switch (f.qualifier) {
    case 'approx':
      return f.unit === 'percent' ? f.value - p - APPROX_POINTS : f.value * 0.97 - p;
    case 'upper':
      return f.value * 0.7 - p;
    default:
      return f.value - p;
  }
}

function high(f: Figure): number {
  const p = slack(f);
  switch (f.qualifier) {
    case 'approx':
      return f.unit === 'percent' ? f.high + p + APPROX_POINTS : f.high * 1.03 + p;
    case 'lower':
      return f.high * 1.3 + p;
    default:
      return f.high + p;
  }
}

const BOUND_REACH = 50;

const isBound = (f: Figure) => f.qualifier === 'lower' || f.qualifier === 'upper';

/**
 * Whether what a source says backs what the draft says. A bound in the draft needs the source's
 * value on the right side of it: "超过2500亿" in a source does not back "超过3000亿" in a draft.
 * A bound in the source backs no point value: "15%以上" does not say 30.8%.
 */
export function compatible(draft: Figure, source: Figure): boolean {
  // "rose by 8%" is not backed by "fell by 8%": the same number, the other way.
  if (draft.direction && source.direction && draft.direction !== source.direction) return false;
  // A bound fifty times off ("超过2500万美元" for 2500亿) is a slip of scale, not a cautious claim.
  // A bound is the writer's own line: "三成以上" is not backed by 26.6%, though 三成 alone rounds to it.
  if (draft.qualifier === 'lower') return source.qualifier !== 'upper' && source.value >= draft.value - boundSlack(draft) && source.value <= BOUND_REACH * Math.abs(draft.value);
  if (draft.qualifier === 'upper') return source.qualifier !== 'lower' && source.high <= draft.high + boundSlack(draft) && source.high * BOUND_REACH >= Math.abs(draft.high);
  if (isBound(source)) return false;
  // "2865元" against "2856元": within the half-percent an unhedged whole number is allowed, but the
  // same digits in another order are a slip of the writer's hand, not a rounding.
  if (draft.qualifier === 'exact' && source.qualifier === 'exact' && significantDigitsOf(draft.value).length >= 3 && Math.abs(draft.value - source.value) > 1e-6 * Math.abs(source.value) && isSlipOf(draft, source)) return false;
  const a0 = low(draft);
  const a1 = high(draft);
  const b0 = low(source);
  const b1 = high(source);
  // One side's value must lie within what the other side's rounding admits: "$3 billion" admits
  // 2.5-3.5 billion but does not restate "约24亿美元" (2.4), though the two intervals touch.
  // Values on an interval's edge (3.4万 against 3.5万) are two different values.
  const slack = 1e-9 * Math.max(Math.abs(a1), Math.abs(b1), 1);
  return (
    inside(source.value, a0, a1, slack) ||
    inside(source.high, a0, a1, slack) ||
    inside(draft.value, b0, b1, slack) ||
    inside(draft.high, b0, b1, slack) ||
    (a0 <= b0 && b1 <= a1) ||
    (b0 <= a0 && a1 <= b1)
  );
}

const BOUND_SLACK = 0.01;

function boundSlack(f: Figure): number {
  return Math.min(f.precision, BOUND_SLACK * Math.abs(f.value));
}

function inside(v: number, lo: number, hi: number, slack: number): boolean {
  return v > lo + slack && v < hi - slack;
}

/** Whether a value lies inside what a bound admits ("15%以上" admits 30.8%). */
/** The value lies so far past the bound (BOUND_REACH) that the bound cannot have meant it. */
function beyondReach(bound: Figure, value: Figure): boolean {
  if (bound.qualifier === 'lower') return Math.abs(value.value) > BOUND_REACH * Math.abs(bound.value);
  if (bound.qualifier === 'upper') return Math.abs(value.high) * BOUND_REACH < Math.abs(bound.high);
  return false;
}

function withinBound(value: Figure, bound: Figure): boolean {
  if (bound.qualifier === 'lower') return value.high >= bound.value - boundSlack(bound);
  if (bound.qualifier === 'upper') return value.value <= bound.high + boundSlack(bound);
  return true;
}

/** Another value for the same measure: within a factor of ten (not a different quantity in the same sentence). */
function comparable(a: Figure, b: Figure, checkCompatible = true): boolean {
  if (checkCompatible && compatible(a, b)) return false;
  // A value within a bound does not contradict it, unless it is beyond the bound's reach: "超过2500万美元"
  // against "超过2500亿美元" is a slip of scale, not a cautious claim (as compatible() reads it).
  if (isBound(b) && withinBound(a, b) && !beyondReach(b, a)) return false;
  if (isBound(a) && withinBound(b, a) && !beyondReach(a, b)) return false;
  const ratio = Math.abs(a.value) / Math.max(Math.abs(b.value), 1e-9);
  // A different scale (亿 for 万) is the commonest slip, so a factor of exactly 10^4 or 10^8 is comparable too.
  // Within an order of magnitude, the bounds included: $12 billion for $1.2 billion is the commonest slip of all.
  if (ratio <= 10.001 && ratio >= 0.0999) return true;
  return SCALE_SLIPS.some((k) => Math.abs(ratio / k - 1) < 0.01 || Math.abs(ratio * k - 1) < 0.01);
}

// 万 read as million (a factor of 100) is the commonest slip between Chinese and English.
const SCALE_SLIPS = [1e4, 1e8, 1e3, 1e6, 1e2];

/** Before the sentence's closing punctuation: "……120个。" -> "……120个 [@key]。". */
function insertionPoint(text: string, s: Sentence): number {
  let at = s.end;
  while (at > s.start && /[。．.!！?？;；"”’)）\s]/.test(text[at - 1])) at--;
  return at;
}

/**
 * The figures the draft's ignore comments silence (start offsets): the figure right before a
 * comment on its line, or else the next one. Figures are read for this only when there is a comment.
 */
function ignoredFigures(text: string, analysis: DraftAnalysis, sentences: Sentence[], cells: DraftTableCell[], inCell: (f: Figure) => boolean): Set<number> {
  if (!analysis.suppressions.ignores.length) return new Set();
  const figures: { start: number; end: number }[] = cells.map((c) => c.cell.figure);
  for (const s of sentences) for (const f of parseFigures(text, s.start, s.end, analysis.termMask)) if (!inCell(f)) figures.push(f);
  figures.sort((a, b) => a.start - b.start);
  return ignoredFigureStarts(text, analysis.suppressions, figures);
}
