import type { RuleContext } from '../../rule';
import { anchorFor, TERMINATION_SECTION, type Anchor } from '../dpa/placement';

/** The data-return or effect-of-termination section, else any termination section, else the title line. */
export function exitAnchor(context: RuleContext): Anchor {
  return anchorFor(
    context,
    /\bdata\s+(?:retrieval|return|export|portability)|\bexit\b|\btransition/,
    /effect\s+of\s+(?:termination|expiration)|consequences\s+of\s+termination|\bupon\s+termination/,
    TERMINATION_SECTION,
  );
}
