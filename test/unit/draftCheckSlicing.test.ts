import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from '../helpers/corpusOnDisk.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFiguresSliced } from '../../server/src/core/figures/figureCheck.js';

// A long draft without a single figure is still checked in slices: the server must get turns to
// answer hovers meanwhile (#14: 200,000 characters of prose blocked every request for 2 s).
test('a sliced draft check gives the event loop turns even where sentences hold no figure', async () => {
  const snapshot = bundledSnapshot();
  const prose = '各方应当加强沟通，推进务实合作。'.repeat(2000);
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const findings = await checkDraftFiguresSliced(snapshot, analyzeDraft(prose), { isCancellationRequested: false }, 0);
  running = false;
  assert.deepEqual(findings, []);
  assert.ok(turns >= 100, `only ${turns} turns for 2,000 sentences`);
});
