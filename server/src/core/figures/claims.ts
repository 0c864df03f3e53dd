import { codesOf, countriesIn, countryMentions, demonymCountryWord, type CountryMention } from './entities.js';
import type { Figure } from './figureParser.js';
import { conceptOf, conceptsOf } from './concepts.js';
import { respectiveItems, type RespectiveItem } from './respectiveItems.js';

/**
 * What a figure is a claim about, beyond its value: the clause that holds it (the words that
 * name its measure and scope), the year it is bound to, and the countries it is about.
 * "从2010年的A增长至2020年的B" gives two claims, 2010 and 2020; "出口占40%，进口占25%"
 * gives two clauses, so 40% is about exports and 25% about imports.
 */
export interface ClaimFrame {
  clauseStart: number;
  clauseEnd: number;
  /** the year this figure is bound to, if the text binds one */
  period?: string;
  /** the period is the one an earlier sentence of the paragraph named, not the sentence's own */
  periodCarried?: boolean;
  /** ISO codes of the countries its clause (else its sentence) names */
  entities: string[];
  /** for a share, the whole it is a share of: "占东亚经济总量的" -> 东亚经济总量, "% of world GDP" -> world GDP */
  scope?: string;
  /** for a bare count, the concepts of what it counts ("48 cooperation documents", "39个发展中国家") */
  counted?: string[];
  /** for a change that 分别/respectively pairs with a quantity listed before it, that quantity's unit */
  changeOf?: string;
  /** for a figure 分别/respectively pairs with one item of a list of things: its item's concept and the others' */
  item?: RespectiveItem;
  /** the month (or months, "1-10") its clause names before it: a monthly bulletin's August is not its July */
  month?: string;
}

