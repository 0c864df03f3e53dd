/**
 * The register a definition is written in varies with the genre, while the rule table
 * (definitionRules.ts) was written against plain written prose. A transcript puts a speaker's label
 * before the sentence ("○政府参考人（佐藤健二君）　", "**Ms Adeyemi (Lab):** "), a Q&A an answer
 * mark ("A. ", "答："), a statute an enumerator ("（一）", "第二条 【定义】"); a Korean or Japanese
 * answer is polite or humble (말합니다, 부릅니다; でございます, と申しております) where a report is
 * plain (말한다, 부른다; である, という). plainSentence maps one sentence onto the plain register
 * once, so that every rule reads every register, with a map from offsets in the plain text back
 * to the sentence as written.
 */

export interface PlainSentence {
  text: string;
  /** the offset in the sentence as written of offset `k` of `text` */
  at: (k: number) => number;
}

// What opens a sentence before its words: a speaker's label in minutes or a transcript, a
// question's or answer's mark, a statute's enumerator ("（二）", "（2）") or article number.
const OPENERS: RegExp[] = [
  // 国会会議録: "○山本委員", "○政府参考人（佐藤健二君）" (normalisation drops the ideographic space
  // after the label, so the label ends at its role or the speaker's 君; a Korean bullet "○ 정부는"
  // has a space after ○ and is left to the rules).
  /^[○◯](?:[^\s、。「」（(]{1,16}?（[^）]{1,24}君）|[^\s、。「」（(]{1,12}?(?:委員長|委員|大臣|議員|参考人|議長|長官|政務官|君))\s*/,
  // A debate or interview: "**Ms Adeyemi (Hollinsworth) (Lab):** ", "Dr Whelan: ", "**Q:** ".
  /^(?:\*\*)?(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Lord|Lady|Baroness|Dame|Prof|Professor|Rev|Hon|Senator|Rep|Minister|Chair|Chairman|Chairwoman|Speaker)\.?\s+[A-Z][^*:\n]{0,80}?|Q|A|Q\d{1,2}|A\d{1,2}|Interviewer|Moderator)(?:\*\*)?\s*[:：](?:\*\*)?\s+/,
  // Q&A marks: "A. ", "Q3. ", "问：", "答：", "답: ", "答　".
  /^(?:\*\*\s*)?(?:Q|A|Q\d{1,2}|A\d{1,2}|问|答|문|답|問|答)(?:\*\*)?\s*[.．:：、]\s*(?:\*\*)?\s*/,
  // A statute's article and its caption ("第二条 【定义】", traditional "第二條"), an enumerator ("（一）", "(二)", "一、").
  /^第[一二三四五六七八九十百零〇\d]{1,5}[条條](?:之[一二三四五六七八九十]{1,3})?\s*(?:【[^】]{1,12}】)?\s*/,
  // The same in bold, or in Korean and Japanese with the caption in parentheses: "**第五条**", "**제2조(정의)**", "第3条（定義）".
  /^(?:\*\*)?(?:第[一二三四五六七八九十百零〇\d]{1,5}[条條]|제\d{1,4}조(?:의\d{1,2})?)\s*(?:[（(][^()（）]{1,16}[)）]|【[^】]{1,12}】)?\s*(?:\*\*)?\s*/,
  /^[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]\s*/,
  /^[一二三四五六七八九十]{1,3}、\s*/,
];

// What every opener starts with: most sentences fail this one test.
const MAY_OPEN =
  /^(?:[○◯（(第问答문답問제一二三四五六七八九十]|\*\*|(?:Mr|Ms|Mrs|Miss|Dr|Sir|Lord|Lady|Baroness|Dame|Prof|Professor|Rev|Hon|Senator|Rep|Minister|Chair|Chairman|Chairwoman|Speaker|Q|A|Interviewer|Moderator)\b)/;

// A label that opens a line, closed by a colon: "**小林：** ", "주진행자: ", "司会：".
const LINE_LABEL = /^[ \t>]*(?:\*\*)?([^\s*:：\n][^*:：\n]{0,15}?)(?:\*\*)?[:：](?:\*\*)?[ \t]*(?=\S)/gm;

/**
 * The speakers of a transcript: labels that open two lines or more. A glossary's headword
 * ("**蓝碳：** 指…") opens one line; a speaker's name opens every turn, in any language.
 */
export function speakerLabels(text: string): Set<string> {
  const counts = new Map<string, number>();
  LINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_LABEL.exec(text)) !== null) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return new Set([...counts].filter(([label, n]) => n >= 2 && label.split(/\s+/).length <= 3).map(([label]) => label));
}

