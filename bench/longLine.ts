// A draft of about 500 KB on one line (no line break: pasted from another tool, or exported), its
// sentences with emphasis and inline code, checked against the bundled corpus: the Markdown read
// and the figure check, timed apart. `node --import tsx bench/longLine.ts [KB]`.
import { readdirSync, readFileSync } from 'node:fs';
import { indexFile } from '../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../server/src/core/corpus/snapshot.js';
import { analyzeDraft } from '../server/src/core/drafts/draftAnalysis.js';
import { checkDraft } from '../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../server/src/settings.js';
import { rng, seedParagraphs } from './synthetic.js';

const dir = new URL('../corpus', import.meta.url).pathname;
const files = new Map();
for (const n of readdirSync(dir)) if (/\.(txt|md)$/.test(n)) files.set(`${dir}/${n}`, indexFile(`${dir}/${n}`, readFileSync(`${dir}/${n}`)));
const snapshot = assembleSnapshot(1, files);
const sentences = seedParagraphs(dir).flatMap((p) => p.replace(/\s*\n\s*/g, '').split('。')).filter((x) => /\d/.test(x) && x.length > 15 && x.length < 200 && !/[[\]<>$`\\]|:\/\/|www\./.test(x));
const r = rng(5);
const bytes = Number(process.argv[2] ?? 500) * 1000;
let text = '';
for (let i = 0; Buffer.byteLength(text) < bytes; i++) {
  const s = sentences[Math.floor(r() * sentences.length)];
  const marked = i % 3 === 0 ? `**要点${i}**：${s}` : i % 3 === 1 ? `${s}（参数\`k${i}\`）` : s;
  text += `${marked}${r() < 0.1 ? ' [@ba2024]' : ''}。`;
}
const t0 = performance.now();
const analysis = analyzeDraft(text);
const t1 = performance.now();
const { diagnostics } = checkDraft(snapshot, analysis, DEFAULT_SETTINGS);
const t2 = performance.now();
console.log(`${(Buffer.byteLength(text) / 1000).toFixed(0)} KB on one line (${text.length} characters): read ${(t1 - t0).toFixed(0)} ms, check ${(t2 - t1).toFixed(0)} ms, ${diagnostics.length} diagnostics`);
