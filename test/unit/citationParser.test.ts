import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitations } from '../../server/src/core/citations/citationParser.js';
import { computeNonProseMask } from '../../server/src/core/drafts/proseMask.js';

const keys = (text: string) => parseCitations(text, computeNonProseMask(text)).map((c) => c.key);

test('Pandoc forms: bracketed, locators, prefixes, several keys, suppressed author, in-text, braced', () => {
  const text = 'A [@kim2019]. B [@kim2019, p. 12]. C [see @lee2020, pp. 3-5; @park2021]. D [-@choi2018]. E @han2017 says. F [@{odd key}].';
  const cites = parseCitations(text, computeNonProseMask(text));
  assert.deepEqual(cites.map((c) => c.key), ['kim2019', 'kim2019', 'lee2020', 'park2021', 'choi2018', 'han2017', 'odd key']);
  assert.equal(cites[1].locator, 'p. 12');
  assert.equal(cites[2].prefix, 'see');
  assert.equal(cites[2].locator, 'pp. 3-5');
  assert.equal(cites[4].suppressAuthor, true);
  assert.equal(cites[5].bracketed, false);
  for (const c of cites) assert.equal(text.slice(c.keyStart, c.keyEnd), c.key);
});

test('keys end before trailing punctuation, and may be CJK', () => {
  assert.deepEqual(keys('As @wang2018. shows, and [@王2018：p.3]'), ['wang2018', '王2018']);
});

test('e-mail addresses, code, links and URLs are not citations', () => {
  const text = [
    'Write to analyst@example.org today.',
    'Inline `[@code2020]` code.',
    '```',
    '[@fenced2020]',
    '```',
    'A [link](https://x.org/@notakey) and https://mastodon.social/@user.',
  ].join('\n');
  assert.deepEqual(keys(text), []);
});

test('unterminated code fence hides the rest of the draft', () => {
  assert.deepEqual(keys('[@before2020]\n```\n[@inside2020]'), ['before2020']);
});

test('any prefix text is allowed before the key; brackets without a key are plain text', () => {
  const text = '[as argued by @kim2019] and [plain brackets] and [x; @late2020]';
  const cites = parseCitations(text, computeNonProseMask(text));
  assert.equal(cites[0].prefix, 'as argued by');
  assert.equal(cites[0].bracketed, true);
  // "[x; @late2020]": the first item has no key, so the group is not a citation; @late2020 is in-text.
  assert.deepEqual(cites.map((c) => [c.key, c.bracketed]), [['kim2019', true], ['late2020', false]]);
});

test('Quarto, R Markdown and pandoc-crossref cross-references and an escaped @ are not citations', () => {
  const text = 'See @fig-map and [@tbl-trade], as @sec-intro says [@kim2019; @lee2020]. Also [-@eq-growth], @fig:map, \\@ref(fig:map) and \\@escaped. But @figueroa2020 and @secretariat2021 are keys.';
  assert.deepEqual(keys(text), ['kim2019', 'lee2020', 'figueroa2020', 'secretariat2021']);
});

test('R Markdown and Quarto chunks, inline R code and shortcodes are not prose', () => {
  const text = [
    '---',
    'bibliography: refs.bib',
    '---',
    '```{r setup, include=FALSE}',
    'x <- "[@chunk2020]"',
    '```',
    'There are `r nrow(df)` rows [@kim2019] and {{< var cite >}} {{< include _part.qmd >}}.',
    '```{python}',
    '#| label: fig-map',
    'print("@code2021")',
    '```',
  ].join('\n');
  assert.deepEqual(keys(text), ['kim2019']);
  const mask = computeNonProseMask(text);
  const shortcode = text.indexOf('{{< var');
  assert.equal(mask[shortcode], 1);
  assert.equal(mask[text.indexOf('rows')], 0);
});
