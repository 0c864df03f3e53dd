import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { computeLineStarts, offsetToLineCol } from '../../server/src/core/corpus/lineMap.js';

/** Normalises, finds `needle` in the output, and returns the original line/column it maps back to. */
function locate(original: string, needle: string) {
  const n = normalizeText(original);
  const at = n.text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not found in ${JSON.stringify(n.text)}`);
  const pos = offsetToLineCol(computeLineStarts(original), n.map.get(at));
  return { text: n.text, at, pos, origChar: original[n.map.get(at)] };
}

test('fullwidth digits, letters and ％ become ASCII; Chinese punctuation stays', () => {
  const r = locate('标题\n比重超过２７％，ＧＤＰ总量', '27%');
  assert.match(r.text, /比重超过27%，GDP总量/);
  assert.deepEqual(r.pos, { line: 1, character: 4 });
  assert.equal(r.origChar, '２');
});

test('CJK radicals a PDF font put for ideographs (增⻓, ⼝岸, ⻔) are read as the ideographs, one for one', () => {
  // Text copied or extracted (pdftotext) from a PDF whose subset font shares glyphs between radicals and ideographs.
  const original = '前言\n珲春⼝岸货运量同⽐增⻓12%，⻋⻔';
  const r = locate(original, '增长12%');
  assert.match(r.text, /珲春口岸货运量同比增长12%，车门/);
  assert.deepEqual(r.pos, { line: 1, character: 9 });
  assert.equal(r.origChar, '增');
  const n = normalizeText(original);
  assert.equal(original[n.map.get(n.text.indexOf('长'))], '⻓');
});

test('spaces between CJK characters are removed, with offsets kept', () => {
  const r = locate('前言\n东 北 亚 域 内 国 家', '东北亚域内');
  assert.match(r.text, /东北亚域内国家/);
  assert.deepEqual(r.pos, { line: 1, character: 0 });
  const yaAt = normalizeText('东 北 亚').text.indexOf('亚');
  assert.equal(normalizeText('东 北 亚').map.get(yaAt), 4);
});

test('spaces between a CJK character and a digit are removed, digit groups keep theirs', () => {
  assert.equal(normalizeText('分别为 3623 亿和 3574 亿美元').text, '分别为3623亿和3574亿美元');
  assert.equal(normalizeText('编号 0452 8832').text, '编号0452 8832');
});

test('hard-wrapped CJK lines join without a space, a number split by the margin joins whole', () => {
  const original = '增长至2022年的近8\n000亿美元，经贸关系升温。';
  const r = locate(original, '8000亿美元');
  assert.match(r.text, /近8000亿美元/);
  const zeros = r.text.indexOf('000亿');
  assert.deepEqual(offsetToLineCol(computeLineStarts(original), normalizeText(original).map.get(zeros)), { line: 1, character: 0 });
});

test('double-spaced PDF extraction (blank line after every line) joins soft wraps, keeps paragraph ends', () => {
  const lines = ['中美合作和俄美合作如此，中韩合作也', '', '是如此，因此当前急需推进国际合作。', '', '从过去看，朝核问题解决最好的时候', '', '也是国际合作最好的时候。'];
  const n = normalizeText(lines.join('\n'));
  assert.match(n.text, /中韩合作也是如此，因此当前急需推进国际合作。/);
  assert.match(n.text, /朝核问题解决最好的时候也是国际合作最好的时候。/);
});

test('Latin lines join with one space and are de-hyphenated at the margin', () => {
  const original = 'the necessity of constructive mini-\nlateralism and sub\nregionalism in the region.';
  const r = locate(original, 'minilateralism');
  assert.match(r.text, /constructive minilateralism and sub regionalism in/);
  assert.deepEqual(r.pos, { line: 0, character: 30 });
  const l = r.text.indexOf('lateralism');
  assert.deepEqual(offsetToLineCol(computeLineStarts(original), normalizeText(original).map.get(l)), { line: 1, character: 0 });
});

test('footnote markers never merge into neighbouring numbers', () => {
  assert.equal(normalizeText('贸易总额的１７％①，此外').text, '贸易总额的17%，此外');
  assert.equal(normalizeText('约占23.4%。<sup>[1]</sup>目前').text, '约占23.4%。目前');
  assert.equal(normalizeText('多边主义、微边主义1)和小区域主义').text, '多边主义、微边主义和小区域主义');
  assert.equal(normalizeText('增长了 120²个').text, '增长了120个');
  assert.equal(normalizeText('见正文[3]的数据').text, '见正文的数据');
});

test('list numbering and footnote bodies stay on their own lines', () => {
  const n = normalizeText('第一段没有句号\n（一）东北亚区域经济合作的特征\n1) Minilateralism,常译为少边主义');
  assert.equal(n.text.split('\n').length, 3);
});

test('CRLF line endings map to the right lines', () => {
  const original = '第一行。\r\n\r\n第二行有２５％。';
  const r = locate(original, '25%');
  assert.deepEqual(r.pos, { line: 2, character: 4 });
});

test('the map has one entry per output unit plus the end', () => {
  const n = normalizeText('ａｂｃ 东 北\n亚 ①');
  assert.equal(n.map.length, n.text.length + 1);
  for (let i = 1; i < n.map.length; i++) assert.ok(n.map.get(i) >= n.map.get(i - 1));
});

test('a table extracted with letter-spaced labels: one ideographic space inside a word goes, two or more between columns stay', () => {
  const text = normalizeText('表３　各省产量（万吨）\n\n省　份　　　　小　麦　　　　玉　米\n河　南　　　３８１．２　　　２２９．０\n山　东　　　２６４．８　　　２６５．４\n').text;
  assert.match(text, /省份 小麦 玉米/);
  assert.match(text, /河南 381\.2 229\.0/);
  assert.match(text, /山东 264\.8 265\.4/);
  // Two words with a single space between them in a line with digits keep their column gap.
  assert.equal(normalizeText('单位：万吨　铁矿石　２，３５０').text, '单位：万吨 铁矿石 2,350');
});

test('a text table whose rows are labelled by years keeps its rows and is read cell by cell', async () => {
  const { readTables } = await import('../../server/src/core/figures/tables.js');
  const text = normalizeText('表２　２０１８－２０２０年渡轮运输\n年份　　　　旅客（万人次）　　　航班（班）\n２０１８　　　　１２５　　　　　　　９１０\n２０１９　　　　１３２　　　　　　　９４４\n２０２０　　　　　４１　　　　　　　３０２\n').text;
  assert.match(text, /\n2019 132 944\n/);
  const cells = readTables(text).map((t) => [t.figure.value, t.figure.unit]);
  assert.deepEqual(cells, [[1_250_000, 'visits'], [910, 'flight'], [1_320_000, 'visits'], [944, 'flight'], [410_000, 'visits'], [302, 'flight']]);
});

test('a text table with a rule under its header reads the header above the rule and the unit from the caption', async () => {
  const { readTables } = await import('../../server/src/core/figures/tables.js');
  const text = normalizeText('Table 4. Share of imports from Vietnam, selected goods, 2021\n         (% of import value)\n\n  Good                   Thailand     Laos\n  ---------------------------------------\n  Rice                       12.5     40.1\n  Cement                     33.0     18.7\n').text;
  const cells = readTables(text).map((t) => [t.figure.value, t.figure.unit]);
  assert.deepEqual(cells, [[12.5, 'percent'], [40.1, 'percent'], [33, 'percent'], [18.7, 'percent']]);
});

test('the ² and ³ of km², m² and m³ are units, not footnote markers; a superscript after a word is', () => {
  assert.equal(normalizeText('about 415,000 km², 5 m³ of water, a 30m² flat; a claim² here, and³ there¹².').text, 'about 415,000 km2, 5 m3 of water, a 30m2 flat; a claim here, and there.');
});

test('a bullet (○, □, ▶, ㅇ: ᄋ after NFKC) or a Roman section number (II.) starts a line of its own, though the line before ends without punctuation', () => {
  const text = normalizeText('□ 인구는 52만 명으로 3.5% 감소\n○ 가구 수는 7.1% 증가\nㅇ 주택 보급률 104.2%\nII. 주거 여건\n○ 빈집은 1,200호').text;
  assert.deepEqual(text.split('\n'), ['□ 인구는 52만 명으로 3.5% 감소', '○ 가구 수는 7.1% 증가', '\u110b 주택 보급률 104.2%', 'II. 주거 여건', '○ 빈집은 1,200호']);
  // A hard-wrapped Korean line without a bullet still joins.
  assert.equal(normalizeText('가구 수는 같은 기간\n7.1% 증가').text, '가구 수는 같은 기간 7.1% 증가');
});

test('a decimal the margin cut after its point joins again in English text; a year\'s full stop does not', () => {
  assert.equal(normalizeText('Throughput reached 31.\n4 million TEU, up 3.\n7% on the year.').text, 'Throughput reached 31.4 million TEU, up 3.7% on the year.');
  assert.equal(normalizeText('Trade grew in 2023.\n2 million jobs were created.').text, 'Trade grew in 2023. 2 million jobs were created.');
});

test('a short caption line (表2 …, Table 3 …) is not joined to the table header under it', () => {
  const { text } = normalizeText('表2　2023年主要农产品产量\n产品名称              单位          产量        比上年增长（%）\n粮食                  万吨          88.5           2.1\n');
  assert.equal(text.split('\n')[0], '表2 2023年主要农产品产量');
  assert.match(text.split('\n')[1], /^产品名称 单位 产量/);
});

test('a short line of words opened by a heading mark (■ …, □ …) is a heading: the paragraph under it is not run into it; a bullet with a figure still wraps', () => {
  const text = normalizeText('■ お手入れの方法\nフィルター清掃とは、吸気口のほこりを取り除く作業のことです。\n□ 추진 배경\n최근 수요가 늘었다.').text;
  assert.deepEqual(text.split('\n'), ['■ お手入れの方法', 'フィルター清掃とは、吸気口のほこりを取り除く作業のことです。', '□ 추진 배경', '최근 수요가 늘었다.']);
  assert.equal(normalizeText('□ 수출액은 2023년에\n크게 줄었다.').text, '□ 수출액은 2023년에 크게 줄었다.');
  assert.equal(normalizeText('■ 2023年の販売台数は\n前年より増えた。').text, '■ 2023年の販売台数は前年より増えた。');
});

test('a thousands separator left at a line end by a PDF line break is a comma once the lines are joined', () => {
  const n = normalizeText('　寄附は、４２社から計１８億６，\n０００万円（前年度比１２．１％増）であった。\n');
  assert.match(n.text, /18億6,000万円/);
  // A Chinese comma after a number that ends its clause stays one.
  assert.match(normalizeText('　全年新增企业１２，\n其中外资企业３家。\n').text, /12，其中/);
  const at = n.text.indexOf('6,000');
  assert.equal(n.map.get(at + 1), '　寄附は、４２社から計１８億６，\n'.indexOf('，'));
});

test('a short line opened by a Korean outline letter (가. 나. 다.) is a heading: neither the paragraph under it nor the one before it is run into it', () => {
  const text = normalizeText('## 제2절 용어\n\n### 1. 개념\n\n가. 주거 취약계층\n\n주거 취약계층(housing-vulnerable group)이란 최저주거기준에 미달하는 가구를 말한다.\n\n나. 공공임대주택\n\n공공임대주택은 국가가 건설하여 임대하는 주택이다.').text;
  assert.deepEqual(text.split('\n').slice(2), ['가. 주거 취약계층', '주거 취약계층(housing-vulnerable group)이란 최저주거기준에 미달하는 가구를 말한다.', '나. 공공임대주택', '공공임대주택은 국가가 건설하여 임대하는 주택이다.']);
});
