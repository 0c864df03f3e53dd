import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { movedEnd } from '../../server/src/core/figures/movedEnds.js';

test('the end of a movement a value is, from the words before it', () => {
  assert.equal(movedEnd('Cut the waiting time from '), 'from');
  assert.equal(movedEnd('平均候诊时间由'), 'from');
  assert.equal(movedEnd('Cut the waiting time from 41 minutes to '), 'to');
  assert.equal(movedEnd('平均候诊时间由41分钟缩短到') ?? movedEnd('平均候诊时间降至'), 'to');
  // "to" with no verb that moves anything says nothing ("amounted to").
  assert.equal(movedEnd('Spending amounted to '), undefined);
  assert.equal(movedEnd('The clinic aims to reduce the wait to '), 'to');
});

// An invented plan: a target written as a move from one value to another.
const SOURCE = `---
id: ferncliff2025
title: Ferncliff Clinics Plan 2025
year: 2025
---
# Plan for 2025/26

1. Cut the average wait for a first appointment from 41 minutes to 28 minutes.
2. Raise the share of same-day referrals from 12% to 20%.
`;
const snapshot = assembleSnapshot(1, new Map([['/c/ferncliff2025_plan.md', indexFile('/c/ferncliff2025_plan.md', Buffer.from(SOURCE))]]));
const statusOf = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(draft))[0]?.status;

test('a draft that gives the value moved from as the level reached is contradicted by the value moved to', () => {
  assert.equal(statusOf('Ferncliff plans to cut the average wait for a first appointment to 41 minutes [@ferncliff2025].'), 'contradicted');
  assert.equal(statusOf('Ferncliff plans to cut the average wait for a first appointment to 28 minutes [@ferncliff2025].'), 'supported');
  assert.equal(statusOf('Ferncliff plans to raise the share of same-day referrals to 12% [@ferncliff2025].'), 'contradicted');
  // The starting value, said as one, is the source's.
  assert.equal(statusOf('Ferncliff plans to raise the share of same-day referrals from 12% [@ferncliff2025].'), 'supported');
});
