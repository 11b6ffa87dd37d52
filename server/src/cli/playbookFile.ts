import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Playbook } from '../engine/playbook/schema';
import { DEFAULT_PLAYBOOK } from '../engine/playbook/schema';
import { loadPlaybook } from '../engine/playbook/load';
import { computeLineStarts, positionAt } from '../engine/positions';
import { RULE_IDS } from '../engine/rules';
import { readBoundedSync } from '../boundedRead';
import { MAX_PLAYBOOK_BYTES, PLAYBOOK_TOO_LARGE } from '../inputLimits';
import { decodePlaybookText, PLAYBOOK_NOT_TEXT } from '../playbookText';
import { describeFsError } from './inputs';
import { TOOL_NAME } from './packageInfo';

/** The playbook a workspace keeps beside its drafts, picked up when --playbook is not given. */
export const DEFAULT_PLAYBOOK_FILE = '.contract-review.json';

export interface PlaybookResult {
  /** Always complete: the defaults stand in for a bad field, or for a file that cannot be read. */
  readonly playbook: Playbook;
  /** The file read, or null when there is none. */
  readonly path: string | null;
  /** One line per problem, "FILE:LINE:COL: what is wrong and what applies instead"; [] when all is well. */
  readonly problems: readonly string[];
}

/**
 * The same story as in the editor: a mistake in the playbook never stops the
 * review. Each bad field keeps its default (a file that cannot be read at all
 * gives the default playbook) and the problems are reported; `--strict-playbook`
 * turns them into a refusal for CI gates that must not pass on positions the
 * team never meant to hold (see reportPlaybookProblems).
 */
export function readPlaybook(explicitPath: string | null, cwd: string): PlaybookResult {
  const path = explicitPath ?? (existsSync(resolve(cwd, DEFAULT_PLAYBOOK_FILE)) ? DEFAULT_PLAYBOOK_FILE : null);
  if (path === null) return { playbook: DEFAULT_PLAYBOOK, path: null, problems: [] };

  const fullPath = resolve(cwd, path);
  // Only a regular file, and only so much of it: a name that leads to /dev/zero or a FIFO must not hang the run.
  const read = readBoundedSync(fullPath, MAX_PLAYBOOK_BYTES);
  const unreadable = (reason: string): PlaybookResult =>
    ({ playbook: DEFAULT_PLAYBOOK, path, problems: [`cannot read the playbook ${path}: ${reason}.`] });
  if (!read.ok) {
    return unreadable(read.reason === 'error' ? describeFsError(read.error)
      : read.reason === 'too-large' ? `it is ${PLAYBOOK_TOO_LARGE}`
        : `it is ${read.kind}, not a regular file`);
  }
  const text = decodePlaybookText(read.bytes);
  if (text === null) return unreadable(`it is ${PLAYBOOK_NOT_TEXT}`);

  const { playbook, problems } = loadPlaybook(text, RULE_IDS);
  const lineStarts = computeLineStarts(text);
  return {
    playbook,
    path,
    problems: problems.map((problem) => {
      const where = problem.span ? `:${formatPosition(lineStarts, problem.span.start)}` : '';
      // Syntax errors and unknown rule ids do not always spell out the field; make sure every line does.
      const field = problem.field !== '' && !problem.message.includes(`"${problem.field}"`) ? ` (field "${problem.field}")` : '';
      return `${path}${where}: ${problem.message}${field}`;
    }),
  };
}

/**
 * Writes the playbook's problems to stderr. Without --strict-playbook they are
 * warnings and the run goes on (returns true); with it, they refuse the run
 * (returns false, and the caller exits 2 before reviewing anything).
 */
export function reportPlaybookProblems(result: PlaybookResult, strict: boolean, stderr: (text: string) => void): boolean {
  const { problems } = result;
  if (problems.length === 0) return true;
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const name = result.path ?? DEFAULT_PLAYBOOK_FILE;
  if (strict) {
    stderr(`${TOOL_NAME}: the playbook ${name} has ${count}; --strict-playbook reviews nothing with defaults, so fix it and run again:\n`);
    for (const problem of problems) stderr(`${TOOL_NAME}: ${problem}\n`);
    return false;
  }
  stderr(`${TOOL_NAME}: warning: the playbook ${name} has ${count}; the review uses the defaults in place of what cannot be used (--strict-playbook makes this exit 2):\n`);
  for (const problem of problems) stderr(`${TOOL_NAME}: warning: ${problem}\n`);
  return true;
}

function formatPosition(lineStarts: readonly number[], offset: number): string {
  const p = positionAt(lineStarts, offset);
  return `${p.line + 1}:${p.character + 1}`;
}
