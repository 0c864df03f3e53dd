import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { bundledSnapshot } from '../helpers/corpusOnDisk.js';
import { ROOT } from '../helpers/lspClient.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'figures');
const CLASSES = ['supported', 'uncited', 'not-in-cited-source', 'contradicted', 'unsupported', 'none'] as const;

interface Label {
  start: number;
  end: number;
  expected: string;
  text: string;
}

/** Strips {{figure|label}} markup, returning the draft as a writer would type it and the labels. */
function readLabelled(file: string): { text: string; labels: Label[] } {
  const marked = readFileSync(path.join(FIXTURES, file), 'utf8');
  const labels: Label[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\{\{([^{}|]+)\|([a-z-]+)\}\}/g)) {
    text += marked.slice(last, m.index);
    labels.push({ start: text.length, end: text.length + m[1].length, expected: m[2], text: m[1] });
    text += m[1];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), labels };
}

test('figure checks on the labelled set: precision and recall per class, at least 0.9 overall', () => {
  const snapshot = bundledSnapshot(path.join(FIXTURES, 'corpus'));
  const counts = Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, predicted: 0, labelled: 0 }]));
  const misses: string[] = [];
  let total = 0;
  let correct = 0;
  let predictions = 0;
  for (const file of ['brief-zh.md', 'brief-en.md']) {
    const { text, labels } = readLabelled(file);
    const findings = checkDraftFigures(snapshot, analyzeDraft(text));
    const used = new Set<number>();
    for (const label of labels) {
      const i = findings.findIndex((f) => f.figure.start < label.end && f.figure.end > label.start);
      if (i >= 0) used.add(i);
      const predicted = i >= 0 ? findings[i].status : 'none';
      counts[label.expected].labelled++;
      counts[predicted].predicted++;
      predictions++;
      total++;
      if (predicted === label.expected) {
        counts[predicted].tp++;
        correct++;
      } else misses.push(`${file}: "${label.text}" expected ${label.expected}, got ${predicted}`);
    }
    findings.forEach((f, i) => {
      if (used.has(i)) return;
      counts[f.status].predicted++;
      predictions++;
      misses.push(`${file}: unlabelled figure "${f.figure.text}" reported as ${f.status}`);
    });
  }
  const rows = CLASSES.map((c) => {
    const { tp, predicted, labelled } = counts[c];
    return `${c.padEnd(20)} labelled ${String(labelled).padStart(3)}  precision ${(predicted ? tp / predicted : 1).toFixed(2)}  recall ${(labelled ? tp / labelled : 1).toFixed(2)}`;
  });
  const precision = correct / predictions;
  const recall = correct / total;
  console.log(['', `labelled figures: ${total}`, ...rows, `overall precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`, ...misses.map((m) => `  miss: ${m}`)].join('\n'));
  assert.ok(total >= 60, `only ${total} labelled figures`);
  assert.ok(precision >= 0.9, `overall precision ${precision.toFixed(3)}`);
  assert.ok(recall >= 0.9, `overall recall ${recall.toFixed(3)}`);
});
