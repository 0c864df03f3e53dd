import { HAN, HANGUL, KATAKANA, nameScript } from './nameScripts.js';
import { chineseNameStart } from './termBoundary.js';
import { hangulBefore } from './parentheticals.js';
import { scanTriggers, triggeredRules, triggerIds, triggerMasks } from './triggerChars.js';

/** How a passage signals that it defines a term; decides how high the passage ranks. */
export type EvidenceKind = 'explicit' | 'so-called' | 'copula' | 'alias' | 'named' | 'translation';

/**
 * One way a sentence defines a term, as data: the extractor runs every rule of the table on
 * every sentence. `cue` is a literal test (no backtracking) that most sentences fail, so the
 * pattern proper runs on few sentences; `trigger` spares most sentences even the cue. Named groups of `pattern`: `term` (the name), and
 * optionally `alias` (a second name) and `paren` (a parenthesis after the name, read for aliases).
 */
export interface DefinitionRule {
  name: string;
  lang: 'zh' | 'en' | 'ko' | 'ja' | 'any';
  cue: RegExp;
  /**
   * Characters one of which every match of `cue` contains: a sentence without any of them is
   * not tested (triggerChars.ts). Without it the cue is tested on every sentence.
   */
  trigger?: string;
  pattern: RegExp;
  kind: EvidenceKind;
  bonus?: number;
  /**
   * Checks a match against the whole sentence: false drops it; a number is added to the score
   * (a passing mention that is defined in the same sentence ranks higher).
   */
  check?: (m: RegExpExecArray, sentence: string) => boolean | number;
  /** `term` is the name's last word: the words before it that can belong to an English name are taken too */
  extendLeft?: boolean;
}

// Building blocks, as regex source.
const PAREN = '(?<paren>[（(][^()（）]{1,80}[)）])?';
// Straight quotes too, as a PDF extraction or a plain-text file writes them ("投标人"，指…).
const ZH_QUOTED = '[“「『"](?<term>[^“”「」『』"\\n]{2,30})[”」』"]';
// A name written without quotes: Han with Latin letters and digits glued to it (5G网络, 东数西算).
const ZH_NAME = `[${HAN}A-Za-z0-9+＋·-]`;
// Start of a clause: the sentence start (after Markdown marks or a footnote number) or a comma.
// A footnote's or note's mark before its text: [1], [^1]:, ①, ※ and ※1, ¹, 注1：, 주1), 1).
const FOOTNOTE = '(?:\\[\\^?\\d{1,3}\\]:?|[\\u2460-\\u2473]|※\\s*\\d{0,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?:注|주|脚注|注釈)\\s*\\d{1,3}\\s*[)）:：.]?|\\d{1,3}\\))\\s*';
// A clause number may have levels, its digits glued to the name once normalised (1.4联合体).
const CLAUSE = `(?:^[\\s#>*○●◎□■▶►◆◇・•-]*(?:\\d{1,2}(?:[.)]|(?:\\.\\d{1,2}){1,3}[.)]?)\\s*(?=[^\\d.])|${FOOTNOTE})?|[，；：:,;》][\\s*]*)`;
// What a writer puts before a name to say it is the one meant: 本文所称X, 通常所说的X, 所谓X.
// A statute points back to the article that used the name first: 本条例第五条所称X, 前款所称X.
// Any of its paragraphs and items (前项第二款所称X, 第一項所稱X, traditional 所稱之X).
const ZH_MEANT = `(?<meant>(?:本[${HAN}]{1,4}|前[条條款項项])?(?:第[一二三四五六七八九十百零〇\\d]{1,5}[条條款项項目](?:之[一二三四五六七八九十]{1,3})?){0,3}所[称稱][的之]?|本[${HAN}]{1,4}所定[的之]?|本(?:自治)?(?:办法|辦法|条例|條例|规定|規定|细则|細則|章程|合同|契約|协议|協議|准则|準則|要点|要點)(?:[的之])?(?=[${HAN}]{2})|[${HAN}]{0,2}所说的|所[谓謂][的之]?)?`;
// Two names of one term before one definition: 跨境河流、国际河流（…）是指; 监管沙盒/创新测试（…）是指.
const ZH_NAMES = `(?<term>${ZH_NAME}{2,30}?(?:[、/／]${ZH_NAME}{2,20}?)?)`;
// A remark between a name and its definition: 穿透式监管，简单地说，就是…
// A speaker's remark does the same: 说白了, 简单说, 通俗地讲.
const ZH_ASIDE = `(?:[，,]\\s*(?:[${HAN}]{1,3}?(?:地说|来说|来讲|地讲|言之|而言)|顾名思义|说白了|简单说|简单讲|通俗讲))?`;
// Another name between a name and its definition: 风电制氢又称绿氢制备，是指…; 蓝色碳汇，也称海洋碳汇，是指…
const ZH_ALSO = `(?:\\s*[，,]?\\s*(?:又称为?|亦称|也称为?|又名|或称)\\s*[“「]?(?<alias>${ZH_NAME}{2,20}?)[”」]?)?`;
// Its English name between a name and its definition: 社会住宅，英文为social housing，是指…
const ZH_ENGLISH = `(?:\\s*[，,]\\s*英文(?:名称?|全称)?(?:为|是|[：:])\\s*(?<alias2>[A-Za-z][A-Za-z' -]{1,60}?))?`;
const WORD = "[A-Za-z0-9][\\w'’/+-]*";
const EN_NAME = `(?<term>${WORD}(?:\\s+${WORD}){0,4})`;
const EN_NAME_LAZY = `(?<term>${WORD}(?:\\s+${WORD}){0,4}?)`;
const KO_WORD = `[${HANGUL}A-Za-z0-9-]+`;
// The last word of a name before 이라/이란: as short as can be, so "이민이라 함은" gives 이민.
const KO_WORD_LAZY = `[${HANGUL}A-Za-z0-9-]+?`;
// A Korean sentence that closes by saying what its topic means: "…을 말한다.", "…로 정의된다."
// Actors and times that open a Korean sentence as its topic without being defined by it.
const KO_ACTOR = /^(?:(?:우리|이|그|본|해당|올해|지난해|내년|한국|중국|일본|미국|북한)\s|(?:정부|우리나라|우리|당국|기업|국가|한국|중국|일본|미국|북한|올해|지난해|이번|이것|그것|이는|이들)$)/;
const KO_VERB_END = /(?:을|를)\s*(?:말한다|가리킨다|뜻한다|의미한다|일컫는다|이른다|지칭한다|칭한다|말함|뜻함|의미함|가리킴|일컬음|지칭함)[.。]?$|(?:을|를)\s*(?:가리키는|뜻하는|의미하는|일컫는|이르는|지칭하는)\s*(?:용어|말|개념|표현|단어)(?:이다|다)[.。]?$|(?:으로|로)\s*정의(?:된다|한다)[.。]?$/;
// "…하는 방식이다", "…를 지원하는 기금임": a noun saying what kind of thing the topic is, then the copula (or a report's 임).
const KO_KINDS = '방식|제도|개념|현상|행위|기술|체계|상태|능력|비율|과정|방법|정책|원칙|조치|권리|서비스|시스템|구조|형태|관행|전략|사업|프로그램|지표|절차|구역|지역|기금|기관|조직|단체|계획|공간|시설|모델|거점|협의체|단지|모임|회의|사례|원칙|값|수치|금액|기간|비중|지수|수당|급여|보험|자격|장치|제품|상품|문서|기기|장비|기법|포인트';
const KO_KIND_END = new RegExp(`[\\uac00-\\ud7af](?:는|은|한|된|인|던)\\s+것(?:이다|임)[.。]?$|[\\uac00-\\ud7af]\\s+(?:[\\uac00-\\ud7af]+\\s+){0,2}(?:${KO_KINDS})(?:이다|다|임)[.。]?$`);
// "…포장하는 시설로, 하루 2만 개를…": the kind of thing the topic is, after a verb's adnominal form, then the sentence goes on.
const KO_KIND_GOES_ON = new RegExp(`\\s(?:${KO_KINDS})(?:으로|로)[,，]\\s`, 'g');
// "…가구를 말하며, …", "…방식을 뜻하는데, …": a defining verb whose sentence goes on.
const KO_VERB_GOES_ON = /(?:을|를)\s*(?:말하|뜻하|의미하|가리키|일컬으|지칭하)(?:며|고|는데|는바)[,\s]/;

/** The syllable ends as a verb's adnominal form does: ㄴ (하는, 한, 합친, 받은) or ㄹ (할). */
function adnominalSyllable(c: string): boolean {
  const jong = (c.charCodeAt(0) - 0xac00) % 28;
  return jong === 4 || jong === 8;
}

/** `rest` says what kind of thing the topic is after a clause that modifies it (…합친 금액으로, / …배송하는 물류 기지로,), and goes on. */
function koKindGoesOn(rest: string): boolean {
  KO_KIND_GOES_ON.lastIndex = 0;
  for (let m = KO_KIND_GOES_ON.exec(rest); m; m = KO_KIND_GOES_ON.exec(rest)) {
    // The word before the kind noun, or before one or two nouns that qualify it, is a verb's adnominal form.
    const words = rest.slice(0, m.index).split(/\s+/).slice(-3).reverse();
    if (words.some((w) => /[\uac00-\ud7af]$/.test(w) && w.length >= 2 && adnominalSyllable(w[w.length - 1]))) return true;
  }
  return false;
}
const KO_DEFINING_END = new RegExp(`${KO_VERB_END.source}|${KO_KIND_END.source}`);
// A Japanese sentence that closes by saying what its topic is: "…をいう。", "…のことである。"
const JA_DEFINING_END = /(?:をいう|を言う|を指す|を意味する|のことである|のことだ|のことをいう|のことを指す|の(?:通称|総称|略称|略)(?:である|だ)|を(?:指す|意味する|表す)(?:言葉|用語|概念|表現)(?:である|だ)|と定義される)[。.]?$/;
// "…サービスである。", "…輸送形態であり、…": a noun saying what kind of thing the topic is, then the copula.
// "匿名加工情報は、…加工した情報である": the sentence closes on the name's own head noun.
function jaGenus(term: string, sentence: string): boolean {
  // The copula may go on with で、: "…を観察する検査で、ベッドサイドでも…".
  const m = /([\u4e00-\u9fff\u30a0-\u30ff]{2,})(?:である|であり|で[、，])/.exec(sentence);
  return !!m && term.length >= 3 && term.endsWith(m[1].slice(-2));
}
const JA_KIND_COPULA = /(?:サービス|形態|制度|仕組み|方式|概念|現象|手法|考え方|取組み?|枠組み|状態|能力|割合|指標|技術|体制|システム|政策|行為|措置|権利|区間|事業|手続き?|メカニズム|モデル|規格|基準|法律|計画|戦略|組織|機関|団体|指針|ガイドライン|報告書|通称|総称|略称|度合い|意欲|あり方)(?:である|であり)|もの(?:であり|で、)/;
const JA_NAME_END = new RegExp(`[${HAN}${KATAKANA}A-Za-z0-9]$`);
// A description rather than a name: a clause with a particle or a verb in it (…に継続的に関わる人々).
const JA_DESCRIPTION = /[\u3041-\u3096]{1,}.*[\u3041-\u3096]|^.{13,}$/;
// After 「X」という: a noun for the word itself (「X」という言葉が広まった).
const JA_WORD_ITSELF = /^(?:言葉|用語|語|単語|表現|フレーズ|キーワード|造語)/;
const KO_QUOTED = `['‘"“「](?<term>[^'‘’"“”「」\\n]{2,40})['’"”」]`;
const JA_NAME = `[${HAN}${KATAKANA}A-Za-z0-9ー・]`;
// A name with okurigana inside it (霜取り運転, 見える化, 働き方改革): it opens and ends with kanji, katakana or Latin.
// A particle (の, は, を…) is no okurigana: 価格の暴走 is a phrase.
const JA_NAME_OKURI = `${JA_NAME}+(?:(?:(?![のはがをにでともへや])[\\u3041-\\u3096]){1,3}${JA_NAME}+){0,2}`;
// A verb's adnominal form before a noun (整備する施設, 見える化) makes a clause, not a name.
const JA_ADNOMINAL = /[るたうくすつむぐぶ](?=[\u4e00-\u9fff\u30a0-\u30ff])/;

// "即" starts words too (即将, 即使, 即可) and "即是如此" only agrees: the bare conjunction defines.
const ZH_IS = '(?:(?:一般|通常|主要|往往|大多|多)是指|(?:一般|通常|普遍)(?:被)?认为是|可(?:以)?(?:定义|概括|归纳|界定|表述)为|被界定为|是指|指的是|意指|意为|就是指|(?<![关關联聯体體派])[系係]指(?![数數标標])|可以?理解为|被理解为|[：:]\\s*[系係是]指|(?:[，,：:]\\s*|一般|通常|主要|泛|专|特)指(?![出导引挥定派示明向令责望南数标導揮責數標])|(?<=[\\u4e00-\\u9fffA-Za-z0-9）)”」』"])(?<!所)指(?![出导引挥定派示明向令责望南数标導揮責數標着控正点使名针甲尖头纹著點針頭紋]))';
const ZH_THAT_IS = '(?:即(?![将使便可时刻日是])|也就是说?|亦即|就是)';
// Verbs that close a Korean definition ("…을 말한다").
const KO_DEFINING_VERB = /말한다|뜻한다|의미한다|가리킨다|일컫는다|이른다|지칭한다|정의한다|정의된다|말함|뜻함|의미함|가리킴|일컬음|지칭함|(?:가리키는|뜻하는|의미하는|일컫는|이르는|지칭하는)\s*(?:용어|말|개념|표현|단어)/;
// After a so-called name: a gloss follows in the same sentence.
const EN_GLOSS_AFTER = /^\s*(?:\([^()]*\)\s*)?,\s*(?:meaning|i\.e\.|that is|in which|which|where|whereby|a|an|the)\b/;