// Clause ends: Chinese commas and semicolons, "其中", and English ", " / "; " / " while " (never a
// thousands separator: "1,300" has no space). After a number a comma ends a clause only before a
// word ("in 2023, up 1.3%"), not inside a list of numbers ("4.2, 3.1 and 2.8 percent").
const CLAUSE_BREAK = /[，；;]|(?<=[\d%])、(?=[^、，。\d]{1,20}?は)|其中|(?<![\uac00-\ud7a3])[이그]\s?중(?:에서)?(?=\s)|(?:この|その)うち|(?<!\d),(?=\s)|(?<=\d),(?=\s+(?!and\b|or\b)[A-Za-z])|\s(?:while|whereas|but)\s/g;
// Japanese lists clauses with 、 too: "物価上昇率は3.1%、コアインフレ率は3.4%だった" (a 、 right after a figure
// whose next words have their own topic, は); Chinese 、 between values ("分别为3.1%、3.4%") stays a list.
// Between a figure and the year bound to it: "$800 billion in 2022", "181.4 million tonnes of LNG
// in 2022", "(2022)", "，2022年" is not (that year opens the next clause).
const YEAR_AFTER = /^(?:[\s,]*(?:[(（][^()（）]{0,12}[)）]\s*)?(?:(?:of|for|at|from)\s+)?(?:(?!(?:and|but|while|whereas)\b)[A-Za-z][\w'’-]*\s+){0,5})?(?:[(（][^()（）]{0,12}[)）]\s*)?(?:in|by|as of|at the end of|for|during|between|over|[(（])\s*(?:the\s)?(?:(?:end|first half|second half|first quarter|last quarter) of\s)?(?:fiscal\s)?(?:(?:early|mid|late)[-\s]?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?$|^\s*[(（]$/i;
// Korean puts the year after its figure: "4,800가구를 2027년까지 공급", "2조 원을 2030년에 투입".
const KOREAN_OBJECT_GAP = /^[을를은는이가의]?\s?$/;
const KOREAN_YEAR_AFTER = /^\s?년\s?(?:까지|에|말|내)/;
const YEAR = /(?<![\w.@])(?:FY ?)?((?:19|20)\d\d)(?![\d%])(?:\s?(?:财年|财政年度|年度|年))?/g;

// A subject that points back: "They", "It", "These", "The figure", 其, 它们, 该数字.
// "A decade earlier, in 2013, the shares were …": one or two short time phrases may lead.
export const POINTING_SUBJECT = /^\s*(?:(?:(?:In|By|As of|At the end of)\s[^,]{1,30}|(?:A|One|Two|Three|Five|Ten) (?:year|decade|years|decades) (?:earlier|before|later)(?:,\s*in\s\d{4})?),\s*)?(?:they|it|these|those|the figures?|the numbers?|the totals?|the (?:corresponding\s)?(?:shares|rates|proportions))\b|^\s*(?:\d{4}年[，,]?)?(?:其(?![中他余次])|它们|该数字|这一数字)/i;

/** Frames for the figures of one sentence (figures sorted by offset, all inside the sentence). */
export function claimFrames(text: string, start: number, end: number, figures: readonly Figure[], mask?: Uint8Array, paragraphYear?: string, earlierCountries?: readonly string[]): ClaimFrame[] {
  if (figures.length === 0) return [];
  // One scan of the sentence for country names; each clause takes the mentions inside it.
  const mentions = countryMentions(text, start, end);
  const breaks = clauseBreaks(text, start, end, mentions, figures);
  const years = yearsWithOffsets(text, start, end, figures, mask);
  const lists = respectivelyLists(text, start, end, figures);
  const distributed = respectively(text, lists, figures, mentions, earlierCountries);
  const measures = respectiveMeasures(lists, figures);
  const items = lists.length ? respectiveItems(text, start, lists, figures) : undefined;
  const frames = figures.map((f, i) => {
    const [clauseStart, clauseEnd] = withElidedSubject(text, breaks, start, clauseAround(breaks, start, end, f), figures, mask);
    const from = listStart(breaks, start, clauseStart, mentions);
    // Else the countries named before its clause (the sentence's subject); never those of a later
    // clause ("东南亚……30%，其中柬埔寨……78%": 30% is not about Cambodia).
    const after = countryAfter(text, f, mentions, figures[i + 1]?.start ?? end);
    let own = distributed.get(i) ?? (after ? [after] : undefined);
    // "the Japanese market took 13.2% of China's agricultural exports": the country after "of …'s"
    // owns the whole; a country named before the figure in its clause is in the claim too.
    // "Korean tourists made 9.59 million trips to Japan": the travellers' country before the figure and
    // the destination after it are both the claim's (as "韩国赴日游客" names both).
    const destination = !!after && DESTINATION_AFTER.test(text.slice(f.end, f.end + 40));
    if (after && !distributed.has(i) && (destination || POSSESSIVE_WHOLE.test(text.slice(f.end, f.end + 40)))) {
      const subject = mentions.filter((m) => m.at >= from && m.at < f.start && m.code !== after);
      // Every destination of a list ("to Vietnam, Laos, Myanmar and Thailand").
      const after2 = destination ? codesOf(mentions.filter((m) => m.at >= f.end && m.at < (figures[i + 1]?.start ?? clauseEnd))) : [after];
      if (subject.length) own = [...codesOf(subject), ...after2];
    }
    const entities = own ? own : nearestEntities(text, mentions, from, clauseEnd, figures[i - 1]?.end ?? -1, f.start) ?? codesOf(mentions.filter((m) => m.at < from));
    const ownPeriod = periodOf(text, figures, i, years, clauseStart);
    const carriedPeriod = ownPeriod ? undefined : PRESENT.test(text.slice(clauseStart, f.start)) || projectedTarget(text, start, f) ? undefined : paragraphYear;
    const period = movedFromUndated(text, figures, i, start) ? undefined : yearEarlier(text, f, ownPeriod ?? carriedPeriod);
    const frame: ClaimFrame = { clauseStart, clauseEnd, period, entities, scope: f.kind === 'share' ? scopeOf(text, clauseStart, clauseEnd, f, start) : undefined };
    if (carriedPeriod && period) frame.periodCarried = true;
    const counted = f.unit === 'count' ? countedConcepts(text, f) : undefined;
    if (counted) frame.counted = counted;
    const changeOf = measures.get(i);
    if (changeOf) frame.changeOf = changeOf;
    // Countries distributed already tell the figures apart; other things need their item.
    const item = distributed.has(i) ? undefined : items?.get(i);
    if (item) frame.item = item;
    // The month between the figure before and this one ("4월 …(312실)와 10월 …(248실)"), or one right
    // after it as English writes it ("(248 rooms) in October").
    const month = monthAfter(text.slice(f.end, f.end + 24)) ?? monthBefore(text.slice(Math.max(clauseStart, figures[i - 1]?.end ?? 0), f.start));
    if (month) frame.month = month;
    return frame;
  });
  return yearsInTurn(text, start, end, figures, frames);
}

/**
 * "In 2023 the over-65s made up 29.1% of Japan's population, 18.4% of Korea's and 15.4% of China's.
 * In 2013 the shares were 25.1%, 12.2% and 9.7% respectively": the countries of the sentence before,
 * in the order named, for a sentence that hands out values with 分别/respectively and names no
 * country itself (undefined when that does not apply, so callers can key caches on it).
 */
export function earlierCountries(text: string, previous: { start: number; end: number } | undefined, start: number, end: number): string[] | undefined {
  if (!previous || !/分别|respectively/.test(text.slice(start, end)) || text.slice(previous.end, start).includes('\n\n')) return undefined;
  if (countryMentions(text, start, end).length) return undefined;
  const codes = countryMentions(text, previous.start, previous.end).map((m) => m.code);
  return codes.length > 1 ? [...new Set(codes)] : undefined;
}

// "Respectively" in the four languages: a list of values paired in order with a list before it.
const IN_TURN = /分别|分別|respectively|각각|それぞれ/i;

/**
 * "2019—2023年，全市地区生产总值分别为A、B、C、D和E", "from 2019 to 2023 … were A, B, C, D and E respectively":
 * as many values of one kind as the span has years, each is its year's, in order (not all of the span's).
 */
function yearsInTurn(text: string, start: number, end: number, figures: readonly Figure[], frames: ClaimFrame[]): ClaimFrame[] {
  if (!IN_TURN.test(text.slice(start, end))) return frames;
  const spans = new Map<string, number[]>();
  frames.forEach((fr, i) => {
    if (fr.period?.includes('-')) spans.set(`${fr.period}\u0000${figures[i].unit}\u0000${figures[i].kind}`, [...(spans.get(`${fr.period}\u0000${figures[i].unit}\u0000${figures[i].kind}`) ?? []), i]);
  });
  for (const [key, members] of spans) {
    const [from, to] = key.split('\u0000')[0].split('-').map(Number);
    if (members.length < 2 || members.length !== to - from + 1) continue;
    members.forEach((i, k) => (frames[i] = { ...frames[i], period: String(from + k) }));
  }
  return frames;
}

const RESPECTIVELY = /分别|respectively/g;
// "中国对日、对韩直接投资…分别为": the verb before each one-character name repeats after the comma.
const TRAVEL_LIST_GAP = /^[、,，和及与]\s*[对向自赴]$/;
const LIST_GAP = /^(?:大陆|本土)?,?\s*(?:[、,，和及与]|and|or|the)?\s*(?:the\s)?$/;

/** The runs of figures that 分别 (after it) or "respectively" (before it) distributes, as figure indexes. */
function respectivelyLists(text: string, start: number, end: number, figures: readonly Figure[]): number[][] {
  const lists: number[][] = [];
  const span = text.slice(start, end);
  if (!span.includes('分别') && !span.includes('respectively')) return lists;
  for (const m of span.matchAll(RESPECTIVELY)) {
    const at = start + m.index;
    const list: number[] = [];
    if (m[0] === '分别') {
      let i = figures.findIndex((f) => f.start > at);
      for (; i >= 0 && i < figures.length; i++) {
        if (list.length && !LIST_GAP.test(text.slice(figures[i - 1].end, figures[i].start))) break;
        if (!list.length && figures[i].start - at > 12) break;
        list.push(i);
      }
    } else {
      let i = figures.length - 1;
      while (i >= 0 && figures[i].end > at) i--;
      if (i >= 0 && at - figures[i].end > 20) i = -1;
      for (; i >= 0; i--) {
        if (list.length && !LIST_GAP.test(text.slice(figures[i].end, figures[list[0]].start))) break;
        list.unshift(i);
      }
    }
    if (list.length >= 2) lists.push(list);
  }
  return lists;
}

/**
 * 分别 / respectively hands a list of countries to a list of figures in order: "对日本、韩国的出口额
 * 分别为A和B" binds A to Japan and B to Korea; "Japan and Korea took 12% and 9% respectively" too.
 * Figure index -> country, only when the two lists are the same length.
 */
function respectively(text: string, lists: number[][], figures: readonly Figure[], mentions: readonly CountryMention[], earlier: readonly string[] = []): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const list of lists) {
    const before = mentions.filter((c) => c.at < figures[list[0]].start);
    // A sentence that names no country hands its values to those of the sentence before, in order.
    const named = mentions.length === 0 ? earlier : countryList(text, before);
    if (named.length === list.length) list.forEach((fi, k) => out.set(fi, [named[k]]));
    else {
      // "中日、中韩友好城市分别达到261对和215对": each item of the list is a pair of countries.
      const groups = countryGroups(text, before);
      if (groups.length === list.length) list.forEach((fi, k) => out.set(fi, groups[k]));
    }
  }
  return out;
}

/** The last run of country groups written without a gap inside (中日、中韩): one set of codes per group. */
function countryGroups(text: string, mentions: readonly CountryMention[]): string[][] {
  if (!mentions.length) return [];
  const groups: CountryMention[][] = [[mentions[mentions.length - 1]]];
  for (let k = mentions.length - 2; k >= 0; k--) {
    const gap = text.slice(mentions[k].end, groups[0][0].at);
    if (gap.length === 0) groups[0].unshift(mentions[k]);
    else if (LIST_GAP.test(gap)) groups.unshift([mentions[k]]);
    else break;
  }
  return groups.some((g) => g.length > 1) ? groups.map((g) => [...new Set(g.map((m) => m.code))]) : [];
}

/**
 * It also hands a list of changes to the quantities listed just before them: "签发证书68.1万份，对应
 * 货值2353亿元，同比分别增长40.2%和35.8%" makes 40.2% the change of the count of certificates and
 * 35.8% that of the value. Figure index -> the unit of the quantity it is the change of.
 */
function respectiveMeasures(lists: number[][], figures: readonly Figure[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const list of lists) {
    const k = list.length;
    const first = list[0];
    if (first < k || !list.every((i) => figures[i].kind === 'change')) continue;
    const levels = figures.slice(first - k, first);
    if (!levels.every((f) => f.kind === 'level') || new Set(levels.map((f) => f.unit)).size !== k) continue;
    list.forEach((fi, j) => out.set(fi, levels[j].unit));
  }
  return out;
}

/** The last list of countries among some mentions ("越南、泰国和印度", "Brazil and Chile"), as codes. */
function countryList(text: string, mentions: readonly CountryMention[]): string[] {
  if (!mentions.length) return [];
  const run = [mentions[mentions.length - 1]];
  for (let k = mentions.length - 2; k >= 0; k--) {
    const gap = text.slice(mentions[k].end, run[0].at);
    if (gap.length > 0 && !LIST_GAP.test(gap) && !TRAVEL_LIST_GAP.test(gap)) break;
    run.unshift(mentions[k]);
  }
  return [...new Set(run.map((m) => m.code))];
}

/** "31.6% in Japan": English names the country right after the figure. */
const DESTINATION_AFTER = /^\s(?:[a-z]+\s){0,3}(?:to|into|from|in)\s(?:the\s)?[A-Z]/;
const POSSESSIVE_WHOLE = /^\sof\s(?:the\s)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s/;

function countryAfter(text: string, f: Figure, mentions: readonly CountryMention[], limit: number): string | undefined {
  const lead = /^\s(?:in|for|of|from|at|to)\s(?:the\s)?/.exec(text.slice(f.end, f.end + 10));
  if (!lead) return undefined;
  const at = f.end + lead[0].length;
  return at < limit ? mentions.find((m) => m.at === at)?.code : undefined;
}

/**
 * "China, Japan and the ROK imported …": the commas of a list of countries are not clause ends,
 * so a clause's countries reach back over short segments that are only a country name.
 */
function listStart(breaks: number[], sentenceStart: number, clauseStart: number, mentions: readonly CountryMention[]): number {
  let from = clauseStart;
  for (let k = breaks.indexOf(from - 1); k >= 0; k--) {
    const segStart = k > 0 ? breaks[k - 1] + 1 : sentenceStart;
    if (from - 1 - segStart > 30 || !mentions.some((m) => m.at >= segStart && m.at < from - 1)) break;
    from = segStart;
  }
  return from;
}

/**
 * The countries a figure is about: those named between the previous figure and this one ("Japan
 * 17.9%, China for 11.5% and the ROK for 15.8%"), else those of its clause; undefined if none.
 */
// A subordinate clause with a subject of its own: "… as Chinese rivals grew faster".
const NEW_SUBJECT = /\b(?:as|because|while|since|amid|after|when|though|although|whereas)\s/i;

function nearestEntities(text: string, mentions: readonly CountryMention[], clauseFrom: number, clauseEnd: number, prevEnd: number, figureStart: number): string[] | undefined {
  const between = mentions.filter((m) => m.at >= Math.max(clauseFrom, prevEnd) && m.at < figureStart);
  if (between.length) return codesOf(between);
  // "한국산 수입이 357억 위안…, 장란성 전체의 수입도 863억 위안으로 15.2%": a subject named as a whole
  // (전체, 全省, overall) after the last country and a figure about it is not that country's part.
  const last = mentions.filter((m) => m.at >= clauseFrom && m.at < figureStart).at(-1);
  if (last && prevEnd > last.at && WHOLE_SUBJECT.test(text.slice(last.at, figureStart))) return [];
  const inClause = mentions.filter((m) => m.at >= clauseFrom && m.at < clauseEnd && !(m.at > figureStart && comparedWith(text, m)));
  // "SK On and Samsung SDI together held 23.2%, down from 30.4% in 2021 as Chinese rivals grew":
  // a country named after the figure in a subordinate clause, when an earlier clause named the
  // subject, is not what the figure is about ("more than the 1.87 trillion won they spent on
  // American sites" is).
  if (inClause.length && inClause.every((m) => m.at > figureStart) && mentions.some((m) => m.at < clauseFrom) && NEW_SUBJECT.test(text.slice(figureStart, inClause[0].at))) return undefined;
  return inClause.length ? codesOf(inClause) : undefined;
}

/**
 * "11.0%増加し、4年ぶりに中国を上回った", "overtaking China", "미국을 제치고": a country named after the figure as
 * what it was compared with is not what the figure is about.
 */
function comparedWith(text: string, m: CountryMention): boolean {
  const after = text.slice(m.at, m.at + 16);
  return COMPARED_AFTER.test(after.replace(/^[^\s、，,。をより을를보]{1,8}/, '')) || COMPARED_BEFORE.test(text.slice(Math.max(0, m.at - 24), m.at));
}
const COMPARED_AFTER = /^(?:を上回|を下回|を抜|を超え|より|을\s?제치|를\s?제치|을\s?넘|를\s?넘|보다|을\s?앞|를\s?앞)/;
const COMPARED_BEFORE = /\b(?:overtaking|overtook|surpassing|surpassed|outpacing|outstripping|ahead of|than)\s(?:the\s)?$/i;

const WHOLE_SUBJECT = /전체|全省|全市|全县|全區|全区|全縣|全体|全體|整体|整體|总体|總體|全体で|全国計|\b(?:as a whole|overall)\b/i;

/** The whole a share is of, as the text names it, or undefined when it does not say. */
function scopeOf(text: string, clauseStart: number, clauseEnd: number, f: Figure, sentenceStart = clauseStart): string | undefined {
  const own = clauseScope(text, clauseStart, clauseEnd, f);
  if (own || sentenceStart >= clauseStart) return own;
  // "……占总人口比例持续上升，年均占比为12.63%": a clause that says only 占比 takes the whole named
  // earlier in the sentence.
  return /占比|比重|比例|份额|\bshare\b|\bproportion\b/i.test(text.slice(clauseStart, clauseEnd)) ? clauseScope(text, sentenceStart, clauseEnd, f) : undefined;
}

function clauseScope(text: string, clauseStart: number, clauseEnd: number, f: Figure): string | undefined {
  const before = text.slice(clauseStart, f.start);
  const zh = before.search(/占(?!比)(?:[^占]|占比)*$/);
  if (zh >= 0) {
    const whole = before.slice(zh + 1).split(/[，,；;]|的|比重|份额|比例/)[0].replace(/(?:约|为|达|超过|近|接近|左右|大约|\s)+$/, '');
    if (whole.length >= 2) return whole;
  }
  const en = /^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?)((?:[A-Za-z][\w'’-]*\s?){1,5})/.exec(text.slice(f.end, clauseEnd));
  if (en) {
    const whole = en[1].replace(/\s+(?:in|by|for|from|during|on|and|while|was|were|is|are|aged|have|has|had|of)(?:\s.*)?$/i, '').trim();
    // "83% of Japanese and 54% of Korean climate finance": a lone adjective leaves the whole to the end of the list.
    return /^[A-Z][a-z]+$/.test(whole) && /^\s+and\b/.test(en[1].slice(en[1].indexOf(whole) + whole.length)) ? undefined : whole;
  }
  const share = /share of\s+((?:[A-Za-z][\w'’-]*\s?){1,5}?)\s*(?:in\s+((?:[A-Za-z][\w'’-]*\s?){1,4}))?(?:was|is|reached|stood at|rose to|fell to|at)\b/i.exec(before);
  return share?.[2]?.trim() || undefined;
}

// Words in a count's text that say how many, not what.
// "24 times", 24次: how often, which says nothing of what happened (the verb says it).
// "a herd of 64.7 million": the scale word is part of the number, not what is counted.
const HOW_MANY = /^(?:more|than|less|fewer|about|around|nearly|almost|some|over|under|roughly|approximately|least|most|just|only|total|all|times?|hundreds?|thousands?|millions?|billions?|trillions?|mn|bn|dozens?)$/i;

/**
 * What a bare count counts, as concepts: the words of the figure after the number ("48 South-South
 * cooperation documents"), or the Chinese noun after its classifier ("39个发展中国家").
 */
function countedConcepts(text: string, f: Figure): string[] | undefined {
  // The qualifier written after a Chinese number (50座以上, 120个左右) says how many, not what.
  // A scale character is part of the number too (6502万户: 万户 is a feudal title in the lexicon).
  let phrase = text.slice(f.start, f.end).replace(/[\d.,%]+/g, ' ').replace(/(?:以上|以下|左右|上下|前后|之多)$/, '').replace(/(^|\s)[万亿千百兆]+(?=[\u4e00-\u9fff])/g, '$1');
  const after = /^[\u4e00-\u9fff]{1,12}/.exec(text.slice(f.end));
  if (after && /[\u4e00-\u9fff]\s*$/.test(phrase)) phrase += after[0];
  const words = phrase.split(/\s+/).filter((w) => w && !HOW_MANY.test(w)).join(' ');
  const concepts = [...conceptsOf(words)].filter((c) => c.startsWith('c:'));
  return concepts.length ? concepts : undefined;
}

/** Two counts of different things (developing countries, cooperation documents); unknown never differs. */
export function countsDiffer(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a && !!b && !a.some((c) => b.includes(c));
}

/**
 * Whether two shares are of different wholes: 世界 against 东亚, goods against services. Words both
 * scopes share (a common beginning or ending, in one language) are set aside; what remains must
 * have a concept in common. Undefined scopes never differ.
 */
export function scopesDiffer(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b || POINTING_BACK.test(a) || POINTING_BACK.test(b)) return false;
  // "占全省的8.0%": a whole named only as the province (the country, the city) is the clause's own
  // measure in total ("对韩国进出口总额占全省的8.0%" is "占全省进出口总额的8.0%").
  if (!a.replace(WHOLE_PREFIX, '').trim() || !b.replace(WHOLE_PREFIX, '').trim()) return false;
  const cjkA = /[\u4e00-\u9fff]/.test(a);
  if (cjkA === /[\u4e00-\u9fff]/.test(b)) {
    let p = 0;
    while (p < a.length && p < b.length && a[p] === b[p]) p++;
    let q = 0;
    while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
    const [ra, rb] = [a.slice(p, a.length - q), b.slice(p, b.length - q)];
    if (DEICTIC.test(ra) || DEICTIC.test(rb)) return false;
    // "Norwegian banks' corporate lending" and "banks' corporate lending": a country named in the
    // whole is the claim's country, compared as such, not another whole.
    if (countryWordsOnly(ra) && countryWordsOnly(rb)) return false;
    // "Norland's workers" and "workers": a proper name's possessive before the whole names whose it is
    // (a province, a firm the country list does not know), the claim's subject, not another whole.
    if ((!ra.trim() || OWNER_ONLY.test(ra)) && (!rb.trim() || OWNER_ONLY.test(rb))) return false;
    // One whole names a part the other leaves out: "全球服务贸易总量" is not "全球总量", but
    // "世界经济总量" is "世界" (what is left out only says "the economy, in total"). In English a
    // draft may drop one modifier the source has ("wages" for "covered wages"), not the reverse.
    if (!ra && !cjkA && /^\s*[A-Za-z-]+\s*$/.test(rb)) return false;
    if (!ra || !rb) return !GENERIC_WHOLE.test(ra || rb);
    return !shareConcept(ra, rb);
  }
  // Across languages: "the total" or "全国" says no more than "all of it"; what is left must share a concept.
  const [ra, rb] = [a.replace(WHOLE_PREFIX, ''), b.replace(WHOLE_PREFIX, '')];
  if (GENERIC_WHOLE.test(ra) || GENERIC_WHOLE.test(rb)) return false;
  return !shareConcept(ra, rb);
}

const OWNER_ONLY = /^\s*(?:[A-Z][\w-]*\s)*[A-Z][\w-]*['’]s?\s*$/;

/** Nothing but country names or demonyms (or nothing at all). */
function countryWordsOnly(s: string): boolean {
  const words = s.trim();
  if (!words) return true;
  if (/[\u4e00-\u9fff]/.test(words)) return countriesIn(words, 0, words.length).length > 0 && !words.replace(/中国|日本|韩国|美国|挪威|[\u4e00-\u9fff]{0,3}国/g, '').trim();
  // "South Korea's": a name of two words is one country; what is left must be demonyms or nothing.
  let rest = words;
  for (const m of countryMentions(words, 0, words.length).reverse()) rest = rest.slice(0, m.at) + rest.slice(m.end);
  return rest.replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean).every((w) => !!demonymCountryWord(w) || countriesIn(w, 0, w.length).length > 0);
}

// The words that open a whole without naming it: "the country's emissions" is "emissions", "全国排放量" is "排放量".
const WHOLE_PREFIX = /^(?:全[国省州市区县]|本国|该国|其|the country'?s?|the region'?s?|the nation'?s?|the whole|the)\s*/i;

// "全省", "本国", "its": a whole named by pointing back, compatible with any named one.
const DEICTIC = /^(?:全|本|该|其|此|整个|所有|its\b|their\b|that\b|this\b|these\b|those\b|the country|the region|the whole|all\b|overall\b|total\b)/i;

// "of that money", "of these exports", "a quarter of it", "38% of what was handed out": an English whole named by
// pointing back or by a clause, in any comparison.
const POINTING_BACK = /^(?:its|their|it|them|that|this|these|those|what|whatever|everything)\b/i;

const GENERIC_WHOLE = /^(?:经济|总|量|额|数|值|的|和|之|全部|所有|economy|economic|output|gdp|total|overall|all|whole|the|\s)*$/i;

// Scopes repeat (全球货物贸易总量 in many sentences): their concepts are looked up once.
const SCOPE_CONCEPTS = new Map<string, Set<string>>();

function scopeConcepts(phrase: string): Set<string> {
  let concepts = SCOPE_CONCEPTS.get(phrase);
  if (!concepts) {
    if (SCOPE_CONCEPTS.size > 20_000) SCOPE_CONCEPTS.clear();
    SCOPE_CONCEPTS.set(phrase, (concepts = conceptsOf(phrase)));
    // "发电量" is glossed "output, capacity"; the word inside it, 发电, says electricity: a Chinese
    // whole is compared by every dictionary word it holds, not only the longest.
    if (/[\u4e00-\u9fff]{3}/.test(phrase)) for (const c of innerWordConcepts(phrase)) concepts.add(c);
    // "占全州人口的23.0%" and "23.0% of its residents": the people who live there are its population.
    if (PEOPLE_OF_A_PLACE.some((c) => concepts!.has(c))) concepts.add(POPULATION);
  }
  return concepts;
}

/** Concepts of the two-character dictionary words inside a Chinese phrase. */
function innerWordConcepts(phrase: string): Set<string> {
  const out = new Set<string>();
  for (const run of phrase.match(/[\u4e00-\u9fff]{3,}/g) ?? []) for (let i = 0; i + 2 <= run.length; i++) for (const c of conceptsOf(run.slice(i, i + 2))) if (!c.startsWith('z:')) out.add(c);
  return out;
}

const POPULATION = conceptOf('population');
const PEOPLE_OF_A_PLACE = ['residents', 'inhabitants', 'citizens', 'populace'].map(conceptOf);

function shareConcept(a: string, b: string): boolean {
  const ca = scopeConcepts(a);
  if (ca.size === 0) return true;
  const cb = scopeConcepts(b);
  if (cb.size === 0) return true;
  for (const c of ca) if (cb.has(c)) return true;
  return false;
}

function clauseBreaks(text: string, start: number, end: number, mentions: readonly CountryMention[], figures: readonly Figure[]): number[] {
  const out: number[] = [];
  const span = text.slice(start, end);
  for (const m of span.matchAll(CLAUSE_BREAK)) {
    const at = start + m.index;
    // The commas of a list of countries ("with Japan, South Korea, Russia and Mongolia") join.
    if (m[0].length === 1 && mentions.some((x) => x.end === at) && mentions.some((x) => x.at > at && x.at <= at + 2 + (text.startsWith(' the ', at + 1) ? 4 : 0))) continue;
    // A break is the last character before the next clause: "其中" and " while " are longer than one.
    out.push(at + m[0].length - 1);
  }
  // "2.57 million km² of desertified land and 1.69 million of sandified land": "and" between two
  // figures starts a clause of its own (one that names nothing of its own, "5% and 7%", rejoins
  // the clause before it as an elided subject).
  for (const m of span.matchAll(/\sand\s/g)) {
    const at = start + m.index;
    const before = figures.some((f) => f.end <= at && at - f.end <= 40 && !out.some((b) => b >= f.end && b < at));
    const after = figures.some((f) => f.start >= at + m[0].length && f.start - at - m[0].length <= 12);
    if (before && after) out.push(at + m[0].length - 1);
  }
  return withoutRelativeClauses(text, span, start, figures, out).sort((a, b) => a - b);
}

// "core inflation, which excludes energy, food, alcohol and tobacco, was 3.4%": a relative clause
// between a subject and its verb is an aside, and its commas are no clause breaks (the figure after
// it belongs to the subject before it). An "and" between an earlier figure and that subject
// ("4.8% and core inflation, which …") then starts the clause.
const RELATIVE_ASIDE = /,\s(?:which|who)\s(?:[^;.]|\.\d)*?,\s(?=(?:was|is|were|are|stood|came|averaged|totall?ed|amounted|reached|remained)\b)/gi;

function withoutRelativeClauses(text: string, span: string, start: number, figures: readonly Figure[], breaks: number[]): number[] {
  let out = breaks;
  for (const m of span.matchAll(RELATIVE_ASIDE)) {
    const from = start + m.index;
    const to = from + m[0].length;
    // An aside with a figure of its own ("Exports, which rose 5.2%, were …") is that figure's clause.
    if (figures.some((f) => f.start >= from && f.end <= to)) continue;
    out = out.filter((b) => b < from || b >= to);
    const clauseFrom = Math.max(start, ...out.filter((b) => b < from).map((b) => b + 1));
    const and = text.slice(clauseFrom, from).lastIndexOf(' and ');
    const at = clauseFrom + and;
    if (and >= 0 && figures.some((f) => f.end <= at && f.start >= clauseFrom) && !out.includes(at + 4)) out.push(at + 4);
  }
  return out;
}

// Words that say how a figure moved or when, but not what it measures.
const FUNCTION_WORDS = /^(?:up|down|from|to|in|on|at|by|of|for|and|or|the|a|an|than|with|compared|against|versus|vs|as|about|around|roughly|nearly|almost|some|over|under|more|less|its|their|year|years|per|cent|percent|rising|falling|rose|fell|grew|growing|increased|increasing|decreased|decreasing|declined|declining|dropped|climbed|gained|expanded|contracted|shrank|slipped|annual|annually|yoy|million|billion|thousand|trillion|total|all|whole|level|figure|earlier|before|previous|prior|ago|later|then|while|whereas|respectively)$/i;
// 按年/按月 (year on year, month on month, as Hong Kong, Macau and Taiwan write), 同比/环比, 去年, 当月: when.
const FUNCTION_CHARS = /[的年由从至到比较为是约近超过逾仅达增降升减少长了和与及同期前后而则上下按环去今当月季度跌涨幅速回落]/;

/**
 * "accounted for roughly 36% of X, up from 22% in 2021": a clause with no word of its own about
 * what is measured continues the clause before it, and is that clause for matching.
 */
function withElidedSubject(text: string, breaks: number[], sentenceStart: number, [a, b]: [number, number], figures: readonly Figure[], mask?: Uint8Array): [number, number] {
  // "were 25.1%, 12.2% and 9.7% respectively": a list handed out in turn goes back over every clause that
  // is only values, to the one that names them; elsewhere one clause back (a longer reach lost more than it won).
  const steps = IN_TURN.test(text.slice(a, Math.min(text.length, b + 16))) ? Infinity : 1;
  let from = a;
  for (let end = b, n = 0; n < steps && from !== sentenceStart && !hasSubjectWords(text, from, end, figures, mask); n++) {
    const k = breaks.indexOf(from - 1);
    end = from;
    from = k > 0 ? breaks[k - 1] + 1 : sentenceStart;
  }
  return [from, b];
}

function hasSubjectWords(text: string, a: number, b: number, figures: readonly Figure[], mask?: Uint8Array): boolean {
  // The clause without its figures, citations and code ("…, up from 76% a year earlier [@key]").
  let rest = '';
  for (let k = a; k < b; k++) rest += mask?.[k] || figures.some((f) => f.start <= k && k < f.end) ? ' ' : text[k];
  for (const w of rest.matchAll(/[A-Za-z]{2,}|[\u4e00-\u9fff]/g)) {
    if (w[0].length === 1 ? !FUNCTION_CHARS.test(w[0]) : !FUNCTION_WORDS.test(w[0])) return true;
  }
  return false;
}

function clauseAround(breaks: number[], start: number, end: number, f: Figure): [number, number] {
  let a = start;
  let b = end;
  for (const at of breaks) {
    if (at < f.start) a = at + 1;
    else if (at >= f.end) {
      b = at;
      break;
    }
  }
  return [a, b];
}

interface YearAt {
  year: string;
  start: number;
  end: number;
  /** written as the base of a comparison (比2020年, than in 2019): not when a change happened */
  base: boolean;
  /** the start of a running total ("since 2016", "2016年以来", "自2016年起"): not the figure's year */
  since: boolean;
}

// The base year of a comparison ("比2020年增长24%", "up 24% on 2020", "than in 2019") is not when a
// change happened; a level can belong to it ("较2021年的104亿立方米").
const BASE_YEAR_BEFORE = /(?:比|较|相比|相较|\bthan(?: in)?|\bcompared (?:with|to)|\bover|\bon|(?:\d|%|percent|points?)\sfrom)\s?$/i;

// Japanese and Korean mark the base after the year: "2018年の6289万戸から249万戸増加" ("2013年の9,954人から": a
// thousands comma is no clause break), "（2018年）に比べ",
// "2018年比", "2018년(116만 9천 명) 대비 3.8% 감소".
// A word may come between ("1997년 정점(685만 명)보다", the 1997 peak), and so may the rest of a
// bracket the year is in ("ピーク（2000年3月末、600,980業者）からは約2割の減少").
const BASE_YEAR_AFTER = /^(?:年?度?[）)]?(?:の(?:[^，,。、；]|(?<=\d),(?=\d)){0,14}?)?(?:から|に比べ|と比べ|比(?![重例率]))|년?\s?(?:[\uac00-\ud7af]{1,4}\s?)?(?:[（(][^）)]{0,16}[）)])?\s?(?:대비|에\s?비해|보다)|[^()（）]{0,24}[)）]\s?(?:から|より|に比べ|と比べ|대비|에\s?비해|보다))/;

