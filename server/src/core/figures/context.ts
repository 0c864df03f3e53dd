import { demonymCountryWord } from './entities.js';
import { acronymWords, chineseConceptHits, conceptOf, isConcept, japaneseConceptHits, koreanConceptHits, type ConceptHit } from './concepts.js';

/**
 * What a span of text is about, as a bag of features: CJK bigrams, lower-cased Latin words and
 * language-neutral concepts (c:). Digits and the figures themselves are left out: the subject is
 * compared, not the number. A sentence is read once with `featureSpans`; its parts take theirs
 * with `featuresWithin`.
 */
export function spanFeatures(text: string, start: number, end: number): Set<string> {
  return featuresWithin(featureSpans(text, start, end, [], conceptHitsIn(text, start, end, [])), start, end);
}

/** A feature of a text and where it is, so the features of any part of a sentence can be taken from one pass. */
export interface FeatureSpan {
  start: number;
  end: number;
  feature: string;
}

/**
 * The features contextFeatures would give, each with its place, for a whole sentence in one pass:
 * its clauses and each figure's neighbourhood then take theirs with `featuresWithin`.
 */
export function featureSpans(text: string, start: number, end: number, figures: { start: number; end: number; unit?: string }[], hits: readonly ConceptHit[], mask?: Uint8Array): FeatureSpan[] {
  const out: FeatureSpan[] = [];
  const exclude = numericParts(text, figures);
  let prevCjk = -1;
  let wordStart = -1;
  const flushWord = (i: number) => {
    if (wordStart >= 0 && i - wordStart > 2) {
      const word = text.slice(wordStart, i).toLowerCase();
      if (!STOPWORDS.has(word)) {
        out.push({ start: wordStart, end: i, feature: intern(`w:${word}`) });
        const country = demonymCountryWord(word);
        out.push({ start: wordStart, end: i, feature: intern(conceptOf(country ?? word)) });
        // "GDP" written in capitals is also the words it stands for, which a lexicon gives 国内生产总值.
        for (const w of acronymWords(text, wordStart, i, word)) out.push({ start: wordStart, end: i, feature: intern(conceptOf(w)) });
      }
    }
    wordStart = -1;
  };
  let ex = 0;
  for (let i = start; i < end; i++) {
    while (ex < exclude.length && exclude[ex].end <= i) ex++;
    const c = (ex < exclude.length && exclude[ex].start <= i) || mask?.[i] === 1 ? 32 : text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) {
      flushWord(i);
      // (At offset 0 "the character before" is -1, as prevCjk starts: the slice gives '', kept as it was.)
      if (prevCjk === i - 1) out.push({ start: i - 1, end: i + 1, feature: i > 0 ? bigram(text.charCodeAt(i - 1), c) : intern(text.slice(i - 1, i + 1)) });
      prevCjk = i;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (wordStart < 0) wordStart = i;
    } else flushWord(i);
  }
  flushWord(end);
  for (const h of hits) for (const c of h.concepts) out.push({ start: h.start, end: h.end, feature: c });
  monthConcepts(text, start, end, out);
  ageGroupConcepts(text, start, end, out);
  return out;
}

// Age groups, in any of the languages: "65岁及以上", "65세 이상", "aged 65 and over", "65+".
const AGE_GROUP_HINT = /[岁세]|\d\+|\b(?:over|above|older|under|below|younger|elderly)\b|高龄者|高龄化率|고령자|고령인구|노인인구/i;
const AGE_GROUP = [
  { re: /(?<![\d.])(\d{1,3})\s?(?:周)?岁(?:及|或)?(以上|以下|以内)/g, up: (m: string) => m === '以上' },
  { re: /(?<![\d.])(\d{1,3})\s?세\s?(이상|이하|미만)/g, up: (m: string) => m === '이상' },
  { re: /(?<![\d.])(\d{1,3})\s?(?:years?\s(?:old\s)?)?(?:and|or)\s(over|above|older|under|below|younger)\b/gi, up: (m: string) => /over|above|older/i.test(m) },
  { re: /\b(?:aged?|people|adults|residents|population)\s(\d{1,3})(\+)/gi, up: () => true },
  { re: /\b(?:aged|age|those|people|persons|adults|workers|residents)\s(under|below|over|above)\s(\d{1,3})\b(?!\s?(?:%|percent|per cent|million|billion|thousand))/gi, up: (m: string) => /over|above/i.test(m), swap: true },
  // The elderly as statistics in Japan, Korea and English-speaking countries count them: 65 and
  // over (高齢者, 고령자; read folded). Chinese 老年人口 is often 60 and over, so it is left alone.
  { re: /\b(elderly|older (?:people|persons|adults))\b()|(高龄者|高龄化率|고령자|고령인구|노인인구)()/gi, up: () => true, elderly: true },
];

