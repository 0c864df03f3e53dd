import { stemmer } from 'stemmer';
import { jaEnLexicon, koEnLexicon, zhEnLexicon } from './lexicons.js';
import acronymData from '../../../../data/acronyms.json' with { type: 'json' };

/**
 * Language-neutral words for the subject of a clause, so a Chinese source and an English draft
 * can be compared: Chinese words are looked up in a lexicon derived from CC-CEDICT
 * (集装箱 -> container, 吞吐量 -> throughput; scripts/build-lexicon.mjs), English words stand for
 * themselves. Both become `c:` features with a crude shared stem (exports -> export).
 */
// Looked up word by word, glosses turned into features on first use: building a Map of all
// 99,500 words up front cost 160 ms per process (server and each indexing worker).
const CONCEPTS = new Map<string, string[]>();
const MAX_WORD = 8;

/** A word's concepts from a lexicon (word -> space-separated glosses), remembered in `cache`. */
function lexiconConcepts(lexicon: Record<string, string>, cache: Map<string, string[]>, word: string): string[] | null {
  let concepts = cache.get(word);
  if (concepts === undefined) {
    // Misses are not remembered: most substrings tried are no word, and the lexicon answers those as fast.
    if (!Object.hasOwn(lexicon, word)) return null;
    concepts = lexicon[word].split(' ').map(conceptOf);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, concepts);
  }
  return concepts;
}

const conceptsOfWord = (word: string) => lexiconConcepts(zhEnLexicon(), CONCEPTS, word);

const ACRONYMS = acronymData as Record<string, string>;
const NO_WORDS: readonly string[] = [];
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an']);

/**
 * The content words an acronym written in capitals stands for ("GDP" -> gross, domestic, product),
 * from the acronyms CC-CEDICT's glosses spell out (scripts/build-acronyms.mjs); none for a word in
 * lower case ("bed" is no BED).
 */
export function acronymWords(text: string, start: number, end: number, lower: string): readonly string[] {
  if (end - start > 6 || !Object.hasOwn(ACRONYMS, lower)) return NO_WORDS;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return NO_WORDS;
  }
  return ACRONYMS[lower].split(' ').filter((w) => !SMALL_WORDS.has(w));
}

/**
 * The concept feature of an English word: its Porter stem (the `stemmer` package), so "exported",
 * "exports" and a gloss "export" meet. Stems are remembered: a corpus repeats few words.
 */
const STEMS = new Map<string, string>();

// Porter leaves a noun in -ction apart from its verb ("reduction" -> reduct, "reduce" -> reduc;
// "production" -> product, "produce" -> produc): both meet at the shorter form.
function derivedStem(stem: string): string {
  return stem.length > 5 && stem.endsWith('ct') ? stem.slice(0, -1) : stem;
}

// A noun in -ment is stemmed as its verb: Porter keeps -ment after a short word ("payment",
// "agreement") and stems the verb apart ("employed" -> emploi, "employment" -> employ), while
// 支付 is glossed "pay" and the English source says "payments".
const MENT = /^(.{3,}?)ments?$/;

// Plurals Porter does not undo: "women" must meet 여자/女性 glossed "woman".
const IRREGULAR_PLURALS: Record<string, string> = { women: 'woman', men: 'man', children: 'child', wives: 'wife', lives: 'life', crises: 'crisis', analyses: 'analysis', criteria: 'criterion', phenomena: 'phenomenon', indices: 'index', teeth: 'tooth', feet: 'foot' };
// Word families the stemmer leaves apart, where a lexicon gloss uses the other member: 出生 is
// glossed "born", the English draft says "births"; 死亡 "die", the draft "deaths".
// 销售额 is glossed "sales", 판매액 (販賣額) "sell": the noun meets its verb.
const WORD_FAMILIES: Record<string, string> = { born: 'birth', died: 'death', dies: 'death', dead: 'death', die: 'death', sale: 'sell', sales: 'sell', loss: 'lose', losses: 'lose' };

// Past forms Porter cannot undo: "rose" must meet 上升 glossed "rise", "fell" 下降 glossed "fall".
const IRREGULAR_VERBS: Record<string, string> = { rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow', sold: 'sell', spent: 'spend', built: 'build', bought: 'buy', paid: 'pay', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', brought: 'bring', held: 'hold', shrank: 'shrink', shrunk: 'shrink', lost: 'lose', began: 'begin', begun: 'begin', became: 'become', drew: 'draw', drawn: 'draw', sank: 'sink', sunk: 'sink', led: 'lead', stood: 'stand', wrote: 'write', written: 'write', sought: 'seek', fought: 'fight', caught: 'catch', taught: 'teach', thought: 'think', kept: 'keep', dealt: 'deal', meant: 'mean', sent: 'send', lent: 'lend' };

function stemOf(word: string): string {
  const w = WORD_FAMILIES[word] ?? IRREGULAR_PLURALS[word] ?? IRREGULAR_VERBS[word] ?? word;
  return derivedStem(stemmer(MENT.exec(w)?.[1] ?? w));
}

export function conceptOf(word: string): string {
  const w = word.toLowerCase();
  let c = STEMS.get(w);
  if (c === undefined) {
    if (STEMS.size > 100_000) STEMS.clear();
    STEMS.set(w, (c = `c:${stemOf(w)}`));
  }
  return c;
}

