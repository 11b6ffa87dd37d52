import * as vscode from 'vscode';
import type { ComparedFinding } from '../../server/src/protocol';

// After "Compare with Previous Draft", the findings the current turn introduced are
// marked in its editor ("new since msa-v1.md"), beside the usual squiggles. The marks
// belong to that comparison: the first edit to the draft makes it stale, so they go.

export class NewFindingMarks implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 1em', color: new vscode.ThemeColor('editorWarning.foreground'), fontStyle: 'italic' },
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    isWholeLine: false,
  });
  private readonly marks = new Map<string, vscode.DecorationOptions[]>();
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      this.type,
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.marks.delete(event.document.uri.toString())) this.repaint(event.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.marks.delete(document.uri.toString())),
    ];
  }

  /** Marks the findings in the document at `uri` as new since the earlier turn named `since`. */
  show(uri: vscode.Uri, findings: readonly ComparedFinding[], since: string): void {
    this.marks.set(uri.toString(), findings.map((finding) => ({
      range: new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character),
      hoverMessage: new vscode.MarkdownString().appendMarkdown('**New since ').appendText(since).appendMarkdown(':** ').appendText(finding.message),
      renderOptions: { after: { contentText: `● new since ${since}` } },
    })));
    this.repaint(uri);
  }

  /** The ranges marked new in a document (for tests and the status line). */
  marked(uri: vscode.Uri): readonly vscode.Range[] {
    return (this.marks.get(uri.toString()) ?? []).map((m) => m.range);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.marks.clear();
  }

  private repaint(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    editor.setDecorations(this.type, this.marks.get(editor.document.uri.toString()) ?? []);
  }
}
