import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

// Word and PDF drafts made by the tests from Markdown, the way a vendor's paper would
// arrive: Word headings in heading styles, a PDF set in pages with a running header and
// page-numbered footers. Nothing is downloaded.

/** A paragraph of the Word file to make: plain text, or a tracked change. */
export type DocxBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly DocxRun[] }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

export type DocxRun = string | { readonly inserted: string } | { readonly deleted: string };

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Markdown headings and paragraphs as Word blocks (no tables, no changes). */
export function blocksFromMarkdown(markdown: string): DocxBlock[] {
  return markdown.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b !== '').map((block): DocxBlock => {
    const heading = /^(#{1,3}) (.*)$/.exec(block);
    if (heading) return { kind: 'heading', level: heading[1].length as 1 | 2 | 3, text: heading[2] };
    return { kind: 'paragraph', runs: [block.replace(/\s*\n\s*/g, ' ')] };
  });
}

export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  let changeId = 1;
  const date = '2026-01-05T10:00:00Z';
  const children = blocks.map((block) => {
    if (block.kind === 'heading') return new Paragraph({ text: block.text, heading: HEADINGS[block.level - 1] });
    if (block.kind === 'table') {
      return new Table({
        rows: block.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
      });
    }
    return new Paragraph({
      children: block.runs.map((run) => {
        if (typeof run === 'string') return new TextRun(run);
        if ('inserted' in run) return new InsertedTextRun({ text: run.inserted, id: changeId++, author: 'Vendor Counsel', date });
        return new DeletedTextRun({ text: run.deleted, id: changeId++, author: 'Vendor Counsel', date });
      }),
    });
  });
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

export interface PdfOptions {
  /** Page size in points; small pages make a short draft run over several. */
  readonly pageSize?: readonly [number, number];
  readonly header?: string;
  /** `{page}` and `{pages}` are replaced. */
  readonly footer?: string;
  readonly fontSize?: number;
}

/** Sets Markdown headings and paragraphs in pages, wrapping lines at the margin like a word processor. */
export async function makePdf(markdown: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const [width, height] = options.pageSize ?? [420, 595];
  const size = options.fontSize ?? 10;
  const margin = 50;
  const leading = size * 1.3;
  const pages: PDFPage[] = [];
  let page: PDFPage | null = null;
  let y = 0;
  const newPage = (): PDFPage => {
    const created = pdf.addPage([width, height]);
    pages.push(created);
    y = height - margin;
    return created;
  };
  const write = (text: string, font: PDFFont, fontSize: number): void => {
    for (const line of wrap(text, font, fontSize, width - 2 * margin)) {
      if (!page || y - leading < margin) page = newPage();
      page.drawText(line, { x: margin, y: y - fontSize, size: fontSize, font });
      y -= fontSize * 1.3;
    }
    y -= leading * 0.8;
  };
  for (const block of markdown.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b !== '')) {
    const heading = /^(#{1,3}) (.*)$/.exec(block);
    if (heading) write(heading[2], bold, heading[1].length === 1 ? size * 1.6 : size * 1.25);
    else write(block.replace(/\s*\n\s*/g, ' '), regular, size);
  }
  pages.forEach((p, index) => {
    if (options.header) p.drawText(options.header, { x: margin, y: height - margin / 2, size: size * 0.8, font: regular });
    if (options.footer) {
      const footer = options.footer.replace('{page}', String(index + 1)).replace('{pages}', String(pages.length));
      p.drawText(footer, { x: width / 2 - regular.widthOfTextAtSize(footer, size * 0.8) / 2, y: margin / 2, size: size * 0.8, font: regular });
    }
  });
  return pdf.save();
}

function wrap(text: string, font: PDFFont, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}


/**
 * A PDF that asks for a password: pdf-lib cannot encrypt, so the trailer gets a standard
 * security handler whose user-password check fails for the empty password, which is
 * all a reader looks at before asking for one.
 */
export async function makeLockedPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([300, 300]).drawText(text, { x: 20, y: 200, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const handler = pdf.context.obj({
    Filter: PDFName.of('Standard'), V: 1, R: 2, Length: 40, P: PDFNumber.of(-44),
    O: PDFHexString.of('ab'.repeat(32)), U: PDFHexString.of('cd'.repeat(32)),
  });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(handler);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of('01'.repeat(16)), PDFHexString.of('01'.repeat(16))]);
  return pdf.save({ useObjectStreams: false });
}
