import { join, resolve } from 'node:path';
import { isHalf, type Half } from './halves';

// Every corpus is an argument, with the shared corpus beside the checkout as the
// default, so the same harness runs unchanged on a held-back split.

export interface EvalArgs {
  readonly cuad: string;
  readonly clauses: string;
  readonly drafts: readonly string[];
  readonly diff: string | null;
  readonly verbose: string | null;
  readonly out: string;
  /** Only the contracts of one half of the split (see halves.ts), to tune on one and check on the other. */
  readonly half: Half | null;
}

const REPO = resolve(__dirname, '../..');
const SHARED = resolve(REPO, '../shared/corpus');

export function parseArgs(argv: readonly string[]): EvalArgs {
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    return value;
  };
  const drafts = valueOf('--drafts');
  const half = valueOf('--half') ?? null;
  if (half !== null && !isHalf(half)) throw new Error(`--half must be tune or check, not ${half}`);
  return {
    cuad: resolve(valueOf('--cuad') ?? join(SHARED, 'cuad')),
    clauses: resolve(valueOf('--clauses') ?? join(SHARED, 'vendor-clauses/clauses.jsonl')),
    drafts: drafts ? [resolve(drafts)] : [join(SHARED, 'standard-terms'), join(REPO, 'test/fixtures/samples')],
    diff: valueOf('--diff') ? resolve(valueOf('--diff') as string) : null,
    verbose: valueOf('--verbose') ?? null,
    out: resolve(valueOf('--out') ?? join(REPO, 'test/eval/results.json')),
    half,
  };
}
