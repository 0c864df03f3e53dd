/**
 * What a figure measures. Currencies are kept apart (3000亿美元 never matches 3000亿元), and so
 * are the measure nouns that name different things when counted (firms, projects, ships).
 */
export type UnitKind =
  | 'percent'
  | 'pp'
  | 'USD'
  | 'CNY'
  | 'JPY'
  | 'KRW'
  | 'EUR'
  | 'GBP'
  | 'MNT'
  | 'RUB'
  | 'VND'
  | 'HKD'
  | 'TWD'
  | 'people'
  | 'visits'
  | 'count'
  | 'multiple'
  | 'km'
  | 'ton'
  | 'TEU'
  | 'day'
  | 'flight'
  | 'ship'
  | 'firm'
  | 'project'
  | 'GW'
  | 'TWh'
  | 'm3'
  | 'barrel'
  /** area in square kilometres (平方公里, hectares, 亩) */
  | 'km2'
  /** a rate or ratio written as a bare decimal: a fertility rate of 1.20, a Gini coefficient of 0.47 */
  | 'rate'
  /** a concentration in the air or water, in micrograms per cubic metre (PM10, PM2.5) */
  | 'ugm3'
  /** a temperature or a warming, in degrees Celsius */
  | 'degC'
  /** an age in years (an average age: 68.7岁, "average age of 68.7") */
  | 'age';

/** What a number says about its quantity: how much there is, what part of a whole, or by how much it changed. */
export type FigureKind = 'level' | 'share' | 'change';

/** How the writer bounds the value: exactly, about, at least, at most, or between two values. */
export type Qualifier = 'exact' | 'approx' | 'lower' | 'upper' | 'range';

interface UnitWord {
  re: RegExp;
  unit: UnitKind;
  /** the unit's size in the kind's base unit: 1 MW = 0.001 GW, 1 bcm = 1e9 m3 */
  factor?: number;
}

