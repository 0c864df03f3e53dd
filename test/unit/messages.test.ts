import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeFromTag, message, MESSAGE_IDS } from '../../server/src/core/messages/messages.js';
import { describeValue } from '../../server/src/core/figures/findingMessages.js';
import type { Figure } from '../../server/src/core/figures/figureParser.js';

// Every parameter any message takes, so each message can be written out in both languages.
const PARAMS = {
  fig: '12.5%', key: 'kim2025', quote: 'q', keys: '@a, @b', other: 'lee2024', cited: '@kim2025', period: '2023', otherPeriod: '2022', value: '2.4 billion', year: '2023',
  others: ['@lee2024 13%'], direction: 'up', draftDirection: 'down', citedKey: 'kim2025', citedValue: '17%', otherValue: '16.4%', suggestions: ['kim2025'], line: 3, detail: 'd', rule: 'figur',
  rules: 'figure.uncited', problem: 'p', figure: '$2.4 billion', list: '@lee2024 13%', files: 'a.md', more: 2, name: 'a.pdf', page: 3, notes: false, kind: 'level', whole: '发电量',
} as const;

const say = (locale: 'en' | 'zh', id: (typeof MESSAGE_IDS)[number]) => String((message as (l: string, id: string, p: unknown) => unknown)(locale, id, PARAMS));

test('every message has a Chinese wording of its own, not the English one', () => {
  assert.ok(MESSAGE_IDS.length >= 30);
  for (const id of MESSAGE_IDS) {
    const en = say('en', id);
    const zh = say('zh', id);
    assert.notEqual(zh, en, id);
    assert.match(zh, /[\p{Script=Han}：]/u, `${id}: ${zh}`);
    assert.doesNotMatch(zh, /\b(?:the|is|of|and|gives)\b/, `${id} has English words left: ${zh}`);
  }
});

test('parameters that are data (figures, keys, quotes) appear unchanged in both languages', () => {
  for (const id of ['figure.uncited', 'figure.contradicted', 'figure.morePreciseElsewhere'] as const) {
    for (const locale of ['en', 'zh'] as const) {
      const text = say(locale, id);
      assert.ok(text.includes('12.5%') && text.includes('@kim2025'), `${locale} ${id}: ${text}`);
    }
  }
});

test('the locale of a tag: any Chinese one is zh, everything else en', () => {
  for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh-tw', 'zh-Hant-HK', 'zh_CN.UTF-8', 'ZH-SG']) assert.equal(localeFromTag(tag), 'zh', tag);
  for (const tag of [undefined, null, '', 'en', 'en-US', 'C.UTF-8', 'POSIX', 'ja', 'zu', 'zhx']) assert.equal(localeFromTag(tag), 'en', String(tag));
});

test('a value in Chinese is counted in 万 and 亿, with its unit after it and its bound before it', () => {
  const fig = (value: number, unit: string, qualifier = 'exact', high = value) => ({ value, high, unit, qualifier, kind: 'level' }) as unknown as Figure;
  assert.equal(describeValue(fig(4.76e9, 'USD'), 'zh'), '47.6亿美元');
  assert.equal(describeValue(fig(3e7, 'visits', 'lower'), 'zh'), '至少3000万人次');
  assert.equal(describeValue(fig(1.2e6, 'ton', 'approx'), 'zh'), '约120万吨');
  assert.equal(describeValue(fig(47.3, 'percent'), 'zh'), '47.3%');
  assert.equal(describeValue(fig(10, 'percent', 'range', 20), 'zh'), '10–20%');
  assert.equal(describeValue(fig(2401e8, 'CNY'), 'zh'), '2401亿元');
  assert.equal(describeValue(fig(1.5e12, 'KRW'), 'zh'), '1.5万亿韩元');
  assert.equal(describeValue(fig(0.3, 'pp'), 'zh'), '0.3个百分点');
  assert.equal(describeValue(fig(4.76e9, 'USD')), '4.76 billion USD', 'English unchanged');
});

test('a source hedge written "estimated at" reads "an estimated" after "gives": no "gives estimated at 1.0"', async () => {
  const { snapshotOf } = await import('../helpers/memoryCorpus.js');
  const { analyzeDraft } = await import('../../server/src/core/drafts/draftAnalysis.js');
  const { checkDraftFigures } = await import('../../server/src/core/figures/figureCheck.js');
  const { findingMessage } = await import('../../server/src/core/figures/findingMessages.js');
  const corpus = snapshotOf({ 'orla2026_births.md': '---\nid: orla2026\ntitle: Births Brief\nyear: 2026\n---\nIn 2025 the fertility rate of Norland was estimated at 1.3.\n' });
  const f = checkDraftFigures(corpus, analyzeDraft('In 2025 the fertility rate of Norland was 1.7 [@orla2026].\n'))[0];
  assert.equal(f?.status, 'contradicted');
  assert.match(findingMessage(f!, 'en'), /^@orla2026 gives an estimated 1\.3 \(2025\), the draft says 1\.7/);
});
