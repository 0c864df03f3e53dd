import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures, softWrapsJoined } from '../../server/src/core/figures/figureCheck.js';
import { findingMessage } from '../../server/src/core/figures/findingMessages.js';

const SOURCE = RAIL_SOURCE;
const snapshot = snapshotOf({ '/corpus/okafor2021.md': SOURCE });
const status = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).map((f) => [f.figure.text, f.status]);

test('a hard-wrapped sentence is one sentence: its citation on the next line counts', () => {
  const draft = 'In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight and the\nnetwork was served by 86 locomotives [@okafor2021].\n';
  assert.deepEqual(status(draft), [['1.42 million tonnes', 'supported'], ['86 locomotives', 'supported']]);
});

test('soft wraps join; blank lines, headings, list items, quotes and table rows still break', () => {
  assert.equal(softWrapsJoined('one\ntwo\n\nthree'), 'one two\n\nthree');
  const blocks = '# Head\ntext\n- item\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
  assert.equal(softWrapsJoined(blocks), blocks);
  assert.equal(softWrapsJoined('line with a hard break  \nnext').includes('\n'), true);
  assert.equal(softWrapsJoined('line with a hard break\\\nnext').includes('\n'), true);
});

test('soft wraps as the Markdown parser reads them: inside block quotes, list items and footnotes too, never in code', () => {
  // The hand-written reader broke at every line that starts with ">", so a quoted sentence was cut in two.
  assert.equal(softWrapsJoined('> one\n> two\n'), '> one > two\n');
  assert.equal(softWrapsJoined('- one\n  two\n'), '- one   two\n');
  assert.equal(softWrapsJoined('[^1]: one\n    two\n'), '[^1]: one     two\n');
  assert.equal(softWrapsJoined('```\ncode\ncode\n```\n'), '```\ncode\ncode\n```\n');
});

test('a hard-wrapped sentence in a block quote is one sentence: its citation on the next line counts', () => {
  const draft = '> In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight and the\n> network was served by 86 locomotives [@okafor2021].\n';
  assert.deepEqual(status(draft), [['1.42 million tonnes', 'supported'], ['86 locomotives', 'supported']]);
});

test('a citation at the end of a sentence covers the clauses before its semicolons, within the paragraph', () => {
  const cited = '2020年，拉各斯至伊巴丹铁路运送货物142万吨；机车86台[@okafor2021]。\n';
  assert.deepEqual(status(cited), [['142万吨', 'supported'], ['86台', 'supported']]);
  // A new paragraph after the semicolon: its citation is not the first clause's.
  const apart = '2020年，拉各斯至伊巴丹铁路运送货物142万吨；\n\n机车86台[@okafor2021]。\n';
  assert.deepEqual(status(apart)[0], ['142万吨', 'uncited']);
});

test('a figure citing a key the corpus does not know says so, instead of blaming that source', () => {
  const draft = 'In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight [@nobody2020].\n';
  const [finding] = checkDraftFigures(snapshot, analyzeDraft(draft));
  assert.equal(finding.status, 'not-in-cited-source');
  assert.match(findingMessage(finding), /@nobody2020 is not in the corpus; @okafor2021 gives/);
});

