// When the language server dies, the client should start a new one, within reason.
//
// vscode-languageclient's default handler shuts the client down after the fourth
// failed write on the connection. A server killed while the client has a few
// messages in flight (a burst of edits, open views asking for the checklist) gives
// exactly that: several EPIPE errors arrive before the close event, the client
// shuts down, and the close then finds it stopping and never restarts, so the
// squiggles go away with no word to the user. Here write errors never decide
// anything; the close does, counting crashes in a sliding window.

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export type CloseDecision = { readonly restart: true } | { readonly restart: false; readonly message: string };

/** Crash times and the decision to restart after each; one instance per client. */
export class CrashRestarts {
  private readonly crashes: number[] = [];

  constructor(private readonly serverName: string) {}

  /** The connection closed at `now` (ms): restart, unless it crashed too often lately. */
  closed(now: number): CloseDecision {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) return { restart: true };
    return {
      restart: false,
      message: `The ${this.serverName} server stopped ${this.crashes.length} times in the last 3 minutes and will not be restarted automatically. ` +
        'See the Contract Review output for the cause, then run "Contract Review: Restart Server".',
    };
  }
}
