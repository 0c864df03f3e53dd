/** What a figure measures. Currencies are kept apart: 3000亿美元 never matches 3000亿元. */
export type UnitKind = 'percent' | 'pp' | 'USD' | 'CNY' | 'JPY' | 'KRW' | 'EUR' | 'people' | 'visits' | 'count' | 'multiple' | 'km' | 'ton';

interface UnitWord {
  re: RegExp;
  unit: UnitKind;
}

// Longest forms first: 个百分点 before 个, 人次 before 人, 亿美元 is scale + unit.
export const UNIT_AFTER: UnitWord[] = [
  { re: /^\s?(?:个百分点|percentage points?|pp\b)/i, unit: 'pp' },
  { re: /^\s?(?:%|percent\b|per cent\b)/i, unit: 'percent' },
  { re: /^\s?(?:美元|美金|US dollars?\b|dollars?\b|USD\b)/i, unit: 'USD' },
  { re: /^\s?(?:元人民币|人民币|元|yuan\b|RMB\b|CNY\b)/i, unit: 'CNY' },
  { re: /^\s?(?:日元|yen\b|JPY\b)/i, unit: 'JPY' },
  { re: /^\s?(?:韩元|won\b|KRW\b)/i, unit: 'KRW' },
  { re: /^\s?(?:欧元|euros?\b|EUR\b)/i, unit: 'EUR' },
  { re: /^\s?(?:人次|visits?\b|trips?\b)/i, unit: 'visits' },
  { re: /^\s?(?:名|人|people\b|persons?\b|residents?\b)/i, unit: 'people' },
  { re: /^\s?(?:倍|times\b|-?fold\b)/i, unit: 'multiple' },
  { re: /^\s?(?:公里|千米|km\b|kilometres?\b|kilometers?\b)/i, unit: 'km' },
  { re: /^\s?(?:吨|tonnes?\b|tons?\b)/i, unit: 'ton' },
  { re: /^\s?(?:个|项|家|座|艘|所|条|份|种|批|国|countries\b|projects?\b|companies\b|firms\b|agreements?\b|mechanisms?\b|members?\b)/i, unit: 'count' },
];

export const CURRENCY_BEFORE: { re: RegExp; unit: UnitKind }[] = [
  { re: /(?:US\$|\$|USD\s?)$/, unit: 'USD' },
  { re: /(?:RMB\s?|CNY\s?|¥|人民币)$/, unit: 'CNY' },
  { re: /(?:€|EUR\s?)$/, unit: 'EUR' },
  { re: /(?:₩|KRW\s?)$/, unit: 'KRW' },
];

/** Multipliers written after a number. */
export const SCALE_AFTER: { re: RegExp; factor: number }[] = [
  { re: /^\s?万亿/, factor: 1e12 },
  { re: /^\s?千亿/, factor: 1e11 },
  { re: /^\s?百亿/, factor: 1e10 },
  { re: /^\s?亿/, factor: 1e8 },
  { re: /^\s?千万/, factor: 1e7 },
  { re: /^\s?百万/, factor: 1e6 },
  { re: /^\s?万/, factor: 1e4 },
  { re: /^\s?(?:trillion|tn)\b/i, factor: 1e12 },
  { re: /^\s?(?:billion|bn)\b/i, factor: 1e9 },
  { re: /^\s?(?:million|mn|m)\b/i, factor: 1e6 },
  { re: /^\s?thousand\b/i, factor: 1e3 },
];

export type Qualifier = 'exact' | 'approx' | 'lower' | 'upper';

export const QUALIFIER_BEFORE: { re: RegExp; q: Qualifier }[] = [
  { re: /(?:约|大约|大概|近|接近|将近|约为|约占|左右为)\s?$/, q: 'approx' },
  { re: /(?:about|around|approximately|roughly|nearly|almost|some|close to)\s$/i, q: 'approx' },
  { re: /(?:超过|逾|多达|高达|超|达到|以上|至少|不少于|more than|over|above|at least|exceeding|upwards of)\s?$/i, q: 'lower' },
  { re: /(?:不到|不足|少于|低于|less than|under|below|up to|at most|fewer than)\s?$/i, q: 'upper' },
];

export const QUALIFIER_AFTER: { re: RegExp; q: Qualifier }[] = [
  { re: /^\s?(?:左右|上下|前后)/, q: 'approx' },
  { re: /^\s?(?:以上|多|余|有余|\+)/, q: 'lower' },
  { re: /^\s?(?:以下|以内)/, q: 'upper' },
];
