import { splitSentences, type Sentence } from '../corpus/sentences.js';
import { DEFINITION_RULES, definitionText, matchDefinitionRules, STD_CLAUSE, type EvidenceKind, type RuleMatch } from './definitionRules.js';
import { nameScript } from './nameScripts.js';
import { aliasesFromParenthesis, leftTerm, parentheses } from './parentheticals.js';
import { chineseNameStart, forgetNameStarts, markedNameStart, verbObjectName } from './termBoundary.js';
import { cleanTermName, isUsableTermName, termKey } from './termKey.js';
import { endsAsQuestion, MarkedNames, markedReadings } from './markedNames.js';
import { plainSentence, speakerLabels } from './sentenceRegister.js';
import { scanTriggers, triggered, triggerIds } from './triggerChars.js';

export type { EvidenceKind } from './definitionRules.js';

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));

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
  /** the definition rule or finder that read the passage (for tests and debugging) */
  rule: string;
}

const KIND_SCORE: Record<EvidenceKind, number> = { explicit: 5, copula: 4, 'so-called': 3, translation: 3, alias: 2, named: 1 };

/**
 * Finds defining passages in one normalised document: the table of definition rules
 * (definitionRules.ts) for explicit markers in each language, then the signals of running text
 * the bundled corpus taught: a parenthetical English name or acronym, and quoted names after
 * their description ("……的“X”倡议").
 */
export function extractTermEvidence(text: string, split: readonly Sentence[] = splitSentences(text)): TermEvidence[] {
  forgetNameStarts();
  const sentences = closingParentheses(text, split);
  const found: TermEvidence[] = [];
  // The sentence being read: `add` is made once and reads it, instead of a closure per sentence.
  const cur = { start: 0, end: 0, firstLength: 0, nextStart: -1, rule: '', passageStart: 0, at: undefined as ((k: number) => number) | undefined };
  const add: Add = (names, kind, at, bonus = 0) => {
    const usable = dedupe(names.map(cleanTermName).filter(isUsableTermName));
    if (usable.length === 0) return;
    // Rules read the sentence in the plain register (sentenceRegister.ts): back to the offset as written, then from the joined sentence to the document.
    const k = cur.at ? cur.at(at) : at;
    const termStart = k < cur.firstLength || cur.nextStart < 0 ? cur.start + k : cur.nextStart + k - cur.firstLength;
    found.push({ names: usable, kind, score: KIND_SCORE[kind] + bonus, sentenceStart: cur.passageStart, sentenceEnd: cur.end, termStart, rule: cur.rule });
  };
  // Names the document marks (quotes, emphasis, so-called, question headings): their defining sentences are found by evidence.
  const marked = new MarkedNames(text);
  // A transcript's speakers: their labels open sentences without defining anything.
  const speakers = speakerLabels(text);
  // An abstract mentions terms the body defines: its passages rank below the body's.
  let abstractLeft = 0;
  const terms = new TermsClause();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.end - s.start > 600) continue; // a run-on line (table, reference list) defines nothing
    const first = text.slice(s.start, s.end);
    if (ABSTRACT.test(first)) abstractLeft = 12;
    else if (abstractLeft > 0 && SECTION_END.test(first)) abstractLeft = 0;
    else if (abstractLeft > 0) abstractLeft--;
    const evidenceBefore = found.length;
    const next = goesOnIn(text, sentences, i, first);
    const written = next ? first + text.slice(next.start, next.end) : first;
    // A speaker's label, an answer mark or an enumerator before it, or a polite ending, is read as plain prose.
    const plain = plainSentence(written, speakers);
    const sentence = plain ? plain.text : written;
    cur.at = plain?.at;
    cur.start = s.start;
    cur.passageStart = passageStart(sentences, i, first);
    cur.end = next ? next.end : s.end;
    cur.firstLength = first.length;
    cur.nextStart = next ? next.start : -1;
    scanTriggers(sentence, 0, sentence.length);
    for (const m of matchDefinitionRules(sentence, DEFINITION_RULES, true)) {
      cur.rule = m.rule.name;
      addRuleMatch(m, add);
    }
    for (const finder of FINDERS) {
      if (!triggered(finder.triggers)) continue;
      cur.rule = finder.name;
      finder.find(sentence, add);
    }
    // A question defines nothing ("Xとは何ですか？"): what a rule read in it ranks below the answer.
    if (endsAsQuestion(sentence) && !TAG_QUESTION.test(sentence)) for (let k = evidenceBefore; k < found.length; k++) found[k].score -= 2;
    found.push(...namedInSentenceBefore(text, sentences, i, first, cur.end));
    const entry = terms.read(text, sentences, i, first) ?? terms.table.read(written, cur.start, cur.end);
    if (entry) found.push(entry);
    if (marked.names.length > 0) readMarked(text, sentences, i, sentence, marked, found, evidenceBefore, add, cur);
    if (abstractLeft > 0) for (let k = evidenceBefore; k < found.length; k++) found[k].score -= 1;
  }
  return namedAgainAfter(text, sentences, dropCutShort(found));
}

// A sentence that only gives the term another name, right after the one defining it: a glossary's "観光公害とも呼ばれる。",
// "셰어링이라고도 한다.", "又称共享出行。", "Also called drop-in play.".
const NAMED_AGAIN =
  /^(?:(?:[「『“"]?([^\s「」『』“”"、。，,][^「」『』“”"、。，,]{1,19}?)[」』”"]?)(?:とも(?:呼ばれる|いう|言う|称される|いわれる)|(?:이)?라고도\s(?:한다|부른다|불린다))|(?:又|也|亦|俗)[称稱](?:为|為)?[“「]?([^\s。，,“”「」]{2,20}?)[”」]?|(?:Also|Sometimes|Often) (?:called|known as) (?:the |a |an )?["“]?([A-Za-z][\w' -]{1,40}?)["”]?)[。.]$/;

/** Evidence of the sentence before a sentence that names its term again (NAMED_AGAIN) takes that name as an alias. */
function namedAgainAfter(text: string, sentences: readonly Sentence[], found: TermEvidence[]): TermEvidence[] {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.end - s.start > 40) continue;
    const m = NAMED_AGAIN.exec(text.slice(s.start, s.end));
    const name = m && cleanTermName(m[1] ?? m[2] ?? m[3]);
    if (!name || !isUsableTermName(name)) continue;
    const prevEnd = sentences[i - 1].end;
    for (const e of found) if (e.sentenceEnd === prevEnd && e.kind === 'explicit' && !e.names.includes(name)) e.names.push(name);
  }
  return found;
}

const OPEN_PAREN = /[（(]/g;
const CLOSE_PAREN = /[）)]/g;

/**
 * The sentences, each one that stops at a full stop inside parentheses read on to the sentence that
 * closes them: a statute's or terms of use's definition in a parenthesis ("アカウント（…識別情報をいいます。以下同じ。）",
 * "청년상인(…상인을 말한다. 이하 같다)") is one sentence with the name before it and the clause after it.
 */
function closingParentheses(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  let out: Sentence[] | undefined;
  for (let i = 0; i < sentences.length; i++) {
    let s = sentences[i];
    let depth = unclosed(text.slice(s.start, s.end));
    let j = i;
    while (depth > 0 && j + 1 < sentences.length && j - i < 3 && sentences[j + 1].end - s.start <= 400 && !/\n\s*\n/.test(text.slice(sentences[j].end, sentences[j + 1].start))) {
      j++;
      depth += unclosed(text.slice(sentences[j].start, sentences[j].end));
    }
    if (j > i && depth <= 0) {
      out ??= sentences.slice(0, i);
      s = { start: s.start, end: sentences[j].end };
      i = j;
    }
    out?.push(s);
  }
  return out ?? sentences;
}

/** How many more parentheses a sentence opens than it closes. */
function unclosed(sentence: string): number {
  return (sentence.match(OPEN_PAREN)?.length ?? 0) - (sentence.match(CLOSE_PAREN)?.length ?? 0);
}

/**
 * Where the passage of sentence `i` (`first`) starts: "…という考え方を打ち出した。これを流域治水と呼ぶ。", a
 * sentence naming what the one before described, shows both; so does a short one closing on
 * "…，这就是城市热岛效应。".
 */
