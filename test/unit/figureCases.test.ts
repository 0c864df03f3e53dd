import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSnapshot } from '../helpers/corpusOnDisk.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures, type FigureFinding } from '../../server/src/core/figures/figureCheck.js';
import { findingMessage } from '../../server/src/core/figures/findingMessages.js';
import { hoverAt } from '../../server/src/features/hover.js';

// The cases reported against the first figure check, each reproduced with the bundled corpus.
const snapshot = bundledSnapshot();
const check = (draft: string): FigureFinding[] => checkDraftFigures(snapshot, analyzeDraft(draft));
const only = (draft: string): FigureFinding => {
  const all = check(draft);
  assert.equal(all.length, 1, `${draft}: ${all.map((f) => f.figure.text).join(', ')}`);
  return all[0];
};

test('1: a share of services is not backed by the GDP bound or the goods share of the same sentence', () => {
  const f = only('东北亚国家服务贸易约占全球服务贸易总量的35%。');
  assert.notEqual(f.status, 'uncited');
  assert.notEqual(f.status, 'supported');
  if (f.status === 'contradicted') assert.match(findingMessage(f), /gives 14%/);
});

test('2: goods 14% citing a source that gives goods 21% and services 14% is contradicted, quoting 21%', () => {
  const f = only('2020年，东北亚货物贸易约占全球货物贸易总量的14%[@piao2022]。');
  assert.equal(f.status, 'contradicted');
  assert.match(findingMessage(f), /gives 21%/);
});

test('3: 23.4% of East Asia is not 23.4% of the world; the source gives East Asia 90%', () => {
  const f = only('2022年中日韩的经济总规模约占东亚经济总量的23.4%[@ba2024]。');
  assert.equal(f.status, 'contradicted');
  assert.match(findingMessage(f), /gives 90%/);
});

test('4: swapped years make both values wrong', () => {
  const all = check('三国间贸易总额从1999年的8000亿美元增长至2022年的1300亿美元[@ba2024]。');
  assert.deepEqual(all.map((f) => f.status), ['contradicted', 'contradicted']);
  assert.match(findingMessage(all[0]), /1300亿美元/);
  assert.match(findingMessage(all[1]), /8000亿美元/);
});

test('5: an English draft citing a Chinese source with the same figures and years is supported', () => {
  const all = check('Trade among the three countries grew from about 130 billion US dollars in 1999 to nearly 800 billion US dollars in 2022 [@ba2024].');
  assert.deepEqual(all.map((f) => [f.figure.value, f.status]), [[1.3e11, 'supported'], [8e11, 'supported']]);
});

test('6: a sentence about another group (RCEP members) does not contradict a figure about 中日韩', () => {
  const f = only('中日韩三国人口约占世界的五分之一[@ba2024]。');
  assert.notEqual(f.status, 'contradicted');
  assert.notEqual(f.status, 'supported');
});

test('7: a value in the source\'s table is supported, and a bound (15%以上) in its prose does not contradict it', () => {
  const f = only('2020年日本与域内国家货物贸易额占其贸易总额的30.8% [@piao2022]');
  assert.equal(f.status, 'supported');
  assert.match(f.support[0].doc.normalized.text.slice(f.support[0].sentenceStart, f.support[0].sentenceEnd), /日本1418 16\.5 3935 30\.8/);
});

test('8: a draft more precise than its cited source is told which source gives the precise figure', () => {
  const f = only('近几年中国与日韩俄朝蒙五国贸易额约占对外贸易总额的16.4%[@peninsula-cooperation]。');
  assert.equal(f.status, 'supported');
  assert.equal(f.preciseElsewhere?.doc.key, 'wang2018');
});

test('9: messages quote the figure whose claim matched, one per source and measure', () => {
  const f = only('2020年，东北亚货物贸易约占全球货物贸易总量的14%[@piao2022]。');
  assert.doesNotMatch(findingMessage(f), /other sources give @piao2022 14%/);
  assert.equal(f.conflicts[0].figure.text, '21%');
});

test('the hover on a figure shows the draft claim beside the source claim it was judged against', () => {
  const draft = '2020年，东北亚货物贸易约占全球货物贸易总量的14%[@piao2022]。';
  const analysis = analyzeDraft(draft);
  const findings = checkDraftFigures(snapshot, analysis);
  const hover = hoverAt(snapshot, analysis, draft.indexOf('14%'), findings);
  assert.ok(hover);
  const rows = hover.markdown.split('\n').filter((l) => l.startsWith('|'));
  assert.match(rows[0], /value \| kind \| year \| countries \| share of/);
  assert.match(rows[2], /^\| draft \| about 14% \| share \| 2020 \|.*全球货物贸易总量/);
  assert.match(rows[3], /^\| @piao2022 \| about 21% \| share \| 2020 \|.*全球货物贸易总量/);
});

test('the hover on a figure the cited source only rounds names the precise source', () => {
  const draft = '近几年中国与日韩俄朝蒙五国贸易额约占对外贸易总额的16.4%[@peninsula-cooperation]。';
  const analysis = analyzeDraft(draft);
  const hover = hoverAt(snapshot, analysis, draft.indexOf('16.4'), checkDraftFigures(snapshot, analysis));
  assert.match(hover?.markdown ?? '', /@wang2018 gives 16\.4%/);
});

test('a table cell read with its row and column: an uncited value is traced to it, a changed one is contradicted with the unit shown', () => {
  const uncited = only('2020年日本与域内国家货物贸易额占其贸易总额的30.8%。');
  assert.equal(uncited.status, 'uncited');
  assert.equal(uncited.support[0].doc.key, 'piao2022');
  const changed = only('2020年日本与域内国家货物贸易额占其贸易总额的35.8% [@piao2022]。');
  assert.equal(changed.status, 'contradicted');
  assert.match(findingMessage(changed), /@piao2022 gives 30\.8% \(2020\).*2020年: 日本 30\.8/);
});