test('the ignore comment right after a figure silences that figure only; alone on a line, the next figure only', () => {
  const one = 'In 2020 the line carried 1.42 million tonnes<!-- policy-writer-ignore --> of freight and 86 locomotives served it [@okafor2021].\n';
  assert.deepEqual(status(one), [['86 locomotives', 'supported']]);
  // Not the whole next line: in a Chinese draft a line is a paragraph.
  const line = '<!-- policy-writer-ignore -->\nIn 2020 the line carried 1.42 million tonnes of freight and 86 locomotives served it [@okafor2021].\n';
  assert.deepEqual(status(line), [['86 locomotives', 'supported']]);
  const before = 'In 2020 the line carried <!-- policy-writer-ignore -->1.42 million tonnes of freight and 86 locomotives served it [@okafor2021].\n';
  assert.deepEqual(status(before), [['86 locomotives', 'supported']]);
  const zh = '2020年，拉各斯至伊巴丹铁路运送货物<!-- policy-writer-ignore -->142万吨，机车86台[@okafor2021]。\n';
  assert.deepEqual(status(zh), [['86台', 'supported']]);
  // Nor does it split a hard-wrapped sentence: the citation on the next line still covers the figure after it.
  const wrapped = 'In 2020 the line carried 1.42 million tonnes<!-- policy-writer-ignore --> of freight\nand 86 locomotives served it [@okafor2021].\n';
  assert.deepEqual(status(wrapped), [['86 locomotives', 'supported']]);
  const wrappedBefore = 'In 2020 the line carried 1.42 million tonnes of freight\n<!-- policy-writer-ignore -->\nand 86 locomotives served it [@okafor2021].\n';
  assert.deepEqual(status(wrappedBefore), [['1.42 million tonnes', 'supported']]);
});

test('a comment inside a sentence does not end it ("<!--" holds a "!"): the citation after it covers the figure before it', () => {
  assert.deepEqual(status('In 2020 the line carried 1.42 million tonnes <!-- TODO: check the unit --> of freight [@okafor2021].\n'), [['1.42 million tonnes', 'supported']]);
  assert.deepEqual(status('2020年，拉各斯至伊巴丹铁路运送货物142万吨<!-- 待核 -->[@okafor2021]。\n'), [['142万吨', 'supported']]);
});

test('a code fence never closed is reported at the fence: nothing after it is checked', async () => {
  const { checkDraft } = await import('../../server/src/core/index.js');
  const { analyzeDraft } = await import('../../server/src/core/drafts/draftAnalysis.js');
  const { DEFAULT_SETTINGS } = await import('../../server/src/settings.js');
  const { snapshotOf } = await import('../helpers/memoryCorpus.js');
  const snapshot = snapshotOf({});
  const codes = (text: string) => { const a = analyzeDraft(text); return checkDraft(snapshot, a, DEFAULT_SETTINGS).diagnostics.map((d) => [d.code, text.slice(d.start, d.end)]); };
  assert.deepEqual(codes('Intro.\n\n```python\nx = 1\n\nTrade grew 12% [@nobody].\n'), [['draft.unclosed-code-fence', '```python']]);
  assert.deepEqual(codes('Intro.\n\n```\nx = 1\n```\n').filter(([c]) => c === 'draft.unclosed-code-fence'), []);
  assert.deepEqual(codes('~~~~\ncode\n~~~\nstill code\n~~~~\n').filter(([c]) => c === 'draft.unclosed-code-fence'), []);
});

test('front matter that is not valid YAML is reported at the line to fix (the unclosed quote); its bibliography is still read', async () => {
  const { checkDraft } = await import('../../server/src/core/index.js');
  const { analyzeDraft } = await import('../../server/src/core/drafts/draftAnalysis.js');
  const { DEFAULT_SETTINGS } = await import('../../server/src/settings.js');
  const { bibliographyPaths } = await import('../../server/src/core/citations/draftBibliography.js');
  const { snapshotOf } = await import('../helpers/memoryCorpus.js');
  const broken = '---\ntitle: "简报\nbibliography: extra.bib\n---\n正文。\n';
  const diagnostics = checkDraft(snapshotOf({}), analyzeDraft(broken), DEFAULT_SETTINGS).diagnostics.filter((d) => d.code === 'draft.front-matter');
  assert.equal(diagnostics.length, 1);
  assert.equal(broken.slice(diagnostics[0].start, diagnostics[0].end), 'title: "简报');
  assert.match(diagnostics[0].message, /not valid YAML near line 2: Missing closing "quote/);
  assert.deepEqual(bibliographyPaths(broken), ['extra.bib']);
  const fine = '---\ntitle: "简报"\nbibliography: extra.bib\n---\n正文。\n';
  assert.deepEqual(checkDraft(snapshotOf({}), analyzeDraft(fine), DEFAULT_SETTINGS).diagnostics.filter((d) => d.code === 'draft.front-matter'), []);
});
