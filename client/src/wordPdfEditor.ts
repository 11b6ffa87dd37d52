import * as path from 'node:path';
import * as vscode from 'vscode';
import { WORD_PDF_EDITOR_VIEW_TYPE } from './commands/ids';
import type { Renderings } from './renderings';

// Opening a .docx or .pdf file in VS Code lands here (package.json `customEditors`):
// the editor converts the file and replaces itself with the read-only rendering, a
// text editor where diagnostics and hovers work. A webview of its own could show
// neither, so it only says what is happening, or why the file could not be read.

export class WordPdfEditor implements vscode.CustomReadonlyEditorProvider {
  constructor(private readonly renderings: Renderings) {}

  static register(renderings: Renderings): vscode.Disposable {
    return vscode.window.registerCustomEditorProvider(WORD_PDF_EDITOR_VIEW_TYPE, new WordPdfEditor(renderings), {
      supportsMultipleEditorsPerDocument: true,
    });
  }

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    const name = path.basename(document.uri.fsPath);
    panel.webview.options = { enableScripts: false };
    panel.webview.html = page(`Reading ${name} for review…`);
    const opened = await this.renderings.open(document.uri, { viewColumn: panel.viewColumn ?? vscode.ViewColumn.Active });
    if (opened.ok) {
      panel.dispose();
    } else {
      panel.webview.html = page(opened.message);
      void vscode.window.showErrorMessage(opened.message);
    }
  }
}

function page(text: string): string {
  const escaped = text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>${escaped}</p></body></html>`;
}