/**
 * "60岁及以上" and "65岁及以上" differ only in a number, which features leave out; an age group is a
 * concept of its own, the same in every language, so a share of the over-65s is not matched with a
 * share of the over-60s.
 */
/** The age-group features named in [start, end), in text order. */
export function ageGroupsIn(text: string, start: number, end: number): string[] {
  const out: FeatureSpan[] = [];
  ageGroupConcepts(text, start, end, out);
  return out.sort((a, b) => a.start - b.start).map((s) => s.feature);
}

function ageGroupConcepts(text: string, start: number, end: number, out: FeatureSpan[]): void {
  const span = text.slice(start, end);
  // Most sentences name no age group: one cheap test before five patterns ("and"/"or" alone would pass nearly every English sentence).
  if (!AGE_GROUP_HINT.test(span)) return;
  for (const rule of AGE_GROUP) {
    for (const m of span.matchAll(rule.re)) {
      const [age, side] = 'elderly' in rule ? ['65', ''] : rule.swap ? [m[2], m[1]] : [m[1], m[2]];
      if (Number(age) > 120) continue;
      out.push({ start: start + m.index, end: start + m.index + m[0].length, feature: `c:age:${age}${rule.up(side) ? '+' : '-'}` });
    }
  }
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/**
 * "12月" and "December" name one month: both get the English month's concept, so a Chinese draft
 * and an English source (or the reverse) share it, as they share the other words of the subject.
 */
function monthConcepts(text: string, start: number, end: number, out: FeatureSpan[]): void {
  // Searched in the span only: a search of the text from `start` would run to the end of a long
  // document for every sentence that names no month.
  const span = text.slice(start, end);
  if (!span.includes('月')) return;
  for (const m of span.matchAll(/(?<![\d.])(1[0-2]|0?[1-9])\s?月/g)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, feature: conceptOf(MONTHS[Number(m[1]) - 1]) });
  }
}

// "about 480 staff", "36 cross-border flood-warning stations": the English noun a count ends
// with says what is counted; it stays a feature (only the number and its scale are left out).
const ENGLISH_TAIL = /^(.*?\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|bn|mn|m))?)\s+[A-Za-z][A-Za-z\s-]*$/;

const COUNTED_UNITS = new Set(['count', 'people', 'firm', 'project', 'ship', 'flight']);

function numericParts(text: string, figures: { start: number; end: number; unit?: string }[]): { start: number; end: number }[] {
  let out: { start: number; end: number }[] | undefined;
  figures.forEach((f, i) => {
    // Units of measure (TEU, tonnes) say nothing about which quantity it is: only counted nouns stay.
    if (!f.unit || !COUNTED_UNITS.has(f.unit)) return;
    const last = text.charCodeAt(f.end - 1);
    if (!((last >= 65 && last <= 90) || (last >= 97 && last <= 122))) return;
    const m = ENGLISH_TAIL.exec(text.slice(f.start, f.end));
    if (!m) return;
    out ??= figures.slice();
    out[i] = { start: f.start, end: f.start + m[1].length };
  });
  return out ?? figures;
}

/** The features touching [start, end): a word the window cuts counts whole, on the draft's side and the source's alike. */
export function featuresWithin(spans: readonly FeatureSpan[], start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.start < end && s.end > start) out.add(s.feature);
  return out;
}

