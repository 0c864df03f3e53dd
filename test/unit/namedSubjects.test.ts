import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';
import { findingMessage } from '../../server/src/core/figures/findingMessages.js';

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

// An invented results release: the same percentage for two measures in two sentences.
const RESULTS = `---
id: tarnow2024
title: Tarnow Freight annual results
year: 2024
---
Revenue fell 12.4% to US$4.82 billion in 2023. Net profit was US$615 million in 2023, down 38.5% from 2022.
`;
const results = snapshotOf({ '/c/tarnow2024.md': RESULTS });
const resultFinding = (draft: string) => checkDraftFigures(results, analyzeDraft(draft))[0];

test("a value the source gives for another measure is no backing when the draft's subject is named beside another value", () => {
  // 12.4% is revenue's fall; net profit fell 38.5%: a wrong number, not a supported one.
  const wrong = resultFinding('Net profit fell 12.4% in 2023 [@tarnow2024].');
  assert.equal(wrong.status, 'contradicted');
  assert.equal(wrong.conflicts[0].figure.text, '38.5%');
  assert.equal(resultFinding('Revenue fell 12.4% in 2023 [@tarnow2024].').status, 'supported');
  assert.equal(resultFinding('Net profit fell 38.5% in 2023 [@tarnow2024].').status, 'supported');
});

// An invented Korean trade release: exports fell 7.4%; the sentence names no country (the ministry's own).
const KOREAN = snapshotOf({ '/c/sanup2024.md': `---\nid: sanup2024\ntitle: 2023년 수출입 동향\nyear: 2024\n---\n2023년 연간 수출은 6,326억 달러로 전년 대비 7.4% 감소했다. 수입은 6,426억 달러로 12.1% 감소했다.\n` });

test('the very change the other way round in the cited source contradicts across languages, and the message says which way each has it', () => {
  const f = checkDraftFigures(KOREAN, analyzeDraft("Korea's exports rose 7.4% in 2023 [@sanup2024]."))[0];
  assert.equal(f.status, 'contradicted');
  assert.match(findingMessage(f), /as a fall/);
  assert.equal(checkDraftFigures(KOREAN, analyzeDraft("Korea's exports fell 7.4% in 2023 [@sanup2024]."))[0].status, 'supported');
});
