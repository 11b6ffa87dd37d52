import type { Review } from '../engine/review';
import { memoToDocx } from '../report/memo/docx';
import { memoToHtml } from '../report/memo/html';
import { memoToMarkdown } from '../report/memo/markdown';
import { buildMemo } from '../report/memo/model';
import type { MemoFormat, MemoResult } from '../protocol';
import { nameOf } from './renewalCalendarResult';

// The review memo for the editor's "Export Review Memo": the CLI's model and
// renderers, so both say the same thing. Word files travel as base64 (JSON-RPC
// carries text only).

const EXTENSIONS: Readonly<Record<MemoFormat, string>> = { markdown: 'md', html: 'html', docx: 'docx' };

export async function toMemoResult(review: Review, uri: string, format: MemoFormat): Promise<MemoResult> {
  const documentName = nameOf(uri);
  const memo = buildMemo(review, documentName);
  const fileName = `${documentName.replace(/\.(contract\.)?(md|markdown|txt)$/i, '')}.review.${EXTENSIONS[format]}`;
  switch (format) {
    case 'markdown': return { format, fileName, text: memoToMarkdown(memo) };
    case 'html': return { format, fileName, text: memoToHtml(memo) };
    case 'docx': return { format, fileName, base64: Buffer.from(await memoToDocx(memo)).toString('base64') };
  }
}
