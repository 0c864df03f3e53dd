// Builds data/demonyms.json and data/countryNames.json from the world-countries package
// (mledoze/countries): English demonyms ("Canadian", "Japanese") and the common names and
// alternative spellings i18n-iso-countries lacks ("Laos", "Burma", "DPRK"), each -> ISO 3166-1
// alpha-2 code. The claim model reads "Korean tourists" or "trainees from Laos" as being about
// that country. Run: node scripts/build-country-names.mjs
// The dataset is licensed under the Open Database License (ODbL 1.0): so is this derived file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEMONYMS_PATH = fileURLToPath(new URL('../data/demonyms.json', import.meta.url));
export const NAMES_PATH = fileURLToPath(new URL('../data/countryNames.json', import.meta.url));
export const CAPITALS_PATH = fileURLToPath(new URL('../data/capitals.json', import.meta.url));

function countries() {
  return JSON.parse(readFileSync(new URL('../node_modules/world-countries/countries.json', import.meta.url), 'utf8'));
}

/**
 * English name (lower case) -> code: the common and official names and the Latin alternative
 * spellings of four letters or more, or all capitals of three or more (DPRK, USA). A name two
 * countries share goes to the larger one.
 */
export function buildCountryNames() {
  const best = new Map();
  for (const c of countries()) {
    for (const name of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      if (!/^[A-Za-z][A-Za-z .'’-]+$/.test(name) || name.includes(',')) continue;
      if (name.length < 4 && !/^[A-Z]{3,}$/.test(name)) continue;
      const key = name.toLowerCase();
      const prev = best.get(key);
      if (!prev || c.area > prev.area) best.set(key, { code: c.cca2, area: c.area });
    }
  }
  return Object.fromEntries([...best].map(([k, v]) => [k, v.code]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * demonym (lower case) -> country code. A demonym two countries share ("American" for the United
 * States and its minor outlying islands, "Congolese") goes to the larger country, which is the
 * one a policy text means.
 */
export function buildDemonyms() {
  const best = new Map();
  for (const c of countries()) {
    for (const form of Object.values(c.demonyms?.eng ?? {}).flatMap((f) => f.split(/,\s*/))) {
      const key = form.toLowerCase().trim();
      if (key.length < 4) continue;
      const prev = best.get(key);
      if (!prev || c.area > prev.area) best.set(key, { code: c.cca2, area: c.area });
    }
  }
  return Object.fromEntries([...best].map(([k, v]) => [k, v.code]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Capital (English, lower case, and its Chinese names) -> country code: "Beijing says", "Tokyo and
 * Seoul agreed" name the countries. English capitals from world-countries; Chinese names are the
 * CC-CEDICT words whose gloss starts with that capital and calls it a capital (北京, 东京, 首尔).
 * Only capitals with such an entry: those are the ones writers use for their country.
 */
export function buildCapitals() {
  const lexicon = JSON.parse(readFileSync(new URL('../data/zhEnLexicon.json', import.meta.url), 'utf8'));
  const capitalWords = Object.entries(lexicon).filter(([w, g]) => /^[\u4e00-\u9fff]{2,}$/.test(w) && /\bcapital\b/.test(g));
  const out = new Map();
  for (const c of countries()) {
    for (const capital of c.capital ?? []) {
      const key = capital.toLowerCase();
      if (!/^[a-z][a-z .'-]+$/.test(key)) continue;
      // The gloss must be that capital and nothing else ("vientiane capital laos every" is also 万象 "everything").
      const countryWords = new Set(`${c.name.common} ${c.name.official}`.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/'s$/, '')));
      // CC-CEDICT puts another spelling first ("ulaanbaatar ulan bator capital"): one word before the
      // capital's name is that spelling, and names the country too (writers use Ulaanbaatar).
      const spellings = new Set();
      const zh = capitalWords
        .filter(([, g]) => {
          const m = new RegExp(`^(?:([a-z]{4,}) )?${key} (?:municipality |city )?capital(?: (.*))?$`).exec(g);
          const ok = m && (m[2] ?? '').split(' ').every((w) => !w || countryWords.has(w));
          // A spelling begins as the name does (taibei/taipei); a person's name glossed beside it (aaron yaren) does not.
          if (ok && m[1] && m[1].slice(0, 2) === key.slice(0, 2)) spellings.add(m[1]);
          return ok;
        })
        .map(([w]) => w);
      // The English name needs only a dictionary entry that calls it a capital.
      if (!spellings.size && !capitalWords.some(([, g]) => g.startsWith(`${key} `) && / capital\b/.test(g))) continue;
      if (!out.has(key)) out.set(key, c.cca2);
      for (const w of [...zh, ...spellings]) if (!out.has(w)) out.set(w, c.cca2);
    }
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const capitals = buildCapitals();
  writeFileSync(CAPITALS_PATH, `${JSON.stringify(capitals, null, 0)}\n`);
  console.log(`${Object.keys(capitals).length} capitals -> ${CAPITALS_PATH}`);
  const demonyms = buildDemonyms();
  writeFileSync(DEMONYMS_PATH, `${JSON.stringify(demonyms, null, 0)}\n`);
  console.log(`${Object.keys(demonyms).length} demonyms -> ${DEMONYMS_PATH}`);
  const names = buildCountryNames();
  writeFileSync(NAMES_PATH, `${JSON.stringify(names, null, 0)}\n`);
  console.log(`${Object.keys(names).length} names -> ${NAMES_PATH}`);
}
