import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { makePdf, column, longReport, type PdfText } from '../helpers/makePdf.js';
import { makeDocx } from '../helpers/makeDocx.js';
import { extractedLink, unrenderedLinks } from '../helpers/extractedLinks.js';
import { indexAnyFile } from '../../server/src/extract/index.js';
import { corpusFileKind } from '../../server/src/core/corpus/indexFile.js';
import { extractPdf, layOut } from '../../server/src/extract/pdf.js';
import { assembleSnapshot } from '../../server/src/core/corpus/snapshot.js';
import { summarizeSnapshot } from '../../server/src/core/corpus/summary.js';
import { analyzeDraft } from '../../server/src/core/drafts/draftAnalysis.js';
import { checkDraftFigures } from '../../server/src/core/figures/figureCheck.js';
import { readTables } from '../../server/src/core/figures/tables.js';
import { hoverAt } from '../../server/src/features/hover.js';
import { setVirtualSources, sourceLocation } from '../../server/src/lsp/toLsp.js';
import { pageOf } from '../../server/src/core/corpus/extraction.js';
import { CachedFileIndexer } from '../../server/src/indexing/cachedFileIndexer.js';
import type { FileIndex, SourceDocument } from '../../server/src/core/corpus/types.js';

// Every file here is made by the test itself (test/helpers/makePdf.ts, makeDocx.ts): nothing is
// downloaded, no font is needed (Chinese is set in a non-embedded CID font read through the CMaps
// pdf.js ships, which the extractor finds offline).

const HEAD = (page: number): PdfText[] => [
  { x: 60, y: 805, size: 8, text: 'Northeast Asia Corridor Review · Vol. 7' },
  { x: 290, y: 30, size: 8, text: String(page) },
];

// A two-column article: the left column ends mid-sentence, the right column goes on; a title spans
// both columns; a running head and page numbers on every page; a footnote at the foot of page 1.
const LEFT = [
  'Trade along the Tumen corridor grew steadily',
  'through the decade. The Blue Corridor refers to',
  'the sea route linking Rajin, Zarubino and',
  'Niigata for container feeder services. In',
  '2023 the Blue Corridor carried 412,000 TEU,',
  'up 9.5% on the year before, as new feeder',
];
const RIGHT = [
  'services opened and the Zarubino terminal was',
  'deepened. Rail freight across the border rose',
  'by 14% in the same year, to 3.6 million tonnes.',
  'Officials expect the growth to continue while',
  'the new customs regime is rolled out fully.',
  'Port fees remained stable throughout the year.',
];
function twoColumnPdf(): Buffer {
  return makePdf(
    [
      {
        texts: [
          ...HEAD(1),
          { x: 60, y: 760, size: 15, text: 'Feeder Services on the Blue Corridor: A Survey of Ports' },
          ...column(LEFT, 60, 720, 10),
          ...column(RIGHT, 315, 720, 10),
          // a footnote mark raised after "9.5%" would merge into it; it is a superscript run
          { x: 256, y: 720 - 5 * 14 + 4, size: 6, text: '1' },
          { x: 60, y: 70, size: 7.5, text: '1 Port authority estimates for 2023, published in March 2024.' },
        ],
      },
      {
        texts: [
          ...HEAD(2),
          ...column(['Table 3: Port calls (ships) by port', 'Port  2022  2023'], 60, 720, 10),
          { x: 60, y: 692, size: 10, text: 'Rajin' }, { x: 200, y: 692, size: 10, text: '146' }, { x: 260, y: 692, size: 10, text: '212' },
          { x: 60, y: 678, size: 10, text: 'Zarubino' }, { x: 200, y: 678, size: 10, text: '98' }, { x: 260, y: 678, size: 10, text: '120' },
          { x: 60, y: 664, size: 10, text: 'Niigata' }, { x: 200, y: 664, size: 10, text: '301' }, { x: 260, y: 664, size: 10, text: '315' },
          ...column(['Calls at Rajin rose fastest, as the table shows.', 'The East Asian Paradox refers to deep trade ties', 'combined with persistent political distrust.'], 60, 620, 10),
        ],
      },
    ],
    { info: { Title: 'Feeder Services on the Blue Corridor', Author: 'Kim Minjun; Sato Aiko', CreationDate: 'D:20240315120000Z' } },
  );
}

