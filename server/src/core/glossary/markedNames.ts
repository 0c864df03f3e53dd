import { nameScript } from './nameScripts.js';
import { aliasesFromParenthesis } from './parentheticals.js';
import { TermMatcher } from './termMatcher.js';

/**
 * Definitions found from names rather than from patterns. The rule table reads a definition when
 * the whole sentence has a shape it knows; a new genre brings new shapes (a debate, a Q&A, a
 * commentary), and each needed a rule of its own. Here the two halves are found apart:
 *
 * 1. Names the document itself marks as names, by typography or structure in any language: quotes
 *    of every kind, bold and italics, what follows so-called / 所谓 / 이른바 / いわゆる, a name
 *    before "という言葉" / "라는 용어", a name in a question heading ("X이란?", "Xとは何か",
 *    "什么是X？", "What is X?").
 * 2. Evidence, weighted, that a sentence defines one of those names wherever it occurs in the
 *    document: the name as the sentence's subject followed by a defining verb or topic marker
 *    (是指, 이란, とは, "refers to", "is where"), a defining close (…을 말한다, …をいう), or the
 *    name given to what the sentence described (…라고 부른다, …と呼ぶ, 称为…, "what we call X:");
 *    a sentence that takes up the name just mentioned ("The phrase covers…"), and the answer under
 *    a question heading. A passing mention has none of this and gets nothing, so the defining
 *    sentence is the one shown, and a quote that is no term gives no entry.
 *
 * Sentences are read in the plain register (sentenceRegister.ts), so polite and spoken endings
 * count as the written ones.
 */

export interface MarkedReading {
  names: string[];
  /** offset of the name in the sentence as read */
  at: number;
  /** summed weight of the evidence */
  weight: number;
  /** the passage also holds the sentence before (a question heading, a name taken up) */
  withPrevious?: boolean;
}