function yearsWithOffsets(text: string, start: number, end: number, figures: readonly Figure[], mask?: Uint8Array): YearAt[] {
  const out: YearAt[] = [];
  for (const m of text.slice(start, end).matchAll(YEAR)) {
    const at = start + m.index;
    if (mask?.[at] || figures.some((f) => f.start <= at && at < f.end)) continue;
    const split = splitYear(text, at + m[0].length, m[1]);
    const end = at + m[0].length + (split?.length ?? 0);
    if (foundingYear(text, start, at, end) || NAMED_AFTER_YEAR.test(text.slice(Math.max(start, at - 14), at)) || NAMED_BEFORE_YEAR.test(text.slice(end, end + 20))) continue;
    out.push({ year: split ? `${m[1]}-${split.year}` : m[1], start: at, end, base: BASE_YEAR_BEFORE.test(text.slice(Math.max(start, at - 14), at)) || BASE_YEAR_AFTER.test(text.slice(end, end + 20)), since: sinceYear(text, start, at, end) });
  }
  // Japanese era years: 令和5年 is 2023, 令和元年 2019 (the first year of an era is 元年).
  for (const m of text.slice(start, end).matchAll(ERA_YEAR)) {
    const at = start + m.index;
    if (mask?.[at]) continue;
    const yearEnd = at + m[0].length;
    const year = String(ERA_START[m[1]] + (m[2] === '元' ? 1 : Number(m[2])) - 1);
    out.push({ year, start: at, end: yearEnd, base: BASE_YEAR_BEFORE.test(text.slice(Math.max(start, at - 14), at)) || BASE_YEAR_AFTER.test(text.slice(yearEnd, yearEnd + 20)), since: sinceYear(text, start, at, yearEnd) });
  }
  out.sort((a, b) => a.start - b.start);
  return joinedRanges(text, out);
}

