import { HAN, HANGUL, KATAKANA, nameScript, type NameScript } from './nameScripts.js';
import { chineseNameStart } from './termBoundary.js';

/**
 * Names in parentheses: "绿色电力走廊（Green Power Corridor，GPC）", "Dolbom Voucher (돌봄바우처,
 * meaning "care voucher")", "三级框架（3-Tier Framework）". The parenthesis gives other names of
 * the term just before it; which words before it form that term depends on the script.
 */

/** A parenthesis in a sentence: where it opens, its inner text, and where it closes. */
export interface Parenthesis {
  start: number;
  end: number;
  inner: string;
}

const PAREN = /[（(]([^()（）]{1,80})[)）]/g;

export function parentheses(sentence: string): Parenthesis[] {
  const out: Parenthesis[] = [];
  PAREN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAREN.exec(sentence)) !== null) out.push({ start: m.index, end: m.index + m[0].length, inner: m[1].trim() });
  return out;
}

// "以下简称“X”", "简称X", "下称X": the parenthesis gives the short name the text uses from here on. (Traditional 以下簡稱 is
// not read: on both held-out sets it brought as many wrong entries as right ones.)
// The short name may be followed by the kind of thing it is: （以下简称“同质同规”原则）.
const SHORT_NAME = /^(?:以下)?(?:简称|下称|简写为?|略称)\s*[“"「『《']?([^”"」』》']{2,16})[”"」』》']?[\u4e00-\u9fff]{0,2}$/;
// The same in Korean and Japanese: （이하 '지역특화비자'）, （以下「代表一覧表」という。）.
// After another name in the same parenthesis the traditional forms are read too: （Deed of Mutual Covenant，簡稱DMC）,
// （online accommodation platform，下稱「平台」）. The English name beside it says the parenthesis names the term.
const SHORT_NAME_AFTER_NAME = /^(?:以下)?(?:[简簡][称稱]|下[称稱]|简写为?|略称)\s*[“"「『《']?([^”"」』》']{2,16})[”"」』》']?[\u4e00-\u9fff]{0,2}$/;
const SHORT_NAME_KO_JA = /^(?:이하|以下)\s*[‘'"“「『]([^’'"”」』]{2,16})[’'"”」』](?:という。?|と(?:称|呼)する。?|(?:이)?라(?:고)?\s*(?:한다|함|칭한다)\.?)?$/;
// Another name the term goes by: （又称公共租赁住房）, （俗称“廉租房”）, （일명 전동킥보드）, （通称：協力隊）.
const ALSO_NAME = /^(?:又[称稱名叫]为?|亦[称稱]为?|也[称稱叫]为?|[俗通别別或][称稱]|일명|약칭|통칭|속칭|별칭|別名)\s*[:：]?\s*[“"「『'‘]?([^”"」』'’，,、；;]{2,30}?)[”"」』'’]?$/;
// A label before a name: （英: Intangible Cultural Heritage、略称: ICH）.
const LABEL = /^(?:英|英語|英文|英訳|略称|略|略号|原語|영문|영어|약칭|English|abbr\.?)\s*[:：]\s*/i;
// "돌봄바우처, meaning "care voucher"": a native name and its translation.
const MEANING = /^(.+?)\s*[,，]\s*(?:meaning|literally|lit\.|i\.e\.|英文|英语|영문)\s*[:：]?\s*["“'‘]?([^"”'’]+?)["”'’]?$/;
const ENGLISH = /^[A-Za-z][A-Za-z0-9 .&'’+/-]*(?:, [A-Za-z][A-Za-z0-9 .&'’+/-]*)*$/;
// A name that begins with a number: "6-Party Framework", "24/7 Channel", "4-2-1 family", "10+3".
const DIGIT_NAME = /^\d{1,4}(?:[-+/]\d{1,4})*(?:\s?\+\s?\d{1,2}|[-\s][A-Za-z][A-Za-z -]*)?$/;
// Or the expansion first, a guideline's way (（videofluoroscopic examination of swallowing：VF）).
const ACRONYM_COLON = /^[A-Z]{2,8}\s*[:：]\s*[A-Z][a-z]+ [A-Z]|^[A-Za-z][A-Za-z' -]{3,80}?\s*[:：]\s*[A-Z][A-Z0-9]{1,7}$/;
// A code number and the kind of thing it names: （9610模式）, （1+3机制）. Not a year (2020年) or an amount.
const DIGIT_KIND = /^\d{1,6}(?:[-+]\d{1,4})*(?:模式|机制|框架|方案|工程|计划|战略|倡议|格局|体系|方式|项目)$/;
// "a foreign entity of concern (hereinafter "FEOC")": the short name an English text uses from here on.
const SHORT_NAME_EN = /^(?:hereinafter|hereafter|henceforth)\s+(?:referred to as\s+|called\s+)?(?:the\s+)?["“']([^"”']{2,40})["”']$/;
const KATAKANA_ONLY = new RegExp(`^[${KATAKANA}]{3,}$`);
// Compiled once: these run for every character scanned left of a parenthesis.
const HANGUL_CHAR = new RegExp(`[${HANGUL}]`);
// A middle dot joins the words of a list (탄소포집·저장): kept, so that the name is taken whole or not at all.
const KOREAN_WORDS_AT_END = new RegExp(`((?:[${HANGUL}0-9A-Za-z·-]+\\s){0,3}[${HANGUL}0-9A-Za-z·-]+)$`);
const NAME_CHAR = new RegExp(`[${HAN}${KATAKANA}A-Za-z0-9+＋-]`);
const TWO_NAME_CHARS = new RegExp(`[${HAN}${KATAKANA}]{2}`);
const EAST_ASIAN = new RegExp(`^[${HAN}${KATAKANA}\\u3041-\\u3096${HANGUL}0-9 ]{2,20}$`);

/**
 * What a parenthesis offers as other names of the term on its left (written in `leftScript`):
 * English names and acronyms, names that start with a digit, and a name in another East Asian
 * script. Parts are split at commas (fullwidth too). A part that is none of these (a date, a
 * place, a page) means the parenthesis is not a list of names, and nothing is returned.
 */
export function aliasesFromParenthesis(inner: string, leftScript: NameScript): string[] {
  const short = SHORT_NAME.exec(inner) ?? SHORT_NAME_KO_JA.exec(inner) ?? (leftScript === 'latin' ? SHORT_NAME_EN.exec(inner) : null);
  if (short) return [short[1]];
  const also = ALSO_NAME.exec(inner);
  if (also) return [also[1]];
  if (/^以下/.test(inner)) return [];
  const meaning = MEANING.exec(inner);
  // Fullwidth separators, when there are any, divide the names: an English name may hold a comma ("Free, Prior and Informed Consent").
  // An acronym and its expansion after a colon: （BCP：Business Continuity Plan）.
  // An ASCII comma between lower-case words is inside one gloss ("small yard, high fence"): it separates names only beside an acronym, a digit or another script.
  const oneGloss = /^[a-z][a-z -]*(?:, [a-z][a-z -]*)+$/.test(inner);
  const separators = /[，、；]/.test(inner) ? /\s*[，、；]\s*/ : ACRONYM_COLON.test(inner) ? /\s*[，,、；;]\s*|\s*[:：]\s*/ : oneGloss ? /\s*[；;]\s*/ : /\s*[，,、；;]\s*|\s*[:：]\s+/;
  const raw = meaning ? [meaning[1], meaning[2]] : inner.replace(/^(英文缩写|英文|英语|English)[:：\s]*/, '').split(separators);
  // A quoted gloss ("grid connection code") or a title (《…法》) is a name without its marks.
  // "(or back line)", "(aka the box)": the word that offers another name is no part of it.
  const parts = raw.map((p) => p.trim().replace(LABEL, '').replace(/^(?:or|aka|a\.k\.a\.)\s+(?:the\s+)?/i, '').replace(/^["“《](.+)["”》]$/, '$1')).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return [];
  // "（Scope1＋Scope2＋Scope3）": a sum of names is a formula, not another name.
  if (parts.some((p) => (p.match(/[+＋=＝×]/g)?.length ?? 0) >= 2)) return [];
  const hasLatin = parts.some((p) => /^[A-Za-z0-9]/.test(p));
  const names: string[] = [];
  for (const p of parts) {
    // （Global Supply Chain Pressure Index，以下简称“压力指数”）: a short name after the other names.
    const shortPart = parts.length > 1 ? (hasLatin ? SHORT_NAME_AFTER_NAME : SHORT_NAME).exec(p) ?? SHORT_NAME_KO_JA.exec(p) : null;
    if (shortPart) names.push(shortPart[1]);
    else if (/^\d{1,2}\s?\+\s?\d{1,2}$/.test(p)) names.push(p.replace(/\s/g, ''));
    else if (DIGIT_KIND.test(p)) names.push(p);
    else if (DIGIT_NAME.test(p) && /[A-Za-z+]/.test(p)) names.push(p);
    // An abbreviation with its head noun after a Chinese name: 固体电解质界面膜（SEI膜）, 电子不停车收费系统（ETC系统）.
    else if (leftScript === 'han' && /^[A-Z][A-Z0-9]{1,7}[\u4e00-\u9fff]{1,3}$/.test(p)) names.push(p);
    else if (ENGLISH.test(p)) {
      if (/\b(19|20)\d\d\b|\bed\b|\bp\.|\bpp\./.test(p) || p.split(' ').length > 8) return [];
      // "about 1.09", "over 200", "up 3%", "population 100 million": a value, not a name ("type 2 diabetes mellitus", "glycated hemoglobin A1c" are names).
      if (
        /^[a-z]/.test(p) &&
        /\d[.,]\d|\d\s?%|\s\d[\d.,]*$|\d\s(?:hundred|thousand|million|billion|trillion|per cent|percent)\b/.test(p)
      )
        return [];
      if (/^[a-z]/.test(p) && p.split(' ').length >= 4 && /\b(?:a|an|the)\b/.test(p)) return []; // "sitting as a Deputy Judge": a description
      names.push(p);
    } else if (EAST_ASIAN.test(p) && /[\u3041-\u3096]/.test(p.replace(/[のな・]/g, '')) && /(?:する|される|した|している|れる|える)/.test(p)) {
      continue; // "海洋生態系が吸収する炭素": a Japanese description beside the names, not one of them
    } else if (EAST_ASIAN.test(p) && !/\d/.test(p)) {
      // A gloss in the left name's own script explains a word ("レスパイト（一時休息）"); another
      // script, or a name beside an English one, is a translation of the term.
      const script = nameScript(p);
      const sameLanguage = script === leftScript || (script !== 'hangul' && leftScript !== 'hangul' && leftScript !== 'latin');
      // Katakana alone after a kanji name is the loanword for it: 真正性（オーセンティシティ）.
      const loanword = leftScript === 'han' && KATAKANA_ONLY.test(p);
      if (sameLanguage && !hasLatin && !loanword) return [];
      names.push(p);
    } else return [];
  }
  return names;
}

/**
 * How many words the name before a parenthesis may have, judged from the other names in it:
 * an acronym has a letter per word (AIIB: 亚洲/基础设施/投资/银行), an English name its
 * content words. Undefined when the parenthesis gives no such name.
 */
export function glossWords(inner: string): number | undefined {
  const counts = inner.split(/[，、；]/.test(inner) ? /\s*[，、；]\s*/ : /\s*[，,、；;]\s*/).map((p) => {
    if (/^[A-Z][A-Za-z ]{1,9}$/.test(p) && p.replace(/[a-z ]/g, '').length >= 2 && !/[a-z]{3}/.test(p)) return p.replace(/[a-z ]/g, '').length;
    if (/^[A-Za-z0-9][\w' ,+/-]*$/.test(p)) return p.split(/[\s,]+/).filter((w) => !/^(?:of|and|the|for|in|on|to|a|an)$/i.test(w)).length;
    return 0;
  });
  const best = Math.max(0, ...counts);
  return best > 0 ? best : undefined;
}

/** Letters of an acronym in the parenthesis (AIIB: 4, UN DESA: 6): a name has at most about as many words. */
function acronymLetters(inner: string): number | undefined {
  const acronym = inner.split(/\s*[，,、；;]\s*/).find((p) => /^[A-Z][A-Z0-9&]{1,5}(?: [A-Z][A-Z0-9&]{1,5})?$/.test(p));
  return acronym?.replace(/[^A-Z]/g, '').length;
}

/** The term just before a parenthesis, by the script written there. */
export function leftTerm(sentence: string, paren: number, inner = ''): { term: string; start: number; short?: string } | undefined {
  let end = paren;
  while (end > 0 && sentence[end - 1] === ' ') end--;
  const quoted = quotedBefore(sentence, end);
  if (quoted) return quoted;
  const before = sentence.slice(Math.max(0, end - 80), end);
  // "the "dual circulation" strategy (双循环)": a quoted name, then only the kind of thing it is.
  const kind = QUOTED_THEN_KIND.exec(before);
  if (kind) {
    const q = quotedBefore(sentence, end - kind[0].length + 1);
    if (q) return q;
  }
  const last = before[before.length - 1] ?? '';
  if (/[A-Za-z0-9\u00c0-\u024f]/.test(last) && !/[\u3040-\u9fff\uac00-\ud7af]/.test(before.slice(-1))) {
    // An original in an East Asian script glosses a romanisation; an acronym spells its name's initials.
    if (EAST_ASIAN.test(inner) && !/[A-Za-z]/.test(inner)) return romanisedBefore(sentence, end, inner) ?? latinBefore(sentence, end);
    return acronymBefore(sentence, end, inner) ?? latinBefore(sentence, end, inner) ?? romanisedBefore(sentence, end, inner);
  }
  // A name given a short form (이하 '…', 以下「…」) is long: more words, and Japanese の between nouns.
  const abbreviated = SHORT_NAME_KO_JA.test(inner);
  if (HANGUL_CHAR.test(last)) return hangulBefore(sentence, end, abbreviated ? 4 : (glossWords(inner) ?? 1));
  if (abbreviated) return japaneseNounPhrase(sentence, end) ?? eastAsianBefore(sentence, end);
  const gloss = glossWords(inner);
  if (gloss !== undefined && gloss >= 3 && /[\u3041-\u3096]/.test(sentence)) {
    const phrase = japaneseNounPhrase(sentence, end, gloss);
    if (phrase) return phrase;
  }
  // An English name of several words without "and" glosses one name, not two joined by 和/与.
  const single = /^[A-Z][a-z]+(?: [A-Za-z][a-z-]*)+$/.test(inner) && !/\band\b/.test(inner);
  // "政府和社会资本合作（Public-Private Partnership，PPP）": two capitalised words joined by a hyphen
  // gloss two nouns joined by 和/与, so the conjunction is inside the name.
  if (/\b[A-Z][a-z]+-[A-Z][a-z]+\b/.test(inner)) return eastAsianBefore(sentence, end, undefined, false);
  const found = eastAsianBefore(sentence, end, acronymLetters(inner), single);
  const left = found && nameScript(found.term) === 'han' ? withoutCountry(found, inner) : found;
  // A full name given a short form (以下简称“示范区”) may hold a place in parentheses: 中国图们江区域（珲春）国际合作示范区.
  return left && SHORT_NAME.test(inner) ? withQualifier(sentence, left) : left;
}

const QUALIFIER_BEFORE = /([\u4e00-\u9fff]{2,20})[（(]([\u4e00-\u9fff]{1,6})[)）]$/;

/** The name `left` with the words and the parenthesised place before it, when the whole reads as one name. */
function withQualifier(sentence: string, left: { term: string; start: number }): { term: string; start: number } {
  const m = QUALIFIER_BEFORE.exec(sentence.slice(Math.max(0, left.start - 30), left.start));
  if (!m) return left;
  const from = chineseNameStart(m[1]);
  if (m[1].length - from < 2) return left;
  const prefix = m[1].slice(from) + m[0].slice(m[1].length);
  return { term: prefix + left.term, start: left.start - prefix.length };
}

const JA_NOUN = `[${HAN}${KATAKANA}]{2,}`;
// Nouns joined by の or 的な; with a long English gloss also by による, に基づく, に関する, における and な.
const JA_NOUNS = new RegExp(`(?:${JA_NOUN}(?:の|的な))*[${HAN}${KATAKANA}]+$`);
const JA_NOUNS_WIDE = new RegExp(`(?:${JA_NOUN}(?:の|的な|な|による|に基づく|に関する|における))*[${HAN}${KATAKANA}]+$`);

/**
 * "人類の無形文化遺産の代表的な一覧表", "自由意思による事前の十分な情報に基づく同意": a Japanese
 * name of several nouns, back to the first particle or verb that cannot join them; with
 * `maxNouns`, no more nouns than the English gloss has content words (a な-adjective is not one).
 */
function japaneseNounPhrase(sentence: string, end: number, maxNouns?: number): { term: string; start: number } | undefined {
  const head = sentence.slice(Math.max(0, end - 40), end);
  const m = (maxNouns ? JA_NOUNS_WIDE : JA_NOUNS).exec(head);
  if (!m || !/の|な|に/.test(m[0])) return undefined;
  let term = m[0];
  if (maxNouns) {
    // Drop nouns from the left until the count fits.
    const nouns = () => term.split(/の|的な|による|に基づく|に関する|における/).filter((w) => !/な$/.test(w)).length;
    while (nouns() > maxNouns) {
      const cut = /^[^のなに]+?(?:の|的な|な|による|に基づく|に関する|における)/.exec(term);
      if (!cut) break;
      term = term.slice(cut[0].length);
    }
    if (!/の|な|に/.test(term)) return undefined;
  }
  return { term, start: end - term.length };
}

const OPENING: Record<string, string> = { '”': '“', '」': '「', '』': '『', '’': '‘', "'": "'", '"': '"' };

function quotedBefore(sentence: string, end: number): { term: string; start: number } | undefined {
  // "**無形文化遺産**（英: …）": a bold name; "*zizhu kekong* (自主可控)": an italic one.
  if (sentence.endsWith('**', end)) {
    const at = sentence.lastIndexOf('**', end - 3);
    if (at >= 0 && end - at <= 44 && end - at > 4) return { term: sentence.slice(at + 2, end - 2), start: at + 2 };
  }
  const mark = sentence[end - 1];
  if ((mark === '*' || mark === '_') && sentence[end - 2] !== mark) {
    const at = sentence.lastIndexOf(mark, end - 2);
    if (at >= 0 && end - at <= 44 && end - at > 3 && sentence[at - 1] !== mark && /^\S/.test(sentence.slice(at + 1))) return { term: sentence.slice(at + 1, end - 1), start: at + 1 };
  }
  const open = OPENING[sentence[end - 1]];
  if (!open) return undefined;
  const at = sentence.lastIndexOf(open, end - 2);
  if (at < 0 || end - at > 42) return undefined;
  return { term: sentence.slice(at + 1, end - 1), start: at + 1 };
}

// Lower-case heads an English name keeps after its capitalised words ("the Haeun Nokhwa
// package"): the name is taken with the head, and without it as a short form.
const GENERIC_HEADS = 'programme|program|package|scheme|initiative|plan|strategy|policy|project|fund|framework|model|doctrine|agreement|pact|system|index|voucher|process';
const QUOTED_THEN_KIND = new RegExp(`["”’']\\s+(?:${GENERIC_HEADS}|campaign|approach|principle|concept|rule)$`);
const CAPITALISED_RUN = new RegExp(`((?:[A-Z][\\w'’-]*\\s+(?:(?:of|and|the|for|in|on|no|de|to|for)\\s+){0,2}){0,6}[A-Z][\\w'’-]*)(\\s+(?:${GENERIC_HEADS}))?$`);

function latinBefore(sentence: string, end: number, inner = ''): { term: string; start: number; short?: string } | undefined {
  const head = sentence.slice(Math.max(0, end - 120), end);
  const m = CAPITALISED_RUN.exec(head);
  if (m) {
    let term = m[1];
    // "Japan's Government Pension Investment Fund": the possessor is not part of the name.
    const possessive = /^(?:The\s+)?[A-Z][\w-]*['’]s\s+/.exec(term);
    if (possessive) term = term.slice(possessive[0].length);
    if (!/\s/.test(term) && !m[2] && /^[A-Z]/.test(term) && term === head.slice(-term.length) && /^(?:The|A|An|In|On|At|By|For|From|Its|Their|This|These)$/.test(term)) return undefined;
    const full = term + (m[2] ?? '');
    return { term: full, start: end - full.length, short: m[2] ? term : undefined };
  }
  // "a dual-parent leave bonus (6+6 Scheme)", "The total fertility rate (TFR)": an article opens a lower-case name;
  // so does a possessive or demonstrative ("its acceptance window (hereafter "the window")").
  const article = /\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Ee]ach)\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)$/.exec(head);
  // "Enumeration areas (hereinafter "EAs") are…": a plural or mass name opening the sentence, its first letter capitalised,
  // given a short name or an abbreviation ("Older respondents (aged 65+)" is a remark).
  const opening = article || end > 120 || !/^(?:(?:hereinafter|hereafter)\s|[A-Z][A-Za-z]{1,7}$)/.test(inner) ? null : /^[\s#>*-]*([A-Z][a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})$/.exec(head);
  if (opening && !/^(?:The|A|An|In|On|At|By|For|From|Its|Their|This|These|Those|Our|Each|Some|Many|Most|All|We|They|It|He|She)$/.test(opening[1].split(/\s/)[0])) return { term: opening[1], start: end - opening[1].length };
  if (!article) return undefined;
  // "the notion of compatriots (dongpo, 동포)": the word a generic noun introduces is the name.
  const term = article[1].replace(/^(?:notion|idea|concept|term|word|practice|principle|category|label|phenomenon|problem) of\s+/, '');
  return { term, start: end - term.length };
}

// Words that end the phrase before a romanised name: articles, prepositions, verbs of naming.
const BEFORE_ROMANISED = /^(?:a|an|the|of|to|in|on|at|by|for|from|with|as|is|are|was|were|be|and|or|call|calls|called|termed|dubbed|named|its|their|this|that|word|term|phrase|expression|label|concept|notion|idea|mechanism|practice|custom|known|so-called)$/i;

const SMALL_WORD = /^(?:of|and|for|the|on|in|to|de|&)$/i;

/**
 * "direct reduced iron (DRI)", "the Liberal Democratic Party (LDP)": the words before an acronym
 * whose initials spell it, read from the right; small words (of, and, for) may come between.
 */
function acronymBefore(sentence: string, end: number, inner: string): { term: string; start: number } | undefined {
  const acr = /^([A-Z]{2,8})s?$/.exec(inner.split(/\s*[，,、；;]\s*/)[0])?.[1];
  if (!acr) return undefined;
  const head = sentence.slice(Math.max(0, end - 120), end);
  const words = head.split(/\s+/);
  let letter = acr.length - 1;
  let k = words.length;
  while (k > 0 && letter >= 0) {
    const w = words[k - 1].replace(/^[("“‘']+|[)"”’',]+$/g, '');
    if (!w) return undefined;
    const parts = w.split('-').filter(Boolean);
    // A hyphenated word may give one letter or one per part ("Asia-Pacific": AP).
    let used = 0;
    for (let i = parts.length - 1; i >= 0 && letter - used >= 0 && parts[i][0]?.toUpperCase() === acr[letter - used]; i--) used++;
    if (used === parts.length || (used === 0 && w[0]?.toUpperCase() === acr[letter])) letter -= Math.max(used, 1);
    else if (used > 0) letter -= used;
    else if (SMALL_WORD.test(w) && k < words.length) {
      // a small word inside the name
    } else return undefined;
    k--;
  }
  if (letter >= 0) return undefined;
  const term = words.slice(k).join(' ').replace(/^[("“‘']+/, '');
  return { term, start: end - term.length };
}

/**
 * "known in Korean as yuga hyujik (육아휴직)", "call it neijuan (内卷)": a lower-case romanisation
 * before its original in an East Asian script. It has about a word for every two characters of
 * the original, and no word of the clause before it.
 */
function romanisedBefore(sentence: string, end: number, inner: string): { term: string; start: number } | undefined {
  if (!EAST_ASIAN.test(inner) || /[\s\d]/.test(inner)) return undefined;
  const max = Math.min(3, Math.ceil(inner.length / 2));
  const words = /(?<![A-Za-z\u00c0-\u024f'’-])(?:[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*\s+){0,3}[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*$/.exec(sentence.slice(Math.max(0, end - 60), end))?.[0].split(/\s+/) ?? [];
  let k = words.length;
  while (k > 0 && words.length - k < max && !BEFORE_ROMANISED.test(words[k - 1])) k--;
  const term = words.slice(k).join(' ');
  return term.length >= 3 ? { term, start: end - term.length } : undefined;
}

// Korean particles and verb endings that close the word before a name: "…항만을 잇는 X(…)".
// Short endings that also end nouns (회의, 항로, 결과) only count on longer words.
// A connective or adnominal verb form ("설립되어", "…을 위한", "…에 따른") ends the clause as well.
const KOREAN_WORD_END = /(?:은|는|을|를|에서|으로|이다|한다|된다|하는|하고|하며|했다|적인|되어|하여|해서|되며|이며|으며|되고|위한|위해|통한|통해|대한|관한|따른|의한|인한|있는|없는|같은|라는|이라는|에는|에도|까지|부터|보다)$/;
const KOREAN_SHORT_END = /(?:의|에|와|과|로)$/;

const COUNTRY_KO = /^(?:미국|중국|일본|한국|북한|러시아|유럽|영국|독일|프랑스|인도|호주|캐나다|대만|베트남|서울|부산|인천|대구|대전|광주|울산|세종|제주)$/;
// A foreign country before the name of a body (an office, an institute, a bank) in Chinese, and the letters and words
// that show its English name holds the country (JETRO, KDI, Monetary Authority of Singapore).
const FOREIGN_COUNTRY_ZH = /^(美国|日本|韩国|英国|德国|法国|俄罗斯|澳大利亚|加拿大|印度|新加坡|欧盟)(?=[\u4e00-\u9fff]{3,}(?:局|署|所|院|部|委员会|理事会|银行|中心|协会|基金会|公司|机构)$)/;
const COUNTRY_IN_ENGLISH: Record<string, RegExp> = {
  美国: /[UA]|America|United States|\bUS\b/,
  日本: /J|Japan/,
  韩国: /K|Korea/,
  英国: /[UB]|Brit|United Kingdom|\bUK\b/,
  德国: /G|German/,
  法国: /F|Franc/,
  俄罗斯: /R|Russia/,
  澳大利亚: /A|Austral/,
  加拿大: /C|Canad/,
  印度: /I|India/,
  新加坡: /S|Singapore/,
  欧盟: /E|Europe/,
};

/** "英国金融行为监管局（FCA）": the country before a foreign body is no part of its name unless its English name or acronym holds it. */
function withoutCountry(left: { term: string; start: number }, inner: string): { term: string; start: number } {
  const m = FOREIGN_COUNTRY_ZH.exec(left.term);
  if (!m) return left;
  // The English name's words, or the acronym's capitals.
  const english = /^[A-Z][A-Z0-9&]{1,7}s?$/.test(inner.split(/\s*[，,、；;]\s*/)[0]) ? inner.replace(/[^A-Z]/g, '') : inner;
  return COUNTRY_IN_ENGLISH[m[1]].test(english.length <= 8 ? english : inner.replace(/\b[A-Z]{2,8}\b/g, '')) ? left : { term: left.term.slice(m[1].length), start: left.start + m[1].length };
}

export function hangulBefore(sentence: string, end: number, maxWords: number): { term: string; start: number } | undefined {
  const head = sentence.slice(Math.max(0, end - 60), end);
  const words = KOREAN_WORDS_AT_END.exec(head);
  if (!words) return undefined;
  // A list's bullet ("- 수리권(…)") is no word of the name.
  const list = words[1].split(' ').filter((w, i, all) => i === all.length - 1 || /[^·-]/.test(w));
  // "안전모 착용 등 안전수칙(…)": 등 closes the examples before the name.
  const closes = (w: string) => KOREAN_WORD_END.test(w) || (w.length >= 3 && KOREAN_SHORT_END.test(w)) || /^\d/.test(w) || w === '등';
  // Take words from the right, no more than the gloss has, until one closes the clause before.
  // "시범사업의 핵심인 X(…)": a noun with the copula's adnominal 인 after a genitive closes the clause too.
  const wordBefore = (i: number) => (i > 0 ? list[i - 1] : /(\S+)\s+$/.exec(head.slice(0, head.length - words[1].length))?.[1] ?? '');
  const copula = (i: number) => /..인$/.test(list[i]) && /..의$/.test(wordBefore(i));
  let k = list.length - 1;
  while (k > 0 && list.length - k < maxWords && !closes(list[k - 1]) && !copula(k - 1)) k--;
  // "미국 칩스법(CHIPS Act)": a country before the name says whose it is; it is not part of it.
  if (k < list.length - 1 && COUNTRY_KO.test(list[k])) k++;
  const term = list.slice(k).join(' ');
  return { term, start: end - term.length };
}

function eastAsianBefore(sentence: string, end: number, words?: number, singleName = false): { term: string; start: number } | undefined {
  let start = end;
  // Han, katakana, Latin letters and digits glued to them; hiragana (Japanese particles) and
  // punctuation end the name.
  while (start > 0 && end - start < 24 && NAME_CHAR.test(sentence[start - 1])) start--;
  if (start === end) return undefined;
  if (OPENING[sentence[start - 1]] && end - start <= 3) {
    // "“一带一路”倡议(BRI)": the quoted name is the term, the suffix only says what kind it is.
    const q = quotedBefore(sentence, start);
    if (q) return q;
  }
  const run = sentence.slice(start, end);
  const from = nameScript(run) === 'han' ? chineseNameStart(run, words, singleName) : 0;
  const term = run.slice(from);
  return TWO_NAME_CHARS.test(term) ? { term, start: start + from } : undefined;
}
