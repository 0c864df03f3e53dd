import type { Extraction } from '../core/corpus/extraction.js';
export async function extractHtml(_bytes: Uint8Array): Promise<Extraction> {
  return { format: 'html', text: '', pages: [], problems: [{ severity: 'error', message: 'skipped: web pages are not read yet' }] };
}