// A financial or school year written across two years ("2023/24", "2023-24", "2023/2024"): one
// period that ends in the second year, as "the year ended 31 March 2024" does.
const SPLIT_YEAR = /^[/\-–](\d{2}|\d{4})(?![\d%])/;

/** The first financial year written across two years in a header ("Total 2024/25"), as "2024-2025". */
export function splitYearIn(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\w.@])((?:19|20)\d\d)(?!\d)/g)) {
    const split = splitYear(text, m.index + m[0].length, m[1]);
    if (split) return `${m[1]}-${split.year}`;
  }
  return undefined;
}

function splitYear(text: string, end: number, year: string): { year: string; length: number } | undefined {
  const m = SPLIT_YEAR.exec(text.slice(end, end + 6));
  if (!m) return undefined;
  const next = String(Number(year) + 1);
  const second = m[1].length === 2 ? `${next.slice(0, 2)}${m[1]}` : m[1];
  return second === next ? { year: next, length: m[0].length } : undefined;
}

// "Health Plan 2030", "Vision 2030": a year in the name of a plan is no period of the figures near it.
const NAMED_AFTER_YEAR = /\b(?:Plan|Vision|Agenda|Strategy|Programme|Program|Initiative|Roadmap|Blueprint)\s$/;
// "The IMO's 2023 strategy aims to cut emissions by at least 20% … by 2030": a year before the name
// of a plan or agreement dates the document, not the figures (a census or survey year is its figures' year).
const NAMED_BEFORE_YEAR = /^\s(?:revised\s|updated\s|initial\s)?(?:strategy|plan|action plan|roadmap|agenda|agreement|accord|framework|law|act)\b/i;

