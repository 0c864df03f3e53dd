import mammoth from 'mammoth';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import type { Extraction } from '../core/corpus/extracted.js';
import { htmlToText, type DomNode } from './htmlText.js';

/**
 * A Word file's text with mammoth (its HTML, which keeps tables and footnotes as such): paragraphs,
 * tables as Markdown pipe tables, footnotes and endnotes after the text. Title, author and year
 * come from docProps/core.xml.
 */
export async function extractDocx(bytes: Uint8Array): Promise<Extraction> {
  const fail = (message: string): Extraction => ({ format: 'docx', text: '', pages: [], problems: [{ severity: 'error', message }] });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return fail('skipped: an encrypted (password-protected) Word file or an old .doc saved as .docx; save it as an unprotected .docx to index it');
  if (!buffer.subarray(0, 2).equals(Buffer.from('PK'))) return fail('skipped: not a Word (.docx) file: it is not a ZIP package');
  let html: string;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
    if (!zip.file('word/document.xml')) return fail('skipped: not a Word (.docx) file: it has no word/document.xml');
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (err) {
    return fail(`skipped: not a readable Word file (${(err as Error).message})`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: DomNode } };
  const isNoteRef = (n: DomNode) => n.nodeName === 'A' && /^#(?:footnote|endnote)-/.test(n.getAttribute?.('href') ?? '') || (n.nodeName === 'SUP' && /^\s*\[\d+\]\s*$/.test(n.textContent ?? ''));
  const isNote = (n: DomNode) => n.nodeName === 'LI' && /^(?:footnote|endnote)-\d+$/.test(n.getAttribute?.('id') ?? '');
  const { text, notes } = htmlToText(document.body, { isNote, isNoteRef });
  const all = notes.length ? `${text}\n\n## Notes\n\n${notes.map((n, i) => `${i + 1}. ${n}`).join('\n')}` : text;
  return { format: 'docx', text: all, pages: [], metadata: await coreProperties(zip), problems: [] };
}

async function coreProperties(zip: JSZip): Promise<Extraction['metadata']> {
  try {
    const xml = await zip.file('docProps/core.xml')?.async('string');
    if (!xml) return undefined;
    const tag = (name: string) => {
      const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml)?.[1];
      return m ? decodeXml(m).trim() || undefined : undefined;
    };
    const title = tag('dc:title');
    const creator = tag('dc:creator');
    const year = /((?:19|20)\d\d)/.exec(tag('dcterms:created') ?? '')?.[1];
    const authors = creator ? creator.split(/\s*[;；、]\s*/).filter(Boolean) : [];
    if (!title && !authors.length) return undefined;
    return { title, authors, year };
  } catch {
    return undefined;
  }
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ?? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}