/** The dictionary words of a span once, for contextFeatures over the span and the parts of it. */
export function conceptHitsIn(text: string, start: number, end: number, exclude: { start: number; end: number }[], mask?: Uint8Array): ConceptHit[] {
  const out: ConceptHit[] = [];
  let runStart = -1;
  // A run of kanji and kana together is Japanese: read with the Japanese lexicon first.
  let kana = false;
  let hangulStart = -1;
  let ex = 0;
  for (let i = start; i <= end; i++) {
    while (ex < exclude.length && exclude[ex].end <= i) ex++;
    const excluded = i < end && ((ex < exclude.length && exclude[ex].start <= i) || mask?.[i] === 1);
    const c = i < end && !excluded ? text.charCodeAt(i) : 32;
    const isKana = c >= 0x3041 && c <= 0x30ff && c !== 0x30fb;
    if ((c >= 0x4e00 && c <= 0x9fff) || isKana) {
      if (runStart < 0) runStart = i;
      if (isKana) kana = true;
    } else if (runStart >= 0) {
      if (i - runStart > 1) (kana ? japaneseConceptHits : chineseConceptHits)(text, runStart, i, out);
      runStart = -1;
      kana = false;
    }
    if (c >= 0xac00 && c <= 0xd7a3) {
      if (hangulStart < 0) hangulStart = i;
    } else if (hangulStart >= 0) {
      if (i - hangulStart > 1) koreanConceptHits(text, hangulStart, i, out);
      hangulStart = -1;
    }
  }
  return out;
}

// Millions of feature strings repeat a few hundred thousand distinct bigrams and words: share one copy each.
const INTERNED = new Map<string, string>();

function intern(s: string): string {
  const hit = INTERNED.get(s);
  if (hit !== undefined) return hit;
  if (INTERNED.size > 2_000_000) INTERNED.clear();
  INTERNED.set(s, s);
  return s;
}

// The CJK bigrams by their two characters as one number (an index into Han and Hangul, below 2^30,
// so a small integer for the Map): a bigram is looked up without building its string first.
const BIGRAMS = new Map<number, string>();
const cjkIndex = (c: number) => (c <= 0x9fff ? c - 0x4e00 : c - 0xac00 + 0x5200);

function bigram(a: number, b: number): string {
  const key = cjkIndex(a) * 0x8000 + cjkIndex(b);
  const hit = BIGRAMS.get(key);
  if (hit !== undefined) return hit;
  if (BIGRAMS.size > 2_000_000) BIGRAMS.clear();
  const s = intern(String.fromCharCode(a, b));
  BIGRAMS.set(key, s);
  return s;
}

/** Four-digit years mentioned in a span (1900-2099). */
export function yearsIn(text: string, start: number, end: number, mask?: Uint8Array): string[] {
  const years: string[] = [];
  // "FY2024": a fiscal year is its year.
  for (const m of text.slice(start, end).matchAll(/(?<![\w@.])(?:FY\s?)?(19\d\d|20\d\d)(?![\d%])/g)) if (!mask?.[start + m.index] && !years.includes(m[1])) years.push(m[1]);
  return years.length ? years : NO_YEARS;
}

// Most sentences name no year: one shared empty list instead of one per sentence.
const NO_YEARS: string[] = [];

const STOPWORDS = new Set(
  'the and for with that this from into over about more than was were are has have had its their which while also between among other such been being will would could should may can per cent percent million billion trillion thousand brought came amounted totalled totaled stood'.split(' '),
);

/**
 * The concepts of each word in [start, end): a Chinese word has one concept per English gloss
 * (扩大 -> expand, enlarge, broaden), an English word one. Across languages a word is matched
 * when any of its glosses is, and counts once: counted gloss by gloss, a sentence of many-gloss
 * words looked unlike its own translation.
 */
export function conceptGroupsWithin(spans: readonly FeatureSpan[], start: number, end: number): string[][] {
  const groups = new Map<number, string[]>();
  for (const s of spans) {
    if (s.start >= end || s.end <= start || !isConcept(s.feature)) continue;
    const key = s.start * 65536 + (s.end - s.start);
    const g = groups.get(key);
    if (!g) groups.set(key, [s.feature]);
    else if (!g.includes(s.feature)) g.push(s.feature);
  }
  return [...groups.values()];
}

