import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITATION_STYLES, cslItem, formatInStyle } from '../../server/src/core/citations/cslFormat.js';
import { parseBibtex } from '../../server/src/core/corpus/bibtex.js';
import { parseSettings } from '../../server/src/settings.js';
import type { Reference } from '../../server/src/core/corpus/types.js';

// References formatted by citeproc-js with the bundled CSL styles (issue #15).
const at = { path: '/refs.bib', line: 0, character: 0 };
const LI: Reference = { id: 'li2020', title: '东北亚区域合作的新进展', authors: ['李明', '张伟'], year: '2020', container: '东北亚论坛', volume: '29', issue: '3', page: '15-28', type: 'article', origin: at };
const KIM: Reference = { id: 'kim2019', title: 'Trade in Northeast Asia', authors: ['Kim, Young-soo', 'Lee, Ji-hoon'], year: '2019', container: 'Asian Survey', volume: '59', issue: '2', page: '1-20', type: 'article-journal', origin: at };

test('GB/T 7714-2015 numeric and author-date, as the standard writes them', () => {
  assert.equal(formatInStyle(LI, 'gb-t-7714-2015-numeric'), '[1] 李明, 张伟. 东北亚区域合作的新进展[J]. 东北亚论坛, 2020, 29(3): 15-28.');
  assert.equal(formatInStyle(LI, 'gb-t-7714-2015-author-date'), '李明, 张伟, 2020. 东北亚区域合作的新进展[J]. 东北亚论坛, 29(3): 15-28.');
  assert.match(formatInStyle(KIM, 'gb-t-7714-2015-numeric'), /^\[1\] KIM Y.*LEE J.*Trade in Northeast Asia\[J\]\. Asian Survey, 2019, 59\(2\): 1-20\.$/);
});

test('APA and Chicago author-date', () => {
  assert.equal(formatInStyle(KIM, 'apa'), 'Kim, Y., & Lee, J. (2019). Trade in Northeast Asia. Asian Survey, 59(2), 1–20.');
  assert.equal(formatInStyle(KIM, 'chicago-author-date'), 'Kim, Young-soo, and Ji-hoon Lee. 2019. “Trade in Northeast Asia.” Asian Survey 59 (2): 1–20.');
  assert.match(formatInStyle(LI, 'apa'), /^李明 & 张伟\. \(2020\)\./);
});

test('Chinese names stay family first: BibTeX "李, 明" is 李明, never 明李', () => {
  const bib = '@article{li2020,\n  author = {李, 明 and 欧阳, 修 and 张 伟},\n  title = {东北亚区域合作},\n  journal = {东北亚论坛},\n  year = {2020}\n}\n';
  const [ref] = parseBibtex('/refs.bib', bib).references;
  assert.deepEqual(ref.authors, ['李明', '欧阳修', '张伟']);
  for (const style of Object.keys(CITATION_STYLES) as (keyof typeof CITATION_STYLES)[]) {
    const text = formatInStyle(ref, style);
    assert.match(text, /李明/, `${style}: ${text}`);
    assert.doesNotMatch(text, /明李|Li, M|LI M/, `${style}: ${text}`);
  }
});

test('plain keeps the neutral format; thin or odd references never throw', () => {
  assert.equal(formatInStyle(LI, 'plain'), '李明, 张伟 (2020) 东北亚区域合作的新进展. 东北亚论坛, vol. 29, no. 3, pp. 15-28.');
  const bare: Reference = { id: 'x', authors: [], origin: at };
  for (const style of Object.keys(CITATION_STYLES) as (keyof typeof CITATION_STYLES)[]) assert.equal(typeof formatInStyle(bare, style), 'string');
  const odd: Reference = { id: 'y', authors: ['World Bank'], year: 'forthcoming', title: 'A & B <i>', type: 'weird-type', origin: at };
  assert.match(formatInStyle(odd, 'apa'), /World Bank/);
  assert.deepEqual(cslItem(odd).author, [{ literal: 'World Bank' }]);
});

test('an unknown style name is reported with the names there are, and the default used', () => {
  const { settings, errors } = parseSettings({ citationStyle: 'gbt7714' });
  assert.equal(settings.citationStyle, 'plain');
  assert.equal(errors.length, 1);
  assert.match(errors[0], /no style is called "gbt7714"; the bundled styles are plain, gb-t-7714-2015-numeric, gb-t-7714-2015-author-date, apa, chicago-author-date/);
  assert.equal(parseSettings({ citationStyle: 'apa' }).settings.citationStyle, 'apa');
  assert.equal(parseSettings({ citationStyle: 7 }).errors.length, 1);
});
