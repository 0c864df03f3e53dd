import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDraft, checkDraft, checkDraftSliced, figureFindings, NEVER_CANCELLED } from '../../server/src/core/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/settings.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

// The facade every caller uses to turn a draft into findings (editor, CLI, bench), tested in memory.
const corpus = snapshotOf({ '/corpus/okafor2021.md': RAIL_SOURCE });
const DRAFT = 'In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight and 86 locomotives served it [@okafor2021].\n\nIn 2020 the line carried 2.9 million tonnes of freight [@okafor2021]. See [@nobody2020].\n';

const codes = (settings: Settings) => checkDraft(corpus, analyzeDraft(DRAFT), settings).diagnostics.map((d) => [d.code, d.severity]);
const withSeverity = (severity: Partial<Settings['figures']['severity']>, enabled = true): Settings => ({ ...DEFAULT_SETTINGS, figures: { enabled, severity: { ...DEFAULT_SETTINGS.figures.severity, ...severity } } });

test('checkDraft gives every figure its verdict and the diagnostics the settings let through, by offset', () => {
  const check = checkDraft(corpus, analyzeDraft(DRAFT), DEFAULT_SETTINGS);
  assert.deepEqual(check.figures.map((f) => [f.figure.text.trim(), f.status]), [['1.42 million tonnes', 'supported'], ['86 locomotives', 'supported'], ['2.9 million tonnes', 'contradicted']]);
  assert.deepEqual(codes(DEFAULT_SETTINGS), [['figure.contradicted', 'error'], ['citation.unknown-key', 'error']]);
  assert.deepEqual(check.figures, figureFindings(corpus, analyzeDraft(DRAFT)), 'the figure verdicts alone are the same');
});

test('checkDraft applies the configured severities; figures off leaves the citation findings', () => {
  assert.deepEqual(codes(withSeverity({ contradicted: 'hint' })), [['figure.contradicted', 'hint'], ['citation.unknown-key', 'error']]);
  assert.deepEqual(codes(withSeverity({ contradicted: 'off' })), [['citation.unknown-key', 'error']]);
  assert.deepEqual(codes(withSeverity({}, false)), [['citation.unknown-key', 'error']]);
  assert.equal(checkDraft(corpus, analyzeDraft(DRAFT), withSeverity({}, false)).figures.length, 3, 'hovers still see the verdicts');
});

test('the sliced check gives what the one-go check gives, and nothing once cancelled', async () => {
  const draft = analyzeDraft(DRAFT);
  assert.deepEqual(await checkDraftSliced(corpus, draft, DEFAULT_SETTINGS, NEVER_CANCELLED), checkDraft(corpus, draft, DEFAULT_SETTINGS));
  assert.equal(await checkDraftSliced(corpus, draft, DEFAULT_SETTINGS, { isCancellationRequested: true }), undefined);
});

test('a cap on diagnostics keeps the first ones by position and adds one counting the rest, in the draft\'s language', () => {
  const draft = analyzeDraft('See [@nokey1]. '.repeat(12));
  const all = checkDraft(corpus, draft, DEFAULT_SETTINGS).diagnostics;
  assert.equal(all.length, 12);
  const capped = checkDraft(corpus, draft, { ...DEFAULT_SETTINGS, maxDiagnostics: 5 }).diagnostics;
  assert.deepEqual(capped.slice(0, 5), all.slice(0, 5));
  assert.equal(capped.length, 6);
  assert.equal(capped[5].code, 'draft.more-findings');
  assert.equal(capped[5].start, all[5].start);
  assert.match(capped[5].message, /^7 more findings/);
  const zh = checkDraft(corpus, draft, { ...DEFAULT_SETTINGS, locale: 'zh', maxDiagnostics: 5 }).diagnostics;
  assert.match(zh[5].message, /还有 7 条提示未显示/);
  // At the cap exactly nothing is added; without a cap (the command line) everything is reported.
  assert.equal(checkDraft(corpus, draft, { ...DEFAULT_SETTINGS, maxDiagnostics: 12 }).diagnostics.length, 12);
});
