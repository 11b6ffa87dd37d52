import { join, resolve } from 'node:path';
import { isPart, type Part } from './parts';

// Every corpus is an argument, with the shared corpus beside the checkout as the
// default, so the same harness runs unchanged on a held-back split.

export interface EvalArgs {
  readonly cuad: string;
  readonly clauses: string;
  readonly drafts: readonly string[];
  readonly disputed: string;
  readonly diff: string | null;
  readonly verbose: string | null;
  readonly out: string;
  /** One part of the CUAD split only (see parts.ts), or null for both side by side. */
  readonly part: Part | null;
}

const REPO = resolve(__dirname, '../..');
const SHARED = resolve(REPO, '../shared/corpus');

export const USAGE = 'npm run eval [-- --cuad DIR --clauses FILE --drafts DIR --part open|sealed --disputed FILE --diff PREVIOUS.json --verbose CATEGORY --out FILE]';

export function parseArgs(argv: readonly string[]): EvalArgs {
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    return value;
  };
  const drafts = valueOf('--drafts');
  const part = valueOf('--part') ?? null;
  if (part !== null && !isPart(part)) throw new Error(`--part must be open or sealed, not ${part}`);
  return {
    cuad: resolve(valueOf('--cuad') ?? join(SHARED, 'cuad')),
    clauses: resolve(valueOf('--clauses') ?? join(SHARED, 'vendor-clauses/clauses.jsonl')),
    drafts: drafts ? [resolve(drafts)] : [join(SHARED, 'standard-terms'), join(REPO, 'test/fixtures/samples')],
    disputed: resolve(valueOf('--disputed') ?? join(REPO, 'test/eval/disputedLabels.json')),
    diff: valueOf('--diff') ? resolve(valueOf('--diff') as string) : null,
    verbose: valueOf('--verbose') ?? null,
    out: resolve(valueOf('--out') ?? join(REPO, 'test/eval/results.json')),
    part,
  };
}