/** Adds the concepts of a run of Chinese characters (longest dictionary words first, left to right). */
// The first two characters of every lexicon word, as one number, with the lengths (2 to MAX_WORD)
// of the words starting with them as bits: most positions of a text start no word, and this rules
// them out without building a string; at the others only lengths some word has are looked up
// (names as long as 符拉迪沃斯托克 are tried only where such a word can start).
let PREFIXES: Map<number, number> | undefined;

function prefixes(): Map<number, number> {
  if (!PREFIXES) {
    PREFIXES = new Map();
    for (const word in zhEnLexicon()) {
      // A longer word is never found: at most MAX_WORD characters are looked up (and a word has two at least).
      if (word.length < 2 || word.length > MAX_WORD) continue;
      const key = word.charCodeAt(0) * 65536 + word.charCodeAt(1);
      PREFIXES.set(key, (PREFIXES.get(key) ?? 0) | (1 << word.length));
    }
  }
  return PREFIXES;
}

export function addChineseConcepts(run: string, out: Set<string>): void {
  const hits: ConceptHit[] = [];
  chineseConceptHits(run, 0, run.length, hits);
  for (const h of hits) for (const c of h.concepts) out.add(c);
}

/** Dictionary words found in a run of Chinese text, with where each one is. */
export interface ConceptHit {
  start: number;
  end: number;
  concepts: readonly string[];
}

/** Longest dictionary words first, left to right, over text[start, end) (one run of Chinese characters). */
export function chineseConceptHits(text: string, start: number, end: number, out: ConceptHit[]): void {
  const starts = prefixes();
  for (let i = start; i < end; ) {
    const lengths = i + 1 < end ? starts.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) : undefined;
    if (lengths === undefined) {
      i++;
      continue;
    }
    let matched = 0;
    for (let len = Math.min(MAX_WORD, end - i); len >= 2; len--) {
      if ((lengths & (1 << len)) === 0) continue;
      const concepts = conceptsOfWord(text.slice(i, i + len));
      if (concepts) {
        out.push({ start: i, end: i + len, concepts });
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
}

// Korean words (Hangul) by their Sino-Korean reading: 흡연 -> 吸烟 -> smoke (scripts/build-korean-lexicon.mjs).
const KOREAN_CONCEPTS = new Map<string, string[]>();
const MAX_KOREAN_WORD = 4;

const koreanConceptsOfWord = (word: string) => lexiconConcepts(koEnLexicon(), KOREAN_CONCEPTS, word);

/**
 * Dictionary words in a run of Hangul, longest first, left to right: a particle or an ending
 * after a word (흡연율은, 감소했다) is no word and is stepped over, and a compound (고위험음주율)
 * yields the words it is made of.
 */
export function koreanConceptHits(text: string, start: number, end: number, out: ConceptHit[]): void {
  for (let i = start; i < end; ) i += longestWordAt(text, i, end, MAX_KOREAN_WORD, koreanConceptsOfWord, out) || 1;
}

/** The longest word of a lexicon that starts at i (at least two characters), pushed to `out`; its length, or 0. */
function longestWordAt(text: string, i: number, end: number, max: number, conceptsOfWord: (w: string) => string[] | null, out: ConceptHit[]): number {
  for (let len = Math.min(max, end - i); len >= 2; len--) {
    const concepts = conceptsOfWord(text.slice(i, i + len));
    if (concepts) {
      out.push({ start: i, end: i + len, concepts });
      return len;
    }
  }
  return 0;
}

// Japanese words written with kana (空き家, 引き下げ, ホテル) and verb stems (上回 of 上回る), by EDICT
// (scripts/build-japanese-lexicon.mjs); kanji words Chinese also writes are the Chinese lexicon's.
const JAPANESE_CONCEPTS = new Map<string, string[]>();
const MAX_JAPANESE_WORD = 8;

const japaneseConceptsOfWord = (word: string) => lexiconConcepts(jaEnLexicon(), JAPANESE_CONCEPTS, word);

/**
 * Dictionary words in a run of kanji and kana (text folded to simplified characters), longest
 * first, left to right: a Japanese word where one starts, else a Chinese word of the kanji there;
 * particles and endings (は, を, した) are stepped over.
 */
export function japaneseConceptHits(text: string, start: number, end: number, out: ConceptHit[]): void {
  for (let i = start; i < end; ) {
    let matched = longestWordAt(text, i, end, MAX_JAPANESE_WORD, japaneseConceptsOfWord, out);
    if (!matched) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) {
        // The kanji from here to the next kana, read as Chinese words (longest first).
        let j = i;
        while (j < end && text.charCodeAt(j) >= 0x4e00 && text.charCodeAt(j) <= 0x9fff) j++;
        const before = out.length;
        if (j - i > 1) chineseConceptHits(text, i, j, out);
        // Only the first Chinese word found is this position's; a later one may overlap a Japanese word.
        if (out.length > before && out[before].start === i) {
          out.length = before + 1;
          matched = out[before].end - i;
        }
      }
    }
    i += matched || 1;
  }
}

export const isConcept = (feature: string) => feature.charCodeAt(0) === 99 && feature.charCodeAt(1) === 58; // "c:"

/** The concepts of a short phrase in either language: Chinese words by the lexicon, English words stemmed. */
export function conceptsOf(phrase: string): Set<string> {
  const out = new Set<string>();
  for (const m of phrase.matchAll(/[\u4e00-\u9fff]+|[A-Za-z]{3,}/g)) {
    if (/[A-Za-z]/.test(m[0])) out.add(conceptOf(m[0]));
    else if (m[0].length === 1) out.add(`z:${m[0]}`);
    else addChineseConcepts(m[0], out);
  }
  return out;
}
