// The phrases the minimum-commitment reader weighs: a promise to buy, pay, sell
// or deliver at least some amount (minimum purchases, minimum annual fees or
// royalties, committed spend or seats, take-or-pay), or a volume one side must
// reach on pain of losing something (a sales target that ends exclusivity).

/** Words that let a sentence state a minimum at all: the reader's stem filter. */
// One word boundary before one alternation scans a megabyte in about two thirds of the time of a boundary per branch;
// "less than" also finds "no less than" and "not less than".
export const COMMITMENT_CUE = /\b(?:minimum|at\s+least\b|(?:less|fewer)\s+than\b|commit|take[- ]or[- ]pay|guarantee|fail|(?:does|did|do)\s+not\s+(?:achieve|meet|reach|attain|satisfy)\b|below\b|binding\b|target|quota|(?:has|have)\s+not\s+delivered\b|(?:maintain|keep|retain|preserve)\s+(?:the\s+|its\s+|such\s+)?exclusiv)/gi;

/** A minimum named as such, or a promise to buy, pay or deliver at least an amount ("no fewer than" reads like "no less than"). */
export const STATED_MINIMUM = /\bminimum\s+(?:\S+\s+){0,4}?(?:lot|batch|order)\s+(?:sizes?|quantit)|\b(?:annual|monthly|quarterly|yearly|weekly)\s+minimum\b|\bminimum\s+(?:\S+\s+){0,2}?(?:purchase|order|commitment|royalt|fee|payment|quantit|volume|spend|revenue|sales|guarantee|amount|requirement|number|units?|annual|monthly|quarterly|yearly|commitment|charge|billing|subscription|term)|\b(?:purchase[sd]?|orders?|ordered|buys?|pays?|sells?|acquire|procure|license|spends?|spending|expend)\s+(?:\S+\s+){0,3}?(?:a\s+)?(?:minimum|at\s+least|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than)\b|\bminimum\s+guarantee|\b(?:purchase|order|buy|acquire|procure)\s+(?:\S+\s+){0,3}?(?:having|with|of)\s+(?:an?\s+)?(?:aggregate\s+|total\s+|net\s+)?(?:value|price|amount)\s+of\s+(?:at\s+least|not\s+(?:less|fewer)\s+than|no\s+(?:less|fewer)\s+than)\b|\b(?:at\s+least|a\s+minimum\s+of)\s+the\s+following\s+(?:quantities|amounts|numbers?|minimums?)\b|\bguaranteed?\s+(?:minimum|revenue|amount)|\bguaranteed\s+payment|\bminimum\s+of\s+(?!the\b)(?:\S+\s+){0,3}?(?:units?|\$|dollars|usd|months|per|each|copies|seats|licen|users|hours|events|episodes)|\b(?:shall|will|agrees?\s+to|must|obligated\s+to|obligation\s+to)\s+(?:\S+\s+){0,5}?(?:at\s+least|not\s+(?:less|fewer)\s+than|no\s+(?:less|fewer)\s+than|a\s+minimum\s+of)\s+(?:\S+\s+){0,3}?(?:(?:units?|dollars|usd|episodes|events|impressions|page\s+views|clickthroughs|centres|centers|locations|stores|restaurants|copies|persons|ads?|e-?mails|shows|appearances|spots|percent)\b|\$|%|\[)|\bguaranteed\s+(?:\S+\s+){0,3}?(?:fee|payment|revenue|minimum|amount)|\btake[- ]or[- ]pay|\bcommit(?:s|ted)?\s+to\s+(?:purchase|buy|spend|order|pay|(?:a\s+)?minimum\b)|\b(?:committed|commitment)\s+(?:spend|volume|quantity|amount|fees?)/;

/** A volume one side must reach, failing which it loses exclusivity or the agreement: a sales target, quota or floor. */
export const VOLUME_TARGET = new RegExp(
  String.raw`\b(?:fails?\s+to|failure\s+to|does\s+not|did\s+not|do\s+not)\s+(?:achieve|meet|reach|attain|satisfy)\s+(?:\S+\s+){0,6}?` +
    String.raw`(?:sales\b|revenues?\b|purchases?\b|quotas?\b|(?:sales?|purchase|revenue|annual|quarterly|penetration)\s+(?:targets?|goals?|milestones?|forecasts?|minimums?|levels?)\b|minimum\s+(?:\S+\s+)?(?:purchase|order|sales|volume|quantit|amount))` +
    String.raw`|\b(?:sales|revenues?|purchases)\s+(?:\S+\s+){0,8}?(?:falls?|are|is|be)\s+(?:below|less\s+than)\b|\b(?:sells?|purchases?|buys?)\s+less\s+than\b` +
    String.raw`|\b(?:achieve|meet|satisfy|reach|attain)\s+(?:\S+\s+){0,4}?(?:sales?|purchase|revenue)\s+(?:targets?|quotas?|goals?|milestones?)\b`,
);

/** A forecast that binds the buyer to order what it forecast: "the first three months of each forecast shall be binding purchase orders". */
export const BINDING_FORECAST = /\bforecast\w*\s+(?:\S+\s+){0,15}?(?:shall|will)\s+(?:be\s+)?(?:deemed\s+)?(?:to\s+)?(?:be|constitute)\s+(?:a\s+)?binding\b|\b(?:shall|will)\s+be\s+binding\s+(?:firm\s+)?(?:purchase\s+)?orders?\b/;

/** Units promised per period: "an average of at least ten (10) spots per week"; a frequency ("at least two (2) times each year") is a meeting or a report, not a volume. */
export const PER_PERIOD = /\b(?:at\s+least|not\s+(?:less|fewer)\s+than|no\s+(?:less|fewer)\s+than|a\s+minimum\s+of)\s+(?!once\b|twice\b)(?:(?!times\b|hours\b|days\b)\S+\s+){0,6}?(?:per|each|every)\s+(?:week|month|quarter|year|calendar\s+(?:month|quarter|year)|contract\s+year|season)\b/;

/**
 * What rules a sales target out: a target sentence often ends the agreement "upon notice" or calls the shortfall a breach,
 * so it is not held to the notice and warranty vetoes of a stated minimum, only to these.
 */
export const NOT_A_VOLUME_TARGET = /\binsurance|\bcoverage\b|\bchange\s+(?:of|in)\s+control|\bsales\s+price|\baudit|\bservice\s+levels?\b/;

/** An availability figure ("available at least 99.99 % of the time") is a service level, not a purchase floor. */
export const SERVICE_LEVEL_FIGURE = /\b(?:available|availability|uptime|up\s+time)\b(?:\s+\S+){0,6}?\s+\d{1,3}(?:\.\d+)?\s?(?:%|percent)/;

export const NOT_A_COMMITMENT = /\binsurance|\bcoverage\b|\blimits?\s+of\s+not\s+less|\bnotice|\bnotify|\bwarrant|\bcure\s+period|\bmeet\s+a\s+minimum|\bminimum\s+requirements\s+to\s+be|\bsurety|\bhas\s+the\s+meaning|\bchange\s+(?:of|in)\s+control|\bvoting\s+securities|\bequity\s+capital|\bownership\s+interest|\bguarantee\s+(?:the\s+)?(?:full\s+|prompt\s+|due\s+)?(?:payment\s+and\s+performance|performance\s+and\s+payment)|\bguarantor|\bat\s+(?:a\s+)?minimum(?:,|\s+(?:the|a|an)\b)|\blegally\s+required\b|\brequired\s+by\s+law\b|\bbond\b|\bminimum\s+requirements?\s+(?:thereof|of\s+(?:applicable\s+)?law)|\barbitrat|\bmeetings?\b|\byears\s+of\s+(?:\S+\s+)?experience|\brecovery\s+costs\b/;

// A floor of days before or after an event ("at least five (5) business days prior to", "at least [*] before") is a
// timing, not a commitment. (A minimum that is denied is the clause layer's to say.)
export const TIMING = /\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than)\s+\S+\s+(?:\(\S+\)\s+)?(?:business\s+|calendar\s+|working\s+)?(?:days?|hours?|weeks?|months?)\s+(?:prior|before|in\s+advance|advance|after|following)|\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than)\s+\[[^\]]{0,12}\]\s+(?:prior|before|in\s+advance|after|following)\b/;

