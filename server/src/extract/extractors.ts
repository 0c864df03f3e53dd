/**
 * The extractors of PDF, Word and HTML text, loaded together on first need (extract/index.ts): the
 * bundles build this file on its own (dist/extractors.js, see esbuild.mjs), so pdf.js, mammoth and
 * the HTML parser (4 MB of code) are neither read nor compiled when the server or an index worker
 * starts, only when a corpus first holds such a file.
 */
export { extractPdf } from './pdf.js';
export { extractDocx } from './docx.js';
export { extractHtml } from './html.js';