/** The length of a speaker's label (one of `speakers`) opening the sentence, with its marks and the space after it. */
function speakerLength(sentence: string, speakers: ReadonlySet<string> | undefined): number {
  if (!speakers || speakers.size === 0) return 0;
  const m = /^(?:\*\*)?([^*:：\n]{1,16}?)(?:\*\*)?[:：](?:\*\*)?\s*/.exec(sentence);
  return m && speakers.has(m[1]) && m[0].length < sentence.length ? m[0].length : 0;
}

/** How long the apparatus before a sentence's first word is (0 when there is none). */
export function openerLength(sentence: string, speakers?: ReadonlySet<string>): number {
  const speaker = speakerLength(sentence, speakers);
  if (speaker > 0) return speaker + openerLength(sentence.slice(speaker));
  if (!MAY_OPEN.test(sentence)) return 0;
  let at = 0;
  for (let round = 0; round < 3; round++) {
    let moved = false;
    for (const re of OPENERS) {
      const m = re.exec(sentence.slice(at));
      if (m && m[0].length > 0 && at + m[0].length < sentence.length) {
        at += m[0].length;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return at;
}

// Polite, humble and spoken forms and the plain written form the rules know. Japanese: the humble
// 申す and おる, the polite ございます and ます; Korean: the formal -ㅂ니다/-습니다 endings (a general
// rewrite below); Chinese: the spoken 说的是.
type Form = [RegExp, string | ((whole: string, ...groups: string[]) => string)];
const JA_FORMS: Form[] = [
  [/(?:と申しますのは|と申すのは|というのは|っていうのは)/g, 'とは'],
  [/でございまして/g, 'であり'],
  [/でございます|です(?=[。.]?$)/g, 'である'],
  [/と(?:申して|呼んで|称して)(?:おります|います|おる)/g, 'と呼んでいる'],
  [/と(?:申します|言います|いいます)/g, 'という'],
  [/と(?:呼びます)/g, 'と呼ぶ'],
  [/と(?:称します)/g, 'と称する'],
  [/を(?:指します)/g, 'を指す'],
  [/を(?:意味します)/g, 'を意味する'],
  [/を(?:いいます|言います)/g, 'をいう'],
];
const ZH_FORMS: Form[] = [[/(?:说的是|讲的是)/g, '指的是']];
const KO_COPULA: Form[] = [
  [/입니다|이에요|이예요/g, '이다'],
  [/([가-힣])예요/g, '$1다'],
  [/([았었였했됐])습니다/g, '$1다'],
  [/습니다/g, '는다'],
  [/([가-힣])니다/g, (whole, syl) => koreanPlainEnding(whole, syl)],
];

// Hangul syllables: (initial * 21 + medial) * 28 + final, from U+AC00; final 17 is ㅂ, 4 is ㄴ.
const HANGUL_BASE = 0xac00;

/** "말합니다" -> "말한다", "부릅니다" -> "부른다": a syllable ending in ㅂ before 니다 takes ㄴ before 다. */
function koreanPlainEnding(whole: string, syl: string): string {
  const code = syl.charCodeAt(0) - HANGUL_BASE;
  return code % 28 === 17 ? String.fromCharCode(HANGUL_BASE + code - 17 + 4) + '다' : whole;
}

const POLITE = /ござ|申し|申す|ます|です|니다|에요|예요|说的是|讲的是/;

// A phrase that limits a definition to the document ("in this context", "이 해설서에서 말하는",
// "本白書でいう") stands between the name and its definition, or before the name, where no rule
// expects it: it adds nothing to the definition and is read as if absent ("A taxonomy, in this
// context, is a…" as "A taxonomy is a…").
const SCOPE_FORMS: Form[] = [
  [
    /,\s*(?:in this (?:context|sense|report|paper|brief|chapter|note|study|article|document|glossary)|in (?:the )?present context|for (?:present|our) purposes|here),\s*/gi,
    ' ',
  ],
  [
    /(?:(?:이|본|그)\s*(?:법|법률|해설서|보고서|글|연구|책|장|절|조|규정|지침|백서|자료|논문)에서|여기서)\s*(?:말하는|이르는|사용하는|쓰는|쓰이는|사용되는|규정하는)\s+/g,
    '',
  ],
  [
    /(?:(?:本|この)(?:白書|報告書|稿|書|章|節|法律|法|資料|指針|ガイドライン|調査|レポート|論文)(?:で|において)|(?:当社|弊社|当行|当グループ|私たち|我々)(?:で|において|が)?|ここで)(?:いう|言う|用いる|使う|の考える|が考える)\s*/g,
    '',
  ],
];
// A remark before the subject says how plainly or where the definition is put ("In simple terms, X is…",
// "여기서 X은…", "본 연구에서 X은 …으로 정의한다").
const LEAD_FORMS: Form[] = [
  [
    /^(?:In simple terms|Simply put|Put simply|Put briefly|In short|In brief|Broadly speaking|Strictly speaking|In essence|Essentially|Roughly speaking|In plain terms|In plain English),\s*/,
    '',
  ],
  [
    /^(?:여기서는?|(?:이|본|그)\s*(?:연구|글|보고서|논문|장|절|해설서|법|책|백서)에서는?)\s+(?!(?:말하는|이르는|사용하는|쓰는|쓰이는|사용되는|규정하는)\s)/,
    '',
  ],
];
// "항만 연대라는 개념은 …을 일컫는다": the word for the name after it is not part of it (the topic particle agrees with the name).
const KO_NAMED_TOPIC: Form = [
  /(?<!['‘’"“”「」])([가-힣A-Za-z0-9])(?:이)?라는\s*(?:개념|용어|말|표현|단어)(?:은|는)(?!\S)/g,
  (_whole, syl) => syl + (koreanFinal(syl) ? '은' : '는'),
];
const SCOPED =
  /,\s*(?:in |for |here,)|(?:말하는|이르는|사용하는|쓰는|쓰이는|사용되는|규정하는)\s|(?:で|において)(?:いう|言う|用いる|使う)|(?:当社|弊社|当行|当グループ|私たち|我々)(?:で|において|が)?(?:いう|言う|の考える|が考える)|^(?:In |Simply|Put |Broadly|Strictly|Essentially|Roughly|여기서|이 |본 |그 )|라는\s*(?:개념|용어|말|표현|단어)/;

/** True for a Hangul syllable with a final consonant, and for a Latin letter or digit read aloud with one (rarely: treated as none). */
function koreanFinal(syl: string): boolean {
  const code = syl.charCodeAt(0) - HANGUL_BASE;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

/** The rewrites of the plain register, in order; `leadDropped` tells whether a remark opening the sentence was dropped. */
function rewriteForms(
  sentence: string,
  polite: boolean,
  scoped: boolean,
  rewrite: (re: RegExp, to: Form[1]) => void,
  leadDropped: () => boolean,
): void {
  if (polite) {
    for (const [re, to] of [...JA_FORMS, ...ZH_FORMS, ...KO_COPULA]) if (re.test(sentence)) rewrite(re, to);
  }
  if (!scoped) return;
  for (const [re, to] of LEAD_FORMS) rewrite(re, to);
  // The subject after an English remark opens the sentence now, capitalised as the rules expect (same length: offsets hold).
  if (leadDropped()) rewrite(/^[a-z]/, (c) => c.toUpperCase());
  for (const [re, to] of [...SCOPE_FORMS, KO_NAMED_TOPIC]) rewrite(re, to);
}

/** The sentence in the plain written register, or undefined when it is already in it. */
export function plainSentence(sentence: string, speakers?: ReadonlySet<string>): PlainSentence | undefined {
  const open = openerLength(sentence, speakers);
  const polite = POLITE.test(sentence);
  const scoped = SCOPED.test(sentence);
  if (open === 0 && !polite && !scoped) return undefined;
  // Rewrites happen piecewise; each piece is [start in plain text, start in original, length in plain, length in original].
  let pieces: { text: string; from: number; len: number }[] = [
    { text: sentence.slice(open), from: open, len: sentence.length - open },
  ];
  const rewrite = (re: RegExp, to: Form[1]) => {
    const next: typeof pieces = [];
    for (const p of pieces) {
      // A rewritten piece (its length differs) is not rewritten again.
      if (p.text.length !== p.len) {
        next.push(p);
        continue;
      }
      re.lastIndex = 0;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const one = new RegExp(re.source, re.flags.replace('g', ''));
        const replaced = typeof to === 'string' ? m[0].replace(one, to) : m[0].replace(one, to);
        if (m.index > last) next.push({ text: p.text.slice(last, m.index), from: p.from + last, len: m.index - last });
        next.push({ text: replaced, from: p.from + m.index, len: m[0].length });
        last = m.index + m[0].length;
        if (!re.global) break;
      }
      if (last < p.text.length) next.push({ text: p.text.slice(last), from: p.from + last, len: p.text.length - last });
    }
    pieces = next;
  };
  rewriteForms(sentence, polite, scoped, rewrite, () => pieces.length > 1 && pieces[0].text === '');
  const text = pieces.map((p) => p.text).join('');
  if (text === sentence) return undefined;
  const starts: number[] = [];
  let k = 0;
  for (const p of pieces) {
    starts.push(k);
    k += p.text.length;
  }
  return {
    text,
    at: (offset: number) => {
      let i = pieces.length - 1;
      while (i > 0 && starts[i] > offset) i--;
      const p = pieces[i];
      // Inside a piece rewritten to another length, its start (names never sit inside an ending).
      return p.text.length === p.len ? p.from + (offset - starts[i]) : p.from;
    },
  };
}
