// What makes an act one "for cause" rather than at a party's choice, and the
// words that say no cause is needed. Shared by every reader that asks whether
// a right is free (termination for convenience, price changes, suspension):
// a condition clause already makes a right conditional; these are the causes
// written into the clause itself ("terminate for material breach").

/** An event that gives cause: a breach or failure, insolvency, a change of control, force majeure, the law. */
const CAUSE = /\bbreach|\bdefault|\binsolv|\bbankrupt|\breceivership|\bliquidat|\bdissol|\bwinding[- ]up|\bfail(?:s|ed|ure|ures|ing)?\b|\bviolat|\bchange\s+(?:of|in)\s+control|\bforce\s+majeure|\bcure\b|\bpast\s+due|\boverdue|\bnon-?payment|\bdeath\b|\bdisabilit|\bincapacit|\brequired\s+by\s+(?:applicable\s+)?law|\bwith\s+cause\b|\bfor\s+["']?cause\b|\bjust\s+cause\b|\bmisconduct|\bfraud|\bnegligen|\bceases?\s+to\b|\bassign|\bacquisition|\bmerger|\bexpropriat|\bunless\b|\bpursuant\s+to\b|\bin\s+accordance\s+with\s+(?:section|clause|article|paragraph)/;
/** "for convenience", "without cause", "for any reason", "with or without cause", "at will", "for no reason". */
const NO_CAUSE = /\bfor\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:own\s+)?convenience\b|\bwithout\s+(?:any\s+)?(?:cause|reason)\b|\bwith\s+or\s+without\s+(?:cause|reason)\b|\bfor\s+any\s+(?:or\s+no\s+)?reason\b(?:\s+or\s+no\s+reason)?(?:\s+whatsoever)?(?:\s+or\s+for\s+no\s+reason)?(?=\s*$|\s*[,;.(]|\s+(?:by|upon|on|with|at|and|or|in|after|giving|following|subject|effective|without|prior|before)\b)|\bfor\s+no\s+reason\b|\bat\s+will\b|\bwithout\s+(?:the\s+)?need\s+to\s+(?:give|state|show)\s+(?:a\s+)?(?:cause|reason)|\bunilateral(?:ly)?\b/;

/** The clause says no cause is needed. */
export function saysNoCause(lower: string): boolean {
  return NO_CAUSE.test(lower);
}

/** The clause names a cause (once the words that deny a cause are set aside). */
export function namesCause(lower: string): boolean {
  return CAUSE.test(lower.replace(new RegExp(NO_CAUSE.source, 'g'), ' '));
}

/** "by mutual written agreement of the parties", "upon the mutual consent": a joint act, not one party's right. */
const MUTUAL = /\bmutual(?:ly)?\b|\bby\s+(?:written\s+)?agreement\b|\bagreement\s+in\s+writing\s+(?:\S+\s+){0,3}?(?:by|of)\s+(?:both|all|the)\s+parties|\b(?:agreement|consent)\s+of\s+(?:both|all|the)\s+parties\b|\bboth\s+parties\s+(?:agree|consent)/;

export function byMutualConsent(lower: string): boolean {
  return MUTUAL.test(lower);
}

/** "if Customer wishes to terminate", "in the event the Company desires to cancel": the holder's own choice, no cause. */
const OWN_WISH = /\b(?:wish(?:es|ing)?|desir(?:es?|ing)|elect(?:s|ing)?|choos(?:es?|ing)|decid(?:es?|ing)|intend(?:s|ing)?|wants?)\s+to\s+(?:terminat|cancel|end\b|withdraw)/;

export function expressesOwnWish(lower: string): boolean {
  return OWN_WISH.test(lower);
}

/** A condition that states the absence of a cause: "so long as no default exists", "provided it is not in breach". */
const ABSENT_CAUSE = /\bno\s+(?:\S+\s+){0,2}?(?:default|breach|event\s+of\s+default)|\bnot\s+(?:then\s+)?in\s+(?:material\s+)?(?:breach|default)\b/;

export function deniesCause(lower: string): boolean {
  return ABSENT_CAUSE.test(lower);
}

/**
 * "if Licensee determines, in its reasonable business judgment, that …", "if Supplier decides to discontinue the
 * Product": the holder's own judgment of its business, no event the other side could cause or cure.
 */
const OWN_JUDGMENT = /\b(?:determines|decides|concludes|deems|believes)\b|\bin\s+(?:its|their|his|her)\s+(?:(?:sole|reasonable|good[- ]faith|own|absolute)\s+)*(?:business\s+|commercial\s+)?(?:judgment|judgement|discretion|opinion)\b/;

export function restsOnOwnJudgment(lower: string): boolean {
  return OWN_JUDGMENT.test(lower) && !namesCause(lower);
}
