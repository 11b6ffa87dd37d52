import * as path from 'node:path';
import * as vscode from 'vscode';
import { REVIEWED_LANGUAGE_IDS, type CompareDraftsResult, type PreviousDraft } from '../../../server/src/protocol';
import { previousRevision } from '../previousRevision';
import { isRenderable, renderedFile } from '../renderings';
import { ServerNotReadyError, type Session } from '../session';
import type { EditorFeatures } from './features';

// "Contract Review: Compare with Previous Draft": the current draft against a file the
// user picks or the draft's previous git revision. The server reads, reviews and
// compares both; the client shows its page beside the draft and marks the new findings.

interface PreviousPick extends vscode.QuickPickItem {
  readonly choice: 'file' | 'git';
}

/**
 * Arguments, all optional: the draft (a document or Word/PDF file URI; the active editor
 * otherwise) and the earlier turn (a file URI, or 'git'; asked for otherwise). Resolves
 * with the server's answer, or undefined when the user cancelled or nothing could be compared.
 */
export function compareWithPrevious(session: Session, features: EditorFeatures): (current?: unknown, previous?: unknown) => Promise<CompareDraftsResult | undefined> {
  return async (currentArg, previousArg) => {
    const current = await currentDraft(currentArg, features);
    if (!current) return undefined;
    const file = renderedFile(current) ?? (current.scheme === 'file' ? current : null);
    const previous = previousArg instanceof vscode.Uri || previousArg === 'git' ? previousArg : await askForPrevious(file);
    if (!previous) return undefined;
    const earlier = await earlierTurn(previous, file);
    if (!earlier) return undefined;

    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Contract Review: comparing the drafts' }, async (progress) => {
      try {
        await session.ready;
        return await session.compareDrafts(current, earlier, (_percentage, message) => progress.report({ message }));
      } catch (error) {
        const reason = error instanceof ServerNotReadyError ? 'the server is not running' : error instanceof Error ? error.message : String(error);
        return { ok: false as const, message: `The drafts could not be compared: ${reason}.` };
      }
    });
    if (!result.ok) {
      void vscode.window.showErrorMessage(result.message);
      return result;
    }
    features.newFindings.show(current, result.introduced, result.oldName);
    await features.compareReports.show(result.newName, result.markdown);
    const worse = result.moves.filter((m) => m.effect === 'worse').length;
    vscode.window.setStatusBarMessage(
      `Contract Review: ${result.introduced.length} new, ${result.resolvedCount} resolved; ${result.moves.length} key term(s) moved, ${worse} against the buyer`, 8000);
    return result;
  };
}

/** The draft to compare, opened in an editor (a Word or PDF file as its rendering). */
async function currentDraft(arg: unknown, features: EditorFeatures): Promise<vscode.Uri | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (uri && isRenderable(uri)) {
    const opened = await features.renderings.open(uri);
    if (!opened.ok) {
      void vscode.window.showErrorMessage(opened.message);
      return undefined;
    }
    return opened.editor.document.uri;
  }
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document && REVIEWED_LANGUAGE_IDS.includes(document.languageId)) return document.uri;
  if (uri && arg instanceof vscode.Uri) return (await vscode.window.showTextDocument(uri, { preview: false })).document.uri;
  void vscode.window.showInformationMessage('Open the current turn of a contract draft (Markdown, text, Word or PDF), then run Compare with Previous Draft again.');
  return undefined;
}

async function askForPrevious(file: vscode.Uri | null): Promise<vscode.Uri | 'git' | undefined> {
  const picks: PreviousPick[] = [{ label: '$(file) Pick the earlier draft…', description: 'Markdown, text, Word or PDF', choice: 'file' }];
  if (file) picks.push({ label: `$(git-commit) Previous git revision of ${path.basename(file.fsPath)}`, choice: 'git' });
  const picked = await vscode.window.showQuickPick(picks, { title: 'Compare with Previous Draft', placeHolder: 'Which earlier turn?' });
  if (!picked) return undefined;
  if (picked.choice === 'git') return 'git';
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Compare',
    title: 'The earlier draft',
    defaultUri: file ? vscode.Uri.joinPath(file, '..') : undefined,
    filters: { Drafts: ['md', 'markdown', 'txt', 'docx', 'pdf'] },
  });
  return chosen?.[0];
}

async function earlierTurn(previous: vscode.Uri | 'git', file: vscode.Uri | null): Promise<PreviousDraft | undefined> {
  if (previous !== 'git') return { uri: previous.toString() };
  if (!file) {
    void vscode.window.showInformationMessage('Only a draft saved in a git repository has a previous revision; pick the earlier file instead.');
    return undefined;
  }
  const revision = await previousRevision(file.fsPath);
  if (!revision.ok) {
    void vscode.window.showErrorMessage(revision.message);
    return undefined;
  }
  return { name: revision.name, label: revision.label, base64: revision.bytes.toString('base64') };
}

