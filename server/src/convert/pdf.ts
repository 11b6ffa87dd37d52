import { getDocumentProxy } from 'unpdf';
import { dropRunningLines, layoutMarkdown, pageLines, type PageText, type TextPiece } from './pdfLayout';
import type { ConversionProgress, ConversionResult } from './types';

// A PDF draft, read as Markdown: PDF.js (through unpdf's build for servers) gives the
// positioned text of each page; pdfLayout.ts rebuilds lines and paragraphs from it.
// The file is parsed in this process without a worker and with no font or network
// look-ups: only the text matters.

export async function convertPdf(bytes: Uint8Array, onProgress?: ConversionProgress): Promise<ConversionResult> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of the buffer it is given; pass a copy so the caller's stays usable.
    document = await getDocumentProxy(new Uint8Array(bytes), { disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, useWasm: false, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
    if (name === 'PasswordException') {
      return { ok: false, failure: 'encrypted', message: 'the PDF is password-protected; save an unprotected copy and review that' };
    }
    return { ok: false, failure: 'corrupt', message: 'the file is not a readable PDF: it may be damaged, or another format renamed to .pdf' };
  }

  try {
    const pages: PageText[] = [];
    const total = document.numPages;
    for (let number = 1; number <= total; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      pages.push({ pieces });
      page.cleanup();
      if (onProgress) {
        onProgress(number, total);
        // Let the progress message leave before the next page: PDF.js alone would keep the thread to itself.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const markdown = layoutMarkdown(dropRunningLines(pages.map(pageLines)));
    if (markdown.replace(/<!-- page \d+ -->/g, '').trim() === '') {
      return { ok: false, failure: 'empty', message: 'the PDF has no text to review: it may be a scan (an image of the pages); run it through text recognition (OCR) first' };
    }
    return { ok: true, draft: { kind: 'pdf', markdown, notes: [], pageCount: total } };
  } catch (error) {
    return { ok: false, failure: 'corrupt', message: `the PDF could not be read to the end (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    // Frees the parsed file (the proxy itself has no destroy in this PDF.js build).
    await document.loadingTask.destroy().catch(() => undefined);
  }
}
