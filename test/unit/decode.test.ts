import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../server/src/core/corpus/decode.js';

const CHINESE = '东北亚区域经济合作的主要机遇有高质量共建“一带一路”的助推作用，货物贸易约占全球货物贸易总量的21%。';

test('UTF-8 with and without BOM', () => {
  const plain = decodeBytes(Buffer.from(CHINESE, 'utf8'));
  assert.deepEqual(plain, { ok: true, text: CHINESE, encoding: 'utf-8' });
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE, 'utf8')]));
  assert.ok(bom.ok && bom.text === CHINESE && bom.encoding.includes('BOM'));
});

test('UTF-16 LE and BE with BOM', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CHINESE, 'utf16le')]));
  assert.ok(le.ok && le.text === CHINESE, JSON.stringify(le));
  const be = decodeBytes(iconv.encode(CHINESE, 'utf16-be', { addBOM: true }));
  assert.ok(be.ok && be.text === CHINESE, JSON.stringify(be));
});

test('GB18030 is detected and decoded, not read as UTF-8', () => {
  const result = decodeBytes(iconv.encode(CHINESE.repeat(3), 'gb18030'));
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.text, CHINESE.repeat(3));
  assert.equal(result.encoding, 'gb18030');
});

test('short GBK text is still decoded', () => {
  const result = decodeBytes(iconv.encode('双轨制，即同时推进。', 'gbk'));
  assert.ok(result.ok && result.text === '双轨制，即同时推进。', JSON.stringify(result));
});

test('binary and undecodable bytes are refused with a reason', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]);
  const r1 = decodeBytes(png);
  assert.equal(r1.ok, false);
  const random = Buffer.alloc(4096);
  let x = 12345;
  for (let i = 0; i < random.length; i++) random[i] = 128 + ((x = (x * 1103515245 + 12345) >>> 0) % 128);
  const r2 = decodeBytes(random);
  assert.equal(r2.ok, false);
  assert.match((r2 as { reason: string }).reason, /UTF-8/);
});

test('empty file decodes to empty text', () => {
  assert.deepEqual(decodeBytes(new Uint8Array()), { ok: true, text: '', encoding: 'utf-8' });
});
