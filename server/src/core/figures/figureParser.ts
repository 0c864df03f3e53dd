import { KEEP_FULLWIDTH } from '../corpus/normalizeLine.js';
import { parseChineseNumeral } from './chineseNumerals.js';
import { changeDirection, figureKind } from './figureKind.js';
import { demonymCountryWord } from './entities.js';
import { ENGLISH_NUMBER_WORDS, parseChineseDecimal, readEnglishNumber } from './numberWords.js';
import { COUNTED_NOUN, CURRENCIES, CURRENCY_BEFORE, CURRENCY_CODE_BEFORE, QUALIFIER_AFTER, QUALIFIER_BEFORE, SCALE_AFTER, UNIT_AFTER, type FigureKind, type Qualifier, type UnitKind } from './units.js';

/** A statistic read from text, normalised to value + unit (3000亿美元 = $300 billion = 3e11 USD). */
export interface Figure {
  start: number;
  end: number;
  /** the value, or the low end of a range */
  value: number;
  /** the high end of a range (equal to value otherwise) */
  high: number;
  unit: UnitKind;
  /** a level (how much), a share of a whole (占…21%), or a change (增长26%, up 1.7 percentage points) */
  kind: FigureKind;
  qualifier: Qualifier;
  /** half-width of the rounding the writer used, in the same scale as value */
  precision: number;
  text: string;
  /** for a change, which way the words say it went ("fell 8%" down, "增长8%" up), when they say */
  direction?: 'up' | 'down';
  /** the minus sign written before the number ("增速为−11.6%"): the text leaves it out, the direction says down */
  sign?: string;
}

/**
 * Folds fullwidth ASCII (０-９, ％, ＄) to ASCII without changing offsets, for drafts. The
 * punctuation Chinese uses natively (，；：！？（）) stays, as the corpus normaliser keeps it:
 * it ends clauses, and a draft must be cut into clauses the way its sources are. A fullwidth
 * comma between digits is a thousands separator (１２，３４５) and folds.
 */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch, at: number) => {
      const code = ch.charCodeAt(0);
      if (!KEEP_FULLWIDTH.has(code) || (code === 0xff0c && isDigitAt(text, at - 1) && isDigitAt(text, at + 1))) return String.fromCharCode(code - 0xfee0);
      return ch;
    })
    .replace(/\u3000/g, ' ');
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

const ARABIC = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d.])|\d+(?:\.\d+)?)/y;
const CJK_NUM = /[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+|(?:[万亿兆][零〇一二两三四五六七八九十百千]*)*)/y;
const START = /[\d零〇一二两三四五六七八九十百千]/g;

/**
 * Reads every figure in a (normalised or width-folded) text. A number counts as a statistic
 * only with a unit, a scale word, a measure noun or a fraction/percentage form: bare numbers are
 * years, list numbers, ordinals and locators, and never produce a diagnostic. `skip` marks
 * non-prose offsets.
 */
export function parseFigures(text: string, from = 0, to = text.length, skip?: Uint8Array): Figure[] {
  const read: Read[] = [];
  // Numbers are looked for in [from, to) only: searching the whole text from `from` made a long
  // draft with few digits quadratic (every sentence scanned on to the next digit).
  const span = from === 0 && to === text.length ? text : text.slice(from, to);
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(span)) !== null) {
    const at = from + m.index;
    if (skip?.[at] || !startsNumber(text, at)) continue;
    const r = readFigure(text, at);
    if (r && accept(text, r.figure, to, skip)) {
      read.push(r);
      START.lastIndex = r.figure.end - from;
    } else START.lastIndex = skipNumber(text, at) - from;
  }
  if (hasLatin(text, from, to)) read.push(...englishWordFigures(text, from, to, skip, read));
  read.push(...verbalMultiples(text, from, to, skip, read));
  const korean = koreanShares(text, from, to, skip);
  // "10명 중 7명" is one share, not two counts: it replaces the numbers read inside it.
  if (korean.length) {
    const inside = (r: Read) => korean.some((k) => r.figure.start < k.figure.end && k.figure.start < r.figure.end);
    for (let i = read.length - 1; i >= 0; i--) if (inside(read[i])) read.splice(i, 1);
    read.push(...korean);
  }
  const structure = structureShares(text, from, to, skip);
  if (structure.length) {
    const inside = (r: Read) => structure.some((k) => r.figure.start < k.figure.end && k.figure.start < r.figure.end);
    for (let i = read.length - 1; i >= 0; i--) if (inside(read[i])) read.splice(i, 1);
    read.push(...structure);
  }
  read.sort((a, b) => a.figure.start - b.figure.start);
  return joinedDurations(text, finish(text, read, from, to, skip));
}

// "2년 6.1개월", "2年6个月", "2年6か月", "3 years 4 months": one length of time written in two units.
const YEARS_PART = /^\d+\s?(?:년|年|years?)$/i;
const MONTHS_PART = /(?:개월|个月|か月|ヶ月|カ月|months?)$/i;
// "1小时52分钟", "1 hour 52 minutes", "1시간 52분", "1時間52分": hours and minutes, as years and months.
const HOURS_PART = /^\d+\s?(?:小时|小時|時間|时间|시간|hours?|hrs?)$/i;
const MINUTES_PART = /^\d+(?:\.\d+)?\s?(?:分钟|分鐘|分|분|minutes?|mins?)$/i;

function joinedDurations(text: string, figures: Figure[]): Figure[] {
  // "1時間52分": a bare 分 after hours is minutes (alone, 分 is read as points or cents, so no figure of its own).
  for (const [k, f] of figures.entries()) {
    const m = HOURS_PART.test(f.text) ? /^(\d+)分(?![之钟鐘])/.exec(text.slice(f.end, f.end + 4)) : null;
    if (m && figures[k + 1]?.start !== f.end) figures[k] = { ...f, value: f.value + Number(m[1]) / 1440, high: f.high + Number(m[1]) / 1440, precision: 1 / 2880, end: f.end + m[0].length, text: text.slice(f.start, f.end + m[0].length) };
  }
  for (let i = figures.length - 1; i > 0; i--) {
    const [a, b] = [figures[i - 1], figures[i]];
    const parts = (YEARS_PART.test(a.text) && MONTHS_PART.test(b.text)) || (HOURS_PART.test(a.text) && MINUTES_PART.test(b.text));
    if (a.unit !== 'day' || b.unit !== 'day' || !parts || !/^\s?(?:and\s)?$/.test(text.slice(a.end, b.start))) continue;
    figures.splice(i - 1, 2, { ...b, start: a.start, value: a.value + b.value, high: a.high + b.high, qualifier: a.qualifier === 'exact' ? b.qualifier : a.qualifier, text: text.slice(a.start, b.end) });
  }
  return figures;
}

interface Read {
  figure: Figure;
  /** read with a scale but no unit ("3623亿" in "3623亿和3574亿美元"): may take the next figure's unit */
  unitless: boolean;
  fraction: boolean;
  /** for a bare number of a list, the figure whose unit it shares */
  listOf?: Read;
}

function hasLatin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

function accept(text: string, f: Figure, to: number, skip?: Uint8Array): boolean {
  return f.end <= to && !(skip && anySkipped(skip, f.start, f.end)) && !isNameOrLabel(text, f) && !groupThreshold(text, f) && !scaleNote(f) && !rateBase(text, f) && !financialYearEnd(text, f);
}

// "2024/25", "2023-24": the second year of a financial year, no number of its own.
function financialYearEnd(text: string, f: Figure): boolean {
  const m = /((?:19|20)\d\d)\s?[/\-–]\s?$/.exec(text.slice(Math.max(0, f.start - 6), f.start));
  return !!m && /^\d\d(?!\d)/.test(text.slice(f.start, f.end)) && Number(text.slice(f.start, f.start + 2)) === (Number(m[1]) + 1) % 100;
}

// "千人率", "每千人口", "每十万人": the base a rate is counted per, no count of people.
const rateBase = (text: string, f: Figure) => /^[十百千万]+人/.test(f.text) && (/^口?率/.test(text.slice(f.end, f.end + 2)) || /每\s?$/.test(text.slice(Math.max(0, f.start - 2), f.start)));

// "Table 1: Parking account, £000", "($'000)": the scale a table's amounts are in, no amount of nothing.
const scaleNote = (f: Figure) => f.value === 0 && /^(?:US|HK|NT|A|C|S)?[$€£¥₩]\s?['’‘]?000s?$/.test(f.text);

// A rate that defines a group of places or firms, like an age its group ("세율이 2%를 넘는 도시",
// "1% 미만에서는", "税率超过2%的城市", "税率が2％を超える自治体", "where the tax exceeded 2%"): the
// line the writer draws, not a statistic to check.
const GROUP = '(?:도시|지역|국가|기업|가구|곳|지자체|자치단체|시군|城市|地区|地區|国家|國家|企业|企業|家庭|地方|自治体|都市|地域|国|市町村|世帯)';
const THRESHOLD_AFTER_KO = new RegExp(`^\\s?(?:를|을|이|가)?\\s?(?:넘는|넘은|초과하는|초과한|웃도는|밑도는)\\s?(?:[가-힣]{1,6}\\s)?${GROUP}|^\\s?(?:미만|이상|초과|이하)(?:에서는|인\\s${GROUP})`);
const THRESHOLD_AFTER_JA = new RegExp(`^\\s?(?:を超える|を上回る|以上の|未満の|以下の)${GROUP}`);
const RATE_COMPARED_BEFORE_ZH = /(?:税率|利率|费率|費率|比率)(?:超过|超過|高于|高於|低于|低於|不足|达到|達到|在)$/;
const THRESHOLD_AFTER_ZH = new RegExp(`^(?:以上|以下)?的${GROUP}`);
const THRESHOLD_BEFORE_EN = /\b(?:where|in which|whose)\s[^,.;]{0,40}\b(?:exceeded|exceeds|exceed|was above|is above|above|over|below|under|topped)\s$/i;

// "delayed by five minutes or more on 118 days", "waited 30 minutes or longer": a length of time that
// sorts the things counted is a threshold too.
const DURATION_THRESHOLD_AFTER = /^\s?(?:or (?:more|longer|less)\b)/i;

// "주 3회 이상 쓰는 학생", "6시간 미만 자는": a count or length with a bound, then a verb that makes it
// describe the people counted.
const ADNOMINAL_THRESHOLD_AFTER_KO = /^\s?(?:이상|미만|이하|초과)\s?[가-힣]{0,6}(?:는|인|한|은)\s/;
// "the top 10% held 44.4%", "the poorest 20%": a group cut by rank.
const RANK_GROUP_BEFORE = /\b(?:the\s)?(?:top|bottom|richest|poorest|highest-paid|lowest-paid|wealthiest)\s$/i;
// "38.6% use it at least three times a week", "nearly a quarter get less than six hours": a bound on
// how often or how long, after the share of people it sorts.
const FREQUENCY_BOUND_BEFORE = /\b(?:at least|at most|less than|more than|fewer than|under|over)\s$/i;
const SHARE_EARLIER = /\d%|\b(?:half|a quarter|a third|a fifth|one in \w+)\b/i;

function frequencyBound(text: string, f: Figure): boolean {
  const bounded = FREQUENCY_BOUND_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)) || BOUND_WORDS.test(f.text);
  // How often ("three times a week") or how long ("six hours"), never how many things ("120,000 stores").
  const often = f.unit === 'multiple' ? PER_PERIOD_AFTER.test(text.slice(f.end, f.end + 12)) : f.unit === 'day' || (f.unit === 'count' && /\btimes?\b/i.test(f.text));
  return bounded && often && SHARE_EARLIER.test(text.slice(Math.max(0, f.start - 60), f.start));
}
const BOUND_WORDS = /^(?:at least|at most|less than|more than|fewer than|under|over)\s/i;
const PER_PERIOD_AFTER = /^\s(?:a|per|each)\s(?:week|day|month|year|night)\b/i;

// "people over 60 face barriers", "adults under 25", "workers aged over 60": an age that draws the line
// around a group of people, not a statistic (the labelled sets class such ages as none).
// The end of an age band is no statistic either: "aged 65 to 69", "ages 18-24", "between the ages of 25 and 34".
const AGE_GROUP_BEFORE_EN = /\b(?:(?:aged|ages|age|people|persons|adults|workers|residents|those|men|women|individuals|employees|citizens|pensioners|retirees|children|patients|everyone|anyone|drivers|smokers)\s(?:aged\s)?(?:over|under|above|below|older than|younger than|past)\s|(?:aged|ages|ages of)\s\d{1,3}\s?(?:to|and|-|–|—)\s?)$/i;

function ageGroup(before: string, value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= 120 && AGE_GROUP_BEFORE_EN.test(before);
}

// An amount that draws the line around the people or bodies counted ("年薪超过6万英镑的员工有4人",
// "月薪未满150万韩元者占25.8%", "월급이 300만원 이상인 비율", "10억 엔을 넘게 모은 단체",
// "12 municipalities received more than ¥1 billion", "staff earning over £60,000").
const AMOUNT_BOUND_BEFORE_ZH = /(?:超过|超過|未满|未滿|不足|低于|低於|高于|高於|达到|達到|在)$/;
const AMOUNT_GROUP_AFTER_ZH = /^(?:以上|以下|及以上)?(?:的[\u4e00-\u9fff]{1,6}(?:有|占|达|為|为|共|約|约)|者)/;
const AMOUNT_GROUP_AFTER_KO = /^\s?(?:이상|미만|이하|초과)인\s|^\s?(?:을|를)\s?(?:넘게|넘는|넘은|웃도는)\s[가-힣\s]{0,8}(?:단체|곳|가구|기업|사람|근로자|지자체)/;
const AMOUNT_GROUP_BEFORE_EN = /(?:\b\d[\d,.]*\s(?:[A-Za-z-]+\s){0,2}[A-Za-z-]+s\s(?:received|earned|raised|collected|drew|attracted|took in)|\b[A-Za-z-]+s\s(?:earning|receiving|raising|collecting|paid|with (?:incomes?|salaries|earnings|pay) of))\s(?:more than|over|above|at least|less than|under|below)\s$/i;
const CURRENCY_UNITS = new Set<UnitKind>(CURRENCIES.map((c) => c.code));

