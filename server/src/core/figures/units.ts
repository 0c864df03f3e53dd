/**
 * Currencies, one row each: the ISO code (the unit: amounts in two currencies never match), the
 * names written after an amount (Chinese, English, the code) and the signs or codes written
 * before it. Bare names two currencies share ("kroner", "pesos", "dollars" outside the US) are
 * left out, except "dollars" for USD, the reading writers mean.
 */
export const CURRENCIES = [
  { code: 'USD', after: '美元|美金|달러|米ドル|ドル|US dollars?\\b|U\\.S\\. dollars?\\b|dollars?\\b|USD\\b', before: 'US\\$\\s?|美金\\s?|(?<![A-Z])\\$|USD\\s?' },
  { code: 'CNY', after: '元人民币|人民币|人民元|元|위안|yuan\\b|RMB\\b|CNY\\b|renminbi\\b', before: 'RMB\\s?|CNY\\s?|¥|人民币' },
  { code: 'JPY', after: '日元|日圆|円|圆|엔(?![화])|yen\\b|JPY\\b', before: 'JPY\\s?|JP¥' },
  { code: 'KRW', after: '韩元|ウォン|원(?![칙장인회])|won\\b|KRW\\b', before: '₩|KRW\\s?' },
  { code: 'EUR', after: '欧元|ユーロ|유로|euros?\\b|EUR\\b', before: '€|EUR\\s?' },
  { code: 'GBP', after: '英镑|ポンド|파운드|pounds? sterling\\b|GBP\\b', before: '£|GBP\\s?' },
  { code: 'MNT', after: '图格里克|tugriks?\\b|togrogs?\\b|MNT\\b', before: '₮|MNT\\s?' },
  { code: 'RUB', after: '卢布|roubles?\\b|rubles?\\b|RUB\\b', before: '₽|RUB\\s?' },
  { code: 'VND', after: '越南盾|越盾|dong\\b|VND\\b', before: '₫|VND\\s?' },
  { code: 'HKD', after: '港元|港币|香港ドル|홍콩\\s?달러|HK dollars?\\b|Hong Kong dollars?\\b|HKD\\b', before: 'HK\\$\\s?|HKD\\s?|港币\\s?' },
  { code: 'TWD', after: '新台币|台币|新台湾ドル|台湾ドル|대만\\s?달러|NT dollars?\\b|TWD\\b', before: 'NT\\$\\s?|TWD\\s?|新台币\\s?' },
  { code: 'MOP', after: '澳门元|澳门币|澳门币元|パタカ|파타카|patacas?\\b|MOP\\b', before: 'MOP\\$?\\s?|澳门币\\s?' },
  { code: 'NOK', after: '挪威克朗|Norwegian kron(?:e|er)\\b|NOK\\b', before: 'NOK\\s?' },
  { code: 'SEK', after: '瑞典克朗|Swedish kron(?:a|or)\\b|SEK\\b', before: 'SEK\\s?' },
  { code: 'DKK', after: '丹麦克朗|Danish kron(?:e|er)\\b|DKK\\b', before: 'DKK\\s?' },
  { code: 'CHF', after: '瑞士法郎|Swiss francs?\\b|CHF\\b', before: 'CHF\\s?' },
  { code: 'AUD', after: '澳大利亚元|澳元|Australian dollars?\\b|AUD\\b', before: 'A\\$\\s?|AUD\\s?' },
  { code: 'CAD', after: '加拿大元|加元|Canadian dollars?\\b|CAD\\b', before: 'C\\$\\s?|CAD\\s?' },
  { code: 'SGD', after: '新加坡元|新元|Singapore dollars?\\b|SGD\\b', before: 'S\\$\\s?|SGD\\s?' },
  { code: 'INR', after: '印度卢比|卢比|rupees?\\b|INR\\b', before: '₹|INR\\s?|Rs\\.?\\s?' },
  { code: 'THB', after: '泰铢|baht\\b|THB\\b', before: '฿|THB\\s?' },
  { code: 'IDR', after: '印尼盾|印度尼西亚盾|rupiah\\b|IDR\\b', before: 'IDR\\s?|Rp\\.?\\s?' },
  { code: 'MYR', after: '林吉特|ringgit\\b|MYR\\b', before: 'MYR\\s?|RM\\s?' },
  { code: 'PHP', after: '菲律宾比索|Philippine pesos?\\b', before: '₱' },
  { code: 'BRL', after: '巴西雷亚尔|雷亚尔|reais\\b|BRL\\b', before: 'R\\$\\s?|BRL\\s?' },
  { code: 'MXN', after: '墨西哥比索|Mexican pesos?\\b|MXN\\b', before: 'MXN\\s?|MX\\$\\s?' },
  { code: 'ZAR', after: '南非兰特|兰特|rand\\b|ZAR\\b', before: 'ZAR\\s?' },
  { code: 'TRY', after: '土耳其里拉|里拉|Turkish lira\\b', before: '₺' },
  { code: 'KZT', after: '坚戈|tenge\\b|KZT\\b', before: '₸|KZT\\s?' },
] as const;

