import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { foldWidth, parseFigures } from '../../server/src/core/figures/figureParser.js';

// One value, many surface forms: whatever form a writer or a PDF extraction gives a figure, it
// must be read as the same value and unit, or a draft and its source can never be compared.
const DIGITS = '零一二三四五六七八九';
const fullwidth = (s: string) => s.replace(/[0-9.,%$]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const withCommas = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

function chineseInteger(n: number): string {
  if (n === 0) return '零';
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) {
      if (!out.endsWith('零') && i < digits.length - 1 && digits.slice(i).some((x) => x > 0)) out += '零';
    } else out += (d === 1 && unit === '十' && i === 0 ? '' : DIGITS[d]) + unit;
  });
  return out.replace(/零+$/, '');
}

/** Reads one text as a source is read (normalised) and returns its single figure. */
function readOne(text: string) {
  const figures = parseFigures(normalizeText(foldWidth(text)).text);
  assert.equal(figures.length, 1, `${text}: ${figures.map((f) => f.text).join(' | ')}`);
  return figures[0];
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9 + 1e-9;

test('a percentage in every form (47.3%, ４７．３％, 47.3 percent, 百分之四十七点三) reads as one value', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
      const value = whole + tenth / 10;
      const forms = [`${value}%`, fullwidth(`${value}%`), `${value} percent`, `${value} per cent`, `百分之${chineseInteger(whole)}${tenth ? `点${DIGITS[tenth]}` : ''}`];
      for (const form of forms) {
        const f = readOne(`该比重为${form}。`);
        assert.equal(f.unit, 'percent', form);
        assert.ok(near(f.value, value), `${form}: ${f.value}`);
      }
    }),
    { numRuns: 60 },
  );
});

test('a dollar amount in every scale and language (亿美元, 万亿美元, billion, million, US$, fullwidth) reads as one value', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 99999 }), (hundredMillions) => {
      const value = hundredMillions * 1e8;
      const forms = [
        `${hundredMillions}亿美元`,
        fullwidth(`${hundredMillions}`) + '亿美元',
        `${hundredMillions / 1e4}万亿美元`,
        `$${hundredMillions / 10} billion`,
        `US$${withCommas(hundredMillions * 100)} million`,
        `${hundredMillions / 10} billion US dollars`,
        `USD ${hundredMillions / 10} bn`,
      ];
      for (const form of forms) {
        const f = readOne(`Trade reached ${form} that year.`);
        assert.equal(f.unit, 'USD', form);
        assert.ok(near(f.value, value), `${form}: ${f.value} vs ${value}`);
      }
    }),
    { numRuns: 60 },
  );
});

test('a count in digits, separators, Chinese numerals and scales (34,000 TEU = 3.4万标准箱; 1,300人 = 一千三百人) reads as one value', () => {
  fc.assert(
    fc.property(fc.integer({ min: 11, max: 9999 }), (n) => {
      for (const form of [`${withCommas(n)}人`, `${chineseInteger(n)}人`, `${withCommas(n)} people`]) {
        const f = readOne(`共有${form}参加。`);
        assert.deepEqual([f.unit, f.value], ['people', n], form);
      }
      const teu = n * 10;
      for (const form of [`${teu / 1e4}万标准箱`, `${withCommas(teu)} TEU`, `${withCommas(teu)}标准箱`]) {
        const f = readOne(`吞吐量为${form}。`);
        assert.deepEqual([f.unit, f.value], ['TEU', teu], form);
      }
    }),
    { numRuns: 60 },
  );
});

test('a number split by a PDF line break at any place reads as the whole number', () => {
  fc.assert(
    fc.property(fc.integer({ min: 10, max: 99999 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (n, decimals, wide) => {
      const digits = (n / 10 ** decimals).toFixed(decimals);
      const written = wide ? fullwidth(digits) : digits;
      // A hard-wrapped paragraph: long lines, and the number split after each of its characters.
      const filler = '该地区的对外贸易在过去十年中保持增长，港口、铁路和口岸设施的建设不断推进，合作机制逐步完善';
      for (let cut = 1; cut < written.length; cut++) {
        const text = `${filler}。\n2023年，该地区贸易额达到${written.slice(0, cut)}\n${written.slice(cut)}亿美元，比上年有所增长。${filler}\n${filler}。\n`;
        const figures = parseFigures(normalizeText(text).text);
        const f = figures.find((x) => x.unit === 'USD');
        assert.ok(f, `${written} cut at ${cut}: ${figures.map((x) => x.text).join(' | ')}`);
        assert.ok(near(f.value, Number(digits) * 1e8), `${written} cut at ${cut}: ${f.value}`);
      }
    }),
    { numRuns: 40 },
  );
});

test('Macau patacas, and Hong Kong and Taiwan dollars named in Chinese, Japanese or Korean, are their own currencies', () => {
  const r = (s: string) => parseFigures(s).map((f) => [f.unit, f.value]);
  assert.deepEqual(r('visitor spending of MOP 83.84 billion'), [['MOP', 83.84e9]]);
  assert.deepEqual(r('人均消费2,400澳门元'), [['MOP', 2400]]);
  assert.deepEqual(r('澳门币83.84亿元'), [['MOP', 83.84e8]]);
  assert.deepEqual(r('新台币1,200元'), [['TWD', 1200]]);
  assert.deepEqual(r('객실 단가 1,683홍콩달러'), [['HKD', 1683]]);
});