function amountThreshold(text: string, f: Figure): boolean {
  if (!CURRENCY_UNITS.has(f.unit)) return false;
  const after = text.slice(f.end, f.end + 24);
  const before = text.slice(Math.max(0, f.start - 60), f.start) + f.text.slice(0, f.text.search(/\d/));
  const bounded = AMOUNT_BOUND_BEFORE_ZH.test(before) || /^(?:以上|以下|及以上)/.test(after);
  return (bounded && AMOUNT_GROUP_AFTER_ZH.test(after)) || AMOUNT_GROUP_AFTER_KO.test(after) || AMOUNT_GROUP_BEFORE_EN.test(before.replace(/(?:US|HK|NT|A|C|S)?[$€¥₩£]\s?$/, ''));
}

function groupThreshold(text: string, f: Figure): boolean {
  if (amountThreshold(text, f)) return true;
  if (!/[%$€¥₩£]|percent|per cent/i.test(f.text) && ageGroup(text.slice(Math.max(0, f.start - 40), f.start) + f.text.slice(0, f.text.search(/\d/)), f.value)) return true;
  if (f.unit === 'day' && f.value < 1 && DURATION_THRESHOLD_AFTER.test(text.slice(f.end, f.end + 12))) return true;
  if ((f.unit === 'day' || f.unit === 'count') && ADNOMINAL_THRESHOLD_AFTER_KO.test(text.slice(f.end, f.end + 16))) return true;
  if (frequencyBound(text, f)) return true;
  if (f.unit === 'percent' && RANK_GROUP_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))) return true;
  if (f.unit !== 'percent') return false;
  const after = text.slice(f.end, f.end + 24);
  // The words before the number, a hedge read into the figure ("超过2%", "exceeded 2%") included.
  const before = text.slice(Math.max(0, f.start - 60), f.start) + f.text.slice(0, f.text.search(/\d/));
  return THRESHOLD_AFTER_KO.test(after) || THRESHOLD_AFTER_JA.test(after) || (RATE_COMPARED_BEFORE_ZH.test(before) && THRESHOLD_AFTER_ZH.test(after)) || THRESHOLD_BEFORE_EN.test(before);
}

function anySkipped(skip: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (skip[i]) return true;
  return false;
}

// Multiples and halves said in words: 翻了一番 (×2), 翻两番 (×4), "doubled", "fivefold"; 过半, 半数以上 (over 50%).
// Korean counts multiples with native numerals: "두 배 이상" (more than twice), "세 배".
const VERBAL = /翻了?([一两二三])番|翻(?:了)?番|(?:超过|逾)?过?半数以上|半数超|过半数?|\b(doubled|tripled|trebled|quadrupled|doubling|tripling|quadrupling)\b|\b(two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})fold\b|(?<![\uac00-\ud7af])(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?배(?![\uac00-\ud7af]*(?:추|나무|우|달))(\s?(?:이상|넘게|넘는|가까이|이하|미만|남짓|안팎))?/gi;
const VERBAL_PREFILTER = /番|半|doubled|tripled|trebled|quadrupled|doubling|tripling|quadrupling|fold\b|배/i;
const KOREAN_NATIVE: Record<string, number> = { 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };

// Korean shares: "3분의 2" (two thirds), "절반" (half), "과반" (a majority), "10명 중 7명" (seven in ten);
// Japanese halves (半分, 半数; 過半数 a majority, read folded as 过半数).
// Japanese says "6人に1人" (one in six), read folded (世帯 as 世带, 戸 as 户).
const KOREAN_SHARE = /(\d+(?:\.\d+)?)\s?분의\s?(\d+(?:\.\d+)?)|(절반|과반|半分|半数|过半数)|(\d+)\s?(명|곳|가구|개사|개국|개|가지|건|호)\s?중\s?(\d+(?:\.\d+)?)\s?(?:명|곳|가구|개사|개국|개|가지|건|호)?|(\d+)\s?(?:人|社|世带|户|件|か所)に\s?(\d+)\s?(?:人|社|世带|户|件|か所)/g;
const KOREAN_SHARE_PREFILTER = /분의|절반|과반|半分|半数|\d\s?(?:명|곳|가구|개사|개국|개|가지|건|호)\s?중\s?\d|\d\s?(?:人|社|世带|户|件|か所)に\s?\d/;
const KOREAN_LOWER_AFTER = /^\s?(?:이상|넘게|넘는|넘어|초과|남짓|以上|超|を超え)/;
const KOREAN_UPPER_AFTER = /^\s?(?:이하|미만|에\s?못\s?미치|가\s?안\s?되)/;
const KOREAN_APPROX_AFTER = /^\s?(?:꼴|가량|정도|가까이|쯤|안팎|에\s?가까운|에\s?육박|近く|程度|ほど)/;
const KOREAN_APPROX_BEFORE = /(?:약|거의|근|대략|约|約|およそ|ほぼ)\s?$/
const RESTATES_PERCENT = /\d%\s?(?:로|으로|이며|이고)?,?\s?[\uac00-\ud7af]{0,3}\s?$/;

function koreanShares(text: string, from: number, to: number, skip: Uint8Array | undefined): Read[] {
  const span = text.slice(from, to);
  if (!KOREAN_SHARE_PREFILTER.test(span)) return [];
  const out: Read[] = [];
  for (const m of span.matchAll(KOREAN_SHARE)) {
    const start = from + m.index;
    let end = start + m[0].length;
    if (skip?.[start]) continue;
    // "49.4%로 2명 중 1명 꼴": a share restating the percentage just before it is no figure of its own.
    if (RESTATES_PERCENT.test(text.slice(Math.max(from, start - 14), start))) continue;
    let value: number;
    let precision: number;
    if (m[1]) {
      value = (100 * Number(m[2])) / Number(m[1]);
      precision = fractionPrecision(value);
    } else if (m[3]) {
      value = 50;
      precision = m[3] === '과반' || m[3] === '过半数' ? 0.5 : 5;
    } else if (m[7]) {
      value = (100 * Number(m[8])) / Number(m[7]);
      precision = fractionPrecision(value);
    } else {
      value = (100 * Number(m[6])) / Number(m[4]);
      precision = fractionPrecision(value);
    }
    if (!(value > 0 && value <= 100)) continue;
    let qualifier: Qualifier = m[3] === '과반' || m[3] === '过半数' ? 'lower' : 'exact';
    const after = text.slice(end, end + 10);
    const bound = [[KOREAN_LOWER_AFTER, 'lower'], [KOREAN_UPPER_AFTER, 'upper'], [KOREAN_APPROX_AFTER, 'approx']] as const;
    for (const [re, q] of bound) {
      const b = re.exec(after);
      if (b) {
        qualifier = q;
        end += b[0].length;
        break;
      }
    }
    if (qualifier === 'exact' && KOREAN_APPROX_BEFORE.test(text.slice(Math.max(0, start - 4), start))) qualifier = 'approx';
    const figure: Figure = { start, end, value, high: value, unit: 'percent', kind: 'share', qualifier, precision, text: text.slice(start, end) };
    out.push({ figure, unitless: false, fraction: true });
  }
  return out;
}

// A structure written as a ratio of shares: "三次产业结构为13.8∶32.4∶53.8" gives each sector's share
// of output in percent. Only parts that add up to 100 are shares; a time (10:30:45) or a score is not.
const STRUCTURE = /(?<![\d.:∶：])\d{1,2}(?:\.\d{1,2})?(?:\s?[∶:：]\s?\d{1,2}(?:\.\d{1,2})?){2,5}(?![\d.:∶：])/g;
const STRUCTURE_PREFILTER = /\d\s?[∶:：]\s?\d/;

function structureShares(text: string, from: number, to: number, skip: Uint8Array | undefined): Read[] {
  const span = text.slice(from, to);
  if (!STRUCTURE_PREFILTER.test(span)) return [];
  const out: Read[] = [];
  for (const m of span.matchAll(STRUCTURE)) {
    const start = from + m.index;
    if (skip?.[start]) continue;
    const parts = [...m[0].matchAll(/\d+(?:\.\d+)?/g)];
    const decimals = Math.max(...parts.map((p) => p[0].split('.')[1]?.length ?? 0));
    const sum = parts.reduce((t, p) => t + Number(p[0]), 0);
    // Each part is rounded: their sum may miss 100 by half a unit of the last digit per part.
    if (Math.abs(sum - 100) > (parts.length * 0.5) / 10 ** decimals + 1e-9) continue;
    for (const p of parts) {
      const at = start + p.index;
      const digits = p[0].split('.')[1]?.length ?? 0;
      const figure: Figure = { start: at, end: at + p[0].length, value: Number(p[0]), high: Number(p[0]), unit: 'percent', kind: 'share', qualifier: 'exact', precision: 0.5 / 10 ** digits, text: p[0] };
      out.push({ figure, unitless: false, fraction: false });
    }
  }
  return out;
}

function verbalMultiples(text: string, from: number, to: number, skip: Uint8Array | undefined, taken: Read[]): Read[] {
  const span = text.slice(from, to);
  if (!VERBAL_PREFILTER.test(span)) return [];
  const out: Read[] = [];
  for (const m of span.matchAll(VERBAL)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (skip?.[start] || taken.some((t) => t.figure.start < end && start < t.figure.end)) continue;
    let value: number;
    let unit: UnitKind = 'multiple';
    let qualifier: Qualifier = 'exact';
    if (m[1]) value = 2 ** ({ 一: 1, 两: 2, 二: 2, 三: 3 } as Record<string, number>)[m[1]];
    else if (/^翻了?番$/.test(m[0])) value = 2;
    else if (m[2]) value = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, doubling: 2, tripling: 3, quadrupling: 4 }[m[2].toLowerCase()]!;
    else if (m[3]) value = /\d/.test(m[3]) ? Number(m[3]) : readEnglishNumber(m[3], 0)!.value;
    else if (m[4]) {
      value = KOREAN_NATIVE[m[4]];
      const bound = m[5]?.trim();
      if (bound) qualifier = /이상|넘/.test(bound) ? 'lower' : /이하|미만/.test(bound) ? 'upper' : 'approx';
    } else {
      // 过半: more than half of a whole, when a whole follows or precedes (过半数企业, 占比过半).
      if (!/[数以上]|占|比/.test(m[0] + text.slice(Math.max(0, start - 4), start))) continue;
      value = 50;
      unit = 'percent';
      qualifier = 'lower';
    }
    const figure: Figure = { start, end, value, high: value, unit, kind: unit === 'percent' ? 'share' : 'change', qualifier, precision: unit === 'percent' ? 0.5 : 0.05, text: m[0] };
    out.push({ figure, unitless: false, fraction: unit === 'percent' });
  }
  return out;
}

/** Not the middle of a number, a word (G20, CHIP4) or a version (3.0). */
function startsNumber(text: string, at: number): boolean {
  const prev = text[at - 1] ?? '';
  // 数十万, 几百, 上千: a vague order of magnitude, not a figure; 每千人, 每百万人口: a denominator.
  if ((/[数几上]/.test(prev) && /[十百千万]/.test(text[at])) || prev === '每') return false;
  // 前十条航线, 前三季度, 前5个月: "the first / top N", a rank or a span, not a statistic.
  // 一年前238%, 十年前: "… ago" (a time before 前) dates the figure, it does not rank it.
  if (prev === '前' && !/[较比于从年月天日周]$/.test(text.slice(Math.max(0, at - 2), at - 1))) return false;
  // "4000亿元人民币/70万亿韩元": a slash after a word separates two amounts; after a digit it is a fraction or a date.
  if (prev === '/' && !/[\d/]/.test(text[at - 2] ?? '')) return true;
  // "USD3.4bn", "KRW1.5tn": a currency code glued to the number starts it.
  // "+5.2%", "(+11.8%)": a sign after a space, a bracket or a table bar; 中日韩+3 and G7+1 name groups.
  if (/\d/.test(text[at]) && (prev === '+' || prev === '−') && /^$|[\s(（|:：,，;；]/.test(text[at - 2] ?? '')) return true;
  if (/\d/.test(text[at])) return !/[\dA-Za-z.,_/+-]/.test(prev) || (prev === '-' && !/[\dA-Za-z]/.test(text[at - 2] ?? '')) || CURRENCY_CODE_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  return !/[零〇一二两三四五六七八九十百千万亿第点]/.test(prev);
}

function skipNumber(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\d.,零〇一二两三四五六七八九十百千万亿点]/.test(text[i])) i++;
  return Math.max(i, at + 1);
}

interface Core {
  value: number;
  end: number;
  precision: number;
  chinese: boolean;
  /** the number was written with a decimal point: never a count of things */
  decimal?: boolean;
  /** written with thousands separators (8,000): never a year */
  separated?: boolean;
  percentForm?: boolean;
  fraction?: boolean;
}

