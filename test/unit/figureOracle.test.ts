import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as withUnit from '@microsoft/recognizers-text-number-with-unit';
import * as numbers from '@microsoft/recognizers-text-number';
import { foldWidth, parseFigures } from '../../server/src/core/figures/figureParser.js';

// Microsoft's recognizers read Chinese and English numbers well but cost milliseconds per
// sentence (NOTES.md), so the product uses its own scanner and the library is the oracle here.
type Recognized = { resolution: { value: string } }[];
const R = {
  ...(withUnit as unknown as { recognizeCurrency(q: string, c: string): Recognized; Culture: { Chinese: string; English: string } }),
  recognizeNumber: (numbers as unknown as { recognizeNumber(q: string, c: string): Recognized }).recognizeNumber,
};

function ours(text: string): number | undefined {
  const figs = parseFigures(foldWidth(text));
  return figs.length === 1 ? figs[0].value : undefined;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9 + 1e-9;
const amount = fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 10, max: 9999 }).map((n) => n / 10));
const DIGITS = '零一二三四五六七八九';

function chineseNumeral(n: number): string {
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let s = '';
  if (thousands) s += `${DIGITS[thousands]}千`;
  if (hundreds) s += `${DIGITS[hundreds]}百`;
  else if (thousands && (tens || ones)) s += '零';
  if (tens) s += `${tens === 1 && !thousands && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) s += '零';
  if (ones) s += DIGITS[ones];
  return s;
}

test('Chinese amounts in 美元 (万/亿/万亿) agree with the recognizers', () => {
  fc.assert(
    fc.property(amount, fc.constantFrom('', '万', '亿', '万亿'), (n, scale) => {
      const text = `贸易额达到${n}${scale}美元。`;
      const theirs = R.recognizeCurrency(text, R.Culture.Chinese);
      fc.pre(theirs.length === 1);
      assert.ok(close(ours(text)!, Number(theirs[0].resolution.value)), `${text}: ours ${ours(text)}, theirs ${theirs[0].resolution.value}`);
    }),
    { numRuns: 80 },
  );
});

test('English dollar amounts with million/billion/trillion agree with the recognizers', () => {
  fc.assert(
    fc.property(amount, fc.constantFrom('million', 'billion', 'trillion'), (n, scale) => {
      const text = `Trade reached $${n} ${scale} last year.`;
      const theirs = R.recognizeCurrency(text, R.Culture.English);
      fc.pre(theirs.length === 1);
      assert.ok(close(ours(text)!, Number(theirs[0].resolution.value)), `${text}: ours ${ours(text)}, theirs ${theirs[0].resolution.value}`);
    }),
    { numRuns: 80 },
  );
});

// From 十 up: a lone 一/二/三 before a measure word is prose far more often than a statistic
// (一是, 三国), so the scanner reads single-character numerals only with 倍 or 个百分点, by design.
test('Chinese numerals (一千三百人) agree with the recognizers', () => {
  fc.assert(
    fc.property(fc.integer({ min: 10, max: 9999 }), (n) => {
      const numeral = chineseNumeral(n);
      const theirs = R.recognizeNumber(numeral, R.Culture.Chinese);
      fc.pre(theirs.length === 1);
      assert.equal(ours(`共有${numeral}人参加。`), Number(theirs[0].resolution.value), numeral);
    }),
    { numRuns: 80 },
  );
});
