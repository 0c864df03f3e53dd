import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from '../helpers/corpusOnDisk.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFiguresSliced } from '../../server/src/core/figures/figureCheck.js';
import { withTurnsCounted } from '../helpers/eventLoopTurns.js';
import { draftDiagnostics, draftDiagnosticsSliced } from '../../server/src/core/analysis/draftDiagnostics.js';
import { figureFindings, NEVER_CANCELLED } from '../../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

// A long draft without a single figure is still checked in slices: the server must get turns to
// answer hovers meanwhile (#14: 200,000 characters of prose blocked every request for 2 s).
test('a sliced draft check gives the event loop turns even where sentences hold no figure', async () => {
  const snapshot = bundledSnapshot();
  const prose = '各方应当加强沟通，推进务实合作。'.repeat(2000);
  const { result: findings, turns } = await withTurnsCounted(() => checkDraftFiguresSliced(snapshot, analyzeDraft(prose), { isCancellationRequested: false }, 0));
  assert.deepEqual(findings, []);
  assert.ok(turns >= 100, `only ${turns} turns for 2,000 sentences`);
});

// #14, case 10: while typing, the edited sentence is the one checked again, and it grows: a
// sentence of 80 figures was one slice of 100+ ms, so requests waited behind it. Its figures are
// classified one by one, with a turn between them for a sliced check.
test('a sliced check gives the event loop turns inside a sentence of many figures', async () => {
  const snapshot = bundledSnapshot();
  const sentence = `2023年${Array.from({ length: 60 }, (_, i) => `贸易额增长${(i % 9) + 1}.${i % 10}%`).join('，')}。`;
  const analysis = analyzeDraft(sentence);
  const { result: findings, turns } = await withTurnsCounted(() => checkDraftFiguresSliced(snapshot, analysis, { isCancellationRequested: false }, 0));
  assert.ok(findings && findings.length >= 60, `${findings?.length} findings`);
  assert.ok(turns >= 30, `only ${turns} turns while one sentence of ${findings.length} figures was checked`);
});

// #14: after the figure check, turning a long draft's findings into diagnostics was one block of
// 6-8 ms (p95) per check while typing, which requests on other documents waited behind. It is
// sliced like the figure check: the same diagnostics, with turns between findings, and nothing
// once a newer edit cancels it.
test('the diagnostics of a long draft are made in slices, equal to the one-go ones, and stop when cancelled', async () => {
  const corpus = snapshotOf({ '/corpus/okafor2021.md': RAIL_SOURCE });
  const draft = analyzeDraft(Array.from({ length: 40 }, (_, i) => `In 2020 the line carried ${i + 3}.${i % 10} million tonnes of freight [@okafor2021]. See [@nobody${i % 3}].`).join('\n\n'));
  const figures = figureFindings(corpus, draft);
  const oneGo = draftDiagnostics(corpus, draft, DEFAULT_SETTINGS, figures);
  assert.ok(oneGo.filter((d) => d.code.startsWith('figure.')).length >= 40, `${oneGo.length} diagnostics`);
  const { result, turns } = await withTurnsCounted(() => draftDiagnosticsSliced(corpus, draft, DEFAULT_SETTINGS, figures, NEVER_CANCELLED, 0));
  assert.deepEqual(result, oneGo);
  assert.ok(turns >= 30, `only ${turns} turns while ${figures.length} findings became diagnostics`);
  const token = { isCancellationRequested: false };
  setImmediate(() => (token.isCancellationRequested = true));
  assert.equal(await draftDiagnosticsSliced(corpus, draft, DEFAULT_SETTINGS, figures, token, 0), undefined);
});
