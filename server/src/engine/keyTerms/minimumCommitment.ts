import type { Contract, Span } from '../model';
import { within } from '../facts';
import { sentencesWithCue } from './cueSentences';
import type { MinimumCommitmentTerms } from './commercialTypes';

// A commitment to buy, pay or sell at least some amount: minimum purchases,
// minimum annual fees or royalties, committed spend or seats, take-or-pay.

const CUE = /\bminimum|\bat\s+least\b|\bno\s+less\s+than\b|\bnot\s+less\s+than\b|\bcommit|\btake[- ]or[- ]pay|\bguarantee/gi;
const COMMITMENT = /\bminimum\s+(?:\S+\s+){0,2}?(?:purchase|order|commitment|royalt|fee|payment|quantit|volume|spend|revenue|sales|guarantee|amount|requirement|number|units?|annual|monthly|quarterly|yearly|commitment|charge|billing|subscription|term)|\b(?:purchase|order|buy|pay|sell|acquire|procure|license)\s+(?:\S+\s+){0,3}?(?:a\s+)?(?:minimum|at\s+least|no\s+less\s+than|not\s+less\s+than)\b|\bguaranteed?\s+(?:\S+\s+){0,2}?(?:minimum|revenue|amount|payment)|\bminimum\s+of\s+(?:\S+\s+){0,3}?(?:units?|\$|dollars|usd|months|per|each|copies|seats|licen|users|hours|events|episodes)|\b(?:shall|will|agrees?\s+to|must|obligated\s+to|obligation\s+to)\s+(?:\S+\s+){0,5}?(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+(?:\S+\s+){0,3}?(?:units?|\$|dollars|usd|episodes|events|impressions|page\s+views|clickthroughs|centres|centers|locations|stores|restaurants|copies|persons|ads?|e-?mails|shows|appearances|spots|percent|%|\[)|\bguaranteed\s+(?:\S+\s+){0,3}?(?:fee|payment|revenue|minimum|amount)|\btake[- ]or[- ]pay|\bcommit(?:s|ted)?\s+to\s+(?:purchase|buy|spend|order|pay)|\b(?:committed|commitment)\s+(?:spend|volume|quantity|amount|fees?)/;
const NOT_A_COMMITMENT = /\binsurance|\bcoverage\b|\blimits?\s+of\s+not\s+less|\bnotice|\bnotify|\bwarrant|\bcure\s+period|\bmeet\s+a\s+minimum|\bminimum\s+requirements\s+to\s+be|\bsurety|\bhas\s+the\s+meaning|\bchange\s+(?:of|in)\s+control|\bvoting\s+securities|\bequity\s+capital|\bownership\s+interest/;
// A minimum that is denied ("there are no minimum fees", "does not include a minimum annual royalty") or a timing
// ("at least five (5) business days prior to") states no commitment.
const DENIED_OR_TIMING = /\bno\s+minimum|\bnot\s+(?:\S+\s+){0,4}?(?:any\s+|a\s+)?minimum|\bwithout\s+(?:any\s+)?minimum|\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than)\s+\S+\s+(?:\(\S+\)\s+)?(?:business\s+|calendar\s+|working\s+)?(?:days?|hours?|weeks?|months?)\s+(?:prior|before|in\s+advance|advance|after|following)/;

export function readMinimumCommitment(contract: Contract): MinimumCommitmentTerms | null {
  let first: Omit<MinimumCommitmentTerms, 'sentences'> | null = null;
  const sentences: Span[] = [];
  for (const { sentence, lower } of sentencesWithCue(contract, CUE)) {
    if (!COMMITMENT.test(lower) || NOT_A_COMMITMENT.test(lower) || DENIED_OR_TIMING.test(lower)) continue;
    sentences.push(sentence.span);
    if (first) continue;
    const money = within(contract.facts.money, sentence.span)[0];
    first = { span: sentence.span, amount: money?.amount ?? null, currency: money?.currency ?? null };
  }
  return first ? { ...first, sentences } : null;
}
