import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Playbook } from '../engine/playbook/schema';
import { DEFAULT_PLAYBOOK } from '../engine/playbook/schema';
import { loadPlaybook } from '../engine/playbook/load';
import { computeLineStarts, positionAt } from '../engine/positions';
import { RULE_IDS } from '../engine/rules';
import { readBoundedSync } from '../boundedRead';
import { MAX_PLAYBOOK_BYTES, PLAYBOOK_TOO_LARGE } from '../inputLimits';
import { describeFsError } from './inputs';

/** The playbook a workspace keeps beside its drafts, picked up when --playbook is not given. */
export const DEFAULT_PLAYBOOK_FILE = '.contract-review.json';

export type PlaybookResult =
  | { readonly ok: true; readonly playbook: Playbook; readonly path: string | null }
  | { readonly ok: false; readonly messages: readonly string[] };

/**
 * Unlike the editor, which keeps reviewing with defaults, the command line refuses
 * a playbook with any problem: a CI gate must not pass on positions the team never
 * meant to hold.
 */
export function readPlaybook(explicitPath: string | null, cwd: string): PlaybookResult {
  const path = explicitPath ?? (existsSync(resolve(cwd, DEFAULT_PLAYBOOK_FILE)) ? DEFAULT_PLAYBOOK_FILE : null);
  if (path === null) return { ok: true, playbook: DEFAULT_PLAYBOOK, path: null };

  const fullPath = resolve(cwd, path);
  // Only a regular file, and only so much of it: a name that leads to /dev/zero or a FIFO must not hang the run.
  const read = readBoundedSync(fullPath, MAX_PLAYBOOK_BYTES);
  if (!read.ok) {
    const reason = read.reason === 'error' ? describeFsError(read.error)
      : read.reason === 'too-large' ? `it is ${PLAYBOOK_TOO_LARGE}`
        : `it is ${read.kind}, not a regular file`;
    return { ok: false, messages: [`cannot read the playbook ${path}: ${reason}`] };
  }
  const text = read.bytes.toString('utf8');

  const { playbook, problems } = loadPlaybook(text, RULE_IDS);
  if (problems.length === 0) return { ok: true, playbook, path };
  const lineStarts = computeLineStarts(text);
  const messages = problems.map((problem) => {
    const where = problem.span ? `:${formatPosition(lineStarts, problem.span.start)}` : '';
    // Syntax errors and unknown rule ids do not always spell out the field; make sure every line does.
    const field = problem.field !== '' && !problem.message.includes(`"${problem.field}"`) ? ` (field "${problem.field}")` : '';
    return `${path}${where}: ${problem.message}${field}`;
  });
  return { ok: false, messages: [`the playbook ${path} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; fix it and run again:`, ...messages] };
}

function formatPosition(lineStarts: readonly number[], offset: number): string {
  const p = positionAt(lineStarts, offset);
  return `${p.line + 1}:${p.character + 1}`;
}
