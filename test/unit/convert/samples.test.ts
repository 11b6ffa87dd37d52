import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertDraftBytes } from '../../../server/src/convert/load';
import { createLocator } from '../../../server/src/convert/locations';
import type { ConvertedDraft } from '../../../server/src/convert/types';
import { review } from '../../../server/src/engine/review';
import { blocksFromMarkdown, makeDocx, makePdf } from './makeFiles';

// The sample draft as the vendor would send it, in Word and as a PDF: the review of
// each rendering must find what the review of the Markdown finds, rule for rule and
// word for word. Only the positions differ (they are the rendering's).

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'ccaas-msa.md'), 'utf8');

function findingsOf(text: string): string[] {
  return review(text, { format: 'markdown' }).findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`).sort();
}

async function converted(path: string, bytes: Uint8Array): Promise<ConvertedDraft> {
  const result = await convertDraftBytes(path, bytes);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.draft;
}

describe('convert: the sample draft as Word and PDF', function () {
  this.timeout(60_000);
  const expected = findingsOf(SAMPLE);

  it('finds something in the Markdown, so the comparisons below mean something', () => {
    assert.ok(expected.length >= 10, expected.join('\n'));
  });

  it('reviews the .docx rendering with the same findings as the Markdown', async () => {
    const draft = await converted('sample.docx', await makeDocx(blocksFromMarkdown(SAMPLE)));
    assert.deepEqual(findingsOf(draft.markdown), expected);
    assert.deepEqual(draft.notes, [], 'no tracked changes, nothing to say');
  });

  it('reviews the .pdf rendering with the same findings as the Markdown, headers and page numbers gone', async () => {
    const pdf = await makePdf(SAMPLE, { pageSize: [300, 420], header: 'Northwind Contact Cloud - Confidential', footer: 'Page {page} of {pages}' });
    const draft = await converted('sample.pdf', pdf);
    assert.ok((draft.pageCount ?? 0) >= 3, `the sample runs over several pages (${draft.pageCount})`);
    assert.deepEqual(findingsOf(draft.markdown), expected);
    assert.doesNotMatch(draft.markdown, /Confidential|Page \d+ of/);
    // Every paragraph of the Markdown is in the rendering whole: lines broken by the layout are joined again.
    for (const paragraph of SAMPLE.split(/\n\s*\n/).map((p) => p.replace(/^#+ /, '').trim()).filter((p) => p !== '')) {
      assert.ok(draft.markdown.includes(paragraph), `missing or broken: ${paragraph}`);
    }
  });

  it('names the page of each PDF finding and the heading path of each Word finding', async () => {
    const pdf = await converted('sample.pdf', await makePdf(SAMPLE, { pageSize: [300, 420] }));
    const pdfReview = review(pdf.markdown, { format: 'markdown' });
    const onPage = createLocator('pdf', pdf.markdown, pdfReview.contract.headings);
    const places = pdfReview.findings.map((f) => onPage(f.span.start));
    assert.ok(places.every((p) => p !== null && /^page \d+$/.test(p)), places.join(', '));
    assert.ok(new Set(places).size >= 2, 'findings on more than one page');

    const docx = await converted('sample.docx', await makeDocx(blocksFromMarkdown(SAMPLE)));
    const docxReview = review(docx.markdown, { format: 'markdown' });
    const inSection = createLocator('docx', docx.markdown, docxReview.contract.headings);
    const renewal = docxReview.findings.find((f) => f.ruleId === 'renewal/long-renewal-term');
    assert.ok(renewal);
    assert.match(inSection(renewal.span.start) ?? '', /^3\.? Term and Termination$/);
  });
});