// Words that make a number of months or years the span a statement covers: "5년간", "3年10か月ぶり",
// "1년 이상 방치된", "10年以内", "within 5 years", "for 30 years", "over the past 12 months".
// "5년 전보다", "30년 전인", "5年前", "five years ago": a span back from now; "5년 사이", "1년 새": over a span.
const SPAN_MARK_AFTER = /^\s?(?:간|間|间|ぶり|振り|만에|만의|이내|이상|以内|以上|동안|にわたり|にわたって|来|以来|後|后|前(?![年期])|전(?=[보인의에과\s]|$)|내에|안에|째|超|を超え|넘게|넘은|넘는|\d{1,2}\s?(?:か月|ヶ月|カ月|个月|개월))|^\s(?:사이|새)\s|^\s(?:ago|earlier)\b/;
const SPAN_MARK_BEFORE = /(?:\b(?:within|for|over|after|the past|the last|the next|the first|in)\s(?:the\s)?(?:past\s|last\s|next\s|first\s)?|최근|지난|향후|향후|過去|过去|今後|今后|向こう|最近|未来|近)$/i;

function spanNamed(text: string, at: number, end: number): boolean {
  return SPAN_MARK_AFTER.test(text.slice(end, end + 8)) || SPAN_MARK_BEFORE.test(text.slice(Math.max(0, at - 16), at).replace(/\s?(?:about|around|nearly|some|약|约|約)\s?$/i, ' ').trimEnd() + ' ') || SPAN_MARK_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}

// An average, a median or an expectancy before a span makes it a measured length ("平均勤続年数12年").
const MEASURED_SPAN_BEFORE = /(?:平均|中位|预期|寿命|평균|\b(?:average|averaged|mean|median|expectancy|duration of|length of)\b)[^。；;.]{0,14}$/i;
// A price right after the quantity (は/은/는, then the amount), a priced noun after it (大米价格), or an English
// "a 20kg bag of".
const PRICE_AFTER_BASIS = /^[）)]?\s?(?:は|은|는|が|이|가)\s?(?:約|약|约)?\s?\d[\d,.]*\s?(?:[万萬億亿천만억]\s?\d*[\d,.]*\s?)*(?:ウォン|円|元|원|ドル|달러|韩元|韓元|日元|美元|英镑|ポンド)/;
const PRICED_NOUN_AFTER = /^(?:(?!的)[\u4e00-\u9fff]){1,3}(?:价格|價格|售价|售價|单价|單價|零售价)/;
const ENGLISH_BASIS = /\b(?:a|an|per|each|one)\s$/i;
const CONTAINER_AFTER = /^[\s-](?:bags?|sacks?|box(?:es)?|bottles?|packs?|packets?|cartons?|tins?|cans?|jars?|bunch(?:es)?|trays?|crates?|cases?|loaf|loaves|heads?|pieces?)\b/i;

function priceBasis(text: string, at: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  return PRICE_AFTER_BASIS.test(after) || PRICED_NOUN_AFTER.test(after) || (ENGLISH_BASIS.test(text.slice(Math.max(0, at - 6), at)) && CONTAINER_AFTER.test(after));
}

// "for 14 months on average": the average said after the span.
const MEASURED_SPAN_AFTER = /^\s(?:on average|on the average|in average)\b/i;
const SHARE_BEFORE_LIMIT = /(?:%|％|\bper ?cent\b)[^.。;；!?]*$/i;
const WITHIN_BEFORE = /\bwithin\s(?:the\s)?$/i;
const WITHIN_AFTER = /^\s?(?:内|內|以内|以內|이내|안에)/;
const SPAN_NAMED_BEFORE = /(?:前|头|近|每|这|该|过去|未来|最后|\b(?:first|past|last|next|every|each|recent|coming|previous|following|over the)\s)$/i;

function readFigure(text: string, at: number): Read | undefined {
  const core = readCore(text, at);
  if (!core) return undefined;
  let { value, end, precision } = core;
  let high = value;
  let unit: UnitKind | undefined = core.percentForm ? 'percent' : undefined;
  let range = readRangeEnd(text, at, core, end);
  let factor = 1;
  // "五十余万吨", "20多亿": 余/多 between a number and its scale means "more than".
  const between = /^[余多](?=[万亿千百])/.test(text.slice(end, end + 2)) ? 1 : 0;
  end += between;
  const scale = matchFirst(SCALE_AFTER, text.slice(end, end + 12));
  if (scale) {
    factor = scale.item.factor;
    end += scale.length;
    const groups = /[조억만兆亿万]$/.test(text.slice(end - 1, end)) ? koreanGroups(text, end, factor) : undefined;
    if (groups) {
      value += groups.add / factor;
      high = value;
      precision = Math.min(precision, (0.5 * groups.last) / factor);
      end = groups.end;
    }
    // "20亿至30亿美元": the scale is written after both ends of the range.
    range ??= readRangeEnd(text, at, core, end, scale.item.factor);
  }
  if (range) {
    high = range.value;
    end = range.end;
    // "10至20万吨": the scale after the high end is the low end's too.
    if (range.scale) factor = range.scale;
  }
  value = scaled(value, factor);
  high = scaled(high, factor);
  precision *= factor;
  let qualifier = qualifierAfter(text, end);
  if (qualifier.length) end += qualifier.length;
  const before = readBefore(text, at);
  // "$13.6 billion during the visit": a currency written before the number is the unit.
  if (!unit && !before.currency) {
    const u = unitWrittenAfter(text, at, end, core, factor);
    if (u === null) return undefined;
    if (u) {
      unit = occurrences(text, at, end, u.unit, factor) ?? u.unit;
      end = u.end;
      value = scaled(value, u.factor);
      high = scaled(high, u.factor);
      precision *= u.factor;
    }
  }
  const after = qualifierAfter(text, end);
  if (after.length) {
    qualifier = after;
    end += after.length;
  }
  unit = unit ?? before.currency ?? bareRate(text, at, core) ?? perCount(text, core) ?? measuredAge(text, at, core) ?? bareCount(text, at, core) ?? (!core.chinese && AVERAGE_AGE_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? 'age' : undefined);
  if (!unit && (!scale || core.chinese)) return undefined;
  const q: Qualifier = high !== value ? 'range' : (before.qualifier ?? (between ? 'lower' : qualifier.q));
  const figure: Figure = { start: before.start, end, value, high, unit: unit ?? 'count', kind: 'level', qualifier: q, precision, text: text.slice(before.start, end) };
  return { figure, unitless: !unit, fraction: !!core.fraction };
}

const MONTH_AFTER = /^\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/**
 * The unit written after a number, or null when what follows makes the number no statistic: a
 * year, a date, a span the sentence names, an age group, the denominator of a rate, an hour.
 */
