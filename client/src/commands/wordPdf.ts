import * as vscode from 'vscode';
import type { Session } from '../session';
import { isRenderable, type Opened } from '../renderings';
import type { EditorFeatures } from './features';

/**
 * "Contract Review: Review Word/PDF Draft": the file clicked in the Explorer, the Word or
 * PDF file in the active tab, or one picked from disk, shown as a read-only rendering.
 */
export function reviewWordPdf(_session: Session, features: EditorFeatures): (target?: unknown) => Promise<Opened | undefined> {
  return async (target) => {
    const file = (target instanceof vscode.Uri ? target : undefined) ?? activeTabFile() ?? (await pickFile());
    if (!file) return undefined;
    if (!isRenderable(file)) {
      void vscode.window.showInformationMessage('Review Word/PDF Draft reads .docx and .pdf files saved on disk; Markdown and text drafts are reviewed as they are.');
      return undefined;
    }
    const opened = await features.renderings.open(file);
    if (!opened.ok) void vscode.window.showErrorMessage(opened.message);
    return opened;
  };
}

/** Quick fixes on a read-only rendering copy the suggested wording instead of editing. */
export function copySuggestion(): (wording?: unknown) => Promise<void> {
  return async (wording) => {
    if (typeof wording !== 'string' || wording === '') return;
    await vscode.env.clipboard.writeText(wording);
    vscode.window.setStatusBarMessage('Contract Review: suggested wording copied; paste it into the draft or your reply', 4000);
  };
}

function activeTabFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const uri = input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText ? input.uri : undefined;
  return uri && isRenderable(uri) ? uri : undefined;
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Review',
    title: 'Review a Word or PDF draft',
    filters: { 'Word and PDF drafts': ['docx', 'pdf'] },
  });
  return picked?.[0];
}
