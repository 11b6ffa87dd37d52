import { CAP_PATTERNS, EXCLUSION_PATTERNS, NOT_A_LIMIT, REMEDY_PATTERNS, TIME_BAR_PATTERNS, firstMatch, type LimitPattern } from './patterns';

// One sentence read as a limitation of liability, or not.

export type LimitKind = 'cap' | 'exclusion' | 'remedy' | 'timeBar';

export interface LimitReading {
  readonly kind: LimitKind;
  /** The phrasing that matched, for tests and for tracing a false reading. */
  readonly pattern: string;
  /** The sentence also excludes kinds of loss (a cap and an exclusion in one breath). */
  readonly excludes: boolean;
}

const GROUPS: ReadonlyArray<readonly [LimitKind, readonly LimitPattern[]]> = [
  ['cap', CAP_PATTERNS],
  ['exclusion', EXCLUSION_PATTERNS],
  ['timeBar', TIME_BAR_PATTERNS],
  ['remedy', REMEDY_PATTERNS],
];

// A short aside in brackets: "(including negligence)", "(whether direct or indirect)", "(12)".
const ASIDE = /\s*\([^()]{0,160}\)/g;

/** How `lower` (a lower-cased sentence) limits liability, most telling kind first. */
export function readLimitSentence(lower: string): LimitReading | null {
  if (NOT_A_LIMIT.test(lower)) return null;
  // Asides push the words of a limitation apart ("neither party (which for this section includes
  // its affiliates, officers and agents) shall have any liability"), but may also hold the loss
  // itself ("waives all claims (including consequential damages)"): read the sentence both ways.
  const plain = lower.includes('(') ? lower.replace(ASIDE, '') : lower;
  const excludes = (): boolean => firstMatch(EXCLUSION_PATTERNS, lower) !== undefined || (plain !== lower && firstMatch(EXCLUSION_PATTERNS, plain) !== undefined);
  for (const [kind, patterns] of GROUPS) {
    const found = firstMatch(patterns, lower) ?? (plain !== lower ? firstMatch(patterns, plain) : undefined);
    if (found) return { kind, pattern: found.name, excludes: kind === 'exclusion' || excludes() };
  }
  return null;
}
