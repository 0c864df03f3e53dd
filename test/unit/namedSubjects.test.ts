import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';

// An invented results release: two segments whose sentences share every word but the segment's name.
const SEGMENTS = `---
id: brightwell2025
title: Brightwell plc results
year: 2025
---
Coated Papers grew organically by 4.1%, helped by new contracts in Spain.

| Segment | Organic growth (%) |
| --- | --- |
| Coated Papers | 4.1 |
| Specialty Boards | 6.8 |
`;
const segments = snapshotOf({ '/c/brightwell2025.md': SEGMENTS });
const segmentFinding = (draft: string) => checkDraftFigures(segments, analyzeDraft(draft))[0];

test('a source clause about another named segment does not contradict the draft, however many words agree; "lifted … by" states a change', () => {
  assert.equal(segmentFinding('Specialty Boards grew fastest, by 6.8% organically, helped by new contracts [@brightwell2025].').status, 'supported');
  // The segment the sentence names, with another value: still contradicted.
  assert.equal(segmentFinding('Coated Papers grew organically by 5.1%, helped by new contracts [@brightwell2025].').status, 'contradicted');
  assert.equal(parseFigures('Brightwell lifted revenue by 7.6% to £2.18 billion.')[0].kind, 'change');
});
