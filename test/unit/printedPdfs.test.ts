import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { HAVE_CHROMIUM, CHROMIUM, printPdfs } from '../helpers/chromiumPdf.js';
import { CHINESE_TWO_COLUMN, EN_NOTE_1, EN_NOTE_2, EN_PARAGRAPHS_1, EN_PARAGRAPHS_2, ENGLISH_TWO_COLUMN, SCANNED, TABLE_REPORT, ZH_NOTE_1, ZH_PARAGRAPHS_1, ZH_PARAGRAPHS_2 } from '../helpers/chromiumDocs.js';
import { indexAnyFile } from '../../server/src/extract/index.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { summarizeSnapshot } from '../../server/src/core/corpus/summary.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { figureFindings } from '../../server/src/core/index.js';
import { readTables } from '../../server/src/core/figures/tables.js';
import { hoverAt } from '../../server/src/features/hover.js';
import { setVirtualSources } from '../../server/src/lsp/toLsp.js';
import type { FileIndex } from '../../server/src/core/corpus/types.js';
import { extractedLink, unrenderedLinks } from '../helpers/extractedLinks.js';

// PDFs printed by Chromium from HTML the test writes (test/helpers/chromiumDocs.ts): embedded
// subset fonts (Noto CJK for Chinese), text in many runs, justified columns, Chromium's own running
// head and page numbers. The hand-made PDFs of extractedSources.test.ts are tidier than this.
// Chromium comes from Debian (.ci/run installs it for the e2e): without it these tests are skipped.
const skip = HAVE_CHROMIUM ? false : `no Chromium at ${CHROMIUM} (.ci/run installs it; CHROMIUM_PATH names another)`;

const files: Record<string, FileIndex> = {};
before(async () => {
  if (skip) return;
  const pdfs = await printPdfs({ en: ENGLISH_TWO_COLUMN, zh: CHINESE_TWO_COLUMN, table: TABLE_REPORT, scan: SCANNED });
  const names = { en: 'kim2024_corridor.pdf', zh: 'wang2024_dongbeiya.pdf', table: 'park2023_throughput.pdf', scan: 'scan.pdf' } as const;
  for (const [k, name] of Object.entries(names)) files[k] = await indexAnyFile(`/c/${name}`, pdfs[k as keyof typeof names]);
});

const textOf = (f: FileIndex) => f.documents[0].extracted!.text;
const bodyOf = (f: FileIndex) => textOf(f).slice(0, textOf(f).indexOf('── notes'));
const normalizedOf = (f: FileIndex) => f.documents[0].normalized.text;

/** Each sentence is found whole in `text`, and in the order given. */
function inOrder(text: string, sentences: string[]): void {
  let from = 0;
  for (const s of sentences) {
    const at = text.indexOf(s, from);
    assert.ok(at >= 0, `not found whole after offset ${from}: ${s}\n---\n${text}`);
    from = at + s.length;
  }
}
const sentencesOf = (paragraphs: string[], split: RegExp) => paragraphs.flatMap((p) => p.split(split).map((s) => s.trim()).filter(Boolean));

