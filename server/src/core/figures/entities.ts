import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import demonyms from '../../../../data/demonyms.json' with { type: 'json' };
import countryNames from '../../../../data/countryNames.json' with { type: 'json' };
import capitals from '../../../../data/capitals.json' with { type: 'json' };
import { zhEnLexicon } from './lexicons.js';

/**
 * Country names in English, Chinese, Korean and Japanese from i18n-iso-countries, mapped to their
 * ISO code, so "Republic of Korea", "South Korea", 韩国 and 대한민국 name one entity whatever the
 * language of the draft or the source.
 */
type Locale = { countries: Record<string, string | string[]> };

interface CountryNames {
  /** CJK names, matched as substrings (Chinese has no spaces) */
  cjk: Map<string, string>;
  /** Latin names, matched as whole words, lower-cased */
  latin: Map<string, string>;
  /** name lengths by the first character's code, longest first: most characters start no name */
  cjkLengths: Map<number, number[]>;
  /** English demonym -> the word a country's short English name ends with ("korean" -> "korea") */
  demonymWords: Map<string, string>;
  /** English demonym -> code, for plurals ("Cambodians", "Nepalis") */
  demonymCodes: Map<string, string>;
}

let NAMES: CountryNames | undefined;

// Only lexicon words that look like a country's name: 印度尼西亚, 大韩民国, 菲律宾 (a gloss of "china"
// also belongs to 瓷器 and 中华, which must not become countries).
const COUNTRY_SUFFIX = /(?:国|亚|兰|丹|坦|尔|斯|宾|南|西|利|拉|达|嫩|及|比|加|特|克|那|纳|多|岛|门|都|夫)$/;

const CJK_CAPITALS: Record<string, string> = { 东京: 'JP' };

const LATIN_ALIASES: Record<string, string> = { ROK: 'KR', DPRK: 'KP', PRC: 'CN', Korea: 'KR', 'North Korea': 'KP', 'South Korea': 'KR', UK: 'GB', EU: 'EU', 'European Union': 'EU' };

// Chinese writes country groups with one character each (中日韩, 中俄, 日韩两国); these are the
// standard one-character abbreviations, read only in a run of two or more.
/**
 * The names Korean and Japanese writers use where the locale data gives only the formal one
 * (대한민국, 중화민국, 러시아연방; 大韓民国, ロシア連邦): "한국 9,632억 엔" is Korea's figure.
 */
const SHORT_CJK_NAMES: Record<string, string> = { 한국: 'KR', 남한: 'KR', 대만: 'TW', 타이완: 'TW', 러시아: 'RU', 中國: 'CN', 臺灣: 'TW', 台灣: 'TW', 澳門: 'MO', 米国: 'US', 豪州: 'AU', 韓国: 'KR', 北朝鮮: 'KP', ロシア: 'RU', 英国: 'GB', 유럽연합: 'EU', 欧州連合: 'EU' };

const CJK_ABBREVIATIONS: Record<string, string> = { 中: 'CN', 日: 'JP', 韩: 'KR', 朝: 'KP', 俄: 'RU', 蒙: 'MN', 美: 'US', 英: 'GB', 法: 'FR', 德: 'DE', 印: 'IN', 越: 'VN', 泰: 'TH', 澳: 'AU', 加: 'CA', 欧: 'EU' };
// A cheap test first: the run pattern, with its look-arounds, is slow on every sentence.
const ABBREVIATION_PAIR = /[中日韩朝俄蒙美英法德印越泰澳加欧]{2}/;
const ABBREVIATION_RUN = /(?<![其之集当空高心暗])(?:[中日韩朝俄蒙美英法德印越泰澳加欧]{3,5}|(?<=^|[^\u4e00-\u9fff]|[年月，。、；：“（和与及同对在]|其中)[中日韩朝俄蒙美英法德印越泰澳加欧]{2}(?![洲部国])|[中日韩朝俄蒙美英法德印越泰澳加欧]{2}(?=[两三四五六七八]?国|[双三多]边|之间|间|关系|合作|贸易|经贸|自贸|FTA|\+))/g;

const GENERIC_PERSON = new Set(['person', 'people', 'persons', 'man', 'men', 'woman', 'women', 'national', 'citizen', 'ethnic']);

