import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraft } from '../../server/src/core/index.js';
import { parseFigures } from '../../server/src/core/figures/figureParser.js';
import { replacementFor } from '../../server/src/core/figures/restate.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';

// A trial user: a source's −11.6 was quoted as "11.6%" in the message, and the quick fix wrote
// 11.6% into a draft that says 增长 (a rise). The sign is the source's own wording: it stays.

function contradiction(source: string, draft: string): { message: string; related: string[]; fix?: string } {
  const files = new Map([['/c/haiyu2023_fisheries.txt', indexFile('/c/haiyu2023_fisheries.txt', Buffer.from(source))]]);
  const { diagnostics } = checkDraft(assembleSnapshot(1, files), analyzeDraft(draft), DEFAULT_SETTINGS);
  const d = diagnostics.find((x) => x.code === 'figure.contradicted');
  assert.ok(d, JSON.stringify(diagnostics.map((x) => x.message)));
  return { message: d.message, related: d.related.map((r) => r.message), fix: (d.data as { sourceFigure?: string }).sourceFigure };
}

test("a source's negative change is quoted with its minus sign, in the message and in the quick fix", () => {
  for (const minus of ['−', '-']) {
    const r = contradiction(`2023年，全县近海捕捞产量同比增长${minus}11.6%，为十年来最低。`, '2023年，全县近海捕捞产量同比增长5.2% [@haiyu2023]。');
    assert.match(r.message, new RegExp(`@haiyu2023 has ${minus}11\\.6% as a fall`));
    assert.deepEqual(r.related, [`@haiyu2023: ${minus}11.6%`]);
    // "同比增长5.2%" becomes "同比增长−11.6%", as the source has it: not a rise of 11.6%.
    assert.equal(r.fix, `${minus}11.6%`);
  }
});

test('a draft that says the fall in words, or with its own sign, gets the number without a second sign', () => {
  const source = parseFigures('捕捞产量增速为−11.6%。')[0];
  assert.equal(source.sign, '−');
  assert.equal(replacementFor(parseFigures('捕捞产量下降5.2%。')[0], source), '11.6%');
  assert.equal(replacementFor(parseFigures('捕捞产量增速为-5.2%。')[0], source), '11.6%');
  assert.equal(replacementFor(parseFigures('捕捞产量增速为5.2%。')[0], source), '−11.6%');
  // A hyphen after a digit or a letter is no sign.
  assert.equal(parseFigures('产量在2022-11.6%之间下降')[0]?.sign, undefined);
});
