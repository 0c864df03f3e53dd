import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexFile } from '../../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraft } from '../../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';

// A trial user: a front-matter error was reported two lines off (the parser notices an unclosed
// quote where the block ends; the draft's finding sat on the opening ---). The finding now marks
// the line to fix, and a source's problem names it, whatever the block's shape.

/** The 0-based line the draft's front-matter finding starts on, and the line its message names (1-based). */
function draftFinding(text: string): { line: number; said: number | undefined; marked: string } {
  const d = checkDraft(assembleSnapshot(1, new Map()), analyzeDraft(text), DEFAULT_SETTINGS).diagnostics.find((x) => x.code === 'draft.front-matter');
  assert.ok(d, 'a front-matter finding');
  const said = /line (\d+)/.exec(d.message)?.[1];
  return { line: text.slice(0, d.start).split('\n').length - 1, said: said ? Number(said) : undefined, marked: text.slice(d.start, d.end) };
}

function sourceLine(text: string): number | undefined {
  return indexFile('/corpus/tide2022_survey.md', Buffer.from(text)).problems.find((p) => /front matter/.test(p.message))?.line;
}

// [front matter lines, 0-based line of the fault within the whole file]
const shapes: [string, string[], number][] = [
  ['an unclosed double quote', ['---', 'title: "潮间带调查', 'author: 周', 'year: 2022', '---'], 1],
  ["an unclosed single quote after other fields", ['---', 'id: tide2022', 'author: 周', "title: 'Tidal flats", 'year: 2022', 'note: x', '---'], 3],
  ['a nested mapping', ['---', 'title: 潮间带', 'keywords: 滩涂: 湿地', 'year: 2022', '---'], 2],
  ['an unclosed flow sequence', ['---', 'id: tide2022', 'tags: [滩涂, 湿地', 'year: 2022', '---'], 2],
  ['a blank line first in the block', ['---', '', 'title: "潮间带', 'year: 2022', '---'], 2],
  ['a tab as indentation', ['---', 'title: 潮间带', '\tauthor: 周', 'year: 2022', '---'], 2],
];

for (const [what, lines, fault] of shapes) {
  for (const eol of ['\n', '\r\n']) {
    for (const bom of ['', '\ufeff']) {
      test(`front matter with ${what} (${eol === '\n' ? 'LF' : 'CRLF'}${bom ? ', BOM' : ''}): the faulty line is the one reported`, () => {
        const text = bom + [...lines, '', '2022年滩涂面积为12.5平方公里。', ''].join(eol);
        const d = draftFinding(text);
        assert.equal(d.line, fault, `finding on line ${d.line + 1}, the fault is on line ${fault + 1}`);
        assert.equal(d.said, fault + 1);
        assert.equal(d.marked, lines[fault].replace(/^\ufeff/, ''));
        assert.equal(sourceLine(text), fault);
      });
    }
  }
}
