/**
 * Every sentence the checker says to a writer, in English and in Chinese, keyed by message id.
 * The core picks a table by the locale its caller passes (the server: the client's
 * `initialize` locale; the command line: --lang); the diagnostic codes are the same in both.
 *
 * Each entry is a function of the message's parameters: word order differs between the two
 * languages, so a parameter may move, and the Chinese is written as a Chinese analyst would say
 * it, not translated word for word. Values quoted from sources and citation keys are never
 * translated.
 */

/** The languages messages are written in. */
export type Locale = 'en' | 'zh';

/** 'zh' for any Chinese tag (zh, zh-cn, zh-CN, zh-tw, zh-Hant-HK, zh_CN.UTF-8), 'en' for anything else or none. */
export function localeFromTag(tag: string | undefined | null): Locale {
  return tag && /^zh(?:[-_.]|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

type Direction = 'up' | 'down';

/** What a setting's value should have been: a kind of value, or one of a list. */
export type SettingExpected = 'folders' | 'files' | 'globs' | 'boolean' | 'number' | { oneOf: string };
const EXPECTED_EN: Record<Exclude<SettingExpected, object>, string> = { folders: 'an array of folder paths', files: 'an array of file paths', globs: 'an array of glob patterns', boolean: 'true or false', number: 'a non-negative number' };
const EXPECTED_ZH: Record<Exclude<SettingExpected, object>, string> = { folders: '文件夹路径的数组', files: '文件路径的数组', globs: 'glob 模式的数组', boolean: 'true 或 false', number: '非负数' };

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A single string where a list is expected ("sources" for corpus.paths): the list it was surely meant to be. */
function listFix(p: { expected: SettingExpected; value: string }): string | undefined {
  return (p.expected === 'folders' || p.expected === 'files' || p.expected === 'globs') && /^".*"$/.test(p.value) ? `[${p.value}]` : undefined;
}

const en = {
  // Figure findings (diagnostics, the CLI, the figure report).
  'figure.supported': (p: { fig: string; key: string; quote: string }) => `${p.fig} is supported by @${p.key}: “${p.quote}”`,
  'figure.uncited': (p: { fig: string; key: string; quote: string }) => `${p.fig} is supported by @${p.key} but not cited: “${p.quote}”`,
  'figure.derived': (p: { fig: string; key: string; a: string; b: string; quote: string }) => `${p.fig} is the ratio of two values @${p.key} gives, ${p.a} and ${p.b}: “${p.quote}”`,
  'figure.keyNotInCorpus': (p: { keys: string; fig: string; other?: string; quote?: string }) =>
    p.other ? `${p.keys} is not in the corpus; @${p.other} gives ${p.fig}: “${p.quote}”` : `${p.keys} is not in the corpus, and no source in it gives ${p.fig}`,
  'figure.noSourceText': (p: { keys: string; fig: string; other?: string; quote?: string }) =>
    `${p.fig} cannot be checked against ${p.keys}: the corpus has its reference but not its text${p.other ? `; @${p.other} gives it: “${p.quote}”` : ''}. Add the source's text to a corpus folder to check it.`,
  'figure.otherYear': (p: { cited: string; fig: string; period: string; key: string; otherPeriod: string; quote: string }) =>
    `${p.cited} does not give ${p.fig} for ${p.period}; @${p.key} gives it for ${p.otherPeriod}: “${p.quote}”. Check the year.`,
  'figure.otherRow': (p: { cited: string; fig: string; key: string; row: string; quote: string }) =>
    `${p.cited} does not give ${p.fig} for what this sentence names; @${p.key} gives it in another row of its table${p.row ? `, ${p.row}` : ''}: “${p.quote}”. Check the row.`,
  'figure.otherCurrency': (p: { cited: string; fig: string; key: string; value: string; quote: string }) =>
    `${p.cited} does not give ${p.fig}; @${p.key} gives the same number in another currency, ${p.value}: “${p.quote}”. Check the currency.`,
  'figure.notInCitedSource': (p: { cited: string; fig: string; other?: string; quote?: string }) =>
    p.other
      ? `${p.cited} does not give ${p.fig} for what this sentence describes; @${p.other} does: “${p.quote}”`
      : // Not "the source does not contain it": the number may be there, about something else.
        `${p.cited} does not give ${p.fig} for the measure, year and countries this sentence names, and no other source does`,
  'figure.contradicted': (p: { key: string; value: string; year?: string; fig: string; quote: string; otherYear?: string; others: string[] }) =>
    `@${p.key} gives ${p.value}${p.year ? ` (${p.year})` : ''}, the draft says ${p.fig}: “${p.quote}”${p.otherYear ? `; it gives ${p.fig} for ${p.otherYear}: check the year` : ''}${p.others.length ? `; other sources give ${p.others.join(', ')}` : ''}`,
  'figure.contradictedDirection': (p: { key: string; value: string; year?: string; direction: Direction; fig: string; draftDirection: Direction; quote: string; others: string[] }) =>
    `@${p.key} has ${p.value} as a ${p.direction === 'up' ? 'rise' : 'fall'}${p.year ? ` (${p.year})` : ''}, the draft has ${p.fig} as a ${p.draftDirection === 'up' ? 'rise' : 'fall'}: “${p.quote}”${p.others.length ? `; other sources give ${p.others.join(', ')}` : ''}`,
  'figure.unsupported': (p: { fig: string; cited: string }) => `No source supports ${p.fig}${p.cited ? ` (cited: ${p.cited})` : ''}`,
  'figure.morePreciseElsewhere': (p: { fig: string; citedKey: string; citedValue: string; other: string; otherValue: string; quote: string }) =>
    `${p.fig}: @${p.citedKey} gives only ${p.citedValue}; @${p.other} gives ${p.otherValue}: “${p.quote}”. Cite @${p.other} for the precise figure.`,
  // Other diagnostics.
  'citation.unknownKey': (p: { key: string; suggestions: string[] }) => `Unknown citation key @${p.key}.${p.suggestions.length ? ` Did you mean ${p.suggestions.map((k) => `@${k}`).join(', ')}?` : ''}`,
  'draft.unclosedFence': () => 'This code block is never closed, so nothing after it is checked (figures, citations, terms). Close it with a line of the same fence.',
  'draft.frontMatter': (p: { line?: number; detail: string }) =>
    `The front matter is not valid YAML${p.line !== undefined ? ` near line ${p.line}` : ''}: ${p.detail}. Fix it (an unclosed quote is enough to break it); until then only simple "key: value" lines are read.`,
  'draft.directive': (p: { rule: string; rules: string }) => `policy-writer: no rule is called "${p.rule}", so this comment silences nothing. Rules are ${p.rules} (or a prefix such as "figure").`,
  'draft.markdown': (p: { problem: string }) => `Policy Writer: ${p.problem}.`,
  'draft.moreFindings': (p: { shown: number; more: number }) =>
    `${p.more} more ${p.more === 1 ? 'finding' : 'findings'} in this draft from here on are not shown: the editor shows the first ${p.shown}. "Show figure report" lists every figure, and \`policy-writer check\` on the command line every finding.`,
  // Quick fixes.
  'fix.changeKey': (p: { key: string }) => `Change to @${p.key}`,
  'fix.addCitation': (p: { key: string }) => `Add citation [@${p.key}]`,
  'fix.citeInstead': (p: { key: string }) => `Cite @${p.key} instead`,
  'fix.useSourceFigure': (p: { figure: string }) => `Use the source's figure: ${p.figure}`,
  'fix.ignoreFigure': () => 'Ignore this figure',
  // Hovers.
  'hover.status.supported': () => 'supported by its cited source',
  'hover.status.uncited': () => 'supported, but not cited',
  'hover.status.not-in-cited-source': () => 'not in the cited source',
  'hover.status.contradicted': () => 'contradicted by a source',
  'hover.status.unsupported': () => 'not found in any source',
  'hover.claimHeader': () => ['value', 'kind', 'year', 'countries', 'share of'],
  'hover.draft': () => 'draft',
  'hover.kind': (p: { kind: string }) => p.kind,
  'hover.alsoIn': (p: { keys: string; more: number }) => `Also in: ${p.keys}${p.more ? ` and ${p.more} more` : ''}`,
  'hover.othersDiffer': (p: { list: string }) => `Other sources differ: ${p.list}`,
  'hover.source': (p: { files: string; more: number }) => `Source: ${p.files}${p.more ? ` and ${p.more} more` : ''}`,
  'hover.moreAliases': (p: { more: number }) => ` · and ${p.more} more`,
  'hover.cite': () => 'cite',
  'hover.original': () => 'original',
  'hover.pageLine': (p: { name: string; page: number; line: number; notes: boolean }) => `${p.name} p. ${p.page}${p.notes ? ' (notes)' : ''}, l. ${p.line}`,
  // The figure report of a corpus source: what a figure was read as.
  'report.shareOf': (p: { whole: string }) => `of ${p.whole}`,
  'report.tableCell': () => 'table cell',
  // Server status.
  'progress.indexing': () => 'Policy Writer: indexing corpus',
  // The CLI's summary lines.
  'cli.corpusSummary': (p: { sources: number; references: number; problems: number }) => `corpus: ${counted(p.sources, 'source')}, ${counted(p.references, 'reference')}, ${counted(p.problems, 'problem')}`,
  'cli.indexing': (p: { done: string; total: string; file?: string; fileSize?: string; seconds: number }) => `Indexing sources: ${p.done} of ${p.total} MB…${p.file ? ` (${p.file}, ${p.fileSize} MB)` : ''} ${p.seconds} s`,
  'cli.indexed': (p: { total: string; seconds: string }) => `Indexed sources: ${p.total} MB in ${p.seconds} s`,
  'cli.draftSummary': (p: { file: string; figures: number; citations: number; findings: number }) => `${p.file}: ${counted(p.figures, 'figure')}, ${counted(p.citations, 'citation')}, ${counted(p.findings, 'finding')}`,
  // Settings (policyWriter.* and policy-writer.json).
  'settings.unknown': (p: { name: string; guess?: string }) => `unknown setting policyWriter.${p.name}${p.guess ? `; did you mean policyWriter.${p.guess}?` : ''}`,
  'settings.wrongValue': (p: { name: string; expected: SettingExpected; value: string }) =>
    `policyWriter.${p.name} should be ${typeof p.expected === 'object' ? `one of ${p.expected.oneOf}` : EXPECTED_EN[p.expected]}, got ${p.value}; using the default${listFix(p) ? ` (write ${listFix(p)})` : ''}`,
  'settings.noStyle': (p: { value: string; styles: string; fallback: string }) => `policyWriter.citationStyle: no style is called ${p.value}; the bundled styles are ${p.styles} (using ${p.fallback})`,
  'settings.missingFolder': (p: { path: string }) => `corpus folder ${p.path} does not exist; its sources are not indexed (check policyWriter.corpus.paths)`,
};

export type Catalogue = typeof en;
export type MessageId = keyof Catalogue;

/*
 * 中文措辞：按政策研究人员审读文稿时的说法来写，而非逐词对译。数字、引用键和来源原文照录不译。
 */
const DIRECTION_ZH: Record<Direction, string> = { up: '增长', down: '下降' };
/** A bare year reads as 2023年 in a Chinese sentence; a period written otherwise (2023Q1, 2023年8月) stays as it is. */
const yearZh = (p: string) => (/^\d{4}$/.test(p) ? `${p}年` : p);
const othersZh = (others: string[]) => (others.length ? `；其他来源给出的是：${others.join('，')}` : '');

const zh: Catalogue = {
  'figure.supported': (p) => `${p.fig}有来源支持，见 @${p.key}：“${p.quote}”`,
  'figure.uncited': (p) => `${p.fig}有来源支持，但未引用。@${p.key} 原文：“${p.quote}”`,
  'figure.derived': (p) => `${p.fig}是 @${p.key} 所给两个数值（${p.a}与${p.b}）之比：“${p.quote}”`,
  'figure.keyNotInCorpus': (p) =>
    p.other ? `语料库中找不到 ${p.keys}；@${p.other} 给出了${p.fig}：“${p.quote}”` : `语料库中找不到 ${p.keys}，库中也没有任何来源给出${p.fig}`,
  'figure.noSourceText': (p) =>
    `${p.fig}无法与 ${p.keys} 核对：语料库中只有该文献的书目信息，没有正文${p.other ? `；@${p.other} 给出了这一数字：“${p.quote}”` : ''}。请将该文献的正文放入语料库文件夹后再核对。`,
  'figure.otherRow': (p) => `${p.cited} 中没有本句所指对象的${p.fig}；@${p.key} 表中的${p.fig}属于另一行${p.row ? `（${p.row}）` : ''}：“${p.quote}”。请核对行。`,
  'figure.otherYear': (p) => `${p.cited} 中没有${yearZh(p.period)}的${p.fig}；@${p.key} 给出的${p.fig}是${yearZh(p.otherPeriod)}的数据：“${p.quote}”。请核对年份。`,
  'figure.otherCurrency': (p) => `${p.cited} 中没有${p.fig}；@${p.key} 给出的是同一数字，但币种不同：${p.value}：“${p.quote}”。请核对币种。`,
  'figure.notInCitedSource': (p) =>
    p.other
      ? `${p.cited} 中找不到与此处对应的${p.fig}，@${p.other} 中有：“${p.quote}”`
      : `${p.cited} 中找不到本句所说指标、年份和国家的${p.fig}，其他来源中也没有`,
  'figure.contradicted': (p) =>
    `@${p.key} 给出的是${p.value}${p.year ? `（${yearZh(p.year)}）` : ''}，文稿写的是${p.fig}：“${p.quote}”${p.otherYear ? `；该来源中的${p.fig}是${yearZh(p.otherYear)}的数据，请核对年份` : ''}${othersZh(p.others)}`,
  'figure.contradictedDirection': (p) =>
    `@${p.key} 记为${DIRECTION_ZH[p.direction]}${p.value}${p.year ? `（${yearZh(p.year)}）` : ''}，文稿却写作${DIRECTION_ZH[p.draftDirection]}${p.fig}：“${p.quote}”${othersZh(p.others)}`,
  'figure.unsupported': (p) => `没有任何来源支持${p.fig}${p.cited ? `（所引文献：${p.cited}）` : ''}`,
  'figure.morePreciseElsewhere': (p) =>
    `${p.fig}：@${p.citedKey} 只给出了约数${p.citedValue}，@${p.other} 给出的是${p.otherValue}：“${p.quote}”。如需精确数字，请改引 @${p.other}。`,
  'citation.unknownKey': (p) => `引用键 @${p.key} 不存在。${p.suggestions.length ? `是否应为 ${p.suggestions.map((k) => `@${k}`).join('、')}？` : ''}`,
  'draft.unclosedFence': () => '此代码块没有闭合，其后的内容（数字、引用、术语）都不会被检查。请另起一行，用同样的围栏符号将其闭合。',
  'draft.frontMatter': (p) =>
    `文稿开头的元数据（front matter）不是有效的 YAML${p.line !== undefined ? `（约第 ${p.line} 行）` : ''}：${p.detail}。请予修正（漏掉一个引号就足以出错）；修正之前只读取简单的“键: 值”行。`,
  'draft.directive': (p) => `policy-writer：没有名为“${p.rule}”的规则，这条注释不会屏蔽任何提示。可用的规则有 ${p.rules}（也可写前缀，如“figure”）。`,
  'draft.markdown': (p) => `Policy Writer：${p.problem}。`,
  'draft.moreFindings': (p) => `本文稿自此处起还有 ${p.more} 条提示未显示：编辑器只显示前 ${p.shown} 条。“显示数字核查报告”列出全部数字，命令行 \`policy-writer check\` 列出全部提示。`,
  'fix.changeKey': (p) => `改为 @${p.key}`,
  'fix.addCitation': (p) => `添加引用 [@${p.key}]`,
  'fix.citeInstead': (p) => `改引 @${p.key}`,
  'fix.useSourceFigure': (p) => `改用来源中的数字：${p.figure}`,
  'fix.ignoreFigure': () => '忽略此数字',
  'hover.status.supported': () => '有所引来源支持',
  'hover.status.uncited': () => '有来源支持，但未引用',
  'hover.status.not-in-cited-source': () => '所引来源中没有',
  'hover.status.contradicted': () => '与来源不符',
  'hover.status.unsupported': () => '任何来源中都没有',
  'hover.claimHeader': () => ['数值', '类型', '年份', '国家/地区', '占比的基数'],
  'hover.draft': () => '文稿',
  'hover.kind': (p) => ({ level: '绝对量', share: '占比', change: '增减' })[p.kind] ?? p.kind,
  'hover.alsoIn': (p) => `另见：${p.keys}${p.more ? `，另有 ${p.more} 个来源` : ''}`,
  'hover.othersDiffer': (p) => `其他来源的数字不同：${p.list}`,
  'hover.source': (p) => `来源文件：${p.files}${p.more ? `，另有 ${p.more} 个` : ''}`,
  'hover.moreAliases': (p) => ` · 另有 ${p.more} 个`,
  'hover.cite': () => '引用',
  'hover.original': () => '原文件',
  'hover.pageLine': (p) => `${p.name} 第 ${p.page} 页${p.notes ? '（注释）' : ''}第 ${p.line} 行`,
  'report.shareOf': (p) => `占${p.whole}的比重`,
  'report.tableCell': () => '表格单元格',
  'progress.indexing': () => 'Policy Writer：正在索引语料库',
  'cli.corpusSummary': (p) => `语料库：${p.sources} 个来源，${p.references} 条参考文献，${p.problems} 个问题`,
  'cli.indexing': (p) => `正在索引来源：${p.done} / ${p.total} MB…${p.file ? `（${p.file}，${p.fileSize} MB）` : ''} ${p.seconds} 秒`,
  'cli.indexed': (p) => `来源已索引：${p.total} MB，用时 ${p.seconds} 秒`,
  'cli.draftSummary': (p) => `${p.file}：${p.figures} 个数字，${p.citations} 处引用，${p.findings} 条检查结果`,
  'settings.unknown': (p) => `没有名为 policyWriter.${p.name} 的设置${p.guess ? `；是否应为 policyWriter.${p.guess}？` : ''}`,
  'settings.wrongValue': (p) => `policyWriter.${p.name} 应为${typeof p.expected === 'object' ? `以下之一：${p.expected.oneOf}` : EXPECTED_ZH[p.expected]}，实际为 ${p.value}；已改用默认值${listFix(p) ? `（应写作 ${listFix(p)}）` : ''}`,
  'settings.noStyle': (p) => `policyWriter.citationStyle：没有名为 ${p.value} 的引用样式；内置样式有 ${p.styles}（现用 ${p.fallback}）`,
  'settings.missingFolder': (p) => `语料库文件夹 ${p.path} 不存在，其中的来源未被索引（请检查 policyWriter.corpus.paths）`,
};

const TABLES: Record<Locale, Catalogue> = { en, zh };

/** The message `id` in `locale`, with its parameters. */
export function message<K extends MessageId>(locale: Locale | undefined, id: K, ...params: Parameters<Catalogue[K]>): ReturnType<Catalogue[K]> {
  const fn = TABLES[locale ?? 'en'][id] as (...a: Parameters<Catalogue[K]>) => ReturnType<Catalogue[K]>;
  return fn(...params);
}

/** Every message id: the tests check both tables give each one. */
export const MESSAGE_IDS = Object.keys(en) as MessageId[];
