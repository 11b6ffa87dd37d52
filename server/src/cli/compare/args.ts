import { parseArgs } from 'node:util';

export type CompareFormat = 'text' | 'json' | 'markdown';
export const COMPARE_FORMATS: readonly CompareFormat[] = ['text', 'json', 'markdown'];

export interface CompareOptions {
  readonly kind: 'compare';
  readonly format: CompareFormat;
  readonly playbookPath: string | null;
  /** As for a review: a playbook problem refuses the run instead of a warning. */
  readonly strictPlaybook: boolean;
  readonly oldPath: string;
  readonly newPath: string;
}

export type ParsedCompareArgs = CompareOptions | { readonly kind: 'help' } | { readonly kind: 'usage-error'; readonly problems: readonly string[] };

/** `compare OLD NEW [--format text|json|markdown] [--playbook FILE] [--strict-playbook]` (the words after "compare"). */
export function parseCompareArgs(argv: readonly string[]): ParsedCompareArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { kind: 'usage-error', problems: [error instanceof Error ? error.message : String(error)] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const problems: string[] = [];
  const format = COMPARE_FORMATS.find((f) => f === (values.format ?? 'text'));
  if (!format) problems.push(`--format must be one of ${COMPARE_FORMATS.join(', ')}; got "${values.format}".`);
  if (positionals.length !== 2) problems.push(`compare needs two drafts, OLD and NEW; got ${positionals.length}.`);
  if (positionals.includes('-')) problems.push('compare reads both drafts from files, not from standard input.');
  if (problems.length > 0 || !format) return { kind: 'usage-error', problems };
  return { kind: 'compare', format, playbookPath: values.playbook ?? null, strictPlaybook: values['strict-playbook'] === true, oldPath: positionals[0], newPath: positionals[1] };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: { format: { type: 'string' }, playbook: { type: 'string' }, 'strict-playbook': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
}
