import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Deterministic PRNG (mulberry32), so every run generates the same corpus from the same seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '巴', '朴', '金', '崔', '徐', '孙'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '殿君', '光姬', '俊生', '海燕', '志强'];
const TOPICS = ['区域合作', '能源安全', '跨境物流', '数字经济', '供应链', '海洋治理', '气候变化', '半岛和平', '自由贸易', '人文交流'];
const EN_TOPICS = ['Regional Cooperation', 'Energy Security', 'Cross-border Logistics', 'Digital Trade', 'Supply Chains', 'Maritime Governance'];

/** Paragraphs of the bundled documents, the raw material the synthetic corpus recombines. */
export function seedParagraphs(corpusDir: string): string[] {
  const paragraphs: string[] = [];
  for (const f of readdirSync(corpusDir).filter((n) => /\.(txt|md)$/.test(n))) {
    for (const p of readFileSync(path.join(corpusDir, f), 'utf8').split(/\n\s*\n/)) if (p.trim().length > 40) paragraphs.push(p.trim());
  }
  return paragraphs;
}

/** Changes every figure a little, so the synthetic corpus has new values, not copies. */
function varyFigures(p: string, r: () => number): string {
  return p.replace(/(\d+(?:\.\d+)?)(?=\s?(?:%|亿|万|个|倍|美元))/g, (m) => {
    const v = Number(m) * (0.5 + r());
    return m.includes('.') ? v.toFixed(1) : String(Math.round(v));
  });
}

/** A made-up term with a definition in one of the styles the extractor reads. */
function newTerm(i: number, r: () => number): string {
  const topic = TOPICS[Math.floor(r() * TOPICS.length)];
  const name = `${topic}第${i}号框架`;
  return r() < 0.5 ? `所谓“${name}”，是指围绕${topic}建立的多边协调安排。` : `“${name}”，即以${topic}为核心的区域合作机制。`;
}

/** Documents of about `bytes` bytes in total, each 20-200 KB, named KEY_suffix.txt. */
export function generateDocuments(paragraphs: string[], bytes: number, seed: number): { name: string; text: string }[] {
  const r = rng(seed);
  const docs: { name: string; text: string }[] = [];
  let total = 0;
  for (let d = 0; total < bytes; d++) {
    const target = 20_000 + Math.floor(r() * 180_000);
    const parts: string[] = [`# ${TOPICS[d % TOPICS.length]}研究报告 ${d}`];
    let size = 0;
    while (size < target) {
      const p = r() < 0.05 ? newTerm(d * 100 + parts.length, r) : varyFigures(paragraphs[Math.floor(r() * paragraphs.length)], r);
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const text = parts.join('\n\n');
    total += Buffer.byteLength(text);
    docs.push({ name: `syn${d}_report.txt`, text });
  }
  return docs;
}

/** `n` CSL-JSON references, 60% with Chinese titles and authors, the mix docs/measured-facts.md (fuse.js) was measured on. */
export function generateReferences(n: number, seed: number): object[] {
  const r = rng(seed);
  const refs: object[] = [];
  for (let i = 0; i < n; i++) {
    const chinese = r() < 0.6;
    const year = 1990 + Math.floor(r() * 35);
    const topic = chinese ? TOPICS[Math.floor(r() * TOPICS.length)] : EN_TOPICS[Math.floor(r() * EN_TOPICS.length)];
    const author = chinese
      ? { family: SURNAMES[Math.floor(r() * SURNAMES.length)], given: GIVEN[Math.floor(r() * GIVEN.length)] }
      : { family: ['Kim', 'Lee', 'Smith', 'Tanaka', 'Park', 'Wang', 'Ivanov'][Math.floor(r() * 7)], given: 'A.' };
    const title = chinese ? `东北亚${topic}的现状、问题与对策研究（${i}）` : `${topic} in Northeast Asia: Evidence and Options (${i})`;
    refs.push({ id: `ref${i}`, title, author: [author], issued: { 'date-parts': [[year]] }, 'container-title': chinese ? '东北亚论坛' : 'Pacific Review' });
  }
  return refs;
}

/** A 20,000-character brief made of corpus sentences with figures, some figures changed, some cited. */
export function syntheticBrief(paragraphs: string[], seed: number): string {
  const r = rng(seed);
  const sentences = paragraphs.flatMap((p) => p.replace(/\s*\n\s*/g, '').split('。')).filter((x) => /\d/.test(x) && x.length > 15 && x.length < 200);
  let out = '';
  while (out.length < 20_000) {
    let sentence = sentences[Math.floor(r() * sentences.length)];
    if (r() < 0.3) sentence = sentence.replace(/\d+(?:\.\d+)?/, (m) => String(Math.round(Number(m) * (1.2 + r()))));
    out += `${sentence}${r() < 0.4 ? ' [@ba2024]' : ''}。${r() < 0.2 ? '\n\n' : ''}`;
  }
  return out.slice(0, 20_000);
}