export type CurrencyCode = (typeof CURRENCIES)[number]['code'];

/** A currency's Chinese name, as written after an amount (3000亿美元, 12亿元): the first name its row lists. */
export function chineseCurrencyName(code: string): string | undefined {
  if (code === 'CNY') return '元';
  return CURRENCIES.find((c) => c.code === code)?.after.split('|')[0];
}

/**
 * What a figure measures. Currencies are kept apart (3000亿美元 never matches 3000亿元), and so
 * are the measure nouns that name different things when counted (firms, projects, ships).
 */
export type UnitKind =
  | 'percent'
  | 'pp'
  | CurrencyCode
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
  | 'age'
  /** an index level in points (a freight or price index: 2846点, 2,846포인트, 2,846 points) */
  | 'points';

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
  // Korean writes percentage points %p (2.0%p 감소) or 퍼센트포인트.
  { re: /^\s?(?:个百分点|百分点|percentage points?\b|pp\b|ppts?\b|%p(?![a-z])|%포인트|%\s?ポイント|퍼센트포인트|ポイント|ﾎﾟｲﾝﾄ)/i, unit: 'pp' },
  { re: /^\s?(?:%|percent\b|per cent\b|퍼센트)/i, unit: 'percent' },
  // Per mille (birth rates: 6.39‰, "6.39 per thousand"): a tenth of a percent.
  { re: /^\s?(?:‰|per mille\b|per thousand\b)/i, unit: 'percent', factor: 0.1 },
  // A basis point is a hundredth of a percentage point.
  { re: /^\s?(?:个基点|基点|basis points?\b|bps\b|bp\b)/i, unit: 'pp', factor: 0.01 },
  ...CURRENCIES.map((c) => ({ re: new RegExp(`^\\s?(?:${c.after})`, 'i'), unit: c.code })),
  // Pence, a hundredth of a pound, as results releases give earnings and dividends per share
  // ("58.7p", "58.7 pence", "58.7便士", "58.7ペンス"); "p" only right after the digits.
  { re: /^(?:\s?(?:便士|ペンス|펜스|pence\b)|p(?![\w%]))/i, unit: 'GBP', factor: 0.01 },
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
  // Energy in joules, as energy outlooks give primary supply: 1 EJ = 277.8 TWh.
  { re: /^\s?(?:艾焦(?:耳)?|엑사줄|EJ\b|exajoules?\b)/i, unit: 'TWh', factor: 1e6 / 3600 },
  { re: /^\s?(?:拍焦(?:耳)?|페타줄|PJ\b|petajoules?\b)/i, unit: 'TWh', factor: 1e3 / 3600 },
  { re: /^\s?(?:千瓦|kW\b|kilowatts?\b)/i, unit: 'GW', factor: 1e-6 },
  { re: /^\s?(?:TW\b|terawatts?\b)/i, unit: 'GW', factor: 1e3 },
  { re: /^\s?(?:摄氏度|°C|℃|degrees? Celsius\b|degrees? C\b)/i, unit: 'degC' },
  // Before 立方米 / "cubic metre": a mass per volume is a concentration, not a volume.
  { re: /^\s?(?:微克\/立方米|微克每立方米|[μµu]g\/m[3³]|micrograms? per cubic met(?:re|er)\b)/i, unit: 'ugm3' },
  { re: /^\s?(?:毫克\/立方米|毫克每立方米|mg\/m[3³]|milligrams? per cubic met(?:re|er)\b)/i, unit: 'ugm3', factor: 1e3 },
  { re: /^\s?(?:bcm\b)/i, unit: 'm3', factor: 1e9 },
  { re: /^\s?(?:立方米|立方公尺|方(?=[天气])|cubic met(?:re|er)s?\b|m3\b|m³|㎥|立方メートル|세제곱미터)/i, unit: 'm3' },
  { re: /^\s?(?:桶|barrels?\b|bbl\b)/i, unit: 'barrel' },
  // Litres are thousandths of a cubic metre (per-capita water use: 353 litres, 361リットル, 180升);
  // 升 after a number is never 上升 or 提升, but 升级/升值/升至 are verbs.
  { re: /^\s?(?:公升|升(?![级值至到高温幅])|리터|リットル|litres?\b|liters?\b)/i, unit: 'm3', factor: 1e-3 },
  // An index level in points: a freight or price index (2846点, 2,846포인트). Before a time (8点30分)
  // or in 点钟 it is an hour. Korean %포인트 and Japanese ポイント are percentage points (above).
  { re: /^\s?(?:点(?![钟半分整多左\d])|포인트|index points?\b)/i, unit: 'points' },
  { re: /^\s?(?:名|人|位|명(?![단칭예])|passengers?\b|users?\b|subscribers?\b|customers?\b|adults\b|people\b|persons?\b|residents?\b|visitors?\b|tourists?\b|workers?\b|students?\b|inhabitants\b|migrants?\b|staff\b|employees\b|personnel\b)/i, unit: 'people' },
  { re: /^\s?(?:倍|배(?![추])|times\b|-?fold\b)/i, unit: 'multiple' },
  // Area before length: 平方公里 is not 公里.
  { re: /^\s?(?:平方公里|平方千米|㎢|km2\b|km²|sq\.? ?km\b|square kilomet(?:re|er)s?\b)/i, unit: 'km2' },
  { re: /^\s?(?:公顷|hectares?\b|ha\b)/i, unit: 'km2', factor: 0.01 },
  { re: /^\s?(?:平方米|平方公尺|平方メートル|㎡|square met(?:re|er)s?\b|sq\.? ?m\b|m2\b|m²)/i, unit: 'km2', factor: 1e-6 },
  { re: /^\s?(?:ヘクタール)/, unit: 'km2', factor: 0.01 },
  // Bare キロ in Japanese prose is mostly a distance (路線2100キロ); masses say キログラム.
  { re: /^\s?(?:キロメートル|キロ(?!グラム|ワット|リットル|カロリー|バイト))/, unit: 'km' },
  { re: /^\s?(?:万亩)/, unit: 'km2', factor: 1e4 / 1500 },
  { re: /^\s?(?:亩)/, unit: 'km2', factor: 1 / 1500 },
  { re: /^\s?(?:公里|千米|km\b|㎞|kilometres?\b|kilometers?\b)/i, unit: 'km' },
  // Rainfall and small lengths (864.7毫米, "864.7 mm", 1,023.5ミリ, 0.37メートル): lengths, in km.
  { re: /^\s?(?:毫米|mm\b|millimet(?:re|er)s?\b|ミリメートル|ミリ(?!グラム|リットル|秒|シーベルト|バール)|밀리미터|㎜)/i, unit: 'km', factor: 1e-6 },
  { re: /^\s?(?:厘米|公分|cm\b|centimet(?:re|er)s?\b|センチメートル|センチ|센티미터|㎝)/i, unit: 'km', factor: 1e-5 },
  // Before tonnes: gigatonnes and megatonnes ("1.2 gigatonnes", "450 MtCO2e") are tonnes scaled.
  // Bare "GT" and "MT" are left alone: gross tonnage and metric tons in trade tables.
  { re: /^\s?(?:gigatonnes?\b|gt ?co2e?\b)/i, unit: 'ton', factor: 1e9 },
  { re: /^\s?(?:megatonnes?\b|mt ?co2e?\b)/i, unit: 'ton', factor: 1e6 },
  { re: /^\s?(?:公吨|吨|톤|トン|tonnes?\b|tons?\b|metric tons?\b)/i, unit: 'ton' },
  // "3.57 million t" in a table or a list: t alone is tonnes only where nothing follows it.
  { re: /^\s?t(?=\s*(?:[|,;)）]|\.(?!\w)|$))/i, unit: 'ton' },
  { re: /^\s?(?:公斤|千克|킬로그램|キログラム|kilograms?\b|kg\b|㎏)/i, unit: 'ton', factor: 1e-3 },
  // Intakes and doses (3,136 mg of sodium): masses, in the same kind as tonnes.
  { re: /^\s?(?:毫克|밀리그램|milligrams?\b|mg\b(?!\/))/i, unit: 'ton', factor: 1e-9 },
  { re: /^\s?(?:克(?![朗拉罗里])|그램|grams?\b)/i, unit: 'ton', factor: 1e-6 },
  // An age, read only where it is a statistic (see figureParser: an average, or with decimals).
  { re: /^\s?(?:周岁|週歲|岁|歳|세(?![대금계기율수입출액])|years? old\b)/i, unit: 'age' },
  { re: /^\s?(?:天|days?\b|nights?\b)/i, unit: 'day' },
  // Durations in other units are days too, so 48 hours meets 两天 and 6 weeks meets 42天.
  // 时间: Japanese 時間 read folded (Chinese writes no number before 时间).
  { re: /^\s?(?:小时|시간|时间|hours?\b)/i, unit: 'day', factor: 1 / 24 },
  // Korean days (1.9일, 3일간); "3월 1일" is a date (see figureParser).
  { re: /^\s?일(?:간)?(?![본반부정제차시자류단])/, unit: 'day' },
  // Japanese days: "118日間", and "年間118日" (see figureParser: a bare 日 is a date, except after 年間).
  { re: /^\s?日間/, unit: 'day' },
  { re: /^\s?개월/, unit: 'day', factor: 30.44 },
  { re: /^\s?(?:分钟|minutes?\b)/i, unit: 'day', factor: 1 / 1440 },
  // Korean minutes (24.6분); not a share (3분의 1), a quarter (1분기) or a field (분야).
  { re: /^\s?분(?![의기야석류양담포배할쟁리])/, unit: 'day', factor: 1 / 1440 },
  { re: /^\s?(?:个星期|星期|周(?![年边末期岁])|weeks?\b)/i, unit: 'day', factor: 7 },
  { re: /^\s?(?:个月|months?\b)/i, unit: 'day', factor: 30.44 },
  // A duration in years ("12 years", 九年, 6年来); not 年代/年度/年级 (decade, annual, grade), a
  // date (2022年 is a year, read apart) or "years old" (an age).
  { re: /^\s?(?:年(?![代度级初末底前内中间份均])|years?\b(?! old\b)|년(?![도대생차말초간]))/i, unit: 'day', factor: 365.25 },
  { re: /^\s?(?:米(?![饭粮])|公尺|metres?\b|meters?\b|メートル|미터(?!법))/i, unit: 'km', factor: 0.001 },
  { re: /^\s?(?:个|项|座|所|条|份|种|批|架|辆|台|次|场|处|国|头|户|套|列|栋|幢|张|件|宗|笔|篇|只|册|部(?![门分长署委队件位落])|起(?![步点飞草源始见码来止诉因])|countries\b|head(?= of\b))/i, unit: 'count' },
  // Japanese counters (after folding to simplified characters: 世帯 -> 世带, 団地 -> 团地): households,
  // estates, facilities (612施設), installations, buildings, places, firms.
  { re: /^\s?(?:世带|团地|施设|施設|校(?![长友区园舍内外正对])|基(?![金地础本准层数])|栋|轩|か所|カ所|箇所|个所|店舗|店铺|自治体|团体|市町村|か国|カ国|ヵ国|航路|路線|路线|回(?![国收升落复应归答顾报合族])|本(?![科土地国市年月日部身币期次届金来当])|冊)/, unit: 'count' },
  { re: /^\s?(?:社(?![会区长员])|业者|事业所)/, unit: 'firm' },
  // Korean counters: households, places, items, cases, countries, vessels, vehicles, rooms.
  { re: /^\s?(?:가구|세대|호(?![주텔수선실기])|개소|개국|개(?![월발선정편])|곳|건(?![강설물의])|척|대(?![비상학로책한회])|회(?![의사원장계])|기관|기(?![간업준본금관록여술존초능대지획념독준타후])|실(?![적시업제험태질내외장효패])|객실)/, unit: 'count' },
  // Nights of a stay (6.9박, 7泊): a length, like days.
  { re: /^\s?(?:박(?![람사물스])|泊(?!まり)|夜(?![间里晚景市校班宵]))/, unit: 'day' },
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