/**
 * Goods one side must supply, stock or take: "shall provide a minimum of 100,000 pagers", "shall order … at least 80% of the
 * amount forecast", "a minimum of two (2) weeks of supply". A count of days, hours or months after the floor is a timing,
 * not a quantity; "at least" after a bare "shall provide" is too often a staffing or paperwork floor, so only "a minimum of".
 */
export const SUPPLY_MINIMUM = new RegExp(
  String.raw`\b(?:shall|will|agrees?\s+to|must)\s+(?:\S+\s+){0,3}?(?:provide|deliver|supply|produce|make\s+available|furnish)\b,?\s+(?:\S+\s+){0,12}?` +
    String.raw`a\s+minimum\s+of\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?\s+\(\d[\d,.]*\))\s+` +
    String.raw`(?!(?:\S+\s+)?(?:business\s+|calendar\s+|working\s+)?(?:days?|hours?|weeks?|months?|years?|minutes?|times?|percent)\b)` +
    String.raw`|\b(?:order|purchase|buy)\b[^.;]{0,120}?\b(?:at\s+least|not\s+(?:less|fewer)\s+than|no\s+(?:less|fewer)\s+than|a\s+minimum\s+of)\s+(?:\S+\s+){0,3}?\S*(?:%|percent)\)?\s+of\s+(?:\S+\s+){0,6}?(?:forecast|requirements|needs)` +
    String.raw`|\b(?:minimum|at\s+least|not\s+(?:less|fewer)\s+than|no\s+(?:less|fewer)\s+than)\s+(?:level\s+of\s+)?(?:\S+\s+){0,3}?(?:weeks?|months?|days?)['’]?\s+(?:of\s+)?(?:supply|inventory|stock)\b`,
);

