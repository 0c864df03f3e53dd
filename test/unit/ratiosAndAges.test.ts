import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { describeValue } from '../../server/src/core/figures/findingMessages.js';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';

// An invented pensions release: a table whose columns say what they measure but give no unit, and
// prose with average ages and an age group (a trial user's brief met each of these).
const SOURCE = `---
id: pensionoffice2025
title: Pensions at a Glance 2025
year: 2025
---
# Pensions at a Glance 2025

The statutory retirement age will rise gradually across member countries.

| Country | Old-age dependency ratio | Normal retirement age |
| --- | --- | --- |
| Norland | 54.0 | 66.7 |
| Estria | 41.2 | 65.0 |
| Valdor | 38.9 | 64.5 |

In Norland, 27% of workers aged over 60 remain employed, up from 19% a decade earlier.
Men in Valdor retire at 63.2 on average, women at 61.9.
`;
const snapshot = assembleSnapshot(1, new Map([['/c/pensionoffice2025_glance.md', indexFile('/c/pensionoffice2025_glance.md', Buffer.from(SOURCE))]]));
const check = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(draft));
const statusOf = (draft: string, figure: string) => check(draft).find((f) => f.figure.text.includes(figure))?.status;

test('a table column headed by a ratio or an age gives its decimals that measure', () => {
  assert.equal(statusOf("Norland's old-age dependency ratio was 54.0 [@pensionoffice2025].", '54.0'), 'supported');
  assert.equal(statusOf("Norland's old-age dependency ratio is 58.0 [@pensionoffice2025].", '58.0'), 'contradicted');
  assert.equal(statusOf("Norland's normal retirement age is 66.7 [@pensionoffice2025].", '66.7'), 'supported');
  assert.equal(statusOf("Estria's normal retirement age is 65.0 [@pensionoffice2025].", '65.0'), 'supported');
});

test('an average age in English prose is read, in the source and in the draft, and the next one in the list too', () => {
  assert.deepEqual(parseFigures('Men in Valdor retire at 63.2 on average, women at 61.9.').map((f) => [f.text, f.unit]), [['63.2', 'age'], ['61.9', 'age']]);
  assert.equal(statusOf('Men in Valdor retire at 63.2 on average [@pensionoffice2025].', '63.2'), 'supported');
  assert.equal(statusOf('Men in Valdor retire at 63.2 on average [@pensionoffice2025], and women at 62.9 [@pensionoffice2025].', '62.9'), 'contradicted');
  // A whole number is the rule's threshold, not a statistic.
  assert.deepEqual(parseFigures('They retire at 65. The retirement age is 65.'), []);
});

test("a clause's subject is looked for in its own sentence, not across a paragraph break", () => {
  const figures = parseFigures('Most workers aged over 60 remain employed [@a].\n\nMen in Valdor retire at 63.2 on average.');
  assert.deepEqual(figures.map((f) => f.unit), ['age']);
});

test('an age that draws a group of people is no statistic, and a share of that group is read as a share', () => {
  assert.deepEqual(parseFigures('People over 60 face barriers to work.'), []);
  // The end of an age band: "aged 65 to 69", "ages 18-24", "between the ages of 25 and 34".
  assert.deepEqual(parseFigures('Among tenants aged 65 to 69, 38% rent privately.').map((f) => f.text), ['38%']);
  assert.deepEqual(parseFigures('Voters between the ages of 25 and 34 turned out less.'), []);
  assert.deepEqual(parseFigures('Drivers ages 18-24 paid the most.'), []);
  assert.deepEqual(parseFigures('Among adults over 65, 40% live alone.').map((f) => f.text), ['40%']);
  assert.deepEqual(parseFigures('Over 60 firms joined, and it has over 60 members.').map((f) => f.text), ['Over 60 firms', 'over 60 members']);
  assert.equal(statusOf("People over 60 face barriers; 27% of Norland's workers aged over 60 remain employed [@pensionoffice2025].", '27%'), 'supported');
});

test('a message writes the source value with the decimals it was written with, and ages in years', () => {
  const f = check("Norland's old-age dependency ratio is 58.0 [@pensionoffice2025].").find((x) => x.figure.text === '58.0')!;
  assert.equal(describeValue(f.conflicts[0].figure), '54.0');
  assert.equal(describeValue(f.conflicts[0].figure, 'zh'), '54.0');
  const age = check('Men in Valdor retire at 63.2 on average [@pensionoffice2025].')[0];
  assert.equal(describeValue(age.support[0].figure), '63.2 years');
});

// An invented Japanese survey: a whole, then the value of an age group within it (このうち…以上では).
const SURVEY = `---
id: kitahara2025
title: 高齢者の社会参加に関する調査
year: 2025
---
# 調査結果の概要

　地域の有償ボランティアに参加している人は34.2%で、前回調査から1.8ポイント上昇した。このうち、75歳以上
では約1割（12.4%）が参加している。
`;
const survey = assembleSnapshot(1, new Map([['/c/kitahara2025_chosa.md', indexFile('/c/kitahara2025_chosa.md', Buffer.from(SURVEY))]]));
const surveyStatus = (draft: string, figure: string) => checkDraftFigures(survey, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))?.status;

test("a draft about an age group is not backed by the whole's value when the source gives that group's", () => {
  assert.equal(surveyStatus('其中，75岁以上老人中约三成参加有偿志愿活动[@kitahara2025]。', '三成'), 'contradicted');
  assert.equal(surveyStatus('Among people aged 75 and over, 34.2% take part in paid volunteering [@kitahara2025].', '34.2%'), 'contradicted');
  assert.equal(surveyStatus('其中，75岁以上老人中约一成参加有偿志愿活动[@kitahara2025]。', '一成'), 'supported');
  // The whole, with no group named, is the whole's.
  assert.equal(surveyStatus('参加有偿志愿活动的老人占34.2%[@kitahara2025]。', '34.2%'), 'supported');
});