/** Signs and codes written before an amount ("US$", "¥", "NOK 89 billion"). */
export const CURRENCY_BEFORE: { re: RegExp; unit: UnitKind }[] = CURRENCIES.map((c) => ({ re: new RegExp(`(?:${c.before})$`), unit: c.code }));

/** The ISO codes, which may be glued to the number they precede ("USD3.4bn", "KRW1.5tn"). */
export const CURRENCY_CODE_BEFORE = new RegExp(`\\b(?:${CURRENCIES.map((c) => c.code).join('|')}|RMB)$`);

/** Multipliers written after a number. */
export const SCALE_AFTER: { re: RegExp; factor: number }[] = [
  { re: /^\s?万亿/, factor: 1e12 },
  { re: /^\s?千亿/, factor: 1e11 },
  { re: /^\s?百亿/, factor: 1e10 },
  { re: /^\s?亿/, factor: 1e8 },
  { re: /^\s?千万/, factor: 1e7 },
  // "9090千户" (a table in thousands of dwellings), "3千人"; not 千瓦, 千克, 千米 (kW, kg, km).
  { re: /^\s?千(?![万亿瓦克米伏焦卡])(?=[ぁ-ヿ一-鿿])/, factor: 1e3 },
  { re: /^\s?百万/, factor: 1e6 },
  { re: /^\s?万/, factor: 1e4 },
  { re: /^\s?(?:trillion|tn)\b/i, factor: 1e12 },
  { re: /^\s?(?:billion|bn)\b/i, factor: 1e9 },
  { re: /^\s?(?:million|mn|m)\b/i, factor: 1e6 },
  { re: /^\s?(?:thousand|k)\b/i, factor: 1e3 },
  // Korean scales: 조 (10^12), 억 (10^8), 만 (10^4), and 천만/백만/천 before them.
  // Japanese 兆 (10^12) before 亿/億 or a currency; not 兆瓦 (megawatt) and the like.
  { re: /^\s?兆(?![瓦赫帕字焦])/, factor: 1e12 },
  { re: /^\s?조(?![사정건치직합성])/, factor: 1e12 },
  { re: /^\s?억/, factor: 1e8 },
  { re: /^\s?천만/, factor: 1e7 },
  { re: /^\s?백만/, factor: 1e6 },
  { re: /^\s?만(?![큼약일에의])/, factor: 1e4 },
  { re: /^\s?천/, factor: 1e3 },
  // Indian English: a crore is ten million, a lakh a hundred thousand.
  { re: /^\s?crores?\b/i, factor: 1e7 },
  { re: /^\s?lakhs?\b/i, factor: 1e5 },
];

