import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../core/corpus/decode.js';
import type { Extraction } from '../core/corpus/extracted.js';
import { htmlToText, type DomNode } from './htmlText.js';

interface Dom {
  document: DomNode & {
    body: DomNode | null;
    title: string;
    querySelectorAll(selector: string): ArrayLike<DomNode>;
  };
}

/**
 * A web page saved from a browser: the article's text (Mozilla's Readability over a linkedom DOM;
 * the whole body when it finds no article), title, authors and year from the page's meta tags
 * (Highwire citation_*, Dublin Core, Open Graph, author), else Readability's byline.
 */
export async function extractHtml(bytes: Uint8Array): Promise<Extraction> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { format: 'html', text: '', pages: [], problems: [{ severity: 'error', message: `skipped: ${decoded.reason}` }] };
  const html = decoded.text;
  const metaDom = parseHTML(html) as unknown as Dom;
  const metadata = pageMetadata(metaDom.document);
  const problems: Extraction['problems'] = [];
  let root: DomNode | null = null;
  try {
    // Readability changes the tree it reads: it gets its own.
    const article = new Readability((parseHTML(html) as unknown as Dom).document as never, { charThreshold: 200 }).parse();
    if (article?.content) root = (parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as Dom).document.body;
    if (!metadata.authors?.length && article?.byline) metadata.authors = [article.byline.replace(/^\s*(?:by|作者[:：])\s*/i, '').trim()].filter(Boolean);
    if (!metadata.title && article?.title) metadata.title = article.title.trim();
  } catch {
    /* the whole body below */
  }
  if (!root) {
    root = metaDom.document.body;
    if (root) problems.push({ severity: 'warning', message: 'no article found in the page: its whole text is indexed (menus and footers too)' });
  }
  const isNoteRef = (n: DomNode) => n.nodeName === 'SUP' && /^\s*\[?\d{1,3}\]?\s*$/.test(n.textContent ?? '');
  const text = root ? htmlToText(root, { isNoteRef }).text : '';
  return { format: 'html', text, pages: [], metadata: metadata.title || metadata.authors?.length ? metadata : undefined, problems };
}

function pageMetadata(doc: Dom['document']): NonNullable<Extraction['metadata']> {
  const metas = Array.from(doc.querySelectorAll('meta'));
  const values = (...names: string[]) => {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    return metas.filter((m) => wanted.has((m.getAttribute?.('name') ?? m.getAttribute?.('property') ?? '').toLowerCase())).map((m) => (m.getAttribute?.('content') ?? '').trim()).filter(Boolean);
  };
  const title = values('citation_title', 'dc.title', 'og:title', 'twitter:title')[0] ?? (doc.title?.trim() || undefined);
  let authors = values('citation_author', 'dc.creator', 'author', 'article:author', 'byl');
  if (authors.length === 1) authors = authors[0].split(/\s*[;；、]\s*/).filter(Boolean);
  authors = authors.filter((a) => !/^https?:/.test(a)).map((a) => a.replace(/^by\s+/i, ''));
  const date = values('citation_publication_date', 'citation_date', 'dc.date', 'article:published_time', 'date', 'pubdate')[0];
  const year = date ? /((?:19|20)\d\d)/.exec(date)?.[1] : undefined;
  return { title, authors, year };
}
