import type { PrintJob } from './chromiumPdf.js';

/**
 * Source documents as HTML for Chromium to print (test/helpers/chromiumPdf.ts): an English
 * two-column article and a Chinese two-column report, each with footnotes, a table, a running head
 * and page numbers, and a term defined on page 2; an English report with a table; a scanned page.
 * Each exports the sentences it holds, so a test can check every one comes out whole and in order.
 */

const page = (body: string, notes: string[], lang: string) =>
  `<section class="page" lang="${lang}">${body}<div class="notes">${notes.map((n) => `<p>${n}</p>`).join('')}</div></section>`;

const doc = (title: string, font: string, sections: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>
  body { font-family: ${font}; font-size: 10.5pt; line-height: 1.45; }
  .page { position: relative; height: 259mm; break-after: page; overflow: hidden; }
  h1 { font-size: 17pt; margin: 0 0 6mm; }
  .cols { column-count: 2; column-gap: 9mm; text-align: justify; }
  .cols p { margin: 0 0 3mm; }
  .notes { position: absolute; bottom: 0; left: 0; right: 0; font-size: 7.5pt; border-top: 0.5pt solid #000; padding-top: 1mm; }
  .notes p { margin: 0; }
  table { border-collapse: collapse; margin: 4mm 0; column-span: all; }
  td, th { border: 0.5pt solid #000; padding: 1mm 4mm; text-align: right; }
  td:first-child, th:first-child { text-align: left; }
  sup { font-size: 60%; }
</style></head><body>${sections}</body></html>`;

const HEADER = (text: string) => `<div style="font-size:8px;width:100%;margin:0 16mm;font-family:serif">${text}</div>`;
const FOOTER = `<div style="font-size:8px;width:100%;text-align:center;font-family:serif"><span class="pageNumber"></span></div>`;

// ---- English, two columns ----

export const EN_PARAGRAPHS_1 = [
  'Trade along the Tumen corridor grew steadily through the decade, carried by new feeder services and the reopening of rail links that had been idle since the early nineties.',
  'The Blue Corridor refers to the sea route linking Rajin, Zarubino and Niigata for container feeder services. In 2023 the Blue Corridor carried 412,000 TEU, up 9.5% on the year before.',
  'Rail freight across the border rose by 14% in the same year, to 3.6 million tonnes. Most of it was coal and timber bound for Japanese and Korean buyers, with containers a growing share.',
  'Port fees remained stable throughout the year, and the customs authorities of the three countries agreed on a common declaration form that shortened clearance at Zarubino to two days.',
  'Shipping lines nevertheless warn that the terminals lack cranes. The Zarubino terminal handled ships of at most 20,000 tonnes, and its yard was full for eleven weeks of the year.',
  'Officials expect the growth to continue while the new customs regime is rolled out fully, and they plan a second berth at Rajin that would double the port capacity by 2027.',
];
export const EN_PARAGRAPHS_2 = [
  'Calls at Rajin rose fastest, as the table above shows, while Niigata grew by less than five per cent and Zarubino gained mostly from ships diverted during the winter storms.',
  'The growth in calls did not translate into revenue for the smaller ports. Their handling charges were cut twice to win traffic, and their operating losses widened again in 2023.',
  'Political risk remains the largest obstacle. Sanctions, inspections and sudden closures of the border have each stopped traffic for weeks at a time during the past five years.',
  'The East Asian Paradox refers to deep economic ties between the countries of the region combined with persistent political distrust among their governments.',
];
export const EN_NOTE_1 = '1 Port authority estimates for 2023, published in March 2024.';
export const EN_NOTE_2 = '2 Ship calls counted by the harbour masters; ferries excluded.';

export const ENGLISH_TWO_COLUMN: PrintJob = {
  html: doc(
    'Feeder Services on the Blue Corridor',
    "'DejaVu Serif', serif",
    page(
      `<h1>Feeder Services on the Blue Corridor: A Survey of Ports</h1><div class="cols">${EN_PARAGRAPHS_1.map((p) => `<p>${p.replace('9.5%', '9.5%<sup>1</sup>')}</p>`).join('')}</div>`,
      [EN_NOTE_1],
      'en',
    ) +
      page(
        `<table><tr><th>Port calls (ships)<sup>2</sup></th><th>2022</th><th>2023</th></tr><tr><td>Rajin</td><td>146</td><td>212</td></tr><tr><td>Zarubino</td><td>98</td><td>120</td></tr><tr><td>Niigata</td><td>301</td><td>315</td></tr></table><div class="cols">${EN_PARAGRAPHS_2.map((p) => `<p>${p}</p>`).join('')}</div>`,
        [EN_NOTE_2],
        'en',
      ),
  ),
  header: HEADER('Northeast Asia Corridor Review · Vol. 7'),
  footer: FOOTER,
};

// ---- Chinese, two columns ----

export const ZH_PARAGRAPHS_1 = [
  '近年来，图们江区域合作稳步推进，跨境运输通道建设取得积极进展，口岸通关效率明显提高。',
  '2023年，珲春口岸进出口货运量达到356万吨，同比增长12%，其中集装箱运量增长较快。',
  '中日韩三国贸易额达到7800亿美元，同比增长5.2%，三国互为重要的贸易伙伴和投资来源地。',
  '与此同时，区域内基础设施互联互通仍然存在短板，铁路轨距不一、港口设施老化等问题尚待解决。',
  '各方商定进一步简化通关手续，推广电子报关和“单一窗口”，力争将平均通关时间缩短至两天以内。',
  '展望未来，区域合作的重点将转向绿色航运、数字贸易和人员往来，合作机制有望进一步完善。',
];
export const ZH_PARAGRAPHS_2 = [
  '从港口看，罗津港的船舶停靠次数增长最快，扎鲁比诺港次之，新潟港基本保持稳定。',
  '所谓“东亚悖论”，是指区域内经济上相互依存不断加深，而政治安全互信却持续不足的现象。',
  '报告认为，只有在政治互信方面取得突破，区域经济合作的潜力才能得到充分释放。',
];
export const ZH_NOTE_1 = '① 数据来源：珲春海关2024年统计公报。';

export const CHINESE_TWO_COLUMN: PrintJob = {
  html: doc(
    '东北亚区域合作报告',
    "'Noto Serif CJK SC', 'Noto Sans CJK SC', serif",
    page(
      `<h1>东北亚区域合作报告（2024）</h1><div class="cols">${ZH_PARAGRAPHS_1.map((p) => `<p>${p.replace('356万吨', '356万吨<sup>①</sup>')}</p>`).join('')}</div>`,
      [ZH_NOTE_1],
      'zh-CN',
    ) +
      page(
        `<table><tr><th>港口（停靠艘次）</th><th>2022年</th><th>2023年</th></tr><tr><td>罗津港</td><td>146</td><td>212</td></tr><tr><td>扎鲁比诺港</td><td>98</td><td>120</td></tr><tr><td>新潟港</td><td>301</td><td>315</td></tr></table><div class="cols">${ZH_PARAGRAPHS_2.map((p) => `<p>${p}</p>`).join('')}</div>`,
        [],
        'zh-CN',
      ),
  ),
  header: HEADER('东北亚区域合作报告'),
  footer: FOOTER,
};

// ---- English report with a table, one column ----

export const TABLE_REPORT: PrintJob = {
  html: doc(
    'Container throughput',
    "'DejaVu Sans', sans-serif",
    `<h1>Container throughput in Northeast Asian ports</h1><p>Container throughput rose in every port of the region in 2023, led by Busan.</p>
<table><tr><th>Port (million TEU)</th><th>2021</th><th>2022</th><th>2023</th></tr>
<tr><td>Busan</td><td>22.7</td><td>22.1</td><td>23.1</td></tr>
<tr><td>Dalian</td><td>3.7</td><td>4.5</td><td>5.0</td></tr>
<tr><td>Vladivostok</td><td>0.8</td><td>0.9</td><td>1.1</td></tr>
<tr><td>Niigata</td><td>0.2</td><td>0.2</td><td>0.3</td></tr></table>
<p>Vladivostok grew fastest in relative terms, by 22% in 2023.</p>`,
  ),
};

// ---- a scanned page: the Chinese report's first page as an image ----

export const SCANNED: PrintJob = { html: CHINESE_TWO_COLUMN.html, scanned: true };

// ---- a long two-column report (bench): `pages` pages of English and Chinese paragraphs, a footnote on each ----

export function longPrintedReport(pages: number): PrintJob {
  const sections: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const paras = [...EN_PARAGRAPHS_1.slice(0, 3), ...ZH_PARAGRAPHS_1.slice(0, 3)].map((t, i) => `<p>${t.replace(/\d+(?:\.\d+)?%/, (m) => `${m}<sup>${p}</sup>`)} (§${p}.${i + 1})</p>`);
    sections.push(page(`<h1>Section ${p}</h1><div class="cols">${paras.join('')}</div>`, [`${p} Estimates for section ${p}.`], 'en'));
  }
  return { html: doc('Long report', "'DejaVu Serif', 'Noto Serif CJK SC', serif", sections.join('')), header: HEADER('Northeast Asia Corridor Review'), footer: FOOTER };
}
