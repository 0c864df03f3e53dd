import { splitSentences } from '../corpus/sentences.js';
import { cleanTermName, isUsableTermName } from './termKey.js';

/** How a passage signals that it defines a term; decides how high the passage ranks. */
export type EvidenceKind = 'explicit' | 'so-called' | 'copula' | 'alias' | 'named' | 'translation';

/** One passage of a document that names and (more or less clearly) defines a term. */
export interface TermEvidence {
  /** the term as written, then aliases found in the same passage (English name, acronym, Korean) */
  names: string[];
  kind: EvidenceKind;
  score: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** offset of the term's first name in the sentence's document */
  termStart: number;
}

const KIND_SCORE: Record<EvidenceKind, number> = { explicit: 5, copula: 4, 'so-called': 3, translation: 3, alias: 2, named: 1 };

// Words that end a CJK term when scanning left from "(": a term never starts with them.
// Only characters that cannot occur inside a name; prepositions like 对/在/由 also occur inside
// names (对话, 自由), so those are stripped as leading words instead.
const STOP_CHARS = new Set([...'的了是但而并或被也就都又还即这该此，。、；：:,;“”"‘’《》〈〉（）() ']);

/**
 * Finds defining passages in one normalised document. The seeds taught the rules: explicit
 * markers (即, 是指, refers to) are rare; the most reliable signal is a parenthetical English
 * name or acronym; many definitions come before the quoted term ("……的“X”倡议").
 */
export function extractTermEvidence(text: string): TermEvidence[] {
  const found: TermEvidence[] = [];
  for (const s of splitSentences(text)) {
    if (s.end - s.start > 600) continue; // a run-on line (table, reference list) defines nothing
    const sentence = text.slice(s.start, s.end);
    const add = (names: string[], kind: EvidenceKind, at: number, bonus = 0) => {
      const usable = dedupe(names.map(cleanTermName).filter(isUsableTermName));
      if (usable.length === 0) return;
      found.push({ names: usable, kind, score: KIND_SCORE[kind] + bonus, sentenceStart: s.start, sentenceEnd: s.end, termStart: s.start + at });
    };
    findQuotedDefinitions(sentence, add);
    findParentheticalAliases(sentence, add);
    findUnquotedDefinitions(sentence, add);
    findEnglishPatterns(sentence, add);
    findNamedFormats(sentence, add);
  }
  return found;
}

type Add = (names: string[], kind: EvidenceKind, at: number, bonus?: number) => void;

const INSTITUTION = '倡议|构想|战略|机制|框架|模式|计划|体制|政策|方案|理念|体系|合作|会谈|协定|进程';
const QUOTED = /“([^“”]{2,24})”/g;

function findQuotedDefinitions(sentence: string, add: Add): void {
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(sentence)) !== null) {
    const term = m[1];
    // A list ("建设性的微边主义、小区域主义") or a clause is not one term.
    if (!/[\u4e00-\u9fffA-Za-z]/.test(term) || /[，。；！？、]/.test(term)) continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const before = sentence.slice(Math.max(0, m.index - 4), m.index);
    const premodified = /的\s*$/.test(before) ? 1 : 0;
    if (/^\s*[，,]?\s*(即|是指|指的是|就是|意指|意为|也就是)/.test(after)) add([term], 'explicit', m.index);
    else if (/所谓的?\s*$/.test(before)) add([term], 'so-called', m.index, premodified);
    else if (/^\s*(是|为|系)(?!否)/.test(after) && m.index <= 12 && term.length >= 3) add([term], 'copula', m.index);
    else if (new RegExp(`^(${INSTITUTION})`).test(after)) add([term], 'named', m.index, premodified + 0.5);
    else if (new RegExp(`(${INSTITUTION}|主义|悖论|共同体|制|论)$`).test(term)) add([term], 'named', m.index, premodified);
  }
  const socalled = /所谓的?\s*([\u4e00-\u9fff]{2,8}?)(?=[，。（(、]|$)/g;
  while ((m = socalled.exec(sentence)) !== null) {
    if (/[和与及的]/.test(m[1])) continue; // "所谓的人权和价值观": a phrase, not a name
    add([m[1]], 'so-called', m.index + m[0].length - m[1].length);
  }
}

