import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetAt } from '../engine/positions';
import {
  ChecklistRequest,
  CompareDraftsRequest,
  DEFAULT_PLAYBOOK_FILE_NAME,
  FIX_ALL_KIND,
  KeyTermsRequest,
  MemoRequest,
  PlaybookTemplateRequest,
  RenderDraftRequest,
  RenewalCalendarRequest,
  ReviewRequest,
  type DocumentParams,
  type MemoParams,
} from '../protocol';
import { codeActionsFor } from './codeActions';
import { compareDrafts } from './compareDrafts';
import { progressReporter } from './progress';
import { isRendering, renderDraft } from './renderings';
import { isReviewed } from './documentFormat';
import { fixAllAction, wantsFixAll } from './fixAll';
import { toKeyTermsResult } from './keyTermsResult';
import { playbookTemplate } from '../playbookTemplate';
import { toMemoResult } from './memoResult';
import { toRenewalCalendarResult } from './renewalCalendarResult';
import { renewalLenses } from './renewalLens';
import { hoverAt } from './hover';
import { Logger } from './logger';
import { pathToUri, uriToPath } from './paths';
import { PlaybookStore } from './playbooks';
import { DocumentReviewer, type ReviewOutcome } from './reviewer';
import { safely } from './safely';
import { SettingsCache } from './settings';
import { SiblingDrafts } from './siblingDrafts';
import { toChecklistResult, toReviewResult } from './toProtocol';
import { today } from './upcomingDeadline';
import { CHANGE_DEBOUNCE_MS, Validator } from './validator';
import { WorkspaceFolders } from './workspaceFolders';

export interface ServerOptions {
  /** File URI of the README that documents every rule; diagnostics link to its `#rule-…` anchors. */
  readonly documentationUri?: string | null;
}

interface ClientSupport {
  configuration: boolean;
  workspaceFolders: boolean;
  watchedFilesRegistration: boolean;
  relativePatterns: boolean;
}

/**
 * Wires the review engine to an LSP connection. Registers handlers only: the
 * caller decides when to `listen()`, and nothing happens before the client's
 * `initialize`.
 */
