import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDraft, checkDraft } from '../../server/src/core/index.js';
import { excludeMatcher, globToRegExp } from '../../server/src/core/corpus/exclude.js';
import { withoutOwnText } from '../../server/src/core/drafts/withoutOwnText.js';
import { getFigureIndex } from '../../server/src/core/figures/figureIndex.js';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings.js';
import { listCorpusFiles } from '../../server/src/workspace.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';

// Drafts are never indexed as sources: a glob (policyWriter.corpus.exclude) leaves them out of the
// corpus folders, and a draft that is a corpus file all the same never supports its own figures.

test('exclusion globs: ** for any folders, * within a name, names without / at any depth', () => {
  const m = excludeMatcher(DEFAULT_SETTINGS.corpus.exclude);
  for (const p of ['drafts/brief.md', 'drafts', 'project/drafts/2024/brief.qmd', 'node_modules/x/readme.md', 'a/.git/HEAD']) assert.ok(m(p), p);
  for (const p of ['sources/wang2018.md', 'drafts.md', 'mydrafts/brief.md', 'references.json']) assert.ok(!m(p), p);
  const named = excludeMatcher(['*.draft.md', 'scratch', 'notes/{old,tmp}/**', 'v[0-9].txt']);
  assert.ok(named('brief.draft.md') && named('deep/down/brief.draft.md'), 'a name pattern matches at any depth');
  assert.ok(named('scratch/a.txt') && named('x/scratch/a.txt'), 'a folder name excludes what is in it');
  assert.ok(named('notes/old/a.txt') && named('notes/tmp') && !named('notes/new/a.txt') && !named('x/notes/old/a.txt'), 'a pattern with / is anchored to the corpus folder');
  assert.ok(named('v1.txt') && !named('vx.txt'));
  assert.ok(excludeMatcher(['/home/me/corpus/private/**'])('/home/me/corpus/private/a.md'), 'an absolute pattern matches the absolute path');
  assert.ok(!excludeMatcher([])('drafts/a.md') && !excludeMatcher(['  '])('a.md'), 'no patterns, nothing excluded');
  assert.ok(globToRegExp('a.b+(c)').test('a.b+(c)') && !globToRegExp('a.b').test('axb'), 'regular-expression characters are literal');
  assert.ok(excludeMatcher(['drafts/**'])('drafts\\brief.md'), 'Windows separators');
});

test('policyWriter.corpus.exclude: defaults, a list of patterns, a wrong type reported', () => {
  assert.deepEqual(parseSettings({}).settings.corpus.exclude, ['**/drafts/**', '**/node_modules/**', '**/.git/**']);
  assert.deepEqual(parseSettings({ corpus: { exclude: ['wip/**'] } }).settings.corpus.exclude, ['wip/**']);
  const wrong = parseSettings({ corpus: { exclude: 'drafts/**' } });
  assert.deepEqual(wrong.settings.corpus.exclude, DEFAULT_SETTINGS.corpus.exclude);
  assert.match(wrong.errors[0], /corpus\.exclude should be an array of glob patterns/);
  // A single string where a list belongs says how to write the list.
  assert.match(wrong.errors[0], /\(write \["drafts\/\*\*"\]\)$/);
  assert.match(parseSettings({ corpus: { paths: 'sources' } }, 'zh').errors[0], /（应写作 \["sources"\]）$/);
  assert.doesNotMatch(parseSettings({ corpus: { includeBundled: 'yes' } }).errors[0], /write/);
});

test('the corpus listing leaves excluded files out and does not enter excluded folders', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pw-exclude-'));
  mkdirSync(path.join(root, 'sources'), { recursive: true });
  mkdirSync(path.join(root, 'drafts', 'old'), { recursive: true });
  writeFileSync(path.join(root, 'sources', 'wang2018.md'), 'x');
  writeFileSync(path.join(root, 'drafts', 'brief.md'), 'x');
  writeFileSync(path.join(root, 'drafts', 'old', 'brief0.md'), 'x');
  writeFileSync(path.join(root, 'brief.wip.md'), 'x');
  const infos: string[] = [];
  const logger = { info: (m: string) => infos.push(m), warn: () => undefined, error: () => undefined };
  const files = await listCorpusFiles([root], logger, excludeMatcher([...DEFAULT_SETTINGS.corpus.exclude, '*.wip.md']));
  assert.deepEqual(files, [path.join(root, 'sources', 'wang2018.md')]);
  assert.match(infos.join('\n'), /2 files or folders .* left out by policyWriter\.corpus\.exclude/);
  // Relative to the corpus folder: a corpus folder that is itself called drafts is still read.
  assert.deepEqual(await listCorpusFiles([path.join(root, 'drafts')], logger, excludeMatcher(DEFAULT_SETTINGS.corpus.exclude)), [path.join(root, 'drafts', 'brief.md'), path.join(root, 'drafts', 'old', 'brief0.md')]);
});

test('a draft that is itself a corpus file never supports its own figures; other drafts still see it', () => {
  const own = '/project/okafor2021.md';
  const corpus = snapshotOf({ [own]: RAIL_SOURCE });
  const text = RAIL_SOURCE;
  const asSeenByOthers = checkDraft(corpus, analyzeDraft(text), DEFAULT_SETTINGS).figures;
  assert.ok(asSeenByOthers.some((f) => f.support.some((s) => s.doc.path === own)), 'the source backs a draft that repeats it');
  const view = withoutOwnText(corpus, own);
  const selfCheck = checkDraft(view, analyzeDraft(text), DEFAULT_SETTINGS).figures;
  assert.ok(selfCheck.length > 0);
  for (const f of selfCheck) {
    assert.ok(f.status !== 'supported' && f.status !== 'uncited', `${f.figure.text}: ${f.status}`);
    assert.ok(![...f.support, ...f.conflicts].some((s) => s.doc.path === own), `${f.figure.text} is judged against itself`);
  }
  assert.equal(getFigureIndex(view).count, 0, 'the view holds no figure of the file');
  assert.ok(view.references.has('okafor2021'), 'its key stays known');
  // The shared snapshot is untouched, and other paths see the whole corpus.
  assert.ok(getFigureIndex(corpus).count > 0);
  assert.equal(withoutOwnText(corpus, '/project/brief.md'), corpus);
  assert.equal(withoutOwnText(corpus, undefined), corpus);
  assert.equal(withoutOwnText(corpus, own), view, 'one view per snapshot and path');
});