// The start of a numbered clause with a CJK name after the number: 3.1 产品碳足迹, 3.2功能单位.
export const STD_CLAUSE = /^[\s#>*○●◎□■▶►◆◇・•-]*\d{1,2}(?:\.\d{1,2}){1,3}\s*[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7af]/;

// The kind of thing a quoted name is, written after its closing quote: the "tech rectification" campaign.
const EN_GENERIC_HEAD = 'campaign|programme|program|policy|initiative|scheme|strategy|plan|project|system|approach|model|doctrine|principle|framework|concept|idea|effect|trap|problem|rule|movement|agenda|process';
// Nouns that say what kind of thing an English name is, in "X is a N of/that…".
const EN_KIND = 'ability|capacity|process|practice|extent|degree|sum|share|ratio|act|state|condition|principle|idea|notion|tendency|phenomenon|type|kind|form|category|class|set|strategy|policy|framework|initiative|vision|plan|programme|program|approach|model|mechanism|system|method|measure|tool|index|indicator|metric|concept|doctrine|regime|arrangement|scheme|technique|situation|belief|view|theory|hypothesis|agreement|network|platform|fund|facility|instrument|roadmap|agenda|slogan|label|term|situation|risk|gap|problem|shift|movement|trend|document|report|law|regulation|standard|list|guideline|formula|slogan|campaign|zone|area|fund|body|committee|tax|levy|subsidy|grant|loan|allowance';
const KIND_NOUN = new RegExp(`的[${HAN}]{1,4}(?:[，,。；]|$)`);

/** A Hangul syllable with a final consonant (batchim) ends the word: 이민, not 이주. */
function hasFinalConsonant(word: string): boolean {
  const c = word.charCodeAt(word.length - 1) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 !== 0;
}

const after = (m: RegExpExecArray, sentence: string, n = 40) => sentence.slice(m.index + m[0].length, m.index + m[0].length + n);

/** A Korean topic that is a name: its particle fits its last syllable, and it is no place, clause, pointer or verb. */
function koTopic(term: string, match: string): boolean {
  return hasFinalConsonant(term) === /은\s$/.test(match) && !/(?:에서|에게|에|으로|로|함)$/.test(term) && !/(?:이란|란|을|를)\s/.test(term) && !/^(?:이|그|저|본|해당)\s/.test(term) && !/(?:하|되|있|없)$/.test(term) && !/(?:한|는|된|던|을)\s/.test(term + ' ');
}

/** The sentence closes on the topic's own head noun after a clause that modifies it (…지급하는 수당이다). */
function koGenus(term: string, sentence: string): boolean {
  const m = /([\uac00-\ud7af])\s+([\uac00-\ud7af]+?)(?:이다|다|임)[.。]?$/.exec(sentence);
  if (!m) return false;
  // The word before ends as a verb's adnominal form (…지급하는, 만든, 쓸) or with 의.
  const jong = (m[1].charCodeAt(0) - 0xac00) % 28;
  const head = m[2];
  const name = term.replace(/\s/g, '');
  return (jong === 4 || jong === 8 || /[는던의]/.test(m[1])) && name.length > head.length && name.endsWith(head) && !KO_ACTOR.test(term);
}

export const DEFINITION_RULES: DefinitionRule[] = [
  // ---- Chinese ----
  {
    // “冰上走廊”，即…; “南数北存”工程指的是…; “三轨制”（3-Track Approach），是指…
    name: 'zh-quoted-is',
    lang: 'zh',
    cue: /即|是指|指的是|就是|意指|意为|也就是|(?<![关關联聯体體派])[系係]指(?![数數标標])|[：:”」』"]\s*[，,]?\s*指/,
    trigger: '即指就意',
    // The kind of thing may follow the name, before or after its parenthesis: “六方框架”（6-Party Framework）机制，即…
    pattern: new RegExp(`${ZH_QUOTED}(?:的(?:概念|理念|说法|提法|思路|构想|做法|原则))?(?<head>[${HAN}]{0,2}?)\\s*${PAREN}(?<tail>[${HAN}]{0,2}?)${ZH_ALSO}\\s*[，,：:]?\\s*(?:${ZH_IS}|${ZH_THAT_IS})`, 'g'),
    kind: 'explicit',
    check: (m) => !/[的都也就还又]/.test((m.groups!.head ?? '') + (m.groups!.tail ?? '')),
  },
  {
    // 双边托管数据中心是指…; 区域碳市场衔接，是指…; 数据本地化（data localization）指的是…
    name: 'zh-clause-is',
    lang: 'zh',
    // A bare 指 after the name ("港口韧性指…"), but not a word that starts with it (指出, 指导, 指着, 手指).
    cue: /是指|指的是|意指|意为|(?<![关關联聯体體派])[系係]指(?![数數标標])|理解为|认为是|定义为|(?:概括|归纳|界定|表述)为|(?:[，,：:]\s*|一般|通常|主要|泛|专|特)指(?![出导引挥定派示明向令责望南数标導揮責數標])|[\u4e00-\u9fffA-Za-z0-9）)”](?<!所)指(?![出导引挥定派示明向令责望南数标導揮責數標着控正点使名针甲尖头纹著點針頭紋])/,
    trigger: '指意解认定括纳界述',
    // "港口韧性一词，指的是…": the word for the name after it is not part of it.
    pattern: new RegExp(`${CLAUSE}${ZH_MEANT}${ZH_NAMES}\\s*${PAREN}(?:一词|一语|这一(?:概念|术语|说法)|这个(?:词|概念))?${ZH_ALSO}${ZH_ENGLISH}\\s*[，,]?\\s*${ZH_IS}`, 'g'),
    kind: 'explicit',
    // "前条第一项所定之设施，係指…": a thing another article prescribes, pointed at, is no name.
    check: (m) => !/所[定列述载載规規][之的]/.test(m.groups!.term),
  },
  {
    // 港口群的定义是…; 数字贸易的含义是…
    name: 'zh-definition-is',
    lang: 'zh',
    cue: /的(?:定义|含义|内涵)(?:是|为)/,
    trigger: '定含内',
    pattern: new RegExp(`${CLAUSE}${ZH_MEANT}(?<term>${ZH_NAME}{2,20}?)\\s*${PAREN}\\s*的(?:定义|含义|内涵)(?:是|为)`, 'g'),
    kind: 'explicit',
  },
  {
    // 碳价走廊，即…; 源网荷储一体化，也就是…: the comma is required, or 立即/随即 would be read.
    name: 'zh-clause-that-is',
    lang: 'zh',
    cue: /即|也就是|就是/,
    trigger: '即就',
    pattern: new RegExp(`${CLAUSE}${ZH_MEANT}${ZH_NAMES}\\s*${PAREN}(?:${ZH_ASIDE}\\s*[，,]|[，,]\\s*(?:说白了|简单说|简单讲|通俗讲))\\s*${ZH_THAT_IS}`, 'g'),
    kind: 'explicit',
  },
  {
    // 跟它相对的叫准现房，顾名思义，…的房子; 共享仓，顾名思义，就是…: the name, then "as the name says" and what it is
    // (the words before 叫 are not the name).
    name: 'zh-as-name-says',
    lang: 'zh',
    cue: /[，,]\s*顾名思义\s*[，,]/,
    trigger: '顾',
    pattern: new RegExp(`(?:${CLAUSE}|叫做?|叫作|称为|称作)${ZH_MEANT}[“「"]?(?<term>(?:(?![叫的称])${ZH_NAME}){2,12}?)[”」"]?\\s*${PAREN}\\s*[，,]\\s*顾名思义\\s*[，,]`, 'g'),
    kind: 'explicit',
  },
  {
    // 所谓“能源共同体”…: a definition when 是指/即 follows (zh-quoted-is), else a so-called mention.
    name: 'zh-so-called',
    lang: 'zh',
    cue: /所谓/,
    trigger: '谓',
    pattern: new RegExp(`所谓的?\\s*${ZH_QUOTED}`, 'g'),
    kind: 'so-called',
    // "西方媒体所谓的“数字威权”叙事": what others call it, in quotes, modifying a noun, is a distancing mention.
    // (所谓的 after a subject: "所谓“X”" after a verb or 的 keeps its so-called reading.)
    check: (m, s) => !(/^所谓的/.test(m[0]) && /[\u4e00-\u9fff]$/.test(s.slice(0, m.index)) && !/[即是的了]$/.test(s.slice(0, m.index)) && /^[\u4e00-\u9fff]/.test(after(m, s, 1))),
  },
  {
    // …的做法被称为“跨境调峰服务”; …的减排量，称为“区域核证减排量”（…，RCER）
    name: 'zh-called',
    lang: 'zh',
    cue: /称为|称作|称之为|叫做|名为/,
    trigger: '称叫名',
    // A short name given after it (…，称为“X”，业内简称“Y”) is another name.
    pattern: new RegExp(`(?:称为|称作|称之为|叫做|名为)\\s*${ZH_QUOTED}\\s*${PAREN}(?:\\s*[，,]\\s*[${HAN}]{0,8}?(?:简称|又称|也称|亦称|俗称|通称)为?\\s*[“「](?<alias>[^“”「」\\n]{2,20})[”」])?`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    // "被称为" after a person ("他被称为“铁娘子”") names a person, not a concept: a defining clause is longer.
    check: (m) => m.index >= 8,
  },
  {
    // …危机时可迅速扩产的生产线，这被称为备份产能。: an unquoted name closing the sentence that described it,
    // its English name or abbreviation may follow it (…的薄膜，称为界面钝化层（IPL）。).
    name: 'zh-called-last',
    lang: 'zh',
    cue: /(?:称为|称作|称之为|叫做|叫作|管(?:这个|这|它)叫|这(?:就|便)是|这是所谓)\s*[\u4e00-\u9fffA-Za-z0-9]{2,12}\s*(?:[（(][^()（）]{1,80}[)）])?[。.]?$/,
    trigger: '称叫是',
    // "…的仓储设施，业内一般称之为海外仓。": who calls it so, and how commonly, may come between.
    // A textbook's "我们通常把它叫做X", a speaker's "我们管这个叫X", and "这就是X" after the description.
    pattern: new RegExp(`[，,]\\s*(?:(?:(?:我们|人们|大家|[${HAN}]{1,2}(?:内|界|上|间))?(?:一般|通常|往往|普遍|多|也)?(?:把|将|管)(?:它|这|此|其|这个|这种[${HAN}]{0,4}|这类[${HAN}]{0,4})(?:叫做|叫作|称为|称作|叫))|(?:(?:这|此|这种[${HAN}]{0,4}|这一[${HAN}]{0,4}|它|[${HAN}]{1,2}(?:内|界|上|间)?(?:一般|通常|往往|普遍|多)?)?(?:被|可)?(?:俗|统|通)?(?:称为|称作|称之为|叫做))|这(?:就|便)是(?:所谓的?|我们常说的)?|这是所谓的?)\\s*(?<term>${ZH_NAME}{2,12})\\s*${PAREN}[。.]?$`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    // A name does not end in 的 ("这就是必然的").
    check: (m) => m.index >= 8 && !/的$/.test(m.groups!.term),
  },
  {
    // 产品全生命周期碳足迹核算规则，简称“碳足迹规则”，…
    name: 'zh-short-name',
    lang: 'zh',
    cue: /简称/,
    trigger: '简',
    pattern: new RegExp(`${CLAUSE}(?<term>${ZH_NAME}{3,24}?)\\s*${PAREN}\\s*[，,]\\s*(?:以下)?简称为?\\s*[“「]?(?<alias>${ZH_NAME}{2,12})[”」]?`, 'g'),
    kind: 'copula',
  },
  {
    // 本文将“数字连通度”定义为…; 本白皮书将净零转型伙伴定义为…
    name: 'zh-define-as',
    lang: 'zh',
    cue: /定义为|界定为|概括为/,
    trigger: '定括',
    pattern: new RegExp(`[将把]\\s*[“「]?(?<term>${ZH_NAME}{2,20}?)[”」]?\\s*${PAREN}\\s*(?:定义|界定|概括)为`, 'g'),
    kind: 'explicit',
    // "将中国定义为“最严峻的竞争者”": a quoted label after 定义为 is a label given, not a definition.
    check: (m, s) => !/^\s*[“「]/.test(after(m, s, 3)),
  },
  {
    // X被定义为…; a guideline's or a paper's X定义为… (低钠血症定义为血钠<135 mmol/L), traditional 定義為.
    name: 'zh-is-defined-as',
    lang: 'zh',
    cue: /定[义義][为為]/,
    trigger: '定',
    pattern: new RegExp(`${CLAUSE}[“「]?(?<term>${ZH_NAME}{2,20}?)[”」]?\\s*${PAREN}\\s*[，,]?\\s*(?:一般|通常)?(?:被|可)?定[义義][为為]`, 'g'),
    kind: 'explicit',
    // "本文将数字连通度定义为…" is zh-define-as: the writer and 将/把 are no part of the name.
    check: (m) => !/[将把將]/.test(m.groups!.term),
  },
  {
    // 本研究将连续两周以上未进食的状态定义为禁食期。: the description first, the name it is given closing the sentence.
    name: 'zh-defined-as-last',
    lang: 'zh',
    cue: /定[义義][为為]\s*[“「]?[\u4e00-\u9fffA-Za-z0-9]{2,12}[”」]?\s*(?:[（(][^()（）]{1,80}[)）])?[。.]?$/,
    trigger: '定',
    pattern: new RegExp(`[将把將](?<desc>[^。；]{4,80}?)定[义義][为為]\\s*[“「]?(?<term>${ZH_NAME}{2,12})[”」]?\\s*${PAREN}[。.]?$`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    // What is defined is described (…的状态, 每周3次): a country or a name before 定义为 is given a label ("将中国定义为竞争者").
    check: (m) => /的|\d/.test(m.groups!.desc) && !/的$/.test(m.groups!.term),
  },

  {
    // 汛期数据共享是一种由上游逐日提供数据的机制: a name, then the kind of thing it is.
    name: 'zh-is-a-kind',
    lang: 'zh',
    cue: /是一[种类项]/,
    trigger: '种类项',
    pattern: new RegExp(`${CLAUSE}${ZH_MEANT}(?<term>${ZH_NAME}{3,20}?)\\s*${PAREN}\\s*是一[种类项]`, 'g'),
    kind: 'copula',
    // The kind is a noun modified by a clause: "…的机制", "…的做法".
    check: (m, s) => KIND_NOUN.test(s.slice(m.index + m[0].length)),
  },
  {
    // 算法歧视是算法在…产生不合理差别待遇的现象: a name, then the kind of thing a definition says it is.
    name: 'zh-is-kind-noun',
    lang: 'zh',
    cue: /的(?:现象|行为|做法|机制|制度|过程|能力|状态|模式|方式|理念|概念|政策|措施|安排|活动|形态|程度|比例|比率|总和|原则|权利|义务|地区|区域|群体|组织|平台|工具|手段|情形|情况)/,
    trigger: '的',
    pattern: new RegExp(`${CLAUSE}${ZH_MEANT}[“「]?(?<term>${ZH_NAME}{3,20}?)[”」]?\\s*${PAREN}\\s*[，,]?\\s*是(?![指否])[^。；]{4,100}?的(?:现象|行为|做法|机制|制度|过程|能力|状态|模式|方式|理念|概念|政策|措施|安排|活动|形态|程度|比例|比率|总和|原则|权利|义务|地区|区域|群体|组织|平台|工具|手段|情形|情况)(?=[，,。；;]|$)`, 'g'),
    kind: 'copula',
  },
  {
    // “分类分级”监管思路：根据…: a quoted name, perhaps the kind of thing it is, then its definition after a colon.
    name: 'zh-quoted-colon',
    lang: 'zh',
    cue: /[”」][\u4e00-\u9fff]{0,6}[：:]/,
    trigger: '：:',
    pattern: new RegExp(`${ZH_QUOTED}(?<kind>[${HAN}]{0,6})\\s*${PAREN}\\s*[：:]\\s*(?=[${HAN}])`, 'g'),
    kind: 'copula',
    bonus: -0.5,
    // What follows is a sentence of its own (not a list of names) and the name is no remark quoted.
    check: (m, s) => definitionText(s.slice(m.index + m[0].length, m.index + m[0].length + 40)) && !/[，。！？]/.test(m.groups!.term),
  },
  {
    // “东数西算”是“东部数据、西部算力”的简称; 新质生产力是…的统称: what the name abbreviates or gathers.
    name: 'zh-short-for',
    lang: 'zh',
    cue: /的(?:简称|统称|总称|缩写|简写|合称|俗称)/,
    trigger: '简统总缩合俗',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*[“「]?(?<term>${ZH_NAME}{2,20}?)[”」]?\\s*${PAREN}\\s*(?:是|为|乃|即)[^。；]{2,80}?的(?:简称|统称|总称|缩写|简写|合称|俗称)`),
    kind: 'explicit',
  },
  {
    // 新型电力系统是以…为基本前提、…的电力系统: the definition ends in the name's own head noun (its genus).
    name: 'zh-is-genus',
    lang: 'zh',
    cue: /^[^。；：是]{2,30}是(?![指否])/,
    trigger: '是',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*${ZH_MEANT}[“「]?(?<term>${ZH_NAME}{3,20}?)[”」]?\\s*${PAREN}\\s*[，,]?\\s*是(?![指否])(?<def>[^。；]{6,120}?)的(?<genus>[${HAN}]{2,8})[，,。；;]`),
    kind: 'copula',
    check: (m) => m.groups!.term.endsWith(m.groups!.genus.slice(-2)) && m.groups!.term.length > 2,
  },
  {
    // “水权”一词源于罗马法，意为…; “数字鸿沟”这一概念是指…
    name: 'zh-word-means',
    lang: 'zh',
    // A contract's wording in traditional characters: 「水浸」一詞在本保單中解作…
    cue: /一[词詞]|一[语語]|这一概念|这一术语|这个词/,
    trigger: '词詞语語概',
    pattern: new RegExp(`${ZH_QUOTED}\\s*${PAREN}\\s*(?:一[词詞]|一[语語]|这一概念|这一术语|这个词)[^。；]{0,40}?(?:${ZH_IS}|意思是|解作|解[释釋]为|解[释釋]為|[，,]\\s*即)`, 'g'),
    kind: 'explicit',
  },

  {
    // 去化周期这个词你可能常听到，意思是…: an unquoted name and the word for it, then what it means.
    name: 'zh-bare-word-means',
    lang: 'zh',
    cue: /(?:这个词|这个概念|这个说法|这一概念|这一说法|一词)[^。；]{0,24}?(?:意思是|意思就是|是指|指的是|就是指)/,
    trigger: '词概说',
    pattern: new RegExp(`${CLAUSE}(?<term>${ZH_NAME}{2,12}?)\\s*${PAREN}\\s*(?:这个词|这个概念|这个说法|这一概念|这一说法|一词)[^。；]{0,24}?[，,]?\\s*(?:意思是|意思就是|是指|指的是|就是指)`, 'g'),
    kind: 'explicit',
  },
  {
    // Robots协议，又称爬虫协议、机器人协议，是…: a name, its other names (maybe glossed: 又称Y（English），是指…), then what it is.
    name: 'zh-also-called-is',
    lang: 'zh',
    cue: /(?:又称|亦称|也称|又名|或称|俗称)[^。；]{2,40}?[，,]\s*(?:是|指|即)/,
    trigger: '称名',
    pattern: new RegExp(`${CLAUSE}(?<term>${ZH_NAME}{2,20}?)\\s*${PAREN}\\s*[，,]\\s*(?:又称为?|亦称|也称为?|又名|或称|俗称)\\s*(?<list>[“「]?${ZH_NAME}{2,20}?[”」]?(?:[、和或及][“「]?${ZH_NAME}{2,20}?[”」]?){0,3})\\s*(?<paren2>[（(][^()（）]{1,80}[)）])?\\s*[，,]\\s*(?:是(?![否])|(?:是)?指|即)`, 'g'),
    kind: 'explicit',
  },
  {
    // 俗称“港口互助”的港口协作机制是指…: the popular name, quoted, modifies the name the sentence defines.
    name: 'zh-called-before-topic',
    lang: 'zh',
    cue: /(?:俗称|通称|人称|称为|称作|又称|号称)[“「]/,
    trigger: '称',
    pattern: new RegExp(`(?:俗称|通称|人称|(?:常|通常|一般|也)?(?:被)?(?:称为|称作)|又称|号称)[“「](?<alias>[^“”「」\\n]{2,20})[”」]的(?<term>${ZH_NAME}{2,20}?)\\s*[，,]?\\s*(?:${ZH_IS})`, 'g'),
    kind: 'explicit',
  },
  // ---- English ----
  {
    // Grey-zone coercion refers to…; a super-aged society is defined as…; Kodokushi (孤独死), which refers to…
    name: 'en-refers-to',
    lang: 'en',
    cue: /refers? (?:[a-z]+ly )?to|defined (?:here |in this [a-z]+ )?as|denotes|\bmeans\b|describes|signifies|designates|stands for|short(?:hand)? for|(?:understood|described) (?:here )?as|(?:understood|taken) to (?:mean|refer)/,
    trigger: 'fdm',
    // An aside may sit between the name and the verb: "Proximate cause, in insurance law, signifies…".
    // "This note describes how…" tells what a text does: describes before how/what/why defines nothing.
    // "X can be defined as", "X is commonly understood as" too.
    pattern: new RegExp(
      `${CLAUSE}(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:so-called\\s+)?(?:(?:term|concept|notion)\\s+(?:of\\s+)?)?["“‘']?${EN_NAME_LAZY}["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?(?:\\s+(?:in|for|throughout)\\s+(?:this|the present)\\s+(?:paper|report|study|article|chapter|brief|book|analysis|section))?(?:,[^,;()]{2,80},)?\\s*,?\\s*(?:which\\s+)?(?:refers? (?:[a-z]+ly )?to|is defined as|are defined as|denotes|means|describes|signifies|designates|stands for|is (?:a\\s+)?short(?:hand)? for|(?:can|may|might|could) be (?:defined|described|understood) as|(?:is|are) (?:(?:commonly|often|usually|generally|broadly|best|here|widely|typically|narrowly|loosely)\\s+)?(?:defined|understood|described)(?:\\s+(?:here|in this [a-z]+))? as|(?:is|are) (?:(?:commonly|often|usually|generally|widely|here)\\s+)?(?:understood|taken) to (?:mean|refer to|denote))\\b`,
      'g',
    ),
    kind: 'explicit',
    // "the concepts the Committee refers to in its decisions": a verb whose object was moved before it (its preposition stranded).
    check: (m, s) => !(/describes$/.test(m[0]) && /^\s+(?:how|what|why|whether|when|where|which|who)\b/.test(after(m, s, 10))) && !(/to$/.test(m[0]) && /^\s*(?:in|at|on|by|when|as|[,.;:]|$)/.test(after(m, s, 8))),
  },
  {
    // We define the blue economy as…; This paper defines X as…
    name: 'en-we-define',
    lang: 'en',
    cue: /\b(?:define|defines|call|calls|use the term)\b/,
    trigger: 'fcm',
    pattern: new RegExp(
      `\\b(?:[Ww]e|[Tt]his (?:report|paper|article|study|chapter|brief)|[Tt]he (?:report|paper|authors?))\\s+(?:define|defines|call|calls|use the term|uses the term)\\s+(?:(?:a|an|the)\\s+)?["“‘']?${EN_NAME_LAZY}["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?\\s+(?:as|to mean)\\b`,
      'g',
    ),
    kind: 'explicit',
  },
  {
    // We use the term port-city nexus to refer to…; The term X is used to describe…
    name: 'en-term-used',
    lang: 'en',
    cue: /\b(?:use|uses|used|employ|employs|employed) (?:the (?:term|phrase|expression|label)|to (?:describe|refer|mean|denote))/,
    trigger: 'u',
    pattern: new RegExp(
      `(?:\\b(?:[Ww]e|I|[Tt]his (?:report|paper|article|study|chapter|brief)|[Tt]he (?:report|paper|authors?))\\s+(?:use|uses|employ|employs)\\s+the (?:term|phrase|expression|label)\\s+["“‘']?${EN_NAME_LAZY}["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?\\s+(?:to (?:refer to|mean|describe|denote|capture)|for)\\b|\\b[Tt]he (?:term|phrase|expression|label)\\s+["“‘']?(?<term2>[A-Za-z][\\w'’/+-]*(?:\\s+[A-Za-z0-9][\\w'’/+-]*){0,4}?)["”’']?\\s+is (?:used|employed)(?: here)? (?:to (?:refer to|mean|describe|denote)|for)\\b)`,
      'g',
    ),
    kind: 'explicit',
  },
  {
    // A statute's or a by-law's "The term 'structure' includes buildings, fences…": what a word takes in.
    name: 'en-term-includes',
    lang: 'en',
    cue: /(?:\b(?:term|word|phrase|expression) |^|, )["“‘'][^"”’']{2,40}["”’'] (?:shall )?(?:includes?|shall be taken to include)\b/,
    trigger: 'i',
    // '…, "household" includes a person living alone': the quoted name at a clause's start.
    pattern: new RegExp(`(?:\\b[Tt]he (?:term|word|phrase|expression) |^|, )["“‘'](?<term>[^"”’']{2,40})["”’'] (?:shall )?(?:includes?|shall be taken to include)\\b`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
  },
  {
    // Cold ironing (also known as shore power) …; Shore power, also called cold ironing, …
    name: 'en-also-known',
    lang: 'en',
    // "Open play, sometimes called drop-in play, is…"; "…is the service area, usually called "the box".": how commonly, too.
    cue: /(?:also|otherwise|sometimes|often|commonly|usually|popularly|informally) (?:known as|called|termed|referred to as)/,
    trigger: 'sd',
    pattern: new RegExp(`(?<term>${WORD})\\s*(?:\\(\\s*(?:also|otherwise|sometimes|often|commonly|usually|popularly|informally)\\s+(?:known as|called|termed|referred to as)\\s+(?:(?:the|a|an)\\s+)?["“‘']?(?<alias>[^()"”]{2,50}?)["”’']?\\s*\\)|,\\s+(?:also|otherwise|sometimes|often|commonly|usually|popularly|informally)\\s+(?:known as|called|termed|referred to as)\\s+(?:(?:the|a|an)\\s+)?["“‘']?(?<gloss>[^,;()"”]{2,50}?)["”’']?\\s*(?:,|[.;]?$))`, 'g'),
    kind: 'alias',
    extendLeft: true,
    // "Korea's approach, sometimes called X": a description with a possessive is no other name of X.
    check: (m, s) => !/['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+$/.test(s.slice(Math.max(0, m.index - 30), m.index + m.groups!.term.length)),
  },
  {
    // the so-called cabbage strategy, in which…; an abstract's passing "the so-called X".
    name: 'en-so-called',
    lang: 'en',
    cue: /so-called/,
    trigger: '-',
    // A quoted name may be the subject of a verb ("a so-called 'blue swap' lets…"); before a noun it modifies it
    // ("so-called "X" certifications").
    pattern: new RegExp(`\\bso-called\\s+(?:["“‘'](?<term2>[A-Za-z][^"”’'()]{1,40}?)["”’'](?=\\s*(?:[,.;:)]|$)|\\s+(?:is|are|was|were|has|have|had|lets|allows|means|refers|describes|requires|gives|pays|covers|involves|aims|works)\\b)\\s*(?<paren2>\\([^()]{1,80}\\))?|${EN_NAME_LAZY}\\s*(?<paren>\\([^()]{1,80}\\))?(?=\\s*(?:[,.;:)]|$)|\\s+(?:is|are)\\s+(?:a|an|the)\\s))`, 'g'),
    kind: 'so-called',
    check: (m, s) => (EN_GLOSS_AFTER.test(after(m, s)) ? 1 : 0),
  },
  {
    // …for older consumers, known as the silver economy; what sociologists call the 4-2-1 family:
    // what has come to be called carbon border adjustment, or CBA tax: … (its short form after ", or").
    name: 'en-known-as',
    lang: 'en',
    cue: /known (?:(?:in|among|to) [\w ]{1,24}?)?as|referred to as|termed|dubbed|\bcall(?:s|ed)?\b|\b(?:speak|talk)s? of|said to be|(?:classified|designated|categori[sz]ed|labell?ed|regarded|counted) as/,
    trigger: 'wfmbckoa',
    pattern: new RegExp(
      `\\b(?:known (?:(?:in|among|to) [\\w ]{1,24}?)?as|referred to as|termed|dubbed|(?:speak|talk)s? of|(?:is|are) said to be|(?:classified|designated|categori[sz]ed|labell?ed|regarded|counted) as|(?:calls?|(?<!so-)called)(?:\\s+(?:such|these|those|this|that|the\\s+same|this\\s+same)\\s+[a-z]+)?)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\*\\*|["“‘'])?${EN_NAME_LAZY}(?:\\*\\*|["”’'])?\\s*(?<paren>\\([^()]{1,80}\\))?(?:,\\s+or\\s+(?<alias>[A-Z][A-Z0-9]{1,7}(?:\\s+[a-z][\\w-]*){0,2})(?=\\s*[:;,.]))?(?=\\s*(?:[,.;:)]|$)|\\s+(?:when|if)\\b|\\s+(?:is|are)\\s+(?:a|an|the)\\s|(?<=["”’'])\\s+(?:${EN_GENERIC_HEAD})\\s*[,.;:)])`,
      'g',
    ),
    kind: 'so-called',
    // After a description ("…, known as X", the name maybe in bold) or before one ("call X: …"), the sentence defines X.
    // "Lenders call such provisions X when…" gives the condition that makes one an X.
    check: (m, s) => (/[,;]\s*(?:an? \w+ )?$/.test(s.slice(Math.max(0, m.index - 20), m.index)) || /^\s*(?::|(?:when|if)\b|(?:is|are)\s+(?:a|an|the)\s)/.test(after(m, s, 12)) || EN_GLOSS_AFTER.test(after(m, s)) ? 1 : 0),
  },
  {
    // A reverse mortgage, or housing pension, is a loan…; The old-age dependency ratio, or the number of…, is rising
    name: 'en-or-apposition',
    lang: 'en',
    cue: /, or /,
    trigger: ',',
    pattern: /^[\s#>*○●◎□■▶►◆◇・•-]*(?:(?:A|An|The)\s+)?(?<term>[A-Za-z][^,;:()]{2,50}?(?:,\s*[^,;:()]{3,40}?)?),\s+or\s+(?:(?:a|an|the)\s+)?(?<alias>[^,;:()]{2,160}?),["”’']?\s+(?:is|are|was|were|refers to|means)\b/g,
    kind: 'explicit',
    check: (m) => m.groups!.term.split(/\s+/).length <= 8,
  },

  {
    // We have followed a double materiality approach: we look at how…: the name of an approach or principle, then a colon
    // and what following it means (the name is the words before the generic noun, two or more).
    name: 'en-approach-colon',
    lang: 'en',
    cue: /\b(?:approach|principle|model|method|test|logic):\s/,
    trigger: ':',
    pattern: /\b(?:a|an|the)\s+(?<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,2})\s+(?:approach|principle|model|method|test|logic):\s+(?:we|it|this|that|each|every|a|an|the)\b/g,
    kind: 'explicit',
    bonus: -1,
  },
  {
    // We pay at least the real Living Wage, the rate calculated independently each year from…, to…: a capitalised name in
    // mid-sentence glossed by an apposition, a noun and a participle or relative clause, set off by commas.
    name: 'en-named-apposition',
    lang: 'en',
    // The noun is a measure or a scheme: "the European Union, the bloc that…" glosses an organisation, not a term.
    cue: /, (?:the|a|an) (?:rate|sum|amount|fee|charge|price|wage|payment|share|standard|threshold|limit|level|benchmark|index|measure|scheme|programme|program|system|rule|test|allowance|credit|levy|tax) (?:calculated|set|paid|defined|used|charged|earned|that|which|by which|at which|under which|through which)\b/,
    trigger: ',',
    pattern: /\b(?:the|a|an)\s+(?<term>(?:[a-z][\w'’-]*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:the|a|an)\s+(?:rate|sum|amount|fee|charge|price|wage|payment|share|standard|threshold|limit|level|benchmark|index|measure|scheme|programme|program|system|rule|test|allowance|credit|levy|tax)\s+(?:calculated|set|paid|defined|used|charged|earned|that|which|by which|at which|under which|through which)\b[^,;]{5,120},/g,
    kind: 'explicit',
    bonus: -1,
  },
  {
    // Concessionality measures how far the terms of a loan fall below…; The X index measures the share of…: a measure's
    // name opening the sentence and what it measures.
    name: 'en-measures',
    lang: 'en',
    cue: /\bmeasures (?:how|the (?:extent|degree|share|proportion|number|ratio|amount|difference)|whether)\b/,
    trigger: 'm',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?:(?:The|A|An)\\s+)?${EN_NAME_LAZY}\\s*(?<paren>\\([^()]{1,80}\\))?\\s+measures\\s+(?:how|the\\s+(?:extent|degree|share|proportion|number|ratio|amount|difference)|whether)\\b`),
    kind: 'explicit',
    bonus: -1,
    check: (m) => !/^(?:this|that|it|its|our|their|his|her|which|what|one|each|survey|study|report|paper|table|figure|chart|index)$/i.test(m.groups!.term),
  },
  {
    // [^1]: The real interest rate is the nominal rate minus…: a Markdown footnote (its mark dropped by normalisation, its
    // colon left) that opens by saying what a name of two words or more is.
    name: 'en-footnote-is',
    lang: 'en',
    // (A/An opening it is en-is-a's.)
    cue: /^\s*:\s+The\s/,
    trigger: ':',
    pattern: new RegExp(`^\\s*:\\s+The\\s+${EN_NAME_LAZY}\\s+(?:is|are)\\s+(?:the|a|an)\\s+[a-z]`),
    kind: 'explicit',
    bonus: -0.5,
    check: (m) => m.groups!.term.split(/\s+/).length >= 2,
  },
  {
    // A wheeling charge is the fee that…; An offtake agreement is a contract under which…: a
    // generic subject (A/An X) and a head noun with a relative clause, examples of it may come
    // between ("a public building, such as a library, that…"); also in a footnote ("[^2]: A X is…", its mark
    // dropped by normalisation, its colon left).
    name: 'en-is-a',
    lang: 'en',
    cue: /\bis (?:a|an|the|any) /,
    trigger: 's',
    pattern: new RegExp(
      `^(?:\\s*:\\s)?[\\s#>*○●◎□■▶►◆◇・•-]*(?:${FOOTNOTE})?(?:A|An)\\s+${EN_NAME_LAZY}\\s*(?<paren>\\([^()]{1,80}\\))?\\s+is\\s+(?:a|an|the|any)\\s+(?:(?!of\\b)[\\w-]+\\s+){0,2}(?!of\\b)[\\w-]+(?:,\\s*(?:such as|like|including|e\\.g\\.)\\s[^,]{1,60},)?\\s+(?:that|which|whose|where|whereby|in which|under which|by which|through which|used to|designed to|(?:built|made|set up|run|held|created|established|designed|launched|based|developed|issued|granted|paid|operated|managed|owned|funded) (?:by|around|on|in|for|to|from|under|with)|with)\\b`,
    ),
    kind: 'explicit',
    bonus: -0.5,
  },
  {
    // Supply resilience is the ability of a supply chain to…; Parametric insurance is a type of cover that…:
    // a name, and a head noun that says what kind of thing a definition gives.
    name: 'en-is-the-ability',
    lang: 'en',
    cue: new RegExp(`\\bis (?:the|a|an) (?:[\\w-]+ ){0,2}?(?:${EN_KIND})\\b`),
    trigger: 's',
    // A few adjectives may qualify the kind: "is a US-led initiative launched in…".
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?:The\\s+)?["“‘']?(?<term>[A-Z][\\w'’-]*(?:\\s+[\\w'’-]+){0,6}?)["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?\\s+is\\s+(?:the|a|an)\\s+(?:(?!of\\b|so-called\\b)[\\w-]+\\s+){0,2}?(?:${EN_KIND})(?:,|\\s+(?:of|to|for|by which|in which|under which|through which|that|which|whereby|launched|designed|used|aimed|intended|created|set up|established|adopted|proposed|introduced|developed|based)\\b)`),
    kind: 'explicit',
    bonus: -0.5,
  },
  {
    // Ageing in place, defined as the ability to…, is a goal: a definition set off by commas.
    name: 'en-comma-defined-as',
    lang: 'en',
    cue: /, (?:defined|understood) as /,
    trigger: 'd',
    pattern: new RegExp(`${CLAUSE}(?:(?:[Tt]he|[Aa]n?)\\s+)?["“‘']?${EN_NAME}["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?,\\s+(?:defined|understood)\\s+as\\b`, 'g'),
    kind: 'explicit',
  },
  {
    // Rare earth elements (REEs) are a group of seventeen metallic elements…
    name: 'en-are-a-group',
    lang: 'en',
    cue: /\bare (?:a|an) (?:group|class|family|set|category|type|kind) of\b/,
    trigger: 'r',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?<term>[A-Z][\\w-]*(?:\\s+[\\w-]+){0,3}?)\\s*(?<paren>\\([^()]{1,80}\\))?\\s+are\\s+(?:a|an)\\s+(?:group|class|family|set|category|type|kind)\\s+of\\b`),
    kind: 'explicit',
    bonus: -0.5,
  },
  {
    // Stranded assets are investments that lose value…; Blue bonds are debt instruments whose proceeds…: a
    // plural name opening the sentence, and a plural head noun with a relative clause.
    name: 'en-plural-are-kind',
    lang: 'en',
    cue: /\bare (?:[\w-]+ ){0,2}[\w-]+s (?:that|which|whose|in which|where|used to)\b/,
    trigger: 'r',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?<term>[A-Z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*){0,3}s)\\s*(?<paren>\\([^()]{1,80}\\))?\\s+are\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+s\\s+(?:that|which|whose|in which|where|used to)\\b`),
    kind: 'explicit',
    bonus: -0.5,
    // Not a pronoun or a quantifier ("These are measures that…", "Many firms are…").
    check: (m) => !/^(?:These|Those|They|Both|Many|Most|Some|Such|All|Others|Several|Few)\b/.test(m.groups!.term),
  },
  {
    // The policy covers "Extortion Expense", defined as…; "Cyber Event" means…: a quoted name needs no clause start.
    name: 'en-quoted-means',
    lang: 'en',
    cue: /defined as|understood as|\bmeans\b|\bmean\b|refers to|denotes/,
    trigger: 'fdm',
    // A contract's "**"Works"** means…", '"Local Content Requirement" or "LCR" means…', '"Longstop Date" shall mean…'.
    pattern: /\**["“‘](?<term>[A-Za-z][^"”’()]{1,40})["”’]\**(?:\s+or\s+\**["“‘](?<alias>[A-Za-z][^"”’()]{1,20})["”’]\**)?\s*,?\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:defined as|understood as|means|(?:shall|will|should)\s+mean|refers to|denotes)\b/g,
    kind: 'explicit',
    // 'keizai anzen hoshō (経済安全保障), literally "economic security", refers to…': a translation, not the name.
    check: (m, s) => !/(?:literally|meaning|lit\.|or)\s*$/.test(s.slice(Math.max(0, m.index - 12), m.index)),
  },
  {
    // By space traffic management (STM) we mean…
    name: 'en-by-we-mean',
    lang: 'en',
    cue: /\bmean\b/,
    trigger: 'm',
    pattern: new RegExp(`\\b[Bb]y\\s+(?:the\\s+)?["“‘']?${EN_NAME_LAZY}["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?\\s*,?\\s+(?:we|I|they|[a-z]+s)\\s+mean\\b`, 'g'),
    kind: 'explicit',
  },
  {
    // attribution, by which lawyers mean…
    name: 'en-by-which-mean',
    lang: 'en',
    cue: /by which/,
    trigger: 'w',
    pattern: new RegExp(`(?<term>${WORD}),\\s+by which\\s+(?:[a-z]+\\s+){1,2}means?\\b`, 'g'),
    kind: 'explicit',
    extendLeft: true,
  },
  {
    // A conjunction (i.e., a predicted close approach…); a DA-ASAT test, that is, a missile…; Deep-sea trawling (DST), i.e. fishing…;
    // contra proferentem, a Latin maxim meaning that…; the X doctrine, which holds that…
    name: 'en-apposition',
    lang: 'en',
    cue: /i\.e\.|that is|namely|meaning|which holds|which refers|which denotes|which describes/, // "that is to say" too
    trigger: 'iy',
    pattern: new RegExp(
      `(?<term>${WORD})\\s*(?:\\(\\s*(?:i\\.e\\.|that is|namely)[,:]?\\s|,\\s+(?:that is(?: to say)?|i\\.e\\.|namely),?\\s+(?:a|an|the)\\s|\\s*(?<paren>\\([A-Z][A-Za-z0-9&-]{1,9}\\)),\\s+(?:that is|i\\.e\\.|namely),?\\s+(?:a|an|the|[a-z]+ing)\\s|,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:meaning|referring to)\\b|,\\s+which\\s+(?:holds that|refers to|denotes|describes)\\b)`,
      'g',
    ),
    kind: 'explicit',
    extendLeft: true,
  },
  {
    // "Harbour pooling", i.e. sharing cranes between ports, …; 'levy ladder' (LL), that is, a fee that rises…:
    // a quoted name glossed right after its closing quote, by a noun phrase or a gerund.
    name: 'en-quoted-that-is',
    lang: 'en',
    cue: /i\.e\.|that is|namely/,
    trigger: 'iy',
    pattern: /["“‘'](?<term>[A-Za-z][^"”’'()]{1,40}?)["”’']\s*(?<paren>\([^()]{1,80}\))?\s*,\s+(?:i\.e\.|that is|namely)[,:]?\s+(?=[a-z])/g,
    kind: 'explicit',
  },
  {
    // Ransomware, as the court used the word, is malicious software…; Fiscal space, in the sense used here, is…
    name: 'en-as-used',
    lang: 'en',
    cue: /\bas\b|in the sense/,
    trigger: 's',
    pattern: new RegExp(`${CLAUSE}(?:(?:[Tt]he|[Aa]n?)\\s+)?${EN_NAME}(?:,\\s+as\\s+(?:[\\w'’]+\\s+){0,4}?(?:used|uses|use|defined|understood)\\b[^,;]{0,30}|,\\s+in the sense (?:used|meant|intended) (?:here|in this \\w+)),\\s+(?:is|are|means|covers|includes|refers to|denotes|describes|encompasses)\\b`, 'g'),
    kind: 'explicit',
  },
  {
    // Active debris removal (ADR) — the practice of capturing… — is still…
    name: 'en-dash',
    lang: 'en',
    cue: /[—–]/,
    trigger: '—–',
    pattern: new RegExp(`${CLAUSE}(?:(?:The|A|An)\\s+)?${EN_NAME}\\s*(?<paren>\\([^()]{1,80}\\))?\\s*[—–]\\s*(?:(?:that is|i\\.e\\.|namely),?\\s+\\w|(?:the|a|an)\\s+\\w|(?<genus>[a-z][\\w-]*)\\b)`, 'g'),
    kind: 'explicit',
    // Without an article the gloss repeats the name's head: "Green hydrogen — hydrogen produced by…".
    check: (m) => !m.groups!.genus || m.groups!.term.toLowerCase().endsWith(' ' + m.groups!.genus.toLowerCase()),
  },
  {
    // There is also the Space Sustainability Rating, or SSR, a voluntary score that…
    name: 'en-or-acronym',
    lang: 'en',
    cue: /, or [A-Z]/,
    trigger: ',',
    pattern: /\b(?<term>[A-Z][\w'’-]*(?:(?:\s+(?:of|and|for|on|in|the))?\s+[A-Z][\w'’-]*){0,6}),\s+or\s+(?<alias>[A-Z][A-Z0-9&-]{1,7}),\s+(?:a|an|the)\s/g,
    kind: 'explicit',
  },
  {
    // Tier 1 covers suppliers we buy from directly; Tier 2 covers…; Band 3 is everything above: a numbered class of a
    // scheme and what it takes in.
    name: 'en-numbered-class',
    lang: 'en',
    cue: /\b[A-Z][a-z]+ \d{1,2}[A-Za-z]? (?:covers|includes|comprises|consists of|is everything|is all|are all)\b/,
    trigger: 'cio',
    pattern: /(?:^[\s#>*-]*|[.;]\s+)(?<term>[A-Z][a-z]+ \d{1,2}[A-Za-z]?)\s+(?:covers|includes|comprises|consists of|is everything|is all|are all)\b/g,
    kind: 'explicit',
    bonus: -0.5,
    // A class of a scheme, not a part of the document (Table 2 covers…, Chapter 3 includes…).
    check: (m) => !/^(?:Table|Figure|Fig|Chart|Box|Annex|Appendix|Chapter|Section|Part|Article|Page|Volume|Paragraph|Clause|Schedule|Exhibit|Item|Note|Question|Step|Year|Week|Day|Room|Floor|Level)\b/.test(m.groups!.term),
  },
  {
    // We refer to a week in which sales fall by half as a demand slump: the description, then the name given it.
    name: 'en-refer-to-as',
    lang: 'en',
    cue: /\b(?:refer to|describe|designate)\b.{6,200}?\bas\b/,
    trigger: 'r',
    pattern: new RegExp(`\\b(?:[Ww]e|I|[Tt]his (?:report|paper|article|study|chapter|brief)|[Tt]he (?:report|paper|authors?))\\s+(?:refer to|describe|designate)\\s+(?:[^.;:()]{6,200}?)\\s+as\\s+(?:(?:a|an|the)\\s+)?["“‘']?${EN_NAME_LAZY}["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?(?=\\s*(?:[.;]|$))`, 'g'),
    kind: 'explicit',
  },
  {
    // Throughout, a frequent visitor is one who…; a small firm is one with fewer than…: the name, then "one" and what makes it one.
    name: 'en-is-one',
    lang: 'en',
    cue: /\bis one (?:who|that|which|whose|where|with|in|[a-z]+ed)\b/,
    trigger: 'o',
    pattern: new RegExp(`${CLAUSE}(?:(?:[Tt]hroughout|[Hh]ere|[Ii]n this (?:paper|study|report)),?\\s+)?(?:[Aa]n?)\\s+${EN_NAME_LAZY}\\s+is\\s+one\\s+(?:who|that|which|whose|where|with|in|[a-z]+ed)\\b`, 'g'),
    kind: 'explicit',
  },
  {
    // A tenant is in Good Order when the tenant has…: a capitalised status a person or thing is in, and its condition.
    name: 'en-is-in-status-when',
    lang: 'en',
    cue: /\b(?:is|are) (?:in|of|on) [A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?:when|if|where)\b/,
    trigger: 'iao',
    pattern: /\b(?:is|are)\s+(?:in|of|on)\s+(?<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:when|if|where)\b/g,
    kind: 'explicit',
    // The sentence opens with the one it is said of, a defined term itself ("A Member is in…"), not a place ("The festival is in New York when").
    check: (m, s) => /^[\s#>*(\d.)-]*(?:An?|The|Each|Every)\s+[A-Z][\w-]+\s+$/.test(s.slice(0, m.index)) && m.groups!.term.split(/\s+/).length >= 2,
  },
  {
    // The vacancy rate is the share of dwellings that…; [^2]: Bed occupancy is the proportion of…: a measure's name and what it measures.
    name: 'en-is-the-measure',
    lang: 'en',
    // A quorum or a threshold: "… is a majority of", "… is 25 per cent of", "… is one third of".
    cue: /\bis (?:the (?:share|ratio|proportion|percentage|fraction|number|sum|rate|difference|interval|amount)|an? (?:majority|minimum|maximum|quarter|third|half)|\d{1,3}(?:\.\d+)? ?(?:per ?cent|%)|one[- ](?:third|quarter|half)|two[- ]thirds|three[- ]quarters) of\b/,
    trigger: 's',
    pattern: new RegExp(`^(?:\\s*:\\s)?[\\s#>*○●◎□■▶►◆◇・•-]*(?:${FOOTNOTE})?(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\s+)?(?:The\\s+|A\\s+)?${EN_NAME_LAZY}(?<for>\\s+for\\s+(?:a|an|the|any)\\s+[\\w-]+(?:\\s+[\\w-]+){0,4}?)?\\s+is\\s+(?:the\\s+(?:share|ratio|proportion|percentage|fraction|number|sum|rate|difference|interval|amount)|(?<threshold>an?\\s+(?:majority|minimum|maximum|quarter|third|half)|\\d{1,3}(?:\\.\\d+)?\\s?(?:per\\s?cent|%)|one[- ](?:third|quarter|half)|two[- ]thirds|three[- ]quarters))\\s+of\\b`),
    kind: 'explicit',
    bonus: -0.5,
    // A name, not a pronoun or a phrase that points elsewhere ("This", "Our main outcome"); a name with an acronym in
    // parentheses is paren-alias's.
    // A threshold ("is a majority of", "is 25 per cent of") defines the name only when it says what it is set for
    // ("Quorum for a general meeting is…"): "Turnout in 2024 is 25 per cent of voters" is a fact.
    check: (m) => !/^(?:this|that|it|its|our|their|his|her|which|what|one|each|the|there|here)\b/i.test(m.groups!.term) && (!m.groups!.threshold || !!m.groups!.for),
  },
  {
    // …shall keep a tenant deposit account (the "Deposit Account"), being an account held…: a common noun, its defined
    // short name, then what it is; the noun is the term, the short name another name for it.
    name: 'en-described-defined-term',
    lang: 'en',
    cue: /\((?:the\s+)?["“][A-Z][^"”()]{1,40}["”]\),?\s+(?:being|which is|that is|meaning|i\.e\.)/,
    trigger: '(',
    pattern: /\b(?:a|an|the)\s+(?<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)\s+\((?:the\s+)?["“](?<alias>[A-Z][^"”()]{1,40})["”]\),?\s+(?:being|which is|that is|meaning|i\.e\.)/g,
    kind: 'explicit',
  },
  {
    // Clause 4.2 (the "War Exclusion") removes cover for…: a contract's defined term, in parentheses.
    name: 'en-defined-term',
    lang: 'en',
    cue: /\(["“‘]|\((?:the|an?|hereinafter|hereafter) /,
    trigger: '(',
    // A description before it may name the thing: "A transfer of a tenant… (an "Internal Move")".
    pattern: /\((?:the\s+|an?\s+|(?:hereinafter|hereafter)\s+(?:referred to as\s+|called\s+)?)?(?:the\s+)?["“](?:the\s+)?(?<term>[A-Z][^"”’()]{1,40}|(?<=(?:hereinafter|hereafter)\s+(?:referred to as\s+|called\s+)?(?:the\s+)?["“](?:the\s+)?)[a-z][^"”’()]{1,40})["”’]\)/g,
    kind: 'copula',
  },

  {
    // The "opportunity cost hypothesis" holds that…: a named idea and what it states.
    name: 'en-holds-that',
    lang: 'en',
    cue: /\b(?:holds|posits|states|asserts|predicts|maintains|argues|proposes) that\b/,
    trigger: 't',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?<lead>[A-Z][^,]{0,40},\\s+)?(?:(?:The|A|An|the|a|an)\\s+)?(?<q>["“‘]|\\*\\*)?${EN_NAME_LAZY}(?:["”’']|\\*\\*)?\\s*(?<paren>\\([^()]{1,80}\\))?(?<comma>,)?\\s+(?:holds|posits|states|asserts|predicts|maintains|argues|proposes) that\\b`),
    kind: 'explicit',
    bonus: -0.5,
    // A quoted name, or one whose head says it is an idea (hypothesis, principle, law). An apposition after a lead
    // ("A related idea, the **X**, holds that…") is a marked name's only.
    check: (m) => {
      const g = m.groups!;
      if (g.lead || g.comma) return !!(g.lead && g.comma && g.q);
      return !!g.q || /\b(?:hypothesis|theory|thesis|principle|doctrine|law|paradox|model|effect|view|argument|rule|approach|school)$/i.test(g.term);
    },
  },
  {
    // A related concept is the motherhood penalty: the gap between…; the idea is the "X" — a…
    name: 'en-concept-colon',
    lang: 'en',
    cue: /\b(?:concept|term|notion|idea|phenomenon)\s+(?:is|was)\b/,
    trigger: 'cmnip',
    pattern: new RegExp(`\\b(?:concept|term|notion|idea|phenomenon)\\s+(?:is|was)\\s+(?:(?:the|a|an)\\s+)?["“‘']?${EN_NAME_LAZY}["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?\\s*(?::|[—–]|,\\s+(?:that is|i\\.e\\.|namely),?)\\s*(?:the|a|an)\\s`, 'g'),
    kind: 'explicit',
  },
  {
    // A further concept, "action initiation", appears only in the notes: it describes…
    name: 'en-concept-named',
    lang: 'en',
    cue: /\b(?:concept|term|notion|idea|expression|phrase),\s+["“‘]/,
    trigger: ',',
    pattern: /\b(?:concept|term|notion|idea|expression|phrase),\s+["“‘](?<term>[A-Za-z][^"”’()]{1,40})["”’]\s*(?<paren>\([^()]{1,80}\))?,/g,
    kind: 'so-called',
    // Defined when the sentence goes on to say what it means.
    check: (m, s) => (/\b(?:it|which)\s+(?:describes|refers to|means|denotes|covers|is)\b/.test(s.slice(m.index + m[0].length)) ? 2 : 0),
  },
  {
    // A reference in this Act to a "dataset" is to a collection of…: a statute's definition by reference.
    name: 'en-reference-is-to',
    lang: 'en',
    cue: /\breference\b.*\bis to\b/,
    trigger: 'f',
    pattern: /\b[Aa]\s+reference\s+(?:in\s+(?:this|that|the)\s+[A-Za-z]+\s+)?to\s+(?:(?:a|an|the)\s+)?["“‘](?<term>[A-Za-z][^"”’()]{1,40})["”’]\s+is\s+(?:to|a reference to)\b/g,
    kind: 'explicit',
  },
  {
    // a compliance notice, which is a notice requiring…; open banking, the regime under which…:
    // a lower-case name and the kind of thing it is, set off by a comma.
    name: 'en-comma-kind',
    lang: 'en',
    cue: /, (?:which (?:is|are) (?:a|an|the)|(?:the|a|an) (?:[\w-]+ ){0,2}?(?:regime|system|practice|process|arrangement|mechanism|scheme|framework|method|technique|principle|doctrine|rule|idea|notion|phenomenon|situation|condition|state) (?:under which|in which|by which|through which|whereby|where|that|which))\b/,
    trigger: ',',
    pattern: new RegExp(`(?<term>${WORD}),\\s+(?:which\\s+(?:is|are)\\s+(?:a|an|the)\\s|(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:regime|system|practice|process|arrangement|mechanism|scheme|framework|method|technique|principle|doctrine|rule|idea|notion|phenomenon|situation|condition|state)\\s+(?:under which|in which|by which|through which|whereby|where|that|which)\\b)`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    extendLeft: true,
    // A common noun of two words at least ("a compliance notice"), not a proper name or a clause ("prices rose").
    check: (m, s) => (/^[A-Z]/.test(m.groups!.term) ? /^,\s+which\s+(?:is|are)\s+the\s+(?:body|agency|office|organisation|organization|institution|ministry|department|court|committee|council|authority|fund|programme|program|scheme|process|mechanism|principle|rule|law|treaty|agreement)\s+(?:that|which|responsible)\b/.test(s.slice(m.index + m.groups!.term.length, m.index + m.groups!.term.length + 80)) : /^[a-z][\w'’-]*$/.test(m.groups!.term) && !/ed$/.test(m.groups!.term) && !CALLED_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index)) && /(?:^|\s)[a-z][\w'’-]*\s+$/.test(s.slice(Math.max(0, m.index - 30), m.index)) && !EN_BEFORE_NAME.test(/([\w'’-]+)\s+$/.exec(s.slice(0, m.index))?.[1] ?? '')),
  },

  {
    // Red-teaming, a practice borrowed from the military, involves…: the sentence's subject and what kind of thing it is.
    name: 'en-subject-apposition',
    lang: 'en',
    cue: /, an? (?:practice|technique|method|process|term|concept|procedure|tactic|strategy|doctrine) /,
    trigger: ',',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?:(?:The|A|An)\\s+)?["“‘']?(?<term>[A-Z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*){0,3}?)["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?,\\s+(?:a|an)\\s+(?:practice|technique|method|process|term|concept|procedure|tactic|strategy|doctrine)\\s+(?:borrowed|taken|adapted|used|that|which|in which|whereby|of)\\b`),
    kind: 'explicit',
    bonus: -0.5,
  },
  {
    // 【緩和】温室効果ガスの排出削減と…こと。: a glossary's bracketed headword, then its definition.
    name: 'bracket-entry',
    lang: 'any',
    cue: /^\s*【[^【】]{2,20}】\s*\S/,
    trigger: '【',
    pattern: /^\s*【(?<term>[^【】]{2,20})】\s*(?<def>\S.{7,})$/,
    kind: 'explicit',
    // "【释义】本条是关于…": a commentary's label, whose text is about the document's own parts.
    check: (m) => definitionText(m.groups!.def) && !/^(?:本(?:条|章|节|款|项|法|条例|办法|節)|この(?:条|章|節))/.test(m.groups!.def),
  },
  {
    // Carbon leakage happens when companies shift…: a name and the situation it names.
    name: 'en-happens-when',
    lang: 'en',
    cue: /\b(?:happens|occurs|arises|exists) (?:when|if|where)\b/,
    trigger: 'h',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?:(?:A|An|The)\\s+)?["“‘']?(?<term>[A-Z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*){0,3}?)["”’']?\\s*(?<paren>\\([^()]{1,80}\\))?\\s+(?:happens|occurs|arises|exists)\\s+(?:when|if|where)\\b`),
    kind: 'explicit',
    bonus: -0.5,
  },
  {
    // Japan's GX-ETS, short for Green Transformation Emissions Trading System, started…
    name: 'en-short-for',
    lang: 'en',
    cue: /, (?:short for|which stands for|standing for) /,
    trigger: 'f',
    pattern: /(?<term>[A-Z][\w-]*[A-Z][\w-]*),\s+(?:short for|which stands for|standing for)\s+(?:the\s+)?(?<alias>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|on|the|in)\s+)?[A-Z][\w'’-]*){1,8}),/g,
    kind: 'explicit',
  },

  {
    // Harbour cooperation zones, often called "port pooling", are schemes…; Often called "port pooling",
    // harbour cooperation zones are…: the popular name, quoted, beside the name the sentence defines.
    name: 'en-called-beside-subject',
    lang: 'en',
    cue: /(?:called|known as|dubbed|referred to as)\s+["“‘']/,
    trigger: 'dsb',
    pattern: new RegExp(
      `(?:${CLAUSE}(?:(?:[Tt]he|[Aa]n?)\\s+)?${EN_NAME},\\s+(?:often|commonly|usually|sometimes|popularly|informally|widely)\\s+(?:called|known as|dubbed|referred to as)\\s+["“‘'](?<alias>[^"”’']{2,40})["”’'],|^(?:Often|Commonly|Usually|Sometimes|Popularly|Informally|Widely)\\s+(?:called|known as|dubbed|referred to as)\\s+["“‘'](?<alias2>[^"”’']{2,40})["”’'],\\s+(?:(?:the|a|an)\\s+)?(?<term2>${WORD}(?:\\s+${WORD}){0,4}))\\s+(?:(?:is|are)\\s+(?:a|an|the|[a-z]+s)|refers? to|means?|describes?)\\b`,
      'g',
    ),
    kind: 'explicit',
  },
  // ---- Korean ----
  {
    // 녹색해운회랑(…)이란 …을 말한다; 무탄소 연료라 함은 …; '연료 공급 보증'이라 함은 …
    name: 'ko-iran',
    lang: 'ko',
    cue: /란[,\s]|함은/,
    trigger: '란함',
    pattern: new RegExp(
      `(?:^[\\s#>*:○●◎□■▶►◆◇・•-]*(?:${FOOTNOTE})?(?:제\\d{1,3}(?:조|항|호)(?:제\\d{1,2}항)?에\\s?따른\\s|이\\s?(?:조례|법|규칙|영|약관)에서\\s)?|[,:]\\s+|(?<q>['‘"“「]))(?<term>(?:${KO_WORD}\\s){0,3}?${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?['’"”」]?\\s*(?<paren2>\\([^()]{1,80}\\))?\\s*(?:이란|란|이라\\s?함은|라\\s?함은|이라고\\s?함은|라고\\s?함은)[,\\s]`,
      'g',
    ),
    kind: 'explicit',
    // "…란" also ends ordinary words (혼란): without "함은" the sentence must close with a defining verb.
    // 이란 right after a final consonant and 란 right after a vowel mark the topic ("순환이용률이란 …의 비율로,"); 혼란 does not.
    check: (m, s) => /함은[,\s]$/.test(m[0]) || KO_DEFINING_VERB.test(s) || (/^[^\s]*(?:이란|란)[,\s]$/.test(m[0].slice(m[0].lastIndexOf(m.groups!.term) + m.groups!.term.length).replace(/^['’"”」]?(?:\([^()]*\))?/, '')) && hasFinalConsonant(m.groups!.term) === /이란[,\s]$/.test(m[0]) && m.index === 0),
  },
  {
    // 숙련기능인력 전환은 … 제도를 가리킨다; 다문화 수용성은 … 정도로 정의된다: the topic of a sentence that closes by defining it.
    name: 'ko-topic',
    lang: 'ko',
    cue: KO_DEFINING_END,
    trigger: '다함킴음임',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?:(?:이 중|그중|이 가운데|반면|한편|또한|특히|다만)\\s+)?(?<term>(?:${KO_WORD}\\s){0,3}?${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?(?:은|는)\\s`, 'g'),
    kind: 'explicit',
    // 은 follows a final consonant, 는 a vowel: otherwise the particle was part of a word.
    // A sentence that only says what kind of thing its topic is needs a name, not an actor ("정부는 …계획이다").
    check: (m, s) => koTopic(m.groups!.term, m[0]) && (KO_VERB_END.test(s) || (m.groups!.term.replace(/\s/g, '').length >= 3 && !KO_ACTOR.test(m.groups!.term))),
  },
  {
    // 공유센터는 … 포장하는 시설로, 하루 …: the topic, then the kind of thing it is, and the sentence goes on.
    name: 'ko-topic-kind-goes-on',
    lang: 'ko',
    cue: /[\uac00-\ud7af](?:으로|로|며|고|는데|는바)[,，\s]/,
    trigger: '로며고데바',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?<term>(?:${KO_WORD}\\s){0,3}?${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?(?:은|는)\\s`),
    kind: 'explicit',
    bonus: -0.5,
    // Or a defining verb that goes on: "단독가구는 …가구를 말하며, …".
    check: (m, s) => {
      const term = m.groups!.term;
      if (!koTopic(term, m[0]) || term.replace(/\s/g, '').length < 3 || KO_ACTOR.test(term)) return false;
      // "제정안이 도입하려는 …": a subject or object before a verb is a clause, not a name.
      if (/[이가을를에]\s/.test(term) || /(?:하|되|시키)(?:려|고|며|면)$|해서$/.test(term)) return false;
      // "이번 조사는 …방식으로, …": a survey or plan the text points at is no name.
      if (/^(?:이번|금번|올해|지난해|지난|내년|본|해당|이|그|저)\s/.test(term)) return false;
      return koKindGoesOn(s.slice(m[0].length)) || KO_VERB_GOES_ON.test(s.slice(m[0].length));
    },
  },
  {
    // 청년수당은 … 지급하는 수당이다; 계 가운데 상포계는 … 만든 계이다: the sentence closes on the topic's own head noun.
    name: 'ko-topic-genus',
    lang: 'ko',
    cue: /[\uac00-\ud7af]\s+[\uac00-\ud7af]+(?:이다|다|임)[.。]?$/,
    trigger: '다임',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?:[^.。]{0,60}?\\s(?:가운데|중에서|중)\\s+)?(?<term>(?:${KO_WORD}\\s){0,3}?${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?(?:은|는)\\s`),
    kind: 'copula',
    check: (m, s) => koTopic(m.groups!.term, m[0]) && koGenus(m.groups!.term, s),
  },
  {
    // 토론자들은 채용 수수료, 즉 노동자가 … 비용이…: the words before ", 즉" that are not the clause before.
    name: 'ko-namely',
    lang: 'ko',
    cue: /,\s*즉\s/,
    trigger: '즉',
    // "육상전원공급설비, 즉 AMP(…)는 …": a short name after 즉, then the topic marker, is another name of it.
    pattern: new RegExp(`(?<term>${KO_WORD})\\s*(?<paren>\\([^()]{1,80}\\))?,\\s*즉\\s(?:(?<alias>[A-Z][A-Za-z0-9-]{1,9})(?=\\s*(?:\\([^()]{1,80}\\))?(?:은|는|이란|란)\\s))?`, 'g'),
    kind: 'explicit',
    extendLeft: true,
  },
  {
    // 소부장은 소재·부품·장비의 줄임말로, …: what a short name stands for.
    name: 'ko-abbreviation',
    lang: 'ko',
    cue: /의\s*(?:줄임말|약어|약칭|준말|줄인 말)/,
    trigger: '말어칭',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*['‘"“]?(?<term>${KO_WORD}(?:\\s${KO_WORD}){0,2}?)['’"”]?\\s*(?<paren>\\([^()]{1,80}\\))?(?:은|는|이란|란)\\s+[^.]{1,60}?의\\s*(?:줄임말|약어|약칭|준말|줄인 말)`),
    kind: 'explicit',
  },
  {
    // 학생들이 학교 운영에 참여하는 것, 즉 학생자치는 …: the description, then the name it is called by.
    name: 'ko-namely-after',
    lang: 'ko',
    cue: /,\s*즉\s/,
    trigger: '즉',
    pattern: new RegExp(`(?:것|현상|행위|방식|상태|과정|제도),\\s*즉\\s+(?<term>(?:${KO_WORD}\\s)?${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?(?:은|는)\\s`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    check: (m) => hasFinalConsonant(m.groups!.term) === /은\s$/.test(m[0]),
  },
  {
    // 이른바 '연료 전환 격차(fuel transition gap)', 즉 …
    name: 'ko-so-called',
    lang: 'ko',
    cue: /이른바|소위/,
    trigger: '른위',
    pattern: new RegExp(`(?:이른바|소위)\\s*${KO_QUOTED}`, 'g'),
    kind: 'so-called',
    check: (m, s) => (/^\s*(?:[,은는]\s*)?즉/.test(after(m, s, 6)) || KO_DEFINING_VERB.test(s) ? 2 : 0),
  },
  {
    // 흔히 '가치 외교'라고 불리는 이 노선은…; '해양강국'이라는 용어는…: a name the writer marks as the one in use.
    name: 'ko-so-named',
    lang: 'ko',
    cue: /라고\s*(?:불리는|부르는|일컬어지는|일컫는)|라는\s*(?:용어|개념|말|표현|단어)/,
    trigger: '라',
    pattern: new RegExp(`${KO_QUOTED}\\s*(?<paren>\\([^()]{1,80}\\))?\\s*(?:이)?(?:라고\\s*(?:불리는|부르는|일컬어지는|일컫는)|라는\\s*(?:용어|개념|말|표현|단어))`, 'g'),
    kind: 'so-called',
    // "'X'라는 표현을 대신하기 위해" only mentions a word: 라는 용어 names a term when the sentence defines it.
    check: (m, s) => (KO_DEFINING_VERB.test(s) || KO_DEFINING_END.test(s) ? 2 : /라는\s*\S+$/.test(m[0]) ? false : 0),
  },
  {
    // …의 합계를 '전과정 배출량(Well-to-Wake emissions)'으로 정의한다.
    name: 'ko-define-as',
    lang: 'ko',
    cue: /정의|규정/,
    trigger: '정',
    // "…을 '소극적 중립'으로, …을 '적극적 중립'으로 정의한다": one verb for several names.
    pattern: new RegExp(`${KO_QUOTED}\\s*(?:으로|로)\\s*(?=(?:,[^.。]{0,120}?(?:으로|로)\\s*)?(?:정의|규정)(?:한다|하였다|했다|된다|하며|하고|함))`, 'g'),
    kind: 'explicit',
    // '"X"를 "…사람"으로 정의': a quoted text after 을/를 is the definition, not a name.
    check: (m, s) => !/['’"”」]\s*(?:을|를)\s*$/.test(s.slice(Math.max(0, m.index - 5), m.index)),
  },
  {
    // 본 조사에서는 …에 사는 사람을 귀촌인으로 정의한다.: the description, then the name given it, unquoted, closing the sentence.
    name: 'ko-object-defined-as',
    lang: 'ko',
    cue: /(?:으로|로)\s*정의(?:한다|하였다|했다|함)[.。]?$/,
    trigger: '정',
    pattern: new RegExp(`[\\uac00-\\ud7af]\\s?(?:을|를)\\s+(?<term>${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?(?:으로|로)\\s*정의(?:한다|하였다|했다|함)[.。]?$`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    // A description long enough to define: "…사람을" after a clause.
    check: (m) => m.index >= 12,
  },
  {
    // 제정안은 "플랫폼 종사자"를 "…사람"으로 정의하고 있음: the quoted name, then its quoted definition.
    name: 'ko-define-quoted-as',
    lang: 'ko',
    cue: /(?:을|를)\s*['‘"“「][^'‘’"“”「」]{4,200}['’"”」]\s*(?:으로|로)\s*(?:정의|규정)/,
    trigger: '정',
    pattern: new RegExp(`${KO_QUOTED}\\s*(?:을|를)\\s*['‘"“「][^'‘’"“”「」]{4,200}['’"”」]\\s*(?:으로|로)\\s*(?:정의|규정)`, 'g'),
    kind: 'explicit',
  },
  {
    // …얻는 수소를 흔히 추출수소라고 일컫는다: the name closes the sentence that described it.
    name: 'ko-called',
    lang: 'ko',
    cue: /라고\s*(?:부른다|일컫는다|칭한다|지칭한다)[.。]?$/,
    trigger: '라',
    pattern: new RegExp(`(?<term>${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?(?:이)?라고\\s*(?:부른다|일컫는다|칭한다|지칭한다)[.。]?$`, 'g'),
    kind: 'explicit',
    extendLeft: true,
    bonus: -0.5,
  },
  {
    // …멈추는 지점을 초크포인트(chokepoint)라고 한다.: an object, then the name it is called by.
    name: 'ko-object-called',
    lang: 'ko',
    cue: /(?:이)?라고?\s*(?:한다|하였다|했다)[.。]?$|(?:이)?라고?\s*(?:하였고|하였으며|했고|하며|하고),/,
    trigger: '라',
    // (A PDF's line break may leave a space before the particle: "지점 을".) The name may have words before its
    // last ("…능력을 항만 회복력이라 한다"), none ending in a particle or an adnominal verb ("…지는 제도를 X라 한다" gives X; "…을 확장할 계획이라고 한다" is reported speech).
    pattern: new RegExp(`[\\uac00-\\ud7af]\\s?(?:을|를)\\s+(?<term>(?:${KO_WORD}(?<![을를는의할될던])\\s+|(?:또는|혹은)\\s+){0,2}?${KO_WORD_LAZY})\\s*(?<paren>\\([^()]{1,80}\\))?(?:이)?라고?\\s*(?:(?:한다|하였다|했다)[.。]?$|(?:하였고|하였으며|했고|하며|하고),)`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
  },
  {
    // '항만 간 벙커링 동맹'은 …을 가리킨다.
    name: 'ko-quoted-topic',
    lang: 'ko',
    cue: KO_DEFINING_VERB,
    trigger: '다함킴음',
    // "이 보고서에서 '무탄소 선박'은 …을 뜻한다": the text's own scope may come first.
    pattern: new RegExp(`(?:^[\\s#>*:○●◎□■▶►◆◇・•-]*(?:(?:이|본|이번)\\s*(?:보고서|글|연구|법|논문|장|절|조)(?:에서(?:는)?|의)\\s+)?|,\\s+)${KO_QUOTED}\\s*(?:은|는|이란|란)\\s`, 'g'),
    kind: 'explicit',
  },

  {
    // 흔히 '항만 연대'로 불리는 항만협력권은 …을 가리킨다: the popular name, quoted, modifies the topic the sentence defines.
    name: 'ko-called-before-topic',
    lang: 'ko',
    cue: /(?:으로|로|라고|이라고)\s*(?:도\s*)?불리는/,
    trigger: '불',
    pattern: new RegExp(`${KO_QUOTED.replace('?<term>', '?<alias>')}\\s*(?:으로|로|라고|이라고)\\s*(?:도\\s*)?불리는\\s+(?<term>(?:${KO_WORD}\\s+){0,2}?${KO_WORD_LAZY})(?:은|는|이란|란)\\s`, 'g'),
    kind: 'explicit',
    check: (m, s) => /(?:이란|란)\s$/.test(m[0]) || KO_DEFINING_END.test(s),
  },
  {
    // 청년창업자(…창업한 사람을 말한다. 이하 같다)의 …: a statute's definition in the parenthesis after the name.
    name: 'ko-paren-definition',
    lang: 'ko',
    cue: /\([^()]{6,160}(?:을|를)\s*(?:말한다|말함|뜻한다|가리킨다)[.。]?(?:\s*이하\s*같다[.。]?)?\)/,
    trigger: '다함',
    pattern: new RegExp(`(?<term>[${HANGUL}A-Za-z0-9]{2,20})\\((?<def>[^()]{6,160}(?:을|를)\\s*(?:말한다|말함|뜻한다|가리킨다))[.。]?(?:\\s*이하\\s*같다[.。]?)?\\)`, 'g'),
    kind: 'explicit',
  },
  // ---- Japanese ----
  {
    // 関係人口という用語は、…人々を指す: an unquoted name, the word for it, then a sentence that closes by defining it.
    name: 'ja-term-word',
    lang: 'ja',
    cue: /という(?:用語|言葉|語|概念|表現)は/,
    trigger: 'い',
    // A quoted name is ja-called's (「X」という言葉は…を指す).
    pattern: new RegExp(`(?:^[\\s#>*○●◎□■▶►◆◇・•-]*|[、。])(?<term>${JA_NAME_OKURI})という(?:用語|言葉|語|概念|表現)は`, 'g'),
    kind: 'explicit',
    check: (_m, s) => JA_DEFINING_END.test(s),
  },
  {
    // A statute's numbered item, its parts set apart by gaps: "一　空き家　居住その他の…建築物をいう。" (the first gap may go in normalising).
    name: 'ja-statute-item',
    lang: 'ja',
    cue: /^[一二三四五六七八九十]{1,3}\s?[^\s、。]{1,24} \S/,
    trigger: '一二三四五六七八九十',
    pattern: new RegExp(`^[一二三四五六七八九十]{1,3}\\s?(?<term>${JA_NAME_OKURI}) (?=\\S)`),
    kind: 'explicit',
    check: (_m, s) => JA_DEFINING_END.test(s),
  },
  {
    // A speaker's way (minutes, an answer): "まず、X（について）でございますが、これは、…のことでございます", "「X」、これは…取組でございますが、",
    // "X、略してYと呼んでおりますが、これは…団体でございます": the name, then これは and what it is.
    name: 'ja-kore-wa',
    lang: 'ja',
    cue: /[、,]\s*これは/,
    trigger: 'こ',
    pattern: new RegExp(`(?:^[\\s#>*○●◎□■▶►◆◇・•-]*|[、。])\\s*(?:[「『](?<term2>[^「」『』]{2,30})[」』]|(?<term>${JA_NAME_OKURI}))(?:について)?(?:であるが|だが)?(?:[、,]\\s*略して(?<alias>${JA_NAME}{2,20})と(?:呼んでいるが|呼ぶが|いうが))?[、,]\\s*これは[、,]?`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    // What follows これは closes as a definition, or says what kind of thing the name is before the sentence goes on.
    check: (m, s) => (JA_DEFINING_END.test(s) || JA_KIND_COPULA.test(s.slice(m.index + m[0].length))) && !JA_ADNOMINAL.test(m.groups!.term ?? m.groups!.term2),
  },
  {
    // フレイルとは、…をいう; いわゆる「2025年問題」とは…
    name: 'ja-towa',
    lang: 'ja',
    cue: /とは/,
    trigger: 'は',
    // A statute's or terms of use's scope may come first: 本条において口座連携とは…, この規約でXとは….
    pattern: new RegExp(`(?:^[\\s#>*○●◎□■▶►◆◇・•-]*(?:${FOOTNOTE})?|[、。：]|[「『]|いわゆる|(?:本|この)[${HAN}]{1,4}(?:において|における|で)は?、?)(?<term>${JA_NAME}{2,30}?)\\s*[」』]?\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*とは`, 'g'),
    kind: 'explicit',
    // A heading "人的資本経営とは" asks the question; the definition is the sentence that answers it.
    check: (m, s) => after(m, s, 8).replace(/[\s、,？?]/g, '').length >= 4,
  },
  {
    // 観光地域づくり法人（DMO）とは…: at the start of a sentence, a name with hiragana between its nouns.
    name: 'ja-towa-long',
    lang: 'ja',
    cue: /とは/,
    trigger: 'は',
    pattern: new RegExp(`^[\\s#>*○●◎□■▶►◆◇・•-]*(?<term>${JA_NAME}+(?:[\\u3041-\\u3096]{1,3}${JA_NAME}+){1,2})\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*とは`),
    kind: 'explicit',
    // Not a clause: no particle that ends a phrase (は, が, を, に, で, と, も).
    // Nor a clause modifying the name: a verb's adnominal form ("当社の考える人的資本経営").
    check: (m) => !/[はがをにでとも]/.test(m.groups!.term.replace(/[^\u3041-\u3096]/g, '')) && !/[るたうくすつむぐぶ](?=[\u4e00-\u9fff\u30a0-\u30ff])/.test(m.groups!.term),
  },
  {
    // …考え方は、「エイジング・イン・プレイス」（Aging in Place）と呼ばれる; （以下「X」という。）
    name: 'ja-called',
    lang: 'ja',
    cue: /と(?:呼|よ[ぶばん]|いう|言う|称|名付|定義|し[、，]|する[。.]?$)/,
    trigger: 'と',
    // A paper's "…者を「X」とし、" / "…を「X」とする。" gives the name as well.
    pattern: new RegExp(`(?<obj>を\\s*)?[「『](?<term>[^「」『』\\n]{2,30})[」』]\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*と(?:呼ばれ|呼ぶ|呼んで|よばれ|よぶ|よんで|いう|言う|称され|称する|名付け|定義(?:し|する|され|して)|(?<as>し[、，]|する[。.]?$))`, 'g'),
    kind: 'explicit',
    // A name ends in kanji, katakana or Latin; a quoted remark ends in a verb (「…待ったなしだ」という).
    // 「X」という言葉を耳にする speaks of the word, not of what it names: it defines only when the sentence does.
    // "関係人口を「…に関わる人々」と定義する": a quoted description given to the name before it is no name (ja-object-defined-as).
    // "…を整備した（以下「X」という。）": a short name given for the rest of the text only names the term; the sentence that
    // defines it ranks above.
    check: (m, s) =>
      JA_NAME_END.test(m.groups!.term) &&
      (!JA_WORD_ITSELF.test(after(m, s, 8)) || JA_DEFINING_END.test(s)) &&
      (!m.groups!.as || !!m.groups!.obj) &&
      !(m.groups!.obj && JA_DESCRIPTION.test(m.groups!.term)) &&
      (/[（(]\s*以下\s*$/.test(s.slice(Math.max(0, m.index - 4), m.index + m[0].indexOf(m.groups!.term) - 1)) ? -1 : true),
  },
  {
    // 本稿では、関係人口を「居住地以外の地域に継続的に関わる人々」と定義する: the name, then its definition in quotes.
    name: 'ja-object-defined-as',
    lang: 'ja',
    cue: /を[「『][^「」『』]{6,80}[」』]と(?:定義|する|し[、，])/,
    trigger: 'を',
    pattern: new RegExp(`(?:^|[、。]|では|において|で)(?<term>${JA_NAME_OKURI})を[「『](?<def>[^「」『』]{6,80})[」』]と(?:定義(?:する|し|される)|する[。.]?$|し[、，])`, 'g'),
    kind: 'explicit',
    check: (m) => JA_DESCRIPTION.test(m.groups!.def),
  },
  {
    // 緊急保護一覧表は、…一覧表のことである; 真正性（オーセンティシティ）は、…を意味する: the topic of a sentence that closes by defining it.
    name: 'ja-topic',
    lang: 'ja',
    cue: new RegExp(`${JA_DEFINING_END.source}|${JA_KIND_COPULA.source}|[\u4e00-\u9fff\u30a0-\u30ff](?:である|であり|で[、，])`),
    trigger: 'をのとで',
    pattern: new RegExp(`(?:^[\\s#>*○●◎□■▶►◆◇・•-]*(?:いわゆる)?|[、。]|いわゆる)\\**(?<term>(?:[A-Za-z]+\\s)?(?:${JA_NAME}{2,30}?|${JA_NAME_OKURI}))\\**\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*は(?<comma>[、，])?`, 'g'),
    kind: 'explicit',
    // The first topic only: a later "…は" is inside the definition. A sentence that only says
    // what kind of thing its topic is ("…輸送形態であり") sets the topic off with a comma.
    // A name may hold okurigana (地域おこし協力隊), not a verb before a noun.
    check: (m, s) => s.slice(0, m.index).indexOf('は') < 0 && !JA_ADNOMINAL.test(m.groups!.term) && (JA_DEFINING_END.test(s) || (!!m.groups!.comma && (JA_KIND_COPULA.test(s) || jaGenus(m.groups!.term, s)))),
  },
  {
    // …を一括して認定する方式を総合認定と呼ぶ。
    name: 'ja-wo-called',
    lang: 'ja',
    cue: /と(?:呼ぶ|よぶ|呼んでいる|よんでいる|称する|いう)/,
    trigger: 'と',
    // "…ものを、私どもはXと呼んでおります": who calls it so may come between.
    pattern: new RegExp(`を[、,]?\\s*(?:(?:私ども|私たち|我々|本稿|本書|ここ|政府|当省)(?:は|では)[、,]?)?\\s*(?:総称して|まとめて|一括して|略して|一般に|通常|俗に|広く)?\\s*\\**(?<term>${JA_NAME_OKURI})\\**\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*と(?:呼ぶ|よぶ|呼んでいる|よんでいる|称する|いう)[。.]?$`, 'g'),
    kind: 'explicit',
    check: (m) => m.groups!.term.length >= 2,
  },
  {
    // 個人情報取扱事業者（個人情報データベース等を事業の用に供している者）は…: a definition in the parenthesis.
    name: 'ja-paren-definition',
    lang: 'ja',
    // A statute's or terms of use's closes with a full stop and may say the name keeps its sense: （…をいう。以下同じ。）.
    cue: /[（(][^（）()]{6,100}(?:者|もの|こと|をいう|を指す)(?:。(?:以下同じ。)?)?[）)]/,
    trigger: '者のこうす',
    pattern: new RegExp(`(?:^[\\s#>*○●◎□■▶►◆◇・•-]*|[、。「]|(?<=[にをがはでともの]))(?<term>${JA_NAME}{2,30}?)[（(](?<def>[^（）()]{6,100}(?:者|もの|こと|をいう|を指す))(?:。(?:以下同じ。)?)?[）)]`, 'g'),
    kind: 'explicit',
    bonus: -0.5,
    // A clause, not a list of names: it holds a verb or a particle.
    check: (m) => /[をがにでのは]/.test(m.groups!.def),
  },
  {
    // …を認める、いわゆる十分性認定を…: an unquoted name after いわゆる, the description before it.
    name: 'ja-so-called-bare',
    lang: 'ja',
    cue: /いわゆる[\u4e00-\u9fff\u30a0-\u30ff]/,
    trigger: 'ゆ',
    pattern: new RegExp(`いわゆる(?<term>[${HAN}${KATAKANA}ー・]{2,20}?)(?=[をはがにでとも、。（(]|$)`, 'g'),
    kind: 'so-called',
    check: (m, s) => (/[るたい]、\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index)) ? 1 : 0),
  },
  {
    // 在宅看取り、すなわち自宅で最期を迎えることを…: a name, then what it is after すなわち.
    name: 'ja-namely',
    lang: 'ja',
    cue: /[、,]\s*(?:すなわち|即ち)/,
    trigger: 'す即',
    pattern: new RegExp(`(?:^[\\s#>*○●◎□■▶►◆◇・•-]*|[、。])(?<term>${JA_NAME}{2,30}?)\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*[、,]\\s*(?:すなわち|即ち)(?=[^、,。]{6})`, 'g'),
    kind: 'explicit',
    // A name, not a year or a number.
    check: (m) => !/^\d/.test(m.groups!.term),
  },
  {
    // いわゆる「老老介護」、すなわち…
    name: 'ja-so-called',
    lang: 'ja',
    cue: /いわゆる/,
    trigger: 'ゆ',
    pattern: /いわゆる\s*[「『](?<term>[^「」『』\n]{2,30})[」』]/g,
    kind: 'so-called',
    check: (m, s) => (/^\s*、?\s*(?:すなわち|つまり|とは)/.test(after(m, s, 8)) ? 2 : 0),
  },

  {
    // 排出量取引制度、いわゆるGX-ETSは…: the name a text goes by, and the one it is commonly called, one term.
    name: 'ja-name-so-called',
    lang: 'ja',
    cue: /、\s*いわゆる/,
    trigger: 'ゆ',
    pattern: new RegExp(`(?:^|[、。：:]|\\s)(?<alias>${JA_NAME}{2,20})、\\s*いわゆる\\s*[「『]?(?<term>[A-Za-z0-9${KATAKANA}${HAN}ー・-]{2,30}?)[」』]?(?=[はがをにのとでも、。]|$)`, 'g'),
    kind: 'alias',
  },
  {
    // 一般に「港湾互助」と呼ばれる港湾連携枠組みとは…: the popular name, quoted, modifies the name the sentence defines.
    name: 'ja-called-before-topic',
    lang: 'ja',
    cue: /(?:と(?:も)?(?:呼ばれる|称される|いわれる|言われる))/,
    trigger: 'と',
    pattern: new RegExp(`[「『](?<alias>[^「」『』\\n]{2,20})[」』]\\s*と(?:も)?(?:呼ばれる|称される|いわれる|言われる)\\s*(?<term>${JA_NAME}{2,30}?)\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*(?<topic>とは|は、?)`, 'g'),
    kind: 'explicit',
    check: (m, s) => m.groups!.topic === 'とは' || JA_DEFINING_END.test(s),
  },
  {
    // …資金を企業に貸し出すのが間接金融である。: what the clause describes is the name.
    name: 'ja-noga-dearu',
    lang: 'ja',
    cue: /[るたうくすつむぐぶぬ]のが[^。、]{2,32}(?:である|です|だ)[。.]?$/,
    trigger: 'が',
    pattern: new RegExp(`[るたうくすつむぐぶぬ]のが\\s*\\**「?(?<term>${JA_NAME}{2,30}?)」?\\**\\s*(?:である|です|だ)[。.]?$`),
    kind: 'explicit',
    bonus: -0.5,
    // A clause long enough to describe something, not "最も多いのが東京である".
    check: (m) => m.index >= 12,
  },
  // ---- any language: glossary layouts ----
  {
    // > **公共財**　多くの人が同時に利用できる財: a textbook's or report's glossary box, a bold headword then its gloss.
    name: 'bold-headword-entry',
    lang: 'any',
    cue: /^[\s>○●◎□■▶►◆◇・•-]*\*\*[^*:：]{2,24}\*\*\s*[^\s*:：—–\-]/,
    trigger: '*',
    pattern: new RegExp(`^[\\s>○●◎□■▶►◆◇・•-]*\\*\\*(?<term>[${HAN}${KATAKANA}${HANGUL}A-Za-z0-9ー・ ]{2,24}?)\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\*\\*\\s*(?<def>[^\\s*:：—–\\-].{7,})$`),
    kind: 'explicit',
    // An East Asian headword; its gloss a phrase that opens with a word, not a particle, and reads as a definition.
    check: (m) => /[\u3040-\u9fff\uac00-\ud7af]/.test(m.groups!.term) && /^[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7afA-Za-z]/.test(m.groups!.def) && definitionText(m.groups!.def) && !/^(?:が|を|に|は|の|と|で|이|가|을|를|은|는)/.test(m.groups!.def) && !/[？?]$/.test(m.groups!.def),
  },
  {
    // **Blue carbon:** carbon captured…; 健康寿命：健康上の問題で…
    name: 'colon-entry',
    lang: 'any',
    // The entry's name comes first: a colon late in a sentence introduces a list or a quote.
    // A footnote's mark is dropped from the text, its colon stays: ": Shuju yaosu: data as…".
    cue: /^(?:\s*:\s)?[^:：]{1,48}[:：]/,
    trigger: ':：',
    pattern: new RegExp(
      `^(?:\\s*:\\s)?[\\s>○●◎□■▶►◆◇・•-]*(?:\\*\\s+)?(?:${FOOTNOTE})?(?<bold>\\*\\*)?\\s*(?<term>[A-Z][\\w'’-]*(?:\\s+[\\w'’-]+){0,4}|[${HAN}${KATAKANA}${HANGUL}A-Za-z0-9ー・ \\u3041-\\u3096](?:[${HAN}${KATAKANA}${HANGUL}A-Za-z0-9ー・ \\u3041-\\u3096]{0,14}?[${HAN}${KATAKANA}${HANGUL}A-Za-z0-9ー・])?)\\s*(?<paren>[（(][^()（）]{1,80}[)）])?\\s*(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?\\s*(?<def>\\S.{7,})$`,
    ),
    kind: 'explicit',
    check: (m) => colonEntry(m.groups!.term, m.groups!.def, !!m.groups!.bold) && (m.groups!.bold ? 0 : -1),
  },
  {
    // A standard's terms clause: "3.2 功能单位 functional unit 用来作为…", "3.1 产品碳足迹 carbon
    // footprint of a product; CFP 产品系统中的…" (the number, the name, its English name and
    // abbreviation, then the definition; a PDF extraction joins the lines).
    name: 'std-clause',
    lang: 'any',
    cue: STD_CLAUSE,
    trigger: '.',
    pattern: new RegExp(
      `^[\\s#>*○●◎□■▶►◆◇・•-]*\\d{1,2}(?:\\.\\d{1,2}){1,3}\\s*(?<term>[${HAN}${KATAKANA}${HANGUL}ー・]{2,20}?)\\s+(?<gloss>[A-Za-z][A-Za-z0-9 ,'’/-]{0,60}?[A-Za-z])\\s*(?:[；;]\\s*(?<acr>[A-Z][A-Z0-9-]{1,9}))?\\s*[：:]?\\s*(?=[${HAN}${KATAKANA}${HANGUL}])`,
    ),
    kind: 'explicit',
    // What follows is a definition: a sentence of words.
    check: (m, s) => definitionText(s.slice(m.index + m[0].length)),
  },
  {
    // | LCA | 生命周期评价 | 对产品系统…进行汇编和评价 |: a table of abbreviations, their full names and meanings.
    name: 'table-row-abbreviation',
    lang: 'any',
    cue: /^\|\s*[A-Z][A-Z0-9&-]{1,9}\s*\|/,
    trigger: '|',
    pattern: /^\|\s*(?<acr>[A-Z][A-Z0-9&-]{1,9})\s*\|\s*(?<term>[^|]{2,40}?)\s*\|\s*(?<def>[^|]{8,})(?:\|\s*)?$/,
    kind: 'explicit',
    check: (m) => definitionText(m.groups!.def) && !/[（(]/.test(m.groups!.term) && definitionText(m.groups!.def) && m.groups!.def.length > m.groups!.term.length,
  },
  {
    // | 港口韧性 | port resilience | 港口在遭受冲击后恢复正常运营的能力 |: a name, its English name, its definition.
    name: 'table-row-english',
    lang: 'any',
    cue: /^\|[^|]+\|\s*[A-Za-z][A-Za-z0-9 ,'’/-]*\|/,
    trigger: '|',
    pattern: new RegExp(`^\\|\\s*(?:\\*\\*)?(?<term>[${HAN}${KATAKANA}${HANGUL}ー・ ]{2,30}?)(?:\\*\\*)?\\s*\\|\\s*(?<gloss>[A-Za-z][A-Za-z0-9 ,'’/-]{1,60}?)\\s*\\|\\s*(?<def>[^|]{8,})(?:\\|\\s*)?$`),
    kind: 'explicit',
    check: (m) => definitionText(m.groups!.def),
  },
  {
    // 港口韧性——港口在遭受冲击后恢复正常运营的能力。: a glossary line with a dash, its definition a noun phrase.
    name: 'zh-dash-entry',
    lang: 'zh',
    cue: /——/,
    trigger: '—',
    pattern: new RegExp(`^[\\s>*○●◎□■▶►◆◇・•-]*(?:\\*\\*)?(?<term>${ZH_NAME}{2,16}?)(?:\\*\\*)?\\s*${PAREN}\\s*——\\s*(?<def>[^。；]{6,}的[${HAN}]{1,6})[。.]?$`),
    kind: 'explicit',
    check: (m) => chineseNameStart(m.groups!.term) === 0,
  },
  {
    // | 报告期 | 指 | 2021年度、2022年度及2023年度 |, | Business Day | means | a day on which… |: a
    // prospectus's or a contract's table of defined words, a linking word in the middle column;
    // the left cell may give several names (发行人、本公司), the right one a full name (| 证监会 | 指 | 中国证券监督管理委员会 |).
    name: 'table-row-linked',
    lang: 'any',
    cue: /^\|[^|]+\|\s*(?:指|[系係]指|是指|即|means|refers to|=|:|：)\s*\|/,
    trigger: '|',
    // A full name is one run of words without 的/之/是 or punctuation.
    pattern: new RegExp(
      `^\\|\\s*(?:\\*\\*)?(?<term>[^|*、，,]{1,40}?)(?:\\s*[、，,]\\s*(?<list>[^|*]{1,60}?))?(?:\\*\\*)?\\s*\\|\\s*(?:指|[系係]指|是指|即|means|refers to|=|:|：)\\s*\\|\\s*(?:(?![^|]*[的之是])(?<gloss>[${HAN}${KATAKANA}${HANGUL}][${HAN}${KATAKANA}${HANGUL}A-Za-z（）()·]{3,39})(?<![的之])|(?<def>[^|]*[^|\\s]))\\s*(?:\\|\\s*)?$`,
    ),
    kind: 'explicit',
    check: (m) => !/^[-:\s]*$/.test(m.groups!.def ?? m.groups!.gloss!),
  },
  {
    // | 介護保険制度 | 40歳以上の者が… |: a two-column glossary table.
    name: 'table-row',
    lang: 'any',
    cue: /^\|/,
    trigger: '|',
    // A cell that opens with the full name an abbreviation shortens (| ZEB | ネット・ゼロ・エネルギー・ビルの略。… |) gives it as another name.
    pattern: /^\|\s*(?:\*\*)?(?<term>[^|*]{2,40}?)(?:\*\*)?\s*(?<paren>[（(][^()（）|]{1,80}[)）])?\s*\|\s*(?:(?<gloss>[^|。.、，,]{2,40}?)の(?:略|略称|略語)[。.]\s*)?(?<def>[^|]{8,})(?:\|\s*)?$/,
    kind: 'explicit',
    // The header row (| Variable | Definition |) names the columns.
    check: (m) => definitionText(m.groups!.def) && !/[（(]/.test(m.groups!.term) && !COLUMN_HEADER.test(m.groups!.def),
  },
];

// A table header's name for its column of definitions.
const COLUMN_HEADER = /^(?:definitions?|meaning|description|explanation|定义|含义|释义|解释|说明|정의|의미|설명|뜻|定義|意味|解説|説明)\s*\|?\s*$/i;

// Labels of a document's apparatus, not terms: "Abstract:", "关键词：", "주제어:".
const APPARATUS = /^(?:abstract|summary|keywords?|key words|notes?|sources?|source|author|authors|figure|table|fig|see|cf|doi|url|jel|摘要|关键词|关键字|注\s*\d{0,3}|脚注\s*\d{0,3}|资料来源|数据来源|来源|出处|备注|作者|说明|基金项目|作者简介|收稿日期|中图分类号|文献标识码|文章编号|引用格式|要旨|キーワード|注記|出典|주제어|키워드|국문초록|요약|초록|출처|주\s*\d{0,3}|诉讼请求|事实和理由|事实与理由|事實和理由|事實與理由|本院认为|本院認為|裁判要旨|基本案情|争议焦点|爭議焦點|判决如下|判決如下)$/i;

/**
 * A "term: definition" line: a name on the left, a sentence on the right. Not a list, not a
 * reference ("张三：《…》", "Title: Subtitle", a URL), not a clause that announces what follows
 * ("具体的论点如下：", "因为：").
 */
function colonEntry(term: string, def: string, bold: boolean): boolean {
  const t = term.trim();
  if (APPARATUS.test(t) || /[\d]{3,}/.test(t) || /^[《“「『"'(（\d/]/.test(def)) return false;
  if (/^[A-Za-z]/.test(t)) {
    if (/\b(?:we|our|i|it|they|this|these|there|is|are|was|were|has|have|will|can|should|must|said|says)\b/i.test(t)) return false;
    // A subtitle, a new sentence or an interview's answer starts with a capital; a glossary gloss runs on ("a pension as…").
    if (!/^[a-z]/.test(def)) return false;
  } else {
    // Two or three Han characters before a colon are mostly a person's name, quoted or cited.
    if (!bold && /^[\u4e00-\u9fff]{1,3}$/.test(t)) return false;
    if (!bold && nameScript(t) === 'han' && chineseNameStart(t) > 0) return false;
    // A clause announcing what follows ("本文将X定义为：", "主要内容如下：") ends with a verb.
    if (/(?:为|是|如下|包括|指|说)$/.test(t)) return false;
    // A speech's address to its audience ("各位代表：", "尊敬的各位来宾：").
    if (/^(?:各位|诸位|諸位|尊敬的|親愛的|亲爱的)/.test(t)) return false;
  }
  // A Korean gloss has particles or endings ("…하는 집단", "…을 말한다"); a list of names ("법무부, 국제이주기구(IOM) 서울사무소") has none.
  if (/^[\uac00-\ud7af]/.test(def) && !/[\uac00-\ud7af](?:을|를|의|에|은|는|이|가|와|과|로|고|며|한|된|인|적|다)(?=[\s.,]|$)/.test(def)) return false;
  return definitionText(def) && !/[；;]/.test(def) && (def.match(/[,，、]/g)?.length ?? 0) < 6;
}

/** Text that reads as a definition: mostly words, not numbers. */
export function definitionText(def: string): boolean {
  const letters = def.match(/[A-Za-z\u3040-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const digits = def.match(/\d/g)?.length ?? 0;
  return letters >= 6 && digits < letters / 2;
}

// Words that end the noun phrase before a name: articles, determiners, pronouns, prepositions,
// auxiliaries and conjunctions; a past-tense verb (applied, relied) ends it too.
// "…call the same phenomenon access block, the situation…": the name after a verb of naming is that rule's, not a longer one's.
const CALLED_BEFORE = /\bcall(?:s|ed)?\s+(?:the\s+same|this\s+same|such|these|those|this|that)\s+[a-z]+\s+(?:[a-z][\w'’-]*\s+){0,3}$/;
const EN_BEFORE_NAME = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|of|to|in|on|at|by|for|from|with|as|into|onto|about|is|are|was|were|be|been|being|has|have|had|and|or|but|nor|so|single|any|some|every|each|no|not|also|it|we|they|he|she|i|you|uses|adopts|copies|follows|introduces|includes|requires|creates|extends|replaces|mirrors|proposes|allows|permits|contains|issues|imposes|borrows|reflects|resembles)$/i;

/** Where the English name ending at `end` starts: back over up to four more words that can belong to it. */
function englishNameStart(sentence: string, end: number): number {
  const head = sentence.slice(Math.max(0, end - 120), end);
  const run = /(?:[A-Za-z0-9][\w'’-]*\s+){0,4}$/.exec(head)?.[0] ?? '';
  const list = run.trim() ? run.trim().split(/\s+/) : [];
  let k = list.length;
  while (k > 0 && !EN_BEFORE_NAME.test(list[k - 1]) && !/^[a-z]+ed$/.test(list[k - 1]) && /^[A-Za-z0-9]/.test(list[k - 1])) k--;
  let kept = list.slice(k);
  // "a single DA-ASAT test": lower-case words before an acronym-like word are not part of the name.
  const acronym = kept.findIndex((w) => /[A-Z].*[A-Z]/.test(w));
  if (acronym > 0 && kept.slice(0, acronym).every((w) => /^[a-z]/.test(w))) kept = kept.slice(acronym);
  const taken = kept.join(' ');
  if (!taken) return end;
  return head.lastIndexOf(taken) >= 0 ? end - (head.length - head.lastIndexOf(taken)) : end;
}

/** A match of a rule, ready to become evidence: the names as written, where the first starts. */
export interface RuleMatch {
  rule: DefinitionRule;
  term: string;
  termAt: number;
  alias?: string;
  paren?: string;
  /** other names the rule read beside the term (a standard's English name and abbreviation) */
  names?: string[];
  bonus: number;
  /** the text marks where the name starts (本文所称X, 所谓X): the name is taken as written */
  marked?: boolean;
}

// The trigger characters of each rule of a table, as ids and as each id's rule bits, made when the table is first used.
let tableTriggers: { rules: readonly DefinitionRule[]; masks: Uint32Array; always: Uint32Array; hit: Uint32Array } | undefined;
function triggersOf(rules: readonly DefinitionRule[]): NonNullable<typeof tableTriggers> {
  if (tableTriggers?.rules !== rules) {
    const { masks, always } = triggerMasks(rules.map((r) => (r.trigger ? triggerIds(r.trigger) : null)));
    tableTriggers = { rules, masks, always, hit: new Uint32Array(always.length) };
  }
  return tableTriggers;
}

/**
 * Every match of every rule in one sentence. Most sentences define nothing: a rule is tried only
 * when the sentence holds one of its trigger characters, and then its cue. `scanned`: the caller
 * has just run scanTriggers over exactly this sentence.
 */
export function matchDefinitionRules(sentence: string, rules: readonly DefinitionRule[] = DEFINITION_RULES, scanned = false): RuleMatch[] {
  const out: RuleMatch[] = [];
  // A table's trigger characters are registered when it is first used: a scan made before then
  // did not record them, so the sentence is scanned again.
  const fresh = tableTriggers?.rules !== rules;
  const { masks, always, hit } = triggersOf(rules);
  if (!scanned || fresh) scanTriggers(sentence, 0, sentence.length);
  // The rules the sentence's trigger characters let through, in the table's order (lowest bit first).
  triggeredRules(masks, always, hit);
  for (let w = 0; w < hit.length; w++) {
    for (let bits = hit[w]; bits !== 0; ) {
      const low = bits & -bits;
      bits ^= low;
      const rule = rules[w * 32 + 31 - Math.clz32(low)];
      if (rule.cue.test(sentence)) matchRule(rule, sentence, out);
    }
  }
  return out;
}

/** Every match of one rule whose cue the sentence has. */
function matchRule(rule: DefinitionRule, sentence: string, out: RuleMatch[]): void {
  rule.pattern.lastIndex = 0;
  if (!rule.pattern.global) {
    const m = rule.pattern.exec(sentence);
    if (m) pushMatch(rule, m, sentence, out);
    return;
  }
  let m: RegExpExecArray | null;
  while ((m = rule.pattern.exec(sentence)) !== null) {
    pushMatch(rule, m, sentence, out);
    if (m[0].length === 0) rule.pattern.lastIndex++; // never loop on an empty match
  }
}

function pushMatch(rule: DefinitionRule, m: RegExpExecArray, sentence: string, out: RuleMatch[]): void {
  const g = m.groups ?? {};
  if (!g.term && g.term2) g.term = g.term2;
  if (!g.term) return;
  const verdict = rule.check ? rule.check(m, sentence) : true;
  if (verdict === false) return;
  let term = g.term;
  let termAt = m.index + m[0].indexOf(g.term);
  if (rule.extendLeft && rule.lang === 'ko') {
    const left = hangulBefore(sentence, termAt + term.length, 3);
    if (left) [term, termAt] = [left.term, left.start];
  } else if (rule.extendLeft && /["”’']$/.test(term) && /["“‘']/.test(sentence.slice(Math.max(0, termAt - 60), termAt))) {
    // "'outcome-linked equalisation', by which we mean": the quotes give the whole name.
    const open = Math.max(sentence.lastIndexOf('"', termAt - 1), sentence.lastIndexOf('“', termAt - 1), sentence.lastIndexOf('‘', termAt - 1), sentence.lastIndexOf("'", termAt - 1));
    if (open >= 0 && termAt - open <= 60) [term, termAt] = [sentence.slice(open + 1, termAt + term.length - 1), open + 1];
  } else if (rule.extendLeft) {
    const start = englishNameStart(sentence, termAt);
    [term, termAt] = [sentence.slice(start, termAt + term.length), start];
  }
  const paren = g.paren ? g.paren.slice(1, -1) : g.paren2 ? g.paren2.slice(1, -1) : undefined;
  const names = [g.gloss, g.acr, ...(g.list ? g.list.split(/[、和或及]/).map((n) => n.replace(/[“”「」]/g, '')) : [])].filter((n): n is string => !!n).map((n) => n.trim());
  out.push({ rule, term, termAt, alias: g.alias ?? g.alias2, paren, names, bonus: (rule.bonus ?? 0) + (typeof verdict === 'number' ? verdict : 0), marked: !!g.meant });
}

// The built-in table's characters are registered when the module loads, before any sentence is scanned.
triggersOf(DEFINITION_RULES);
