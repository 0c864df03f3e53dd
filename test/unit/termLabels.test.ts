import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { folderSnapshot } from '../helpers/corpusOnDisk.js';
import { ROOT } from '../helpers/lspClient.js';
import { readTermLabels, scoreTerms } from '../helpers/termLabels.js';

// Defined terms in documents written for these tests, in Chinese, English, Korean and Japanese and
// in several genres. `tune` to `tune16` are tuned on (their misses are printed); `heldout` to `heldout3` were written
// apart and are only scored (their misses are never printed).
const SETS = path.join(ROOT, 'test', 'fixtures', 'terms');

for (const [set, floor] of [['tune', { hovered: 0.99, entries: 0.98 }], ['tune2', { hovered: 0.99, entries: 0.99 }], ['tune3', { hovered: 0.99, entries: 0.97 }], ['tune4', { hovered: 0.98, entries: 0.99 }], ['tune5', { hovered: 0.95, entries: 0.99 }], ['tune6', { hovered: 0.97, entries: 0.99 }], ['tune7', { hovered: 0.95, entries: 0.99 }], ['tune8', { hovered: 0.95, entries: 0.99 }], ['tune9', { hovered: 0.9, entries: 0.95 }], ['tune10', { hovered: 0.99, entries: 0.99 }], ['tune11', { hovered: 0.99, entries: 0.99 }], ['tune12', { hovered: 0.99, entries: 0.99 }], ['tune13', { hovered: 0.92, entries: 0.97 }], ['tune14', { hovered: 0.98, entries: 0.98 }], ['tune15', { hovered: 0.98, entries: 0.98 }], ['tune16', { hovered: 0.98, entries: 0.98 }], ['heldout', { hovered: 0.76, entries: 0.88 }], ['heldout2', { hovered: 0.66, entries: 0.85 }], ['heldout3', { hovered: 0.7, entries: 0.85 }]] as const) {
  // TERM_SETS=tune,tune9 scores only those sets (so that tuning never even prints the held-out scores).
  const only = process.env.TERM_SETS?.split(',');
  const skip = (!existsSync(path.join(SETS, set, 'labels.json')) && `no ${set} set`) || (only && !only.includes(set) && `not in TERM_SETS`);
  test(`defined terms, ${set} half: hovers with the defining sentence, and real entries`, { skip }, () => {
    const scores = scoreTerms(folderSnapshot(path.join(SETS, set, 'corpus')), readTermLabels(path.join(SETS, set)));
    const ratio = (a: number, b: number) => (b ? a / b : 1);
    const hovered = ratio(scores.hovered, scores.terms);
    const entries = ratio(scores.entries.right, scores.entries.total);
    const head = `${set}: ${scores.terms} terms  hover with definition ${hovered.toFixed(3)}  aliases ${ratio(scores.aliases.right, scores.aliases.total).toFixed(3)}  mixed scripts ${ratio(scores.mixed.right, scores.mixed.total).toFixed(3)}  real entries ${entries.toFixed(3)} (${scores.entries.right}/${scores.entries.total})`;
    const misses = set.startsWith('heldout') ? [`  (${scores.misses.length} misses, not shown: held out)`] : scores.misses.map((m) => `  miss: ${m}`);
    console.log(['', head, ...misses].join('\n'));
    assert.ok(hovered >= floor.hovered, `hover ${hovered.toFixed(3)} below ${floor.hovered}`);
    assert.ok(entries >= floor.entries, `entries ${entries.toFixed(3)} below ${floor.entries}`);
  });
}