// A verb of travel or stay before a one-character abbreviation names the country: 来华, 赴日,
// 访韩, 驻华, 对日 (华 is China only here: 中华, 华人 and 华盛顿 are not). 日 is guarded against
// the words it starts (在日常, 对日益).
const TRAVEL_ABBREVIATION = /[来在访赴对驻离旅留入][华日韩朝俄美蒙](?![常益前后内期趋均子程报夜])/g;
// 中方, 韩方, 日方: "the Chinese side" in negotiations and agreements ("中方最终零关税税目比例为91%，
// 韩方为92%"). Guarded against the words that merely contain the pair (集中方式, 适中方案), and
// not when the side acts on others (中方向湄公河国家提供, 中方为…培训): those figures are the others'.
const SIDE_ABBREVIATION = /(?<![集其之当空高心暗居适折])([中日韩朝俄美蒙英法德印越泰澳])方(?![式法面案向针便位形程言在与同对给帮援累]|为(?![\d约近超逾]))/g;
const TRAVEL_CODES: Record<string, string> = { 华: 'CN', ...CJK_ABBREVIATIONS };

function names(): CountryNames {
  if (NAMES) return NAMES;
  const cjk = new Map<string, string>();
  const latin = new Map<string, string>();
  for (const locale of [zh, ko, ja] as Locale[]) for (const [code, n] of Object.entries(locale.countries)) for (const name of [n].flat()) if (name.length >= 2) cjk.set(name, code);
  for (const [code, n] of Object.entries((en as Locale).countries)) {
    for (const name of [n].flat()) {
      // "Korea, Republic of" is an index form; writers say "Republic of Korea".
      const plain = name.replace(/^(.*), (.*)$/, '$2 $1');
      for (const form of [name, plain]) if (form.length >= 4 || /^[A-Z.]+$/.test(form)) latin.set(form.toLowerCase(), code);
    }
  }
  // Common names and spellings it lacks ("Laos", "Burma", "DPRK"), from world-countries
  // (scripts/build-country-names.mjs).
  for (const [name, code] of Object.entries(countryNames as Record<string, string>)) if (!latin.has(name)) latin.set(name, code);
  // Capitals stand for their countries ("Beijing says", "Tokyo and Seoul agreed", 首尔方面): English
  // names from world-countries, Chinese ones from CC-CEDICT (scripts/build-country-names.mjs), plus
  // one whose dictionary entry carries a second sense (东京 is also Tonkin) and was left out there.
  for (const [name, code] of Object.entries({ ...(capitals as Record<string, string>), ...CJK_CAPITALS })) {
    const map = /[\u4e00-\u9fff]/.test(name) ? cjk : latin;
    if (!map.has(name)) map.set(name, code);
  }
  // A native spelling that is an English word ("Ísland" read as "island"): never a country.
  latin.delete('island');
  // Abbreviations policy writing uses that the datasets do not list.
  for (const [alias, code] of Object.entries(LATIN_ALIASES)) latin.set(alias.toLowerCase(), code);
  // Chinese names the dataset lacks (印度尼西亚 beside its 印尼): words of the CC-CEDICT lexicon
  // whose gloss is a country's English name.
  const lexicon = zhEnLexicon();
  for (const word in lexicon) {
    if (!COUNTRY_SUFFIX.test(word) || cjk.has(word)) continue;
    const gloss = lexicon[word];
    const code = latin.get(gloss) ?? latin.get(gloss.slice(0, gloss.indexOf(' ') >>> 0));
    if (code) cjk.set(word, code);
  }
  // The European Union, which trade statistics list beside countries (欧盟, 欧洲联盟): the words the
  // lexicon glosses with its name.
  for (const word in lexicon) if (lexicon[word] === 'european union' && !cjk.has(word)) cjk.set(word, 'EU');
  for (const [name, code] of Object.entries(SHORT_CJK_NAMES)) if (!cjk.has(name)) cjk.set(name, code);
  const { demonymCodes, demonymWords } = addDemonyms(cjk, latin, lexicon);
  // Short forms every writer uses that the dataset lists only in long form.
  for (const [name, code] of cjk) if (name.endsWith('国') && name.length === 3 && !cjk.has(name.slice(0, 2))) cjk.set(name.slice(0, 1) + '国', code);
  const cjkLengths = lengthsByFirstChar(cjk);
  NAMES = { cjk, latin, cjkLengths, demonymWords, demonymCodes };
  return NAMES;
}

