import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledSnapshot } from '../helpers/corpusOnDisk.js';
import { DraftCache } from '../../server/src/core/drafts/draftAnalysis.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraft } from '../../server/src/core/index.js';
import { hoverAt } from '../../server/src/features/hover.js';
import { DEFAULT_SETTINGS } from '../../server/src/settings.js';

// #14 case 1: while a draft is edited, two caches carry work from one version to the next: the
// Markdown reading of the previous version (only the edited paragraph is read again) and the
// per-sentence figure verdicts. Whatever the edits (backticks, code fences and brackets opened
// and closed), the diagnostics and hovers of the last version must be those of a fresh open of
// its text: nothing of an earlier version may leak into them.
const snapshot = bundledSnapshot();

// Pieces of drafts the bundled corpus can answer (figures it holds, terms it defines, its keys),
// and the Markdown that changes what is prose around them.
const piece = fc.constantFrom(
  '前言', '人员交流超过3000万人次', '，中日韩合作项目高达120个', '。', '\n', '\n\n', '“双轨制”仍是重要思路', '2022年中日韩的经济总规模约占世界经济总量的23.4%',
  '`', '```\n', '\n```\n', '[', ']', '(', ')', '[@ba2024]', '[@piao2022]', '@wang2018', '[@nokey2020]', '# 标题\n', '> ', '- ', '<!--', '-->', '$', '*', '增长了12%', '它比上年下降3.2%',
  '| 年份 | 贸易额 |\n|---|---|\n| 2022 | 23.4% |\n', '[双轨制]', '\n\n[双轨制]: https://example.org/3000\n', '---\n', '~~~\n', '    ', '<!-- policy-writer-disable figures -->',
);
const fragment = fc.array(piece, { minLength: 0, maxLength: 6 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fragment });
const run = fc.record({ start: fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), edits: fc.array(edit, { minLength: 1, maxLength: 12 }) });

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** What the writer sees of a version: its diagnostics, and the hover at each place where one could be. */
function seen(text: string, analysis: ReturnType<typeof analyzeDraft>) {
  const check = checkDraft(snapshot, analysis, DEFAULT_SETTINGS);
  const diagnostics = check.diagnostics.map((d) => ({ start: d.start, end: d.end, severity: d.severity, code: d.code, message: d.message, related: d.related }));
  const places = new Set<number>();
  for (const f of check.figures) places.add(f.figure.start);
  for (const c of analysis.citations) places.add(c.keyStart);
  for (let at = text.indexOf('双轨制'); at >= 0; at = text.indexOf('双轨制', at + 1)) places.add(at + 1);
  const hovers = [...places].sort((a, b) => a - b).map((at) => [at, hoverAt(snapshot, analysis, at, check.figures)?.markdown ?? null]);
  return { diagnostics, hovers };
}

test('after any sequence of edits, diagnostics and hovers are those of a fresh open of the final text', () => {
  fc.assert(
    fc.property(run, ({ start, edits }) => {
      snapshot.derived.delete('figureSentenceCache');
      const drafts = new DraftCache();
      let text = start;
      let version = 1;
      seen(text, drafts.get('draft', version, () => text));
      for (const e of edits) {
        text = apply(text, e);
        seen(text, drafts.get('draft', ++version, () => text));
      }
      const typed = seen(text, drafts.get('draft', version, () => text));
      snapshot.derived.delete('figureSentenceCache');
      const fresh = seen(text, analyzeDraft(text));
      assert.deepEqual(typed, fresh, `final text ${JSON.stringify(text)}`);
    }),
    { numRuns: Number(process.env.PW_RUNS ?? 150), seed: process.env.PW_RUNS ? undefined : 14 },
  );
});

test('the case from the issue: a backtick after the heading, added and taken away', () => {
  const a = '前言\n人员交流超过3000万人次`，中日韩合作项目高达120个。\n“双轨制”仍是重要思路。\n';
  const b = '前言`\n人员交流超过3000万人次`，中日韩合作项目高达120个。\n“双轨制”仍是重要思路。\n';
  for (const order of [[a, b], [b, a], [a, b, a]]) {
    snapshot.derived.delete('figureSentenceCache');
    const drafts = new DraftCache();
    order.forEach((t, v) => seen(t, drafts.get('draft', v + 1, () => t)));
    const last = order[order.length - 1];
    const typed = seen(last, drafts.get('draft', order.length, () => last));
    snapshot.derived.delete('figureSentenceCache');
    assert.deepEqual(typed, seen(last, analyzeDraft(last)));
    assert.ok(typed.hovers.some(([, h]) => h !== null && /双轨制/.test(String(h))), 'the hover on 双轨制 answers');
  }
});
