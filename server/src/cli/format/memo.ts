import { basename } from 'node:path';
import { buildMemo } from '../../report/memo/model';
import { memoToMarkdown } from '../../report/memo/markdown';
import { memoToHtml } from '../../report/memo/html';
import { memoToDocx } from '../../report/memo/docx';
import type { ReviewedFile } from '../reviewedFile';

// The review memo from the command line: the same model and renderers the
// editor's "Export Review Memo" command uses.

export type MemoFormat = 'markdown' | 'html' | 'docx';

export async function formatMemo(file: ReviewedFile, format: MemoFormat): Promise<string | Uint8Array> {
  const memo = buildMemo(file.review, file.draft.fromStdin ? file.draft.path : basename(file.draft.path));
  switch (format) {
    case 'markdown': return memoToMarkdown(memo);
    case 'html': return memoToHtml(memo);
    case 'docx': return memoToDocx(memo);
  }
}
