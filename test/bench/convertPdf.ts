// `npm run bench:pdf`: how long a long PDF draft takes to become a Markdown rendering
// (issue 15: "a 300-page PDF converts in seconds"). Makes a PDF of about 300 pages from
// the made-up turns the comparison tests use, converts it as the server does (the
// bundled converters when built, else the sources), then reviews the rendering.
// It measures and prints; it asserts nothing, and no test depends on a time.
import { BASE, render, type Section } from '../unit/compare/drafts';
import { makePdf } from '../unit/convert/makeFiles';
import { convertDraftBytes } from '../../server/src/convert/load';
import { review } from '../../server/src/engine/review';

const TARGET_PAGES = Number(process.argv[2] ?? 300);

function longDraft(sectionCount: number): string {
  const sections: Section[] = [];
  for (let i = 0; sections.length < sectionCount; i++) {
    const section = BASE[i % BASE.length];
    sections.push({ title: `${section.title} (Part ${Math.floor(i / BASE.length) + 1})`, clauses: section.clauses });
  }
  return render(sections);
}

async function main(): Promise<void> {
  // About 2.2 of these sections fill a page at the default size; make a few more than needed, then report the real count.
  let started = performance.now();
  const bytes = await makePdf(longDraft(Math.ceil(TARGET_PAGES * 2.3)), { header: 'Vendor Paper: Subscription Agreement', footer: 'Page {page} of {pages}' });
  console.log(`made the PDF: ${(bytes.length / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  let pages = 0;
  started = performance.now();
  const result = await convertDraftBytes('long.pdf', bytes, (_done, total) => { pages = total; });
  const convertMs = performance.now() - started;
  if (!result.ok) throw new Error(result.message);
  console.log(`converted ${pages} pages in ${(convertMs / 1000).toFixed(2)} s (${(convertMs / pages).toFixed(1)} ms a page), ${(result.draft.markdown.length / 1024).toFixed(0)} KB of Markdown`);

  started = performance.now();
  const findings = review(result.draft.markdown, { format: 'markdown' }).findings.length;
  console.log(`reviewed the rendering in ${((performance.now() - started) / 1000).toFixed(2)} s (${findings} findings)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