/** English demonyms ("Korean", "Canadian") as names of their countries, and the country word each stands for. */
function addDemonyms(cjk: Map<string, string>, latin: Map<string, string>, lexicon: Record<string, string>): { demonymCodes: Map<string, string>; demonymWords: Map<string, string> } {
  const demonymCodes = new Map<string, string>();
  // English demonyms ("Korean tourists", "Japanese visits"), from the lexicon's gloss of the
  // country's Chinese name plus 人 (韩国人 -> "korean", 朝鲜人 -> "north korean").
  for (const [name, code] of [...cjk]) {
    const gloss = lexicon[`${name}人`];
    if (!gloss || !/^[\u4e00-\u9fff]+$/.test(name)) continue;
    const words = gloss.split(' ');
    const end = words.findIndex((w) => GENERIC_PERSON.has(w));
    const demonym = words.slice(0, end < 0 ? words.length : end).join(' ');
    if (demonym.length >= 4 && !latin.has(demonym)) latin.set(demonym, code);
    if (demonym.length >= 4) demonymCodes.set(demonym, code);
  }
  // The rest from the world-countries dataset (scripts/build-country-names.mjs): "Canadian", "Mexican".
  for (const [demonym, code] of Object.entries(demonyms as Record<string, string>)) {
    if (!latin.has(demonym)) latin.set(demonym, code);
    if (!demonymCodes.has(demonym)) demonymCodes.set(demonym, code);
  }
  const demonymWords = new Map<string, string>();
  for (const [demonym, code] of demonymCodes) {
    // The last word of the shortest full name ("South Korea" -> korea), unless that word is generic
    // ("United States", "Russian Federation"): then the last word that is not.
    const full = [(en as Locale).countries[code]].flat().filter((n) => n.length >= 4 && !n.includes(',') && !/^[A-Z.]+$/.test(n)).sort((a, b) => a.length - b.length);
    const word = full.map((n) => n.split(' ').pop()!.toLowerCase()).find((w) => !/^(?:states|federation|kingdom|republic|islands|emirates)$/.test(w));
    if (word) demonymWords.set(demonym, word);
  }
  return { demonymCodes, demonymWords };
}

/** For each first character of a Chinese name, the lengths of the names it starts, longest first. */
function lengthsByFirstChar(cjk: Map<string, string>): Map<number, number[]> {
  const cjkLengths = new Map<number, number[]>();
  for (const name of cjk.keys()) {
    const list = cjkLengths.get(name.charCodeAt(0)) ?? [];
    if (!list.includes(name.length)) list.push(name.length);
    cjkLengths.set(name.charCodeAt(0), list.sort((a, b) => b - a));
  }
  return cjkLengths;
}

// Latin letters with accents too: Türkiye, Côte d'Ivoire.
const LATIN_PHRASE = /[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]*(?:\s+(?:of\s+)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]*){0,3}/g;

/**
 * The word a demonym's country is named by ("Korean" -> "korea", "Chinese" -> "china"), so a
 * draft's "Korean imports" shares the concept of a source's 韩国 (glossed "South Korea").
 */
export function demonymCountryWord(word: string): string | undefined {
  const w = word.toLowerCase();
  const { demonymWords } = names();
  return demonymWords.get(w) ?? (w.endsWith('s') ? demonymWords.get(w.slice(0, -1)) : undefined);
}

/** A country named in a text: its ISO code and where the name starts. */
export interface CountryMention {
  code: string;
  at: number;
  /** where the name ends */
  end: number;
}

/** Every country name in text[start, end), in order of appearance. */
/** Chinese, Japanese and Korean country names in text[start, end), longest first at each place. */
function cjkCountryNames(text: string, start: number, end: number): CountryMention[] {
  const { cjk, cjkLengths } = names();
  const found: CountryMention[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3000) continue;
    const lengths = cjkLengths.get(c);
    if (!lengths) continue;
    for (const len of lengths) {
      const code = i + len <= end ? cjk.get(text.slice(i, i + len)) : undefined;
      // 朝鲜族, 蒙古族: an ethnic group, not the country; 朝鲜半岛: a region of more than one.
      if (code && (text.charCodeAt(i + len) === 0x65cf || text.startsWith('半岛', i + len))) {
        i += len - 1;
        break;
      }
      // 中国台湾, 中国香港, 中國澳門: the region, as Chinese statistics name it, not China besides.
      if (code === 'CN' && REGION_AFTER_CHINA.test(text.slice(i + len, i + len + 2))) {
        i += len - 1;
        break;
      }
      if (code) {
        found.push({ code, at: i, end: i + len });
        i += len - 1;
        break;
      }
    }
  }
  return found;
}

