import * as vscode from 'vscode';
import type { ChecklistResult, ProtocolChecklistItem } from '../../../server/src/protocol';
import { isContractDocument, toRange } from '../documents';
import { ServerNotReadyError, type Session } from '../session';
import { checklistTitle, describeChecklistItem, summarizeChecklist } from './checklistView';

interface ChecklistPick extends vscode.QuickPickItem {
  readonly item: ProtocolChecklistItem;
}

/** "Contract Review: Show Checklist": the checklist of the active draft, jump to a clause on pick. */
export function showChecklist(session: Session): () => Promise<void> {
  return async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isContractDocument(document)) {
      void vscode.window.showInformationMessage('Open a contract draft (Markdown, plain text or .contract.md) in the editor, then run Show Checklist again.');
      return;
    }
    if (!session.isRunning()) {
      void vscode.window.showWarningMessage('The Contract Review server is not running yet. Wait a moment, or run "Contract Review: Restart Server" if it stays down.');
      return;
    }

    const result = await requestChecklist(session, document.uri);
    if (result === undefined) return;
    if (result === null || result.items.length === 0) {
      void vscode.window.showInformationMessage('Contract Review has no checklist for this document: it may be switched off by "contractReview.enable", or too large to review.');
      return;
    }

    const picked = await vscode.window.showQuickPick(toPicks(result), {
      title: checklistTitle(result, vscode.workspace.asRelativePath(document.uri)),
      placeHolder: summarizeChecklist(result),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked) await revealItem(document, picked.item);
  };
}

/** The checklist, null when the server skips the document, undefined after an error (already shown). */
async function requestChecklist(session: Session, uri: vscode.Uri): Promise<ChecklistResult | null | undefined> {
  try {
    return await session.checklist(uri);
  } catch (error) {
    const reason = error instanceof ServerNotReadyError
      ? 'the server is not running'
      : error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Could not build the checklist: ${reason}.`);
    return undefined;
  }
}

function toPicks(result: ChecklistResult): ChecklistPick[] {
  return result.items.map((item) => ({ ...describeChecklistItem(item), item }));
}

async function revealItem(document: vscode.TextDocument, item: ProtocolChecklistItem): Promise<void> {
  if (!item.range) {
    void vscode.window.showInformationMessage(`${item.title}: ${item.detail}`);
    return;
  }
  const range = toRange(item.range);
  // showTextDocument also brings the draft back if the user switched editors meanwhile.
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