function chinesePdf(): Buffer {
  const lines = ['所谓“东亚悖论”，是指经济上相互依存不断加深，', '而政治安全互信却持续不足的现象。2023年中日', '韩三国贸易额达到7800亿美元，同比增长5.2%。'];
  return makePdf([{ texts: [...column(lines, 60, 760, 12, 'cjk'), { x: 290, y: 30, size: 9, text: '1' }] }, { texts: [...column(['第二页：图们江区域合作继续推进。'], 60, 760, 12, 'cjk')] }], {
    info: { Title: '东北亚区域合作报告', Author: '王芳' },
  });
}

const index = async (name: string, bytes: Uint8Array): Promise<FileIndex> => indexAnyFile(`/c/${name}`, bytes);
const textOf = (f: FileIndex) => f.documents[0].extracted!.text;

test('a two-column PDF reads in order: title, left column, right column; running heads, page numbers and footnotes out of the body', async () => {
  const f = await index('kim2024_corridor.pdf', twoColumnPdf());
  assert.deepEqual(f.problems, []);
  const text = textOf(f);
  const body = text.slice(0, text.indexOf('── notes'));
  const at = (s: string) => body.indexOf(s);
  assert.ok(at('Feeder Services on the Blue Corridor') >= 0 && at('Feeder Services') < at('Trade along the Tumen'), text);
  assert.ok(at('up 9.5% on the year before, as new feeder') < at('services opened and the Zarubino'), 'the right column follows the left');
  assert.ok(!body.includes('Northeast Asia Corridor Review'), 'running head dropped');
  assert.ok(!/^\d+$/m.test(body), 'page numbers dropped');
  assert.ok(!body.includes('Port authority estimates'), 'the footnote is not in the body');
  assert.match(text, /── notes, page 1 ──\n1 Port authority estimates for 2023/);
  assert.ok(!/9\.5%\s*1|9\.5%1/.test(body), 'the footnote mark is not glued to the figure');
  // the sentence that runs from the left column into the right one is one sentence once normalised
  const doc = f.documents[0];
  assert.match(doc.normalized.text, /as new feeder services opened/);
  // metadata from the PDF's info dictionary
  assert.equal(f.references[0].title, 'Feeder Services on the Blue Corridor');
  assert.deepEqual(f.references[0].authors, ['Kim Minjun', 'Sato Aiko']);
  assert.equal(f.references[0].year, '2024');
  assert.equal(f.extracted?.pageCount, 2);
});

test('a table on a PDF page comes out as aligned rows that the figure reader reads cell by cell', async () => {
  const f = await index('kim2024_corridor.pdf', twoColumnPdf());
  const doc = f.documents[0];
  assert.match(textOf(f), /Rajin {2}146 {2}212/);
  const cells = readTables(doc.normalized.text, { text: textOf(f), map: doc.normalized.map });
  const v212 = cells.find((c) => c.figure.value === 212);
  assert.ok(v212, `cells read: ${cells.map((c) => c.figure.text).join(', ')}`);
});

test('figures and terms of PDF sources are found, and checked against a draft', async () => {
  const en = await index('kim2024_corridor.pdf', twoColumnPdf());
  const zh = await index('wang2023_dongya.pdf', chinesePdf());
  const snapshot = assembleSnapshot(1, new Map([[en.path, en], [zh.path, zh]]));
  const check = (draft: string) => checkDraftFigures(snapshot, analyzeDraft(draft));
  const status = (draft: string, fig: string) => check(draft).find((x) => x.figure.text.includes(fig))?.status;
  assert.equal(status('In 2023 the Blue Corridor carried 412,000 TEU [@kim2024].', '412,000'), 'supported');
  assert.equal(status('Rail freight across the border rose by 14% in 2023 [@kim2024].', '14%'), 'supported');
  assert.equal(status('2023年中日韩三国贸易额达到7800亿美元[@wang2023]。', '7800亿'), 'supported');
  assert.equal(status('2023年中日韩三国贸易额达到8700亿美元[@wang2023]。', '8700亿'), 'contradicted');
  // the CJK text came through the CMaps: the characters are right
  assert.match(zh.documents[0].normalized.text, /所谓“东亚悖论”，是指经济上相互依存不断加深，而政治安全互信却持续不足的现象。/);
  const hover = (draft: string, term: string) => hoverAt(snapshot, analyzeDraft(draft), draft.indexOf(term) + 1);
  assert.match(hover('东亚悖论仍在延续。', '东亚悖论')?.markdown ?? '', /政治安全互信/);
  assert.match(hover('The Blue Corridor matters.', 'Blue Corridor')?.markdown ?? '', /sea route linking Rajin/);
});