/**
 * A volume a distributor must reach to keep exclusivity ("the number of Customer Locations to be secured to maintain
 * exclusivity shall be 50"), or content a publisher has promised ("has not delivered 10,000 clickthroughs").
 */
export const EXCLUSIVITY_OR_DELIVERY_TARGET = /\b(?:number|amount|volume|quantity|level)\s+of\s+(?:\S+\s+){0,4}?(?:required|needed|necessary|to\s+be\s+\S+)\s+(?:in\s+order\s+)?to\s+(?:maintain|keep|retain|preserve)\s+(?:the\s+|its\s+|such\s+)?exclusiv|\b(?:has|have)\s+not\s+delivered\s+(?:\S+\s+){0,3}?(?:impressions|clickthroughs|click-throughs|page\s+views|units|users|subscribers|leads)\b/;

/** A floor on what is paid or bought for a period: "in no event shall the royalties for any year be less than $50,000". */
export const PAYMENT_FLOOR = /\b(?:royalt(?:y|ies)|fees|payments?|purchases|orders|commissions)\s+(?:\S+\s+){0,8}?(?:shall|will)\s+(?:in\s+no\s+event\s+)?not\s+be\s+less\s+than\s+(?:\S+\s+){0,2}?(?:\$|usd|eur|dollars|\(\$|\[)|\bin\s+no\s+event\s+shall\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:royalt(?:y|ies)|fees|payments?|purchases|orders|commissions)\s+(?:\S+\s+){0,8}?be\s+less\s+than\s+(?:\S+\s+){0,2}?(?:\$|usd|eur|dollars|\(\$|\[)/;
