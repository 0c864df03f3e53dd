import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf, cursor } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { hoverAt } from '../../server/src/features/hover.js';
import { getGlossary } from '../../server/src/core/glossary/glossary.js';
import { TermMatcher } from '../../server/src/core/glossary/termMatcher.js';
import { definitionAt } from '../../server/src/features/navigation.js';

// A document the extractor has never seen, with a term defined in each of three styles.
const NEW_DOC = [
  '# 北极航道合作研究',
  '',
  '近年来，所谓“冰上丝绸之路”，是指中俄共同开发利用北极航道的合作构想。',
  '在能源领域，双方提出“绿色走廊”，即以清洁能源运输为核心的跨境通道。',
  'In the literature, polar connectivity refers to the linking of Arctic shipping routes with inland logistics networks.',
  '此外，北极理事会(Arctic Council)是北极事务的主要政府间论坛。',
].join('\n');

const snapshot = snapshotOf({ '/corpus/li2023_arctic.md': NEW_DOC, '/corpus/refs.json': JSON.stringify([{ id: 'li2023', title: '北极航道合作研究', author: [{ family: '李', given: '华' }], issued: { 'date-parts': [[2023]] } }]) });

function hover(marked: string) {
  const { text, offset } = cursor(marked);
  return hoverAt(snapshot, analyzeDraft(text), offset);
}

test('a new document brings its own terms: 所谓“X”，是指…', () => {
  const h = hover('我们建议推进冰上丝|绸之路建设。');
  assert.ok(h, 'no hover');
  assert.match(h.markdown, /冰上丝绸之路/);
  assert.match(h.markdown, /中俄共同开发利用北极航道/);
  assert.match(h.markdown, /@li2023/);
  assert.ok(h.markdown.includes('(file:///corpus/li2023_arctic.md#L3)'), 'link to the original line 3');
});

test('a new document brings its own terms: “Y”，即…', () => {
  const h = hover('应建设绿色|走廊。');
  assert.ok(h);
  assert.match(h.markdown, /清洁能源运输为核心的跨境通道/);
});

test('a new document brings its own terms: English "Z refers to"', () => {
  const h = hover('Improving Polar Connecti|vity matters.');
  assert.ok(h);
  assert.match(h.markdown, /linking of Arctic shipping routes/);
});

test('a parenthetical English name makes two names one entry', () => {
  const zh = hover('北极理事|会的作用');
  const en = hover('the Arctic Coun|cil has observers');
  assert.ok(zh && en);
  assert.equal(zh.markdown, en.markdown);
  assert.match(zh.markdown, /Arctic Council/);
});

test('no hover on words that are not terms, nor inside code or citation keys', () => {
  assert.equal(hover('普通|的句子。'), undefined);
  assert.equal(hover('`绿色|走廊`'), undefined);
  assert.match(hover('[@li20|23] 绿色走廊')!.markdown, /北极航道合作研究/, 'a key shows its reference, not a term');
});

test('go-to-definition on a term opens the defining passage at its original line', () => {
  const { text, offset } = cursor('绿色|走廊');
  const [loc] = definitionAt(snapshot, analyzeDraft(text), offset);
  assert.equal(loc.uri, 'file:///corpus/li2023_arctic.md');
  assert.equal(loc.range.start.line, 3);
});

test('corpus text is escaped: links, commands and HTML from a source do not become live', () => {
  const evil = snapshotOf({
    '/c/evil.txt': '所谓“危险术语”，是指[点击](command:workbench.action.terminal.new)和<img src=x onerror=alert(1)>以及![t](http://x/y.png)。',
  });
  const { text, offset } = cursor('危险|术语');
  const h = hoverAt(evil, analyzeDraft(text), offset)!;
  assert.ok(h);
  assert.ok(!h.markdown.includes('](command:workbench'), h.markdown);
  assert.ok(!h.markdown.includes('<img'));
  assert.ok(!/!\[t\]\(http/.test(h.markdown));
});

test('matcher: longest match wins, variants and case fold, Latin word boundaries and plurals', () => {
  const m = new TermMatcher();
  m.add('中日韩', 0);
  m.add('中日韩+X', 1);
  m.add('East Asian Paradox', 2);
  m.add('RCEP', 3);
  const found = (t: string) => m.findAll(t).map((x) => [x.entryId, t.slice(x.start, x.end)]);
  assert.deepEqual(found('推动中日韩＋X合作'), [[1, '中日韩＋X']]);
  assert.deepEqual(found('推动中日韩 + X合作'), [[1, '中日韩 + X']]);
  assert.deepEqual(found('中日韩合作'), [[0, '中日韩']]);
  assert.deepEqual(found('the east asian paradoxes remain'), [[2, 'east asian paradoxes']]);
  assert.deepEqual(found('RCEPX and xRCEP but RCEP.'), [[3, 'RCEP']]);
});

test('the glossary is built once per snapshot', () => {
  assert.equal(getGlossary(snapshot), getGlossary(snapshot));
});
