import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decideDraft } from './documentFormat';
import type { DocumentReviewer } from './reviewer';
import { DebouncedTasks } from './scheduler';
import { renderingLocator } from './renderings';
import { findingToDiagnostic, tooLargeDiagnostic } from './toProtocol';
import type { Logger } from './logger';

/** Pause after a keystroke before reviewing again. */
export const CHANGE_DEBOUNCE_MS = 150;

/** Reviews open documents and publishes their diagnostics, newest version only. */
export class Validator {
  private readonly tasks = new DebouncedTasks();
  /** Bumped on every validation start, so a slower older run never overwrites a newer one. */
  private readonly generation = new Map<string, number>();
  /** Documents already logged as not reviewed, so each is explained once while it is open. */
  private readonly skipped = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly reviewer: DocumentReviewer,
    private readonly logger: Logger,
    private readonly documentationUri: string | null,
  ) {}

  schedule(uri: string, delayMs: number): void {
    this.tasks.schedule(uri, delayMs, () => {
      this.validate(uri).catch((cause) => this.logger.error(`contract-review: reviewing ${uri} failed`, cause));
    });
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** The document closed: drop its pending work and its diagnostics. */
  clear(uri: string): void {
    this.tasks.cancel(uri);
    this.generation.delete(uri);
    this.skipped.delete(uri);
    this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  stop(): void {
    this.tasks.cancelAll();
  }

  private async validate(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const decision = decideDraft(uri, document.languageId);
    if (!decision.reviewed) {
      if (!this.skipped.has(uri)) this.logger.notice(`contract-review: not reviewing ${uri}: ${decision.reason}.`);
      this.skipped.add(uri);
      return;
    }
    this.skipped.delete(uri);
    if (decision.by === 'file name' && this.generation.get(uri) === undefined) {
      this.logger.info(`contract-review: reviewing ${uri} as ${decision.format === 'markdown' ? 'Markdown' : 'plain text'} by its file name (language id "${document.languageId}")`);
    }
    const run = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, run);
    const started = Date.now();

    let diagnostics: Diagnostic[];
    let version = document.version;
    try {
      const outcome = await this.reviewer.reviewDocument(document);
      if (this.generation.get(uri) !== run || this.documents.get(uri) !== document) return;
      if (outcome.status === 'disabled') {
        diagnostics = [];
      } else if (outcome.status === 'too-large') {
        diagnostics = [tooLargeDiagnostic()];
      } else {
        version = outcome.version;
        const { findings, contract } = outcome.review;
        // On a Word or PDF rendering, each message also names the page or heading path of the original.
        const locate = renderingLocator(uri, contract.text, contract.headings);
        diagnostics = findings.map((f) => {
          const diagnostic = findingToDiagnostic(f, contract.lineStarts, version, this.documentationUri);
          const where = locate?.(f.span.start);
          return where ? { ...diagnostic, message: `${diagnostic.message} (${where})` } : diagnostic;
        });
      }
    } catch (cause) {
      // An engine bug must not leave stale diagnostics that look current, nor end the server.
      this.logger.error(`contract-review: reviewing ${uri} failed`, cause);
      if (this.generation.get(uri) !== run || this.documents.get(uri) !== document) return;
      diagnostics = [];
    }
    this.logger.info(`contract-review: ${uri} v${version}: ${diagnostics.length} diagnostic(s) in ${Date.now() - started} ms`);
    this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
