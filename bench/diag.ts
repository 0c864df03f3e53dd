// Draft checks alone: a 20,000-character synthetic brief against a 10 MB synthetic corpus, 30 cold
// runs (no verdict reused), p50/p95/min in ms, then 20 checks after a one-character edit (p50/p95). `npm run bench:diagnostics`; `npm run bench` has the full table.
import { indexFile } from '../server/src/core/corpus/indexFile.js';
import { assembleSnapshot } from '../server/src/core/corpus/snapshot.js';
import { getGlossary } from '../server/src/core/glossary/glossary.js';
import { getFigureIndex } from '../server/src/core/figures/figureIndex.js';
import { analyzeDraft } from '../server/src/core/drafts/draftAnalysis.js';
import { checkDraft } from '../server/src/core/index.js';
import { DEFAULT_SETTINGS } from '../server/src/settings.js';
import { generateDocuments, seedParagraphs, syntheticBrief } from './synthetic.js';
const paragraphs = seedParagraphs(new URL('../corpus', import.meta.url).pathname);
const docs = generateDocuments(paragraphs, 10 * 1024 * 1024, 52);
const map = new Map();
for (const f of docs) map.set(`/b/${f.name}`, indexFile(`/b/${f.name}`, Buffer.from(f.text, 'utf8')));
const s = assembleSnapshot(1, map); getGlossary(s); getFigureIndex(s);
const times: number[] = [];
for (let r = 0; r < 3; r++) for (let i = 0; i < 10; i++) {
  const draft = syntheticBrief(paragraphs, 100 + i);
  s.derived.delete('figureSentenceCache');
  const t0 = performance.now();
  const a = analyzeDraft(draft);
  checkDraft(s, a, DEFAULT_SETTINGS);
  times.push(performance.now() - t0);
}
// After an edit: one character added in the middle of the last draft; the other sentences' verdicts are reused.
const last = syntheticBrief(paragraphs, 109);
const edits: number[] = [];
for (let i = 0; i < 20; i++) {
  const at = Math.floor(last.length / 2) + i;
  const edited = `${last.slice(0, at)}的${last.slice(at)}`;
  const t0 = performance.now();
  checkDraft(s, analyzeDraft(edited), DEFAULT_SETTINGS);
  edits.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
edits.sort((a, b) => a - b);
console.log(process.argv[2] ?? '', 'diag p50', times[15].toFixed(0), 'p95', times[28].toFixed(0), 'min', times[0].toFixed(0), '| after an edit p50', edits[10].toFixed(1), 'p95', edits[19].toFixed(1));
