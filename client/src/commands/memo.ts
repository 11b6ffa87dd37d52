import * as vscode from 'vscode';
import { MemoRequest, type MemoFormat } from '../../../server/src/protocol';
import type { Session } from '../session';
import { describeError, draftFor, saveTarget } from './target';

interface FormatPick extends vscode.QuickPickItem {
  readonly format: MemoFormat;
}

const FORMATS: readonly FormatPick[] = [
  { format: 'markdown', label: 'Markdown', description: '.md', detail: 'Plain text with headings and tables; opens in the editor' },
  { format: 'html', label: 'HTML', description: '.html', detail: 'A web page to open in a browser or paste into an email' },
  { format: 'docx', label: 'Word', description: '.docx', detail: 'A Word document to send to the business' },
];

const FILTERS: Readonly<Record<MemoFormat, Record<string, string[]>>> = {
  markdown: { Markdown: ['md'] },
  html: { HTML: ['html'] },
  docx: { 'Word document': ['docx'] },
};

/**
 * "Contract Review: Export Review Memo": the server builds the memo (the CLI's
 * model and renderers); the client asks which format and where, and saves it.
 * Arguments, all optional: the draft's URI, the format, where to save.
 */
export function exportMemo(session: Session): (draft?: unknown, format?: unknown, target?: unknown) => Promise<vscode.Uri | undefined> {
  return async (draft, format, target) => {
    const document = await draftFor(draft);
    if (!document) return undefined;
    const chosen = isMemoFormat(format) ? format : (await vscode.window.showQuickPick(FORMATS, { title: 'Export Review Memo', placeHolder: 'Format of the memo' }))?.format;
    if (!chosen) return undefined;
    try {
      const memo = await session.request(MemoRequest.type, document.uri, { format: chosen });
      if (memo === null) {
        void vscode.window.showWarningMessage('Contract Review does not review this document: it may be switched off by "contractReview.enable", or too large.');
        return undefined;
      }
      const uri = await saveTarget(document, memo.fileName, FILTERS[chosen], target);
      if (!uri) return undefined;
      const bytes = memo.format === 'docx' ? Buffer.from(memo.base64, 'base64') : new TextEncoder().encode(memo.text);
      await vscode.workspace.fs.writeFile(uri, bytes);
      if (memo.format === 'markdown' && target === undefined) {
        await vscode.window.showTextDocument(uri, { preview: false });
      } else {
        void vscode.window.showInformationMessage(`Saved the review memo to ${vscode.workspace.asRelativePath(uri)}.`);
      }
      return uri;
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not export the review memo: ${describeError(error)}`);
      return undefined;
    }
  };
}

function isMemoFormat(value: unknown): value is MemoFormat {
  return value === 'markdown' || value === 'html' || value === 'docx';
}
