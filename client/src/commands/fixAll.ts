import * as vscode from 'vscode';
import { FIX_ALL_KIND } from '../../../server/src/protocol';
import { describeError, draftFor } from './target';

/**
 * "Contract Review: Fix All Safe Problems": asks the server for its
 * `source.fixAll.contractReview` action (the one `editor.codeActionsOnSave` runs
 * too) and applies its edit, one undo step. Resolves with whether anything changed.
 */
export function fixAll(): (draft?: unknown) => Promise<boolean> {
  return async (draft) => {
    const document = await draftFor(draft);
    if (!document) return false;
    try {
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND);
      const action = actions?.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
      if (!action?.edit) {
        void vscode.window.showInformationMessage('Contract Review has no safe fixes for this draft: the other findings change what the deal says, so each needs your choice in its quick fix.');
        return false;
      }
      const applied = await vscode.workspace.applyEdit(action.edit);
      if (!applied) void vscode.window.showWarningMessage('The fixes were not applied: the draft changed meanwhile. Run the command again.');
      return applied;
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not apply the fixes: ${describeError(error)}`);
      return false;
    }
  };
}
