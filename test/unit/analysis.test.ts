import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analysis, type Draft } from '../../server/src/analysis/analysis.js';
import { analyzeDraft, checkDraft, type CorpusSnapshot } from '../../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';
import { cursor, snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

// The facade every caller goes through (server handlers, diagnostics, the command line), tested
// in memory: a corpus built from strings, drafts as plain objects, answers as offsets.
const ARCTIC = '# 北极航道合作研究\n\n在能源领域，双方提出“绿色走廊”，即以清洁能源运输为核心的跨境通道。\n';
const corpus = snapshotOf({ '/corpus/okafor2021.md': RAIL_SOURCE, '/corpus/li2023_arctic.md': ARCTIC });
const DRAFT =
  'In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight [@okafor2021].\n\nIn 2020 the line carried 2.9 million tonnes of freight [@okafor2021]. See [@nobody2020].\n';

function draft(text: string, version = 1, uri = 'file:///drafts/brief.md'): Draft {
  return { uri, version, getText: () => text };
}

function analysisOver(snapshot: CorpusSnapshot = corpus): Analysis {
  return new Analysis(() => snapshot);
}

test('hover: a citation key shows its reference, a figure its verdict, a term its definition, each with the range it covers', () => {
  const analysis = analysisOver();
  const doc = draft(DRAFT);
  const key = analysis.hover(doc, DRAFT.indexOf('okafor2021') + 3);
  assert.ok(key);
  assert.match(key.markdown, /Rail freight in the Gulf of Guinea/);
  assert.equal(DRAFT.slice(key.start, key.end), 'okafor2021');
  const figure = analysis.hover(doc, DRAFT.indexOf('2.9') + 1);
  assert.ok(figure);
  assert.equal(DRAFT.slice(figure.start, figure.end).trim(), '2.9 million tonnes');
  assert.match(figure.markdown, /1\.42 million tonnes/, 'the contradicting value is quoted');
  const { text, offset } = cursor('应建设绿色|走廊。');
  const term = analysis.hover(draft(text, 1, 'file:///drafts/other.md'), offset);
  assert.ok(term);
  assert.match(term.markdown, /清洁能源运输为核心的跨境通道/);
  assert.equal(analysis.hover(doc, 0), undefined, 'nothing on a plain word');
});

test('hover shows the figure verdicts it is given, not its own, when the caller passes them', () => {
  const analysis = analysisOver();
  assert.equal(analysis.hover(draft(DRAFT), DRAFT.indexOf('2.9') + 1, { findings: [] }), undefined);
});

test('completions: keys after "@" with the range each replaces; none outside a citation', () => {
  const analysis = analysisOver();
  const { text, offset } = cursor('Freight grew [@oka|].');
  const items = analysis.completions(draft(text), offset);
  assert.ok(items);
  assert.deepEqual(
    items.map((i) => i.key),
    ['okafor2021'],
  );
  assert.equal(text.slice(items[0].replaceStart, items[0].replaceEnd), 'oka');
  assert.equal(analysis.completions(draft(text), 3), undefined);
});

test('definition and references are file locations in the corpus', () => {
  const analysis = analysisOver();
  const [source] = analysis.definition(draft(DRAFT), DRAFT.indexOf('okafor2021') + 1);
  assert.equal(source.uri, 'file:///corpus/okafor2021.md');
  // Another uri: a draft is its uri and version (the same pair is the same parse).
  const { text, offset } = cursor('绿色|走廊');
  const term = draft(text, 1, 'file:///drafts/term.md');
  const [definition] = analysis.definition(term, offset);
  assert.equal(definition.uri, 'file:///corpus/li2023_arctic.md');
  assert.equal(definition.range.start.line, 2);
  const refs = analysis.references(term, offset);
  assert.ok(refs.length >= 1 && refs.every((r) => r.uri === 'file:///corpus/li2023_arctic.md'));
  assert.deepEqual(analysis.definition(draft(DRAFT), 0), []);
  assert.deepEqual(analysis.references(draft(DRAFT), 0), []);
});

test('check and diagnostics give what the core check gives; cancelled diagnostics give nothing', async () => {
  const analysis = analysisOver();
  const expected = checkDraft(corpus, analyzeDraft(DRAFT), DEFAULT_SETTINGS);
  assert.deepEqual(analysis.check(draft(DRAFT), DEFAULT_SETTINGS), expected);
  assert.deepEqual(
    await analysisOver().diagnostics(draft(DRAFT), DEFAULT_SETTINGS, { isCancellationRequested: false }),
    expected,
  );
  assert.deepEqual(
    expected.diagnostics.map((d) => d.code),
    ['figure.contradicted', 'citation.unknown-key'],
  );
  const cancelled = analysisOver();
  assert.equal(
    await cancelled.diagnostics(draft(DRAFT), DEFAULT_SETTINGS, { isCancellationRequested: true }),
    undefined,
  );
  assert.equal(cancelled.cachedFigureFindings(draft(DRAFT)), undefined, 'a cancelled check leaves nothing behind');
});

test('figure findings are cached per uri, version and snapshot, shared by check, diagnostics and hover, and dropped on close', async () => {
  let snapshot = corpus;
  const analysis = new Analysis(() => snapshot);
  assert.equal(analysis.cachedFigureFindings(draft(DRAFT)), undefined);
  const first = analysis.figureFindings(draft(DRAFT));
  assert.deepEqual(
    first.map((f) => f.status),
    ['supported', 'contradicted'],
  );
  assert.equal(analysis.figureFindings(draft(DRAFT)), first, 'the same version: the same findings, not recomputed');
  assert.notEqual(analysis.figureFindings(draft(DRAFT, 2)), first, 'a new version is checked again');
  const checked = await analysis.diagnostics(draft(DRAFT, 3), DEFAULT_SETTINGS, { isCancellationRequested: false });
  assert.equal(
    analysis.cachedFigureFindings(draft(DRAFT, 3)),
    checked?.figures,
    'diagnostics leave their findings for hovers',
  );
  snapshot = snapshotOf({ '/corpus/okafor2021.md': RAIL_SOURCE });
  (snapshot as { version: number }).version = corpus.version + 1;
  assert.equal(analysis.cachedFigureFindings(draft(DRAFT, 3)), undefined, 'a new snapshot invalidates them');
  analysis.figureFindings(draft(DRAFT, 3));
  analysis.close('file:///drafts/brief.md');
  assert.equal(analysis.cachedFigureFindings(draft(DRAFT, 3)), undefined, 'closed: forgotten');
});

test('diagnostics are kept for the version they started on, though the document changes while they run', async () => {
  const analysis = analysisOver();
  const doc = {
    uri: 'file:///drafts/live.md',
    version: 1,
    text: DRAFT,
    getText() {
      return this.text;
    },
  };
  const running = analysis.diagnostics(doc, DEFAULT_SETTINGS, { isCancellationRequested: false });
  doc.version = 2;
  doc.text = 'Nothing here.';
  const check = await running;
  assert.equal(check?.figures.length, 2, 'the text it started with');
  assert.equal(analysis.cachedFigureFindings({ uri: doc.uri, version: 1, getText: () => DRAFT }), check?.figures);
  assert.equal(analysis.cachedFigureFindings(doc), undefined, 'not filed under the newer version');
});

test('the view narrows the corpus per draft: a draft that sees no corpus gets no reference hover and unknown keys', () => {
  const empty = snapshotOf({});
  const analysis = new Analysis(
    () => corpus,
    (uri, _text, snapshot) => (uri.endsWith('isolated.md') ? empty : snapshot),
  );
  const offset = DRAFT.indexOf('okafor2021') + 1;
  assert.ok(analysis.hover(draft(DRAFT), offset));
  assert.equal(analysis.hover(draft(DRAFT, 1, 'file:///drafts/isolated.md'), offset), undefined);
  assert.ok(analysis.reference('okafor2021'));
  assert.equal(analysis.reference('okafor2021', draft(DRAFT, 1, 'file:///drafts/isolated.md')), undefined);
  const codes = analysis
    .check(draft(DRAFT, 1, 'file:///drafts/isolated.md'), DEFAULT_SETTINGS)
    .diagnostics.map((d) => d.code);
  assert.equal(codes.filter((c) => c === 'citation.unknown-key').length, 3);
});

test('search, reference search and the figure reports answer from the corpus', () => {
  const analysis = analysisOver();
  assert.deepEqual(
    analysis.searchReferences('Okafor rail', 5).map((h) => h.key),
    ['okafor2021'],
  );
  assert.ok(analysis.search('locomotives').some((h) => h.uri === 'file:///corpus/okafor2021.md'));
  const rows = analysis.figureReport(draft(DRAFT), (offset) => ({
    line: DRAFT.slice(0, offset).split('\n').length - 1,
    character: 0,
  }));
  assert.deepEqual(
    rows.map((r) => [r.figure, r.status, r.line, r.source]),
    [
      ['1.42 million tonnes', 'supported', 0, 'okafor2021'],
      ['2.9 million tonnes', 'contradicted', 2, 'okafor2021'],
    ],
  );
  const source = analysis.sourceFigureReport('/corpus/okafor2021.md');
  assert.ok(source && source.some((r) => r.figure === '1.42 million tonnes' && r.status === 'source'));
  assert.equal(analysis.sourceFigureReport('/corpus/missing.md'), undefined);
});