test('a hover link on a PDF passage lands on its page and line in the extracted text', async () => {
  const f = await index('kim2024_corridor.pdf', twoColumnPdf());
  const snapshot = assembleSnapshot(1, new Map([[f.path, f]]));
  setVirtualSources(true);
  try {
    const draft = 'The East Asian Paradox shapes the region.';
    const md = hoverAt(snapshot, analyzeDraft(draft), draft.indexOf('Paradox'))?.markdown ?? '';
    const link = extractedLink(md, 'kim2024_corridor.pdf');
    assert.ok(link, md);
    const { page, lineInPage, uri, line } = link;
    assert.equal(page, 2);
    assert.equal(uri, 'policy-writer-source:///c/kim2024_corridor.pdf');
    // VS Code renders only some schemes as links in a hover: a policy-writer-source: link was plain text.
    assert.deepEqual(unrenderedLinks(md), []);
    const lines = textOf(f).split('\n');
    assert.match(lines[Number(line) - 1], /East Asian Paradox/);
    // counted from the page's marker line
    assert.equal(lines[Number(line) - 1 - Number(lineInPage)], '── page 2 ──');
    assert.match(md, /command:policyWriter\.openOriginalFile\?.*kim2024_corridor\.pdf.*2/);
    // go to definition: the same place, as a location
    const doc = f.documents[0];
    const offset = doc.normalized.text.indexOf('East Asian Paradox');
    const loc = sourceLocation(doc, offset);
    assert.equal(loc.range.start.line, Number(line) - 1);
    assert.deepEqual(pageOf(doc.extracted!, doc.normalized.map.get(offset), doc.originalLineStarts), { page: 2, line: Number(lineInPage), notes: false });
    // the citation's hover names the source file with a link to its extracted text, one VS Code shows
    const cite = 'See [@kim2024].';
    const ref = hoverAt(snapshot, analyzeDraft(cite), cite.indexOf('kim2024') + 1)?.markdown ?? '';
    assert.match(ref, /Source: \[kim2024\\?_corridor\.pdf\]\(command:policyWriter\.openExtractedText\?/);
    assert.deepEqual(unrenderedLinks(ref), []);
  } finally {
    setVirtualSources(false);
  }
  // A client without the view: the PDF itself, at the page.
  const md = hoverAt(snapshot, analyzeDraft('The East Asian Paradox.'), 10)?.markdown ?? '';
  assert.match(md, /\(file:\/\/\/c\/kim2024_corridor\.pdf#page=2\)/);
});

test('a scanned PDF (images, no text layer) is reported as such; encrypted and corrupt PDFs give a clear problem', async () => {
  const scanned = await index('scan.pdf', makePdf([{ image: true }, { image: true }]));
  assert.equal(scanned.documents.length, 0);
  assert.match(scanned.problems[0].message, /no text layer \(a scanned PDF/);
  const locked = await index('locked.pdf', makePdf([{ texts: [{ x: 60, y: 700, size: 10, text: 'secret 42%' }] }], { encrypted: true }));
  assert.match(locked.problems[0].message, /encrypted/);
  assert.equal(locked.problems[0].severity, 'error');
  const corrupt = await index('corrupt.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'));
  assert.equal(corrupt.problems[0].severity, 'error');
  const truncated = twoColumnPdf().subarray(0, 900);
  const cut = await index('cut.pdf', truncated);
  assert.ok(cut.problems.length > 0 || cut.documents.length > 0, 'a truncated PDF gives text or a problem, never a throw');
  const notPdf = await index('word.pdf', Buffer.from('just text, misnamed'));
  assert.equal(notPdf.problems[0].severity, 'error');
  // the index report: format, pages, characters and problems per file
  const en = await index('kim2024_corridor.pdf', twoColumnPdf());
  const summary = summarizeSnapshot(assembleSnapshot(1, new Map([scanned, locked, en].map((f) => [f.path, f]))));
  const row = (p: string) => summary.files.find((f) => f.path === p)!;
  assert.deepEqual([row('/c/scan.pdf').status, row('/c/scan.pdf').format, row('/c/scan.pdf').pages, row('/c/scan.pdf').characters], ['empty', 'pdf', 2, 0]);
  assert.match(row('/c/scan.pdf').problems![0], /^warning: has no text layer/);
  assert.equal(row('/c/locked.pdf').status, 'failed');
  assert.deepEqual([row('/c/kim2024_corridor.pdf').status, row('/c/kim2024_corridor.pdf').pages], ['ok', 2]);
  assert.ok(row('/c/kim2024_corridor.pdf').characters! > 500);
});

test('PDF metadata in XMP is read, and a bibliography entry for the key wins over it', async () => {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Ports of the Japan Sea</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>Sato Aiko</rdf:li></rdf:Seq></dc:creator><xmp:CreateDate>2021-05-01T00:00:00Z</xmp:CreateDate></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const f = await index('sato_ports.pdf', makePdf([{ texts: column(['Niigata handled 180,000 TEU in 2020.'], 60, 700, 10) }], { xmp, info: { Title: 'Untitled' } }));
  assert.deepEqual([f.references[0].title, f.references[0].authors, f.references[0].year], ['Ports of the Japan Sea', ['Sato Aiko'], '2021']);
  const bib = await index('refs.json', Buffer.from(JSON.stringify([{ id: 'sato_ports', type: 'report', title: 'The real title', author: [{ family: 'Sato', given: 'Aiko' }] }])));
  const snapshot = assembleSnapshot(1, new Map([[f.path, f], [bib.path, bib]]));
  assert.equal(snapshot.references.get('sato_ports')?.title, 'The real title');
});

test('a Word file: paragraphs, a table the figure reader reads, footnotes apart, metadata', async () => {
  const bytes = await makeDocx(
    [
      { heading: '东北亚港口合作报告' },
      '2023年珲春口岸进出口货运量达到356万吨[^1]，同比增长12%。',
      '所谓“蓝色走廊”，是指连接罗津、扎鲁比诺与新潟的海上集装箱支线航线。',
      { table: [['港口', '2022年', '2023年'], ['罗津港', '146', '212'], ['扎鲁比诺港', '98', '120']] },
      'Container feeder services carried 412,000 TEU in 2023.[^2]',
    ],
    { footnotes: ['数据来源：珲春海关2024年统计公报。', 'Port authority estimate.'], title: '东北亚港口合作', author: '金明; 李华', created: '2024-03-01T00:00:00Z' },
  );
  const f = await index('jin2024_gangkou.docx', bytes);
  assert.deepEqual(f.problems, []);
  const text = textOf(f);
  assert.match(text, /\| 罗津港 \| 146 \| 212 \|/);
  assert.ok(text.indexOf('数据来源') > text.indexOf('412,000 TEU'), 'footnotes after the text');
  assert.ok(!/356万吨1|吨\[1\]/.test(text), 'no footnote mark in the body');
  assert.deepEqual([f.references[0].title, f.references[0].authors, f.references[0].year], ['东北亚港口合作', ['金明', '李华'], '2024']);
  const doc = f.documents[0];
  assert.ok(readTables(doc.normalized.text).some((c) => c.figure.value === 212));
  const snapshot = assembleSnapshot(1, new Map([[f.path, f]]));
  const status = (draft: string, fig: string) => checkDraftFigures(snapshot, analyzeDraft(draft)).find((x) => x.figure.text.includes(fig))?.status;
  assert.equal(status('2023年珲春口岸进出口货运量为356万吨[@jin2024]。', '356万'), 'supported');
  assert.match(hoverAt(snapshot, analyzeDraft('蓝色走廊很重要。'), 1)?.markdown ?? '', /海上集装箱支线航线/);
  const corrupt = await index('broken.docx', Buffer.from('PK\x03\x04 not really a zip'));
  assert.equal(corrupt.problems[0].severity, 'error');
  const encrypted = await index('locked.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  assert.match(encrypted.problems[0].message, /encrypted/);
});

test('a saved web page: the article without menus and footers, title and author from meta tags', async () => {
  const filler = 'The port handled more transshipment cargo than ever before, officials said, and expects further growth as new rail links open. ';
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Ports | Daily News</title>
<meta name="citation_title" content="Northeast Asian ports in 2023"><meta name="author" content="Park Jiwon"><meta property="article:published_time" content="2024-02-11T08:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Northeast Asian ports in 2023</h1><p>Container throughput at Busan reached 23.1 million TEU in 2023, up 4.9% from a year earlier.<sup>1</sup> ${filler}</p><p>${filler}${filler}</p>
<table><tr><th>Port</th><th>2022</th><th>2023</th></tr><tr><td>Busan</td><td>22.1</td><td>23.1</td></tr><tr><td>Vladivostok</td><td>0.9</td><td>1.1</td></tr></table></article>
<footer>© 2024 Daily News. Subscribe now.</footer><script>document.write('x')</script></body></html>`;
  const f = await index('park2024_ports.html', Buffer.from(page));
  const text = textOf(f);
  assert.match(text, /Busan reached 23\.1 million TEU in 2023, up 4\.9% from a year earlier\. The port/);
  assert.ok(!/Subscribe|Home|document\.write/.test(text), text);
  assert.match(text, /\| Busan \| 22\.1 \| 23\.1 \|/);
  assert.deepEqual([f.references[0].title, f.references[0].authors, f.references[0].year], ['Northeast Asian ports in 2023', ['Park Jiwon'], '2024']);
  // the frames and scripts a browser saves beside the page are not sources
  assert.equal(corpusFileKind('/c/park2024_ports_files/ad-frame.html'), undefined);
  assert.equal(corpusFileKind('/c/park2024_ports.htm'), 'html');
});

test('extracted sources are cached by content like text files: the second index comes from the pack', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-extract-'));
  try {
    const file = path.join(dir, 'kim2024_corridor.pdf');
    writeFileSync(file, twoColumnPdf());
    const first = new CachedFileIndexer(path.join(dir, 'cache'), 'test');
    const a = await first.index(file, 1 << 24);
    assert.equal(a.fromCache, undefined);
    const b = await first.index(file, 1 << 24);
    assert.equal(b.fromCache, true);
    assert.equal((b.documents[0] as SourceDocument).extracted?.text, (a.documents[0] as SourceDocument).extracted?.text);
    assert.equal(b.documents[0].normalized.map.get(10), a.documents[0].normalized.map.get(10));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pdf.js prints nothing on stdout while it loads and reads (stdout is the protocol of the server)', async () => {
  // (pdf.js writes its warnings with console.log; the test runner's own stdout is left alone)
  const written: string[] = [];
  const saved = { log: console.log, info: console.info, warn: console.warn };
  console.log = console.info = console.warn = (...args: unknown[]) => void written.push(args.join(' '));
  try {
    await extractPdf(makePdf([{ texts: column(['A line of text.'], 60, 700, 10) }]));
    await extractPdf(Buffer.from('%PDF-1.4 broken'));
    await extractPdf(makePdf([{ texts: [{ x: 60, y: 700, size: 10, text: 'x' }] }], { encrypted: true }));
  } finally {
    Object.assign(console, saved);
  }
  assert.deepEqual(written, []);
});

test('PDFs extracted at the same time each keep all their pages (pdf.js keeps one page count per thread)', async () => {
  const [long, scan, short] = await Promise.all([extractPdf(longReport(12, 5)), extractPdf(makePdf([{ image: true }])), extractPdf(makePdf([{ texts: column(['One page only.'], 60, 700, 10) }]))]);
  assert.deepEqual(long.problems, []);
  assert.equal(long.pageCount, 12);
  assert.match(long.text, /── page 12 ──\nSection 12\.1:/);
  assert.match(scan.problems[0].message, /no text layer/);
  assert.match(short.text, /One page only/);
});

// Layout cases found in PDFs Chromium prints (test/unit/printedPdfs.test.ts), here as runs placed by
// hand so they are tested without Chromium: pdf.js items in page coordinates, as layOut takes them.
test('PDF layout: a justified line written word by word is prose, not table cells; a footnote mark raised nearer the other column\'s baseline is dropped; punctuation squeezed against a quote stays on its line', () => {
  const run = (x: number, y: number, str: string, w: number, size = 10.5) => ({ x, y, w, size, str });
  /** words at x, each `gap` after the last */
  const words = (x: number, y: number, list: [string, number][], gap: number) => list.map(([str, w]) => run((x += w + gap) - w - gap, y, str, w));
  const cjk = (x: number, y: number, s: string) => [...s].map((c, i) => run(x + 10.5 * i, y, c, 10.5));
  const left = (y: number, s: string) => cjk(45, y, s);
  const right = (y: number, s: string) => cjk(310, y, s);
  const page = {
    width: 595,
    height: 842,
    images: false,
    runs: [
      ...left(736.9, '近年来，图们江区域合作稳步推进，跨境运输通道'),
      ...left(721.9, '建设取得积极进展，口岸通关效率明显提高。'),
      // the next paragraph, 23 pt lower; its mark ① is raised 4.2 pt, nearer the right column's line at 706.9
      ...left(698.7, '2023年珲春口岸进出口货运量达到356万吨'),
      run(276.2, 702.9, '①', 6.3, 6.3),
      ...cjk(282.6, 698.7, '，同'),
      ...left(683.7, '比增长12%，其中集装箱运量增长较快。'),
      ...right(736.9, '与此同时，区域内基础设施互联互通仍然存在短'),
      ...right(721.9, '板，铁路轨距不一、港口设施老化等问题尚待解'),
      ...right(706.9, '决。'),
      // a closing quote and the comma after it, squeezed: they overlap by 4.6 pt
      ...right(683.7, '推广“单一窗口'),
      run(383.4, 683.7, '”', 10.5),
      run(389.3, 683.7, '，', 10.5),
      ...cjk(399.8, 683.7, '力争缩短至两天以'),
      ...right(668.7, '内。'),
    ],
  };
  const zh = layOut([page]).text;
  assert.ok(!zh.includes('①'), zh);
  assert.match(zh, /达到356万吨，同\n比增长12%/);
  assert.match(zh, /推广“单一窗口”，力争缩短至两天以\n内。/);
  const en = {
    width: 595,
    height: 842,
    images: false,
    runs: [
      ...words(310, 628.9, [['Shipping', 40], ['lines', 22], ['nevertheless', 60], ['warn', 22], ['that', 18], ['the', 17]], 4.1),
      // justified: every space stretched to 15 pt, wider than 1.2 em
      ...words(310, 613.2, [['terminals', 50.5], ['lack', 21.9], ['cranes.', 38.9], ['The', 20], ['Zarubino', 48.5]], 15),
      ...words(310, 597.5, [['terminal', 42], ['handled', 38], ['ships', 25], ['of', 10], ['at', 9], ['most', 22]], 4.1),
      // a table row: the label's cell is wider than the figures'
      ...words(57, 560, [['Rajin', 27.8], ['146', 20], ['212', 20]], 30),
      ...words(57, 545, [['Port', 20], ['2021', 23], ['2022', 23], ['2023', 23]], 0).map((r, i) => ({ ...r, x: 57 + [0, 130, 180, 230][i] })),
    ],
  };
  const text = layOut([en]).text;
  assert.match(text, /^terminals lack cranes\. The Zarubino$/m);
  assert.match(text, /^Rajin {2}146 {2}212$/m);
  assert.match(text, /^Port {2}2021 {2}2022 {2}2023$/m);
});
