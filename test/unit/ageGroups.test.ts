import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { spanFeatures } from '../../server/src/core/figures/context.js';

// An invented city communiqué: two shares of the population that differ only in the age group.
const SOURCE = `---
id: qingshan2024
title: 青山市2023年国民经济和社会发展统计公报
year: 2024
---
年末常住人口210.4万人。60岁及以上人口占常住人口的24.8%，其中65岁及以上人口占18.1%。
`;
const snapshot = assembleSnapshot(1, new Map([['/c/qingshan2024_gongbao.md', indexFile('/c/qingshan2024_gongbao.md', Buffer.from(SOURCE))]]));
const statusOf = (draft: string, figure: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))?.status;

test('an age group is one concept in every language', () => {
  const group = (t: string) => [...spanFeatures(t, 0, t.length)].filter((f) => f.startsWith('c:age:'));
  for (const t of ['65岁及以上人口', '만 65세 이상 노인', 'residents aged 65 and over', 'adults 65+', 'people 65 or older']) assert.deepEqual(group(t), ['c:age:65+'], t);
  assert.deepEqual(group('children aged under 15'), ['c:age:15-']);
  assert.deepEqual(group('over 60 percent of exports'), []);
});

test('a share of the over-60s is no support for the same share of the over-65s, in either language', () => {
  assert.equal(statusOf('青山市65岁及以上人口占比为24.8%[@qingshan2024]。', '24.8%'), 'contradicted');
  assert.equal(statusOf('In Qingshan, residents aged 65 and over made up 18.1% of the population [@qingshan2024].', '18.1%'), 'supported');
  assert.equal(statusOf('青山市60岁及以上人口占24.8%[@qingshan2024]。', '24.8%'), 'supported');
});

// An invented communiqué whose shares name their age group only in the clause before them.
const SUBJECTS = `---
id: heshan2024
title: 和山市2023年统计公报
year: 2024
---
年末60周岁及以上常住人口51.3万人，占常住人口的22.6%，其中65周岁及以上人口37.9万人，占16.7%。
`;
const subjects = assembleSnapshot(1, new Map([['/c/heshan2024_gongbao.md', indexFile('/c/heshan2024_gongbao.md', Buffer.from(SUBJECTS))]]));

test('a share whose clause names no age group is about the group its subject clause names', () => {
  const status = (draft: string, figure: string) => checkDraftFigures(subjects, analyzeDraft(draft)).find((f) => f.figure.text.includes(figure))?.status;
  assert.equal(status('In Heshan, 16.7% of residents were aged 65 or over [@heshan2024].', '16.7%'), 'supported');
  // The over-60s' share is no backing for the over-65s.
  assert.notEqual(status('In Heshan, 22.6% of residents were aged 65 or over [@heshan2024].', '22.6%'), 'supported');
});

test('"those under 50" and "workers over 60" are age groups; "under 50 percent" is not', () => {
  const group = (t: string) => [...spanFeatures(t, 0, t.length)].filter((f) => f.startsWith('c:age:'));
  assert.deepEqual(group('those under 50 make up only a tenth'), ['c:age:50-']);
  assert.deepEqual(group('workers over 60 are a third'), ['c:age:60+']);
  assert.deepEqual(group('people under 50 percent of the median'), []);
});
