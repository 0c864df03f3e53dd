import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';

const statusOf = (text: string, corpus: ReturnType<typeof snapshotOf>, figure: string) => checkDraftFigures(corpus, analyzeDraft(text)).find((f) => text.slice(f.figure.start, f.figure.end).includes(figure))?.status;

test('"a quarter of it" points back: it names no other whole than the source share', () => {
  const corpus = snapshotOf({ 'tamsin2025_health.md': '---\nid: tamsin2025\ntitle: Tamsin Health Accounts\nyear: 2025\n---\n全省卫生总费用为812亿元，个人卫生支出占卫生总费用的24.3%。\n' });
  assert.equal(statusOf('Health spending came to 81.2 billion yuan, and patients paid roughly a quarter of it out of pocket [@tamsin2025].', corpus, 'quarter'), 'supported');
});

test('every value of the cited source is a candidate, however many near values other sources hold', () => {
  const files: Record<string, string> = { 'tamsin2025_health.md': '---\nid: tamsin2025\ntitle: Tamsin Health Accounts\nyear: 2025\n---\n全省个人卫生支出占卫生总费用的26.4%。\n' };
  // Other sources with the draft's very words and hundreds of values nearer 26% than 26.4%.
  for (let d = 0; d < 60; d++) {
    const lines = Array.from({ length: 6 }, (_, k) => `In district ${d}-${k} out-of-pocket payments were ${(25.8 + ((d * 6 + k) % 50) / 100).toFixed(2)}% of the total.`);
    files[`other${d}2024_district.md`] = `---\nid: other${d}2024\ntitle: District ${d} Health Survey\nyear: 2024\n---\n${lines.join(' ')}\n`;
  }
  const corpus = snapshotOf(files);
  assert.equal(statusOf('Out-of-pocket payments were about 26% of the total [@tamsin2025].', corpus, '26%'), 'supported');
});

test('"38% of what was handed out": a whole named by a clause names no other whole than the source share', () => {
  const corpus = snapshotOf({ 'halden2025_report.md': '---\nid: halden2025\ntitle: Halden Food Network Report\nyear: 2025\n---\nDonated surplus food accounted for 42% of all food distributed, up from 35%.\n' });
  assert.equal(statusOf('Donated surplus food made up 42% of what was handed out [@halden2025].', corpus, '42%'), 'supported');
});

test('a verb that only reports a level ("brought in", "came to") says nothing of what was measured: the named measure decides', () => {
  const corpus = snapshotOf({
    'wrenfield2025_accounts.md': '---\nid: wrenfield2025\ntitle: Wrenfield Museum Trust Annual Accounts\nyear: 2025\n---\nIncome grew to £6.02 million. Admission fees were £2.34 million, including group bookings of £0.41 million; corporate sponsorship brought in £1.18 million; the café and shop came to £0.87 million.\n',
  });
  assert.equal(statusOf('Admission fees brought in £2.3 million [@wrenfield2025].', corpus, '2.3'), 'supported');
  assert.equal(statusOf('Admission fees brought in £2.9 million [@wrenfield2025].', corpus, '2.9'), 'contradicted');
});
