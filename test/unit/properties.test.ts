import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from '../../server/src/core/corpus/normalize.js';
import { OffsetMap } from '../../server/src/core/corpus/offsetMap.js';
import { parseFigures, foldWidth } from '../../server/src/core/figures/figureParser.js';
import { parseCitations } from '../../server/src/core/citations/citationParser.js';
import { computeNonProseMask } from '../../server/src/core/drafts/proseMask.js';
import { extractTermEvidence } from '../../server/src/core/glossary/termExtractor.js';
import { TermMatcher } from '../../server/src/core/glossary/termMatcher.js';

// Text built from the pieces real corpora and drafts are made of, so the generator reaches the
// interesting cases (spaced CJK, fullwidth digits, footnote markers, surrogate pairs, CRLF).
const piece = fc.constantFrom(
  '东', '北', '亚', ' ', '　', '\n', '\r\n', '\n\n', '２７', '％', '27', '%', '8000亿美元', '近8', '000', '①', '<sup>[1]</sup>',
  '1)', '“', '”', '(', ')', 'RCEP', 'mini-', 'lateralism', '.', '。', '，', '😀', '𠀀', '[@key2020, p. 3]', '@', '`', '```', '---', '约', '超过', '$', '1,300', '3%~6%',
);
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

test('normaliser: the offset map is complete, monotonic, inside the original, and each kept character comes from where it points', () => {
  fc.assert(
    fc.property(text, (original) => {
      const n = normalizeText(original);
      assert.equal(n.map.length, n.text.length + 1);
      for (let i = 0; i < n.text.length; i++) {
        assert.ok(n.map.get(i) <= original.length);
        if (i > 0) assert.ok(n.map.get(i) >= n.map.get(i - 1), 'monotonic');
        const ch = n.text[i];
        if (ch === ' ' || ch === '\n' || (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff)) continue;
        const source = String.fromCodePoint(original.codePointAt(n.map.get(i))!);
        assert.ok(source.normalize('NFKC').includes(ch) || source === ch, `${JSON.stringify(ch)} maps to ${JSON.stringify(source)}`);
      }
    }),
    { numRuns: 400 },
  );
});

test('figure parser: never throws, ranges inside the text, finite values', () => {
  fc.assert(
    fc.property(text, (s) => {
      const t = foldWidth(s);
      assert.equal(t.length, s.length, 'folding keeps offsets');
      for (const f of parseFigures(t)) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= t.length);
        assert.ok(Number.isFinite(f.value) && Number.isFinite(f.high));
      }
    }),
    { numRuns: 400 },
  );
});

test('citation parser: keys are exactly the text at their ranges, never inside code', () => {
  fc.assert(
    fc.property(text, (s) => {
      const mask = computeNonProseMask(s);
      for (const c of parseCitations(s, mask)) {
        assert.ok(c.keyStart >= 0 && c.keyEnd <= s.length && c.keyStart < c.keyEnd);
        assert.equal(s.slice(c.keyStart, c.keyEnd), c.key);
        assert.equal(mask[c.keyStart], 0);
      }
    }),
    { numRuns: 400 },
  );
});

test('term matcher: matches are in range, sorted, never overlapping, and spell a known name', () => {
  const m = new TermMatcher();
  const names = ['东北亚', '东北亚区域合作', 'RCEP', '中日韩+X', 'mini'];
  names.forEach((n, i) => m.add(n, i));
  fc.assert(
    fc.property(text, (s) => {
      let last = 0;
      for (const x of m.findAll(s)) {
        assert.ok(x.start >= last && x.end > x.start && x.end <= s.length);
        last = x.end;
        const spelled = s.slice(x.start, x.end).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
        assert.ok(spelled.startsWith(names[x.entryId].toLowerCase().replace(/\s+/g, '')), spelled);
      }
    }),
    { numRuns: 400 },
  );
});

test('pathological inputs finish: long digit runs, punctuation runs, nested brackets, one huge line', { timeout: 20000 }, () => {
  const inputs = [
    '9'.repeat(100_000),
    '1,'.repeat(50_000),
    '。'.repeat(100_000),
    '['.repeat(20_000) + '@a' + ']'.repeat(20_000),
    '[@a; '.repeat(20_000),
    '`'.repeat(30_000),
    '东 '.repeat(50_000),
    '约超过'.repeat(30_000) + '5%',
    ('“' + '双'.repeat(30)).repeat(3000),
  ];
  for (const s of inputs) {
    normalizeText(s);
    parseFigures(foldWidth(s));
    parseCitations(s, computeNonProseMask(s));
    extractTermEvidence(s);
  }
});

test('offset map: the compressed map answers exactly what the full map would', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 300 }), (steps) => {
      let o = 0;
      const full = Uint32Array.from([...steps.map((s) => (o += s)), o + 1]);
      const map = OffsetMap.fromFull(full);
      assert.equal(map.length, full.length);
      for (let i = 0; i < full.length; i++) assert.equal(map.get(i), full[i]);
      assert.equal(map.get(full.length + 5), full[full.length - 1], 'past the end clamps');
    }),
    { numRuns: 300 },
  );
});

test('term matcher: counting a text in pieces, each resumed where the last stopped, counts what one pass counts', () => {
  const m = new TermMatcher();
  const names = ['东北亚', '东北亚区域合作', 'RCEP', '中日韩+X', 'mini', 'lateralism', '北亚'];
  names.forEach((n, i) => m.add(n, i));
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 12 }), (s, piece) => {
      const whole = new Uint32Array(names.length);
      m.countAll(s, whole);
      const pieces = new Uint32Array(names.length);
      for (let at = 0; at < s.length; ) at = m.countFrom(s, pieces, at, at + piece);
      assert.deepEqual([...pieces], [...whole]);
    }),
  );
});

