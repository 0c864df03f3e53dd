import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from '../helpers/corpusOnDisk.js';
import { scanWork } from '../helpers/scanWork.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures, checkDraftFiguresSliced } from '../../server/src/core/figures/figureCheck.js';
import { withTurnsCounted } from '../helpers/eventLoopTurns.js';

/*
 * #14, case 3: draft checks were quadratic. Each sentence's figures were looked for up to the next
 * numeral anywhere in the text (200,000 characters of prose without digits blocked the server for
 * 2 s), `见[@a]。` x 100,000 took 28 s, and a 5M-character draft on one line never finished. The
 * work is counted, not timed: the characters searched (test/helpers/scanWork.ts) while a draft of n and
 * of 4n repetitions is checked. A linear check does about 4 times the work (on the code of the
 * issue: 15x, 14x and 64x).
 */
const snapshot = bundledSnapshot();

function growth(unit: string, n: number): { ratio: number; scanned: number[] } {
  const scanned = [n, 4 * n].map((m) => {
    const draft = analyzeDraft(unit.repeat(m));
    return scanWork(() => checkDraftFigures(snapshot, draft)).scanned;
  });
  return { ratio: scanned[1] / scanned[0], scanned };
}

const CASES: [string, string][] = [
  ['prose without a digit', '各方应当加强沟通，推进务实合作。'],
  ['citations alone (见[@a]。)', '见[@a]。'],
  ['one line of figures without a full stop', '在2023年增长了12%，' + '合作'.repeat(10)],
];

for (const [name, unit] of CASES) {
  test(`draft check work grows linearly: ${name}`, () => {
    const { ratio, scanned } = growth(unit, 500);
    assert.ok(ratio < 6, `4x the draft, ${ratio.toFixed(1)}x the characters scanned (${scanned.join(' -> ')})`);
  });
}

// A draft on one line is one paragraph and, without full stops, one sentence: the sliced check must
// still give the event loop turns inside it (on the code of the issue it was one slice).
test('a sliced check of a one-line draft of figures gives the event loop turns', async () => {
  const draft = analyzeDraft(CASES[2][1].repeat(400));
  const { result: findings, turns } = await withTurnsCounted(() => checkDraftFiguresSliced(snapshot, draft, { isCancellationRequested: false }, 0));
  assert.equal(findings?.length, 400);
  assert.ok(turns >= 4, `only ${turns} turns while a one-line draft of 400 figures was checked`);
});