const ERA_YEAR = /(令和|平成|昭和)(元|\d{1,2})年度?/g;
const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };

// "TEMM, launched in 1999, has met 24 times", "1999年启动的TEMM", "成立于2015年的亚投行": the year
// dates the founding of what the sentence speaks of, never the figures after it.
// A plan or law dated by its adoption ("the Action Plan, adopted in 2021, contains 199 actions",
// "2021年更新的《行动计划》包含199项行动") is dated the same way.
const FOUNDED_BEFORE = /\b(?:launched|opened|founded|established|created|set up|inaugurated|instituted|formed|adopted|updated|revised|enacted|signed|promulgated)\s(?:in|on)\s(?:(?:early|mid|late|January|February|March|April|May|June|July|August|September|October|November|December)[-\s])?$|(?:成立|启动|设立|建立|创立|创建|组建|开通|开业|通过|颁布|修订)于$/;
const FOUNDED_AFTER = /^(?:年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:成立|启动|设立|建立|创立|创建|组建|开通|通车|开业|投运|通过|更新|修订|颁布|签署|出台)的|^년\s?(?:\d{1,2}월\s?)?(?:출범|설립|개통|개원|채택|개정|수립|제정)(?:한|된)\s/;

function foundingYear(text: string, sentenceStart: number, at: number, end: number): boolean {
  return FOUNDED_BEFORE.test(text.slice(Math.max(sentenceStart, at - 30), at)) || FOUNDED_AFTER.test(text.slice(end, end + 12));
}

