import { chineseConceptHits, conceptOf, type ConceptHit } from './concepts.js';
import type { Figure } from './figureParser.js';

/**
 * "美洲和欧洲航线旅客分别为438万人次和342万人次", "on American and European routes … 4.38 million and
 * 3.42 million respectively": 分别/respectively hands a list of things (not only countries) to a
 * list of figures. Each figure gets the concept of its own item and those of the others, so a
 * source figure about another item of the list (the table row "Europe") is not the same claim.
 */
export interface RespectiveItem {
  own: string[];
  others: string[];
}

const ITEM_SEPARATOR = /\s*(?:以及|和|与|及|、|,\s*and\s|\sand\s|,\s)\s*/;

export function respectiveItems(text: string, sentenceStart: number, lists: number[][], figures: readonly Figure[]): Map<number, RespectiveItem> {
  const out = new Map<number, RespectiveItem>();
  for (const list of lists) {
    const first = figures[list[0]];
    let segment = text.slice(Math.max(sentenceStart, lastClauseBreak(text, sentenceStart, first.start)), first.start);
    const marker = segment.lastIndexOf('分别');
    if (marker >= 0) segment = segment.slice(0, marker);
    const parts = segment.split(ITEM_SEPARATOR).filter((p) => p.trim());
    if (parts.length < list.length) continue;
    const items = parts.slice(-list.length);
    // The item's own word is the one next to the separator: the last word of the first parts, the
    // first word of the last part (the words after it are the head all items share).
    const concepts = items.map((p, k) => itemConcepts(p, k === items.length - 1 ? 'first' : 'last'));
    if (concepts.some((c) => c.length === 0)) continue;
    list.forEach((fi, k) => {
      const own = concepts[k];
      const others = concepts.flatMap((c, j) => (j === k ? [] : c)).filter((c) => !own.includes(c));
      if (others.length) out.set(fi, { own, others });
    });
  }
  return out;
}

function lastClauseBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (/[，；;：:。]/.test(text[i])) return i + 1;
  return from;
}

function itemConcepts(part: string, which: 'first' | 'last'): string[] {
  const hits: ConceptHit[] = [];
  for (const m of part.matchAll(/[\u4e00-\u9fff]{2,}|[A-Za-z]{3,}/g)) {
    if (/[A-Za-z]/.test(m[0])) hits.push({ start: m.index, end: m.index + m[0].length, concepts: [conceptOf(m[0])] });
    else chineseConceptHits(part, m.index, m.index + m[0].length, hits);
  }
  hits.sort((a, b) => a.start - b.start);
  const hit = which === 'first' ? hits[0] : hits[hits.length - 1];
  return hit ? [...hit.concepts] : [];
}

/** The source figure is about another item of the draft's list: it names one of the others and not its own. */
export function aboutAnotherItem(item: RespectiveItem, features: Iterable<string>): boolean {
  let other = false;
  for (const f of features) {
    if (item.own.includes(f)) return false;
    if (item.others.includes(f)) other = true;
  }
  return other;
}

/** The source figure names the draft figure's own item (the table row "Americas" for 美洲). */
export function aboutOwnItem(item: RespectiveItem, features: Iterable<string>): boolean {
  for (const f of features) if (item.own.includes(f)) return true;
  return false;
}
