import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, TRACE_LEVELS, type ContractReviewSettings, type TraceLevel } from '../protocol';

/**
 * Settings per document, asked from the client (`workspace/configuration`, scoped
 * to the document so folder and language overrides apply) and cached per URI
 * until the client says the configuration changed. Clients without the
 * configuration request get the settings pushed with `didChangeConfiguration`,
 * or the defaults.
 */
export class SettingsCache {
  private readonly perDocument = new Map<string, Promise<ContractReviewSettings>>();
  private pushed: ContractReviewSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly clientCanBeAsked: () => boolean,
  ) {}

  forDocument(uri: string): Promise<ContractReviewSettings> {
    if (!this.clientCanBeAsked()) return Promise.resolve(this.pushed);
    let cached = this.perDocument.get(uri);
    if (!cached) {
      cached = this.ask(uri);
      this.perDocument.set(uri, cached);
    }
    return cached;
  }

  /** The settings without a document scope (for the trace level, which is per server). */
  global(): Promise<ContractReviewSettings> {
    if (!this.clientCanBeAsked()) return Promise.resolve(this.pushed);
    return this.ask(undefined);
  }

  /** `workspace/didChangeConfiguration`: forget everything; `pushed` is its `settings` payload. */
  changed(pushed: unknown): void {
    this.perDocument.clear();
    if (isRecord(pushed) && SETTINGS_SECTION in pushed) this.pushed = normalizeSettings(pushed[SETTINGS_SECTION]);
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  private async ask(scopeUri: string | undefined): Promise<ContractReviewSettings> {
    const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION });
    return normalizeSettings(raw);
  }
}

/** Whatever the client sent → complete settings; a value of the wrong type keeps its default. */
export function normalizeSettings(raw: unknown): ContractReviewSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const trace = isRecord(raw.trace) ? raw.trace.server : undefined;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    playbook: typeof raw.playbook === 'string' ? raw.playbook.trim() : DEFAULT_SETTINGS.playbook,
    trace: { server: isTraceLevel(trace) ? trace : DEFAULT_SETTINGS.trace.server },
  };
}

function isTraceLevel(value: unknown): value is TraceLevel {
  return typeof value === 'string' && (TRACE_LEVELS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
