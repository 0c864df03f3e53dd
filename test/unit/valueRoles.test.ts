import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { movedEnd } from '../../server/src/core/figures/movedEnds.js';
// Which value of a source a draft restates: the end of a move it gives, the year its table gives it.

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

// An invented annual report: its prose gives this year's values with no year, its table both years.
const REPORT = `---
id: harebell2025
title: Harebell Museums Trust Annual Report 2024/25
year: 2025
---
# Annual Report 2024/25

Total expenditure was £6.82 million, of which £5.31 million was spent on exhibitions and learning.

Table 2: Expenditure (£000)

| | Total 2024/25 | Total 2023/24 |
| --- | ---: | ---: |
| Exhibitions and learning | 5,310 | 4,870 |
| Raising funds | 1,510 | 1,440 |
`;
const report = assembleSnapshot(1, new Map([['/c/harebell2025_annual.md', indexFile('/c/harebell2025_annual.md', Buffer.from(REPORT))]]));
const reportStatus = (draft: string) => checkDraftFigures(report, analyzeDraft(draft))[0]?.status;

test("a prose value with no year is its table's year: the draft's other year is the other column", () => {
  assert.equal(reportStatus('In 2024/25 the trust spent £5.31 million on exhibitions and learning [@harebell2025].'), 'supported');
  assert.equal(reportStatus('In 2023/24 the trust spent £5.31 million on exhibitions and learning [@harebell2025].'), 'contradicted');
  assert.equal(reportStatus('In 2023/24 the trust spent £4.87 million on exhibitions and learning [@harebell2025].'), 'supported');
});
