import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { claimFrames, earlierCountries } from '../../server/src/core/figures/claims.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';

// "…29.1% of Japan's population, 18.4% of Korea's and 15.4% of China's. A decade earlier the shares
// were 25.1%, 12.2% and 9.7% respectively" (a trial user's source): the second sentence names no
// country and hands its values to those of the first, in order. Invented text of the same shape.
const FIRST = "In 2022 wind supplied 31.0% of Denmark's power, 14.2% of Spain's and 8.8% of Italy's.";
const SECOND = 'Ten years earlier, in 2012, the shares were 20.1%, 9.5% and 4.0% respectively.';
const TEXT = `${FIRST} ${SECOND}`;

test('a sentence that names no country hands its values out in turn to the countries of the sentence before', () => {
  const start = FIRST.length + 1;
  const listed = earlierCountries(TEXT, { start: 0, end: FIRST.length }, start, TEXT.length);
  assert.deepEqual(listed, ['DK', 'ES', 'IT']);
  const figures = parseFigures(TEXT).filter((f) => f.start >= start);
  const frames = claimFrames(TEXT, start, TEXT.length, figures, undefined, undefined, listed);
  assert.deepEqual(frames.map((f) => f.entities), [['DK'], ['ES'], ['IT']]);
  // The last value of the list has the words that name the list as its clause.
  assert.match(TEXT.slice(frames[2].clauseStart, frames[2].clauseEnd), /the shares were/);
  assert.deepEqual(figures.map((f) => f.kind), ['share', 'share', 'share']);
  // Not across a paragraph, nor when the sentence names countries of its own.
  assert.equal(earlierCountries(`${FIRST}\n\n${SECOND}`, { start: 0, end: FIRST.length }, FIRST.length + 2, TEXT.length + 1), undefined);
  const own = `${FIRST} In 2012 the shares of Spain and Italy were 9.5% and 4.0% respectively.`;
  assert.equal(earlierCountries(own, { start: 0, end: FIRST.length }, FIRST.length + 1, own.length), undefined);
});

const SOURCE = `---
id: windstat2023
title: Wind Power in Europe 2023
year: 2023
---
# Wind Power in Europe 2023

${TEXT}
`;
const snapshot = assembleSnapshot(1, new Map([['/c/windstat2023_europe.md', indexFile('/c/windstat2023_europe.md', Buffer.from(SOURCE))]]));
const statusOf = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(draft))[0]?.status;

test("a draft figure meets the value its country was handed in the source's next sentence", () => {
  assert.equal(statusOf("In 2012 wind's share of Spain's power was 9.5% [@windstat2023]."), 'supported');
  assert.equal(statusOf("In 2012 wind's share of Italy's power was 4.0% [@windstat2023]."), 'supported');
  // Spain's value given to Italy: Italy's own is 4.0%.
  assert.equal(statusOf("In 2012 wind's share of Italy's power was 9.5% [@windstat2023]."), 'contradicted');
});
