import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../../server/src/analysis/analysis.js';
import { SILENT_LOGGER, type FigureFinding } from '../../server/src/core/index.js';
import { createGuard } from '../../server/src/lsp/guard.js';
import {
  registerCodeActionSupport,
  registerCompletionSupport,
  registerHoverSupport,
  registerNavigationSupport,
} from '../../server/src/lsp/languageFeatures.js';
import { customRequestHandlers } from '../../server/src/lsp/customRequestHandlers.js';
import type { ServerContext } from '../../server/src/lsp/serverContext.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

// The LSP side of the editor's requests, without a process: handlers registered on a fake
// connection, called with LSP params, over a real Analysis of an in-memory corpus.
const corpus = snapshotOf({ '/corpus/okafor2021.md': RAIL_SOURCE });
const URI = 'file:///drafts/brief.md';
// An emoji before the figure: LSP characters are UTF-16 code units, offsets are too.
const TEXT = 'Intro line\nIn 2020 🚆 the line carried 2.9 million tonnes of freight [@okafor2021]. See [@oka';

type Handler = (params: unknown, token: { isCancellationRequested: boolean }) => unknown;

function serverOver(findings?: FigureFinding[]) {
  const handlers = new Map<string, Handler>();
  const on = (name: string) => (h: Handler) => void handlers.set(name, h);
  const connection = {
    onHover: on('hover'),
    onDefinition: on('definition'),
    onReferences: on('references'),
    onCompletion: on('completion'),
    onCodeAction: on('codeAction'),
  };
  const doc = TextDocument.create(URI, 'markdown', 3, TEXT);
  const analysis = new Analysis(() => corpus);
  const diagnostics = {
    findingsFor: async () => ({ version: doc.version, findings: findings ?? analysis.figureFindings(doc) }),
  };
  const ctx = {
    connection,
    documents: { get: (uri: string) => (uri === URI ? doc : undefined) },
    logger: SILENT_LOGGER,
    guard: createGuard(SILENT_LOGGER),
    analysis,
    diagnostics,
    state: { settings: DEFAULT_SETTINGS, locale: 'en', init: {}, workspaceFolders: [], client: {} },
  } as unknown as ServerContext;
  registerHoverSupport(ctx);
  registerNavigationSupport(ctx);
  registerCompletionSupport(ctx);
  registerCodeActionSupport(ctx);
  const call = (name: string, params: unknown) => handlers.get(name)!(params, { isCancellationRequested: false });
  return { call, ctx, doc };
}

const at = (line: number, character: number, uri = URI) => ({ textDocument: { uri }, position: { line, character } });

test('a hover on a figure after an emoji: the verdict, with the figure range in UTF-16 positions', async () => {
  const { call } = serverOver();
  const hover = (await call('hover', at(1, 29))) as { contents: { value: string }; range: unknown };
  assert.match(hover.contents.value, /1\.42 million tonnes/);
  assert.deepEqual(hover.range, { start: { line: 1, character: 28 }, end: { line: 1, character: 46 } });
  assert.equal(TEXT.split('\n')[1].slice(28, 46), '2.9 million tonnes');
});

test('a hover uses the findings the publisher gives; none for an unknown document or a plain word', async () => {
  const { call } = serverOver([]);
  assert.equal(await call('hover', at(1, 29)), null, 'no findings given: no figure hover');
  assert.equal(await call('hover', at(0, 1)), null);
  assert.equal(await call('hover', at(0, 1, 'file:///never-opened.md')), null);
});

test('definition of a citation key: the source file; references on a non-term: none', () => {
  const { call } = serverOver();
  const key = TEXT.split('\n')[1].indexOf('okafor2021');
  const [loc] = call('definition', at(1, key + 2)) as { uri: string }[];
  assert.equal(loc.uri, 'file:///corpus/okafor2021.md');
  assert.deepEqual(call('references', at(1, 2)), []);
  assert.deepEqual(call('definition', at(0, 0, 'file:///never-opened.md')), []);
});

test('completion after "[@oka": an incomplete list whose edit replaces the typed key', () => {
  const { call } = serverOver();
  const line = TEXT.split('\n')[1];
  const list = call('completion', at(1, line.length)) as {
    isIncomplete: boolean;
    items: { label: string; textEdit: { range: unknown; newText: string } }[];
  };
  assert.equal(list.isIncomplete, true);
  assert.deepEqual(
    list.items.map((i) => i.label),
    ['okafor2021'],
  );
  assert.deepEqual(list.items[0].textEdit.range, {
    start: { line: 1, character: line.length - 3 },
    end: { line: 1, character: line.length },
  });
  assert.equal(call('completion', at(0, 2)), null, 'outside a citation: nothing');
});

test('code actions only for our diagnostics that carry fix data', () => {
  const { call } = serverOver();
  const foreign = {
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } },
    code: 'spelling',
    message: 'x',
  };
  assert.deepEqual(
    call('codeAction', { textDocument: { uri: URI }, range: foreign.range, context: { diagnostics: [foreign] } }),
    [],
  );
  assert.deepEqual(
    call('codeAction', {
      textDocument: { uri: 'file:///never-opened.md' },
      range: foreign.range,
      context: { diagnostics: [] },
    }),
    [],
  );
});

test('the policyWriter/* handlers answer from the Analysis: search, references, figure reports, formatted references', async () => {
  const { ctx } = serverOver();
  const reports = { report: () => ({ sources: 1 }) as never, reindex: async () => ({ sources: 2 }) as never };
  const requests = customRequestHandlers(ctx, { snapshot: () => corpus } as never, reports);
  assert.deepEqual(
    requests.searchReferences('okafor', 5).map((h) => h.key),
    ['okafor2021'],
  );
  assert.ok(requests.searchCorpus('locomotives').length > 0);
  const rows = requests.figureReport(URI);
  assert.deepEqual(
    rows.map((r) => [r.figure, r.status, r.line, r.character]),
    [['2.9 million tonnes', 'contradicted', 1, 28]],
  );
  assert.ok(requests.figureReport('file:///corpus/okafor2021.md').every((r) => r.status === 'source'));
  assert.deepEqual(requests.figureReport('file:///nowhere.md'), []);
  assert.equal(requests.formatReference('okafor2021', URI)?.style, 'plain');
  assert.equal(requests.formatReference('nobody', ''), null);
  assert.equal(requests.sourceText('file:///corpus/okafor2021.md'), null, 'a text source has no extracted text');
  assert.deepEqual(await requests.reindex(), { sources: 2 });
  assert.deepEqual(requests.indexReport(), { sources: 1 });
});
