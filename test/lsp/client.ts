// A small LSP client for protocol tests: spawns the built server over stdio,
// answers workspace/configuration from a mutable settings object, and turns
// publishDiagnostics into promises a test can await (event-driven, no sleeps).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  ConfigurationParams,
  Diagnostic,
  Hover,
  InitializeResult,
  LogMessageParams,
  Position,
  PublishDiagnosticsParams,
  RegistrationParams,
  ShowMessageParams,
  TextEdit,
  WorkDoneProgressBegin,
  WorkDoneProgressEnd,
  WorkDoneProgressReport,
} from 'vscode-languageserver-protocol';
import { WorkDoneProgress } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SETTINGS_SECTION } from '../../server/src/protocol';

export const SERVER_BUNDLE = path.resolve(__dirname, '..', '..', 'server', 'out', 'main.js');

/** How long to wait for an expected server message before failing with a useful description. */
const WAIT_MS = 8000;

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: false },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, dataSupport: true },
  },
  window: { showMessage: {} },
};

/** An editor with none of the optional workspace features. */
export const MINIMAL_CAPABILITIES: ClientCapabilities = { textDocument: {}, workspace: {} };

export interface StartOptions {
  readonly capabilities?: ClientCapabilities;
  /** Initial `contractReview` settings; the object stays mutable as `client.settings`. */
  readonly settings?: Record<string, unknown>;
  /** How the editor talks to the server: stdio (the default) or Node IPC, as VS Code does. */
  readonly transport?: 'stdio' | 'ipc';
  /** Node options before the server's script (stdio only), e.g. a --require preload. */
  readonly execArgv?: readonly string[];
  /** The server's environment (stdio only); the test's own by default. */
  readonly env?: NodeJS.ProcessEnv;
}

interface Waiter {
  readonly uri: string;
  readonly accept: (params: PublishDiagnosticsParams) => boolean;
  readonly resolve: (diagnostics: Diagnostic[]) => void;
}

export class LspClient {
  /** The `contractReview` section the client answers with; edit it, then call `settingsChanged()`. */
  settings: Record<string, unknown>;
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: RegistrationParams[] = [];
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  initializeResult: InitializeResult | undefined;
  private readonly waiters = new Set<Waiter>();
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private stderr = '';
  private disposed = false;
  private exitCode: Promise<number | null>;

  private constructor(
    readonly workspace: string,
    private readonly child: ChildProcess,
    readonly connection: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    child.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.exitCode = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) =>
      params.items.map((item) => (item.section === SETTINGS_SECTION ? this.settings : null)));
    connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(params);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => { this.messages.push(params); });
    connection.onNotification('window/logMessage', (params: LogMessageParams) => { this.logs.push(params); });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => this.receive(params));
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    if (!fs.existsSync(SERVER_BUNDLE)) {
      throw new Error(`The built server is missing at ${SERVER_BUNDLE}: run \`npm run build\` first (\`npm test\` does).`);
    }
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-review-lsp-'));
    let child: ChildProcess;
    let connection: MessageConnection;
    if (options.transport === 'ipc') {
      child = fork(SERVER_BUNDLE, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
      if (!child.stdout || !child.stdin) throw new Error('the server process has no stdio pipes');
      connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    }
    const client = new LspClient(workspace, child, connection, { ...(options.settings ?? {}) });
    connection.listen();
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: path.basename(workspace) }],
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  uri(relativePath: string): string {
    return pathToFileURL(path.join(this.workspace, relativePath)).href;
  }

  writeFile(relativePath: string, content: string | Buffer): string {
    const file = path.join(this.workspace, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  /** Opens a document (not written to disk); returns its URI. */
  async open(relativePath: string, text: string, languageId = 'markdown'): Promise<string> {
    return this.openUri(this.uri(relativePath), text, languageId);
  }

  /** Opens a document under any URI (a rendering's, say); returns the URI. */
  async openUri(uri: string, text: string, languageId = 'markdown'): Promise<string> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number {
    const version = this.versions.get(uri);
    if (version === undefined) throw new Error(`${uri} is not open`);
    return version;
  }

  text(uri: string): string {
    const text = this.texts.get(uri);
    if (text === undefined) throw new Error(`${uri} was never opened`);
    return text;
  }

  /** Tells the server the settings changed (it asks for them again). */
  async settingsChanged(): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { [SETTINGS_SECTION]: this.settings } });
  }

  async watchedFileChanged(relativePath: string, type: 1 | 2 | 3): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri(relativePath), type }] });
  }

  /**
   * The diagnostics for `uri` once a publish satisfies `accept`: the latest one
   * already received counts, otherwise the next matching one.
   */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean, what: string): Promise<Diagnostic[]> {
    const latest = this.published.get(uri)?.at(-1);
    if (latest && accept(latest)) return Promise.resolve(latest.diagnostics);
    return new Promise<Diagnostic[]>((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (diagnostics) => {
          clearTimeout(timer);
          resolve(diagnostics);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.published.get(uri)?.at(-1);
        reject(new Error(`no diagnostics for ${uri} where ${what} within ${WAIT_MS} ms; last published: ${JSON.stringify(seen?.diagnostics.map((d) => `${d.code}: ${d.message}`) ?? 'nothing')}${this.stderr ? `\nserver stderr:\n${this.stderr}` : ''}`));
      }, WAIT_MS);
      this.waiters.add(waiter);
    });
  }

  /** The diagnostics published for the document's current version. */
  current(uri: string): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.diagnostics(uri, (p) => p.version === version, `version is ${version}`);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, diagnostics: readonly Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  /** Collects the work-done progress the server reports under `token` (the client made the token, as VS Code does). */
  progress(token: string): (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] {
    const seen: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];
    this.connection.onProgress(WorkDoneProgress.type, token, (value) => seen.push(value));
    return seen;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** shutdown + exit, the polite way; resolves with the process exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exitCode;
    this.dispose();
    return code;
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get serverStderr(): string {
    return this.stderr;
  }

  /** Cleanup for afterEach: ends the process if a test left it running and removes the workspace. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.connection.dispose();
    if (this.alive) this.child.kill();
    fs.rmSync(this.workspace, { recursive: true, force: true });
  }

  private receive(params: PublishDiagnosticsParams): void {
    const list = this.published.get(params.uri) ?? [];
    list.push(params);
    this.published.set(params.uri, list);
    for (const waiter of [...this.waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        this.waiters.delete(waiter);
        waiter.resolve(params.diagnostics);
      }
    }
  }
}

/** The text a range covers. */
export function textAt(text: string, range: { start: Position; end: Position }): string {
  const document = TextDocument.create('memory://x', 'plaintext', 0, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

/** The text after applying edits, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('memory://x', 'plaintext', 0, text), [...edits]);
}

/** The text edits of a code action, after checking they are one versioned edit of `uri`. */
export function versionedEdits(action: CodeAction, uri: string, version: number): TextEdit[] {
  const changes = action.edit?.documentChanges;
  if (!changes || changes.length !== 1) throw new Error(`"${action.title}" should carry exactly one documentChange, got ${JSON.stringify(action.edit)}`);
  const change = changes[0];
  if (!('textDocument' in change)) throw new Error(`"${action.title}" is not a TextDocumentEdit`);
  if (change.textDocument.uri !== uri || change.textDocument.version !== version) {
    throw new Error(`"${action.title}" edits ${change.textDocument.uri} v${change.textDocument.version}, expected ${uri} v${version}`);
  }
  return change.edits.map((e) => ({ range: e.range, newText: e.newText }));
}