function findParentheticalAliases(sentence: string, add: Add): void {
  const paren = /[（(]([^()（）]{1,80})[)）]/g;
  let m: RegExpExecArray | null;
  while ((m = paren.exec(sentence)) !== null) {
    const inner = m[1].trim();
    const left = leftTerm(sentence, m.index);
    if (!left) continue;
    const aliases = aliasesFromParenthesis(inner);
    if (aliases.length === 0 || aliases.some((a) => a === left.term)) continue;
    // A one-word lower-case gloss ("平台(platform)", "对手(rival)") translates a word, it does not name a term.
    if (/^[a-z][a-z-]*$/.test(inner)) continue;
    // A long English name against one or two characters means the left boundary was cut short ("逻辑(Logic of collective action)").
    if (aliases.some((a) => a.split(' ').length >= 3) && /^[\u4e00-\u9fff]{1,2}$/.test(left.term)) continue;
    if (left.term.includes('·')) continue; // a transliterated person's name, not a term
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // "大图们江开发计划(GTI)是……" at the start of a clause is a definition, not just a name.
    const copula = /^\s*(是|即|指|系)/.test(rest) && left.start <= 16;
    add([left.term, ...aliases], copula ? 'copula' : 'alias', left.start, /[A-Z]{2,}/.test(inner) ? 0.5 : 0);
  }
}

/** The term just before a "(": a quoted phrase, a run of CJK, or a run of Capitalised English words. */
function leftTerm(sentence: string, paren: number): { term: string; start: number } | undefined {
  let end = paren;
  while (end > 0 && sentence[end - 1] === ' ') end--;
  if (sentence[end - 1] === '”') {
    const open = sentence.lastIndexOf('“', end - 1);
    if (open >= 0 && end - open <= 26) return { term: sentence.slice(open + 1, end - 1), start: open + 1 };
  }
  const latin = /((?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for|in)\s+)?){0,5}[A-Z][\w'’-]*)$/.exec(sentence.slice(0, end));
  if (latin && !/[\u4e00-\u9fff]$/.test(sentence.slice(0, end))) return { term: latin[1], start: end - latin[1].length };
  let start = end;
  while (start > 0 && end - start < 20 && !STOP_CHARS.has(sentence[start - 1]) && /[\u4e00-\u9fff0-9+＋-]/.test(sentence[start - 1])) start--;
  if (sentence[start - 1] === '”' && end - start <= 3) {
    // "“一带一路”倡议(BRI)": the quoted name is the term, the suffix only says what kind it is.
    const open = sentence.lastIndexOf('“', start - 1);
    if (open >= 0 && start - open <= 26) return { term: sentence.slice(open + 1, start - 1), start: open + 1 };
  }
  // "JX金属(JX Metals)": Latin letters glued to the name belong to it.
  while (start > 0 && end - start < 24 && /[A-Za-z0-9]/.test(sentence[start - 1])) start--;
  const stripped = stripLeadingVerbs(sentence.slice(start, end));
  start = end - stripped.length;
  return /[\u4e00-\u9fff]{2}/.test(stripped) ? { term: stripped, start } : undefined;
}

// Verbs and prepositions that often precede a name in running text but never start one.
const LEADING_VERBS = /^(?:作者根据|根据|比如说|比如|例如|包括|推进|建设|通过|作为|加入|参与|成立|设立|签署|主导|提出|实施|利用|启动|和|与|及|对|在|把|将|以|由)/;

function stripLeadingVerbs(term: string): string {
  let t = term;
  for (let i = 0; i < 3 && LEADING_VERBS.test(t); i++) t = t.replace(LEADING_VERBS, '');
  return t;
}

