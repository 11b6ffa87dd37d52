import * as path from 'node:path';
import * as vscode from 'vscode';
import { RENDERING_SCHEME, type RenderDraftResult } from '../../server/src/protocol';
import type { Session } from './session';

// Word and PDF drafts in the editor: the server converts the file, and this provider
// shows the Markdown it answers as a read-only document under the rendering scheme.
// The language client syncs that document to the server, which reviews it like any
// draft, so diagnostics, hovers and the checklist work on it unchanged.

/** File name endings the client offers to render; the server decides what it can read. */
export const RENDERED_EXTENSIONS: readonly string[] = ['.docx', '.pdf'];

export function isRenderable(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && RENDERED_EXTENSIONS.includes(path.extname(uri.path).toLowerCase());
}

/** `contract-review-rendering:/deal/msa.docx.md` for `file:///deal/msa.docx` (the protocol's renderingUriOf). */
export function renderingUri(fileUri: vscode.Uri): vscode.Uri {
  return fileUri.with({ scheme: RENDERING_SCHEME, path: `${fileUri.path}.md` });
}

/** The Word or PDF file a rendering stands for; null for any other document. */
export function renderedFile(uri: vscode.Uri): vscode.Uri | null {
  return uri.scheme === RENDERING_SCHEME && uri.path.endsWith('.md') ? uri.with({ scheme: 'file', path: uri.path.slice(0, -3) }) : null;
}

export type Opened = { readonly ok: true; readonly editor: vscode.TextEditor } | { readonly ok: false; readonly message: string };

export class Renderings implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(private readonly session: Session) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(RENDERING_SCHEME, this),
      // A closed rendering is converted afresh next time, so a file changed meanwhile is read anew.
      vscode.workspace.onDidCloseTextDocument((document) => this.texts.delete(document.uri.toString())),
    ];
  }

  /** Converts the file (progress shown) and opens its rendering; the reason in one sentence when it cannot. */
  async open(fileUri: vscode.Uri, options: vscode.TextDocumentShowOptions = {}): Promise<Opened> {
    const result = await this.convert(fileUri);
    if (!result.ok) return result;
    const uri = renderingUri(fileUri);
    const key = uri.toString();
    const previous = this.texts.get(key);
    this.texts.set(key, result.markdown);
    // A rendering already open shows the file as it is now.
    if (previous !== undefined && previous !== result.markdown) this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false, ...options });
    if (result.notes.length > 0) void vscode.window.showInformationMessage(`${path.basename(fileUri.fsPath)}: ${result.notes.join(' ')}`);
    return { ok: true, editor };
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const known = this.texts.get(uri.toString());
    if (known !== undefined) return known;
    // A rendering VS Code restored with the window, or opened by its URI: convert the file now.
    const file = renderedFile(uri);
    if (!file) return '';
    const result = await this.convert(file);
    if (!result.ok) {
      void vscode.window.showErrorMessage(result.message);
      return `<!-- ${result.message} -->\n`;
    }
    this.texts.set(uri.toString(), result.markdown);
    return result.markdown;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private convert(fileUri: vscode.Uri): Thenable<RenderDraftResult> {
    const name = path.basename(fileUri.fsPath);
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Contract Review: reading ${name}` }, async (progress) => {
      let reported = 0;
      try {
        await this.session.ready;
        return await this.session.renderDraft(fileUri, (percentage, message) => {
          const increment = percentage === undefined ? undefined : Math.max(0, percentage - reported);
          if (percentage !== undefined) reported = Math.max(reported, percentage);
          progress.report({ increment, message });
        });
      } catch (error) {
        return { ok: false, message: `Cannot review ${name}: ${error instanceof Error ? error.message : String(error)}` };
      }
    });
  }
}
