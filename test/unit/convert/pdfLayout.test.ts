import assert from 'node:assert/strict';
import { convertDraftBytes } from '../../../server/src/convert/load';
import { dropRunningLines, layoutMarkdown, pageLines, type TextPiece } from '../../../server/src/convert/pdfLayout';
import { makeLockedPdf, makePdf } from './makeFiles';

/** A page of lines, each one piece at the left margin, 14 points apart from the top. */
function page(lines: readonly (string | { text: string; size: number })[], options: { x?: number } = {}): { pieces: TextPiece[] } {
  return {
    pieces: lines.map((line, i) => {
      const { text, size } = typeof line === 'string' ? { text: line, size: 10 } : line;
      return { text, size, x: options.x ?? 50, y: 800 - i * 14, width: text.length * size * 0.5 };
    }),
  };
}

describe('convert: PDF layout', function () {
  this.timeout(30_000);

  it('joins pieces on one baseline into a line, with a space where a gap stands for one', () => {
    const lines = pageLines({
      pieces: [
        { text: 'notice', x: 100, y: 700, width: 30, size: 10 },
        { text: 'Either party may give', x: 0, y: 700.4, width: 96, size: 10 },
        { text: 'next line', x: 0, y: 686, width: 40, size: 10 },
      ],
    });
    assert.deepEqual(lines.map((l) => l.text), ['Either party may give notice', 'next line']);
  });

  it('drops running headers, footers and bare page numbers, keeps a line that merely starts a page', () => {
    const words = ['first', 'second', 'third'];
    const pages = words.map((word, i) =>
      pageLines(page(['Acme Cloud MSA - Draft 2', `${i + 1}.1 Clause on the ${word} page reads like body text.`, `More body text, the ${word} time.`, `Page ${i + 1} of 3`])),
    );
    const kept = dropRunningLines(pages).map((lines) => lines.map((l) => l.text));
    assert.deepEqual(kept, words.map((word, i) => [`${i + 1}.1 Clause on the ${word} page reads like body text.`, `More body text, the ${word} time.`]));
  });

  it('runs a sentence on across lines and pages, re-joins a hyphenated word, and starts a paragraph at a clause number', () => {
    const markdown = layoutMarkdown([
      pageLines(page([{ text: '4. Renewal', size: 13 }, '4.1 This Agreement renews for succes-', 'sive terms of one year unless either', 'party gives notice'])),
      pageLines(page(['of non-renewal sixty (60) days before the end of the term.', '4.2 Fees may rise by three percent.'])),
    ]);
    assert.equal(
      markdown,
      '<!-- page 1 -->\n\n## 4. Renewal\n\n4.1 This Agreement renews for successive terms of one year unless either party gives notice of non-renewal sixty (60) days before the end of the term.\n\n<!-- page 2 -->\n\n4.2 Fees may rise by three percent.\n',
    );
  });

  it('converts a long draft page by page, reporting progress for each page', async () => {
    const paragraph = 'The Provider shall keep the Services available at least ninety-nine point nine percent of each calendar month, measured over the whole month.';
    const markdown = Array.from({ length: 40 }, (_, i) => `## ${i + 1}. Section ${i + 1}\n\n${i + 1}.1 ${paragraph}`).join('\n\n');
    const bytes = await makePdf(markdown, { pageSize: [300, 300], footer: '{page}' });
    const seen: [number, number][] = [];
    const result = await convertDraftBytes('long.pdf', bytes, (done, total) => seen.push([done, total]));
    assert.ok(result.ok);
    const total = result.draft.pageCount ?? 0;
    assert.ok(total >= 10, `${total} pages`);
    assert.deepEqual(seen, Array.from({ length: total }, (_, i) => [i + 1, total]));
    for (let i = 1; i <= 40; i++) assert.ok(result.draft.markdown.includes(`${i}.1 ${paragraph}`), `section ${i} whole`);
    assert.doesNotMatch(result.draft.markdown, /^\d+$/m, 'no stray page numbers');
  });

  it('gives one clear message for a file that is not a PDF, and for a PDF with no text', async () => {
    const broken = await convertDraftBytes('broken.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF\n'));
    assert.equal(broken.ok ? null : broken.failure, 'corrupt');
    assert.match(broken.ok ? '' : broken.message, /not a readable PDF/);
    const blank = await convertDraftBytes('scan.pdf', await makePdf(''));
    assert.equal(blank.ok ? null : blank.failure, 'empty');
    assert.match(blank.ok ? '' : blank.message, /no text to review/);
  });

  it('says a password-protected PDF needs an unprotected copy, in one sentence', async () => {
    const locked = await convertDraftBytes('locked.pdf', await makeLockedPdf('Price list for the renewal term'));
    assert.deepEqual(locked, { ok: false, failure: 'encrypted', message: 'the PDF is password-protected; save an unprotected copy and review that' });
  });
});
