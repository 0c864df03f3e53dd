import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf, cursor } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { completeCitation } from '../../server/src/features/completion.js';

// References the code has never seen: a CSL-JSON file, a BibTeX file, and two source texts.
const CSL = JSON.stringify([
  { id: 'liu2021', title: '图们江区域跨境物流与口岸建设', author: [{ family: '刘', given: '海燕' }], issued: { 'date-parts': [[2021]] }, 'container-title': '东北亚经济研究' },
  { id: 'ban2020', title: '东北亚能源合作的新路径', author: [{ family: '班', given: '志强' }], issued: { 'date-parts': [[2020]] } },
  { id: 'zhou2019', title: '区域一体化与中日韩自由贸易协定', author: [{ family: '周', given: '立' }], issued: { 'date-parts': [[2019]] } },
]);
const BIB = `@article{baek2022, title={Korea's Northern Policy and the Tumen Region}, author={백 승현}, year={2022}, journal={Korea Observer}}
@book{smith2018, title={Ports and Power in Northeast Asia}, author={Smith, Anna}, year={2018}, publisher={Routledge}}`;
const LIU_TEXT = '# 图们江区域跨境物流\n\n2020年，珲春口岸的货运量约为350万吨，比上年增长12%。';
const ZHOU_TEXT = '# 区域一体化\n\n所谓“开放的区域主义”，是指不排斥域外国家的区域合作安排。';

const snapshot = snapshotOf({
  '/c/refs.json': CSL,
  '/c/refs.bib': BIB,
  '/c/liu2021_logistics.md': LIU_TEXT,
  '/c/zhou2019_integration.md': ZHOU_TEXT,
});

function complete(marked: string) {
  const { text, offset } = cursor(marked);
  return { text, items: completeCitation(snapshot, analyzeDraft(text), offset) };
}

test('pinyin finds Chinese authors: @liu, @liuhaiyan, @lhy and @刘', () => {
  for (const q of ['liu', 'liuhaiyan', 'lhy', '刘']) {
    const { items } = complete(`见[@${q}|]`);
    assert.equal(items?.[0]?.key, 'liu2021', `${q}: ${items?.map((i) => i.key)}`);
  }
});

test('Korean names match by romanisation, English by surname, titles by a word in the middle', () => {
  assert.equal(complete('[@baek|]').items?.[0]?.key, 'baek2022');
  assert.equal(complete('[@smith|]').items?.[0]?.key, 'smith2018');
  assert.equal(complete('[@能源|]').items?.[0]?.key, 'ban2020', 'a Chinese word in the middle of a title');
});

test('detail shows authors and year; documentation shows the reference and the opening lines', () => {
  const item = complete('[@liu2021|]').items!.find((i) => i.key === 'liu2021')!;
  assert.equal(item.detail, '刘海燕 (2021)');
  assert.match(item.documentation, /图们江区域跨境物流与口岸建设/);
  assert.match(item.documentation, /珲春口岸/);
  // The source's opening is shown as words: its heading mark is Markdown, not an escaped "\#".
  assert.match(item.documentation, /> 图们江区域跨境物流 2020年/);
  assert.doesNotMatch(item.documentation, /\\#/);
});

test('inside brackets only the key is replaced; a bare @ gets brackets; never [@[@', () => {
  const inside = complete('见[@li|]。');
  const liu = inside.items!.find((i) => i.key === 'liu2021')!;
  assert.equal(liu.newText, 'liu2021');
  assert.equal(inside.text.slice(liu.replaceStart, liu.replaceEnd), 'li');
  const bare = complete('见@li|。');
  const liu2 = bare.items!.find((i) => i.key === 'liu2021')!;
  assert.equal(liu2.newText, '[@liu2021]');
  assert.equal(bare.text.slice(liu2.replaceStart, liu2.replaceEnd), '@li');
  const second = complete('[@zhou2019; @li|]').items!.find((i) => i.key === 'liu2021')!;
  assert.equal(second.newText, 'liu2021');
});

test('the ranking is kept: sortText follows the server order and filterText is what was typed', () => {
  const { items } = complete('[@l|]');
  assert.deepEqual(items!.map((i) => i.sortText), items!.map((_, i) => String(i).padStart(4, '0')));
  assert.ok(items!.every((i) => i.filterText === 'l'));
});

test('context: the source holding a figure of the sentence comes first, and says why', () => {
  const { items } = complete('2020年珲春口岸的货运量约为350万吨[@|]');
  assert.equal(items![0].key, 'liu2021');
  assert.match(items![0].detail, /contains 约为350万吨/);
});

test('context: the source defining a term of the sentence comes first', () => {
  const { items } = complete('开放的区域主义值得借鉴 @|');
  assert.equal(items![0].key, 'zhou2019');
  assert.match(items![0].detail, /defines 开放的区域主义/);
});

test('no completion for e-mail addresses or inside code', () => {
  assert.equal(complete('write to analyst@li|').items, undefined);
  assert.equal(complete('`[@li|]`').items, undefined);
});
