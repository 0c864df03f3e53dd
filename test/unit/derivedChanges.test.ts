import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { derivedChanges } from '../../server/src/core/figures/derivedChanges.js';
import { findingMessage } from '../../server/src/core/figures/findingMessages.js';

// An invented energy review that states a share's move only as its two levels.
const REVIEW = `---
id: ardent2024
title: Ardent Energy Review 2024
year: 2024
---
Renewables' share of electricity generation rose from 28.4% in 2022 to 31.2% in 2023. Household electricity prices rose 6.5% in 2023, and gas prices fell 3.9%.
`;

const findingFor = (corpus: ReturnType<typeof snapshotOf>, text: string, figure: string) => checkDraftFigures(corpus, analyzeDraft(text)).find((f) => text.slice(f.figure.start, f.figure.end) === figure);

test('a move stated as two levels is read in four languages, in points and relative to its start', () => {
  const docs = (file: string, body: string) => snapshotOf({ [file]: `---\nid: x2024\ntitle: T\nyear: 2024\n---\n${body}\n` }).documents;
  const moves = (body: string) => [...docs('x2024_t.md', body).values()].flatMap((d) => derivedChanges(d).map((c) => `${c.figure.unit}:${c.figure.value}:${c.figure.direction}`));
  assert.deepEqual(moves("The share rose from 28.4% in 2022 to 31.2% in 2023."), ['pp:2.8:up', 'percent:9.9:up']);
  assert.deepEqual(moves('现金交易占比从2015年的48.0%降至2023年的12.0%。'), ['pp:36:down', 'percent:75:down']);
  assert.deepEqual(moves('재생에너지 비중은 2022년 28.4%에서 2023년 31.2%로 높아졌다.'), ['pp:2.8:up', 'percent:9.9:up']);
  assert.deepEqual(moves('再生可能エネルギーの割合は28.4％から31.2％に上昇した。'), ['pp:2.8:up', 'percent:9.9:up']);
  // Two levels side by side without a move between them are not one.
  assert.deepEqual(moves('The share was 28.4% in 2022 and 31.2% in 2023.'), []);
});

test('a draft that states the move agrees; one that says percent for points, or other points, is told the points', () => {
  const corpus = snapshotOf({ 'ardent2024_energy.md': REVIEW });
  assert.equal(findingFor(corpus, "Renewables' share of electricity generation rose 2.8 percentage points in 2023 [@ardent2024].", '2.8 percentage points')?.status, 'supported');
  assert.equal(findingFor(corpus, "Renewables' share of electricity generation rose 9.9% in 2023 [@ardent2024].", '9.9%')?.status, 'supported');
  const other = findingFor(corpus, "Renewables' share of electricity generation rose 3.5 percentage points in 2023 [@ardent2024].", '3.5 percentage points');
  assert.equal(other?.status, 'contradicted');
  assert.match(findingMessage(other!), /gives 2\.8 percentage points/);
  const confused = findingFor(corpus, "Renewables' share of electricity generation rose 2.8% in 2023 [@ardent2024].", '2.8%');
  assert.notEqual(confused?.status, 'supported');
  // The message names the points, not the price rise of the next sentence.
  assert.match(findingMessage(confused!), /2\.8 percentage points/);
  assert.doesNotMatch(findingMessage(confused!), /6\.5%/);
});