const REGION_AFTER_CHINA = /^(?:台湾|臺灣|台灣|香港|澳门|澳門)/;

export function countryMentions(text: string, start: number, end: number): CountryMention[] {
  const { latin, demonymCodes } = names();
  const found: CountryMention[] = cjkCountryNames(text, start, end);
  const span = text.slice(start, end);
  if (span.includes('方')) for (const m of span.matchAll(SIDE_ABBREVIATION)) found.push({ code: CJK_ABBREVIATIONS[m[1]], at: start + m.index, end: start + m.index + 1 });
  for (const m of span.matchAll(TRAVEL_ABBREVIATION)) found.push({ code: TRAVEL_CODES[m[0][1]], at: start + m.index + 1, end: start + m.index + 2 });
  if (ABBREVIATION_PAIR.test(span)) for (const m of span.matchAll(ABBREVIATION_RUN)) for (let k = 0; k < m[0].length; k++) found.push({ code: CJK_ABBREVIATIONS[m[0][k]], at: start + m.index + k, end: start + m.index + k + 1 });
  if (!/[A-ZÀ-ÖØ-Þ]/.test(span)) return ordered(found);
  for (const m of span.matchAll(LATIN_PHRASE)) {
    const words = m[0].split(/\s+/);
    let offset = 0;
    const starts = words.map((w) => {
      const at = m[0].indexOf(w, offset);
      offset = at + w.length;
      return at;
    });
    // Longest name inside the capitalised phrase: "South Korea's" -> "south korea".
    for (let a = 0; a < words.length; a++) {
      for (let b = words.length; b > a; b--) {
        const phrase = words.slice(a, b).join(' ').replace(/'s$/, '').toLowerCase();
        // A sentence's full stop is not part of the name ("… in Italy."); "U.S." keeps its own.
        const bare = phrase.replace(/\.$/, '');
        // "Cambodians", "Nepalis": a demonym in the plural names the country too.
        const code = latin.get(phrase) ?? latin.get(bare) ?? (bare.endsWith('s') ? demonymCodes.get(bare.slice(0, -1)) : undefined);
        // "US dollars", "Hong Kong dollar": a currency, not the country.
        const after = span.slice(m.index + starts[b - 1] + words[b - 1].length, m.index + starts[b - 1] + words[b - 1].length + 9);
        if (code && /^\s?(?:\$|dollars?\b)/i.test(after)) {
          a = b - 1;
          break;
        }
        // "ethnic Koreans": a people, not the country; "the Korean peninsula": a region of more than one.
        if (code && (/^\s[Pp]eninsul/.test(after) || /\bethnic\s$/i.test(span.slice(Math.max(0, m.index + starts[a] - 7), m.index + starts[a])))) {
          a = b - 1;
          break;
        }
        if (code) {
          found.push({ code, at: start + m.index + starts[a], end: start + m.index + starts[b - 1] + words[b - 1].length });
          a = b - 1;
          break;
        }
      }
    }
  }
  return ordered(found);
}

/** Mentions in order of appearance; one inside another of the same country (对日 in 对日本) goes. */
function ordered(found: CountryMention[]): CountryMention[] {
  found.sort((x, y) => x.at - y.at || y.end - x.end);
  const out: CountryMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.at < last.end && m.code === last.code) continue;
    out.push(m);
  }
  return out;
}

/** ISO codes of the countries named in text[start, end), each once. */
export function countriesIn(text: string, start: number, end: number): string[] {
  return codesOf(countryMentions(text, start, end));
}

/** The distinct codes of some mentions. */
export function codesOf(mentions: readonly CountryMention[]): string[] {
  return [...new Set(mentions.map((m) => m.code))];
}
