import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDraft, checkDraft } from '../../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';
import { snapshotOf } from '../helpers/memoryCorpus.js';
import { RAIL_SOURCE } from '../helpers/railSource.js';
import { IGNORE_COMMENT } from '../../server/src/features/codeActions.js';

// Disable, enable and ignore comments as markdownlint and Vale read theirs (issue #15).
const corpus = snapshotOf({ '/corpus/okafor2021.md': RAIL_SOURCE });
const UNCITED = 'In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight.\n';
const CONTRADICTED = 'In 2020 the line carried 2.9 million tonnes of freight [@okafor2021].\n';
const UNKNOWN = 'See [@nobody2020].\n';
const diagnostics = (text: string) => checkDraft(corpus, analyzeDraft(text), DEFAULT_SETTINGS).diagnostics.map((d) => [d.code, text.slice(d.start, d.end)]);

test('without comments: the three findings the other tests silence', () => {
  assert.deepEqual(diagnostics(`${UNCITED}\n${CONTRADICTED}\n${UNKNOWN}`), [
    ['figure.uncited', '1.42 million tonnes'],
    ['figure.contradicted', '2.9 million tonnes'],
    ['citation.unknown-key', 'nobody2020'],
  ]);
});

test('disable one rule for a range: that rule is off between the comments, the others are not', () => {
  const text = `<!-- policy-writer-disable figure.uncited -->\n\n${UNCITED}\n${CONTRADICTED}\n<!-- policy-writer-enable figure.uncited -->\n\n${UNCITED}`;
  assert.deepEqual(diagnostics(text), [
    ['figure.contradicted', '2.9 million tonnes'],
    ['figure.uncited', '1.42 million tonnes'],
  ]);
});

test('disable every rule for a range, several rules by name, a prefix, and a disable never closed', () => {
  const all = `${UNCITED}\n<!-- policy-writer-disable -->\n\n${CONTRADICTED}\n${UNKNOWN}\n<!-- policy-writer-enable -->\n\n${UNKNOWN}`;
  assert.deepEqual(diagnostics(all), [['figure.uncited', '1.42 million tonnes'], ['citation.unknown-key', 'nobody2020']]);
  const two = `<!-- policy-writer-disable figure.contradicted, citation.unknown-key -->\n\n${UNCITED}\n${CONTRADICTED}\n${UNKNOWN}`;
  assert.deepEqual(diagnostics(two), [['figure.uncited', '1.42 million tonnes']]);
  const prefix = `<!-- policy-writer-disable figure -->\n\n${UNCITED}\n${CONTRADICTED}\n${UNKNOWN}`;
  assert.deepEqual(diagnostics(prefix), [['citation.unknown-key', 'nobody2020']]);
  // Everything off, then one rule back on.
  const except = `<!-- policy-writer-disable -->\n<!-- policy-writer-enable citation.unknown-key -->\n\n${CONTRADICTED}\n${UNKNOWN}`;
  assert.deepEqual(diagnostics(except), [['citation.unknown-key', 'nobody2020']]);
});

test('a directive naming no rule there is says so; directives in code are not directives', () => {
  const typo = `<!-- policy-writer-disable figure.uncitd -->\n\n${UNCITED}`;
  const found = checkDraft(corpus, analyzeDraft(typo), DEFAULT_SETTINGS).diagnostics;
  assert.deepEqual(found.map((d) => d.code), ['draft.directive', 'figure.uncited']);
  assert.match(found[0].message, /no rule is called "figure\.uncitd"/);
  const fenced = `\`\`\`\n<!-- policy-writer-disable -->\n\`\`\`\n\n${UNCITED}`;
  assert.deepEqual(diagnostics(fenced), [['figure.uncited', '1.42 million tonnes']]);
  const inline = `Write \`<!-- policy-writer-disable -->\` to turn checks off.\n\n${UNCITED}`;
  assert.deepEqual(diagnostics(inline), [['figure.uncited', '1.42 million tonnes']]);
  const indented = `Example:\n\n    <!-- policy-writer-ignore -->\n\n${UNCITED}`;
  assert.deepEqual(diagnostics(indented), [['figure.uncited', '1.42 million tonnes']]);
});

test('the file-wide forms are kept, but only in prose and real front matter', () => {
  assert.deepEqual(diagnostics(`${UNCITED}\n<!-- policy-writer-disable figures -->\n`), []);
  assert.deepEqual(diagnostics(`${UNCITED}\nWrite \`<!-- policy-writer-disable figures -->\` to turn them off.\n`), [['figure.uncited', '1.42 million tonnes']]);
  assert.deepEqual(diagnostics(`---\ntitle: Brief\npolicy-writer: off\n---\n\n${UNCITED}`), []);
  // A code block that looks like front matter is not front matter (the old reader turned the file off).
  const lookalike = `Intro.\n\n\`\`\`yaml\n---\npolicy-writer: off\n---\n\`\`\`\n\n${UNCITED}`;
  assert.deepEqual(diagnostics(lookalike), [['figure.uncited', '1.42 million tonnes']]);
});

test('the quick fix "Ignore this figure" silences that figure only, not the rest of its line', () => {
  const text = 'In 2020 the Lagos–Ibadan line carried 1.42 million tonnes of freight and 2.9 million tonnes of coal, with 86 locomotives.\n';
  const found = checkDraft(corpus, analyzeDraft(text), DEFAULT_SETTINGS).diagnostics;
  const first = found.find((d) => text.slice(d.start, d.end) === '1.42 million tonnes');
  assert.ok(first && first.data.kind === 'figure');
  const at = first.data.figureEnd;
  const fixed = text.slice(0, at) + IGNORE_COMMENT + text.slice(at);
  const after = diagnostics(fixed).map(([, t]) => t);
  assert.ok(!after.includes('1.42 million tonnes'));
  assert.ok(after.includes('86 locomotives'), `the rest of the line is still checked: ${after}`);
});
