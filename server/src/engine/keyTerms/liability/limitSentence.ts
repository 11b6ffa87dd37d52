import { CAP_PATTERNS, EXCLUSION_PATTERNS, NAMES_INDIRECT_LOSS, NOT_A_LIMIT, REMEDY_PATTERNS, TIME_BAR_PATTERNS, firstMatch, type LimitPattern } from './patterns';

// One sentence read as a limitation of liability, or not.

export type LimitKind = 'cap' | 'exclusion' | 'remedy' | 'timeBar';

export interface LimitReading {
  readonly kind: LimitKind;
  /** The phrasing that matched, for tests and for tracing a false reading. */
  readonly pattern: string;
  /** The sentence excludes indirect kinds of loss (alone, or with a cap in one breath). */
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

// A caption standing alone ("14.6 Sole Remedy", "(d) EXCLUSIVE REMEDIES."): a few words and no verb.
// It names the clause but limits nothing, so it is not shown as a limiting sentence.
const VERB = /\b(?:shall|will|is|are|be|may|must|has|have|agrees?|waives?|excludes?)\b/;
const MAX_CAPTION_WORDS = 6;
const MAX_CAPTION_LENGTH = 80;

function isCaption(lower: string): boolean {
  if (lower.length > MAX_CAPTION_LENGTH) return false;
  return lower.trim().split(/\s+/).length <= MAX_CAPTION_WORDS && !VERB.test(lower);
}

/** How `lower` (a lower-cased sentence) limits liability, most telling kind first. */
export function readLimitSentence(lower: string): LimitReading | null {
  if (NOT_A_LIMIT.test(lower) || isCaption(lower)) return null;
  // Asides push the words of a limitation apart ("neither party (which for this section includes
  // its affiliates, officers and agents) shall have any liability"), but may also hold the loss
  // itself ("waives all claims (including consequential damages)"): read the sentence both ways.
  const plain = lower.includes('(') ? lower.replace(ASIDE, '') : lower;
  // "In no event shall liability exceed the fees paid" is worded like an exclusion but excludes no kind of loss.
  const excludes = (kind: LimitKind): boolean => NAMES_INDIRECT_LOSS.test(lower)
    && (kind === 'exclusion' || firstMatch(EXCLUSION_PATTERNS, lower) !== undefined || (plain !== lower && firstMatch(EXCLUSION_PATTERNS, plain) !== undefined));
  for (const [kind, patterns] of GROUPS) {
    const found = firstMatch(patterns, lower) ?? (plain !== lower ? firstMatch(patterns, plain) : undefined);
    if (found) return { kind, pattern: found.name, excludes: excludes(kind) };
  }
  return null;
}