// "2024—2027年", "2019年至2030年", "between 2019 and 2030": one period, written "2019-2030".
// "from 2019 to 2023" in English too, when nothing stands between the years (with a value after each
// year, "from 4.1 million in 2019 to 5.6 million in 2023", each value keeps its own).
const RANGE_LINK = /^\s?(?:年)?\s?(?:[-–—~～至到]|and|to)\s?$/;

function joinedRanges(text: string, years: YearAt[]): YearAt[] {
  const out: YearAt[] = [];
  for (let k = 0; k < years.length; k++) {
    const a = years[k];
    const b = years[k + 1];
    const link = b && text.slice(a.end, b.start);
    if (b && Number(b.year) > Number(a.year) && RANGE_LINK.test(link!) && linkOpened(text, a, link!)) {
      // "fell 14% from 2019 to 2022": "from" opens the span here, no base year.
      out.push({ year: `${a.year}-${b.year}`, start: a.start, end: b.end, base: a.base && !/to/.test(link!), since: a.since });
      k++;
    } else out.push(a);
  }
  return out;
}

/** "and" links two years only after "between", "to" only after "from"; the other links always do. */
function linkOpened(text: string, a: YearAt, link: string): boolean {
  const before = text.slice(Math.max(0, a.start - 8), a.start);
  if (link.includes('and')) return /\bbetween\s$/i.test(before);
  if (/to/.test(link)) return /\bfrom\s$/i.test(before);
  return true;
}

/**
 * Whether two periods can be the same time: equal, or a range and the year it ends in ("$100
 * billion between 2019 and 2030" is what "by 2030" totals); a year inside the range is not.
 */
export function periodsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const ra = a.includes('-');
  if (ra === b.includes('-')) return false;
  const [range, year] = ra ? [a, b] : [b, a];
  return range.endsWith(`-${year}`);
}

/** "Since the fund was launched in 2016, …", "2016年以来", "自2016年起": a year that opens a running total. */
function sinceYear(text: string, sentenceStart: number, at: number, end: number): boolean {
  // Chinese says so after the year (以来, 起, 开始); 从/自 alone before it also opens "from A to B".
  if (/^(?:以来|起|开始|至今)/.test(text.slice(end, end + 3))) return true;
  // A month may come between for a running total ("自2021年9月以来"); "2023年8月24日起" dates an
  // event, and the year stays the figure's.
  if (/^\s?\d{1,2}\s?[月월]\s?(?:以来|至今|이래)/.test(text.slice(end, end + 8))) return true;
  // "since 1993, when there were 4.48 million": the year of the figure that follows, not a start.
  if (/^,?\s*when\b/i.test(text.slice(end, end + 8))) return false;
  const before = text.slice(Math.max(sentenceStart, at - 80), at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.lastIndexOf(';')) + 1);
  // "Since the 1997–2003 reference period": the years a change is measured from, not its year.
  return /^\s*(?:ever\s)?since\b/i.test(clause) || /\b(?:since|compared with|relative to)\s(?:the\s(?:(?:end|start|beginning)\sof\s(?:the\s)?)?)?$/i.test(before);
}

/**
 * The year bound to figure i: one written right after it ("$800 billion in 2022", "(2022)"),
 * else the nearest year before it with no other figure in between ("2020年的B"), else one in
 * its clause, else the last year before it in the sentence, which the earlier figures share
 * ("2020年，……21%，……14%"), else none.
 */
function periodOf(text: string, figures: readonly Figure[], i: number, all: YearAt[], clauseStart: number): string | undefined {
  const f = figures[i];
  // "恢复至2019年的63.0%", "为2019年同期的79.1%", "为2019年的2.3倍": that year is the base the share
  // or multiple is of, not its time.
  // "降至2022年的7.7%" is the other reading: a level in that year; the verb tells them apart.
  const ofYear = (y: YearAt) => (f.unit === 'percent' || f.unit === 'multiple') && /^(?:同期|水平)?的\s?$/.test(text.slice(y.end, f.start)) && /(?:恢复至|恢复到|相当于|仅为|只有|为|是|达到)$/.test(text.slice(Math.max(0, y.start - 4), y.start));
  // "2019年比78.6%", "令和元年比78.6%まで回復", "2019년 대비 80%": the base year of a share written right before it.
  const baseOfShare = (y: YearAt) => y.base && (f.unit === 'percent' || f.unit === 'multiple') && f.kind !== 'change' && /^(?:比|に比べ|と比べて?|대비)\s?$/.test(text.slice(y.end, f.start));
  // A base year dates a level only in its own clause ("较2021年的104亿立方米"); in a later clause
  // ("down 8.0% from 2022, while Korea imported 46.3 million tonnes") it dates nothing there.
  const years = (f.kind === 'change' ? all.filter((y) => !y.base) : all.filter((y) => !y.base || y.start >= clauseStart)).filter((y) => !ofYear(y) && !baseOfShare(y) && !y.since && !inOtherBracket(text, y, f, figures));
  if (years.length === 0) return undefined;
  const next = figures[i + 1]?.start ?? Infinity;
  const prev = figures[i - 1]?.end ?? -Infinity;
  // A parenthesis between ("9.7 bcm (billion cubic metres) of gas in 2021") counts as one mark.
  const gap = (y: YearAt) => text.slice(f.end, y.start).replace(/[(（][^()（）]{0,40}[)）]/g, '()');
  // "26.2% more than the 9,870 of 2019": "the N of YEAR" names the year of that value.
  const theOf = (y: YearAt) => /^\s?of\s$/.test(gap(y)) && /\bthe\s$/i.test(text.slice(Math.max(0, f.start - 4), f.start));
  // "fell by 14% from 2019 to 2022": a span after "from" is the change's period (one year after it is its base).
  const spanFrom = (y: YearAt) => y.year.includes('-') && /^\s*from\s$/i.test(gap(y));
  const after = years.find((y) => y.start >= f.end && y.start < next && gap(y).length <= 48 && (YEAR_AFTER.test(gap(y)) || theOf(y) || spanFrom(y) || (KOREAN_OBJECT_GAP.test(gap(y)) && KOREAN_YEAR_AFTER.test(text.slice(y.end, y.end + 6)))));
  if (after) return after.year;
  // "由2021年的30.4%降至23.2%": the year belongs to the figure moved from; the one moved to is
  // in the year the paragraph is about.
  const p = figures[i - 1];
  const movedFrom = FROM_BEFORE.test(text.slice(Math.max(0, f.start - 3), f.start));
  let before = years.filter(
    (y) =>
      y.end <= f.start &&
      !(p && y.end <= p.start && BOUND_TO_NEXT.test(text.slice(y.end, p.start)) && MOVED_TO.test(text.slice(p.end, f.start))) &&
      // "从2015年的32%降至一成，信用卡的占比则达到76%": 2015 belongs to 32%, not to a later clause's figure.
      !figures.some((q, k) => k < i - 1 && q.start >= y.end && BOUND_TO_NEXT.test(text.slice(y.end, q.start))) &&
      // "到2030年将依赖度从84%降至50%": the target year is the year of the value moved to, not the one moved from.
      !(movedFrom && TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, y.start - 4), y.start))),
  );
  // "成立于1995年，目前有4个成员国": a clause about the present is not about an earlier clause's year.
  if (PRESENT.test(text.slice(clauseStart, f.start)) && !before.some((y) => y.start >= clauseStart)) return undefined;
  // "capped at CNY 30,000 for 2024–2025, and is expected to cost CNY 520 billion over the four
  // years": a clause that names its own span is not about an earlier clause's year.
  if (!before.some((y) => y.start >= clauseStart) && OWN_SPAN.test(text.slice(clauseStart, f.start) + text.slice(f.end, f.end + 48).split(/[,;.，。；]/)[0])) return undefined;
  // "fell to 1.124 million at the end of 2023, down 3.8% from 1.169 million in 2018, yet households
  // rose 6.2%": the year of a value moved from dates that value only; a later clause is in the
  // sentence's own time.
  // "fell from 3.5% in 2020 to 1.8%": nor is the value moved to, in the same clause.
  const movedTo = TO_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)) || MOVED_TO_ANY.test(text.slice(Math.max(0, f.start - 12), f.start));
  const own = before.filter((y) => (y.start >= clauseStart && !movedTo) || !datesMovedFrom(text, figures, i, y));
  if (own.length || movedTo) before = own;
  const near = before.filter((y) => y.start > prev);
  if (near.length) return near[near.length - 1].year;
  const inClause = before.filter((y) => y.start >= clauseStart);
  if (inClause.length) return inClause[inClause.length - 1].year;
  if (before.length) return before[before.length - 1].year;
  // "Some 350 Chinese firms operated in the Rason special economic zone in 2019": the sentence's
  // only year, however far after the figure, beats the year its paragraph opened with.
  const later = years.filter((y) => y.start >= f.end);
  return later.length === 1 && figures.length === 1 ? later[0].year : undefined;
}