export function createServer(connection: Connection, options: ServerOptions = {}): void {
  const logger = new Logger(connection.console);
  const documents = new TextDocuments(TextDocument);
  const support: ClientSupport = { configuration: false, workspaceFolders: false, watchedFilesRegistration: false, relativePatterns: false };
  const folders = new WorkspaceFolders();
  const settings = new SettingsCache(connection, () => support.configuration);
  const playbooks = new PlaybookStore({
    publishDiagnostics: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
    // A notification, not window/showMessageRequest: nothing to answer, and no reply to wait for or fail on.
    warnUser: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
    watch: (filePath) => watchPlaybook(filePath),
    logger,
  });
  const siblings = new SiblingDrafts(documents);
  const reviewer = new DocumentReviewer(settings, playbooks, folders, siblings);
  const validator = new Validator(connection, documents, reviewer, logger, options.documentationUri ?? null);

  const refreshTraceLevel = (): void => {
    settings.global().then(
      (s) => logger.setLevel(s.trace.server),
      (cause) => logger.error('contract-review: reading the settings failed', cause),
    );
  };

  // The default file name is watched everywhere from the start; files the settings name are added as they come up.
  const watchedPlaybooks = new Set<string>();
  const watchPlaybook = (filePath: string): void => {
    if (!support.watchedFilesRegistration || watchedPlaybooks.has(filePath) || path.basename(filePath) === DEFAULT_PLAYBOOK_FILE_NAME) return;
    watchedPlaybooks.add(filePath);
    const globPattern = support.relativePatterns
      ? { baseUri: pathToUri(path.dirname(filePath)), pattern: path.basename(filePath) }
      : filePath.split(path.sep).join('/');
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] })
      .catch((cause) => logger.error(`contract-review: watching ${filePath} failed`, cause));
  };

  /** The current review of an open document, or null when it is closed, disabled or too large. */
  const currentReview = async (uri: string): Promise<Extract<ReviewOutcome, { status: 'reviewed' }> | null> => {
    const document = documents.get(uri);
    if (!document || !isReviewed(document)) return null;
    const outcome = await reviewer.reviewDocument(document);
    return outcome.status === 'reviewed' ? outcome : null;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const workspace = params.capabilities.workspace;
    support.configuration = workspace?.configuration === true;
    support.workspaceFolders = workspace?.workspaceFolders === true;
    support.watchedFilesRegistration = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    support.relativePatterns = workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    folders.set(params.workspaceFolders, params.rootUri);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'contract-review' },
    };
  });

  connection.onInitialized(safely(logger, 'initialized', undefined, async () => {
    if (support.watchedFilesRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        // The playbook, and the drafts whose elements count for the drafts beside them.
        watchers: [{ globPattern: `**/${DEFAULT_PLAYBOOK_FILE_NAME}` }, { globPattern: '**/*.{md,markdown,txt}' }],
      });
    }
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(safely(logger, 'workspace folders change', undefined, (event) => {
        folders.change(event.added, event.removed);
        validator.scheduleAll();
      }));
    }
    refreshTraceLevel();
  }));

  connection.onDidChangeConfiguration(safely(logger, 'configuration change', undefined, (params) => {
    settings.changed(params.settings);
    // The playbook setting may now name another file, or the same file with new contents.
    playbooks.invalidateAll();
    refreshTraceLevel();
    validator.scheduleAll();
  }));

  connection.onDidChangeWatchedFiles(safely(logger, 'watched files change', undefined, (params) => {
    let playbookChanged = false;
    const siblingsChanged = new Set<string>();
    for (const change of params.changes) {
      const changedPath = uriToPath(change.uri);
      if (changedPath === null) continue;
      const forgotten = playbooks.invalidate(changedPath);
      playbookChanged ||= forgotten || path.basename(changedPath) === DEFAULT_PLAYBOOK_FILE_NAME;
      for (const uri of siblings.changed(change.uri)) siblingsChanged.add(uri);
    }
    if (playbookChanged) validator.scheduleAll();
    else for (const uri of siblingsChanged) validator.schedule(uri, 0);
  }));

  // A document just opened is reviewed at once; edits wait for a pause in typing.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => justOpened.add(event.document.uri));
  documents.onDidChangeContent((event) => {
    const opened = justOpened.delete(event.document.uri);
    validator.schedule(event.document.uri, opened ? 0 : CHANGE_DEBOUNCE_MS);
    // An edit to a draft changes what the drafts beside it may count as present (opening one changes nothing).
    if (!opened) for (const uri of siblings.changed(event.document.uri)) validator.schedule(uri, CHANGE_DEBOUNCE_MS);
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    // Closed unsaved, the draft is back to its saved text for the drafts beside it.
    for (const other of siblings.changed(uri)) validator.schedule(other, 0);
    justOpened.delete(uri);
    validator.clear(uri);
    reviewer.forget(uri);
    settings.forget(uri);
  });

  connection.onHover(safely(logger, 'hover', null, async (params) => {
    const current = await currentReview(params.textDocument.uri);
    if (!current) return null;
    const { lineStarts, text } = current.review.contract;
    // A rendering cannot take an edit, so its hover spells out the suggested wording instead.
    return hoverAt(current.review, offsetAt(lineStarts, text.length, params.position), { suggestions: isRendering(params.textDocument.uri) });
  }));

  connection.onCodeAction(safely(logger, 'code actions', [], async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isReviewed(document)) return [];
    const actions = codeActionsFor(document, params.context);
    if (wantsFixAll(params.context.only)) {
      const current = await currentReview(params.textDocument.uri);
      // Edits name the version reviewed; a review of an older text than the editor's offers nothing.
      const fixAll = current && current.version === document.version ? fixAllAction(current.review, document.uri, current.version) : null;
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }));

  connection.onCodeLens(safely(logger, 'code lens', [], async (params) => {
    const current = await currentReview(params.textDocument.uri);
    return current ? renewalLenses(current.review, params.textDocument.uri, today()) : [];
  }));

  connection.onRequest(ChecklistRequest.type, safely(logger, ChecklistRequest.method, null, async (params: DocumentParams) => {
    const current = await currentReview(params.uri);
    return current ? toChecklistResult(current.review, current.version, today()) : null;
  }));

  connection.onRequest(ReviewRequest.type, safely(logger, ReviewRequest.method, null, async (params: DocumentParams) => {
    const current = await currentReview(params.uri);
    return current ? toReviewResult(current.review, current.version) : null;
  }));

  connection.onRequest(KeyTermsRequest.type, safely(logger, KeyTermsRequest.method, null, async (params: DocumentParams) => {
    const current = await currentReview(params.uri);
    return current ? toKeyTermsResult(current.review, current.version) : null;
  }));

  connection.onRequest(RenewalCalendarRequest.type, safely(logger, RenewalCalendarRequest.method, null, async (params: DocumentParams) => {
    const current = await currentReview(params.uri);
    return current ? toRenewalCalendarResult(current.review, params.uri, today(), new Date()) : null;
  }));

  connection.onRequest(MemoRequest.type, safely(logger, MemoRequest.method, null, async (params: MemoParams) => {
    const current = await currentReview(params.uri);
    return current ? toMemoResult(current.review, params.uri, params.format) : null;
  }));

  connection.onRequest(PlaybookTemplateRequest.type, () => playbookTemplate());

  connection.onRequest(RenderDraftRequest.type, safely(logger, RenderDraftRequest.method, { ok: false, message: 'The file could not be converted: see the "Contract Review" output.' }, async (params) => {
    const progress = progressReporter(connection.window.attachWorkDoneProgress(params.workDoneToken), 'Converting the draft');
    try {
      return await renderDraft(params.uri, progress.report);
    } finally {
      progress.done();
    }
  }));

  connection.onRequest(CompareDraftsRequest.type, safely(logger, CompareDraftsRequest.method, { ok: false, message: 'The drafts could not be compared: see the "Contract Review" output.' }, async (params) => {
    const progress = progressReporter(connection.window.attachWorkDoneProgress(params.workDoneToken), 'Comparing the drafts');
    try {
      return await compareDrafts(params, documents, reviewer, progress.report);
    } finally {
      progress.done();
    }
  }));

  connection.onShutdown(() => validator.stop());

  documents.listen(connection);
}
