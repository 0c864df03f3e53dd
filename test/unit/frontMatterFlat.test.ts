import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { flatFrontMatter, readFrontMatter } from '../../server/src/core/corpus/frontMatter.js';

const yaml = (block: string) => parseYaml(block, { strict: false, uniqueKeys: false });

test('flat front matter is read as the YAML parser reads it', () => {
  const block = 'title: 研究笔记 12\nauthor: 王伟\nyear: 2020\nid: wang2020_note\ncontainer-title: Journal of Things, vol. 3\nurl: https://example.org/a?b=c#d';
  assert.deepEqual(flatFrontMatter(block), yaml(block));
  assert.deepEqual(readFrontMatter('a.md', `---\n${block}\n---\nbody`).frontMatter?.data, yaml(block));
});

test('anything but flat strings and small integers is left to the YAML parser', () => {
  for (const line of [
    'title: "quoted"', "title: 'quoted'", 'title: a: b', 'title: a #comment', 'year: 2020-01-01', 'year: 1.5', 'year: 0x1F', 'year: 007',
    'flag: true', 'flag: no', 'x: ~', 'x: null', 'x: [a, b]', 'x: {a: 1}', 'x: a [b]', 'x: &a b', 'x: *a', 'x: !tag b', 'x: |', 'x: >',
    'x: -1', 'x: - a', 'x: ? a', 'x: a ', 'x:\ta', 'x:', 'x: ', '  x: a', '# comment', '', 'x: a:', 'x: %a', 'x: @a', 'x: `a`', 'x: .inf',
    'x: 12345678901', 'x: a\r', '"x": a', 'x y: a', '<<: a', 'x: a\u2028b',
  ]) {
    assert.equal(flatFrontMatter(`title: ok\n${line}`), undefined, line);
  }
  assert.equal(flatFrontMatter('a: 1\na: 2'), undefined, 'a repeated key');
});

test('generated flat lines: the fast reading equals the parser\'s whenever it reads them at all', () => {
  const pieces = ['a', 'Z', '研究', '한국', ' ', '  ', ':', ',', '-', '#', '.', '0', '7', '12', "'", '"', '\\', '/', '?', '=', '<', '>', '(', ')', '\u00a0', '\u3000', '…', 'é', '%', '!', '&', '*', '|', '~', 'true', 'null', 'e5'];
  let seed = 7;
  const r = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  let read = 0;
  for (let i = 0; i < 20000; i++) {
    let v = '';
    const n = 1 + Math.floor(r() * 5);
    for (let k = 0; k < n; k++) v += pieces[Math.floor(r() * pieces.length)];
    const block = `title: x\nkey: ${v}`;
    const fast = flatFrontMatter(block);
    if (!fast) continue;
    read++;
    assert.deepEqual(fast, yaml(block), JSON.stringify(v));
  }
  assert.ok(read > 1000, `only ${read} read by the fast path`);
});