test('Chromium two-column English article: every sentence whole and in reading order; head, page numbers and footnotes out of the body', { skip }, () => {
  const f = files.en;
  assert.deepEqual(f.problems, []);
  assert.equal(f.extracted?.pageCount, 2);
  // Sentences run from the left column into the right and over justified lines (Chromium writes a
  // justified line a word at a time, its spaces wider than a table's cell gap).
  inOrder(normalizedOf(f), sentencesOf([...EN_PARAGRAPHS_1, ...EN_PARAGRAPHS_2], /(?<=\.)\s+(?=[A-Z])/));
  const body = bodyOf(f);
  assert.ok(body.indexOf('Feeder Services on the Blue Corridor') < body.indexOf('Trade along the Tumen'), 'the title spanning both columns comes first');
  assert.ok(!body.includes('Northeast Asia Corridor Review'), 'running head dropped');
  assert.ok(!/^\s*\d+\s*$/m.test(body), 'page numbers dropped');
  assert.ok(!body.includes('Port authority estimates') && !body.includes('harbour masters'), 'footnotes are not in the body');
  assert.match(textOf(f), new RegExp(`── notes, page 1 ──\\n${EN_NOTE_1}`));
  assert.match(textOf(f), new RegExp(`── notes, page 2 ──\\n${EN_NOTE_2.replace(/[.;]/g, '\\$&')}`));
  assert.ok(!/9\.5% ?1\b/.test(body) && !/\(ships\) ?2\b/.test(body), 'footnote marks are not glued to figures');
  assert.match(body, /^Rajin {2}146 {2}212$/m);
  // Two spaces mark a table's cell boundary: only the table's rows have them, not justified prose.
  assert.deepEqual(body.split('\n').filter((l) => l.includes('  ')), ['Port calls (ships)  2022  2023', 'Rajin  146  212', 'Zarubino  98  120', 'Niigata  301  315']);
});

test('Chromium two-column Chinese report (Noto CJK subset fonts): sentences whole and in order, ideographs not radicals, the ① mark and its note apart', { skip }, () => {
  const f = files.zh;
  assert.deepEqual(f.problems, []);
  // The font's ToUnicode names radicals for glyphs it shares with ideographs (⻓ for 长, ⼝ for 口).
  assert.ok(!/[\u2e80-\u2fdf]/u.test(textOf(f)), `radicals in the extracted text: ${textOf(f).match(/[\u2e80-\u2fdf]/gu)?.join('')}`);
  inOrder(normalizedOf(f), sentencesOf([...ZH_PARAGRAPHS_1, ...ZH_PARAGRAPHS_2], /(?<=。)/));
  const body = bodyOf(f);
  assert.ok(!body.includes('①'), `the footnote mark is not in the body:\n${body}`);
  assert.ok(!body.includes('东北亚区域合作报告\n') || body.startsWith('── page 1 ──\n东北亚区域合作报告（2024）'), 'running head dropped, title kept');
  assert.equal(body.split('\n').filter((l) => l === '东北亚区域合作报告').length, 0, 'running head dropped');
  assert.match(textOf(f), new RegExp(`── notes, page 1 ──\\n${ZH_NOTE_1}`));
  assert.match(body, /^罗津港 {2}146 {2}212$/m);
});

