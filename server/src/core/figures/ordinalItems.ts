import type { SourceFigure } from './figureIndex.js';

/**
 * Items told apart only by an ordinal: 第二产业 and 第三产业, 第三季度 and 第二季度, "the second quarter"
 * and "the third quarter", 2분기 and 3분기, 第3四半期. A draft clause that names one and a source clause
 * that names another of the same kind (and not the draft's) state different quantities, however
 * many words they share (measured: "第二产业增加值增长6.1%" was backed by 第三产业's 6.1%).
 */
const ORDINAL_ITEM = /第([一二三四五六七八九十\d]{1,2})(?:次)?(产业|產業|季度|季|四半期|阶段|階段)|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s(quarter|half)\b|([1-4])\s?(분기|사분기)|(上|下)(半年)/gi;

const ORDINAL_WORDS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10', first: '1', second: '2', third: '3', fourth: '4', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4', 上: '1', 下: '2' };
// The kinds of item: a quarter written in any language is one kind, an industry another.
const KIND_OF: Record<string, string> = { 产业: 'industry', 產業: 'industry', 季度: 'quarter', 季: 'quarter', 四半期: 'quarter', quarter: 'quarter', 분기: 'quarter', 사분기: 'quarter', half: 'half', 半年: 'half', 阶段: 'stage', 階段: 'stage' };

/** The ordinal items a text names, as "kind:number". */
export function ordinalItems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ORDINAL_ITEM)) {
    const number = m[1] ?? m[3] ?? m[5] ?? m[7];
    const noun = m[2] ?? m[4] ?? m[6] ?? m[8];
    const kind = KIND_OF[noun.toLowerCase()] ?? KIND_OF[noun];
    if (kind) out.add(`${kind}:${ORDINAL_WORDS[number.toLowerCase()] ?? number}`);
  }
  return out;
}

/** The draft names an ordinal item and the source clause names another of that kind, not the draft's. */
export function ordinalsDiffer(draft: ReadonlySet<string>, c: SourceFigure): boolean {
  if (draft.size === 0) return false;
  const own = sourceItems(c);
  if (own.size === 0) return false;
  for (const d of draft) {
    const kind = d.slice(0, d.indexOf(':'));
    const sameKind = [...own].filter((o) => o.startsWith(`${kind}:`));
    if (sameKind.length > 0 && !sameKind.includes(d)) return true;
  }
  return false;
}

const SOURCE_ITEMS = new WeakMap<SourceFigure, Set<string>>();
function sourceItems(c: SourceFigure): Set<string> {
  let items = SOURCE_ITEMS.get(c);
  if (!items) SOURCE_ITEMS.set(c, (items = ordinalItems(c.table ? (c.tableContext ?? '') : c.doc.normalized.text.slice(c.clauseStart, c.figure.end))));
  return items;
}
