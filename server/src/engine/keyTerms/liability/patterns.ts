// The phrasings of a limitation of liability, one named pattern each, so the
// reader can say which kind of limit a sentence holds and a test can hold each
// phrasing to account. Every pattern runs on a lower-cased sentence.

export interface LimitPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

const re = (source: string): RegExp => new RegExp(source);

// Kinds of loss only a limitation names, so they may sit a long way after "liable"
// ("liable to the other or to any member of its group … for any indirect damages").
// Each holds a stem of candidates.ts.
const INDIRECT_LOSS = String.raw`(?:indirect\b|incidental|consequential|punitive|exemplary)`;
const REMOTE_LOSS = String.raw`(?:${INDIRECT_LOSS}|special\s+(?:\S+\s+){0,6}?(?:damages|loss)|lost\s+(?:profits?|revenues?|savings|data|business)|loss\s+of\s+(?:profits?|revenues?|business|data|goodwill|use))`;
// Words that also name a limitation, but only close to "liable": "not liable for damages", "liability … exceed".
// A redacted loss ("liable to the other party for [***]") counts only here.
const NEAR_LOSS = String.raw`(?:damages|exceeds?\b|in\s+excess|greater\s+than|amounts?\s+(?:paid|received)|fees\s+paid|for\s+\[\*+\])`;
// "Liable" or "liability" with the punctuation that may follow, then a kind of loss;
// "responsible" only for indirect kinds ("not responsible for consequential damages").
const LIABLE = String.raw`(?:liable|liability|liabilities)[,;:)]*\s+`;
const LIABLE_FOR_REMOTE_LOSS = String.raw`(?:${LIABLE}(?:\S+\s+){0,24}?${REMOTE_LOSS}|responsible[,;:)]*\s+(?:\S+\s+){0,24}?${INDIRECT_LOSS})`;
const NEGATION = String.raw`\b(?:not(?!\s+limited\b)|no|neither|nor|never|none)\s+`;
const NEVER = String.raw`\b(?:in\s+no\s+event|under\s+no\s+circumstances?)\s+`;
// Verbs of a ceiling: "shall not exceed", "will in no event exceed", "is limited to".
const CEILING = String.raw`(?:not\s+exceed|be\s+limited\s+to|limited\s+to|(?:be\s+)?capped\s+at|not\s+be\s+greater|in\s+no\s+event\s+exceed|never\s+exceed)`;
// What a ceiling is measured by.
const MEASURE = String.raw`(?:amounts?|fees|sums|price|payments?|compensation|royalties|consideration|\(?\$|us\$|usd|eur|€|£)`;