/** A draft's features with their IDF weights, computed once and compared with many source sentences. */
export interface WeightedFeatures {
  features: string[];
  weights: Float64Array;
  /** feature -> weight, so a source's features are looked up instead of scanned */
  weightOf: Map<string, number>;
  total: number;
  /** the weight of the language-neutral (`c:`) features alone, for comparing across languages */
  conceptTotal: number;
  /** concept -> the words (groups) it is a gloss of, when the draft's words are known */
  groupsOf?: Map<string, number[]>;
  /** weight of each word: its weightiest gloss */
  groupWeights?: Float64Array;
}

export function weighFeatures(features: Set<string>, weight: (f: string) => number, groups?: string[][]): WeightedFeatures {
  const list = [...features];
  const weights = Float64Array.from(list, weight);
  const weightOf = new Map<string, number>();
  let total = 0;
  let conceptTotal = 0;
  list.forEach((f, i) => {
    weightOf.set(f, weights[i]);
    total += weights[i];
    if (isConcept(f)) conceptTotal += weights[i];
  });
  if (!groups?.length) return { features: list, weights, weightOf, total, conceptTotal };
  const groupsOf = new Map<string, number[]>();
  const groupWeights = new Float64Array(groups.length);
  let groupTotal = 0;
  groups.forEach((members, g) => {
    for (const m of members) {
      groupWeights[g] = Math.max(groupWeights[g], weightOf.get(m) ?? weight(m));
      const list = groupsOf.get(m);
      if (list) list.push(g);
      else groupsOf.set(m, [g]);
    }
    groupTotal += groupWeights[g];
  });
  return { features: list, weights, weightOf, total, conceptTotal: groupTotal, groupsOf, groupWeights };
}

/**
 * Weighted share of the draft's features that the source also has (IDF weights from the corpus).
 * `conceptsOnly` compares only language-neutral features: across languages nothing else is shared,
 * and a word counts once however many of its glosses match.
 * Walks whichever side is smaller; an array source is walked (its features are unique).
 */
export function coverage(draft: WeightedFeatures, source: ReadonlySet<string> | readonly string[], conceptsOnly = false): number {
  if (conceptsOnly && draft.groupsOf) return groupCoverage(draft, source);
  const total = conceptsOnly ? draft.conceptTotal : draft.total;
  if (total === 0) return 0;
  let shared = 0;
  if (Array.isArray(source)) {
    // Indexed, not iterated: this loop runs for every candidate a draft figure meets.
    const list = source as readonly string[];
    for (let i = 0; i < list.length; i++) {
      const w = draft.weightOf.get(list[i]);
      if (w !== undefined && (!conceptsOnly || isConcept(list[i]))) shared += w;
    }
  } else if ((source as ReadonlySet<string>).size < draft.features.length) {
    for (const f of source as ReadonlySet<string>) {
      const w = draft.weightOf.get(f);
      if (w !== undefined && (!conceptsOnly || isConcept(f))) shared += w;
    }
  } else {
    const set = source as ReadonlySet<string>;
    for (let i = 0; i < draft.features.length; i++) {
      const f = draft.features[i];
      if ((!conceptsOnly || isConcept(f)) && set.has(f)) shared += draft.weights[i];
    }
  }
  return shared / total;
}

function groupCoverage(draft: WeightedFeatures, source: ReadonlySet<string> | readonly string[]): number {
  const groupsOf = draft.groupsOf!;
  const weights = draft.groupWeights!;
  if (draft.conceptTotal === 0) return 0;
  const matched = new Float64Array(weights.length);
  const take = (f: string) => {
    const gs = groupsOf.get(f);
    if (!gs) return;
    const w = draft.weightOf.get(f) ?? 0;
    for (const g of gs) if (w > matched[g]) matched[g] = w;
  };
  if (Array.isArray(source) || (source as ReadonlySet<string>).size < groupsOf.size) for (const f of source as Iterable<string>) take(f);
  else for (const f of groupsOf.keys()) if ((source as ReadonlySet<string>).has(f)) take(f);
  let shared = 0;
  for (let g = 0; g < matched.length; g++) shared += matched[g];
  return shared / draft.conceptTotal;
}
