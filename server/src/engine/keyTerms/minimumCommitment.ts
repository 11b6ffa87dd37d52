import type { Contract, Span } from '../model';
import { within } from '../facts';
import { sentencesWithCue } from './cueSentences';
import { readSentence, type SentenceReading } from '../semantics';
import type { MinimumCommitmentTerms } from './commercialTypes';
import {
  BINDING_FORECAST, COMMITMENT_CUE, EXCLUSIVITY_OR_DELIVERY_TARGET, PAYMENT_FLOOR, SUPPLY_MINIMUM, TIMING, NOT_A_COMMITMENT, NOT_A_VOLUME_TARGET, PER_PERIOD, SERVICE_LEVEL_FIGURE, STATED_MINIMUM, VOLUME_TARGET,
} from './commercial/commitmentPhrases';

// A commitment to buy, pay or sell at least some amount, read sentence by
// sentence; every such sentence is kept so a reviewer sees them all.

const COMMITMENTS: readonly RegExp[] = [STATED_MINIMUM, BINDING_FORECAST, PER_PERIOD, SUPPLY_MINIMUM, PAYMENT_FLOOR];

function statesCommitment(reading: SentenceReading): boolean {
  const { lower } = reading;
  if (TIMING.test(lower) || SERVICE_LEVEL_FIGURE.test(lower) || deniesMinimum(reading)) return false;
  if (COMMITMENTS.some((p) => p.test(lower)) && !NOT_A_COMMITMENT.test(lower)) return true;
  return (VOLUME_TARGET.test(lower) || EXCLUSIVITY_OR_DELIVERY_TARGET.test(lower)) && !NOT_A_VOLUME_TARGET.test(lower);
}

/**
 * A clause that denies the floor: "there is no minimum purchase", "does not include any minimum royalty", "is not
 * guaranteed any volume". A negation that bounds a quantity ("not less than 1,000 units") states one, it does not deny it.
 */
function deniesMinimum(reading: SentenceReading): boolean {
  return reading.clauses.some((c) => c.negated && !c.limitsExtent && /\bminimum|\bguarantee/.test(c.lower)
    && !/\b(?:not|no)\s+(?:less|fewer|lower)\s+than\b/.test(c.lower) && !/\bnot\s+(?:meet|achieve|reach|satisfy|attain)\b/.test(c.lower));
}

export function readMinimumCommitment(contract: Contract): MinimumCommitmentTerms | null {
  let first: Omit<MinimumCommitmentTerms, 'sentences'> | null = null;
  const sentences: Span[] = [];
  for (const { sentence } of sentencesWithCue(contract, COMMITMENT_CUE)) {
    if (!statesCommitment(readSentence(contract, sentence))) continue;
    sentences.push(sentence.span);
    if (first) continue;
    const money = within(contract.facts.money, sentence.span)[0];
    first = { span: sentence.span, amount: money?.amount ?? null, currency: money?.currency ?? null };
  }
  return first ? { ...first, sentences } : null;
}
