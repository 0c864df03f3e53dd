import type { Extraction } from '../core/corpus/extraction.js';
export async function extractDocx(_bytes: Uint8Array): Promise<Extraction> {
  return { format: 'docx', text: '', pages: [], problems: [{ severity: 'error', message: 'skipped: Word files are not read yet' }] };
}