// Longest forms first: 个百分点 before 个, 人次 before 人, 标准箱 before 箱; 亿美元 is scale + unit.
// A classifier followed by the noun it counts (个项目, 家企业) is read with the noun (see COUNTED_NOUN).
export const UNIT_AFTER: UnitWord[] = [
  { re: /^\s?(?:个百分点|百分点|percentage points?\b|pp\b|ppts?\b)/i, unit: 'pp' },
  { re: /^\s?(?:%|percent\b|per cent\b)/i, unit: 'percent' },
  // Per mille (birth rates: 6.39‰, "6.39 per thousand"): a tenth of a percent.
  { re: /^\s?(?:‰|per mille\b|per thousand\b)/i, unit: 'percent', factor: 0.1 },
  // A basis point is a hundredth of a percentage point.
  { re: /^\s?(?:个基点|基点|basis points?\b|bps\b|bp\b)/i, unit: 'pp', factor: 0.01 },
  { re: /^\s?(?:美元|美金|US dollars?\b|U\.S\. dollars?\b|dollars?\b|USD\b)/i, unit: 'USD' },
  { re: /^\s?(?:元人民币|人民币|元|yuan\b|RMB\b|CNY\b|renminbi\b)/i, unit: 'CNY' },
  { re: /^\s?(?:日元|yen\b|JPY\b)/i, unit: 'JPY' },
  { re: /^\s?(?:韩元|won\b|KRW\b)/i, unit: 'KRW' },
  { re: /^\s?(?:欧元|euros?\b|EUR\b)/i, unit: 'EUR' },
  { re: /^\s?(?:英镑|pounds? sterling\b|GBP\b)/i, unit: 'GBP' },
  // Other currencies of the region, by their Chinese and English names and ISO codes.
  { re: /^\s?(?:图格里克|tugriks?\b|togrogs?\b|MNT\b)/i, unit: 'MNT' },
  { re: /^\s?(?:卢布|roubles?\b|rubles?\b|RUB\b)/i, unit: 'RUB' },
  { re: /^\s?(?:越南盾|越盾|dong\b|VND\b)/i, unit: 'VND' },
  { re: /^\s?(?:港元|港币|HK dollars?\b|Hong Kong dollars?\b|HKD\b)/i, unit: 'HKD' },
  { re: /^\s?(?:新台币|台币|NT dollars?\b|TWD\b)/i, unit: 'TWD' },
  { re: /^\s?(?:人次|visits?\b|trips?\b|arrivals?\b|person-times\b)/i, unit: 'visits' },
  { re: /^\s?(?:标准箱|标箱|TEUs?\b|twenty-foot equivalent units?\b)/i, unit: 'TEU' },
  { re: /^\s?(?:航班|班次|班|flights?\b|sailings?\b)/i, unit: 'flight' },
  { re: /^\s?(?:艘|ships?\b|vessels?\b)/i, unit: 'ship' },
  { re: /^\s?(?:家|firms?\b|companies\b|company\b|enterprises?\b|businesses\b)/i, unit: 'firm' },
  { re: /^\s?(?:个项目|项项目|项目|projects?\b)/i, unit: 'project' },
  { re: /^\s?(?:吉瓦|GW\b|gigawatts?\b)/i, unit: 'GW' },
  { re: /^\s?(?:兆瓦|MW\b|megawatts?\b)/i, unit: 'GW', factor: 1e-3 },
  { re: /^\s?(?:太瓦时|TWh\b|terawatt[- ]hours?\b)/i, unit: 'TWh' },
  { re: /^\s?(?:GWh\b|gigawatt[- ]hours?\b)/i, unit: 'TWh', factor: 1e-3 },
  { re: /^\s?(?:千瓦时|度电|kWh\b|kilowatt[- ]hours?\b)/i, unit: 'TWh', factor: 1e-9 },
  { re: /^\s?(?:千瓦|kW\b|kilowatts?\b)/i, unit: 'GW', factor: 1e-6 },
  { re: /^\s?(?:TW\b|terawatts?\b)/i, unit: 'GW', factor: 1e3 },
  { re: /^\s?(?:摄氏度|°C|℃|degrees? Celsius\b|degrees? C\b)/i, unit: 'degC' },
  // Before 立方米 / "cubic metre": a mass per volume is a concentration, not a volume.
  { re: /^\s?(?:微克\/立方米|微克每立方米|[μµu]g\/m[3³]|micrograms? per cubic met(?:re|er)\b)/i, unit: 'ugm3' },
  { re: /^\s?(?:毫克\/立方米|毫克每立方米|mg\/m[3³]|milligrams? per cubic met(?:re|er)\b)/i, unit: 'ugm3', factor: 1e3 },
  { re: /^\s?(?:bcm\b)/i, unit: 'm3', factor: 1e9 },
  { re: /^\s?(?:立方米|方(?=[天气])|cubic met(?:re|er)s?\b|m3\b|m³)/i, unit: 'm3' },
  { re: /^\s?(?:桶|barrels?\b|bbl\b)/i, unit: 'barrel' },
  { re: /^\s?(?:名|人|位|passengers?\b|users?\b|subscribers?\b|customers?\b|adults\b|people\b|persons?\b|residents?\b|visitors?\b|tourists?\b|workers?\b|students?\b|inhabitants\b|migrants?\b|staff\b|employees\b|personnel\b)/i, unit: 'people' },
  { re: /^\s?(?:倍|times\b|-?fold\b)/i, unit: 'multiple' },
  // Area before length: 平方公里 is not 公里.
  { re: /^\s?(?:平方公里|平方千米|km2\b|km²|sq\.? ?km\b|square kilomet(?:re|er)s?\b)/i, unit: 'km2' },
  { re: /^\s?(?:公顷|hectares?\b|ha\b)/i, unit: 'km2', factor: 0.01 },
  { re: /^\s?(?:平方米|square met(?:re|er)s?\b|sq\.? ?m\b|m2\b|m²)/i, unit: 'km2', factor: 1e-6 },
  { re: /^\s?(?:万亩)/, unit: 'km2', factor: 1e4 / 1500 },
  { re: /^\s?(?:亩)/, unit: 'km2', factor: 1 / 1500 },
  { re: /^\s?(?:公里|千米|km\b|kilometres?\b|kilometers?\b)/i, unit: 'km' },
  // Before tonnes: gigatonnes and megatonnes ("1.2 gigatonnes", "450 MtCO2e") are tonnes scaled.
  // Bare "GT" and "MT" are left alone: gross tonnage and metric tons in trade tables.
  { re: /^\s?(?:gigatonnes?\b|gt ?co2e?\b)/i, unit: 'ton', factor: 1e9 },
  { re: /^\s?(?:megatonnes?\b|mt ?co2e?\b)/i, unit: 'ton', factor: 1e6 },
  { re: /^\s?(?:吨|tonnes?\b|tons?\b|metric tons?\b)/i, unit: 'ton' },
  { re: /^\s?(?:公斤|千克|kilograms?\b|kg\b)/i, unit: 'ton', factor: 1e-3 },
  // An age, read only where it is a statistic (see figureParser: an average, or with decimals).
  { re: /^\s?(?:岁|years? old\b)/i, unit: 'age' },
  { re: /^\s?(?:天|days?\b|nights?\b)/i, unit: 'day' },
  // Durations in other units are days too, so 48 hours meets 两天 and 6 weeks meets 42天.
  { re: /^\s?(?:小时|hours?\b)/i, unit: 'day', factor: 1 / 24 },
  { re: /^\s?(?:分钟|minutes?\b)/i, unit: 'day', factor: 1 / 1440 },
  { re: /^\s?(?:个星期|星期|周(?![年边末期])|weeks?\b)/i, unit: 'day', factor: 7 },
  { re: /^\s?(?:个月|months?\b)/i, unit: 'day', factor: 30.44 },
  // A duration in years ("12 years", 九年, 6年来); not 年代/年度/年级 (decade, annual, grade), a
  // date (2022年 is a year, read apart) or "years old" (an age).
  { re: /^\s?(?:年(?![代度级初末底前内中间份均])|years?\b(?! old\b))/i, unit: 'day', factor: 365.25 },
  { re: /^\s?(?:米(?![饭粮])|metres?\b|meters?\b)/i, unit: 'km', factor: 0.001 },
  { re: /^\s?(?:个|项|座|所|条|份|种|批|架|辆|台|次|场|处|国|头|countries\b|head(?= of\b))/i, unit: 'count' },
  // 对 counts pairs (友好城市215对, 开行261对列车), but is also "towards" (5%对经济): pairs only at a clause end or before what is paired.
  { re: /^\s?对(?=$|[，。；、)）\s[和与及]|列车|班列|友好|夫妇|姐妹|城市)/, unit: 'count' },
];

