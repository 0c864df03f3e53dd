import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extractPdf } from '../server/src/extract/pdf.js';
import { indexAnyFile } from '../server/src/extract/index.js';
import { LspClient } from '../test/helpers/lspClient.js';
import { hoversWhileIndexing } from './hoverWhileIndexing.js';
import { column, longReport, makePdf, type PdfPage } from '../test/helpers/makePdf.js';
import { HAVE_CHROMIUM, printPdfs } from '../test/helpers/chromiumPdf.js';
import { longPrintedReport } from '../test/helpers/chromiumDocs.js';

/** A Chinese report set in a CID font read through the CMaps: `pages` pages of 36 lines. */
function chineseReport(pages: number): Buffer {
  const out: PdfPage[] = [];
  for (let p = 1; p <= pages; p++) {
    const lines = Array.from({ length: 36 }, (_, i) => `第${p}章第${i + 1}节：该口岸${2000 + (p % 24)}年进出口货运量同比增长${(i % 9) + 1}.${p % 10}%，`);
    out.push({ texts: [...column(lines, 60, 770, 11, 'cjk', 19.5), { x: 290, y: 30, size: 8, text: String(p) }] });
  }
  return makePdf(out);
}

/**
 * PDF extraction throughput (pages/s, MB/s), extraction alone and with indexing (normalise and
 * scan), for an English and a Chinese report; then the real server's hover latency while it
 * indexes a 200-page PDF in its worker.
 */
export async function benchPdf(results: Record<string, unknown>): Promise<void> {
  const round = (n: number) => Math.round(n * 100) / 100;
  const reports: [string, Buffer, number][] = [['pdf_extract_en_200p', longReport(200, 137), 200], ['pdf_extract_zh_100p', chineseReport(100), 100]];
  // As real PDFs are: printed by Chromium (subset fonts embedded, a run per word or CJK character, two columns).
  let printed: Buffer | undefined;
  if (HAVE_CHROMIUM) {
    printed = (await printPdfs({ report: longPrintedReport(200) })).report;
    reports.push(['pdf_extract_chromium_200p', printed, 200]);
  } else console.log('no Chromium: the printed-PDF rows are left out');
  for (const [name, bytes, pages] of reports) {
    await extractPdf(bytes.subarray(0)); // warm: pdf.js loaded, CMaps read once
    const t0 = performance.now();
    const extraction = await extractPdf(bytes);
    const extractMs = performance.now() - t0;
    const t1 = performance.now();
    const index = await indexAnyFile(`/bench/${name}.pdf`, bytes);
    const indexMs = performance.now() - t1;
    const mb = bytes.length / 1048576;
    results[name] = {
      pages,
      sizeMB: round(mb),
      characters: extraction.text.length,
      extractMs: round(extractMs),
      pagesPerSec: round(pages / (extractMs / 1000)),
      mbPerSec: round(mb / (extractMs / 1000)),
      extractAndIndexMs: round(indexMs),
      indexedPagesPerSec: round(pages / (indexMs / 1000)),
      indexedCharacters: index.documents[0]?.normalized.text.length ?? 0,
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-pdf-'));
  try {
    for (const [row, file, bytes] of [['server_hover_while_indexing_200p_pdf', 'office2024_freight.pdf', longReport(200, 137)], ['server_hover_while_indexing_200p_chromium_pdf', 'kim2024_printed.pdf', printed]] as const) {
      if (!bytes) continue;
      const folder = path.join(dir, row);
      mkdirSync(folder);
      writeFileSync(path.join(folder, file), bytes);
      const client = new LspClient({ corpus: { paths: [folder] } });
      await client.initialize({}, true);
      const { samples, indexingMs } = await hoversWhileIndexing(client, 'file:///bench/pdf-draft.md');
      const sorted = samples.sort((a, b) => a - b);
      const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
      results[row] = { indexingMs: round(indexingMs), hoverRequests: samples.length, p50: at(0.5), p95: at(0.95), max: at(1) };
      await client.shutdown();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
