import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotOf, cursor } from '../helpers/memoryCorpus.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { hoverAt } from '../../server/src/features/hover.js';
import { getGlossary } from '../../server/src/core/glossary/glossary.js';

const DOC = '港口联盟的成员包括罗津港和扎鲁比诺港。\n这一安排被称为图们江港口联盟。';
const GLOSSARY = `terms:
  - term: 港口联盟
    aliases: [Port Alliance, 港口合作联盟]
    definition: 图们江流域港口之间的合作安排。
    sources:
      - key: kim2022
        quote: 港口联盟的成员包括罗津港和扎鲁比诺港
  - term: 幽灵术语
    sources:
      - key: kim2022
        quote: 这句话在语料中不存在
`;

test('curated entries: aliases resolve to one entry with the hand-written definition', () => {
  const s = snapshotOf({ '/c/kim2022.txt': DOC, '/c/glossary.yaml': GLOSSARY });
  for (const marked of ['港口联|盟', 'the Port Alli|ance', '港口合作联|盟']) {
    const { text, offset } = cursor(marked);
    const h = hoverAt(s, analyzeDraft(text), offset);
    assert.ok(h, marked);
    assert.match(h.markdown, /图们江流域港口之间的合作安排/);
    assert.match(h.markdown, /罗津港/);
  }
});

test('curated quote not found in the corpus is a warning on the glossary file', () => {
  const s = snapshotOf({ '/c/kim2022.txt': DOC, '/c/glossary.yaml': GLOSSARY });
  const problems = getGlossary(s).problems;
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, '/c/glossary.yaml');
  assert.equal(problems[0].severity, 'warning');
  assert.match(problems[0].message, /幽灵术语.*not found/);
  assert.equal(problems[0].line, 7, 'zero-based line of the entry');
});
