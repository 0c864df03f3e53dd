import type { FigureKind, UnitKind } from './units.js';

// A change is a verb or noun of movement right before the number ("同比增长26%", "rose by 3%",
// "年均增长率为0.42%") or right after it ("a 5% increase", "6%的增幅"). "增长至"/"rose to" name
// the level reached, so 至/到/to never make a change; a movement word after a level that another
// number follows ("较2016年的298艘下降三分之二") is that number's change. A single movement
// character says it too ("大降四成", "涨了5%"); "降为"/"降至" name the level reached.
const CHANGE_BEFORE_ZH =
  /(?:(?:增长|增加|下降|减少|提高|提升|降低|上升|上调|下调|调高|调低|上浮|下浮|下滑|回落|下跌|上涨|增幅|降幅|增速|增长率|涨幅|跌幅|缩减|扩大|萎缩|缩小|减幅|缩短|延长|节省|节约|新增|净增|缩水|攀升|下挫|锐减|激增|骤降|飙升|升温|增温|降温|减排|削减|压减|成长|衰退|通胀率|通货膨胀率|上涨率)(?:了|为|达|达到|约为|分别为)?|(?:高出|低出|多出|少了|多了|(?<![不以最])[低高]了?)|(?:大|骤|暴|猛|陡|剧)?(?:跌|涨|降|增|减)了?)(?:约|近|超过|逾|将近|接近|不到)?\s?$/;
const CHANGE_BEFORE_EN =
  /\b(?:rose|rise|risen|rising|fell|fall|fallen|falling|grew|grow|grown|growing|shrunk|increased?|increasing|decreased?|decreasing|declined?|declining|dropped|drop|jumped|climbed|surged|slipped|slid|(?<!\b(?:make|makes|made|making|take|takes|took|set|sets|pick|picks|picked|end|ends|ended|sum|sums|summed) )up|down|gained|added|adds|add|adding|lost|expanded|shrank|contracted|growth|increases?|decreases?|declines?|rises?|falls?|drops?|cuts?|reductions?|gains?|growth rate|(?:(?:raise|boost|lift|reduce|cut|shorten|lengthen|extend|lower|narrow|widen)(?:s|d|ed)?|increased?|decreased?|expanded|grew|raised)(?:\s[\w'’-]+){0,6}\sby)(?:\s(?:by|of|was|is|at|averaged|reached))?(?:\san)?(?:\s(?:the same|a similar|an identical|a further|another|an additional|a record|a modest|a sharp|a steep|a slight))?(?:\s(?:about|around|nearly|almost|roughly|some|over|more than|less than|an estimated|approximately|just over|just under))?\s$/i;
const CHANGE_RATE_BEFORE_KO = /(?:증가율|감소율|성장률|상승률|하락률|증감률|증가폭|감소폭|상승폭|하락폭|인플레이션율|인플레이션률|인플레율)(?:은|는|이|가|도)?\s?[（(]?\s?(?:약|거의|각각)?\s?$/;
// "427만 3천명으로 3/4 이상을 차지": what the number takes up of a whole is a share, not a change.
const SHARE_AFTER_KO = /^\s?(?:이상|이하|가량|정도|안팎|내외)?\s?(?:을|를|의)?\s?(?:차지|비중)/;
const LEVEL_THEN_CHANGE_KO = /\d[\d,.]*\s?(?:[조억만천]\s?)*(?:\d[\d,.]*\s?)?[^\s\d,]{0,5}\s?(?:으로|로)\s?(?:약\s?)?$/;
// Korean puts the movement after the number: "2.0%p 감소", "11.2% 증가했다".
// …and as an adnominal before what moved ("3.6% 오른 7,480위안"), or as getting bigger ("13.8% 커졌다").
// A rate in brackets may come between ("15만 9천명(0.6%) 증가"); 웃돌았다/밑돌았다 exceed and fall short.
const CHANGE_AFTER_KO = /^\s?[）)]?\s?(?:[（(][^)）]{0,16}[)）]\s?)?(?:웃돌|밑돌|증가|감소|상승|하락|늘었|늘어|늘어난|줄었|줄어|올랐|올라|오른|오르|내렸|내린|증대|감축|성장|급증|급감|낮아|낮았|높아|높았|낮을|높을|낮은|높은|낮게|높게|떨어|확대|축소|커졌|커져|커지|작아|불어)/;
// Japanese too, read in simplified characters (増 -> 增, 減 -> 减, 拡大 -> 扩大): "5.4%增となった",
// "9.6%减少した", "(7.8%增)", "11.3%增えた", "3%の伸び", "60万户（7.1%）增加し" (past its percentage).
const CHANGE_AFTER_JA = /^\s?[）)]?(?:[（(][^）)]{0,16}[）)])?(?:の)?(?:增|减|上升|上昇|低下|伸び|扩大|缩小|下落|下降|向上|押し下げ|押し上げ|引き下げ|引き上げ|上回|下回)/;
// "全産業平均より346時間長い": a difference from what より names.
const DIFFERENCE_AFTER_JA = /^\s?(?:长|短|多|少な|高|低|大き|小さ|安)(?:い|く|かった|かっ|め)/;
const CHANGE_BEFORE_JA = /(?:增加率|减少率|伸び率|上升率|上昇率|增减率|增加幅|减少幅|变化率|成长率|成長率|インフレ率|インフレーション率)(?:の?(?:见通し|見通し|予测|予測|见込み|見込み))?(?:は|が|も|で|を)?(?:约)?\s?$/;
const CHANGE_AFTER = /^(?:的)?(?:增长|增幅|降幅|下降|涨幅|跌幅|减少|增加)(?![至到]|了?(?:约|近|超过|逾|达)?[\d零〇一二两三四五六七八九十百千半])|^[\s-](?:increase|rise|growth|decline|drop|jump|gain|fall|cut|reduction|decrease|hike|higher|lower|dearer|cheaper|costlier|pricier|bigger|larger|smaller|greater|fewer|more|less|above|below|up|down|year-on-year|annual growth)\b/i;