function passageStart(sentences: readonly Sentence[], i: number, first: string): number {
  const s = sentences[i];
  const namesTheLast = (NAMES_THE_LAST_FIRST.has(first.charCodeAt(0)) && NAMES_THE_LAST.test(first)) || (first.length <= 60 && NAMES_THE_LAST_AT_END.test(first));
  return i > 0 && namesTheLast && s.start - sentences[i - 1].end <= 2 && sentences[i - 1].end - sentences[i - 1].start <= 300 ? sentences[i - 1].start : s.start;
}

const TAG_QUESTION = /,\s*(?:does|do|did|is|are|was|were|will|would|can|isn't|doesn't|don't|didn't|aren't|wasn't|won't|wouldn't|can't)\s+[a-z]+(?:\s+not)?\?[*\s]*$/;
// What is left between a question heading and its answer: the heading's closing "**", an answer's mark.
const ANSWER_MARK = /^[*\s]*(?:(?:A\d{0,2}|答|답|回答|Answer)[.．:：]?)?[*\s]*$/;

/**
 * The document's marked names defined in sentence `i` (`sentence`, as read), by the weight of its
 * evidence (markedNames.ts). A rule's reading of the same sentence whose name holds a marked name
 * defined there and more (a verb, a pronoun: "by rent smoothing she") gives way to it: the marks
 * give the boundaries.
 */
function readMarked(text: string, sentences: readonly Sentence[], i: number, sentence: string, marked: MarkedNames, found: TermEvidence[], from: number, add: Add, cur: { rule: string; passageStart: number }): void {
  // The sentence before, past an answer's mark split off as a sentence of its own ("** A.").
  let j = i - 1;
  for (let k = 0; k < 2 && j > 0 && ANSWER_MARK.test(text.slice(sentences[j].start, sentences[j].end)); k++) j--;
  const prev = j >= 0 && sentences[j + 1].start - sentences[j].end <= 2 && sentences[i].start - sentences[j].end <= 16 ? sentences[j] : undefined;
  const readings = markedReadings(sentence, prev && text.slice(prev.start, prev.end), marked);
  if (readings.length === 0) return;
  const start = found.length;
  cur.rule = 'marked-name';
  // What a rule has read in this sentence stands; the marks add what no rule read.
  const read = new Set(found.slice(from).map((e) => termKey(e.names[0])));
  for (const r of readings) {
    if (read.has(termKey(r.names[0]))) continue;
    if (r.withPrevious && prev) {
      const usable = dedupe(r.names.map(cleanTermName).filter(isUsableTermName));
      if (usable.length) found.push({ names: usable, kind: 'explicit', score: KIND_SCORE.explicit - 0.5, sentenceStart: prev.start, sentenceEnd: sentences[i].end, termStart: prev.start + r.at, rule: 'marked-name-taken-up' });
    } else add(r.names, 'explicit', r.at, r.weight >= 4 ? 0.25 : 0);
  }
  const defined = found.slice(start).map((e) => termKey(e.names[0]));
  for (let k = start - 1; k >= from; k--) {
    const keys = found[k].names.map(termKey);
    if (defined.some((d) => !keys.includes(d) && keys[0].includes(d))) found.splice(k, 1);
  }
}

// A standard's entry as normalisation leaves it (normalize.ts): "3.1 port resilience", "3.1港口韧性 port resilience",
// "3.1 港湾レジリエンス（port resilience）" on a line, the definition on the next.
const STD_TERM_LINE =
  /^\d{1,2}(?:\.\d{1,2}){1,3}\s*(?:(?<term>[\u3040-\u9fff\uac00-\ud7af][\u3040-\u9fff\uac00-\ud7af\d ー・]{0,29}?)(?:\s*(?<paren>[（(][^()（）]{1,80}[)）])|\s+(?<gloss>[A-Za-z][A-Za-z0-9 ,'’/-]{0,60}?))?|(?<latin>[A-Za-z][A-Za-z0-9 '’/-]{1,59}?))\s*$/;
const STD_TERM_FIRST = codes('0123456789');
// The heading of that clause (a heading and the line after it may be one sentence: "3 术语和定义GB/T 25069界定的…").
const TERMS_HEADING = /(?:(?<![\d.])(\d{1,2})\.?\s*)?(?:Terms(?:,)? (?:and|&) definitions|Terms, definitions and abbreviat|Definitions\b|术语和定义|术语与定义|용어(?:와|의|\s*및)\s*정의|용어\s*정의|用語及び定義|用語の定義)/i;
const TERMS_HEADING_CUE = /efinitions|术语|용어|用語/;

/** A standard's "Terms and definitions" clause ("3."), once its heading is read: its numbered entries define terms. */
class TermsClause {
  private clause: string | undefined;
  /** the other layout read row by row: a table with a column of definitions */
  readonly table = new DefinitionTable();

  read(text: string, sentences: readonly Sentence[], i: number, first: string): TermEvidence | undefined {
    const heading = TERMS_HEADING_CUE.test(first) ? TERMS_HEADING.exec(first) : null;
    // Numbered, the heading may be run into the line before it (blank lines read as soft); unnumbered, it opens the sentence.
    if (heading?.[1]) this.clause = `${heading[1]}.`;
    else if (heading && this.clause === undefined && /^[#\s]*$/.test(first.slice(0, heading.index))) this.clause = '';
    if (!STD_TERM_FIRST.has(first.charCodeAt(0))) return undefined;
    return standardEntry(text, sentences, i, first, this.clause !== undefined && first.startsWith(this.clause));
  }
}

/**
 * A standard's term line (sentence `i`, `first`) and its definition on the next line: inside the terms clause, or
 * anywhere when an English equivalent follows an East Asian term (a numbered heading has none: "4.1 相关性").
 */
function standardEntry(text: string, sentences: readonly Sentence[], i: number, first: string, inTermsClause: boolean): TermEvidence | undefined {
  const m = STD_TERM_LINE.exec(first);
  if (m && !inTermsClause && !m.groups!.gloss) return undefined;
  const next = sentences[i + 1];
  if (!m || !next || next.start - sentences[i].end > 2) return undefined;
  const def = text.slice(next.start, next.end);
  const letters = def.match(/[A-Za-z\u3040-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  if (letters < 6 || STD_TERM_LINE.test(def) || /^\d/.test(def)) return undefined;
  const g = m.groups!;
  const term = (g.term ?? g.latin).trim();
  const names = [term, ...(g.gloss ? [g.gloss.trim()] : []), ...(g.paren ? aliasesFromParenthesis(g.paren.slice(1, -1), nameScript(term)) : [])];
  const usable = dedupe(names.map(cleanTermName).filter(isUsableTermName));
  if (usable.length === 0) return undefined;
  return { names: usable, kind: 'explicit', score: KIND_SCORE.explicit, sentenceStart: sentences[i].start, sentenceEnd: next.end, termStart: sentences[i].start + first.indexOf(term), rule: 'std-clause' };
}

// The header of a table's column of definitions: | Metric | Definition | FY2024 |, | 용어 | 정의 | 비고 |.
const DEFINITION_HEADER = /^(?:definitions?|meaning|description|explanation|定义|含义|释义|解释|说明|정의|의미|설명|뜻|定義|意味|解説|説明)$/i;
const SEPARATOR_CELL = /^:?-{2,}:?$/;
const LINKING_CELL = /^(?:指|[系係]指|是指|即|means|refers to|=|:|：)$/;

/**
 * A table whose header names a column of definitions, whatever its other columns (values for two
 * years, a unit, a note): each row defines the name in its first cell. Two-column tables are the
 * rule table-row's.
 */
class DefinitionTable {
  private column = -1;

  read(row: string, start: number, end: number): TermEvidence | undefined {
    if (row.charCodeAt(0) !== BAR) {
      this.column = -1;
      return undefined;
    }
    const cells = row.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.replace(/\*\*/g, '').trim());
    if (cells.every((c) => SEPARATOR_CELL.test(c))) return undefined;
    const header = cells.findIndex((c) => DEFINITION_HEADER.test(c));
    if (header > 0) {
      this.column = header;
      return undefined;
    }
    if (this.column < 1 || cells.length < 3 || cells.length <= this.column || !definitionText(cells[this.column])) return undefined;
    // | 报告期 | 指 | … |: a linking word in the middle column is the rule table-row-linked's.
    if (LINKING_CELL.test(cells[1])) return undefined;
    // "Lost-time injury frequency rate (LTIFR)": a name and its abbreviation.
    const paren = /^(.+?)\s*[（(]([^()（）]{1,40})[)）]$/.exec(cells[0]);
    const name = paren ? paren[1] : cells[0];
    const names = dedupe([name, ...(paren ? aliasesFromParenthesis(paren[2], nameScript(name)) : [])].map(cleanTermName).filter(isUsableTermName));
    if (names.length === 0 || /^\d/.test(names[0])) return undefined;
    return { names, kind: 'explicit', score: KIND_SCORE.explicit, sentenceStart: start, sentenceEnd: end, termStart: start + row.indexOf(name), rule: 'table-definition-column' };
  }
}

/** The sentence that finishes sentence `i` (`first`), if it is unfinished. */
function goesOnIn(text: string, sentences: readonly Sentence[], i: number, first: string): { start: number; end: number } | undefined {
  const s = sentences[i];
  // A sentence that stops at a colon or a comma goes on in the next one: "X可以理解为：⏎…",
  // a footnote "虚拟水（virtual water）：⏎…", or a PDF page break between "X（…），" and "它是指…".
  // (Sentences are trimmed: their last character is not a space.)
  const last = text.charCodeAt(s.end - 1);
  // A standard's clause "3.1 名称 English name；ABBR" goes on after its semicolon with the definition.
  if (UNFINISHED.has(last) || (SEMICOLON.has(last) && STD_CLAUSE.test(first))) return continuation(text, sentences, i);
  // A PDF line break inside the name of an enumerated item, "（二）重要⏎数据，是指…": the item's line is no heading
  // (a heading has a blank line after it).
  if (WRAPPED_ITEM.test(first) && i + 1 < sentences.length && !/\n\s*\n/.test(text.slice(s.end, sentences[i + 1].start)) && WRAPPED_REST.test(text.slice(sentences[i + 1].start, sentences[i + 1].start + 16))) return continuation(text, sentences, i);
  // "| ZEB | …ビルの略。建物で… |": a table row whose cell holds a full stop goes on to its closing bar.
  if (first.charCodeAt(0) === BAR && last !== BAR) return restOfRow(text, sentences, i);
  // "…（以下「代表一覧表」という。）は、…": a full stop inside parentheses, the sentence goes on with a particle.
  if (CLOSING_PAREN.has(last) && s.end - s.start >= 2 && FULL_STOP.has(text.charCodeAt(s.end - 2)) && i + 1 < sentences.length && /^[\u3041-\u3096a-z]/.test(text[sentences[i + 1].start])) return continuation(text, sentences, i);
  return undefined;
}

/**
 * Definitions whose name is in the sentence before sentence `i` (`first`, which with its
 * continuation ends at `end`).
 */
function namedInSentenceBefore(text: string, sentences: readonly Sentence[], i: number, first: string, end: number): TermEvidence[] {
  const out: TermEvidence[] = [];
  // A definition whose name is in the line or sentence before: a heading or a definition-list
  // term ("## 港口韧性⏎指…", "Port resilience⏎: the ability…"), or a quoted name taken up by
  // "这一概念是指…" / "This term refers to…".
  if (i > 0 && OPENS_WITHOUT_NAME.has(first.charCodeAt(0))) {
    const prev = sentences[i - 1];
    const named = nameBefore(text, prev.start, prev.end, first);
    if (named) {
      const usable = dedupe([cleanTermName(named.name)].filter(isUsableTermName));
      if (usable.length) out.push({ names: usable, kind: 'explicit', score: KIND_SCORE.explicit + named.bonus, sentenceStart: prev.start, sentenceEnd: end, termStart: named.at, rule: named.rule });
    }
  }
  const headword = i > 0 ? (glossedHeadword(text, sentences[i - 1], sentences[i], first) ?? boxHeadword(text, sentences, i, first)) : undefined;
  if (headword) out.push({ ...headword, sentenceEnd: end });
  const runIn = first.charCodeAt(0) === 42 || first.charCodeAt(0) === 95 ? emphasisedHeadword(text, sentences[i], sentences[i + 1], first) : undefined;
  if (runIn) out.push({ ...runIn, sentenceEnd: end });
  // An encyclopaedia's entry: "# 두레", then "## 정의" (a section for its definition), then the definition.
  const titled = i >= 2 && DEFINITION_SECTION.test(text.slice(sentences[i - 1].start, sentences[i - 1].end)) ? HEADING.exec(text.slice(sentences[i - 2].start, sentences[i - 2].end)) : null;
  if (titled && titled[1].trim().split(/\s+/).length <= 5 && !/[。，,.;；]/.test(titled[1])) {
    const name = titled[1].trim();
    const usable = dedupe([cleanTermName(name)].filter(isUsableTermName));
    if (usable.length) out.push({ names: usable, kind: 'explicit', score: KIND_SCORE.explicit - 0.5, sentenceStart: sentences[i].start, sentenceEnd: end, termStart: sentences[i - 2].start + titled[0].indexOf(name), rule: 'definition-section' });
  }
  // "まずカーボンニュートラル。温室効果ガスの…ことを意味する。": a name alone, then a sentence without a topic that defines it.
  if (i > 0 && sentences[i - 1].end - sentences[i - 1].start <= 30 && sentences[i].start - sentences[i - 1].end <= 2) {
    const prev = sentences[i - 1];
    const frag = JA_FRAGMENT.exec(text.slice(prev.start, prev.end));
    const bracket = frag ? null : BRACKET_HEADING.exec(text.slice(prev.start, prev.end));
    const head = bracket?.[1];
    if (head && first.length >= 8 && !/^[【\[■◆]/.test(first)) {
      const usable = dedupe([cleanTermName(head)].filter(isUsableTermName));
      if (usable.length) out.push({ names: usable, kind: 'explicit', score: KIND_SCORE.explicit - 0.5, sentenceStart: prev.start, sentenceEnd: end, termStart: prev.start + bracket![0].indexOf(head), rule: 'bracket-heading' });
    }
    if (frag && JA_FRAGMENT_BODY.test(first) && !/^[^、。]{0,30}?は/.test(first)) {
      const usable = dedupe([cleanTermName(frag[1])].filter(isUsableTermName));
      if (usable.length) out.push({ names: usable, kind: 'explicit', score: KIND_SCORE.explicit - 0.5, sentenceStart: prev.start, sentenceEnd: end, termStart: prev.start + frag[0].indexOf(frag[1]), rule: 'fragment-then-definition' });
    }
  }
  return out;
}

// A glossary's headword on a line of its own (maybe with a heading mark), and a gloss under it that is a noun
// phrase: Japanese closing on a noun (…地方税。, …のこと。), Korean on a noun (…지방세.), not on a verb.
const HEADWORD_LINE = /^(?:#{1,6}\s+|[◆■□◇●○・•▶]\s*)?(?:\*\*)?([\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7afA-Za-z0-9][\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7afA-Za-z0-9ー・ ]{0,19})(?:\*\*)?$/;
const JA_NOUN_GLOSS = /[\u3041-\u3096][^。]*(?:[\u4e00-\u9fff\u30a0-\u30ffー]|こと|もの)。$/;
const KO_NOUN_GLOSS = /[가-힣]\s[^.]*[가-힣](?<![다요음함임까죠])\.$/;
// Section headings of a report, not headwords.
const SECTION_WORD = /^(?:概要|目的|背景|はじめに|まとめ|対象|内容|方法|結果|課題|要旨|注|注記|出典|備考|参考|定義|用語|関連用語|用語集|用語解説|개요|목적|배경|내용|결과|과제|요약|참고|비고|정의|용어|용어 해설)$/;

// An ordinance's or a handbook's run-in headword, in emphasis and closed by a full stop, then its gloss, a noun phrase:
// "*Setback.* The minimum distance…", "**Buildable area.** The portion of a lot…".
const EMPHASISED_HEADWORD = /^(?:\*{1,2}|_{1,2})([A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,5})\.(?:\*{1,2}|_{1,2})\s+(?:A|An|The|Any|Each) [a-z]/;

/**
 * A run-in emphasised headword opening sentence `s` (`first`) and glossed by the rest of it, a paragraph of its own (a
 * report's "**Hotels.** The segment earned… The Group…" runs on: a section's lead, not an entry).
 */
function emphasisedHeadword(text: string, s: Sentence, next: Sentence | undefined, first: string): TermEvidence | undefined {
  if (next && !text.slice(s.end, next.start).includes('\n')) return undefined;
  const head = EMPHASISED_HEADWORD.exec(first);
  if (!head || /^(?:Section|Article|Chapter|Part|Rule|Note|Example|Source)\b/.test(head[1])) return undefined;
  const usable = dedupe([cleanTermName(head[1])].filter(isUsableTermName));
  if (usable.length === 0) return undefined;
  return { names: usable, kind: 'explicit', score: KIND_SCORE.explicit - 0.5, sentenceStart: s.start, sentenceEnd: s.end, termStart: s.start + head[0].indexOf(head[1]), rule: 'emphasised-headword' };
}

/**
 * An English gloss under a headword: a noun phrase whose head is the headword's own head noun or a kind
 * ("**Bank Rate**" ⏎ "The interest rate the Bank pays on…"; "**Swap line**" ⏎ "An arrangement under which…").
 */
function englishNounGloss(name: string, first: string, bold: boolean): boolean {
  if (!/^[A-Za-z][\w'’ -]*$/.test(name) || EN_SECTION_WORD.test(name)) return false;
  // The head noun, then what the phrase goes on with: a relative clause, a complement, a participle.
  const m = /^(?:The|An?)\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]*?)s?\s+(?:that|which|who|whose|the|a|an|of|for|on|by which|in which|under which|through which|paid|set|charged|used|held|given|earned|owed)\b/.exec(first);
  if (!m) return false;
  const head = name.split(/\s+/).pop()!.toLowerCase().replace(/s$/, '');
  // A kind noun only under a glossary's bold headword: a section heading ("## Methods") is followed by prose.
  return m[1] === head || (bold && EN_GLOSS_KIND.test(m[1]));
}
const EN_SECTION_WORD = /^(?:introduction|background|methods?|methodology|results?|findings|summary|overview|scope|purpose|conclusions?|discussion|context|notes?|sources?|references|appendix|annex)$/i;
const EN_GLOSS_KIND = /^(?:arrangement|framework|facility|measure|process|practice|amount|share|ratio|percentage|rate|sum|difference|period|payment|fee|charge|tax|loan|fund|scheme|programme|program|policy|method|approach|tool|instrument|index|indicator|score|body|group|person|household|area|zone|system|mechanism|condition|state|situation|agreement|contract|document|record|list|account|balance|market|price|cost|value)$/;

// A textbook's box: its label and the name on one line ("> **知识窗　郊区城镇化**"), a gloss closing on a kind under it.
const BOX_HEADING = /^(?:>\s*)?(?:\*\*)?(?:知识窗|知识链接|名词解释|小知识|概念链接|术语解释|知識窗|名詞解釋)\s*[:：]?\s*([\u4e00-\u9fffA-Za-z0-9]{2,20})(?:\*\*)?$/;
const ZH_KIND_GLOSS = /^(?:>\s*)?[\u4e00-\u9fff][^。]{6,}的[\u4e00-\u9fff]{1,4}。/;

/** The name in a textbook box's heading before sentence `i` (`first`, its gloss), past a quote's empty line. */
function boxHeadword(text: string, sentences: readonly Sentence[], i: number, first: string): Omit<TermEvidence, 'sentenceEnd'> | undefined {
  let j = i - 1;
  if (j > 0 && /^>?\s*$/.test(text.slice(sentences[j].start, sentences[j].end))) j--;
  const prev = sentences[j];
  const head = ZH_KIND_GLOSS.test(first) ? BOX_HEADING.exec(text.slice(prev.start, prev.end)) : null;
  if (!head) return undefined;
  const usable = dedupe([cleanTermName(head[1])].filter(isUsableTermName));
  if (usable.length === 0) return undefined;
  return { names: usable, kind: 'explicit', score: KIND_SCORE.explicit - 1, sentenceStart: prev.start, termStart: prev.start + head[0].lastIndexOf(head[1]), rule: 'box-heading' };
}

/** A headword alone on the line before sentence `s` (`first`) whose gloss `first` is. */
function glossedHeadword(text: string, prev: Sentence, s: Sentence, first: string): Omit<TermEvidence, 'sentenceEnd'> | undefined {
  // The gloss opens with a word: a bullet or a quote mark opens an item of its own ("- **X**：…", "○ …").
  if (!text.slice(prev.end, s.start).includes('\n') || first.length < 10 || !/^[\u3040-\u9fff\uac00-\ud7afA-Za-z]/.test(first)) return undefined;
  const head = HEADWORD_LINE.exec(text.slice(prev.start, prev.end));
  const name = head?.[1].trim();
  if (!name || SECTION_WORD.test(name) || first.includes(name) || !(JA_NOUN_GLOSS.test(first) || KO_NOUN_GLOSS.test(first) || englishNounGloss(name, first, /^\*\*.*\*\*$/.test(head![0])))) return undefined;
  const usable = dedupe([cleanTermName(name)].filter(isUsableTermName));
  if (usable.length === 0) return undefined;
  return { names: usable, kind: 'explicit', score: KIND_SCORE.explicit - 1, sentenceStart: prev.start, termStart: prev.start + head![0].indexOf(name), rule: 'headword-line' };
}

/**
 * "・暑さ指数（WBGT）：…" read by a rule, "暑さ指数（WBGT）が…" cut short by the parenthesis reader
 * (指数, at the hiragana): a parenthesis reading whose name is the end of a rule's name for the
 * same alias in the document goes.
 */
function dropCutShort(found: TermEvidence[]): TermEvidence[] {
  const byAlias = new Map<string, string[]>();
  for (const e of found) {
    if (e.rule === 'paren-alias') continue;
    for (const a of e.names.slice(1)) {
      const list = byAlias.get(a);
      if (list) list.push(e.names[0]);
      else byAlias.set(a, [e.names[0]]);
    }
  }
  if (byAlias.size === 0) return found;
  return found.filter((e) => e.rule !== 'paren-alias' || !e.names.slice(1).some((a) => byAlias.get(a)?.some((n) => n.length > e.names[0].length && n.endsWith(e.names[0]))));
}

// The first characters of a sentence that may define a name it does not repeat (tested only then).
const OPENS_WITHOUT_NAME = codes('是指即意:：这该此它TRMDUAIB이그この简换具通');
// A body that opens with its verb: 指…, 是指…, 即…, Refers to…, Means…
const BODY_OPENER = /^(?:[:：]\s*\S|(?:是指|指的是|指(?![出导引挥定派示明向令责望南数标導揮責數標])|即(?![将使便可时刻日是])|意为|意指)|(?:Refers to|Means|Denotes|Describes|Used to describe|A term for|The term for)\b)/;
// A sentence that takes up the name just mentioned: 这一概念是指…, This term refers to…, 이 개념은 …, この概念は…
const ANAPHOR = /^(?:By (?:this|that|it)(?: [a-z]+){0,3} mean|(?:[\u4e00-\u9fff]{1,3}(?:地说|来说|来讲|言之|而言)|换句话说)[，,]\s*(?:就是|即|是指|指的是|也就是说?)|(?:这一|这个|该|此)(?:概念|术语|词|名词|说法|提法)[^。，,]{0,8}?(?:是指|指的是|指|意为|意指|即)|它(?:是指|指的是|指)|(?:This|The) (?:term|concept|notion|phrase|expression)\s+(?:[\w-]+\s+){0,3}?(?:refers to|means|denotes|describes|is defined as)|이\s*(?:개념|용어|말)(?:은|는|이란)\s|(?:この|その)(?:概念|言葉|用語)(?:は|とは))/;
const EN_IT_MEANS = /^(?:In [^,]{1,40}?,?\s+)?(?:[Ii]t|[Tt]he (?:word|term|phrase))\s+(?:means|refers to|denotes|describes|came to (?:mean|describe|refer to|denote))\b/;
const EN_WORD_NAMED = /\b(?:word|term|phrase|expression|label)\s+["“‘']?([A-Za-z\u00c0-\u024f][\w\u00c0-\u024f-]*(?:\s+[a-z\u00c0-\u024f][\w\u00c0-\u024f-]*){0,2}?)["”’']?(?=\s*[(,.;:]|\s+(?:for|to|as|in)\b)/;
const HEADING = /^#{1,6}\s+(?:\*\*)?([^#*]{2,40}?)(?:\*\*)?\s*$/;
// The heading of an entry's section that gives its definition.
const DEFINITION_SECTION = /^#{1,6}\s+(?:\*\*)?(?:정의|定义|定義|Definition)(?:\*\*)?\s*$/i;
const QUOTED_NAMES_KO = /['‘“"]([^'‘’“”"\n]{2,30})['’”"]/g;
const QUOTED_NAMES = /[“「『"‘]([^“”「」『』"‘’\n]{2,30})[”」』"’]/g;

/** The name a sentence that opens without one defines, from the sentence before it. */
function nameBefore(text: string, start: number, end: number, body: string): { name: string; at: number; bonus: number; rule: string } | undefined {
  const prev = text.slice(start, end);
  if (BODY_OPENER.test(body)) {
    // A heading, or a definition list's term (a short line without a full stop), then its body.
    const heading = HEADING.exec(prev);
    const term = heading ? heading[1].trim() : /^[:：]/.test(body) && prev.length <= 40 && !/[。.!?！？:：,，;；]$/.test(prev) ? prev.replace(/^[-*•\s]+|\*\*/g, '').trim() : undefined;
    if (!term || /^\d/.test(term) || term.split(/\s+/).length > 5 || /[。，,.;；]/.test(term)) return undefined;
    return { name: term, at: start + prev.indexOf(term), bonus: -1, rule: 'heading-entry' };
  }
  // "Critics coined the word sontaku (忖度) for what followed. In everyday Japanese it means…": the word named before.
  if (EN_IT_MEANS.test(body)) {
    const w = EN_WORD_NAMED.exec(prev);
    return w ? { name: w[1], at: start + w.index + w[0].indexOf(w[1]), bonus: -0.5, rule: 'anaphoric-definition' } : undefined;
  }
  // "主要是保交楼。这三个字的意思是，…": the speaker counts the name's characters, the last ones of the sentence before.
  const counted = COUNTED_CHARS.exec(body);
  if (counted) {
    const n = '一二三四五六七八九'.indexOf(counted[1]) + 1 || Number(counted[1]) || (counted[1] === '两' ? 2 : 0);
    const run = /([\u4e00-\u9fff]+)[。！!]?\s*$/.exec(prev);
    return run && n >= 2 && run[1].length >= n ? { name: run[1].slice(-n), at: start + run.index + run[1].length - n, bonus: -0.5, rule: 'anaphoric-definition' } : undefined;
  }
  if (!ANAPHOR.test(body)) return undefined;
  // Korean quotes names with straight single quotes; in English they are apostrophes.
  const quoted = /^이/.test(body) ? QUOTED_NAMES_KO : QUOTED_NAMES;
  quoted.lastIndex = 0;
  const names = new Set<string>();
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = quoted.exec(prev)) !== null) {
    names.add(m[1]);
    at = m.index + 1;
  }
  return names.size === 1 ? { name: [...names][0], at: start + at, bonus: -0.5, rule: 'anaphoric-definition' } : undefined;
}

const COUNTED_CHARS = /^这([两二三四五六七八九\d])个字(?:的意思是?|是指|指的是|说的是)/;

// The heading or label of an abstract ("## Abstract", "摘要：…", "요약"), and what ends it: another heading, the keywords.
const ABSTRACT = /^(?:#{1,6}\s*)?(?:\*\*)?(?:abstract|summary|executive summary|摘\s*要|内容提要|提要|要旨|要約|초록|국문초록|요약)(?:\*\*)?\s*(?:[:：]|$)/i;
const SECTION_END = /^(?:#{1,6}\s|(?:\*\*)?(?:keywords?|key words|关键词|关键字|キーワード|주제어|키워드)\s*[:：]|[一二三四五六七八九十]+、|\d{1,2}\.?\s+[A-Z\u4e00-\u9fff])/i;

// A glossary's bracketed headword on its own line: 【緩和】 (a ■ heading is a news section's title, not a headword).
const BRACKET_HEADING = /^【([^【】]{2,20})】$/;
const JA_FRAGMENT = /^(?:まず|次に|最後に|また|さらに|そして)?[、,]?\s*([\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9ー・]{2,20})[。.]$/;
const JA_FRAGMENT_BODY = /(?:のこと|こと)(?:で[、,]|であり|である|だ[。.]|を(?:いう|指す|意味する))|を意味する[。.]?$|を指す[。.]?$|をいう[。.]?$/;
const UNFINISHED = codes('：:，,');
// An enumerator and a few CJK characters alone on a line, and a line that goes on with the rest of a name and its definition.
const WRAPPED_ITEM = /^(?:[（(][一二三四五六七八九十\d０-９]{1,3}[)）]|\d{1,2}[.、．]|[\u2460-\u2473])\s*[\u4e00-\u9fff\u30a0-\u30ff]{1,8}$/;
// The rest is short (a name's last characters: "数据，是指") or set off by a comma as a statute does; a heading's
// next line opens a sentence with a name of its own ("（一）海上垃圾⏎海洋垃圾是指…").
const WRAPPED_REST = /^(?:[\u4e00-\u9fff\u30a0-\u30ff]{1,3}(?:\s*[，,、]?\s*(?:是指|指的是|[系係]指|指)|とは|は、)|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}\s*[，,、]\s*(?:是指|指的是|[系係]指|指))/;
// A sentence that opens by naming what the sentence before it described (tested only when it starts with one of these).
const NAMES_THE_LAST_FIRST = codes('こそ이这此TS');
const NAMES_THE_LAST = /^(?:これ(?:を|は)|(?:この|その)(?:とき|ような|場合)の?[^。、]{0,8}を[^。]{0,24}と(?:いう|よぶ|呼ぶ)[。.]?$|この[\u4e00-\u9fff\u30a0-\u30ff]{1,6}(?:を|は)[^。]{0,12}[「『]|このこと(?:を|は)|こうした[^。、]{0,12}(?:を|は)|このような[^。、]{0,12}(?:を|は)|이를|이것을|이러한 [^.,]{0,12}(?:을|를)|(?:这|此)(?:一|种|类)?[\u4e00-\u9fff]{0,4}(?:被)?(?:称为|称作|叫做|称之为)|(?:This|These|Such [a-z]+) (?:is|are|was|were) (?:called|known as|termed|referred to as))/;
const NAMES_THE_LAST_AT_END = /[，,]\s*这(?:就|便)是(?:所谓的?)?[\u4e00-\u9fffA-Za-z0-9]{2,12}[。.]?$/;
const SEMICOLON = codes('；;');
const CLOSING_PAREN = codes(')）');
const FULL_STOP = codes('。.');
// Page furniture a PDF extraction leaves between the halves of a sentence: a page number (·37·, - 12 -).
const PAGE_NUMBER = /^[\s\d·•\-–—.()]+$/;

// How often each short line occurs in a document: built once, when a sentence first needs it.
let shortLineCounts: { text: string; counts: Map<string, number> } | undefined;
function shortLines(text: string, sentences: readonly Sentence[]): Map<string, number> {
  if (shortLineCounts?.text !== text) {
    const counts = new Map<string, number>();
    for (const s of sentences) if (s.end - s.start <= 40) {
      const t = text.slice(s.start, s.end);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    shortLineCounts = { text, counts };
  }
  return shortLineCounts.counts;
}

const BAR = 124; // |

/** The rest of a table row split at a full stop inside a cell: the sentences on the same line, up to the one that closes the row. */
function restOfRow(text: string, sentences: readonly Sentence[], i: number): { start: number; end: number } | undefined {
  for (let j = i + 1; j < sentences.length && j <= i + 4; j++) {
    if (text.slice(sentences[j - 1].end, sentences[j].start).includes('\n')) return undefined;
    if (text.charCodeAt(sentences[j].end - 1) === BAR) return { start: sentences[i + 1].start, end: sentences[j].end };
  }
  return undefined;
}

/** The sentence that finishes an unfinished one: the next, past page numbers and running heads (a short line the document repeats). */
function continuation(text: string, sentences: readonly Sentence[], i: number): { start: number; end: number } | undefined {
  for (let j = i + 1; j < sentences.length && j <= i + 3; j++) {
    const t = text.slice(sentences[j].start, sentences[j].end);
    if (PAGE_NUMBER.test(t)) continue;
    if (t.length <= 40 && !/[。.！？!?：:，,]$/.test(t) && (shortLines(text, sentences).get(t) ?? 0) > 1) continue;
    // A definition is a whole sentence; a line without its full stop is a subtitle or a heading.
    return sentences[j].end - sentences[j].start > 600 || !/[。.！？!?]$/.test(t) ? undefined : sentences[j];
  }
  return undefined;
}

type Add = (names: string[], kind: EvidenceKind, at: number, bonus?: number) => void;

// Signals of running text beside the rules: quoted names after their description, names with
// other names in parentheses, translation notes, and formats like 六方会谈. Like a rule's, a
// finder's trigger characters are those one of which it needs to find anything (“ or 所谓; a
// parenthesis; 译为/称为…; 会谈/对话/机制/会议/峰会).
const FINDERS: { name: string; triggers: number[]; find: (sentence: string, add: Add) => void }[] = [
  { name: 'quoted-name', triggers: triggerIds('“谓'), find: (s, add) => findQuotedDefinitions(s, add) },
  { name: 'paren-alias', triggers: triggerIds('(（'), find: (s, add) => findParentheticalAliases(s, add) },
  { name: 'translation-note', triggers: triggerIds('译称'), find: (s, add) => findTranslationNotes(s, add) },
  { name: 'named-format', triggers: triggerIds('会话制'), find: (s, add) => findNamedFormats(s, add) },
  { name: 'quoted-english', triggers: triggerIds('"“‘\''), find: (s, add) => findQuotedEnglish(s, add) },
];

// An English name in quotes, then what it is: "…a 'regional extinction risk index', which is
// calculated…"; "The 'hometown love donation' system, introduced in 2023, allows…".
const QUOTED_EN = /(?:^|[\s(])["“‘'](?<name>[A-Za-z][\w-]*(?:,?\s+[\w-]+){0,5})["”’'](?=[\s,.;:)—–])/g;
const QUOTED_EN_GLOSS = /^\s*(?:\([^()]*\)\s*)?(?:[a-z]+(?:\s+[a-z]+)?)?\s*(?:,\s*(?:which|that|meaning|i\.e\.|that is|namely|or|under which|in which|by which|whereby|where)\b|:\s*[a-z]|[—–]\s*(?:a|an|the)\s+(?:phrase|term|word|label|expression|name|shorthand)\b|,\s*(?:the|a|an)\s+(?:view|idea|notion|belief|principle|doctrine|practice|policy|argument|claim|rule|approach)\s+(?:that|of|under which)\b)/;
const QUOTED_EN_SUBJECT = new RegExp(`^\\s*(?:\\([^()]*\\)\\s*)?(?:(?:campaign|programme|program|policy|initiative|scheme|strategy|plan|project|system|approach|model|doctrine|principle|framework|concept|index|rule)\\s*)?(?:,[^,;]{3,60},\\s*)?(?:is|are|allows|lets|requires|provides|gives|covers|measures|describes|captures|denotes)\\s`);

const QUOTE_THEN_LATIN = /["“‘'][A-Za-z]/;

function findQuotedEnglish(sentence: string, add: Add): void {
  // Most quotes in Chinese text open a Chinese name: nothing to read.
  if (!QUOTE_THEN_LATIN.test(sentence)) return;
  QUOTED_EN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_EN.exec(sentence)) !== null) {
    const name = m.groups!.name;
    const at = m.index + m[0].indexOf(name);
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 90);
    if (/\b(?:I|we|you|it|is|are|was|were|not|this|that)\b/.test(name) || /[.!?]$/.test(name)) continue; // a quoted remark
    // A quoted subject at the start of the sentence, or a quoted name glossed right after it.
    const subject = at - 1 <= 6 + (/^(?:The|A|An)\s/.exec(sentence)?.[0].length ?? 0) && QUOTED_EN_SUBJECT.test(rest);
    if (subject) add([name], 'copula', at, -0.5);
    else if (/\b(?:described|describe|describes|depicted|characteri[sz]ed|portrayed)\s+(?:as\s+)?(?:an?|the)\s+["“‘']$/.test(sentence.slice(Math.max(0, m.index - 40), at))) add([name], 'so-called', at, 1);
    else if (QUOTED_EN_GLOSS.test(rest)) add([name], 'so-called', at, 0.5);
  }
}

// Titles before a person's name in Chinese, Korean and Japanese text (the name is the last two to four characters).
const PERSON_TITLE = /(?:总理|部长|副部长|主席|总统|教授|研究员|记者|大使|议员|院长|委员|行长|首相|大臣|社长|会长|博士|先生|女士|총리|장관|차관|대통령|교수|연구원|기자|대사|의원|원장|위원|회장|사장|首相|大臣|教授|研究員|記者|氏)[\u4e00-\u9fff\uac00-\ud7af]{2,4}$/;

const INSTITUTION = '倡议|构想|战略|机制|框架|模式|计划|体制|政策|方案|理念|体系|合作|会谈|协定|进程';
const QUOTED = /“([^“”]{2,24})”/g;
const INSTITUTION_FIRST = new RegExp(`^(${INSTITUTION})`);
const INSTITUTION_LAST = new RegExp(`(${INSTITUTION}|主义|悖论|共同体|制|论)$`);

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
    // 即/是指 after the quote and 所谓 before it are rules (zh-quoted-is, zh-so-called).
    if (/^\s*[，,]?\s*(即|是指|指的是|就是|意指|意为|也就是)/.test(after) || /所谓的?\s*$/.test(before)) continue;
    // “蓝色海湾”整治行动是…: the kind of thing may come between the name and 是.
    if (/^(?:\s*(?:是|为|系)|[\u4e00-\u9fff]{1,4}?(?:是|系))(?!否)/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 10)) && m.index <= 12 && term.length >= 3) add([term], 'copula', m.index);
    else if (INSTITUTION_FIRST.test(after)) add([term], 'named', m.index, premodified + 0.5);
    else if (INSTITUTION_LAST.test(term)) add([term], 'named', m.index, premodified);
  }
  const socalled = /所谓的?\s*([\u4e00-\u9fff]{2,8}?)(?=[，。（(、]|$)/g;
  while ((m = socalled.exec(sentence)) !== null) {
    if (/[和与及的]/.test(m[1])) continue; // "所谓的人权和价值观": a phrase, not a name
    add([m[1]], 'so-called', m.index + m[0].length - m[1].length);
  }
}

// An adverb between a Chinese name and 是指 (港口腹地主要是指, X则是指); 原则, 规则 end names.
const ZH_TRAILING_ADVERB = /(?:主要|通常|一般|往往|大多|多半|本身|实际上|大体上|大致上?|基本上|大抵|总体上|广义上|狭义上|一般而言|(?<![原规准法细总守通否])则|便|乃)$/;

// Korean connectives and adverbs that open a sentence before its topic.
const KO_CONNECTIVE = /^(?:이 중|그중|이 가운데|그 가운데|반면|한편|또한|또|그러나|그리고|하지만|특히|다만|아울러|따라서|이에|그런데|즉|이른바|흔히|보통|통상|일반적으로|이를|이것을)\s+/;

// Rules whose term is an unquoted run of Han characters: the run may have swallowed a subject or verb.
const UNQUOTED_HAN_RULES = new Set(['zh-clause-is', 'zh-definition-is', 'zh-clause-that-is', 'zh-short-name', 'zh-define-as', 'zh-is-defined-as', 'zh-is-a-kind', 'zh-is-kind-noun', 'zh-is-genus', 'zh-short-for', 'zh-bare-word-means', 'zh-also-called-is']);

/**
 * An unquoted Han run the segmenter would cut, or of two characters, is a clause or a subject ("美国指的是…"), except a
 * verb and its object before 是指 ("强化治疗是指…") and a two-character name glossed in English ("衰弱（frailty）是…").
 */
function clauseNotName(term: string, paren: string | undefined, rule: string): boolean {
  // "「X」一詞，在本文件中指…": a scope (在…中, 於…內) between a name and its verb is no name.
  if (/^[在於于][\u4e00-\u9fff]{1,8}[中内內里裡]$/.test(term)) return true;
  if (term.length < 3) return !(term.length === 2 && paren !== undefined && /^[A-Za-z][A-Za-z -]{3,}$/.test(paren.trim()));
  return chineseNameStart(term) > 0 && !((rule === 'zh-clause-is' || rule === 'zh-is-defined-as') && verbObjectName(term));
}

// A report's count after what was built ("建成县级零工市场1个，即…"): the verb, the administrative level and the count
// are no part of the name.
const COUNTED = /^((?:[\u4e00-\u9fff]{0,4}?(?:建成|新建|建设|设立|成立|开设|打造|培育|创建|组建|认定))?(?:[省市县区乡镇村]级)?)([\u4e00-\u9fff]{2,12}?)(?:\d{1,5}|[一二两三四五六七八九十]{1,3})[个家座处所条支项]$/;

/** The name inside a counted run, and where it starts in it. */
function countedName(term: string): { term: string; from: number } | undefined {
  const m = COUNTED.exec(term);
  return m ? { term: m[2], from: m[1].length } : undefined;
}

/** Turns a rule's match into evidence: the term, a name inside its parenthesis, and any alias. */
function addRuleMatch(m: RuleMatch, add: Add): void {
  let term = m.term.trim();
  let at = m.termAt;
  let paren = m.paren;
  // '연료 전환 격차(fuel transition gap)': the parenthesis sits inside the quotes.
  const inner = /^(.+?)\s*[（(]([^()（）]{1,80})[)）]$/.exec(term);
  if (inner) [term, paren] = [inner[1], inner[2]];
  // An unquoted run from the start of a clause must be a name from its first character: a run
  // the segmenter would cut ("大体上指三国之间的合作，即…", "将韩半岛联系起来，即") is a clause.
  // Two characters alone are too often a subject ("美国指的是…").
  const unquoted = UNQUOTED_HAN_RULES.has(m.rule.name);
  // "鼓励各方运用RegTech（监管科技），即…": a Latin name after Chinese words is delimited by its script.
  const latinTail = unquoted ? /[\u4e00-\u9fff]([A-Za-z][A-Za-z0-9-]{2,})$/.exec(term) : null;
  if (latinTail) [term, at] = [latinTail[1], at + term.length - latinTail[1].length];
  // A clause that plainly marks where the name starts ("属于典型的梯级开发，即…", "提出建立1+3协作机制，即…").
  const marked = unquoted && !m.marked && nameScript(term) === 'han' ? markedNameStart(term) : 0;
  // A run longer than a name is read only when a verb that takes the name as object ends the clause before it
  // ("集成电路设计企业通常采用Fabless模式，即…"); after 的 it is a clause ("…做出贡献的方向迈进，即…").
  if (unquoted && !m.marked && term.length > 20 && (marked === 0 || /[的是]/.test(term[marked - 1]))) return;
  if (marked > 0 && term.length - marked >= 3) [term, at] = [term.slice(marked), at + marked];
  // "市场采购贸易方式则是指…": an adverb between the name and the verb (but 原则, 规则 end names).
  const adverb = unquoted ? ZH_TRAILING_ADVERB.exec(term) : null;
  if (adverb && term.length - adverb[0].length >= 2) term = term.slice(0, -adverb[0].length);
  const counted = unquoted ? countedName(term) : undefined;
  if (counted) [term, at] = [counted.term, at + counted.from];
  // A remark before the definition ("简单来说，就是…"), not a name.
  if (/^(?:顾名思义|[\u4e00-\u9fff]{1,4}?(?:地说|来说|来讲|地讲|来看|言之|而言)|换句话说|说白了)$/.test(term)) return;
  if (unquoted && !m.marked && nameScript(term) === 'han' && clauseNotName(term, paren, m.rule.name)) return;
  // "반면 블루수소, 즉 …", "한편 X라 함은 …": a connective adverb opens the sentence, not the name.
  if (m.rule.lang === 'ko') {
    const adverb = KO_CONNECTIVE.exec(term);
    if (adverb && term.length > adverb[0].length + 1) [term, at] = [term.slice(adverb[0].length), at + adverb[0].length];
    // "정부가 내세운 생활인구란…": a clause ending in an adnominal verb form modifies the name; it is not part of it.
    // 또는 joins two names; 해운, 행운, 항운 are nouns, not an adjective's 운 (새로운).
    const clause = /^(?:.*\s)?[가-힣]*[가-힣](?:(?<![해행항국])운|(?<!또)는|된|던)\s+(?=[가-힣A-Za-z])/.exec(term);
    if (clause && term.length - clause[0].length >= 2) [term, at] = [term.slice(clause[0].length), at + clause[0].length];
  }
  if (m.rule.lang === 'en' || /^[A-Za-z]/.test(term)) {
    // "call it simply X": an adverb before the name is not part of it.
    // "And the Decent Homes Standard (DHS) — …": a conjunction opening the sentence is not part of the name either.
    const article = /^(?:(?:(?:and|but|or|so|yet)\s+)?(?:a|an|the|this|that|our|their|its|my|your)\s+|(?:simply|commonly|usually|often|generally|sometimes|loosely|informally|collectively|widely)\s+(?:(?:a|an|the)\s+)?)/i.exec(term);
    if (article) [term, at] = [term.slice(article[0].length), at + article[0].length];
    // "The term refers to…" names no term; "term premium" is one.
    if (/\b(?:it|this|that|these|those|which|who|what|we|they)\b/i.test(term) || /\b(?:term|concept|word|one)$/i.test(term)) return;
    // "rights, but not the means to …": a clause's words, not a name.
    if (/\b(?:but|not|also|only|may|can|will|would|should|is|are|was|were|be|been|has|have|had|does|did)\b/i.test(term) || /\b(?:the|a|an|of|to|in|for|and|or)$/i.test(term)) return;
  }
  if (/[，。；！？]/.test(term)) return; // a clause, not a name
  // "…，它到底指什么？": a pronoun is no name.
  if (unquoted && /^[它其这那他她]/.test(term)) return;
  // "与之相关的是…", "直购进口指的是…": a clause ending in 的 before 是, not a name.
  if (unquoted && /的$/.test(term)) return;
  // "跨境河流、国际河流（…）是指…": two names of one term, written unquoted; "이를 X 또는 Y라고 하였다" the same.
  const names = unquoted && /[、/／]/.test(term) ? term.split(/[、/／]/) : m.rule.lang === 'ko' && /\s(?:또는|혹은)\s/.test(term) ? term.split(/\s+(?:또는|혹은)\s+/) : [term];
  if (paren) names.push(...aliasesFromParenthesis(paren, nameScript(term)));
  // "X, or Y, is …": a short Y is another name; a long one is the definition itself.
  if (m.alias && m.alias.trim().split(/\s+/).length <= (/^[A-Z]/.test(m.alias.trim()) && /^[A-Z]/.test(term) ? 8 : 4)) names.push(m.alias.trim().replace(/^(?:a|an|the)\s+/i, ''));
  if (m.names) names.push(...m.names);
  add(names, m.rule.kind, at, m.bonus);
}

// A parenthesis whose text is a definition: 即/也就是/是指/指 and a clause.
const PAREN_DEFINITION = /^\s*(?:即|也就是|是指|指)(?![出导引挥定派示明向令责望南数标導揮責數標])[^()（）]{6,}$/;

/** A name with other names in parentheses right after it: "绿色电力走廊（Green Power Corridor，GPC）". */
function findParentheticalAliases(sentence: string, add: Add): void {
  for (const p of parentheses(sentence)) {
    // "通过网络爬虫技术（即以程序自动…的技术）": a parenthesis that opens with 即 or 指 defines the name before it.
    if (PAREN_DEFINITION.test(p.inner)) {
      const left = leftTerm(sentence, p.start);
      if (left && nameScript(left.term) === 'han' && left.term.length >= 3 && chineseNameStart(left.term) === 0) add([left.term], 'explicit', left.start, -0.5);
      continue;
    }
    // Most parentheses hold a year, a unit or a remark: finding the name before them (word
    // segmentation) is done only when the parenthesis can name the term whatever its script.
    // A Latin name on the left is the most lenient reading (a gloss in an East Asian script is
    // then always a translation), so it names a term in some script exactly when it does for Latin.
    const latinAliases = aliasesFromParenthesis(p.inner, 'latin');
    if (latinAliases.length === 0) continue;
    let left = leftTerm(sentence, p.start, p.inner);
    // "돌려주지 않을 때 주택도시보증공사(HUG)가": a bound noun (때, 것, 경우) ends the clause before the name.
    const bound = left && /^(?:때|것|수|중|후|뒤|전|경우|동안|이후|이전|등|및)\s+(?=[가-힣])/.exec(left.term);
    if (left && bound) left = { ...left, term: left.term.slice(bound[0].length), start: left.start + bound[0].length };
    // A one-word lower-case gloss ("平台(platform)", "对手(rival)") translates a word, it does not
    // name a term; after a quoted name (“守门人”（gatekeeper）) it gives the term's English name.
    if (/^[a-z][a-z-]*$/.test(p.inner) && !(/[”」』"’']\s*$/.test(sentence.slice(0, p.start)) && /^\s*(?:概念|一词|这一概念|术语|这一术语|的概念)/.test(sentence.slice(p.end, p.end + 6)))) continue;
    if (!left || left.term.includes('·')) continue; // a transliterated person's name, not a term
    // "his bank, the defendant ("Meridian")": a party's role and the name it is given share no word; the name is no term's.
    if (/^[a-z]/.test(left.term) && /^["“][A-Z][a-z][^"”]*["”]$/.test(p.inner) && !left.term.split(/\s+/).some((w) => p.inner.toLowerCase().includes(w.toLowerCase()))) continue;
    // "the Port Safety (Amendment) Bill": a parenthesis inside a title is part of it.
    if (/^\s+(?:Bill|Act|Regulations?|Order|Rules|Law|Code|Directive|Ordinance)\b/.test(sentence.slice(p.end, p.end + 14)) && /^[A-Z]/.test(left.term)) continue;
    // "김서연(Kim Seo-yeon)": a Korean person's name and its romanisation (family name, hyphenated given name).
    if (/^[\uac00-\ud7af]{2,4}$/.test(left.term) && /^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$/.test(p.inner)) continue;
    // "韩国前总理韩德洙（Han Duck-soo）", "研究员新井洋史（Arai Hiroshi）": a title, a person's name and its romanisation.
    if (/^[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?$/.test(p.inner) && (PERSON_TITLE.test(left.term) || (/-[a-z]+$/.test(p.inner) && /^[\u4e00-\u9fff\uac00-\ud7af]{2,4}$/.test(left.term)))) continue;
    const script = nameScript(left.term);
    const aliases = script === 'latin' ? latinAliases : aliasesFromParenthesis(p.inner, script);
    if (aliases.length === 0 || aliases.includes(left.term)) continue;
    // A long English name against one or two characters means the left boundary was cut short ("逻辑(Logic of collective action)").
    if (aliases.some((a) => a.split(' ').length >= 3) && /^[\u4e00-\u9fff]{1,2}$/.test(left.term)) continue;
    const rest = sentence.slice(p.end, p.end + 8);
    // "大图们江开发计划(GTI)是……", "탄소집약도지수(…)는 …", "X (Y) is …" at the start of a clause define the term.
    const copula = /^\s*(?:[，,]\s*)?(?:它|其|这)?(?:是|即|指|系|은|는|이란|란|とは|は|is\b|are\b|refers)/.test(rest) && left.start <= 16;
    if (describedShortName(sentence, p.inner, left, script, aliases[0])) {
      add(aliases, 'copula', p.start + 1);
      continue;
    }
    // A short form (以下「X」) is shorter than the name it shortens: else the name before is a description.
    if (/^(?:以下|이하)/.test(p.inner) && left.term.length <= aliases[0].length) continue;
    // "neijuan (内卷), or "involution"": a translation after the parenthesis is another name.
    // "Sinbukbang jeongchaek (신북방정책), or the New Northern Policy,": a capitalised name the same.
    const or = /^\s*(?:\[\^?\d{1,3}\])?,?\s+(?:or|literally|meaning|(?:usually|often|commonly|variously)?\s*(?:rendered|translated)(?:\s+(?:as|into English as))?)\s+(?:the\s+)?(?:["“‘]([^"”’]{2,40})["”’]|([A-Z][\w-]*(?:\s+(?:(?:of|and|for|on|the)\s+)?[A-Z][\w-]*){0,6})(?=\s*[,.;)]))/.exec(sentence.slice(p.end, p.end + 80));
    const names = [left.term, ...aliases, ...(left.short ? [left.short] : []), ...(or ? [or[1] ?? or[2]] : [])];
    // A short name given for the rest of the text (以下简称“X”, 이하 'X', hereinafter "X") introduces the term.
    const introduces = /(?:^|[，,、]\s*)(?:以下|이하|hereinafter|hereafter)/.test(p.inner);
    add(names, copula || introduces ? 'copula' : 'alias', left.start, /[A-Z]{2,}/.test(p.inner) ? 0.5 : 0);
  }
}

/**
 * Whether the short name in parentheses (以下简称/下称 X, 이하 "X") names what the words before it describe, so that it
 * alone is the term. "…지급하여야 하는 최저 금액(이하 "최소보수"라 함)", "…영업을 하지 아니한 점포(이하 "휴업점포")": a clause
 * modifies the words before; so does a clause that ends in a bound noun ("…늦어진 경우(이하 '지연'이라 합니다)", "…하는 자(이하 …)").
 * "…明显高于平均水平的电梯（下称高频故障电梯）": the short name ends with the word before, its head noun. In English a relative
 * clause right after the noun opening the sentence ("The adult who … (hereinafter the "x")") describes x.
 */
function describedShortName(sentence: string, inner: string, left: { term: string; start: number }, script: string, alias: string): boolean {
  // "The adult who knows most about … meals (hereinafter the "main respondent")": a relative clause describes the short name.
  if (script === 'latin' && /^(?:hereinafter|hereafter)\b/.test(inner)) return /^[\s#>*-]*(?:The|A|An|Any|Each)\s+(?:[a-z][\w'’-]*\s+){1,2}(?:who|that|which|whose)\b/.test(sentence.slice(0, left.start));
  if (!/^(?:以下|이하|下[称稱]|[简簡][称稱])/.test(inner)) return false;
  if (script === 'han') return alias.length > left.term.length && alias.endsWith(left.term);
  if (script !== 'hangul') return false;
  return /[가-힣](?:는|은|한|된|던|할|될)\s+$/.test(sentence.slice(Math.max(0, left.start - 12), left.start)) || /[가-힣](?:는|은|한|된|던|할|될)\s/.test(left.term) || /\s(?:경우|때|것|자|곳|사람)$/.test(left.term);
}

function findTranslationNotes(sentence: string, add: Add): void {
  // "区域性微边主义是指……" is the rule zh-clause-is; "Minilateralism,常译为少边主义、小多边主义或微边主义": a translation note names aliases.
  const tr = /^\s*(?:\d{1,3}[).]\s*)?([A-Z][A-Za-z -]{2,40}?)\s*[,，]\s*(?:常|通常|一般|也|又)?(?:被)?(?:译为|译作|称为|译成)\s*(.+?)[.。]?$/.exec(sentence);
  if (tr) add([tr[1], ...tr[2].split(/、|或|和|及|,|，/).map((x) => x.trim())], 'translation', 0);
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