test('Chromium table PDF: the rows come out as rows, the figure reader reads the cells, and a draft is checked against them', { skip }, () => {
  const f = files.table;
  assert.match(textOf(f), /^Busan {2}22\.7 {2}22\.1 {2}23\.1$/m);
  const doc = f.documents[0];
  const cells = readTables(doc.normalized.text, { text: textOf(f), map: doc.normalized.map });
  assert.deepEqual(cells.map((c) => c.figure.text), ['22.7', '22.1', '23.1', '3.7', '4.5', '5.0', '0.8', '0.9', '1.1', '0.2', '0.2', '0.3']);
  const snapshot = assembleSnapshot(1, new Map([[f.path, f]]));
  const status = (draft: string, fig: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((x) => x.figure.text.includes(fig))?.status;
  assert.equal(status('Busan handled 23.1 million TEU in 2023 [@park2023].', '23.1'), 'supported');
  assert.equal(status('Vladivostok grew by 22% in 2023 [@park2023].', '22%'), 'supported');
});

test('figures and terms of the printed PDFs are found and checked, English and Chinese', { skip }, () => {
  const snapshot = assembleSnapshot(1, new Map([files.en, files.zh].map((f) => [f.path, f])));
  const status = (draft: string, fig: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((x) => x.figure.text.includes(fig))?.status;
  assert.equal(status('In 2023 the Blue Corridor carried 412,000 TEU [@kim2024].', '412,000'), 'supported');
  assert.equal(status('Rail freight across the border rose by 14% in 2023 [@kim2024].', '14%'), 'supported');
  assert.equal(status('Rail freight across the border rose by 41% in 2023 [@kim2024].', '41%'), 'contradicted');
  assert.equal(status('2023年珲春口岸进出口货运量达到356万吨[@wang2024]。', '356万'), 'supported');
  assert.equal(status('2023年珲春口岸进出口货运量同比增长12%[@wang2024]。', '12%'), 'supported');
  assert.equal(status('2023年中日韩三国贸易额达到8700亿美元[@wang2024]。', '8700亿'), 'contradicted');
  const hover = (draft: string, term: string) => hoverAt(snapshot, analyzeDraft(draft), draft.indexOf(term) + 1)?.markdown ?? '';
  assert.match(hover('东亚悖论仍在延续。', '东亚悖论'), /政治安全互信/);
  assert.match(hover('The Blue Corridor matters.', 'Blue Corridor'), /sea route linking Rajin/);
  assert.match(hover('The East Asian Paradox persists.', 'East Asian Paradox'), /persistent political distrust/);
});

test('hover links on printed PDFs land on the page and line of the passage in the extracted text', { skip }, () => {
  const snapshot = assembleSnapshot(1, new Map([files.en, files.zh].map((f) => [f.path, f])));
  setVirtualSources(true);
  try {
    const check = (md: string, name: string, page: number, expect: RegExp, f: FileIndex) => {
      const link = extractedLink(md, name);
      assert.ok(link, md);
      assert.equal(link.page, page, md);
      assert.equal(link.uri, `policy-writer-source:///c/${name}`);
      assert.deepEqual(unrenderedLinks(md), []);
      const lines = textOf(f).split('\n');
      assert.match(lines[link.line - 1], expect);
      // the line in the page is counted from the page's marker line
      assert.equal(lines[link.line - 1 - link.lineInPage], `── page ${page} ──`);
    };
    const termHover = (draft: string, term: string) => hoverAt(snapshot, analyzeDraft(draft), draft.indexOf(term) + 1)?.markdown ?? '';
    // terms defined on page 2, in its right column (English) and after the table (Chinese)
    check(termHover('The East Asian Paradox persists.', 'East Asian Paradox'), 'kim2024_corridor.pdf', 2, /The East Asian Paradox refers to deep/, files.en);
    check(termHover('东亚悖论仍在延续。', '东亚悖论'), 'wang2024_dongbeiya.pdf', 2, /所谓“东亚悖论”/, files.zh);
    check(termHover('The Blue Corridor matters.', 'Blue Corridor'), 'kim2024_corridor.pdf', 1, /The Blue Corridor refers to/, files.en);
    // a figure's hover: the source passage that backs it, on page 1, after the mark that was dropped
    const draft = '2023年珲春口岸进出口货运量达到356万吨[@wang2024]。';
    const analysis = analyzeDraft(draft);
    const at = draft.indexOf('356');
    const md = hoverAt(snapshot, analysis, at + 1, figureFindings(snapshot, analysis))?.markdown ?? '';
    check(md, 'wang2024_dongbeiya.pdf', 1, /珲春口岸进出口货运量达到356万吨/, files.zh);
  } finally {
    setVirtualSources(false);
  }
});

test('a scanned PDF printed from an image has no text layer and is reported so, not silently empty', { skip }, () => {
  const f = files.scan;
  assert.equal(f.documents.length, 0);
  assert.match(f.problems[0].message, /has no text layer \(a scanned PDF: its pages are images\): 1 page\(s\)/);
  const row = summarizeSnapshot(assembleSnapshot(1, new Map([[f.path, f]]))).files.find((r) => r.path === f.path)!;
  assert.deepEqual([row.status, row.format, row.pages, row.characters], ['empty', 'pdf', 1, 0]);
  assert.match(row.problems![0], /no text layer/);
});