// A share names its whole: "占全球…的21%", "21% of global trade", "accounts for 14%".
const SHARE_BEFORE_ZH = /(?:占|比重|份额|占比|比例|比率|覆盖)/;
const SHARE_BEFORE_EN = /(?:account(?:s|ed|ing)? for|shares? (?:of|was|is|were|are|reached|stood|went|rose|fell|grew|climbed)(?:[^,;.]|\.\d){0,80}?|made up|make up|makes up|represent(?:s|ed|ing)?|comprise[sd]?|constitut(?:e|es|ed))\s(?:[^,.;]{0,60}?\s)?(?:about |around |nearly |almost |roughly |over |more than |less than |just over |just under )?$/i;
// "约90%的税目", "百分之五十以上的出口": a percentage of a noun is a share of it.
const SHARE_AFTER = /^\s?(?:of\b|的(?:份额|比重|市场份额)|的?(?:市场)?份额|(?:以上|以下|左右)?的[\u4e00-\u9fff])/i;

// "the natural decrease in population reached 848,659": a change named as the subject, its size the level after.
const CHANGE_SUBJECT_EN = /\b(?:increase|decrease|decline|fall|drop|rise|growth|loss|gain|reduction)\s(?:in|of)\s(?:the\s)?[\w'’-]+(?:\s[\w'’-]+){0,2}\s(?:reached|was|were|totall?ed|came to|stood at|amounted to)\s(?:about\s|around\s|nearly\s|some\s|almost\s)?$/i;

// "Average annual growth from 2019 to 2023 was 8.1%", "the rise over the period was 4%": a change
// noun whose period stands between it and its verb.
const CHANGE_OVER_PERIOD_EN = /\b(?:growth|increase|decrease|decline|rise|fall|drop|reduction)\s(?:rate\s)?(?:from|between|over|during|since|in)\s(?:the\s)?[\w'’–-]+(?:\s(?:to|and|[\w'’–-]+)){0,3}\s(?:was|were|averaged|reached|stood at|came to|amounted to)\s(?:about\s|around\s|nearly\s|some\s|almost\s|an estimated\s)?$/i;

// "Debt growth slowed to 3.1 percent": the rate a growth moved to is a change.
// "Consumer price inflation was 3.1%", "core inflation of 3.4%": an inflation rate is a change in prices,
// as 上昇率/상승률/涨幅 say it in Japanese, Korean and Chinese, and インフレ率/인플레이션율 as loanwords.
const INFLATION_RATE_EN = /\binflation(?:\s(?:rate|figure))?(?:,[^;.]{0,70},)?\s(?:was|is|were|of|at|stood at|reached|remained at|came in at|averaged|ran at|running at|held at|edged up to|picked up to|rose to|fell to|eased to|slowed to|(?:is |was )?(?:projected|expected|forecast)(?: to (?:be|reach|average))?(?: at)?)\s(?:about\s|around\s|nearly\s|just\s|only\s)?$/i;

