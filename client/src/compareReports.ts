import * as vscode from 'vscode';

// The comparison page the server writes (the same Markdown as `contract-review compare
// --format markdown`), shown in VS Code's Markdown preview beside the draft. The page
// lives in a read-only virtual document, so nothing lands on disk.

export const COMPARE_SCHEME = 'contract-review-compare';

export class CompareReports implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration: vscode.Disposable;
  readonly onDidChange = this.changed.event;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(COMPARE_SCHEME, this);
  }

  /** Shows the page in the Markdown preview beside the draft (as text if the preview is not there). */
  async show(newName: string, markdown: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: COMPARE_SCHEME, path: `/What changed in ${newName}.md` });
    const known = this.pages.has(uri.toString());
    this.pages.set(uri.toString(), markdown);
    if (known) this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.toString()) ?? '# This comparison is no longer available\n\nRun "Contract Review: Compare with Previous Draft" again.\n';
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
