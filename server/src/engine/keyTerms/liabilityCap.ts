import type { Contract, Span } from '../model';
import { toMonths, within } from '../facts';
import { sentencesWithCue } from './cueSentences';
import type { LiabilityCapTerms } from './commercialTypes';

// The limitation of liability: a cap on what one party can recover ("in no event
// shall either party's aggregate liability exceed the fees paid in the twelve
// months before the claim") or an exclusion of indirect and consequential damages.
// CUAD's "Cap On Liability" counts both, and so does the checklist.

const CUE = /\bliabilit|\bliable\b|\bconsequential|\bexclusive\s+remed|\bsole\s+remed|\bmore\s+than\s+(?:\S+\s+){0,3}?(?:year|month)|\bcommenced\s+within|\bbrought\s+within/gi;
// Kinds of loss a limitation names: "liable for any indirect…", "liability … exceed the fees paid".
const LOSS = String.raw`(?:indirect\b|special|incidental|consequential|punitive|exemplary|lost\s+(?:profits?|revenues?|savings|data|business)|loss\s+of\s+(?:profits?|revenues?|business|data|goodwill|use)|damages|exceed|in\s+excess|greater\s+than|amounts?\s+(?:paid|received)|fees\s+paid)`;
const CAP = new RegExp([
  String.raw`\b(?:aggregate|total|cumulative|maximum|entire|collective)\s+(?:\S+\s+){0,3}?liabilit(?:y|ies)\s+(?:\S+\s+){0,30}?(?:exceed|be\s+limited|is\s+limited|limited\s+to|greater\s+than|in\s+excess|more\s+than)`,
  String.raw`\bliabilit(?:y|ies)\s+(?:\S+\s+){0,25}?(?:shall|will|is|are)\s+(?:\S+\s+){0,3}?(?:not\s+exceed|be\s+limited\s+to|limited\s+to|not\s+be\s+greater|in\s+no\s+event\s+exceed)`,
  String.raw`\b(?:liable|liability)\s+(?:\S+\s+){0,25}?(?:exceed|in\s+excess\s+of|greater\s+than)\s+(?:\S+\s+){0,8}?(?:amount|fees|sums|price|payments?|compensation|\$)`,
].join('|'));
const EXCLUSION = new RegExp([
  String.raw`\b(?:not|no|neither|nor|never|none)\s+(?:\S+\s+){0,20}?(?:liable|liability|liabilities)[,;:)]*\s+(?:\S+\s+){0,16}?${LOSS}`,
  String.raw`\bexclud\w*\s+(?:\S+\s+){0,4}?liabilit`,
  String.raw`\bliabilit\w*\s+(?:\S+\s+){0,20}?(?:is|are|shall\s+be|will\s+be)\s+excluded`,
  String.raw`\b(?:not|no)\s+(?:\S+\s+){0,4}?(?:award|recover|claim|seek)\s+(?:\S+\s+){0,8}?(?:consequential|punitive|indirect\b|special)`,
  String.raw`\bin\s+no\s+event\s+(?:\S+\s+){0,25}?(?:liable|liability)[,;:)]*\s+(?:\S+\s+){0,16}?${LOSS}`,
  String.raw`\bunder\s+no\s+circumstances\s+(?:\S+\s+){0,20}?(?:liable|liability)[,;:)]*\s+(?:\S+\s+){0,16}?${LOSS}`,
  String.raw`\bwaives?\s+(?:\S+\s+){0,8}?(?:consequential|indirect|punitive|special|exemplary|incidental)`,
  String.raw`\bdisclaims?\s+(?:\S+\s+){0,6}?liabilit`,
  String.raw`\bsole\s+(?:and\s+exclusive\s+)?(?:remed(?:y|ies)|liability|obligations?)\b`,
  String.raw`\bexclusive\s+remed(?:y|ies)\b`,
  String.raw`\b(?:no|neither)\s+(?:\S+\s+){0,14}?(?:action|claim|suit|proceeding)s?[,;:)]*\s+(?:\S+\s+){0,24}?(?:brought|commenced|filed|instituted)\s+(?:\S+\s+){0,4}?more\s+than`,
  String.raw`\b(?:commenced|brought)\s+within\s+(?:\S+\s+){0,3}?(?:years?|months?)\b`,
].join('|'));
const FEES = /\b(?:fees|amounts?|sums|charges|price|payments?|compensation|royalties)\s+(?:\S+\s+){0,4}?(?:paid|payable|received)/;
// Insurance limits and "does not constitute the exclusive remedy" are not limitations of liability.
const NOT_A_LIMIT = /\bliability\s+insurance|\binsurance\s+(?:polic|coverage|carrier)|\b(?:sole|exclusive)\s+remedy\s+\d|\bnot\s+(?:\S+\s+){0,3}?(?:the\s+)?(?:sole|exclusive)\s+remed|\bwithout\s+prejudice\s+to\s+any\s+other\s+remed|\bin\s+addition\s+to\s+(?:any\s+)?(?:other\s+)?remed/;

export function readLiabilityCap(contract: Contract): LiabilityCapTerms | null {
  let exclusion: LiabilityCapTerms | null = null;
  let capFound: LiabilityCapTerms | null = null;
  const sentences: Span[] = [];
  for (const { sentence, lower } of sentencesWithCue(contract, CUE)) {
    if (NOT_A_LIMIT.test(lower)) continue;
    const cap = CAP.test(lower);
    const excludes = EXCLUSION.test(lower);
    if (!cap && !excludes) continue;
    sentences.push(sentence.span);
    if (capFound) continue;
    const money = within(contract.facts.money, sentence.span)[0];
    const feesBased = cap && FEES.test(lower);
    const period = feesBased ? within(contract.facts.durations, sentence.span).find((d) => d.unit === 'month' || d.unit === 'year') : undefined;
    const found: LiabilityCapTerms = {
      span: sentence.span,
      amount: cap && money ? money.amount : null,
      currency: cap && money ? money.currency ?? null : null,
      feesMonths: period ? toMonths(period) : null,
      feesBased,
      excludesIndirect: excludes,
      sentences,
    };
    // A cap says more to the buyer than an exclusion; keep looking for one.
    if (cap) capFound = exclusion ? { ...found, excludesIndirect: true } : found;
    else exclusion ??= found;
  }
  const chosen = capFound ?? exclusion;
  return chosen ? { ...chosen, sentences } : null;
}