/** What a parenthesis offers as another name: an English name, an acronym, "10+3", Korean, or 简称 X. */
function aliasesFromParenthesis(inner: string): string[] {
  const short = /^(?:以下)?(?:简称|下称|简写为?)\s*[“"]?([^”"]{2,16})[”"]?$/.exec(inner);
  if (short) return [short[1]];
  if (/^\d{1,2}\s?\+\s?\d{1,2}$/.test(inner)) return [inner.replace(/\s/g, '')];
  if (/^[\uac00-\ud7af\s]{2,20}$/.test(inner)) return [inner];
  const english = inner.replace(/^(英文缩写|英文|英语|English)[:：\s]*/, '');
  if (!/^[A-Za-z][A-Za-z0-9 .&'’+:,-]*$/.test(english)) return [];
  if (/\b(19|20)\d\d\b|\bed\b|\bp\.|\bpp\./.test(english)) return [];
  const parts = english.split(/\s*[:,]\s*/).filter(Boolean);
  if (parts.some((p) => p.split(' ').length > 8)) return [];
  return parts;
}

function findUnquotedDefinitions(sentence: string, add: Add): void {
  // "区域性微边主义是指……": a CJK term right at the start of a clause, then 是指/指的是/即.
  const re = /(?:^|[，；:：])\s*([\u4e00-\u9fff]{3,12}?)\s*(是指|指的是|意指|就是指)/g;
  let m: RegExpExecArray | null;
  // The pattern cannot skip ahead to its verb; a literal search first spares most sentences it.
  const hasVerb = /是指|指的是|意指/.test(sentence);
  while (hasVerb && (m = re.exec(sentence)) !== null) {
    if (/[的都也就还这那]/.test(m[1])) continue; // "目标都是指向": a clause, not a term
    add([m[1]], 'explicit', m.index + m[0].indexOf(m[1]));
  }
  // "Minilateralism,常译为少边主义、小多边主义或微边主义": a translation note names aliases.
  const tr = /^\s*(?:\d{1,3}[).]\s*)?([A-Z][A-Za-z -]{2,40}?)\s*[,，]\s*(?:常|通常|一般|也|又)?(?:被)?(?:译为|译作|称为|译成)\s*(.+?)[.。]?$/.exec(sentence);
  if (tr) add([tr[1], ...tr[2].split(/、|或|和|及|,|，/).map((x) => x.trim())], 'translation', 0);
}

function findEnglishPatterns(sentence: string, add: Add): void {
  const patterns: [RegExp, EvidenceKind][] = [
    [/\bso-called\s+[“"]([^”"]{3,60})[”"]/g, 'so-called'],
    [/\bso-called\s+((?:[A-Z][\w-]*\s?){1,5})/g, 'so-called'],
    [/(?:^|[,;:]\s+|\b[Tt]he\s+(?:term\s+|concept\s+(?:of\s+)?)?)[“"]?((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)[”"]?\s+(?:refers to|is defined as|denotes)\b/g, 'explicit'],
    [/\b(?:known as|termed|called)\s+(?:the\s+)?[“"]([^”"]{3,60})[”"]/g, 'so-called'],
  ];
  for (const [re, kind] of patterns) {
    if (kind === 'explicit' && !/refers to|is defined as|denotes/.test(sentence)) continue; // cheap literal test first
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const name = m[1].trim().replace(/^(?:a|an|the|this|that)\s+/i, '');
      if (/\b(it|this|that|which|who|what|term|concept|word)\b/i.test(name)) continue;
      add([name], kind, m.index + m[0].indexOf(m[1]));
    }
  }
}

/** Named formats such as 六方会谈, 四方会谈, 三边合作: a count of parties plus a kind of meeting. */
function findNamedFormats(sentence: string, add: Add): void {
  const re = /[一二三四五六七八九十两]{1,2}(?:方|边|国)(?:会谈|对话|机制|会议|峰会)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    // A list of the parties right before it ("中美朝韩俄日六方会谈") makes the passage define it.
    const members = /[\u4e00-\u9fff]{3,8}$/.test(sentence.slice(Math.max(0, m.index - 8), m.index)) ? 1 : 0;
    add([m[0]], 'named', m.index, members);
  }
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n) ? false : (seen.add(n), true)));
}