function unitWrittenAfter(text: string, at: number, end: number, core: Core, factor: number): { unit: UnitKind; end: number; factor: number } | null | undefined {
  // "per 1,000 residents", "for every 100,000 people": the denominator of a rate, not a statistic.
  if (/\b(?:per|for every)\s$/i.test(text.slice(Math.max(0, at - 10), at))) return null;
  let u = pointsOfChange(text, at, end, core) ?? readUnit(text, end, core, factor);
  // "自2025起", "从3起": 起 after a year, or after 自/从, is "from", not incidents counted.
  if (u && u.unit === 'count' && text[u.end - 1] === '起' && (isYearLike(core.value, core) || /(?:自|从|由|于|於)\s?$/.test(text.slice(Math.max(0, at - 2), at)))) return null;
  // "26.4亿度", "8,710萬度": 度 after a scale of ten thousand or more is kilowatt-hours of electricity (no temperature is 亿度).
  if (!u && factor >= 1e4 && text[end] === '度' && !/^度(?:以上|以下|左右)/.test(text.slice(end, end + 3))) u = { unit: 'TWh', end: end + 1, factor: 1e-9 };
  // "2022年", "1999 years"? A number that can be a year followed by 年 is a date, never a duration.
  if (u && u.unit === 'day' && u.factor > 300 && factor === 1 && (isYearLike(core.value, core) || core.value >= 1000)) return null;
  // "In 2023 residents filed …", "by 2030 households will": after a preposition of time, a year.
  if (u && factor === 1 && isYearLike(core.value, core) && /\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter)\s$/.test(text.slice(Math.max(0, at - 8), at))) return null;
  // "令和5年", "平成30年度": a Japanese era year, a date.
  if (u && u.unit === 'day' && u.factor > 300 && /(?:令和|平成|昭和)$/.test(text.slice(Math.max(0, at - 2), at))) return null;
  // "113年", "較112年": a year of the Republic of China calendar (Taiwan: 113 is 2024), not 113 years.
  if (u && u.unit === 'day' && u.factor > 300 && factor === 1 && Number.isInteger(core.value) && core.value >= 100 && core.value <= 150 && /^年(?![间期来龄度])/.test(text.slice(end, end + 2))) return null;
  // "within 5 years", "5년간", "3年10か月ぶり", "12개월 이상": a whole number of months or years is a
  // span of time the sentence names, not a statistic, unless it is an average or a measured length.
  const measured = MEASURED_SPAN_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || MEASURED_SPAN_AFTER.test(text.slice(u?.end ?? end, (u?.end ?? end) + 16));
  if (u && u.unit === 'day' && u.factor >= 30 && factor === 1 && Number.isInteger(core.value) && core.value <= 30 && spanNamed(text, at, u.end) && !measured) return null;
  // "78.4% were seen within 30 minutes", "95.8%在15分钟内获得处理": the time limit a share is measured against,
  // not a statistic (a target alone, "clear goods within 48 hours", stays one).
  if (u && u.unit === 'day' && u.factor < 30 && factor === 1 && Number.isInteger(core.value) && (WITHIN_BEFORE.test(text.slice(Math.max(0, at - 8), at)) || WITHIN_AFTER.test(text.slice(u.end, u.end + 3))) && !measured && SHARE_BEFORE_LIMIT.test(text.slice(Math.max(0, at - 80), at))) return null;
  // "20대(-12만 4천명)", "30대 청년": an age decade, not a count of things.
  if (u && u.unit === 'count' && factor === 1 && core.value % 10 === 0 && core.value <= 90 && /^대/.test(text.slice(end, end + 1))) return null;
  // "On 11 November couriers collected…": a day before an English month's name is a date.
  if (factor === 1 && Number.isInteger(core.value) && core.value >= 1 && core.value <= 31 && MONTH_AFTER.test(text.slice(end, end + 11))) return null;
  // "3월 1일": a day of a month is a date.
  if (u && u.unit === 'day' && u.factor === 1 && /월\s?$/.test(text.slice(Math.max(0, at - 2), at))) return null;
  // "前五年", "the first five years", "every two years": a stretch of time named, not a statistic.
  if (u && u.unit === 'day' && u.factor > 300 && SPAN_NAMED_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return null;
  // Years in Chinese numerals are mostly prose (三年疫情, 时隔四年, 第二个十年); a streak is a statistic (连续九年).
  if (u && u.unit === 'day' && u.factor > 300 && core.chinese && !/连续$/.test(text.slice(Math.max(0, at - 2), at))) return null;
  // "65岁及以上", "年满18岁", "50-year-olds": an age names a group; an average age (平均年龄68.7岁) is a statistic.
  if (u && u.unit === 'age' && !core.decimal && !AVERAGE_AGE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return null;
  // "1人1日当たり", "1人当たり", "1명당", "1世帯あたり": one of something is the denominator of a
  // rate, not a statistic.
  // So is any number right before 당 / 当たり ("인구 1,000명당 병상").
  if (u && factor === 1 && (core.value === 1 ? PER_ONE_AFTER : PER_AFTER).test(text.slice(u.end, u.end + 10))) return null;
  // "リンゴ10個は2万9,840ウォン", "20公斤大米价格为…", "a 20kg bag of rice cost": the quantity a price is for.
  if (u && factor === 1 && (u.unit === 'ton' || u.unit === 'count' || u.unit === 'm3') && priceBasis(text, at, u.end)) return null;
  // "10년물 금리", "10年物国債": a bond's tenor names the bond.
  if (u && u.unit === 'day' && u.factor > 300 && /^\s?(?:물|物)/.test(text.slice(u.end, u.end + 2))) return null;
  // "年間118日", "延べ45日": a count of days in a year, not a date (日 alone is read as a unit only here).
  // So is a number of days named before it ("平均在院日数は8.9日"), and a decimal, which no date is ("其中公立医院8.9日").
  if (!u && /^日(?![本元经経])/.test(text.slice(end, end + 2)) && (core.decimal || /(?:年間|年间|延べ|合計|合计|計|计|のべ|日数(?:は|が)?(?:平均)?(?:約)?)$/.test(text.slice(Math.max(0, at - 7), at)))) u = { unit: 'day', end: end + 1, factor: 1 };
  // "an average age of 58.7 years": years after an average age are the age itself, not a span.
  if (u && u.unit === 'day' && u.factor > 300 && AVERAGE_AGE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return { unit: 'age', end: u.end, factor: 1 };
  // "下午3点" is an hour and Korean "0.3포인트 하락" a rate's percentage points: points are an
  // index's only where an index is named before them or the value is an index-sized level.
  if (u && u.unit === 'points' && core.value < 100 && !INDEX_BEFORE.test(text.slice(Math.max(0, at - 60), at))) {
    if (!/^\s?포인트/.test(text.slice(end, end + 4))) return null;
    u.unit = 'pp';
  }
  return u;
}

// After "1人", "1日", "1명": what makes one of something a denominator ("当たり", "당", "につき").
const PER_AFTER = /^\s?(?:当たり|当り|あたり|につき|당)/;
const PER_ONE_AFTER = /^(?:\s?1\s?(?:日|人|世帯|世带|가구|명|일)\s?)?(?:当たり|当り|あたり|につき|당)/;

// An index named before a number in points: its level, not a score or percentage points.
const INDEX_BEFORE = /指数|지수|\bindex\b|\bindices\b|インデックス/i;

// "2.0 points lower", "up 9.7 points since 2013", "a 2.0-point fall": in a statement of change,
// points are percentage points. A score ("72 points") or an index level says none of this.
const POINTS = /^(?:\s|-)(?:points?|pts)\b/i;
const POINTS_AFTER = /^\s(?:lower|higher|below|above|less|more|up|down|from|since|over|than|fall|drop|rise|increase|decline|gain|gap|jump|year[- ]on[- ]year)\b/i;
const POINTS_BEFORE = /\b(?:up|down|rose|fell|gained|lost|dropped|climbed|declined|increased|decreased|jumped|slipped|widened|narrowed|by|a (?:drop|rise|fall|gain|increase|decline) of)\s(?:only\s|just\s|about\s|some\s|nearly\s|almost\s|roughly\s)?$/i;

function pointsOfChange(text: string, at: number, end: number, core: Core): { unit: UnitKind; end: number; factor: number } | undefined {
  if (core.chinese) return undefined;
  const m = POINTS.exec(text.slice(end, end + 8));
  if (!m) return undefined;
  const after = end + m[0].length;
  // "+7.1 points", "−2.0 points": a signed number of points is a movement.
  if (!POINTS_AFTER.test(text.slice(after, after + 20)) && !POINTS_BEFORE.test(text.slice(Math.max(0, at - 30), at)) && !/[+−]$/.test(text.slice(at - 1, at))) {
    // "The composite averaged 2,846 points": the level of an index; a small number is one only
    // where an index is named ("3 points were raised" counts items).
    return core.value >= 100 || INDEX_BEFORE.test(text.slice(Math.max(0, at - 60), at)) ? { unit: 'points', end: after, factor: 1 } : undefined;
  }
  return { unit: 'pp', end: after, factor: 1 };
}

// "3조 5천억 원", "1만 2천 명": Korean writes a large number in groups, each with its own smaller scale.
// Japanese does the same without spaces ("3兆8600億元", "1万2460戸": read folded, 億 as 亿).
// Chinese and Japanese write thousands as a group too: "1万2千家", "約2万5千社".
const KOREAN_GROUP = /^\s?(\d[\d,]*(?:\.\d+)?)\s?(천억|백억|십억|억|천만|백만|만|천|백)|^(\d[\d,]*(?:\.\d+)?)(亿|千万|万|千(?!亿))/;
const KOREAN_SCALE: Record<string, number> = { 천억: 1e11, 백억: 1e10, 십억: 1e9, 억: 1e8, 천만: 1e7, 백만: 1e6, 만: 1e4, 천: 1e3, 백: 1e2, 亿: 1e8, 千万: 1e7, 万: 1e4, 千: 1e3 };

function koreanGroups(text: string, end: number, factor: number): { add: number; end: number; last: number } | undefined {
  let add = 0;
  let at = end;
  let last = factor;
  const cjk = /[兆亿万]/.test(text[end - 1]);
  for (let m = KOREAN_GROUP.exec(text.slice(at, at + 16)); m && (m[2] ?? m[4]) && KOREAN_SCALE[m[2] ?? m[4]] < last && !!m[4] === cjk; m = KOREAN_GROUP.exec(text.slice(at, at + 16))) {
    last = KOREAN_SCALE[m[2] ?? m[4]];
    add += Number((m[1] ?? m[3]).replace(/,/g, '')) * last;
    at += m[0].length;
  }
  // "3만 8,600곳": the last group has no scale of its own, only the counter after it; in Japanese,
  // with no space ("1万2460戸", "4万8650元", "15万9,000人"), and not a year ("1万 2023年" is two things).
  // A squared unit symbol (㎥, ㎡, ㎞: U+3300–U+33FF) is a counter too ("87万8,000㎥").
  const tail = (cjk ? /^(\d,\d{3}|\d{1,4})(?=[\u3040-\u30ff\u4e00-\u9fff\u3300-\u33ff])(?![\d]*年)/ : /^\s?(\d{1,3}(?:,\d{3})*|\d{1,4})(?=\s?[\uac00-\ud7af\u3300-\u33ff])/).exec(text.slice(at, at + 12));
  if (tail && Number(tail[1].replace(/,/g, '')) < last) {
    add += Number(tail[1].replace(/,/g, ''));
    at += tail[0].length;
    last = 1;
  }
  return add ? { add, end: at, last } : undefined;
}

// "has met 24 times", "visited Seoul five times": after a verb of meeting or happening, "times"
// counts occurrences (次), not a multiple ("three times the 2019 level", "grew 3 times").
const OCCURRENCE_VERB = /\b(?:met|meet|meets|meeting|held|convened|visited|visits|occurred|occurs|happened|took place|gathered|hosted|struck|hit|erupted|recurred)\b[^.;:,()]{0,40}$/i;

function occurrences(text: string, at: number, end: number, unit: UnitKind, factor = 1): UnitKind | undefined {
  if (unit !== 'multiple' || !/^\s?times\b/i.test(text.slice(end, end + 7))) return undefined;
  // "hired 12.84 million times": nothing grows a million-fold; a scale word counts occurrences.
  return factor >= 1000 || OCCURRENCE_VERB.test(text.slice(Math.max(0, at - 60), at)) ? 'count' : undefined;
}

const AVERAGE_AGE_BEFORE = /(?:平均年龄|平均年齢|平均寿命|预期寿命|預期壽命|平均为|年龄为|平均)\s?(?:は|が|约|為|为|达|达到|近|接近|超过|約)?\s?(?:约|近|約)?\s?$|(?:기대\s?수명|평균\s?연령|평균\s?나이)(?:은|는|이|가)?\s?(?:약\s?)?$|\blife expectancy\b[^.;]{0,20}?\b(?:is|was|of|at|reached|rose to|stood at)\s(?:about\s|around\s|nearly\s)?$|\b(?:average|mean|median) age\b[^.;]{0,20}?\b(?:is|was|of|at|reached|rose to|stood at)\s(?:about\s|around\s|nearly\s)?$/i;
// "The retirement age is 66.7", "men retire at 63.2 on average": an age with decimals is an average,
// a statistic; a whole one ("retire at 65") is the rule's threshold.
const MEASURED_AGE_BEFORE = /\b(?:retirement|pension|pensionable|exit|marriage) age\b[^.;]{0,20}?\b(?:is|was|of|at|reached|rose to|stood at)\s(?:about\s|around\s|nearly\s)?$|\bretire[sd]?\s(?:on average\s)?at\s(?:age\s)?(?:about\s|around\s)?$/i;

function measuredAge(text: string, at: number, core: Core): UnitKind | undefined {
  return !core.chinese && core.decimal && MEASURED_AGE_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? 'age' : undefined;
}

/** The unit after a number: a unit word, a classifier with the noun it counts, or an English plural noun. */
// Tonnes by their SI symbols, which only their case tells from other things (MT, "kt" of speed):
// "71.3 Mt", "1.2 Gt", "450 kt" (energy outlooks, emission inventories).
const TONNE_SYMBOL = /^\s?(Gt|Mt|kt)(?![A-Za-z])/;
const TONNE_FACTOR: Record<string, number> = { Gt: 1e9, Mt: 1e6, kt: 1e3 };

function readUnit(text: string, end: number, core: Core, factor: number): { unit: UnitKind; end: number; factor: number } | undefined {
  const tonnes = TONNE_SYMBOL.exec(text.slice(end, end + 4));
  if (tonnes && !core.chinese) return { unit: 'ton', end: end + tonnes[0].length, factor: TONNE_FACTOR[tonnes[1]] };
  const u = matchFirst(UNIT_AFTER, text.slice(end, end + 40));
  if (u) {
    if (core.chinese && u.item.unit === 'count' && /^\s?国/.test(text.slice(end))) return undefined;
    if (u.item.unit === 'count') {
      const noun = matchFirst(COUNTED_NOUN, text.slice(end + u.length, end + u.length + 8));
      if (noun) return { unit: noun.item.unit, end: end + u.length + noun.length, factor: 1 };
    }
    // "tourist arrivals", "passenger flights": the head noun is the last one.
    if (COUNTED_UNITS.has(u.item.unit) && /[a-z]$/i.test(text.slice(end, end + u.length))) {
      const head = matchFirst(UNIT_AFTER, text.slice(end + u.length, end + u.length + 24));
      if (head && COUNTED_UNITS.has(head.item.unit) && /^ [a-z]/i.test(text.slice(end + u.length))) return { unit: head.item.unit, end: end + u.length + head.length, factor: 1 };
    }
    return { unit: u.item.unit, end: end + u.length, factor: u.item.factor ?? 1 };
  }
  if (core.chinese || (core.decimal && factor === 1) || isYearLike(core.value, core)) return undefined;
  // "602 weekly flights", "2.32 million foreign visitors": a counted unit after one or two modifiers.
  const words = /^((?: (?!(?:of|the|in|on|at|to|for|from|by|with|than|per|a|an)\b)[a-z][a-z-]*){1,2})(?= [a-z])/i.exec(text.slice(end, end + 40))?.[1].split(' ').slice(1) ?? [];
  for (let k = 1, skip = 0; k <= words.length; k++) {
    skip += words[k - 1].length + 1;
    const counted = matchFirst(UNIT_AFTER, text.slice(end + skip, end + skip + 24));
    if (counted && COUNTED_UNITS.has(counted.item.unit)) return { unit: counted.item.unit, end: end + skip + counted.length, factor: 1 };
  }
  const noun = PLURAL_NOUN.exec(text.slice(end, end + 48));
  if (noun && !NOT_COUNTED.test(noun[1])) return { unit: 'count', end: end + noun[0].length, factor: 1 };
  // "42,000 Mongolians", "1,300 Vietnamese work there": people named by where they come from.
  const demonym = /^\s([A-Z][a-z]{3,}(?:s|ese))\b/.exec(text.slice(end, end + 24));
  if (demonym && demonymCountryWord(demonym[1])) return { unit: 'people', end: end + demonym[0].length, factor: 1 };
  return undefined;
}

/** Units that name what is counted, which an English writer may qualify ("weekly flights"). */
const COUNTED_UNITS = new Set<UnitKind>(['people', 'visits', 'TEU', 'flight', 'ship', 'firm', 'project']);

// "35 ports", "12 member states", "120,000 Chinese stores", "47 inspection and quarantine
// agreements": an English plural noun after at most three modifiers counts (no function words
// between: "5 of the companies" is not read).
// The last plural noun of up to three words after the number ("17 logistics cooperation
// agreements"; "782,000 urban jobs and its …" counts jobs, not "its"): words ending in s that are no plural ("gas pipelines", "overseas warehouses", "numerous", "business") are stepped over.
const PLURAL_NOUN = /^\s(?:(?!(?:of|the|in|on|at|to|for|from|by|with|than|per|a|an|is|are|was|were)\b)[A-Za-z]+(?:-[A-Za-z]+)*(?:\s|\sand\s)){0,3}(?!(?:gas|bus|plus|this|thus|its|is|was|has|as|us|across|status|basis|crisis|analysis|emphasis|overseas|whereas|perhaps|always|sometimes)\b)(?![a-z]*(?:ous|ss)\b)([a-z]{2,}s)\b/;
// Units of time and words that follow numbers without being counted by them.
const NOT_COUNTED = /^(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|times|is|was|has|its|this|thus|as|us|plus|levels|rates|terms|series|basis|percents|yes|gas|bus|this|those|these|whereas|always|perhaps|pictures|figures|tables|pages|chapters|sections|articles|items|rounds|versions|editions|sessions|phases|stages|editions)$/;

function isYearLike(value: number, core: Pick<Core, 'decimal' | 'separated'>): boolean {
  return !core.decimal && !core.separated && Number.isInteger(value) && value >= 1800 && value <= 2100;
}

function qualifierAfter(text: string, end: number): { q: Qualifier; length: number } {
  const hit = matchFirst(QUALIFIER_AFTER, text.slice(end, end + 10));
  return hit ? { q: hit.item.q, length: hit.length } : { q: 'exact', length: 0 };
}

function readCore(text: string, at: number): Core | undefined {
  const fraction = readFraction(text, at);
  if (fraction) return fraction;
  ARABIC.lastIndex = at;
  const a = ARABIC.exec(text);
  if (a) {
    const raw = a[1].replace(/[ ,]/g, '');
    const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
    const value = Number(raw);
    const cheng = readCheng(text, at + a[1].length, value);
    if (cheng) return cheng;
    return { value, end: at + a[1].length, precision: Math.max(0.5 * 10 ** -decimals, Math.abs(value) * 0.005), chinese: false, decimal: decimals > 0, separated: raw.replace('.', '') !== a[1].replace('.', '') };
  }
  CJK_NUM.lastIndex = at;
  const c = CJK_NUM.exec(text);
  if (!c) return undefined;
  const value = parseChineseDecimal(c[0]);
  if (value === undefined) return undefined;
  const cheng = readCheng(text, at + c[0].length, value);
  if (cheng) return cheng;
  // A lone 一/两/三 is prose ("一是", "两国"); it counts only with 倍 or 百分点 (两倍, 三个百分点).
  // So does a streak of years (连续九年).
  // Concrete things counted with their own classifier are statistics too (五家银行, 三艘, 两座港口).
  if (c[0].length === 1 && value < 10 && !/^(倍|个百分点)/.test(text.slice(at + 1)) && !(value >= 2 && /^年/.test(text.slice(at + 1)) && /连续$/.test(text.slice(Math.max(0, at - 2), at))) && !(value >= 2 && /^(?:[家座艘架辆台所]|条(?=[航线路管道河飞]|[，。；、]|$))/.test(text.slice(at + 1)))) return undefined;
  const decimals = c[0].includes('点') ? c[0].length - c[0].indexOf('点') - 1 : 0;
  return { value, end: at + c[0].length, precision: Math.max(0.5 * 10 ** -decimals, value * 0.005), chinese: true };
}

/** 三成 = 30%, 两成半 = 25%: tenths as a share. Not 成为 (become), 成立, 成果, 一成不变 ... */
function readCheng(text: string, end: number, value: number): Core | undefined {
  // Japanese writes tenths 割 (3割 = 30%; 割合 is "ratio", 割引 "discount", 割高/割安 "dear/cheap").
  if (text[end] === '割' && value >= 1 && value <= 10 && Number.isInteger(value) && !/^割[合引高安当り]/.test(text.slice(end, end + 2))) return { value: value * 10, end: end + 1, precision: 5, chinese: true, percentForm: true, fraction: true };
  if (text[end] !== '成' || value < 1 || value > 10 || !Number.isInteger(value)) return undefined;
  if (/^成[为立功果本员交长熟就绩效型品都套全了]/.test(text.slice(end, end + 2)) && text[end + 1] !== '半') return undefined;
  const half = text[end + 1] === '半';
  return { value: value * 10 + (half ? 5 : 0), end: end + (half ? 2 : 1), precision: half ? 2.5 : 5, chinese: true, percentForm: true, fraction: true };
}

/** 百分之十七, 百分之四十七点三, 三分之一, 1/6, 近六分之一: fractions and percentages written as words. */
function readFraction(text: string, at: number): Core | undefined {
  // 千分之六点三九: per mille, a tenth of a percent.
  if (text.slice(at - 3, at) === '千分之') {
    const pm = /^(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/.exec(text.slice(at, at + 14));
    const v = pm ? (/\d/.test(pm[0]) ? Number(pm[0]) : parseChineseDecimal(pm[0])) : undefined;
    if (pm && v !== undefined) {
      const decimals = /[.点]/.test(pm[0]) ? pm[0].length - pm[0].search(/[.点]/) - 1 : 0;
      return { value: v / 10, end: at + pm[0].length, precision: 0.05 * 10 ** -decimals, chinese: true, percentForm: true };
    }
  }
  if (text.slice(at - 3, at) === '百分之') {
    const pct = /^(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/.exec(text.slice(at, at + 14));
    if (pct) {
      const v = /\d/.test(pct[0]) ? Number(pct[0]) : parseChineseDecimal(pct[0]);
      const decimals = /[.点]/.test(pct[0]) ? pct[0].length - pct[0].search(/[.点]/) - 1 : 0;
      if (v !== undefined) return { value: v, end: at + pct[0].length, precision: 0.5 * 10 ** -decimals, chinese: true, percentForm: true };
    }
  }
  if (text.startsWith('一半', at)) return { value: 50, end: at + 2, precision: 5, chinese: true, percentForm: true, fraction: true };
  const zh = /^([零〇一二两三四五六七八九十]+)分之([零〇一二两三四五六七八九十]+)/.exec(text.slice(at, at + 12));
  if (zh) {
    const d = parseChineseNumeral(zh[1]);
    const n = parseChineseNumeral(zh[2]);
    if (d && n !== undefined) return { value: (100 * n) / d, end: at + zh[0].length, precision: fractionPrecision((100 * n) / d), chinese: true, percentForm: true, fraction: true };
  }
  // Japanese "4分の3", "三分の一": the denominator first, as in Chinese (Korean 3분의 1 is a KOREAN_SHARE).
  const jaKo = /^(\d{1,3}|[一二三四五六七八九十]+)分の(\d{1,3}|[一二三四五六七八九十]+)(?![\d.])/.exec(text.slice(at, at + 14));
  if (jaKo) {
    const d = /\d/.test(jaKo[1]) ? Number(jaKo[1]) : parseChineseNumeral(jaKo[1]);
    const n = /\d/.test(jaKo[2]) ? Number(jaKo[2]) : parseChineseNumeral(jaKo[2]);
    if (d && n !== undefined && n > 0 && n < d) return { value: (100 * n) / d, end: at + jaKo[0].length, precision: fractionPrecision((100 * n) / d), chinese: true, percentForm: true, fraction: true };
  }
  const slash = /^(\d{1,2})\/(\d{1,3})(?![\d/])/.exec(text.slice(at, at + 8));
  if (slash && Number(slash[2]) > Number(slash[1]) && Number(slash[2]) <= 100) {
    return { value: (100 * Number(slash[1])) / Number(slash[2]), end: at + slash[0].length, precision: 1, chinese: false, percentForm: true, fraction: true };
  }
  return undefined;
}

const RANGE_NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const RANGE_END = new RegExp(`^(%|\\s?percent)?\\s?(?:~|～|-|–|—|至|到|to)\\s?${RANGE_NUMBER}`);
const RANGE_BETWEEN = new RegExp(`^(%|\\s?percent)?\\s?(?:and|-|–)\\s?${RANGE_NUMBER}`);

const CHANGE_VERB_BEFORE = /\b(?:rose|fell|grew|increased|decreased|climbed|dropped|declined|jumped|slipped|gained|edged up|edged down)\s(?:about\s|around\s|nearly\s|almost\s)?$/i;

/**
 * The second number of a range: 3%~6%, 10%至20%, 10-20%, 10 to 20 percent, between 10 and 20,
 * 20亿至30亿 (with `scale`, the scale word repeats after the second number). A year is never an
 * end of a range ("from 18.2% in 2015 to 26.7%"), and the high end is not below the low one.
 */
function readRangeEnd(text: string, at: number, core: Core, end: number, scale?: number): { value: number; end: number; scale?: number } | undefined {
  const lead = text.slice(Math.max(0, at - 16), at);
  // "from 12.4% to 15.1%", "从12%至15%": a movement between two values, not a range;
  // "shrank by 2,200 to 684,100": the size of a movement, then the level it reached.
  if (/\b(?:from|by)\s(?:about\s|around\s|some\s|only\s|just\s)?$|从(?:约|近)?$/i.test(lead)) return undefined;
  const between = /between\s$/i.test(lead);
  const m = (between ? RANGE_BETWEEN : RANGE_END).exec(text.slice(end, end + 24));
  if (!m) return undefined;
  // "rose 2.3% to 41.6%": after a verb of change, a percentage written whole then "to" another is the
  // change and the level it reached ("rose 2 to 3%", one sign for both, stays a range).
  if (m[1] && CHANGE_VERB_BEFORE.test(lead)) return undefined;
  const high = Number(m[2].replace(/,/g, ''));
  let stop = end + m[0].length;
  const tail = text.slice(stop, stop + 40);
  // "1900至2300点", "1,800~2,000美元": numbers in the range of years with a unit after them are no years.
  const unitAfter = matchFirst(UNIT_AFTER, tail);
  const measured = !!unitAfter && !(unitAfter.item.unit === 'day' && (unitAfter.item.factor ?? 1) > 300);
  if (high < core.value || (!measured && (isYearLike(core.value, core) || isYearLike(high, { decimal: m[2].includes('.') })))) return undefined;
  // "10至20万吨", "2~3만 명": Chinese, Japanese and Korean write the scale once, after the high end.
  if (scale === undefined && /[至到~～]/.test(m[0]) && !core.percentForm && !m[1]) {
    const s = matchFirst(SCALE_AFTER, tail);
    if (s && /^\s?[万亿億만억]/.test(tail)) return { value: high, end: stop + s.length, scale: s.item.factor };
  }
  // "grew 3.9% to 49.16 million TEU": a second number with its own scale or unit is not the range's end.
  // "fell by 5.9% to 474,717": after a percentage, only another percentage ends a range.
  if ((core.percentForm || m[1]) && !/^\s?(?:%|percent\b|per cent\b)/.test(tail)) return undefined;
  if (scale === undefined && (matchFirst(SCALE_AFTER, tail) || (m[1] && matchFirst(UNIT_AFTER, tail) && !/^\s?(?:%|percent)/.test(tail)))) return undefined;
  if (scale !== undefined) {
    const s = matchFirst(SCALE_AFTER, text.slice(stop, stop + 12));
    if (!s || s.item.factor !== scale) return undefined;
    stop += s.length;
  }
  return { value: high, end: stop };
}

/** "¥" is the sign of both the yen and the yuan: the sentence about Japan, not China, means yen. */
function yenOrYuan(text: string, at: number): UnitKind {
  // The paragraph before says which: "yen loans", JICA, Japan; a text about China names the yuan.
  const around = text.slice(Math.max(0, at - 600), at + 60);
  const japan = JAPAN_WORDS.test(around);
  const china = YUAN_WORDS.test(around);
  if (japan && !china) return 'JPY';
  if (china) return 'CNY';
  // Nothing nearby (or both): the document as a whole, by its opening pages ("Japan's white paper
  // on children … about ¥3.6 trillion a year" names Japan only in its title).
  const opening = text.slice(0, 6000);
  const count = (re: RegExp) => opening.match(new RegExp(re.source, 'gi'))?.length ?? 0;
  return count(JAPAN_WORDS) > count(CHINA_WORDS) ? 'JPY' : 'CNY';
}

const JAPAN_WORDS = /\bJapan|\byen\b|\bJICA\b|\bJBIC\b|日本|日元/i;
const YUAN_WORDS = /\byuan\b|\bRMB\b|renminbi|人民币/i;
const CHINA_WORDS = /\byuan\b|\bRMB\b|renminbi|人民币|\bChina\b|中国/i;

function readBefore(text: string, at: number): { start: number; qualifier?: Qualifier; currency?: UnitKind } {
  let start = at;
  const window = text.slice(Math.max(0, at - 20), at);
  let currency: UnitKind | undefined;
  for (const c of CURRENCY_BEFORE) {
    const m = c.re.exec(window);
    if (m) {
      currency = m[0] === '¥' ? yenOrYuan(text, at) : c.unit;
      start = at - m[0].length;
      break;
    }
  }
  if (/[百千]分之$/.test(text.slice(Math.max(0, start - 3), start))) start -= 3;
  const rest = text.slice(Math.max(0, start - 20), start);
  if (/between\s$/i.test(rest)) return { start: start - 8, currency };
  for (const q of QUALIFIER_BEFORE) {
    const m = q.re.exec(rest);
    // "仍低于90%的服务承诺": compared with a level the text names (a pledge, a target): the value of that level, no bound.
    if (m && NAMED_LEVEL_AFTER.test(text.slice(at, at + 24))) break;
    if (m) return { start: start - m[0].length, qualifier: q.q, currency };
  }
  return { start, currency };
}

const NAMED_LEVEL_AFTER = /^[\d.,]+\s?[%％]\s?的(?:服务|服務)?(?:承诺|承諾|目标|目標|标准|標準|警戒线|警戒線|基准|基準|红线|紅線|门槛|門檻|上限|下限)/;

// Labels and locators before a number: "Article 12 states", "Section 2", "p. 12", "HS 8542 products".
// A footnote mark ("※2", "注3") labels a note, not a quantity.
const LABEL_BEFORE = /(?:※|\b(?:article|section|chapter|table|figure|fig\.|no\.|nos\.|vol\.|p\.|pp\.|page|pages|paragraph|para\.?|item|annex|rule|clause|step|phase|version|v\.|tier|level|grade|route|road|highway|line|gate|room|model|type|class|group|resolution|decree|order|law|act|week|day|round)|第|(?<![가-힣])제|(?<![代发报列外])[图表]|附[图表])\s?$/i;
// A code in capitals before a number names a thing: "HS 8542", "CHIP 4", "PM 2.5".
const CODE_BEFORE = /\b[A-Z]{2,}\s?$/;
const PER_CODE_BEFORE = /(?:每|\bper\s|\beach\s|\/)[A-Z]{2,}\s?$/;

/** Names and labels that contain digits: 10+3, CHIP 4, 《9.19共同声明》, G20, 第15轮, 2018年第2期, Article 12. */
function isNameOrLabel(text: string, f: Figure): boolean {
  const after = text.slice(f.end, f.end + 2);
  if (/^\+\d/.test(after)) return true;
  const lead = text.slice(Math.max(0, f.start - 12), f.start);
  // "每FEU 4412美元", "per TEU 1,200": a code after 每/per is what the value is counted per.
  const code = CODE_BEFORE.test(lead) && /^\d/.test(f.text) && !PER_CODE_BEFORE.test(lead);
  // "On the busiest day 72,416 bikes were hired": no day or week is numbered in thousands.
  const countAfterDay = /\b(?:day|week)\s?$/i.test(lead) && f.value >= 1000;
  if ((LABEL_BEFORE.test(lead) || code) && !countAfterDay && !/^[$€¥₩]|^(?:US|RMB|USD|EUR|KRW|CNY|JPY)/.test(f.text)) return true;
  // Only look a short way back: an unbounded lastIndexOf made every figure O(length of the draft).
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** 4.56 × 10^4 is 45600, not 45599.999…: decimal scales applied without binary noise. */
function scaled(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}

/**
 * The first item of a list whose pattern matches at the start of s. The patterns are tried as one
 * alternation (built once per list): the parser asks this for every number, and trying thirty
 * patterns one by one was its costliest step.
 */
function matchFirst<T extends { re: RegExp }>(list: T[], s: string): { item: T; length: number } | undefined {
  let combined = COMBINED.get(list);
  if (!combined) COMBINED.set(list, (combined = combine(list)));
  const m = combined.exec(s);
  if (!m) return undefined;
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return { item: list[g - 1], length: m[0].length };
  return undefined;
}

const COMBINED = new WeakMap<object, RegExp>();

/**
 * `^(?:(a)|(b)|…)` from patterns that are each anchored with ^ and capture nothing themselves.
 * Case-insensitive if any is; a case-sensitive one may then hold no Latin letters (只有汉字).
 */
function combine(list: { re: RegExp }[]): RegExp {
  const insensitive = list.some((x) => x.re.flags.includes('i'));
  if (insensitive && list.some((x) => !x.re.flags.includes('i') && /[A-Za-z]/.test(x.re.source.replace(/\\[sSdDwWbB]/g, '')))) throw new Error('matchFirst: mixed case rules');
  return new RegExp(`^(?:${list.map((x) => `(${x.re.source.replace(/^\^/, '')})`).join('|')})`, insensitive ? 'i' : '');
}

// First letters of the number words (one … ninety, half, a/an), lower-cased by `| 32`.
const NUMBER_WORD_INITIAL = new Set([...'otfsenhad'].map((c) => c.charCodeAt(0)));

/** English number words and fractions: "twelve countries", "three million visitors", "two-thirds of". */
function englishWordFigures(text: string, from: number, to: number, skip: Uint8Array | undefined, taken: Read[]): Read[] {
  const out: Read[] = [];
  // Runs of Latin letters, walked by character code: only a run that can be a number word (its
  // first letter and length) is taken out as a string, not every word of an English text.
  for (let at = from; at < to; ) {
    if (!isLatinLetter(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isLatinLetter(text.charCodeAt(end))) end++;
    const r = end - at <= 9 && NUMBER_WORD_INITIAL.has(text.charCodeAt(at) | 32) && ENGLISH_NUMBER_WORDS.has(text.slice(at, end).toLowerCase()) ? readWordFigure(text, at) : undefined;
    if (!r || !accept(text, r.figure, to, skip) || taken.some((t) => t.figure.start < r.figure.end && r.figure.start < t.figure.end)) {
      at = end;
      continue;
    }
    out.push(r);
    at = Math.max(r.figure.end, at + 1);
  }
  return out;
}

const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const FRACTION_LEAD = /(?:\bby\s(?:(?:nearly|almost|about|around|roughly|some|more than|less than|over|under|just over|just under)\s)?|\b(?:nearly|almost|about|around|roughly|some|more than|less than|just over|just under)\s)$/i;

// "twice the normal 7.4 days", "double its 2019 level": a multiple, when what it multiplies follows.
const TWICE = /^(?:twice|double|triple)(?= (?:the|as|its|their|that|what|a|an|his|her|our)\b)/i;

// "A third have part-time jobs", "Two-thirds said …": a fraction opening its sentence, followed by a
// verb in the plural, is the share of the people or things the text is about.
const SUBJECT_VERB_AFTER = /^\s(?:have|had|are|were|say|said|use|used|work|worked|live|lived|plan|planned|expect|expected|report|reported|own|owned|hold|held|want|wanted|rely|relied|receive|received|spend|spent|took|take|went|go)\b/;

function fractionAsSubject(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return (at === 0 || /(?:[.!?:;]\s|\n)$/.test(before) || /^\s*$/.test(before)) && /^[A-Z]/.test(text[at]) && SUBJECT_VERB_AFTER.test(text.slice(end, end + 12));
}

/** Whether a fraction in words is a share, not prose ("the first half", "half an hour"). */
function fractionIsShare(text: string, at: number, end: number): boolean {
  // "half" alone is prose ("the first half"); a fraction counts when it says of what: "half of", "a third of the".
  // So does a fraction after "by" or a hedge ("grew by nearly half", "about three-quarters in a normal year").
  // "ran a fifth above baseline", "a third lower": a fraction before a comparative is a change by that share.
  // "and real assets three quarters.": a plural fraction closing a clause is a share of what the sentence divides.
  const closingShare = /^(?:two|three|four|five|seven|nine)[- ](?:thirds|quarters|fifths|tenths)$/i.test(text.slice(at, end)) && /^\s?(?:\[@[^\]]{0,80}\]\s?)?[.,;)]/.test(text.slice(end, end + 90));
  if (!closingShare && !/^\s(?:of|the)\b/i.test(text.slice(end, end + 5)) && !FRACTION_COMPARED.test(text.slice(end, end + 10)) && !/\b(?:in|out of)\b/.test(text.slice(at, end)) && !FRACTION_LEAD.test(text.slice(Math.max(0, at - 24), at)) && !fractionAsSubject(text, at, end)) return false;
  if (/\b(?:first|second|latter|former|other|last|next)\s$/i.test(text.slice(Math.max(0, at - 8), at))) return false;
  // "about half an hour", "a quarter of a century": a length of time, not a share.
  return !/^\s(?:an?|of an?)\s(?:hour|day|week|month|year|decade|century|minute|second|dozen|mile|kilomet)/i.test(text.slice(end, end + 16));
}

function readWordFigure(text: string, at: number): Read | undefined {
  const twice = TWICE.exec(text.slice(at, at + 16));
  if (twice) {
    const value = /^triple/i.test(twice[0]) ? 3 : 2;
    const before = readBefore(text, at);
    const figure: Figure = { start: before.start, end: at + twice[0].length, value, high: value, unit: 'multiple', kind: 'level', qualifier: before.qualifier ?? 'exact', precision: 0.05, text: text.slice(before.start, at + twice[0].length) };
    return { figure, unitless: false, fraction: false };
  }
  const w = readEnglishNumber(text, at);
  if (!w) return undefined;
  // "the three countries", "both sides": a reference to things already named, not a count.
  if (!w.fraction && /\b(?:the|these|those|all|its|their|our|both)\s$/i.test(text.slice(Math.max(0, at - 7), at))) return undefined;
  let end = w.end;
  let value = w.value;
  let high = w.value;
  let unit: UnitKind | undefined;
  if (w.fraction) {
    unit = 'percent';
    if (!fractionIsShare(text, at, end)) return undefined;
  } else {
    // "two to three days", "five or six ships": a range in words shares the unit after it.
    const link = /^\s?(?:to|or|-|–)\s?/.exec(text.slice(end, end + 5));
    const second = link ? readEnglishNumber(text, end + link[0].length) : undefined;
    if (second && !second.fraction && second.value > value) {
      high = second.value;
      end = second.end;
    }
    const scale = matchFirst(SCALE_AFTER, text.slice(end, end + 12));
    if (scale && scale.item.factor >= 1e3) {
      value = scaled(value, scale.item.factor);
      high = scaled(high, scale.item.factor);
      end += scale.length;
    }
    const u = readUnit(text, end, { value, end, precision: 0.5, chinese: false }, 1);
    // Years in words ("two years later", "for five years") are prose; "12 years" in digits is read.
    if (u && u.unit === 'day' && u.factor > 300) return undefined;
    if (u) {
      unit = u.unit;
      end = u.end;
      value = scaled(value, u.factor);
      high = scaled(high, u.factor);
    } else {
      // Without a unit a number word counts only what the clause has named: "Eleven of the events",
      // "Dust days … numbered just five".
      // "visitors passed one million": a scaled number word counts what its clause's subject names.
      unit = value === high && !scale ? partitiveCount(text, at, end, value) ?? numberedCount(text, at) : scale ? unitFromSubject(text, at) : undefined;
      if (!unit) return undefined;
    }
  }
  const before = readBefore(text, at);
  const precision = w.fraction ? fractionPrecision(value) : Math.max(0.5, value * 0.005);
  const figure: Figure = { start: before.start, end, value, high, unit, kind: 'level', qualifier: high !== value ? 'range' : before.qualifier ?? 'exact', precision, text: text.slice(before.start, end) };
  return { figure, unitless: false, fraction: w.fraction };
}

/**
 * "3623亿和3574亿美元", "分别为10%、12%": a unit written once at the end of a list applies to each
 * number; then each figure's kind is read from its clause.
 */
/** A number without a unit joined to a figure beside it ("20 and 30 tonnes", "2.57 million km² … and 1.69 million") takes its unit. */
function shareUnitsAcrossJoins(text: string, read: Read[]): void {
  for (let i = read.length - 2; i >= 0; i--) {
    const r = read[i];
    const next = read[i + 1];
    if (!r.unitless || next.unitless) continue;
    // "2.49 million or 4.0% more": a number with a scale word is an amount, never a percentage.
    if ((next.figure.unit === 'percent' || next.figure.unit === 'pp') && /million|billion|trillion|thousand|万|亿|千/i.test(r.figure.text)) continue;
    if (/^\s?(?:和|与|及|、|,|，|and|or|或|到|至)\s?$/.test(text.slice(r.figure.end, next.figure.start))) {
      r.figure.unit = next.figure.unit;
      r.unitless = false;
    }
  }
  // "2.57 million square kilometres of desertified land and 1.69 million of sandified land": a
  // scaled number without a unit, joined to the figure before it, shares that figure's unit.
  for (let i = 1; i < read.length; i++) {
    const [r, prev] = [read[i], read[i - 1]];
    if (!r.unitless || prev.unitless || prev.figure.unit === 'percent' || prev.figure.unit === 'pp') continue;
    const gap = text.slice(prev.figure.end, r.figure.start);
    if (gap.length <= 50 && !/[;；。.!?]/.test(gap) && /(?:\band\b|和|及|、|以及)/.test(gap) && /^\s?of\b/.test(text.slice(r.figure.end, r.figure.end + 4)) === /^\s?of\b/.test(gap)) {
      // The unit's conversion carries over with it ("3.15 million hectares … and 1.28 million": km²).
      const factor = unitFactorOf(prev.figure);
      if (factor !== 1) Object.assign(r.figure, { value: r.figure.value * factor, high: r.figure.high * factor, precision: r.figure.precision * factor });
      r.figure.unit = prev.figure.unit;
      r.unitless = false;
    }
  }
}

const MINUS_BEFORE = /(?:^|[^A-Za-z0-9.\-−])[-−]$/;

function finish(text: string, read: Read[], from: number, to: number, skip?: Uint8Array): Figure[] {
  shareUnitsAcrossJoins(text, read);
  const listed = listedBareNumbers(text, read);
  const placed = [...placeListNumbers(text, read, listed), ...listAfterFigure(text, read, listed, COLON_LIST), ...listAfterFigure(text, read, listed, BRACKET_LIST), ...listAfterFigure(text, read, listed, DASH_LIST)];
  // A list's bare numbers are not read through accept(): the second year of "2024/25" is dropped here too.
  const all = [...read, ...listed, ...placed, ...parallelBareNumbers(text, from, to, [...read, ...listed, ...placed], skip)].filter((r) => !financialYearEnd(text, r.figure)).sort((a, b) => a.figure.start - b.figure.start);
  for (const r of all) {
    if (r.unitless) r.figure.unit = unitFromSubject(text, r.figure.start) ?? r.figure.unit;
    // "研究项目26项", "合作企业120家": the noun before a bare classifier names what it counts.
    else if (r.figure.unit === 'count' && /项$/.test(r.figure.text) && /项目[^，。；,;]{0,8}$/.test(text.slice(Math.max(0, r.figure.start - 12), r.figure.start))) r.figure.unit = 'project';
    r.figure.kind = figureKind(text, r.figure.start, r.figure.end, r.figure.unit, r.fraction);
    if (r.figure.kind === 'change') {
      const direction = changeDirection(text, r.figure.start);
      if (direction) r.figure.direction = direction;
      // Quoted with its sign, as the source wrote it (a hyphen after a digit or letter is a range or a word's).
      if (direction === 'down' && MINUS_BEFORE.test(text.slice(Math.max(0, r.figure.start - 2), r.figure.start))) r.figure.sign = text[r.figure.start - 1];
    }
    // "约占世界总人口的五分之一": 约 before the share verb qualifies the share.
    if (r.figure.qualifier === 'exact' && r.figure.kind === 'share' && /(?:约|大约|大概|近|接近)占[^，。；,;]*$/.test(text.slice(Math.max(0, r.figure.start - 30), r.figure.start))) r.figure.qualifier = 'approx';
  }
  // "up 35.8% and 40.2% respectively", "分别增长40.2%和35.8%": a figure joined to the one before by
  // "and" states the same kind of thing; "2.49 million or 4.0% more": "or" restates the change.
  for (let k = 1; k < all.length; k++) {
    const [a, b] = [all[k - 1].figure, all[k].figure];
    if (a.kind === 'level' && b.kind === 'change' && a.unit !== b.unit && /^,?\s(?:or|或)\s$/.test(text.slice(a.end, b.start)) && /^\s(?:more|less|fewer|higher|lower|up|down)\b/i.test(text.slice(b.end, b.end + 8))) {
      a.kind = 'change';
      if (b.direction) a.direction = b.direction;
      continue;
    }
    if (b.kind === 'level' && a.kind !== 'level' && a.unit === b.unit && /^\s?(?:和|与|及|、|,|，|and|, and|or)\s?$/.test(text.slice(a.end, b.start))) {
      b.kind = a.kind;
      if (a.direction) b.direction = a.direction;
    }
  }
  // A list is one statement: its numbers share the kind the words before the first one give.
  for (const r of all) {
    if (!r.listOf) continue;
    const first = all.find((x) => x.listOf === r.listOf || x === r.listOf)!;
    r.figure.kind = first.figure.kind;
    r.listOf.figure.kind = first.figure.kind;
  }
  return all.map((r) => r.figure);
}

/** The number a figure's text writes, before scale words and units ("1.2 million tonnes" -> 1.2). */
function writtenNumber(f: Figure): number {
  return Number(/\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0].replace(/,/g, '') ?? NaN);
}

/** A bare integer between 1800 and 2100 without a separator: a year, never a list item. */
function isYearNumber(raw: string): boolean {
  const value = Number(raw.replace(/,/g, ''));
  return !/[.,]/.test(raw) && value >= 1800 && value <= 2100;
}

/** A bare number that takes another figure's unit, scaled by `factor`, with the rounding its digits show. */
function listItem(base: Read, start: number, raw: string, factor: number, listOf?: Read): Read {
  const value = Number(raw.replace(/,/g, ''));
  const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
  const figure: Figure = { ...base.figure, start, end: start + raw.length, value: scaled(value, factor), high: scaled(value, factor), qualifier: 'exact', precision: 0.5 * 10 ** -decimals * factor, text: raw };
  return listOf ? { figure, unitless: false, fraction: false, listOf } : { figure, unitless: false, fraction: false };
}

/** The last of some reads (in text order) ending before `at` that passes a test. */
function lastBefore(reads: Read[], at: number, test: (r: Read) => boolean): Read | undefined {
  for (let k = reads.length - 1; k >= 0; k--) if (reads[k].figure.end <= at && test(reads[k])) return reads[k];
  return undefined;
}

const LIST_TAIL = /\d\s?(?:、|,|，|和|及|与|and|, and)\s?$/;

/**
 * "rose 4.2, 3.1 and 2.8 percent respectively", "分别为12、15和18个": bare numbers listed before a
 * figure take its unit (not years, not numbers already read).
 */
function listedBareNumbers(text: string, read: Read[]): Read[] {
  const out: Read[] = [];
  for (const r of read) {
    const f = r.figure;
    if (r.unitless || !/^\d/.test(f.text) || !LIST_TAIL.test(text.slice(Math.max(0, f.start - 8), f.start))) continue;
    // The words before the number, a hedge read into the figure ("超过2%", "exceeded 2%") included.
  const before = text.slice(Math.max(0, f.start - 60), f.start) + f.text.slice(0, f.text.search(/\d/));
    const list = /((?:(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?(?:、|,|，|和|及|与|and|, and)\s?)+)$/.exec(before);
    if (!list) continue;
    const base = f.start - list[1].length;
    const factor = f.value / writtenNumber(f);
    for (const m of list[1].matchAll(/(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g)) {
      const start = base + m.index;
      if (isYearNumber(m[0]) || read.some((x) => x.figure.start <= start && start < x.figure.end)) continue;
      // "Arctic LNG 2 and 29.9% of Yamal": a number after a code or a label is part of a name.
      const lead = text.slice(Math.max(0, start - 12), start);
      if (CODE_BEFORE.test(lead) || LABEL_BEFORE.test(lead) || ageGroup(text.slice(Math.max(0, start - 40), start), Number(m[0]))) continue;
      out.push(listItem(r, start, m[0], factor, r));
    }
  }
  return out;
}

// "207 warehouses in Russia, 136 in Japan and 181 in South Korea": after a place, a bare number
// before another place continues the list.
const PLACE_THEN_NUMBER = /^\s(?:in|for|at|to|from)\s(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?:,\s(?:and\s)?|\sand\s)(\d[\d,]*(?:\.\d+)?)(?=\s(?:in|for|at|to|from)\s(?:the\s)?[A-Z])/;

function placeListNumbers(text: string, read: Read[], listed: Read[]): Read[] {
  const out: Read[] = [];
  const taken = (at: number) => read.some((x) => x.figure.start <= at && at < x.figure.end) || listed.some((x) => x.figure.start === at);
  for (const r of read) {
    const f = r.figure;
    if (r.unitless || !/^\d/.test(f.text)) continue;
    const factor = f.value / writtenNumber(f);
    let pos = f.end;
    for (let k = 0; k < 8; k++) {
      const m = PLACE_THEN_NUMBER.exec(text.slice(pos, pos + 80));
      if (!m) break;
      const start = pos + m.index + m[0].length - m[1].length;
      if (taken(start) || isYearNumber(m[1])) break;
      out.push(listItem(r, start, m[1], factor, r));
      pos = start + m[1].length;
    }
  }
  return out;
}

// "48 municipalities that adopted a tax — 22 in France, 14 in Canada, 7 in Australia and 5 in Japan":
// after a dash, bare numbers each followed by a place break the figure down.
const DASH_AFTER_FIGURE = /^[^—–:;.!?\n]{0,90}\s[—–]\s/;
const DASH_ITEM = /^(?:and\s)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s(?:in|for|at|from)\s(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?:,\s(?:and\s)?|\sand\s)?/;


// "48自治体（フランス22、カナダ14、米国7）", "共12个（北京5、上海4、广州3）": a bracket right after a
// figure that breaks it down by name, each followed by a bare number, restates it per group.
const BRACKET_AFTER_FIGURE = /^[\u3040-\u30ff\u4e00-\u9fff]{0,4}[（(]/;
const BRACKET_ITEM = /^[、，,]?\s?([\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{1,10})\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?=\s?[、，,）)])/;


// "14.6 hours a week on independent study: first-years 17.2, second-years 15.9": after a colon that
// closes a figure's clause, labels each followed by a bare number restate that figure per group.
const COLON_AFTER_FIGURE = /^[^:;.!?\d\n]{0,45}:\s/;
const COLON_ITEM = /^(?:and\s|or\s)?([A-Za-z][A-Za-z'’-]*(?:\s[A-Za-z][A-Za-z'’-]*){0,2})\s((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?=\s?(?:[,;.)]|and\b|or\b|$))/;

/** How a list after a figure restates it per group: where it opens and what one item is. */
interface ListForm {
  /** tested on the `reach` characters right after the figure */
  opens: RegExp;
  reach: number;
  /** one item at the current position; `number` is the group holding its bare number */
  item: RegExp;
  number: number;
  /** the match is consumed whole (its separator with it); else the position moves to the number's end and `separator` */
  whole?: boolean;
  separator?: RegExp;
  maxItems: number;
  /** figures whose lists are not read this way */
  skips?: (f: Figure) => boolean;
  /** what must follow the last item ("）" closing a bracket) */
  closedBy?: RegExp;
}

function listAfterFigure(text: string, read: Read[], listed: Read[], form: ListForm): Read[] {
  const out: Read[] = [];
  const taken = (at: number) => read.some((x) => !x.unitless && x.figure.start <= at && at < x.figure.end) || listed.some((x) => x.figure.start === at);
  for (const r of read) {
    const f = r.figure;
    if (r.unitless || !/\d/.test(f.text) || form.skips?.(f)) continue;
    const open = form.opens.exec(text.slice(f.end, f.end + form.reach));
    if (!open) continue;
    const factor = unitFactorOf(f);
    let pos = f.end + open[0].length;
    const items: Read[] = [];
    for (let k = 0; k < form.maxItems; k++) {
      const m = form.item.exec(text.slice(pos, pos + 60));
      if (!m) break;
      const raw = m[form.number];
      const start = form.whole ? pos + m[0].indexOf(raw) : pos + m[0].length - raw.length;
      if (isYearNumber(raw) || taken(start)) break;
      items.push(listItem(r, start, raw, factor, r));
      pos = form.whole ? pos + m[0].length : start + raw.length;
      if (form.separator) pos += form.separator.exec(text.slice(pos, pos + 3))?.[0].length ?? 0;
    }
    // One label and a number is a sentence going on; two or more make the list.
    if (items.length >= 2 && (!form.closedBy || form.closedBy.test(text.slice(pos, pos + 2)))) out.push(...items);
  }
  return out;
}

const DASH_LIST: ListForm = { opens: DASH_AFTER_FIGURE, reach: 100, item: DASH_ITEM, number: 1, whole: true, maxItems: 12, skips: (f) => f.unit === 'percent' };
// The list must close the bracket: "（其中北京5" alone may go on with other words.
const BRACKET_LIST: ListForm = { opens: BRACKET_AFTER_FIGURE, reach: 6, item: BRACKET_ITEM, number: 2, maxItems: 12, closedBy: /^\s?[）)]/ };
const COLON_LIST: ListForm = { opens: COLON_AFTER_FIGURE, reach: 60, item: COLON_ITEM, number: 2, separator: /^\s?[,;]\s?|^\s/, maxItems: 8 };

// A bare number in the same sentence as a counted figure, where the words around it continue that
// figure's statement: "1.12 million people affected, followed by Vietnam with 970,000", "812
// projects, and 68 of them", "numbered 742, 615 and 688".
const BARE_NUMBER = /(?<![\w.,$€¥£#@/-])(\d{1,3}(?:,\d{3})+|\d{2,7}|\d{1,4}\.\d{1,3})(?![\d.,]*\d)(?!\s?(?:%|percent|per\b|st\b|nd\b|rd\b|th\b|[-–]\d|[\u4e00-\u9fff]))/g;
const PARALLEL_BEFORE = /(?:\b(?:peak|high|low|record|level|total|average|mean|median) of|\bthan the|\bincluding|\b[a-z]{3,}ing|\bwith|\bat|\bnumbered|\btotall?ed|\bwere|\bwas|,|\band|\bor|\bto|\bfrom|\bonly|\bagainst|\bversus|\bvs\.?|\bthan|[:;]|\b[A-Z][a-z]+)\s$/;
const PARALLEL_AFTER = /^\s?\[@|^\s(?:of|in) (?:19|20)\d\d\b|^\s(?:a|per|each) (?:year|month|week|day)\b|^\sfor\b|^\s(?:more|fewer|less|of them|of these|of which|of those|were|was|are|is|had|have|held|worked|lived|sold|produced|exported|imported|built|delivered|registered|installed|shipped|issued|went|took|entered|chose|joined|left|moved|stayed|returned|found|received|reported)\b|^\s?[,;.)]|^\s(?:and|or|respectively|in \d{4}|that year)\b|^\s(?:for|in|at|to|from) (?:the )?[A-Z]|^\s(?:in|on|at) (?:the )?[a-z]{3,}|^\sat the (?:peak|start|end|time|height|low|top)\b|^$/;
const SENTENCE_SUBJECT_VERB = /^\s(?:went|took|entered|chose|joined|left|moved|stayed|returned|found|received|reported|were|had|worked|lived)\b/;
const LEAD_QUALIFIER = /(?:about|around|nearly|almost|roughly|some|over|more than|approximately|just over|just under)\s$/i;
const PARALLEL_UNITS = new Set<UnitKind>(['people', 'visits', 'count', 'TEU', 'flight', 'ship', 'firm', 'project', 'ton', 'day', 'age']);

/** value ÷ written number ÷ scale word: what the unit itself converts by (hours → days: 1/24). */
function unitFactorOf(f: Figure): number {
  const written = writtenNumber(f);
  if (!Number.isFinite(written) || written === 0) return 1;
  let factor = f.value / written;
  if (/万亿|trillion/i.test(f.text)) factor /= 1e12;
  else if (/亿/.test(f.text)) factor /= 1e8;
  else if (/billion|\bbn\b/i.test(f.text)) factor /= 1e9;
  else if (/万/.test(f.text)) factor /= 1e4;
  else if (/million|\bmn\b/i.test(f.text)) factor /= 1e6;
  else if (/thousand|千/i.test(f.text)) factor /= 1e3;
  return Math.abs(factor - 1) < 1e-9 ? 1 : factor;
}

function parallelBareNumbers(text: string, from: number, to: number, read: Read[], skip?: Uint8Array): Read[] {
  const counted = read.filter((r) => {
    if (r.unitless || !PARALLEL_UNITS.has(r.figure.unit)) return false;
    const bare = r.figure.text.replace(/^(?:about|around|nearly|some|over|more than|almost|roughly|approximately|only|just)\s/i, '');
    // "numbered just five in 2020 and 13 in 2021": a count in words leads a list as well as digits do.
    return /^[\d.,]/.test(bare) || ENGLISH_NUMBER_WORDS.has(bare.split(/[\s-]/)[0].toLowerCase());
  });
  if (counted.length === 0 || !/[A-Za-z]/.test(text.slice(from, to))) return [];
  const out: Read[] = [];
  const span = text.slice(from, to);
  for (const m of span.matchAll(BARE_NUMBER)) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (skip?.[at] || read.some((r) => r.figure.start <= at && at < r.figure.end)) continue;
    if (isYearNumber(m[1])) continue;
    // A semicolon joins clauses about the same thing ("856,000 workers; 241,000 of them"); a full
    // stop ends the statement unless the next sentence points back ("Of these, 9,400 …").
    // "…, 909,000 of them" points back just as well, from after the number.
    const partOf = /^\s(?:of them|of these|of those)\b/.test(text.slice(end, end + 16));
    // "6,832 graduates … . 2,890 went on to further study": a count opening the next sentence, its verb
    // right after it, continues the figure before.
    const opensSentence = /[.!?]\s$/.test(text.slice(Math.max(0, at - 2), at)) && SENTENCE_SUBJECT_VERB.test(text.slice(end, end + 12));
    const pointsBack = partOf || opensSentence || /\b[Oo]f (?:these|them|those|which),?\s$/.test(text.slice(Math.max(0, at - 16), at));
    const base = lastBefore(counted, at, (r) => at - r.figure.end <= 160 && (pointsBack ? !/[.!?。]\s[^]*[.!?。]\s/.test(text.slice(r.figure.end, at)) : !/[.!?。]\s/.test(text.slice(r.figure.end, at))));
    if (!base) continue;
    // "stay just 4.1 nights, against 9.3 for …": a decimal continues a figure written with decimals only.
    if (m[1].includes('.') && !/\d\.\d/.test(base.figure.text)) continue;
    // "men retire at 63.2, women at 61.9": an average age goes on with decimals; a whole number is something else.
    if (base.figure.unit === 'age' && !m[1].includes('.')) continue;
    const lead = text.slice(Math.max(0, at - 30), at).replace(LEAD_QUALIFIER, '');
    // "led by South Koreans (708,000)": a number in brackets after a plural noun counts that noun's members.
    const bracketed = /\b[A-Za-z]{3,}s\s?\($/.test(lead) && /^\)/.test(text.slice(end, end + 1));
    if (!(partOf || opensSentence || bracketed || PARALLEL_BEFORE.test(lead)) || LABEL_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || !PARALLEL_AFTER.test(text.slice(end, end + 16))) continue;
    // The base's unit conversion carries over ("72 hours … rather than 24": hours), its scale does not
    // ("1.12 million people …, followed by Vietnam with 970,000").
    const item = listItem(base, at, m[1], unitFactorOf(base.figure));
    const before = readBefore(text, at);
    if (before.qualifier) Object.assign(item.figure, { start: before.start, qualifier: before.qualifier, text: text.slice(before.start, end) });
    out.push(item);
  }
  return out;
}

// What an English clause counts when the number has a scale but no unit: "foreign visitors ...
// totalled 11.03 million", "container throughput reached 235 million".
const SUBJECT_UNITS: { re: RegExp; unit: UnitKind }[] = [
  { re: /\b(?:visitors?|tourists?|passengers?|travell?ers?|residents|people|population|workers|students)\b/i, unit: 'people' },
  { re: /\b(?:arrivals|trips|visits|travel)\b/i, unit: 'visits' },
  { re: /\b(?:TEU|containers?|container throughput)\b/, unit: 'TEU' },
  { re: /\b(?:flights|sailings)\b/i, unit: 'flight' },
  { re: /\b(?:ships|vessels)\b/i, unit: 'ship' },
  { re: /\b(?:firms|companies|enterprises|merchants|businesses)\b/i, unit: 'firm' },
  { re: /\bprojects\b/i, unit: 'project' },
  { re: /\b(?:users|subscribers|members|customers|account holders|adults)\b/i, unit: 'people' },
  // Collective nouns: "its membership at 109", "a workforce of 3,900".
  { re: /\b(?:membership|workforce|headcount|staff)\b/i, unit: 'count' },
];

// The same for a Chinese clause: "越南电子钱包用户达到4300万" counts people.
const SUBJECT_UNITS_ZH: { re: RegExp; unit: UnitKind }[] = [
  { re: /用户|人口|游客|旅客|居民|员工|职工|学生|人员|劳动力|会员|客户|就业/, unit: 'people' },
  { re: /企业|公司|商户|商家|厂商/, unit: 'firm' },
  { re: /项目/, unit: 'project' },
  { re: /航班/, unit: 'flight' },
  { re: /船舶|船只/, unit: 'ship' },
  { re: /集装箱/, unit: 'TEU' },
];

// A verb that states a quantity right before a bare number: "flights averaged 1,160", "visitors numbered 6.02 million",
// or a colon ("students remain the largest group: 68,065 in 2023").
const FRACTION_COMPARED = /^\s(?:above|below|higher|lower|more|less|larger|smaller|greater|fewer)\b/i;

const QUANTITY_VERB = /(?:\b(?:(?:shrank|shrunk|fell|rose|grew|increased|decreased|declined|dropped|climbed|expanded|contracted) by|accounted for|averaged|totall?ed|totall?ing|numbered|numbering|reached|reaching|stood at|standing at|rose to|fell to|grew to|dropped to|climbed to|at|only|just|from|to|sold|exported|imported|produced|delivered|shipped|registered|recorded|received|welcomed|hosted|employed|trained|installed|issued|passed|surpassed|exceeded|topped|aims? for|aiming for|target(?:s|ed)?|target of|goal of)|:)\s(?:(?:about|around|nearly|almost|roughly|some|approximately|over|more than|just over|just under)\s)?$/i;

const NUMBER_OF = /\b(?:[Tt]he|[Aa]|\w+(?:s'|'s)(?: \w+)?) (?:total |ideal |average |mean )?number (?:of|they)\b(?:[^.;:]|\.\d){0,70}?\b(?:was|were|is|are|stood at|came to|reached|(?:would|will|could|is (?:projected|expected) to|are (?:projected|expected) to) reach|totall?ed|averaged|rose to|fell to|(?:fell|rose|dropped|declined|grew|increased|decreased|went) from)\s(?:(?:about|around|nearly|almost|roughly|some|just over|just under|over|more than|approximately)\s)?$/;

// "12 of them share data", "Eleven of the events"; "Of these, eight were sandstorms and four were
// severe": a count of things the sentence has already named. A label before the number ("Article 5
// of the treaty", "Phase 2 of the plan") makes it an identifier instead.
const PARTITIVE_AFTER = /^\s(?:of\s(?:the|them|these|those|its|their|our|his|her|which|whom)\b)/i;
const OF_THESE_BEFORE = /\b[Oo]f\s(?:these|them|those|which|the\s[a-z]+s)\b,?\s(?:[^.;:!?]{0,60}\band\s)?$/;
const PREDICATE_AFTER = /^\s(?:were|was|are|is|came|originated|occurred|took|had|have|remain(?:ed)?)\b/;
const ID_LABEL_BEFORE = /(?:\b(?!(?:Of|And|In|By|For|Only|Just|All|About|Some|Over|Nearly|Around)\s)[A-Z][A-Za-z]*\.?|§|#)\s?$/;

function partitiveCount(text: string, at: number, end: number, value: number): UnitKind | undefined {
  if (value < 2 || !Number.isInteger(value)) return undefined;
  const before = text.slice(Math.max(0, at - 90), at);
  if (ID_LABEL_BEFORE.test(before)) return undefined;
  const after = text.slice(end, end + 16);
  if (PARTITIVE_AFTER.test(after)) return 'count';
  return OF_THESE_BEFORE.test(before) && PREDICATE_AFTER.test(after) ? 'count' : undefined;
}

/** "Trainees from Laos numbered 742", "dust days had numbered just five": a verb that can only state a count, after a plural subject. */
function numberedCount(text: string, at: number): UnitKind | undefined {
  const clause = text.slice(Math.max(0, at - 160), at).split(/[;.:。]\s/).pop()!;
  const m = /\b([A-Za-z]{3,}s)\b[^;.:]{0,60}\b(?:numbered|totall?ed)\s(?:(?:just|only|about|around|some|nearly|almost)\s)?$/.exec(clause);
  // "The 7.2% who went abroad numbered 492: …": "numbered" before a number that ends the statement
  // states a count whatever its subject (a label reads "numbered 3 to 9", "numbered 12-B").
  if (/^\d[\d,]*\s?(?:to|through|-|–)\s?\d/.test(text.slice(at, at + 16)) && /\bnumbered\s$/.test(clause)) return undefined;
  if (!m && /\bnumbered\s$/.test(clause) && /^\d[\d,]*\s?(?:[:;,.)]|$)/.test(text.slice(at, at + 12))) return 'count';
  // "Dust days numbered five": a count of days is a number of days.
  return m ? (/^days$/i.test(m[1]) ? 'day' : 'count') : undefined;
}

const BARE_SUBJECT_VERB = /^\s(?:are|were|have|had|live|lived|work|worked|remain|remained|stay|stayed|own|owned|hold|held|receive|received|use|used|rely|relied|face|faced)\b/;

/** A bare English number whose clause says what it counts: "Weekly flights … averaged 1,160 in 2019". */
const PLURAL_SUBJECT_WERE = /\b[a-z]{3,}s\s(?:(?:for|of|in|on)\s(?:[\w'’-]+\s){1,3})?(?:were|are)\s(?:about\s|around\s|nearly\s|almost\s|some\s|roughly\s)?$/i;
const SEPARATED_COUNT_AFTER = /^\s(?:for|more|of|to|from|were|was|are|is)\b/;

// "7.62 beds per 1,000 residents", "1.14 registered nurses for every doctor": things counted per a denominator.
const PER_DENOMINATOR_AFTER = /^\s(?:[A-Za-z-]+\s){0,3}(?:per|for every)\s(?:\d[\d,]*|thousand|hundred|capita|head|person|resident|inhabitant|[a-z]+)\b/i;

/** A number of things per a denominator, as English writes a rate ("8.91 beds per thousand people"): a count. */
function perCount(text: string, core: Core): UnitKind | undefined {
  if (core.chinese || core.percentForm || isYearLike(core.value, core)) return undefined;
  return PER_DENOMINATOR_AFTER.test(text.slice(core.end, core.end + 60)) && !/^\s?per\s(?:cent|mille)\b/i.test(text.slice(core.end, core.end + 12)) ? 'count' : undefined;
}

function bareCount(text: string, at: number, core: Core): UnitKind | undefined {
  if (core.chinese || core.percentForm || isYearLike(core.value, core)) return undefined;
  const partitive = !core.decimal ? partitiveCount(text, at, core.end, core.value) : undefined;
  if (partitive) return partitive;
  // "The number of births in Japan in 2023 was 727,277": the subject says it is a count.
  if (NUMBER_OF.test(text.slice(Math.max(0, at - 90), at))) return unitFromSubject(text, at) ?? 'count';
  // "8,940 live in semi-basements": a number written in thousands as the subject of a verb in the plural counts.
  if (core.separated && BARE_SUBJECT_VERB.test(text.slice(core.end, core.end + 14))) return unitFromSubject(text, at) ?? 'count';
  // "4.43 million are for rent and 330,000 for sale", "plans 1,286 more": a whole number written in
  // thousands before a preposition or a verb of English prose is a count (no year or code is so written).
  if (core.separated && !core.decimal && SEPARATED_COUNT_AFTER.test(text.slice(core.end, core.end + 6))) return unitFromSubject(text, at) ?? 'count';
  // "Mortgage approvals were 66,400 in December": a number written in thousands after "were" and a plural subject.
  if (core.separated && !core.decimal && PLURAL_SUBJECT_WERE.test(text.slice(Math.max(0, at - 60), at))) return unitFromSubject(text, at) ?? 'count';
  if (!QUANTITY_VERB.test(text.slice(Math.max(0, at - 28), at))) return undefined;
  // "runs to 1,200 pages": what follows says it is a locator or a length, not a statistic.
  const noun = PLURAL_NOUN.exec(text.slice(core.end, core.end + 48));
  if (noun && NOT_COUNTED.test(noun[1])) return undefined;
  const unit = unitFromSubject(text, at);
  if (unit) return unit;
  // "Trainees from Laos numbered 742": a verb that can only state a count, after a plural subject;
  // "nationals … reached 48,000", "the quota at 120,000": a number written in thousands after a
  // quantity verb, with a plural noun before it in the clause.
  const numbered = numberedCount(text, at);
  if (numbered) return numbered;
  const clause = text.slice(Math.max(0, at - 160), at).split(/[;.:。]\s/).pop()!;
  return core.separated && /\b(?:[a-z]{3,}|[A-Z][a-z]{3,})s\b/.test(clause) ? 'count' : undefined;
}

// A rate or ratio named just before a bare decimal: "the total fertility rate fell to 1.20, from
// 1.26", "总和生育率降至1.20", "基尼系数为0.47", "利用系数0.571，比上年提高0.006". The number must have decimals: "rate of 3" is prose.
const RATE_BEFORE_EN = /\b(?:rates?|ratios?|coefficients?|TFR)\b(?:[^.;:]|\.\d){0,120}?(?:\b(?:fell to|rose to|dropped to|declined to|climbed to|recovered to|was|is|were|are|stood at|of|at|reached|from|to|than|with|recorded|and|or)|,)\s$/i;
// "지니계수는 0.323으로 전년 대비 0.001 감소", "합계출산율은 0.72명": a coefficient or ratio in Korean.
const RATE_BEFORE_KO = /(?:계수|배율|비율|출산율)(?:은|는|이|가|도)?\s?(?:약\s?)?$|(?:계수|배율|비율)(?:은|는|이|가)?\s?[\d.]+\s?(?:으로|로)\s(?:전년\s?(?:동기\s?)?대비|전년보다)\s$/;
const RATE_BEFORE_ZH = /(?:千人|万人|十万人)率\s?$|(?:率|系数|(?<![同环相对])比值?(?=\s?(?:为|是|降至|降到|缩小至|缩小到|扩大至|扩大到|升至|达到|达)\s?$))[^。；;]{0,30}?(?:降至|升至|跌至|降到|升到|下降至|上升至|回升至|为|是|达到|达|仅|从|由|至|的|，|和|、|は|が|も|で)\s?$|系数(?:[^。；;%]{0,30}?(?:提高到|提高至|提升到|提升至|降低到|降低至|(?:提高|提升|降低|增加|减少|上升|下降)了?))?\s?$/;

function bareRate(text: string, at: number, core: Core): UnitKind | undefined {
  if (core.chinese || core.percentForm || !core.decimal || core.value >= 100) return undefined;
  // A list of rates goes on after the first ("0.72 in Korea, compared with 1.68 in France",
  // "分别为1.20和0.72，法国和瑞典分别为1.45").
  const before = text.slice(Math.max(0, at - 140), at);
  return RATE_BEFORE_EN.test(before) || RATE_BEFORE_ZH.test(before) || RATE_BEFORE_KO.test(before) ? 'rate' : undefined;
}

/** The unit a clause's subject implies for a bare scaled number, looking back to the clause start. */
function unitFromSubject(text: string, start: number): UnitKind | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  // A full stop ends the clause before a space or a line break ("…[@key].\n\nMen retire at 63.2").
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.search(/[.!?]\s(?!.*[.!?]\s)/s), before.lastIndexOf('，'), before.lastIndexOf('。')) + 1);
  let best: { at: number; unit: UnitKind } | undefined;
  for (const s of /[\u4e00-\u9fff]/.test(clause) ? SUBJECT_UNITS_ZH : SUBJECT_UNITS) {
    for (const m of clause.matchAll(new RegExp(s.re.source, `${s.re.flags}g`))) if (!best || m.index > best.at) best = { at: m.index, unit: s.unit };
  }
  return best?.unit;
}

/**
 * A fraction in words is a writer's rounding ("two-fifths" for 41.3%, 三分之一 for 34.6%): it
 * covers about a fourteenth of its value either side, between one and three points.
 */
function fractionPrecision(percent: number): number {
  return Math.min(3, Math.max(1, percent * 0.075));
}
