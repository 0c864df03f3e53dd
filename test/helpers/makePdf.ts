/**
 * Writes small PDF files for tests, by hand: no library, no font file. English text is set in
 * Helvetica (a standard font, WinAnsi); Chinese in STSong-Light, a CID font that is not embedded
 * and is encoded with the UniGB-UCS2-H CMap, as many Chinese government PDFs are. Reading it back
 * needs the CMaps that the extractor bundles, so these files also test that they are found offline.
 */

export interface PdfText {
  /** left edge and baseline, in points from the bottom-left corner */
  x: number;
  y: number;
  size: number;
  text: string;
  /** 'cjk' sets the text in STSong-Light (any character, Latin too); default Helvetica */
  font?: 'latin' | 'cjk';
}

export interface PdfPage {
  width?: number;
  height?: number;
  texts?: PdfText[];
  /** a grey image covering the page, as a scanner makes */
  image?: boolean;
}

export interface PdfOptions {
  info?: Record<string, string>;
  /** an /Encrypt dictionary whose user password is not empty: the file cannot be opened without it */
  encrypted?: boolean;
  /** an XMP metadata stream (the whole packet) */
  xmp?: string;
}

export function makePdf(pages: PdfPage[], options: PdfOptions = {}): Buffer {
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const helv = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const cidFont = add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /FontDescriptor ' + (objects.length + 2) + ' 0 R >>');
  const song = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const kids: number[] = [];
  for (const page of pages) {
    const w = page.width ?? 595;
    const h = page.height ?? 842;
    const ops: string[] = [];
    let image: number | undefined;
    if (page.image) {
      const pixels = Buffer.alloc(64 * 64, 0xc8);
      image = add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`, 'latin1'), pixels, Buffer.from('\nendstream', 'latin1')]));
      ops.push(`q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q`);
    }
    for (const t of page.texts ?? []) {
      const cjk = t.font === 'cjk';
      const str = cjk ? `<${[...t.text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>` : `(${latin(t.text)})`;
      ops.push(`BT /${cjk ? 'F2' : 'F1'} ${t.size} Tf 1 0 0 1 ${t.x} ${t.y} Tm ${str} Tj ET`);
    }
    const content = Buffer.from(ops.join('\n'), 'latin1');
    const stream = add(Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]));
    const xobj = image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 ${helv} 0 R /F2 ${song} 0 R >>${xobj} >> /Contents ${stream} 0 R >>`));
  }
  let metadata = '';
  if (options.xmp) {
    const xmp = Buffer.from(options.xmp, 'utf8');
    metadata = ` /Metadata ${add(Buffer.concat([Buffer.from(`<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n`, 'latin1'), xmp, Buffer.from('\nendstream', 'latin1')]))} 0 R`;
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R${metadata} >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = options.info ? add(`<< ${Object.entries(options.info).map(([k, v]) => `/${k} ${pdfString(v)}`).join(' ')} >>`) : undefined;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> >>`)
    : undefined;
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(b);
    length += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const id = '<0123456789abcdef0123456789abcdef>';
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(chunks);
}

function latin(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** A text string: ASCII as a literal, anything else as UTF-16BE with a BOM. */
function pdfString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${latin(s)})`;
  return `<feff${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
}

/**
 * Lays out running text as a page would: lines of at most `chars` characters from (x, top)
 * downwards, `leading` apart. Returns the texts and the baseline after the last line.
 */
export function column(lines: string[], x: number, top: number, size: number, font: PdfText['font'] = 'latin', leading = size * 1.4): PdfText[] {
  return lines.map((text, i) => ({ x, y: top - i * leading, size, text, font }));
}

/** A long report (tests, bench): `pages` pages of 40 lines of English, a term defined on page `definedOn`. */
export function longReport(pages: number, definedOn: number): Buffer {
  const out: PdfPage[] = [];
  for (let p = 1; p <= pages; p++) {
    const lines = Array.from({ length: 40 }, (_, i) => `Section ${p}.${i + 1}: freight volumes on route ${p * 40 + i} rose by ${(i % 9) + 1}.${p % 10}% in ${2000 + (p % 24)},`);
    if (p === definedOn) lines.splice(10, 2, 'The Amber Gateway refers to the bonded logistics zone at the', 'northern border crossing, opened to container trains in 2019.');
    out.push({ texts: [{ x: 60, y: 805, size: 8, text: 'Annual Freight Review' }, ...column(lines, 60, 770, 9, 'latin', 17.5), { x: 290, y: 30, size: 8, text: String(p) }] });
  }
  return makePdf(out, { info: { Title: 'Annual Freight Review', Author: 'Freight Office' } });
}
