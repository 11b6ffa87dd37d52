import type { RemoteConsole } from 'vscode-languageserver';
import type { TraceLevel } from '../protocol';

/**
 * Writes to the client's output channel at the trace level the user chose.
 * Errors and warnings always go out: they are what a user needs to report a bug.
 */
export class Logger {
  private level: TraceLevel = 'off';

  constructor(private readonly console: RemoteConsole) {}

  setLevel(level: TraceLevel): void {
    this.level = level;
  }

  /** Main events: a document reviewed, a playbook loaded. */
  info(message: string): void {
    if (this.level !== 'off') this.console.info(message);
  }

  /** Rare events a user of any editor needs to see without turning tracing on: a document left unreviewed, and why. */
  notice(message: string): void {
    this.console.info(message);
  }

  /** Details useful only when tracking a problem down. */
  verbose(message: string): void {
    if (this.level === 'verbose') this.console.log(message);
  }

  warn(message: string): void {
    this.console.warn(message);
  }

  error(message: string, cause?: unknown): void {
    this.console.error(cause === undefined ? message : `${message}: ${describeError(cause)}`);
  }
}

export function describeError(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? `${cause.name}: ${cause.message}`;
  return String(cause);
}