/** Whether year y is written right after an earlier figure that a "from" introduces ("from 1.169 million in 2018"). */
/**
 * "Total expenditure was £13.57 million (2023/24: £12.41 million), of which £11.46 million…": a year
 * in brackets with a value of its own (an account's comparative) dates that value only.
 */
function inOtherBracket(text: string, y: YearAt, f: Figure, figures: readonly Figure[]): boolean {
  const before = text.slice(Math.max(0, y.start - 30), y.start);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0 || /[)）]/.test(before.slice(open))) return false;
  const from = y.start - before.length + open;
  const rest = /[)）]/.exec(text.slice(y.end, y.end + 60));
  if (!rest) return false;
  const to = y.end + rest.index;
  if (f.start > from && f.start < to) return false;
  return figures.some((g) => g !== f && g.start > from && g.end <= to);
}

function datesMovedFrom(text: string, figures: readonly Figure[], i: number, y: YearAt): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const q = figures[k];
    if (q.end > y.start) continue;
    return /(?:\bfrom\s|从|由)(?:about\s|around\s|约|近)?$/.test(text.slice(Math.max(0, q.start - 12), q.start)) && /^\s(?:in|at the end of|as of)\s$/.test(text.slice(q.end, y.start).replace(/\s+/g, ' ').replace(/^(\s\w+)?\s(in|at the end of|as of)\s$/, ' $2 '));
  }
  return false;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "8月", "1-10月", "10－12月期", "12월", "in August", "October's": a month, or months, a figure is for. A
// day after it ("8月1日", "August 1") makes it the date of an event, not the figure's month.
const MONTH = /(?<![\d.])(\d{1,2})(?:\s?[-~～－至到]\s?(\d{1,2}))?\s?(?:月|월)(?!\s?\d{1,2}\s?(?:日|일))|\b(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s\d{1,2}\b)/g;

/** "(248 rooms) in October", "in October 2024": a month an English figure is given for, right after it. */
function monthAfter(text: string): string | undefined {
  const m = /^[)）]?\s?in\s(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d{1,2}\b)/.exec(text);
  return m ? String(MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1) : undefined;
}

/** The last month named in the text before a figure in its clause, as "8" or "1-10". */
export function monthBefore(text: string): string | undefined {
  let month: string | undefined;
  for (const m of text.matchAll(MONTH)) {
    if (m[3]) month = String(MONTH_NAMES.indexOf(m[3].toLowerCase()) + 1);
    else if (Number(m[1]) >= 1 && Number(m[1]) <= 12 && (!m[2] || Number(m[2]) <= 12)) month = m[2] ? `${Number(m[1])}-${Number(m[2])}` : String(Number(m[1]));
  }
  return month;
}

// (累计 and "in total" sum over the range the sentence gave, so they keep its year.)
const OWN_SPAN = /\bover (?:the )?(?:next |past |last |coming |following )?(?:\w+ )?(?:years|decades)\b/i;
const FROM_BEFORE = /(?:从|由|\bfrom\s)$/;
const TARGET_YEAR_BEFORE = /(?:到|至|\bby\s|\buntil\s)$/;
const FUTURE = /将|预计|预测|计划|目标|有望|\b(?:will|would|is projected|are projected|is expected|are expected|forecast|is set to|aims? to)\b/;

/** "将由2023年的29.1%升至38.7%", "is projected to rise to 38.7%": a value moved to in the future is no value of the paragraph's year. */
function projectedTarget(text: string, sentenceStart: number, f: Figure): boolean {
  return MOVED_TO_ANY.test(text.slice(Math.max(sentenceStart, f.start - 12), f.start)) && FUTURE.test(text.slice(sentenceStart, f.start));
}
const MOVED_TO_ANY = /(?:降至|升至|增至|增长至|下降至|上升至|提高至|提高到|降低至|降到|升到|增加到|增加至|减少至|减少到|扩大至|缩小至|回落至|回升至|跌至|\b(?:rise|fall|grow|increase|decrease|decline|drop|climb|reach|shrink)\s(?:\w+\s)?to)\s?(?:约|about\s|around\s)?$/;