/** After a classifier (个, 项, 家 ...), the noun it counts decides the unit: 120个合作项目 counts projects. */
export const COUNTED_NOUN: { re: RegExp; unit: UnitKind }[] = [
  { re: /^[\u4e00-\u9fff]{0,4}?项目/, unit: 'project' },
  { re: /^[\u4e00-\u9fff]{0,4}?(?:企业|公司)/, unit: 'firm' },
  { re: /^[\u4e00-\u9fff]{0,3}?(?:船|船舶)/, unit: 'ship' },
  { re: /^[\u4e00-\u9fff]{0,3}?航班/, unit: 'flight' },
];

export const CURRENCY_BEFORE: { re: RegExp; unit: UnitKind }[] = [
  { re: /(?:US\$\s?|(?<![A-Z])\$|USD\s?)$/, unit: 'USD' },
  { re: /(?:RMB\s?|CNY\s?|¥|人民币)$/, unit: 'CNY' },
  { re: /(?:€|EUR\s?)$/, unit: 'EUR' },
  { re: /(?:£|GBP\s?)$/, unit: 'GBP' },
  { re: /(?:₮|MNT\s?)$/, unit: 'MNT' },
  { re: /(?:₽|RUB\s?)$/, unit: 'RUB' },
  { re: /(?:₫|VND\s?)$/, unit: 'VND' },
  { re: /(?:HK\$\s?|HKD\s?)$/, unit: 'HKD' },
  { re: /(?:NT\$\s?|TWD\s?)$/, unit: 'TWD' },
  { re: /(?:₩|KRW\s?)$/, unit: 'KRW' },
  { re: /(?:JPY\s?|JP¥)$/, unit: 'JPY' },
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
  { re: /^\s?(?:thousand|k)\b/i, factor: 1e3 },
];

export const QUALIFIER_BEFORE: { re: RegExp; q: Qualifier }[] = [
  { re: /(?:(?<![签合条公节制预契])约|大约|大概|(?<![最附接将])近|接近|将近|约为|约占|左右为)\s?$/, q: 'approx' },
  { re: /(?:about|around|approximately|roughly|nearly|almost|some|close to|an estimated|estimated at)\s$/i, q: 'approx' },
  { re: /(?:超过|逾|超|突破|以上|至少|不少于|不低于|more than|over|above|at least|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topped|upwards of|in excess of)\s?$/i, q: 'lower' },
  // A cap is not a bound: "up to ¥850,000", "capped at KRW 6.8 million", 最高为85万日元 and
  // 上限为680万韩元 all state the cap's value, so they stay exact and meet each other.
  { re: /(?:不到|不足|少于|低于|跌破|不超过|less than|under|below|at most|fewer than|no more than)\s?$/i, q: 'upper' },
];

export const QUALIFIER_AFTER: { re: RegExp; q: Qualifier }[] = [
  { re: /^\s?(?:左右|上下|前后)/, q: 'approx' },
  { re: /^\s?(?:以上|多|余|有余|\+|or more\b)/, q: 'lower' },
  { re: /^\s?(?:以下|以内|or less\b|or fewer\b)/, q: 'upper' },
];
