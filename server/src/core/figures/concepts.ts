import lexiconData from './zhEnLexicon.json' with { type: 'json' };

/**
 * Language-neutral words for the subject of a clause, so a Chinese source and an English draft
 * can be compared: Chinese words are looked up in a lexicon derived from CC-CEDICT
 * (集装箱 -> container, 吞吐量 -> throughput; scripts/build-lexicon.mjs), English words stand for
 * themselves. Both become `c:` features with a crude shared stem (exports -> export).
 */
let LEXICON: Map<string, string[]> | undefined;
const MAX_WORD = 4;

function lexicon(): Map<string, string[]> {
  if (LEXICON) return LEXICON;
  LEXICON = new Map();
  const stems = new Map<string, string>();
  const feature = (w: string) => {
    let f = stems.get(w);
    if (f === undefined) stems.set(w, (f = conceptOf(w)));
    return f;
  };
  for (const [word, glosses] of Object.entries(lexiconData as Record<string, string>)) LEXICON.set(word, glosses.split(' ').map(feature));
  return LEXICON;
}

/** The concept feature of an English word: lower-cased, with a plural stripped. */
export function conceptOf(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return `c:${w}`;
}

/** Adds the concepts of a run of Chinese characters (longest dictionary words first, left to right). */
export function addChineseConcepts(run: string, out: Set<string>): void {
  const lex = lexicon();
  for (let i = 0; i < run.length; ) {
    let matched = 0;
    for (let len = Math.min(MAX_WORD, run.length - i); len >= 2; len--) {
      const concepts = lex.get(run.slice(i, i + len));
      if (concepts) {
        for (const c of concepts) out.add(c);
        matched = len;
        break;
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
