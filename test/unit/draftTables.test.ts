import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { draftTableCells } from '../../server/src/core/figures/draftTables.js';

// An invented regional statistics note with a time-series table, as PDF extraction leaves it.
const SOURCE = `---
id: tarn2024
title: Tarn Valley social indicators
year: 2024
---
Table 2. Household indicators, Tarn Valley (%)
Indicator                 2021    2022    2023
Broadband access          71.4    74.9    78.2
Home ownership (age 30+)  55.1    54.6    53.8
Source: Tarn Valley statistics office.
`;

const snapshot = assembleSnapshot(1, new Map([['/c/tarn2024_note.txt', indexFile('/c/tarn2024_note.txt', Buffer.from(SOURCE))]]));

const DRAFT = `## Households in the Tarn Valley

| Indicator (%) | 2021 | 2022 | 2023 | Source |
|---|---|---|---|---|
| Broadband access | 71.4 | 74.9 | 79.2 | [@tarn2024] |
| Home ownership, age 30+ | 55.1 | 54.6 | 53.8 | [@tarn2024] |
`;

test('each numeric cell of a draft table is restated as its caption, column and row', () => {
  const cells = draftTableCells(DRAFT);
  assert.equal(cells.length, 6);
  assert.equal(cells[0].statement, 'Households in the Tarn Valley 2021 Broadband access 71.4');
  assert.equal(cells[0].figure.unit, 'percent');
  assert.equal(DRAFT.slice(cells[2].cell.figure.start, cells[2].cell.figure.end), '79.2');
});

test('a draft table is checked cell by cell against the cited source, with the row\'s citation', () => {
  const findings = checkDraftFigures(snapshot, analyzeDraft(DRAFT));
  const status = (text: string) => findings.filter((f) => f.figure.text === text).map((f) => f.status);
  assert.deepEqual(status('71.4'), ['supported']);
  assert.deepEqual(status('53.8'), ['supported']);
  // 2023 broadband was 78.2: the draft's 79.2 is contradicted by that cell
  assert.deepEqual(status('79.2'), ['contradicted']);
  assert.equal(findings.find((f) => f.figure.text === '79.2')?.conflicts[0]?.figure.text, '78.2');
  // the citation goes in the row, not after the table
  const f = findings.find((x) => x.figure.text === '71.4')!;
  assert.equal(f.citedRanges[0].key, 'tarn2024');
});

test('a table row without a citation is uncited when a source gives its value', () => {
  const draft = DRAFT.replace('| 54.6 | 53.8 | [@tarn2024] |', '| 54.6 | 53.8 | |');
  const findings = checkDraftFigures(snapshot, analyzeDraft(draft));
  assert.deepEqual(findings.filter((f) => f.figure.text === '54.6').map((f) => f.status), ['uncited']);
});

test('a table cell written in thousands with no unit anywhere ("Births | 3,452") is a count', () => {
  const cells = draftTableCells('| Indicator | Value |\n| --- | ---: |\n| Births | 3,452 |\n| Year | 2024 |\n');
  assert.deepEqual(cells.map((c) => [c.figure.text, c.figure.unit]), [['3,452', 'count']]);
});

test('a citation inside the cell ("| 71.4 [@tarn2024] |") is no part of the value: the cell is read and cited', () => {
  const draft = '| Indicator (%) | 2021 |\n|---|---|\n| Broadband access | 71.4 [@tarn2024] |\n| Home ownership, age 30+ | 56.1[@tarn2024] |\n';
  const findings = checkDraftFigures(snapshot, analyzeDraft(draft));
  assert.deepEqual(findings.map((f) => [f.figure.text, f.status]), [['71.4', 'supported'], ['56.1', 'contradicted']]);
});