/** A ceiling on what can be recovered: an amount, the fees paid, "limited to". */
export const CAP_PATTERNS: readonly LimitPattern[] = [
  { name: 'aggregate liability exceed', pattern: re(String.raw`\b(?:aggregate|total|cumulative|maximum|entire|collective)\s+(?:\S+\s+){0,3}?liabilit(?:y|ies)\s+(?:\S+\s+){0,30}?(?:exceed|be\s+limited|is\s+limited|limited\s+to|capped\s+at|greater\s+than|in\s+excess|more\s+than)`) },
  // The qualifiers between "liability" and its verb can be long ("… for any claim arising under this Agreement, regardless of whether advised of the possibility of such damages, shall not exceed").
  { name: 'liability shall not exceed', pattern: re(String.raw`\bliabilit(?:y|ies)\s+(?:\S+\s+){0,45}?(?:shall|will|is|are)\s+(?:\S+\s+){0,3}?${CEILING}`) },
  { name: 'liable in excess of amount', pattern: re(String.raw`\b(?:liable|liability)\s+(?:\S+\s+){0,30}?(?:exceed(?:s|ing)?|in\s+excess\s+of|greater\s+than)\s+(?:\S+\s+){0,8}?${MEASURE}`) },
  // "The maximum liability of either party … will be [***] (the "Liability Cap")": the amount is often redacted.
  { name: 'liability cap', pattern: /\bliability\s+cap\b|\b(?:maximum|aggregate|total)\s+liability\s+(?:\S+\s+){0,20}?(?:shall|will)\s+be\s+(?:\[|\(?\$|us\$|usd|an\s+amount|the\s+(?:amount|fees|sum|total))/ },
  // "shall be liable for damage to the other's property … up to a maximum aggregate amount of $1,000,000".
  { name: 'liable up to a maximum', pattern: /\bliable\s+(?:\S+\s+){0,30}?up\s+to\s+(?:a\s+|the\s+)?(?:maximum|total|aggregate)\b/ },
  { name: 'liquidated damages shall not exceed', pattern: re(String.raw`\bliquidated\s+damages\s+(?:\S+\s+){0,20}?(?:shall|will|may)\s+(?:\S+\s+){0,3}?${CEILING}`) },
];

/** An exclusion of some liability: indirect and consequential losses, a waiver, a disclaimer. */
export const EXCLUSION_PATTERNS: readonly LimitPattern[] = [
  // One pattern for both distances, so the many "no"s and "not"s of a sentence are walked once.
  { name: 'not liable for loss', pattern: re(String.raw`${NEGATION}(?:\S+\s+){0,20}?(?:${LIABLE_FOR_REMOTE_LOSS}|${LIABLE}(?:\S+\s+){0,16}?${NEAR_LOSS})`) },
  // "excludes or limits any liability", not "(excluding any product liability claim)".
  { name: 'excludes liability', pattern: /\bexclud(?:e|es|ed)\s+(?:\S+\s+){0,4}?liabilit/ },
  { name: 'liability is excluded', pattern: /\bliabilit\w*\s+(?:\S+\s+){0,20}?(?:is|are|shall\s+be|will\s+be)\s+excluded/ },
  { name: 'no award of consequential', pattern: /\b(?:not|no)\s+(?:\S+\s+){0,4}?(?:award|recover|claim|seek)\s+(?:\S+\s+){0,8}?(?:consequential|punitive|indirect\b|incidental|exemplary)/ },
  { name: 'in no event liable', pattern: re(String.raw`${NEVER}(?:\S+\s+){0,25}?(?:${LIABLE_FOR_REMOTE_LOSS}|${LIABLE}(?:\S+\s+){0,16}?${NEAR_LOSS})`) },
  { name: 'waives consequential', pattern: /\bwaives?\s+(?:\S+\s+){0,20}?(?:consequential|indirect\b|punitive|exemplary|incidental)/ },
  { name: 'disclaims liability', pattern: /\bdisclaims?\s+(?:\S+\s+){0,6}?liabilit/ },
  // "A party in breach shall only be liable for direct damages": everything else is excluded.
  { name: 'only liable for direct damages', pattern: /\b(?:only|solely)\s+(?:be\s+)?liable\s+(?:\S+\s+){0,8}?for\s+(?:\S+\s+){0,3}?direct\s+(?:damages|loss)/ },
];

/** A remedy named as the only one: "the sole and exclusive remedy for a defective unit". */
export const REMEDY_PATTERNS: readonly LimitPattern[] = [
  { name: 'sole remedy', pattern: /\bsole\s+(?:and\s+exclusive\s+)?(?:remed(?:y|ies)|liability)\b/ },
  { name: 'exclusive remedy', pattern: /\bexclusive\s+remed(?:y|ies)\b/ },
];

/** A time limit on bringing a claim: "no action … may be brought more than one year after". */
export const TIME_BAR_PATTERNS: readonly LimitPattern[] = [
  { name: 'no action more than', pattern: /\b(?:no|neither)\s+(?:\S+\s+){0,14}?(?:action|claim|suit|proceeding)s?[,;:)]*\s+(?:\S+\s+){0,24}?(?:brought|commenced|instituted)\s+(?:\S+\s+){0,4}?(?:more|later)\s+than/ },
  { name: 'brought within', pattern: /\b(?:commenced|brought)\s+within\s+(?:\S+\s+){0,3}?(?:years?|months?)\b/ },
];

// Insurance duties ("shall carry general liability insurance of $2,000,000"; a cap
// measured by insurance coverage is still a cap), "does not constitute the exclusive remedy" and the scope of
// an indemnity ("the indemnifying party shall not be liable for any settlement
// made without its consent") are not limitations of liability, nor is a party
// that "shall not be relieved of any liability".
export const NOT_A_LIMIT = /\bliability\s+insurance|\b(?:sole|exclusive)\s+remedy\s+\d|\bnot\s+(?:\S+\s+){0,4}?(?:the\s+|an?\s+)?(?:sole|exclusive)\s+remed|\bwithout\s+prejudice\s+to\s+any\s+other\s+remed|\bin\s+addition\s+to\s+(?:any\s+)?(?:other\s+)?remed|\bindemnifying\s+part(?:y|ies)\s+(?:shall|will)\s+(?:not|in\s+no\s+event)\s+be\s+liable|\bshall\s+(?:the\s+)?indemnifying\s+part(?:y|ies)\s+be\s+liable|\bnot\s+(?:be\s+)?(?:relieved?|released?)\s+(?:\S+\s+){0,3}?(?:from|of)\b/;

/** Words that name indirect kinds of loss, so a limiting sentence that holds one excludes them. */
export const NAMES_INDIRECT_LOSS = new RegExp(REMOTE_LOSS);

/** The first pattern of `patterns` the sentence matches, if any. */
export function firstMatch(patterns: readonly LimitPattern[], lower: string): LimitPattern | undefined {
  return patterns.find((p) => p.pattern.test(lower));
}
