import { readFileSync } from 'node:fs';
import type { CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures, type FigureFinding } from '../../server/src/core/figures/figureCheck.js';

export const CLASSES = ['supported', 'uncited', 'not-in-cited-source', 'contradicted', 'unsupported', 'none'] as const;
export type Label = { start: number; end: number; expected: string; key?: string; text: string };

/** Strips {{figure|class}} or {{figure|class|key}} markup: the draft as a writer typed it, and the labels. */
export function readLabelled(file: string): { text: string; labels: Label[] } {
  const marked = readFileSync(file, 'utf8');
  const labels: Label[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\{\{([^{}|]+)\|([a-z-]+)(?:\|([^{}|]+))?\}\}/g)) {
    text += marked.slice(last, m.index);
    labels.push({ start: text.length, end: text.length + m[1].length, expected: m[2], key: m[3]?.trim(), text: m[1] });
    text += m[1];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), labels };
}

const isCjk = (s: string) => (s.match(/[\u3040-\ud7af]/g)?.length ?? 0) * 3 >= (s.match(/[A-Za-z]/g)?.length ?? 0);
// Korean text is told apart from Chinese by its Hangul, so the language pairs show Korean drafts and sources.
// Kana marks Japanese: its kanji alone would read as Chinese.
const languageOf = (s: string) => (!isCjk(s) ? 'en' : (s.match(/[\uac00-\ud7af]/g)?.length ?? 0) * 2 >= (s.match(/[\u4e00-\u9fff]/g)?.length ?? 0) ? 'ko' : (s.match(/[\u3040-\u30ff]/g)?.length ?? 0) * 5 >= (s.match(/[\u4e00-\u9fff]/g)?.length ?? 0) ? 'ja' : 'zh');

/** The source a finding names: the supporting one, else the contradicting one. */
function namedSource(f: FigureFinding): string | undefined {
  if (f.status === 'contradicted') return f.conflicts[0]?.doc.key;
  return f.support[0]?.doc.key;
}

interface Tally {
  labels: number;
  statLabels: number;
  predictions: number;
  correct: number;
  correctStats: number;
  keyed: number;
  rightSource: number;
}

const empty = (): Tally => ({ labels: 0, statLabels: 0, predictions: 0, correct: 0, correctStats: 0, keyed: 0, rightSource: 0 });

export interface Scores {
  /** right findings / findings reported */
  precision: number;
  /** statistics given the right class / statistics labelled */
  recall: number;
  /** labels (non-statistics included) given the right class */
  classAccuracy: number;
  /** right class and the right source named / labels naming a source */
  rightSource: number;
  labels: number;
  pairs: Map<string, Tally>;
  misses: string[];
}

/**
 * Checks every draft of a labelled set against its snapshot. Pairs are "draft language →
 * source language" (the labelled source, else the first cited one).
 */
export function scoreDrafts(snapshot: CorpusSnapshot, files: string[]): Scores {
  const total = empty();
  const pairs = new Map<string, Tally>();
  const misses: string[] = [];
  const langOf = new Map(snapshot.documents.map((d) => [d.key, languageOf(d.normalized.text.slice(0, 3000))]));
  for (const file of files) {
    const { text, labels } = readLabelled(file);
    const analysis = analyzeDraft(text);
    const findings = checkDraftFigures(snapshot, analysis);
    const used = new Set<number>();
    for (const label of labels) {
      const i = findings.findIndex((f, k) => !used.has(k) && f.figure.start < label.end && f.figure.end > label.start);
      if (i >= 0) used.add(i);
      const predicted = i >= 0 ? findings[i].status : 'none';
      const line = text.slice(text.lastIndexOf('\n', label.start) + 1, text.indexOf('\n', label.end) >>> 0 || undefined);
      const cited = analysis.citations.find((c) => c.keyStart > label.start && line.includes(`@${c.key}`))?.key;
      const draftLang = languageOf(line);
      const pair = `${draftLang}→${langOf.get(label.key ?? cited ?? '') ?? 'none'}`;
      const t = pairs.get(pair) ?? empty();
      pairs.set(pair, t);
      for (const tally of [total, t]) {
        tally.labels++;
        if (label.expected !== 'none') tally.statLabels++;
        if (predicted !== 'none') tally.predictions++;
        if (predicted === label.expected) {
          tally.correct++;
          if (predicted !== 'none') tally.correctStats++;
        }
        if (label.key && label.expected !== 'none') {
          tally.keyed++;
          if (predicted === label.expected && i >= 0 && namedSource(findings[i]) === label.key) tally.rightSource++;
        }
      }
      if (predicted !== label.expected) misses.push(`${file.split('/').pop()}: "${label.text}" expected ${label.expected}${label.key ? ` (@${label.key})` : ''}, got ${predicted}${i >= 0 && namedSource(findings[i]) ? ` (@${namedSource(findings[i])})` : ''}`);
      else if (label.key && i >= 0 && predicted !== 'none' && namedSource(findings[i]) !== label.key) misses.push(`${file.split('/').pop()}: "${label.text}" ${predicted}, names @${namedSource(findings[i])} not @${label.key}`);
    }
    findings.forEach((f, k) => {
      if (used.has(k)) return;
      total.predictions++;
      misses.push(`${file.split('/').pop()}: unlabelled "${f.figure.text}" reported as ${f.status}`);
    });
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    precision: ratio(total.correctStats, total.predictions),
    recall: ratio(total.correctStats, total.statLabels),
    classAccuracy: ratio(total.correct, total.labels),
    rightSource: ratio(total.rightSource, total.keyed),
    labels: total.labels,
    pairs,
    misses,
  };
}

/** One line per language pair: precision, recall, class accuracy, right source. */
export function pairRows(pairs: Map<string, Tally>): string[] {
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '  - ');
  return [...pairs]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pair, t]) => `  ${pair.padEnd(8)} labels ${String(t.labels).padStart(3)}  precision ${ratio(t.correctStats, t.predictions)}  recall ${ratio(t.correctStats, t.statLabels)}  class ${ratio(t.correct, t.labels)}  right source ${ratio(t.rightSource, t.keyed)}`);
}