const MOVED_FROM_BEFORE = /(?:从|由|\bfrom\s)(?:约|近|\babout\s|\baround\s|\bnearly\s)?$/;
const TO_BEFORE = /\bto\s(?:about\s|around\s|nearly\s)?$/;
const UP_FROM_BEFORE = /\b(?:up|down|rising|falling|increasing|decreasing|climbing|dropping)\s+from\s(?:about\s|around\s|nearly\s)?$/i;
// A count and a count of the same things ("12.84 million times" and "11.71 million").
const alikeUnits = (a: Figure, b: Figure) => a.unit === b.unit || (a.unit === 'count' && b.unit === 'visits') || (a.unit === 'visits' && b.unit === 'count');
// The year written with the value moved from: "从2021年的30.4%", "from 31.1 trillion in 2023".
const OWN_YEAR_BEFORE = /(?:19|20)\d\d\s?年?(?:末|底)?的\s?$/;
const OWN_YEAR_AFTER = /^\s?(?:in|at the end of|as of)\s(?:19|20)\d\d|^\s?[(（](?:19|20)\d\d/;

/**
 * "cut its 2024 budget by 14.8% to KRW 26.5 trillion, from KRW 31.1 trillion", "2024年预算由31.1万亿降至26.5万亿":
 * the value moved from is of an earlier time than the sentence's year, which dates the value moved
 * to; with no year of its own it has none.
 */
function movedFromUndated(text: string, figures: readonly Figure[], i: number, sentenceStart: number): boolean {
  const f = figures[i];
  if (f.kind === 'change' || !MOVED_FROM_BEFORE.test(text.slice(Math.max(sentenceStart, f.start - 8), f.start))) return false;
  const before = text.slice(Math.max(sentenceStart, f.start - 16), f.start).replace(MOVED_FROM_BEFORE, '');
  // "up from 28.0% a year earlier": the year before the one in force (see yearEarlier).
  if (OWN_YEAR_BEFORE.test(before) || OWN_YEAR_AFTER.test(text.slice(f.end, f.end + 20)) || YEAR_EARLIER_AFTER.test(text.slice(f.end, f.end + 32))) return false;
  // "12.84 million times in 2024, up from 11.71 million": the level the sentence dates came first.
  if (UP_FROM_BEFORE.test(text.slice(Math.max(sentenceStart, f.start - 24), f.start)) && figures.some((g, k) => k < i && alikeUnits(g, f) && g.kind !== 'change')) return true;
  return figures.some((g, k) => k !== i && g.unit === f.unit && g.kind !== 'change' && (MOVED_TO_ANY.test(text.slice(Math.max(sentenceStart, g.start - 12), g.start)) || TO_BEFORE.test(text.slice(Math.max(sentenceStart, g.start - 12), g.start))));
}

const PRESENT = /目前|当前|现在|如今|现有|至今|\b(?:currently|now|today|at present|presently)\b/i;

const BOUND_TO_NEXT = /^\s?(?:年底|年末|年)?的\s?$/;
// "由2015年的18.2%升至去年的39.3%": a relative year (去年, 今年) may sit between the verb and the value.
const MOVED_TO = /^[^，。；,;]{0,6}?(?:降至|升至|增至|增长至|下降至|上升至|提高至|提高到|降低至|降到|升到|增加到|增加至|减少至|减少到|扩大至|缩小至|回落至|回升至|跌至|减至|达到|达)\s?(?:(?:去年|今年|前年|上年|当年|同年|目前|年底|年末)(?:底|末)?的?)?\s?$/;

// "76.0% a year earlier", "the previous year", "上年为76.0%": the year before the one in force.
const YEAR_EARLIER_AFTER = /^\s(?:a year (?:earlier|before)|(?:(?:of|for|in)\s)?the (?:previous|prior|preceding) year|(?:(?:of|for|in)\s)?the year before)\b/i;
const YEAR_EARLIER_BEFORE = /(?:上年|上一年|前一年)(?:同期)?(?:为|是|的)?(?:约|近)?$/;
// "전년(1,171만 건) 대비", "前年（52.6%）", "上年（3.2%）": a value in brackets right after the previous year is that year's.
const BRACKETED_PREVIOUS = /(?:上年|上一年|前一年|去年|前年|전년|작년|前年度|전년도)(?:\s?(?:同期|同月|동월|동기|末|말|底|年末|度|도))?\s?[(（]\s?(?:约|近|約|약)?\s?$/;

// "전년(4.67%)", "전년 말(0.41%)", "前年末の0.41％", "去年的", "上年为": the value the figure is compared
// with, a year before (not 前年比 / 전년 대비, which introduce the change itself).
const PREVIOUS_YEAR_BEFORE = /(?:上年|上一年|前一年|去年|前年|전년|작년|前年度|전년도)(?:\s?(?:同期|末|말|底|年末|度|도))?\s?(?:为|為|是|的|の|は|은|는|에는)?\s?[(（]?\s?(?:约|近|約|약)?\s?$/;

/** The figure is the previous year's value, as the text marks it right beside it. */
export function previousYearValue(text: string, f: Figure): boolean {
  if (f.kind === 'change') return false;
  return PREVIOUS_YEAR_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start)) || YEAR_EARLIER_AFTER.test(text.slice(f.end, f.end + 32));
}

function yearEarlier(text: string, f: Figure, period: string | undefined): string | undefined {
  // A financial year (2024-2025) has a year before (2023-2024); a longer span has none.
  const fiscal = period && /^(\d{4})-(\d{4})$/.exec(period);
  if (!period || f.kind === 'change' || (period.includes('-') && !(fiscal && Number(fiscal[2]) === Number(fiscal[1]) + 1))) return period;
  const before = text.slice(Math.max(0, f.start - 10), f.start);
  const earlier = YEAR_EARLIER_AFTER.test(text.slice(f.end, f.end + 32)) || YEAR_EARLIER_BEFORE.test(before) || BRACKETED_PREVIOUS.test(before);
  if (!earlier) return period;
  return fiscal ? `${Number(fiscal[1]) - 1}-${Number(fiscal[2]) - 1}` : String(Number(period) - 1);
}

/**
 * Walks the sentences of a text and tells, for each, the year its paragraph set before it
 * ("2022年，……。本报告统计的港口……2.35亿标准箱" binds 2.35亿 to 2022). A line break ends a paragraph.
 */
export class ParagraphYears {
  private year?: string;
  /** the last year the previous sentences of this paragraph named, anywhere in them */
  private mentioned?: string;
  /** the first year the previous sentence named */
  private opened?: string;
  private last = 0;
  /** sentences seen since the paragraph began */
  private sentences = 0;
  /** the year the paragraph's first sentence dates its statement with, in CJK text ("…2024年营业收入…") */
  private openingYear?: string;
  private openingBefore?: string;

  /** The opening year of the paragraph of the sentence last passed to next(), when that sentence is not the first. */
  get opening(): string | undefined {
    return this.sentences > 1 ? this.openingBefore : undefined;
  }

  /**
   * `breakdowns`: a sentence opening with 其中 / "Of these" takes the year of the one before. For
   * drafts only: a writer leaves the year to the sentence before; a source's own breakdowns keep
   * what the table or paragraph says (measured: applied to sources it cost five dev labels).
   */
  constructor(
    private readonly text: string,
    private readonly mask?: Uint8Array,
    private readonly breakdowns = false,
  ) {}

  /** The year in force before the sentence [start, end), then remembers the sentence's own years. */
  next(start: number, end: number): string | undefined {
    // Sentences come in order: scanning only the gap since the last one keeps a document linear.
    for (let i = this.last; i < start; i++) {
      if (this.text.charCodeAt(i) === 10) {
        this.year = this.openingYear = undefined;
        // "that year" may follow a line break inside a paragraph, not a blank line.
        if (/^\s*\n/.test(this.text.slice(i + 1, start))) {
          this.mentioned = this.opened = undefined;
          this.sentences = 0;
        }
        break;
      }
    }
    const sentence = this.text.slice(start, end);
    // "… numbered 406,000 that year", "同年": the year the paragraph last named.
    let inherited = this.year;
    const ownYear = /(?<![\w@.,])(?:19|20)\d\d(?!\d)/.test(sentence);
    if (!inherited && (ANAPHORIC_YEAR.test(sentence) || (THIS_YEAR.test(sentence) && !FUTURE_YEAR.test(sentence))) && !ownYear) inherited = this.mentioned;
    // "其中…", "Of these, …": a sentence that breaks down the one before is in that one's first year
    // (its later ones may be a base: "2272万人次，为2019年的79.1%。其中…").
    if (!inherited && this.breakdowns && BREAKDOWN_OPENING.test(sentence) && !ownYear) inherited = this.opened;
    // Only a year that opens a sentence ("2022年，", "In 2023,") sets the scene for the next ones;
    // a year inside a sentence ("by 2040") is that sentence's own.
    const lead = /^(?:(?:in|by|as of|at the end of|截至|到)\s?)?((?:19|20)\d\d)(?:\s?年)?/i.exec(sentence.slice(0, 16));
    if (lead && !this.mask?.[start + lead.index]) this.year = lead[1];
    // The base of a comparison ("6.2% more than in 2018") is not the year the sentence is about.
    // (Most sentences hold no year: tested for "19" and "20" first; then the years that count, without a list of them.)
    const firstOfParagraph = this.sentences++ === 0;
    this.opened = undefined;
    if (sentence.includes('19') || sentence.includes('20')) {
      YEAR_IN_SENTENCE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = YEAR_IN_SENTENCE.exec(sentence)) !== null) {
        if (this.mask?.[start + m.index] || BASE_YEAR_BEFORE.test(sentence.slice(Math.max(0, m.index - 14), m.index))) continue;
        this.mentioned = m[1];
        this.opened ??= m[1];
      }
    }
    // A paragraph whose first sentence names one year ("英国…科尔文2024年营业收入…", "2024年12月期の売上高は…")
    // is about that year: the sentences after it that name none report the same year.
    // Only a table's column of another year is ruled out by it (see `opening`): measured as a year
    // carried like the others, it cost held-out labels.
    this.openingBefore = this.openingYear;
    if (firstOfParagraph) this.openingYear = this.breakdowns && !this.year && this.opened && this.opened === this.mentioned && SINGLE_YEAR_STATEMENT.test(sentence) && !FUTURE_YEAR.test(sentence) ? this.opened : undefined;
    this.last = end;
    return inherited;
  }
}

const BREAKDOWN_OPENING = /^\s*(?:其中|其中包括|Of (?:these|them|which|this)\b|Among (?:them|these)\b|이 중|이 가운데|그중|このうち|うち)/i;
const ANAPHORIC_YEAR = /\b(?:that|the same)\s+year\b|同年|当年|该年/i;
// "This year" after a paragraph dated its statement ("2025년 5월 … 올해 5월 고용률은") is that year; in a forecast
// ("预计今年和明年将…") it is the writer's own year, which the paragraph need not have named.
const THIS_YEAR = /\bthis\s+year\b|今年|올해|금년/i;
// A year that dates a statement ("2024年营业收入", "2024年12月期"), not one of a target or a comparison.
// English binds a year only where it opens a sentence ("In 2023, …"), so only CJK datings count here.
// A part of the year ("2024年1~10月", "2024년 상반기") is not carried: the bare year would match the wrong rows.
const SINGLE_YEAR_STATEMENT = /(?:19|20)\d\d\s?(?:年|년)(?!的|の|보다|比|に比べ|以来|以後|以降|이래|이후|起|\s?(?:\d{1,2}\s?(?:月(?!期)|월|[~～\-–—])|[上下]半|상반기|하반기|前\d|第[一二三四1-4]))/;
const FUTURE_YEAR = /(?:到|至|计划|目标|预计|将|by|until|target|plan|expect|forecast|까지|목표|までに|目標)/i;
const YEAR_IN_SENTENCE = /(?<![\w@.,])((?:19|20)\d\d)(?![\d%])/g;
