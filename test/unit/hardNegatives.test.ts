import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { folderSnapshot } from '../helpers/corpusOnDisk.js';
import { ROOT } from '../helpers/lspClient.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import type { CorpusSnapshot } from '../../server/src/core/corpus/snapshot.js';
import type { SourceDocument } from '../../server/src/core/corpus/types.js';
import type { ScannedFigure } from '../../server/src/core/corpus/documentScan.js';

// Hard negatives made from the sources themselves: a source sentence restated with one fact
// changed, citing that source. Each changed figure must come out contradicted or
// not-in-cited-source, never "supported".
type Edit = { at: number; end: number; replacement: string; target: number };
type Negative = { kind: string; doc: SourceDocument; sentence: ScannedFigure[]; edits: Edit[] };

function* negatives(snapshot: CorpusSnapshot): Generator<Negative> {
  for (const doc of snapshot.documents) {
    const bySentence = new Map<number, ScannedFigure[]>();
    for (const sf of doc.scan.figures) if (!sf.table) bySentence.set(sf.sentenceStart, [...(bySentence.get(sf.sentenceStart) ?? []), sf]);
    for (const sentence of bySentence.values()) {
      const text = doc.normalized.text;
      const figs = sentence.map((s) => s.figure);
      for (let i = 0; i + 1 < figs.length; i++) {
        const [a, b] = [figs[i], figs[i + 1]];
        if (a.unit === b.unit && a.kind === b.kind && Math.abs(a.value - b.value) > a.precision + b.precision && a.qualifier === 'exact' && b.qualifier === 'exact') {
          yield { kind: 'swap values', doc, sentence, edits: [edit(a, text.slice(b.start, b.end), a.start), edit(b, text.slice(a.start, a.end), b.start)] };
        }
      }
      const years = [...text.slice(sentence[0].sentenceStart, sentence[0].sentenceEnd).matchAll(/(?:19|20)\d\d(?=年|\s|$|[,，.])/g)];
      const periods = new Set(sentence.map((s) => s.period).filter(Boolean));
      if (years.length >= 2 && periods.size >= 2 && years[0][0] !== years[1][0]) {
        const at0 = sentence[0].sentenceStart + years[0].index;
        const at1 = sentence[0].sentenceStart + years[1].index;
        const target = sentence.find((s) => s.period === years[0][0] && s.figure.start > at0)?.figure.start;
        if (target !== undefined) yield { kind: 'swap years', doc, sentence, edits: [{ at: at0, end: at0 + 4, replacement: years[1][0], target }, { at: at1, end: at1 + 4, replacement: years[0][0], target }] };
      }
      for (const f of figs) {
        const t = text.slice(f.start, f.end);
        if (/\d亿/.test(t)) yield { kind: 'scale 亿→万', doc, sentence, edits: [edit(f, t.replace('亿', '万'), f.start)] };
        else if (/\d\s?(?:billion|bn)/.test(t)) yield { kind: 'scale billion→million', doc, sentence, edits: [edit(f, t.replace(/billion|bn/, 'million'), f.start)] };
        if (f.unit === 'percent' && /%$/.test(t)) yield { kind: 'percent→points', doc, sentence, edits: [edit(f, t.replace(/%$/, /[\u4e00-\u9fff]/.test(text.slice(f.start - 3, f.start)) ? '个百分点' : ' percentage points'), f.start)] };
      }
    }
  }
}

function edit(f: { start: number; end: number }, replacement: string, target: number): Edit {
  return { at: f.start, end: f.end, replacement, target };
}

/** The edited sentence, with a citation of its own source before the closing punctuation. */
function draftOf(n: Negative): { text: string; target: number } {
  const text = n.doc.normalized.text;
  const start = n.sentence[0].sentenceStart;
  const end = n.sentence[0].sentenceEnd;
  let out = '';
  let last = start;
  let target = -1;
  for (const e of [...n.edits].sort((a, b) => a.at - b.at)) {
    out += text.slice(last, e.at);
    if (e.at <= e.target && e.target < e.end) target = out.length;
    out += e.replacement;
    last = e.end;
  }
  out += text.slice(last, end);
  if (target < 0) target = n.edits[0].target - start + (out.length - (end - start));
  const body = out.replace(/[。.]$/, '');
  return { text: `${body} [@${n.doc.key}]${/[\u4e00-\u9fff]/.test(body) ? '。' : '.'}\n`, target: Math.min(target, body.length - 1) };
}

test('hard negatives from the sources: swapped values and years, wrong scale, percent for points are never supported', () => {
  const snapshot = folderSnapshot(path.join(ROOT, 'corpus'), path.join(ROOT, 'test', 'fixtures', 'claims', 'dev', 'corpus'));
  const tally = new Map<string, { n: number; caught: number }>();
  for (const n of negatives(snapshot)) {
    const { text, target } = draftOf(n);
    const findings = checkDraftFigures(snapshot, analyzeDraft(text));
    const hit = findings.find((f) => f.figure.start <= target && target < f.figure.end) ?? findings.find((f) => f.figure.end > target);
    const t = tally.get(n.kind) ?? { n: 0, caught: 0 };
    t.n++;
    if (hit && hit.status !== 'supported') t.caught++;
    else if (process.env.SHOW_MISSES) console.log(`  missed (${n.kind}): ${text.trim()} -> ${hit?.figure.text} ${hit?.status}`);
    tally.set(n.kind, t);
  }
  const rows = [...tally].map(([k, t]) => `  ${k.padEnd(24)} ${String(t.n).padStart(4)} negatives, caught ${(t.caught / t.n).toFixed(2)}`);
  const all = [...tally.values()].reduce((a, t) => ({ n: a.n + t.n, caught: a.caught + t.caught }), { n: 0, caught: 0 });
  console.log(['', `hard negatives: ${all.n}, caught ${(all.caught / all.n).toFixed(3)}`, ...rows].join('\n'));
  assert.ok(all.n >= 50, `only ${all.n} negatives`);
  assert.ok(all.caught / all.n >= 0.8, `caught ${(all.caught / all.n).toFixed(3)}`);
});
