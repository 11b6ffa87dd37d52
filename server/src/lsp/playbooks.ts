import type { Diagnostic } from 'vscode-languageserver';
import { readBounded } from '../boundedRead';
import { MAX_PLAYBOOK_BYTES, PLAYBOOK_TOO_LARGE } from '../inputLimits';
import { loadPlaybook, type PlaybookProblem } from '../engine/playbook/load';
import { DEFAULT_PLAYBOOK, type Playbook } from '../engine/playbook/schema';
import { RULE_IDS } from '../engine/rules';
import { playbookProblemToDiagnostic } from './toProtocol';
import { pathToUri } from './paths';
import type { PlaybookLocation } from './playbookLocation';
import { describeError, type Logger } from './logger';
import { decodePlaybookText, PLAYBOOK_NOT_TEXT } from '../playbookText';

export interface PlaybookStoreHost {
  /** Publishes the playbook file's own problems (an empty list clears them). */
  publishDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
  /** Tells the user something they must act on (a window/showMessage warning). */
  warnUser(message: string): void;
  /** Asks the editor to report changes to a playbook file the settings name. */
  watch(filePath: string): void;
  readonly logger: Logger;
}

interface LoadedFile {
  readonly playbook: Playbook;
  readonly missing: boolean;
}

/**
 * Playbooks by file path, read once and kept until the file or the settings
 * change. Never throws: an unreadable, binary or invalid file is reported on the
 * file itself and the review carries on with the defaults.
 */
export class PlaybookStore {
  private readonly files = new Map<string, Promise<LoadedFile>>();
  /** Playbook files that currently show problems, so a fixed file gets its diagnostics cleared. */
  private readonly withProblems = new Set<string>();
  private readonly warnedMissing = new Set<string>();

  constructor(private readonly host: PlaybookStoreHost) {}

  async playbookFor(location: PlaybookLocation): Promise<Playbook> {
    if (location.path === null) return DEFAULT_PLAYBOOK;
    const filePath = location.path;
    let loaded = this.files.get(filePath);
    if (!loaded) {
      if (location.explicit) this.host.watch(filePath);
      loaded = this.read(filePath);
      this.files.set(filePath, loaded);
    }
    const file = await loaded;
    if (file.missing && location.explicit && !this.warnedMissing.has(filePath)) {
      this.warnedMissing.add(filePath);
      this.host.warnUser(`Contract Review: the playbook "${filePath}" named in the contractReview.playbook setting does not exist; reviewing with the default playbook.`);
    }
    return file.playbook;
  }

  /** Forgets one file; true when it had been read (so open documents need a new review). */
  invalidate(filePath: string): boolean {
    return this.files.delete(filePath);
  }

  invalidateAll(): void {
    this.files.clear();
  }

  private async read(filePath: string): Promise<LoadedFile> {
    // Only a regular file, and only so much of it: a setting or a symlink that names /dev/zero or a FIFO
    // must cost one message, not the server's memory or a read that never ends.
    const read = await readBounded(filePath, MAX_PLAYBOOK_BYTES);
    if (!read.ok && read.reason !== 'error') {
      const what = read.reason === 'too-large' ? PLAYBOOK_TOO_LARGE : `${read.kind}, not a regular file`;
      this.host.logger.warn(`contract-review: not reading the playbook ${filePath}: it is ${what}`);
      this.publish(filePath, [{ field: '', message: `The playbook file is ${what}; the review uses the default playbook.` }], '');
      return { playbook: DEFAULT_PLAYBOOK, missing: false };
    }
    if (!read.ok) {
      const cause = read.error;
      const code = errorCode(cause);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        this.publish(filePath, [], '');
        this.host.logger.verbose(`contract-review: no playbook at ${filePath}; using the defaults`);
        return { playbook: DEFAULT_PLAYBOOK, missing: true };
      }
      this.host.logger.warn(`contract-review: cannot read the playbook ${filePath}: ${describeError(cause)}`);
      this.publish(filePath, [{ field: '', message: `The playbook file cannot be read (${code ?? 'unknown error'}); the review uses the default playbook.` }], '');
      return { playbook: DEFAULT_PLAYBOOK, missing: false };
    }

    this.warnedMissing.delete(filePath);
    const text = decodePlaybookText(read.bytes);
    if (text === null) {
      this.publish(filePath, [{ field: '', message: `The playbook file is ${PLAYBOOK_NOT_TEXT}; the review uses the default playbook.` }], '');
      return { playbook: DEFAULT_PLAYBOOK, missing: false };
    }
    const { playbook, problems } = loadPlaybook(text, RULE_IDS);
    this.publish(filePath, problems, text);
    this.host.logger.info(`contract-review: loaded the playbook ${filePath}${problems.length > 0 ? ` (${problems.length} problem(s))` : ''}`);
    return { playbook, missing: false };
  }

  private publish(filePath: string, problems: readonly PlaybookProblem[], text: string): void {
    if (problems.length === 0 && !this.withProblems.has(filePath)) return;
    if (problems.length === 0) this.withProblems.delete(filePath);
    else this.withProblems.add(filePath);
    this.host.publishDiagnostics(pathToUri(filePath), problems.map((p) => playbookProblemToDiagnostic(p, text)));
  }
}

function errorCode(cause: unknown): string | undefined {
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return undefined;
}