export const QUALIFIER_BEFORE: { re: RegExp; q: Qualifier }[] = [
  { re: /(?:(?<![签合条公节制预契])约|大约|大概|(?<![最附接将])近|接近|将近|约为|约占|左右为)\s?$/, q: 'approx' },
  { re: /(?:about|around|approximately|roughly|nearly|almost|some|close to|an estimated|estimated at)\s$/i, q: 'approx' },
  { re: /(?:超过|逾|超|突破|以上|至少|不少于|不低于|more than|over|above|at least|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topped|passed|crossed|upwards of|in excess of)\s?$/i, q: 'lower' },
  // A cap is not a bound: "up to ¥850,000", "capped at KRW 6.8 million", 最高为85万日元 and
  // 上限为680万韩元 all state the cap's value, so they stay exact and meet each other.
  { re: /(?:不到|不足|少于|低于|跌破|不超过|less than|under|below|at most|fewer than|no more than)\s?$/i, q: 'upper' },
];

export const QUALIFIER_AFTER: { re: RegExp; q: Qualifier }[] = [
  { re: /^\s?(?:左右|上下|前后|程度|弱|强)/, q: 'approx' },
  { re: /^\s?(?:以上|多|余|有余|超(?![过出越])|\+|or more\b)/, q: 'lower' },
  { re: /^\s?(?:以下|以内|未满|or less\b|or fewer\b)/, q: 'upper' },
];
