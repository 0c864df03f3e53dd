import type { SourceDocument } from '../corpus/types.js';
import type { ScannedFigure } from '../corpus/documentScan.js';
import type { Figure } from './figureParser.js';
import type { SourceFigure } from './figureIndex.js';
import { alikeUnit } from './parallelValues.js';

/**
 * "Renewables' share rose from 28.4% in 2022 to 31.2% in 2023": a source may state a move only as
 * its two levels. The move is then the source's claim too, in percentage points (2.8) and relative to
 * where it started (9.9%), so that a draft's "rose 2.8 percentage points" is backed, and its "rose
 * 2.8%" meets the points it confused with a percent rather than another sentence's rate.
 */
const DERIVED = new WeakMap<SourceDocument, SourceFigure[]>();

export function derivedChanges(doc: SourceDocument): SourceFigure[] {
  let out = DERIVED.get(doc);
  if (out) return out;
  out = [];
  const text = doc.normalized.text;
  const figures = doc.scan.figures;
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1], figures[i]];
    if (a.table || b.table || a.sentenceStart !== b.sentenceStart || !isLevel(a.figure) || !isLevel(b.figure) || !alikeUnit(a.figure.unit, b.figure.unit)) continue;
    if (!movedFromTo(text, a, b)) continue;
    out.push(...changesBetween(doc, a, b));
  }
  DERIVED.set(doc, out);
  return out;
}

function isLevel(f: Figure): boolean {
  return f.kind !== 'change' && f.qualifier === 'exact' && f.value > 0 && f.unit !== 'multiple';
}

// "from 28.4% in 2022 to 31.2%", "从2022年的28.4%提高到31.2%", "28.4%에서 31.2%로", "28.4％から31.2％に".
const FROM_BEFORE_EN = /\bfrom\s(?:about\s|around\s|nearly\s|some\s)?$/i;
const TO_BETWEEN_EN = /^[^.;:\d%]{0,30}\bto\s(?:about\s|around\s|nearly\s|some\s)?$/i;
const FROM_BEFORE_ZH = /[从由從][^，。；,;]{0,16}$/;
const TO_BETWEEN_ZH = /^[^，。；,;\d%]{0,12}(?:至|到)$/;
const FROM_AFTER_KO = /^\s?(?:[（(][^)）]{0,20}[)）]\s?)?에서\s/;
const TO_AFTER_KO = /^\s?(?:으로|로)\s/;
const FROM_AFTER_JA = /^\s?(?:[（(][^)）]{0,20}[)）])?から/;
const TO_AFTER_JA = /^\s?(?:に|へ|まで)/;
const YEARS = /(?:19|20)\d\d\s?(?:年度?|년)?/g;

function movedFromTo(text: string, a: ScannedFigure, b: ScannedFigure): boolean {
  const before = text.slice(Math.max(a.sentenceStart, a.figure.start - 24), a.figure.start);
  // The years between the two levels ("in 2022 to", "2022年的…提高到2023年的") say when, not how much.
  const between = text.slice(a.figure.end, b.figure.start).replace(YEARS, '');
  const afterB = text.slice(b.figure.end, b.figure.end + 4);
  if (FROM_BEFORE_EN.test(before) && TO_BETWEEN_EN.test(between)) return true;
  if (FROM_BEFORE_ZH.test(before) && TO_BETWEEN_ZH.test(between.replace(/的|年末|年底|年/g, '').replace(/\s/g, ''))) return true;
  if (FROM_AFTER_KO.test(between) && TO_AFTER_KO.test(afterB)) return true;
  return FROM_AFTER_JA.test(between) && TO_AFTER_JA.test(afterB);
}

function changesBetween(doc: SourceDocument, a: ScannedFigure, b: ScannedFigure): SourceFigure[] {
  const [from, to] = [a.figure.value, b.figure.value];
  if (from === to) return [];
  const direction = to > from ? ('up' as const) : ('down' as const);
  // The move is the first level's clause (where the subject is named), in the second one's year.
  const base = { ...b, doc, clause: a.clause, clauseStart: a.clauseStart, local: [...new Set([...a.local, ...b.local])], entities: a.entities.length ? a.entities : b.entities, derived: true as const };
  const span = { start: a.figure.start, end: b.figure.end };
  const out: SourceFigure[] = [];
  if (a.figure.unit === 'percent' && b.figure.unit === 'percent') {
    const decimals = Math.max(decimalsOf(a.figure.text), decimalsOf(b.figure.text));
    const points = Number(Math.abs(to - from).toFixed(decimals));
    out.push({ ...base, figure: { ...span, value: points, high: points, unit: 'pp', kind: 'change', qualifier: 'exact', precision: a.figure.precision + b.figure.precision, text: `${points} percentage points`, direction } });
  }
  const relative = (Math.abs(to - from) / from) * 100;
  // What the rounding of both levels admits, as a share of the first.
  const slack = ((a.figure.precision + b.figure.precision) / from) * 100 + (Math.abs(to - from) / from) * (a.figure.precision / from) * 100;
  const shown = Number(relative.toFixed(1));
  out.push({ ...base, figure: { ...span, value: shown, high: shown, unit: 'percent', kind: 'change', qualifier: 'exact', precision: Math.max(0.05, slack), text: `${shown}%`, direction } });
  return out;
}

function decimalsOf(text: string): number {
  const m = /\d\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}
