import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as withUnit from '@microsoft/recognizers-text-number-with-unit';
import * as numbers from '@microsoft/recognizers-text-number';
import { foldWidth, parseFigures } from '../../server/src/core/figures/figureParser.js';

// Microsoft's recognizers read Chinese and English numbers well but cost milliseconds per
// sentence (docs/measured-facts.md), so the product uses its own scanner and the library is the oracle here.
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

const numberOracle = numbers as unknown as { recognizePercentage(q: string, c: string): Recognized; recognizeNumber(q: string, c: string): Recognized; Culture: { Chinese: string; English: string } };
const dimensionOracle = withUnit as unknown as { recognizeDimension(q: string, c: string): (Recognized[number] & { resolution: { unit: string } })[]; Culture: { Chinese: string } };

test('Chinese percentages with decimals in words (百分之四十七点三) agree with the recognizers', () => {
  fc.assert(
    fc.property(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
      const text = `占比为百分之${chineseNumeral(whole)}点${DIGITS[tenth]}。`;
      const theirs = numberOracle.recognizePercentage(text, numberOracle.Culture.Chinese);
      fc.pre(theirs.length === 1);
      assert.ok(close(ours(text)!, parseFloat(theirs[0].resolution.value)), `${text}: ours ${ours(text)}, theirs ${theirs[0].resolution.value}`);
    }),
    { numRuns: 60 },
  );
});

const ENGLISH_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const englishWords = (n: number): string => {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest === 0 ? '' : rest < 20 ? ENGLISH_WORDS[rest - 1] : `${ENGLISH_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${ENGLISH_WORDS[(rest % 10) - 1]}` : ''}`;
  return [hundreds ? `${ENGLISH_WORDS[hundreds - 1]} hundred` : '', restWords].filter(Boolean).join(' and ');
};

test('English number words before a measure noun (twenty-five ports) agree with the recognizers', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 999 }), (n) => {
      const words = englishWords(n);
      const text = `The network now links ${words} ports.`;
      const theirs = numberOracle.recognizeNumber(text, numberOracle.Culture.English);
      fc.pre(theirs.length === 1);
      assert.equal(ours(text), Number(theirs[0].resolution.value), text);
    }),
    { numRuns: 80 },
  );
});

test('Chinese tonnes and kilometres (120万吨, 350公里) agree with the recognizers', () => {
  fc.assert(
    fc.property(amount, fc.constantFrom('', '万'), fc.constantFrom(['吨', 'Ton'], ['公里', 'Kilometer']), (n, scale, [word, unit]) => {
      const text = `全年完成${n}${scale}${word}。`;
      const theirs = dimensionOracle.recognizeDimension(text, dimensionOracle.Culture.Chinese);
      fc.pre(theirs.length === 1 && theirs[0].resolution.unit === unit);
      assert.ok(close(ours(text)!, Number(theirs[0].resolution.value)), `${text}: ours ${ours(text)}, theirs ${theirs[0].resolution.value}`);
    }),
    { numRuns: 60 },
  );
});
