import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, WorkDoneProgress, type LanguageClientOptions, type RequestType, type RequestType0, type ServerOptions } from 'vscode-languageclient/node';
import {
  ChecklistRequest,
  CompareDraftsRequest,
  DEFAULT_PLAYBOOK_FILE_NAME,
  RENDERING_SCHEME,
  RenderDraftRequest,
  REVIEWED_LANGUAGE_IDS,
  SETTINGS_SECTION,
  type ChecklistResult,
  type CompareDraftsResult,
  type PreviousDraft,
  type RenderDraftResult,
  type DocumentParams,
} from '../../server/src/protocol';
import { CrashRestarts } from './crashRestarts';

// The only module that knows about LSP. It owns one language client at a time;
// everything created for that client is disposed with it, while the extension's
// own resources (output channel, commands) live in the ExtensionContext.

// The client id is also the prefix of the `contractReview.trace.server` setting,
// which vscode-languageclient reads by that name.
const CLIENT_ID = SETTINGS_SECTION;
const CLIENT_NAME = 'Contract Review';
const PLAYBOOK_GLOB = `**/${DEFAULT_PLAYBOOK_FILE_NAME}`;
// Renderings of Word and PDF files are read-only Markdown documents the server reviews too.
const SCHEMES = ['file', 'untitled', RENDERING_SCHEME] as const;

/** Progress the server reports for a long request: a percentage (when known) and a short message. */
export type ProgressListener = (percentage: number | undefined, message: string | undefined) => void;

export class Session implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private clientDisposables: vscode.Disposable[] = [];
  private readyPromise: Promise<void> = Promise.reject(new Error('The Contract Review server has not been started.'));
  /** start/stop/restart run one after another, never interleaved. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {
    this.readyPromise.catch(() => undefined);
  }

  /** Settles when the current client has started (or failed to). */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  isRunning(): boolean {
    return this.client?.isRunning() ?? false;
  }

  /** Starts the server, replacing a client that is already running. */
  start(): Promise<void> {
    this.readyPromise = this.enqueue(() => this.startClient());
    // Failures are reported in the output channel; callers that await `ready` still see them.
    this.readyPromise.catch((error: unknown) => this.output.appendLine(`The server did not start: ${describe(error)}`));
    return this.readyPromise;
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.stopClient());
  }

  /** Stops the running client, if any, and starts a fresh one that re-reads settings and the playbook. */
  restart(): Promise<void> {
    return this.start();
  }

  /** The server's checklist for a document; null when the server does not review it (switched off, not open, too large). */
  async checklist(uri: vscode.Uri): Promise<ChecklistResult | null> {
    const client = this.client;
    if (!client || !client.isRunning()) throw new ServerNotReadyError();
    return client.sendRequest(ChecklistRequest.type, { uri: client.code2ProtocolConverter.asUri(uri) });
  }

  /**
   * One of the protocol's document requests for `uri`, with the request's other
   * parameters; the views and commands ask the server through this, never compute.
   */
  async request<P extends DocumentParams, R>(type: RequestType<P, R, void>, uri: vscode.Uri, rest: Omit<P, 'uri'>): Promise<R> {
    const client = this.client;
    if (!client || !client.isRunning()) throw new ServerNotReadyError();
    return client.sendRequest(type, { ...rest, uri: client.code2ProtocolConverter.asUri(uri) } as P);
  }

  /** A protocol request about no document in particular. */
  async requestWithoutDocument<R>(type: RequestType0<R, void>): Promise<R> {
    const client = this.client;
    if (!client || !client.isRunning()) throw new ServerNotReadyError();
    return client.sendRequest(type);
  }

  /** Has the server convert a .docx or .pdf file on disk to the Markdown its rendering shows. */
  renderDraft(fileUri: vscode.Uri, onProgress: ProgressListener): Promise<RenderDraftResult> {
    return this.withProgress(onProgress, (client, workDoneToken) =>
      client.sendRequest(RenderDraftRequest.type, { uri: client.code2ProtocolConverter.asUri(fileUri), workDoneToken }));
  }

  /** Has the server compare an earlier turn with the current draft (the document at `uri`). */
  compareDrafts(uri: vscode.Uri, previous: PreviousDraft, onProgress: ProgressListener): Promise<CompareDraftsResult> {
    return this.withProgress(onProgress, (client, workDoneToken) =>
      client.sendRequest(CompareDraftsRequest.type, { uri: client.code2ProtocolConverter.asUri(uri), previous, workDoneToken }));
  }

  dispose(): void {
    void this.stop();
  }

  /** Sends a request with a work-done token of our own and passes the server's progress on. */
  private async withProgress<R>(onProgress: ProgressListener, send: (client: LanguageClient, token: string) => Promise<R>): Promise<R> {
    const client = this.client;
    if (!client || !client.isRunning()) throw new ServerNotReadyError();
    const token = randomUUID();
    const listening = client.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.kind !== 'end') onProgress(value.percentage, value.message);
    });
    try {
      return await send(client, token);
    } finally {
      listening.dispose();
    }
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async startClient(): Promise<void> {
    await this.stopClient();
    const watcher = vscode.workspace.createFileSystemWatcher(PLAYBOOK_GLOB);
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, this.serverOptions(), {
      documentSelector: REVIEWED_LANGUAGE_IDS.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
      synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watcher },
      outputChannel: this.output,
      errorHandler: crashErrorHandler(new CrashRestarts(CLIENT_NAME)),
    } satisfies LanguageClientOptions);
    this.client = client;
    this.clientDisposables = [watcher];
    await client.start();
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    const disposables = this.clientDisposables;
    this.clientDisposables = [];
    try {
      // A client that is still (re)starting after a crash must be stopped too, or its server outlives it;
      // one whose start failed (state Stopped) has no connection to shut down.
      if (client && client.state !== State.Stopped) await client.dispose();
    } catch (error) {
      this.output.appendLine(`The server did not stop cleanly: ${describe(error)}`);
    } finally {
      for (const d of disposables) d.dispose();
    }
  }

  private serverOptions(): ServerOptions {
    const module = this.context.asAbsolutePath('server/out/main.js');
    return {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
  }
}

/** Write errors on a dying connection decide nothing; the close restarts the server (see crashRestarts.ts). */
function crashErrorHandler(restarts: CrashRestarts): NonNullable<LanguageClientOptions['errorHandler']> {
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const decision = restarts.closed(Date.now());
      return decision.restart ? { action: CloseAction.Restart, handled: true } : { action: CloseAction.DoNotRestart, message: decision.message };
    },
  };
}

export class ServerNotReadyError extends Error {
  constructor() {
    super('The Contract Review server is not running.');
    this.name = 'ServerNotReadyError';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
