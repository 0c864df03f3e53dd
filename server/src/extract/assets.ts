import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where pdf.js's CMaps and standard fonts are: `pdfjs/` beside the bundle (esbuild.mjs copies them
 * into dist, and the .vsix ships them), else the pdfjs-dist package when running from source.
 * POLICY_WRITER_PDFJS_ASSETS overrides it. Paths end with a separator, as pdf.js wants.
 */
export function pdfjsAssets(): { cmaps: string; standardFonts: string } | undefined {
  const candidates: string[] = [];
  if (process.env.POLICY_WRITER_PDFJS_ASSETS) candidates.push(process.env.POLICY_WRITER_PDFJS_ASSETS);
  if (typeof __dirname === 'string') candidates.push(path.join(__dirname, 'pdfjs'), path.join(__dirname, '..', 'node_modules', 'pdfjs-dist'));
  if (process.argv[1]) candidates.push(path.join(path.dirname(process.argv[1]), 'pdfjs'));
  candidates.push(path.join(process.cwd(), 'node_modules', 'pdfjs-dist'));
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'cmaps', 'UniGB-UCS2-H.bcmap'))) return { cmaps: path.join(dir, 'cmaps') + path.sep, standardFonts: path.join(dir, 'standard_fonts') + path.sep };
  }
  return undefined;
}