const GROWTH_MOVED_TO_EN = /\b(?:growth|inflation)\s(?:rate\s)?(?:slowed|accelerated|eased|picked up|quickened|rose|fell|increased|decreased|dropped|edged up|edged down|moderated|slowed down)\s(?:to|at)\s(?:about\s|around\s|just\s|only\s)?$/i;

// The same in Chinese and Japanese: "增加数は前回の179万户", "增加额为52亿元", "减少量达…".
const CHANGE_SUBJECT_ZH = /(?:增加|减少|增减)(?:数|量|额|幅|分)(?:は|が|も|为|是|达到|达|约)?[^，,。；;]{0,20}$/;

const BY_ALONE = /^\s*by\s(?:about\s|around\s|nearly\s|almost\s|some\s|roughly\s)?$/i;
const MOVED_BEFORE_COMMA = /\b(?:rose|grew|fell|increased|decreased|declined|dropped|jumped|climbed|surged|expanded|shrank|contracted|slipped|rising|growing|falling)\b[^.;:]{0,40},$/i;

// "Real-estate investment fell 9.6% and floor space sold 12.4%", "exports grew 9.3% and imports only 0.9%":
// a percentage after "and" and a subject, with no verb of its own, shares the earlier movement.
const ELLIPTIC_AND = /\band\s(?:the\s)?(?:[\w'’-]+\s){1,4}(?:only\s|just\s|by\s(?:only\s|just\s|about\s|around\s|nearly\s|almost\s)?)?$/i;
const SHARED_SUBJECT = /\band\s(?:[\w'’-]+\s){1,3}$/i;
const MOVED_EARLIER = /\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|expanded|contracted|shrank|rises|falls|grows)\s(?:by\s)?(?:about\s|some\s|nearly\s|almost\s)?[-−+]?\d[\d.,]*\s?(?:%|percent\b|per cent\b)/i;
const SHARED_BY = /\band\s(?:[\w'’-]+\s){0,4}by\s(?:about\s|around\s|nearly\s|almost\s|some\s|roughly\s)?$/i;
const SHARED_VERB = /\b(?:rose|risen|rises?|fell|fallen|falls?|grew|grown|grows?|increased|increases?|decreased|decreases?|declined|declines?|dropped|drops?|jumped|climbed|shrank|shrunk|shrinks?|contracted|expanded|cut|cuts|reduced|raised|lowered)\s(?:[\w'’-]+\s){0,3}by\s/i;

// Kana around a number: the Japanese patterns are tried only there.
const KANA = /[\u3040-\u30ff]/;

// One line break between Latin words (a hard-wrapped paragraph), not a paragraph break.
const SOFT_BREAK_EN = /(?<=[A-Za-z,])[ \t]*\n[ \t]*(?=[A-Za-z])/g;

/** Clause boundaries: a share cue before one of these belongs to another figure. */
const CLAUSE_BREAK = /[，,；;。：:]/;

/**
 * Reads whether a figure is a level, a share of a whole or a change, from the words around it
 * in its own clause. Fractions and 成 are shares unless a change verb says otherwise.
 */
export function figureKind(text: string, start: number, end: number, unit: UnitKind, fractionForm: boolean): FigureKind {
  // Markdown emphasis around the number ("reduce revenue by **$16.9 billion**") is no word.
  // A line wrapped inside English prose ("made\nup about 23%") is one space: the cue words span it.
  // A relative clause between the subject and its verb ("wage growth, which leaves out bonuses, was")
  // is an aside: the words before it say what the figure is.
  const before = withoutAside(text.slice(Math.max(0, start - 80), start), text, start).replace(SOFT_BREAK_EN, ' ').replace(/\s?(?:\*{1,2}|_{2})$/, ' ').replace(/ {2}$/, ' ');
  const clause = before.slice(lastBreak(before) + 1);
  const after = text.slice(end, end + 24);
  // The English patterns are long: only a clause with Latin letters is tried against them.
  const latin = /[A-Za-z]/.test(clause);
  // "+5.2%", "(−3.6%)": a signed number is a change.
  // A Japanese report writes a fall with a triangle ("前年度比△2.3%").
  if (/[+−△▲]$/.test(before)) return 'change';
  if (koreanListedChange(text, end)) return 'change';
  if (CHANGE_BEFORE_ZH.test(clause.slice(-8)) || CHANGE_SUBJECT_ZH.test(clause) || (latin && (CHANGE_BEFORE_EN.test(clause) || CHANGE_SUBJECT_EN.test(clause))) || CHANGE_AFTER.test(after) || CHANGE_AFTER_KO.test(after) || (KANA.test(text.slice(Math.max(0, start - 30), end + 12)) && (CHANGE_AFTER_JA.test(after) || CHANGE_BEFORE_JA.test(clause)))) return 'change';
  // "raise completions by about 38,000 dwellings (18%)": a percentage in brackets right after a
  // change restates that change as a rate.
  if (unit === 'percent' && changeBeforeBracket(before, /[A-Za-z]/.test(before))) return 'change';
  if (latin && (GROWTH_MOVED_TO_EN.test(clause) || INFLATION_RATE_EN.test(before) || (unit === 'percent' && CHANGE_OVER_PERIOD_EN.test(clause)))) return 'change';
  // "Consumer prices rose only 0.4%": a rate qualified as small is still the movement's ("would add
  // only $41 billion" is an amount gained, left a level).
  if (latin && (unit === 'percent' || unit === 'pp') && /\b(?:only|just)\s$/.test(clause) && CHANGE_BEFORE_EN.test(clause.replace(/(?:only|just)\s$/, ''))) return 'change';
  if (latin && unit === 'percent' && ELLIPTIC_AND.test(clause) && !SHARE_BEFORE_EN.test(clause) && !SHARE_AFTER.test(after) && ellipticMovement(before, clause)) return 'change';
  if (KANA.test(after.slice(0, 6)) && DIFFERENCE_AFTER_JA.test(after) && /より[^，,。；]{0,20}$/.test(clause)) return 'change';
  // "人口自然增长率-0.88‰": a hyphen after a word, right before the number, is its sign.
  if (/(?:^|[\s\u4e00-\u9fff：:（(])-$/.test(before) && CHANGE_BEFORE_ZH.test(clause.slice(-9, -1))) return 'change';
  // "(+26만 5천명)", "(-6만 2천명, -1.9%)": a sign in brackets, or after a comma in them, marks a change.
  if (/(?:[(（]|[(（][^()（）]{0,24}[,，]\s?)[-]$/.test(before)) return 'change';
  // "マイナス1.33‰", "プラス0.2%": Japanese writes the sign as a word.
  if (/(?:マイナス|プラス)$/.test(before)) return 'change';
  // "3,188만 명보다 15.6% 많은", "X보다 8.6% 적다": more or less than what 보다 names.
  if (/보다\s?[^，,。；]{0,12}$/.test(clause) && /^\s?(?:많|적)/.test(after)) return 'change';
  // "grew even faster, by 61.5%": the verb is across the comma.
  if (BY_ALONE.test(clause) && MOVED_BEFORE_COMMA.test(before.slice(0, lastBreak(before) + 1))) return 'change';
  // Korean names a rate of change before the number ("수출 증가율은 14.9%"), or gives the level
  // and then its change ("수출은 8,134억 위안으로 9.2%, 수입은 … 2.7% 증가했으며").
  if (CHANGE_RATE_BEFORE_KO.test(clause) || (unit === 'percent' && LEVEL_THEN_CHANGE_KO.test(clause) && !SHARE_AFTER_KO.test(after))) return 'change';
  // "nitrogen inputs have fallen by 17 percent and phosphorus inputs by 36 percent": the second
  // "by" shares the verb of the first.
  if (latin && SHARED_BY.test(clause) && SHARED_VERB.test(clause)) return 'change';
  // "Exports rose 9.2% to 813.5 billion yuan and imports 2.7% to 456.5 billion": the verb is shared
  // without "by"; "to" after the number says it moved.
  if (latin && SHARED_SUBJECT.test(clause) && /^\s(?:to|from)\b/.test(after) && MOVED_EARLIER.test(before)) return 'change';
  // "Real GDP expanded by 7.0 percent, up from 5.0 percent in 2022": the rate moved from is a change too.
  if (latin && unit === 'percent' && CHANGE_UP_FROM.test(before)) return 'change';
  // "实际增长7%，明显快于前一年的5%": a rate compared with the change of the clause before is a change.
  if (unit === 'percent' && COMPARED_ZH.test(clause) && CHANGE_THEN_COMMA_ZH.test(before.slice(0, lastBreak(before) + 1))) return 'change';
  // "东溪市增速最快，达9.1%": a clause of a bare verb after one whose subject is a rate of change.
  if (unit === 'percent' && BARE_VERB_ZH.test(clause) && RATE_TOPIC_THEN_COMMA_ZH.test(before.slice(0, lastBreak(before) + 1))) return 'change';
  if (unit === 'pp') return 'change';
  // "升温速率约为每十年0.6℃", "warming of 1.2°C": a temperature in a clause about warming is a change.
  if (unit === 'degC' && /升温|增温|变暖|降温|warm|cool/i.test(clause + after.slice(0, 8))) return 'change';
  if (unit !== 'percent') return 'level';
  if (fractionForm || SHARE_BEFORE_ZH.test(clause) || (latin && SHARE_BEFORE_EN.test(clause)) || SHARE_AFTER.test(after)) return 'share';
  return 'level';
}

const ASIDE_BEFORE_VERB = /,\s(?:which|who)\s(?:[^;.]|\.\d)*?,(?=\s(?:was|is|were|are|stood at|came in at|averaged|reached)\s(?:about\s|around\s|nearly\s)?$)/i;

function withoutAside(before: string, text: string, start: number): string {
  if (!/,\s(?:was|is|were|are|stood at|came in at|averaged|reached)\s(?:about\s|around\s|nearly\s)?$/i.test(before)) return before;
  const wide = text.slice(Math.max(0, start - 200), start);
  const cut = wide.replace(ASIDE_BEFORE_VERB, '');
  return cut === wide ? before : cut.slice(-80);
}

const BARE_VERB_ZH = /^\s?(?:达|为|达到|约为|约|高达|仅为?)?\s?$/;
const RATE_TOPIC_THEN_COMMA_ZH = /(?:增速|增幅|涨幅|降幅|跌幅|增长率|减幅)[^，。；,;\d]{0,6}[，,]\s?$/;
const COMPARED_ZH = /(?:快于|慢于|高于|低于|好于|不及|超过|略高于|略低于)[^，。；,]{0,10}?的?\s?$/;
const CHANGE_THEN_COMMA_ZH = /(?:增长|下降|增速|增幅|上涨|下跌|减少|增加|回落|上升)(?:了|为|达)?(?:约|近)?\d[\d.]*%[^，。；]{0,4}[，,]\s?$/;
const CHANGE_UP_FROM = /\b(?:expanded|grew|rose|increased|fell|declined|dropped|contracted|shrank|slowed|accelerated|gained|climbed)(?:\sby)?\s(?:about\s|an estimated\s)?[\d.]+\s?(?:percent|per cent|%),?\s(?:up|down)\sfrom\s(?:about\s)?$/i;
const NUMBER_THEN_BRACKET = /[-−+]?\d[\d,.]*(?:\s?(?:billion|million|thousand|bn|亿|万))?(?:\s?[A-Za-z\u4e00-\u9fff]{1,12})?\s?[（(]\s?$/;

function changeBeforeBracket(clause: string, latin: boolean): boolean {
  const m = NUMBER_THEN_BRACKET.exec(clause);
  if (!m) return false;
  const head = clause.slice(0, m.index).replace(/[$€£¥]$/, '');
  return CHANGE_BEFORE_ZH.test(head.slice(-8)) || (latin && CHANGE_BEFORE_EN.test(head));
}

/** The movement the words before "and" state: a verb with its percentage, or any movement verb when this one has "by". */
function ellipticMovement(before: string, clause: string): boolean {
  const head = before.slice(0, before.length - clause.length + clause.search(ELLIPTIC_AND));
  return MOVED_EARLIER.test(head) || (/\bby\s(?:\w+\s)?$/.test(clause) && /\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|expanded|contracted|shrank)\b/i.test(head));
}

function lastBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(s[i])) return i;
  return -1;
}

// The direction of a change, from the nearest movement word before the number in its clause
// ("fell by 8%" is not "rose by 8%"; 下降8% is not 增长8%).
const DOWN = /(?:下降|减少|降低|下滑|回落|下跌|缩减|萎缩|缩小|减幅|降幅|跌幅|\b(?:fell|fall|falls|fallen|falling|declin\w*|decreas\w*|dropped|drops?|down|lower|slipped|slid|shrank|contracted|cut|lost|reduc\w*)\b)/g;
const UP = /(?:增长|增加|提高|提升|上升|上涨|扩大|增幅|涨幅|增速|新增|\b(?:rose|rises?|risen|rising|grew|grows?|grown|growth|increas\w*|jumped|climbed|surged|up|higher|gained|added|expanded)\b)/g;

export function changeDirection(text: string, start: number): 'up' | 'down' | undefined {
  if (text[start - 1] === '+') return 'up';
  if (text[start - 1] === '−' || text[start - 1] === '△' || text[start - 1] === '▲') return 'down';
  // "(-12만 4천명)", "マイナス1.33‰", "增长率-0.88‰": a hyphen or a word as the sign.
  if (/(?:[(（\s\u4e00-\u9fff：:,，]-|マイナス)$/.test(text.slice(Math.max(0, start - 5), start))) return 'down';
  // Japanese says the movement after the number ("住宅価格（1.1%低下）"), and a clause runs on past
  // や and 、: the word after the number is this figure's, the one before may be its neighbour's.
  const japanese = japaneseDirectionAfter(text, start);
  if (japanese) return japanese;
  const before = text.slice(Math.max(0, start - 40), start);
  const clause = before.slice(lastBreak(before) + 1);
  let down = -1;
  let up = -1;
  for (const m of clause.matchAll(DOWN)) down = m.index;
  for (const m of clause.matchAll(UP)) up = m.index;
  if (down < 0 && up < 0) return koreanDirectionAfter(text, start);
  return down > up ? 'down' : 'up';
}

const KO_DOWN = /^[^\s,，]*\s?(?:감소|하락|줄었|줄어|내렸|감축|급감|낮아|낮았|낮을|낮은|낮게|떨어|축소|둔화)/;
const KO_UP = /^[^\s,，]*\s?(?:증가|상승|늘었|늘어|올랐|올라|증대|급증|성장|높아|높았|높을|높은|높게|확대)/;

const JA_DOWN = /^[^\s,，、。]{0,12}?(?:[（(][^）)]{0,16}[）)])?(?:の)?(?:减|低下|下落|缩小|下降|マイナス|引き下げ|押し下げ)/;
const JA_UP = /^[^\s,，、。]{0,12}?(?:[（(][^）)]{0,16}[）)])?(?:の)?(?:增|上升|上昇|伸び|扩大|プラス|引き上げ|押し上げ)/;

/** "9.6%减少した": Japanese, like Korean, puts the movement after the number. */
function japaneseDirectionAfter(text: string, start: number): 'up' | 'down' | undefined {
  const after = text.slice(start, start + 24);
  if (!KANA.test(text.slice(Math.max(0, start - 30), start + 24))) return undefined;
  // "0.8%に半減", "3.1%に低下": に after the number names the level reached, not the movement.
  if (/^に(?!比べ|対し|よ)/.test(after.replace(/^[-+]?[\d.,]+\s?(?:%|‰|ポイント|pt)?/, ''))) return undefined;
  const down = JA_DOWN.exec(after);
  const up = JA_UP.exec(after);
  if (down && (!up || down[0].length < up[0].length)) return 'down';
  return up ? 'up' : undefined;
}

/** "2.0%p 감소": in Korean the direction follows the number (and its unit). */
function koreanDirectionAfter(text: string, start: number): 'up' | 'down' | undefined {
  const after = text.slice(start, start + 24);
  if (!/[\uac00-\ud7af]/.test(after)) return undefined;
  if (KO_DOWN.test(after)) return 'down';
  if (KO_UP.test(after)) return 'up';
  // "과일류는 11.2%, 축산물은 1.9% 올랐다": the verb after the last of a list is every item's.
  const listed = KO_LISTED_CHANGE.exec(text.slice(start, start + 48));
  return listed ? (KO_DOWN.test(listed[1]) ? 'down' : 'up') : undefined;
}

// A Korean list of topics and percentages that one verb at its end moves: "A는 11.2%, B는 1.9% 올랐다".
const KO_LISTED_CHANGE = /^[\d.,]*\s?%p?\s?[,，]\s?[\uac00-\ud7af()（）\s]{1,14}?(?:은|는|이|가|도)\s?[-−+]?\d[\d.,]*\s?%p?(\s?(?:증가|감소|상승|하락|늘었|줄었|올랐|내렸|떨어))/;

function koreanListedChange(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return after.length > 0 && /^\s?[,，]/.test(after) && KO_LISTED_CHANGE.test('%' + after.replace(/^\s?/, ''));
}
