// Builds data/jaEnLexicon.json: Japanese words written with kana (空き家, 引き下げ, ホテル, コスト)
// or in kanji Chinese does not use (the Chinese lexicon answers the rest) -> English content
// words, so a Japanese sentence shares concepts with English and Chinese ones. The source is EDICT
// (Debian package edict, /usr/share/edict/edict, EUC-JP; EDRDG licence, CC BY-SA 4.0: see
// data/LEXICON-NOTICE.md). Only common words (marked (P)) of 2-8 characters, content words only
// (no particles, auxiliaries, pronouns or conjunctions), no word written in hiragana alone (those
// are mostly grammar). Keys are folded to simplified characters, as the checker reads Japanese;
// a verb also gets its stem (増え of 増える, 上回 of 上回る), since text inflects it (増えた, 上回った).
// Run: node scripts/build-japanese-lexicon.mjs [path/to/edict]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const JA_LEXICON_PATH = fileURLToPath(new URL('../data/jaEnLexicon.json', import.meta.url));
const EDICT = '/usr/share/edict/edict';

const STOP = new Set(
  'a an the of to in on at by for with from and or as is are be been being used also etc sth sb one oneself something someone abbr variant see its their his her it kind type sort esp which that this very much many make do get become have has into out up down over off than'.split(' '),
);
const GRAMMAR = /^(?:prt|aux|aux-v|aux-adj|conj|cop|cop-da|int|pn|suf|pref|exp|unc|ctr)$/;

function decodeEucJp(path) {
  return new TextDecoder('euc-jp').decode(readFileSync(path));
}

/** The first sense's content words, at most three ("to pull down/to lower/to reduce" -> pull, lower, reduce). */
function glossWords(glosses) {
  const words = [];
  for (const g of glosses) {
    const tags = /^(?:\([^)]*\)\s*)*/.exec(g)[0];
    const sense = /\((\d+)\)/.exec(tags)?.[1];
    if (sense && sense !== '1' && words.length) break;
    for (const w of g.slice(tags.length).replace(/\([^)]*\)/g, ' ').toLowerCase().split(/[^a-z]+/)) {
      if (w.length >= 3 && !STOP.has(w) && !words.includes(w)) words.push(w);
      if (words.length >= 3) return words;
    }
  }
  return words;
}

export function buildJapaneseLexicon(path = EDICT) {
  const fold = JSON.parse(readFileSync(new URL('../data/hanziFold.json', import.meta.url), 'utf8'));
  const chinese = JSON.parse(readFileSync(new URL('../data/zhEnLexicon.json', import.meta.url), 'utf8'));
  const folded = (w) => [...w].map((c) => fold[c] ?? c).join('');
  const out = {};
  const stems = {};
  for (const line of decodeEucJp(path).split('\n')) {
    if (!line.includes('(P)')) continue;
    const m = /^(\S+)(?: \[[^\]]*\])? \/(.*)\/$/.exec(line);
    if (!m) continue;
    const head = m[1];
    if (head.length < 2 || head.length > 8 || !/^[\u3040-\u30ff\u4e00-\u9fff々ー]+$/.test(head)) continue;
    // Hiragana alone is mostly grammar (こと, ため, なる); kana-free words are Chinese's unless Chinese lacks them.
    if (/^[\u3040-\u309fー]+$/.test(head)) continue;
    const key = folded(head);
    if (!/[\u3040-\u30ff]/.test(head) && Object.hasOwn(chinese, key)) continue;
    const parts = m[2].split('/');
    const pos = (/^\(([^)]*)\)/.exec(parts[0])?.[1] ?? '').split(',');
    if (pos.some((p) => GRAMMAR.test(p))) continue;
    const words = glossWords(parts.filter((p) => p && p !== '(P)' && !p.startsWith('EntL')));
    if (!words.length || Object.hasOwn(out, key)) continue;
    out[key] = words.join(' ');
    // A verb's stem, for its inflected forms: ichidan drops る, godan its last kana.
    const verb = pos.find((p) => /^v(?:1|5)/.test(p));
    if (verb && /[\u3040-\u309f]$/.test(head)) {
      // In Japanese text a stem is always followed by its ending, and is read before Chinese
      // words there: 上回 is "last time" in Chinese, the stem of "to exceed" here.
      const stem = folded(head.slice(0, -1));
      if (stem.length >= 2) stems[stem] ??= out[key];
    }
  }
  for (const [stem, words] of Object.entries(stems)) if (!Object.hasOwn(out, stem)) out[stem] = words;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lexicon = buildJapaneseLexicon(process.argv[2]);
  writeFileSync(JA_LEXICON_PATH, `${JSON.stringify(lexicon)}\n`);
  console.log(`${Object.keys(lexicon).length} Japanese words -> ${JA_LEXICON_PATH}`);
}
