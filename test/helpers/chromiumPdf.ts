import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * PDFs as a writer's sources really are made: HTML printed to PDF by Debian's Chromium (installed
 * by .ci/run with fonts-noto-cjk, as the e2e needs it), through playwright-core. Unlike the
 * hand-made files of makePdf.ts these have embedded subset fonts with ToUnicode maps, text cut into
 * many runs, Chromium's own header and footer, and CSS columns and tables as a browser lays them out.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export interface PrintJob {
  /** a whole HTML document */
  html: string;
  /** Chromium's header and footer templates (its pageNumber/totalPages/title classes work); none if absent */
  header?: string;
  footer?: string;
  /** print an image of the page instead: a PDF with no text layer, as a scanner makes */
  scanned?: boolean;
}

const STYLE = `<style>@page { size: A4; margin: 18mm 16mm 18mm 16mm; } body { margin: 0; }</style>`;

export async function printPdfs<K extends string>(jobs: Record<K, PrintJob>): Promise<Record<K, Buffer>> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  try {
    const out = {} as Record<K, Buffer>;
    for (const [name, job] of Object.entries(jobs) as [K, PrintJob][]) {
      const page = await browser.newPage();
      let html = job.html.replace('<head>', `<head>${STYLE}`);
      if (job.scanned) {
        // The page as pixels (A4 at 96 dpi), then a PDF holding only that picture.
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.setContent(html, { waitUntil: 'load' });
        const png = await page.screenshot({ type: 'png' });
        html = `<!doctype html><html><head><style>@page { size: A4; margin: 0 } body { margin: 0 }</style></head><body><img style="width:210mm;height:296mm;display:block" src="data:image/png;base64,${png.toString('base64')}"></body></html>`;
      }
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: !!(job.header || job.footer),
        headerTemplate: job.header ?? '<span></span>',
        footerTemplate: job.footer ?? '<span></span>',
      });
      out[name] = Buffer.from(pdf);
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