// Quotes of every kind, and emphasis; the name inside has no sentence punctuation.
const MARKED = [
  /[“「『‘](?<n>[^“”「」『』‘’\n。，,.;；!?！？:：]{2,40})[”」』’]/g,
  /(?<![\w'])["'](?<n>[^"'\n。，,.;；!?！？:：]{2,40})["'](?![\w'])/g,
  /(?<![*\w])\*{1,2}(?<n>[^*\n。，,.;；!?！？:：]{2,40}?)\*{1,2}(?![*\w])/g,
  /(?<![\w_])_(?<n>[^_\n。，,.;；!?！？:：]{2,40}?)_(?![\w_])/g,
];
// A name after so-called and its kin, up to where its script or the phrase ends.
const SO_CALLED =
  /(?:所谓的?|いわゆる|이른바|so-called)\s*(?<n>[A-Za-z0-9][\w-]*(?:\s[A-Za-z][\w-]*){0,3}(?=[\s,.;:)]|$)|[\u4e00-\u9fff]{2,10}(?=[，。、（(的]|$)|[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9ー・-]{2,24}(?=[\u3041-\u3096、。（(]|$)|[가-힣A-Za-z0-9-]{2,16}(?=(?:은|는|이|가|을|를|의|에|과|와)?[\s,.]|$))/g;
// A list item's headword glossed after a dash or colon: "- 대항력: …", "- 최우선변제권 — …".
const LIST_HEADWORD =
  /^[ \t>]*(?:[-*•・▶►]|※\s*\d{0,3})\s*(?:\*\*)?(?<n>[^\s:：—–*（）()]{2,20}|[A-Za-z][\w -]{2,40}?)(?:\*\*)?\s*[—–:：]\s*\S/gm;
// A name before "the word/term ..." in East Asian scripts.
const TERM_WORD =
  /(?<n>[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9ー・-]{2,24})という(?:言葉|用語|概念|表現)|(?<k>[가-힣A-Za-z0-9-]{2,16})(?:이)?라는\s*(?:용어|말|개념|표현)/g;
// Question headings: the name asked about.
const QUESTIONS = [
  /^(?:Q\d{0,2}[.:．]\s*)?(?<n>[가-힣A-Za-z0-9\s-]{2,20}?)(?:이란|란|(?:이|가)\s*무엇)[^?？]{0,10}[?？]$/,
  /^(?:Q\d{0,2}[.:．：]\s*)?(?<n>[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9ー・-]{2,24}?)(?:とは|って)(?:何|なに|なん)?[^?？]{0,8}[?？]$/,
  // A spoken question may open with 那/所以 and stress the verb: "那期房又是什么？", "X到底指什么？".
  /^(?:Q\d{0,2}[.:．]\s*)?(?:什么是|何为|何谓)(?<n>[\u4e00-\u9fffA-Za-z0-9-]{2,20})[?？]$|^(?:Q\d{0,2}[.:．]\s*)?(?:那么?|所以|那这个)?(?<m>[\u4e00-\u9fffA-Za-z0-9-]{2,20}?)(?:又|到底|究竟)?(?:是什么|指的是什么|是指什么|指什么)[?？]$/,
  /^(?:Q\d{0,2}[.:．]\s*)?[Ww]hat (?:is|are|does) (?:an? |the )?(?<n>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,4}?)(?: mean)?\?$/,
];
const QUESTION_START = new Set([...'\n?？.。!！']);
function nextQuestionMark(text: string, from: number): number {
  const a = text.indexOf('?', from);
  const b = text.indexOf('？', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}
// Names given by the construction that names what the sentence described ("what I will call X:").
const NAMING_EN =
  /\b(?:(?:is|are|was|were) (?:called|termed|dubbed|known as)|(?:[Ww]hat|which) (?:I|we|they|he|she|the [a-z]+) (?:will |would |shall |might )?(?:call|term|dub))(?: an?| the)?\s+["“‘*_]*(?<n>[A-Za-z][\w-]*(?:\s[a-z][\w-]*){0,4}?)["”’*_]*(?=\s*[:—–,;(.]|\s+(?:is|are)\s)/g;

// Each pass over a document, and a cue (a literal test) its matches need.
const PASSES: [RegExp, RegExp | undefined][] = [
  ...MARKED.map((re): [RegExp, undefined] => [re, undefined]),
  [SO_CALLED, /所谓|いわゆる|이른바|so-called/],
  [TERM_WORD, /という|라는/],
  [NAMING_EN, /call|term|dub|known as/],
  [LIST_HEADWORD, /[—–:：]/],
];

/** The names a document marks. */
export function markedNames(text: string): Set<string> {
  const names = new Set<string>();
  const take = (n: string | undefined) => {
    // "**インターナルカーボンプライシング（ICP）**": a parenthesis inside the marks names the name again.
    const name = n?.trim().replace(/\s*[（(][^()（）]{1,40}[)）]$/, '');
    if (!name || name.length < 2 || /^\d/.test(name) || wordCount(name) > 6) return;
    names.add(name);
  };
  for (const [re, cue] of PASSES) {
    // A pass whose cue word the document lacks finds nothing: skipped without a scan.
    if (cue && !cue.test(text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) take(m.groups!.n ?? m.groups!.k);
  }
  // A question heading may share its line with its answer ("**Q4. X이란?** A. …"): each question
  // mark, back to where its sentence starts.
  for (let at = nextQuestionMark(text, 0); at >= 0; at = nextQuestionMark(text, at + 1)) {
    let from = at;
    while (from > 0 && at - from < 60 && !QUESTION_START.has(text[from - 1])) from--;
    const q = text
      .slice(from, at + 1)
      .replace(/\*\*/g, '')
      .trim();
    // A speaker's label before the question ("小林： 那期房又是什么？") is not part of it.
    const asked = q.replace(/^[^\s:：?？]{1,12}[:：]\s*/, '');
    for (const re of QUESTIONS) {
      const m = re.exec(asked);
      if (m) take(m.groups!.n ?? m.groups!.m);
    }
    // "我们老说烂尾楼，它到底指什么？": the name before a pronoun the question asks about. Where it starts is
    // not marked, so each ending of the run is a candidate: only one that a sentence treats as its subject is read.
    const pronoun =
      /([\u4e00-\u9fff]{2,8})[，,]\s*(?:它|这)(?:又|到底|究竟)?(?:是什么|指的是什么|是指什么|指什么|是啥|指啥)[?？]$/.exec(
        asked,
      );
    if (pronoun) for (let k = 0; k + 2 <= pronoun[1].length; k++) take(pronoun[1].slice(k));
  }
  return names;
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}

// Marks around a name: quotes, emphasis.
const MARKS = /^[\s"“”‘’'「」『』*_>•·・▶►■□○●※-]+|[\s"“”‘’'「」『』*_]+$/g;
// What a sentence may put before its subject: an article, a connective, a phrase marking the
// name (所说的, いわゆる).
// "Throughout this brief, 'X' is used to mean…": a short adverbial before the subject.
const EN_SUBJECT_BEFORE = /^(?:(?:[A-Z][a-z]+|In|For|Throughout|Here)(?:\s+[a-z]+){0,4},\s*)?(?:the|a|an|this|that)?$/i;
// A remark between a name and what defines it: "“X”，说白了就是…", "X, put simply, is…".
const ASIDE =
  /^\s*[，,]\s*(?:[\u4e00-\u9fff]{1,4}?(?:地说|来说|来讲|地讲|来看|言之|而言)|说白了|简单说|换句话说|顾名思义|in short|put simply|simply put|in other words|that is to say|broadly|roughly)\s*(?=[，,]|就是|是指|指|即)/i;
// A short modifier in the same clause ("报告中提到的“X”") leaves the name the subject.
// A Korean clause in an adnominal form ("제정안이 도입하려는 'X'는") modifies the name the same way.
const CJK_SUBJECT_BEFORE =
  /(?:^|[，、,：:。]\s*|所说的|常说的|所谓的?|所称的?|いわゆる|이른바\s*|(?:^|[，、,：:。])[^，。,、]{1,12}的|^[^.,]{0,30}[가-힣](?:는|은|한|된|던)\s*)$/;

// Evidence right after a name in subject position, with its weight.
const LINK: [RegExp, number][] = [
  [/^(?:[\u4e00-\u9fff]{1,4}?)?[，,]?\s*(?:其)?(?:含义|意思|定义)(?:为|是)/, 3],
  [
    /^[，,]?\s*(?:一般|通常|主要|则|就)?(?:是指|指的是|[系係]指|意为|意指|即|就是|指(?![出导引挥定派示明向令责望南数标導揮責數標]))/,
    3,
  ],
  [/^\s*(?:이란|란|이라 함은|라 함은|이라는 것은|라는 것은)/, 3],
  // A defining verb that goes on with a connective ("…방식을 말하는바, …", "…정도를 뜻하는데, …").
  [
    /^\s*(?:은|는|이란|란)\s[^.]{4,120}?(?:을|를)\s*(?:(?:말하|뜻하|의미하|가리키|일컫|지칭하)(?:는바|는데|며|고)|(?:가리키는|뜻하는|의미하는|일컫는|지칭하는)\s*(?:[가-힣]+\s+){0,2}(?:개념|용어|말|표현)(?:으로|로))[,\s]/,
    3,
  ],
  [/^\s*(?:은|는)\s/, 1],
  [/^\s*(?:とは|というのは)/, 3],
  // "「X」は、…を一覧表にしたもので、…": the kind of thing it is, then the sentence goes on.
  [/^\s*は[、,]?[^。]{4,80}?(?:もの|仕組み|制度|考え方|概念)(?:であり|で、)/, 3],
  [/^\s*は[、,]?/, 1],
  [
    /^\s*,?\s*(?:refers to|means|denotes|describes|designates|signifies|stands for|covers|is defined as|is understood as|is (?:a|the) (?:term|name|label|word) for)\b/,
    3,
  ],
  [/^\s*(?:is|are)\s+(?:where|when|what happens when|the practice of|the idea that)\b/, 3],
  [
    /^\s*(?:is|are)\s+(?:used|taken|understood)\s+(?:here\s+|in this [a-z]+\s+)?to\s+(?:mean|refer to|describe|denote)\b/,
    3,
  ],
  // A headword and its gloss after a dash or a colon ("**Loss and damage** – the harm…").
  [/^\s*[–—:：]\s*\S.{10}/, 3],
  [/^\s*(?:is|are)\s+(?:an?|the)\s/, 1.5],
];
// Labels of a document's apparatus, which a colon follows without defining them.
const APPARATUS =
  /^(?:abstract|summary|keywords?|key words|notes?|sources?|摘要|关键词|关键字|资料来源|来源|注|要旨|キーワード|出典|주제어|키워드|요약|초록|출처)$/i;

/** A headword at the start of its line glossed after a separator: not a label, not a list. */
function headwordGloss(name: string, before: string, rest: string): boolean {
  if (before !== '' || APPARATUS.test(name.trim())) return false;
  // A list of short items ("X: a, b, c") names things; a gloss may have commas between clauses.
  const items = rest.replace(/^\s*[–—:：]\s*/, '').split(/[,，、]/);
  return items.length < 3 || items.reduce((n, x) => n + x.trim().length, 0) / items.length >= 12;
}

const HEADWORD_LINK = LINK.findIndex(([re]) => re.source.startsWith('^\\s*[–—'));
// A defining close of the sentence, after the name.
const CLOSE: [RegExp, number][] = [
  [/(?:을|를)\s*(?:말한다|가리킨다|뜻한다|의미한다|일컫는다|지칭한다|이른다)[.。]?$/, 2],
  [/(?:をいう|を言う|を指す|を意味する|のこと(?:である|だ)?|の(?:総称|略称|通称|略)(?:である|だ))[。.]?$/, 2],
  // The kind of thing the name is, then the copula: "…仕組みであり、", "…상품이다", "…制度です".
  [
    /(?:仕組み|制度|手法|方式|概念|政策|措置|枠組み|取組み?|取り組み|状態|考え方|暮らし方|働き方|生き方|あり方|方法|活動|事業|サービス|施設|人々|国債|債券|指標|権利|能力)(?:である|であり|だ)(?:[。.、]|$)|(?:제도|상품|방식|개념|정책|조치|상태|권리|능력|지표|비율|체계|원칙|현상)(?:이다|임)[.。]?$/,
    2,
  ],
  [/(?:である|であり|だ)(?:[。.、]|$)|(?:이다|임)[.。]?$/, 1],
];

const BOLD_APPOSITION = /^\s*,\s*(?:the|a|an)\s+[^,;:.()]{8,120},\s+[a-z]/;
const BOLD_COLON_GLOSS =
  /^\s*(?:,\s*(?:also|sometimes|often) (?:called|known as|termed)\s+([A-Za-z][\w -]{1,40}?))?\s*:\s+[a-z][^.]{10}/;

/** The weight of evidence that `s` defines the name at `at` (length `len`), and the aliases in a parenthesis after it. */
export function definingWeight(s: string, at: number, len: number): { weight: number; aliases: string[] } {
  let rest = s.slice(at + len).replace(/^[”’"'」』*_]+/, '');
  const aliases: string[] = [];
  // "*Common prosperity* (共同富裕, *gongtong fuyu*) denotes…": a parenthesis after the name names it again.
  const paren = /^\s*[（(]([^()（）]{1,80})[)）]/.exec(rest);
  if (paren) {
    aliases.push(...aliasesFromParenthesis(paren[1].replace(/[*_]/g, ''), nameScript(s.slice(at, at + len))));
    rest = rest.slice(paren[0].length);
  }
  const before = s.slice(0, at).replace(MARKS, '');
  rest = rest.replace(ASIDE, '');
  // A Latin name inside East Asian text ("GX-ETSは、…") is read as the text around it is.
  const latin = /^[A-Za-z]/.test(s.slice(at, at + len)) && !/[\u3040-\u9fff\uac00-\ud7af]/.test(s);
  const subject = latin ? EN_SUBJECT_BEFORE.test(before) : CJK_SUBJECT_BEFORE.test(before);
  // An encyclopaedia's lead: the name in bold as the subject of "is a/the…" is the term the article defines.
  const bold = s.slice(Math.max(0, at - 2), at) === '**' && s.slice(at + len, at + len + 2) === '**';
  let weight = 0;
  if (subject) {
    // A separator links a headword only at the start of its line.
    const link = LINK.find(
      ([re], k) => re.test(rest) && (k !== HEADWORD_LINK || headwordGloss(s.slice(at, at + len), before, rest)),
    );
    if (link) weight += link[1] + (bold && link[1] < 3 && /^\s*(?:is|are)\s/.test(rest) ? 1.5 : 0);
    if (!latin) weight += CLOSE.find(([re]) => re.test(rest))?.[1] ?? 0;
    if (!latin && ownHeadNoun(s.slice(at, at + len), rest)) weight += 2;
  }
  weight += namedAfterDescription(before, rest);
  // "…and the **dependency ratio**, the number of dependants per 100 workers, declines": a bold name glossed by an apposition.
  if (bold && latin && BOLD_APPOSITION.test(rest)) weight += 3;
  // "…warn of a **harbour squeeze**, also called a berth crunch: once…": a bold name, maybe another name, then its gloss after a colon.
  const glossed = bold && latin && weight < 3 ? BOLD_COLON_GLOSS.exec(rest) : null;
  if (glossed) {
    weight += 3;
    if (glossed[1]) aliases.push(glossed[1].replace(/^(?:a|an|the)\s+/, ''));
  }
  // "By rent smoothing she means…"
  if (
    latin &&
    /\b[Bb]y\s*$/.test(before) &&
    /^\s*,?\s*(?:I|we|they|he|she|[A-Za-z]+s)\s+(?:mean|means|meant)\b/.test(rest)
  )
    weight += 4;
  return { weight, aliases };
}

/**
 * The topic's sentence closes on the name's own head noun after a clause: "「ふるさと住民票」は、…が発行する住民票で、…",
 * "'청년수당'은 … 지급하는 수당이다".
 */
function ownHeadNoun(name: string, rest: string): boolean {
  const topic = /^\s*(?:は[、,]?|(?:은|는)\s)/.exec(rest);
  if (!topic) return false;
  const close =
    /([\u4e00-\u9fff\u30a0-\u30ff]{2,})(?:である|であり|で[、，])|[가-힣](?:는|은|한|된|던|인|할)\s+([가-힣]+?)(?:이다|임)[.。]?$/.exec(
      rest.slice(topic[0].length),
    );
  const head = close?.[1] ?? close?.[2];
  return !!head && name.length > head.length && name.endsWith(head.slice(-2));
}

/** The weight of a sentence giving the name to what it described before it. */
function namedAfterDescription(before: string, rest: string): number {
  // "X（以下简称Y）": a short name given in parentheses is the parenthesis reader's; it defines nothing.
  if (
    /(?:称为|称作|称之为|叫做|叫作|简称为?|统称为?|被称为)\s*$/.test(before) &&
    !/[（(](?:以下)?简称为?\s*$/.test(before)
  )
    return 4;
  if (/(?:을|를)\s/.test(before) && /^\s*(?:이)?라고\s*(?:부른다|일컫는다|칭한다|한다|지칭한다)/.test(rest)) return 4;
  if (/を/.test(before) && /^\s*と(?:呼ぶ|よぶ|呼んでいる|よんでいる|称する|いう|定義する|定義し)/.test(rest)) return 4;
  if (
    /\b(?:(?:is|are|was|were) (?:called|termed|dubbed|known as)|(?:what|which) (?:I|we|they|he|she|the [a-z]+) (?:will |would |shall |might )?(?:call|term|dub))(?: an?| the)?\s*$/.test(
      before,
    ) &&
    /^\s*[:—–]/.test(rest)
  )
    return 3.5;
  // "What we term X are provisions that…"
  if (/^(?:What|That which) (?:I|we|they|[a-z]+s) (?:call|term)\s*$/.test(before) && /^\s+(?:is|are)\s/.test(rest))
    return 3.5;
  return 0;
}

// Every sentence whose evidence can reach the threshold holds one of these (a cheap test first).
const MAY_DEFINE = new RegExp(
  [
    '含义|意思|定义|是指|指|意为|即|就是|称为|称作|称之为|叫做|叫作|简称|统称',
    '이란|란|함은|것은|말한|말하|가리킨|가리키|뜻한|뜻하|의미한|의미하|일컫|지칭|이른다|라고',
    '(?:제도|상품|방식|개념|정책|조치|상태|권리|능력|지표|비율|체계|원칙|현상)(?:이다|임)',
    'とは|というのは|をいう|を言う|を指す|を意味|のこと|の総称|の略称|の通称|の略|と呼|とよ[ぶばん]|と称|という|と定義|もので',
    '(?:仕組み|制度|手法|方式|概念|政策|措置|枠組み|取組み?|取り組み|状態|考え方|暮らし方|働き方|生き方|あり方|方法|活動|事業|サービス|施設|人々|国債|債券|指標|権利|能力)(?:である|であり|だ)',
    '[\\u4e00-\\u9fff\\u30a0-\\u30ff]{2}(?:であり|で[、，])|[가-힣]\\s+[가-힣]+(?:이다|임)[.。]?$',
    'refers|means|\\bmean\\b|meant|denotes|describes|designates|signifies|stands for|covers|defined|understood|used|taken',
    'is where|are where|is when|are when|what happens|practice of|idea that|term|name|label|word',
    'called|dubbed|known as|\\bcall\\b',
    '[–—:：]',
    '\\*\\*\\s+(?:is|are)\\s',
    '\\*\\*\\s*,\\s*(?:the|a|an)\\s',
    '\\*\\*\\s*,\\s*(?:also|sometimes|often) (?:called|known as|termed)\\s',
  ].join('|'),
);

// "…, does she not?": a statement with a tag, not a question.
const TAG_QUESTION =
  /,\s*(?:does|do|did|is|are|was|were|will|would|can|isn't|doesn't|don't|didn't|aren't|wasn't|won't|wouldn't|can't)\s+[a-z]+(?:\s+not)?\?[*\s]*$/;

/** True when `s` ends with a question mark (before any closing "**" or spaces). */
export function endsAsQuestion(s: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && (s[k] === '*' || s[k] === ' ')) k--;
  return s[k] === '?' || s[k] === '？';
}

// A sentence that takes up the name the sentence before it marked (its first characters, then the pattern).
// The writer may say how they use the word: "We use this term for…", "The term is used here to mean…",
// "本文用这一概念指…", "이 글은 이 용어를 …의 의미로 쓴다", "本稿ではこの言葉を…の意味で用いる".
const TAKES_UP =
  /^(?:(?:The|This) (?:phrase|term|word|expression|label|concept|notion) (?:covers|means|refers to|denotes|describes|designates|is used (?:here |in this [a-z]+ )?(?:for|to (?:mean|refer to|describe|denote))\b)\b|(?:We|I|They) (?:use|reserve) (?:this|the) (?:phrase|term|word|expression|label) (?:here )?(?:for|to mean|to refer to|to describe|to denote)\b|这一?(?:概念|术语|说法|提法|词)(?:是指|指的是|指|意为)|(?:我们|本文|笔者)(?:用|以|使用)这一?(?:概念|术语|说法|提法|词)(?:来)?(?:指|指代|描述|表示)|이\s*(?:용어|개념|말)(?:은|는|이란)\s|(?:필자는|본고는|이 글은|이 글에서는)\s*이\s*(?:용어|개념|말)(?:을|를)\s[^.]*(?:의미로|뜻으로)\s*(?:쓴다|사용한다)|この(?:言葉|用語|概念)(?:は|とは)|(?:本稿|本書|ここ)では、?この(?:言葉|用語|概念)を[^。]*(?:意味で|として)(?:用いる|使う))/;
// "In its original form it is a duty on a bank to…", "It is a levy that…": what the name just introduced is.
const IT_IS =
  /^(?:In (?:its|their) [a-z]+ (?:form|sense|version|meaning),?\s+it|It) is (?:a|an) (?:[a-z-]+\s){0,3}?[a-z-]+ (?:that|which|whose|where|whereby|to|on|under which|by which|in which)\b/;
const INTRODUCED = /(?:so-called|called|known as|termed|dubbed)\s*["“‘'*]*$/;
const TAKES_UP_FIRST = new Set([...'TWI这我本笔이필본こ'].map((c) => c.charCodeAt(0)));
// An answer under a question heading: it closes by defining, or opens with a defining verb.
const ANSWER =
  /^(?:是指|指的是|指|就是|即|It (?:is|refers to|means|denotes)\b|(?:A|An) [a-z]+ (?:that|which|in which|where)\b)/;

/** A document's marked names, and how to find them in a sentence. */
export class MarkedNames {
  readonly names: string[];
  private matcher?: TermMatcher;

  constructor(text: string) {
    this.names = [...markedNames(text)];
    // Few names: a search per name is cheaper than a trie (whose root table alone is 256 KB).
    if (this.names.length > 48) {
      this.matcher = new TermMatcher();
      this.names.forEach((n, i) => this.matcher!.add(n, i));
    }
  }

  /** Where the names occur in `s`: [name, offset]. */
  find(s: string): [string, number][] {
    const out: [string, number][] = [];
    if (this.matcher) {
      for (const m of this.matcher.findAll(s)) out.push([s.slice(m.start, m.end), m.start]);
      return out;
    }
    for (const name of this.names) {
      for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) out.push([name, at]);
    }
    return out;
  }
}

/** Readings of sentence `s` (as read) against the document's marked names; `prev` is the sentence before it. */
export function markedReadings(s: string, prev: string | undefined, names: MarkedNames): MarkedReading[] {
  const out: MarkedReading[] = [];
  // A question defines nothing ("新机制所说的“X”指什么？"); its answer may (tookUp).
  const question = endsAsQuestion(s) && !TAG_QUESTION.test(s);
  // The cheaper test first: a few names are found faster than the cue, many slower.
  const occurrences = question || (names.names.length > 48 && !MAY_DEFINE.test(s)) ? [] : names.find(s);
  for (const [name, at] of occurrences.length > 0 && (names.names.length > 48 || MAY_DEFINE.test(s))
    ? occurrences
    : []) {
    // A match inside a longer Latin word is not the name.
    if (/[A-Za-z]/.test(name[0]) && (/[A-Za-z]/.test(s[at - 1] ?? '') || /[A-Za-z]/.test(s[at + name.length] ?? '')))
      continue;
    // "関係人口を「居住地以外の地域に継続的に関わる人々」と定義する": a long quoted clause is the definition, not a name.
    if (name.length > 12 && /[\u3041-\u3096].*[\u3041-\u3096]/.test(name)) continue;
    const { weight, aliases } = definingWeight(s, at, name.length);
    if (weight >= 3) out.push({ names: [name, ...aliases], at, weight });
  }
  if (prev && out.length === 0) {
    const taken = tookUp(s, prev, names);
    if (taken) out.push(taken);
  }
  return out;
}

/** A sentence that takes up the name the one before marked, or answers the question it asked. */
function tookUp(s: string, prev: string, names: MarkedNames): MarkedReading | undefined {
  const question = endsAsQuestion(prev);
  if (!question && !TAKES_UP_FIRST.has(s.charCodeAt(0))) return undefined;
  // Under a question heading, an answer that opens or closes as a definition does ("…方法です").
  const answers = question && (ANSWER.test(s) || CLOSE.some(([re]) => re.test(s)));
  const itIs = !answers && IT_IS.test(s);
  if (!answers && !itIs && !TAKES_UP.test(s)) return undefined;
  // Only one name can be the one taken up: two ("“X”与“Y”。这一概念…") leave it open.
  const found = names.find(prev).filter(([n], _, all) => !all.some(([m]) => m !== n && m.includes(n)));
  if (found.length === 0 || found.some(([n]) => n !== found[0][0])) return undefined;
  // "It is a duty…" takes up a name the sentence before only introduced ("…the so-called X, named after…").
  if (itIs && !INTRODUCED.test(prev.slice(Math.max(0, found[0][1] - 24), found[0][1]))) return undefined;
  return { names: [found[0][0]], at: found[found.length - 1][1], weight: 3.5, withPrevious: true };
}
