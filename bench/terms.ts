import * as path from 'node:path';
import { extractTermEvidence } from '../server/src/core/glossary/termExtractor.js';
import { generateDocuments, seedParagraphs } from './synthetic.js';

// Term extraction alone on about 500K characters of synthetic corpus text (bundled paragraphs shuffled):
// the fastest and the median of 41 runs, after warm-up.
const ROOT = path.resolve(import.meta.dirname, '..');
const docs = generateDocuments(seedParagraphs(path.join(ROOT, 'corpus')), 1024 * 1024, 7);
let chars = 0;
const texts: string[] = [];
for (const d of docs) {
  if (chars >= 500_000) break;
  texts.push(d.text);
  chars += d.text.length;
}
const run = () => {
  const t0 = performance.now();
  let n = 0;
  for (const t of texts) n += extractTermEvidence(t).length;
  return [performance.now() - t0, n];
};
for (let i = 0; i < 3; i++) run();
const samples: number[] = [];
let evidence = 0;
for (let i = 0; i < 41; i++) {
  const [ms, n] = run();
  samples.push(ms);
  evidence = n;
}
samples.sort((a, b) => a - b);
const median = samples[20];
const per = (ms: number) => ((ms * 500_000) / chars).toFixed(1);
// The fastest run is the least disturbed by other work on the machine.
console.log(`term extraction: ${chars} chars, ${evidence} evidence; ms per 500K chars: fastest ${per(samples[0])}, median ${per(median)}`);
