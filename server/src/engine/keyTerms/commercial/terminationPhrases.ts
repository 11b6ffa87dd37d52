// The phrases the termination-for-convenience reader weighs. A right to end the
// agreement without cause reads "for convenience", "without cause", "for any
// reason", or is a bare "may terminate … upon ninety (90) days' notice" with no
// breach, insolvency or other event attached.

/** Words that let a sentence talk about ending the agreement at all: the reader's stem filter. */
export const TERMINATION_CUE = /\bterminat|\bcancel/gi;

// "for any reason" that is a cause ("ceases for any reason to carry on business", "if for any reason other than force
// majeure it fails to deliver") is not a free right, nor is it after
// the noun ("upon termination of this Agreement for any reason"), where it speaks of what follows an end.
export const EXPLICIT = /\bfor\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:own\s+)?convenience\b|\bwithout\s+(?:any\s+)?(?:cause|reason)\b|\bwith\s+or\s+without\s+(?:cause|reason)\b|\bfor\s+any\s+(?:or\s+no\s+)?reason\b(?!\s+to\s|\s+other\s+than\b|\s+except\b)(?<!\b(?:termination|expiration|expiry)\s+of\s+(?:this|the)\s+\w+\s+for\s+any\s+(?:or\s+no\s+)?reason)|\bfor\s+no\s+reason\b|\bat\s+will\b|\bwithout\s+(?:the\s+)?need\s+to\s+(?:give|state|show)\s+(?:a\s+)?(?:cause|reason)|\buntil\s+(?:either|any|one)\s+party\s+(?:\S+\s+){0,10}?notice\b|\bunilateral\s+right\b/;

/** Discretion alone says who decides, not that no cause is needed: read like a bare right, so "if" still makes it one for cause. */
export const DISCRETION = /\b(?:its|their|his|her)\s+(?:sole\s+|absolute\s+|unfettered\s+|own\s+)?(?:and\s+(?:absolute|sole)\s+)?discretion\b|\bat\s+(?:its|their)\s+option\b/;

// "shall be entitled, at its sole discretion, to terminate": a short aside between the right and the verb.
const ASIDE = String.raw`(?:,\s+[^,.;]{1,60},)?`;
export const MAY_END = new RegExp(
  String.raw`\bmay,\s+(?:\S+\s+){0,14}?(?:terminated?\b|cancel(?:l?ed)?\b)` +
    String.raw`|\b(?:may|shall\s+(?:have\s+the\s+right|be\s+entitled)${ASIDE}\s+to|will\s+have\s+the\s+right${ASIDE}\s+to|has\s+the\s+right${ASIDE}\s+to|is\s+entitled${ASIDE}\s+to|right\s+to)\s+(?:\S+\s+){0,8}?(?:terminated?\b|cancel(?:l?ed)?\b)` +
    // "shall have the right (but not the obligation) to terminate", "shall have the right at any time before 31 December to terminate".
    String.raw`|\b(?:shall|will)\s+have\s+the\s+right\s+(?:\S+\s+){1,8}?to\s+(?:terminate|cancel)\b` +
    String.raw`|\b(?:desires?|wish(?:es)?|elects?|chooses?)\s+to\s+terminate\b|\bright\b[^.;]{0,120}?\band\s+to\s+terminate\b|\bmay\s+be\s+terminated\b|\bmay\s+be\s+cancell?ed\b|(?<!non-)\bterminable\b|(?<!non-)\bcancell?able\b` +
    String.raw`|\buntil\s+(?:either|any|one)\s+party\s+(?:\S+\s+){0,10}?notice\b|\buntil\s+terminated\s+by\s+(?:either|any|one|each)\b`,
);

// A redacted notice period reads "upon [**] to the other party".
export const BY_NOTICE = /\b(?:upon|on|by|with|after|giving|given|following)\s+(?:\S+\s+){0,8}?(?:notice|notification)\b|\bnotice\s+(?:\S+\s+){0,3}?(?:to|of)\b|\b(?:upon|on|with|after|giving)\s+\[[\s*]{1,12}\]\s+(?:to|prior|advance)\b/;
/** A right that stands on its own in time ("at any time"), like one on notice. */
export const AT_ANY_TIME = /\bat\s+any\s+time\b/;

/** Words that make the termination one for cause, not convenience. */
export const FOR_CAUSE = /\bif\b|\bwith\s+cause\b|\bfor\s+[\"']?cause\b|\bimmediately\b|\bpursuant\s+to\b|\b(?:thereafter|after\s+that)\s+until\s+terminated\b|\bwhenever\b|\bend\s+of\s+life\b|\bassign|\breject|\bbreach|\bdefault|\binsolv|\bbankrupt|\bfails?\b|\bfailure|\bviolat|\bchange\s+(?:of|in)\s+control|\bforce\s+majeure|\bin\s+the\s+event\s+(?:of|that)\b|\bupon\s+the\s+occurrence|\bunless\b|\bcure\b|\bnot\s+(?:be\s+)?(?:entitled|permitted)|\bmay\s+not\b|\b(?:at|on)\s+(?:the\s+)?expir(?:ation|y)\s+of|\bnon-?renew|\bnot\s+to\s+renew|\bprior\s+to\s+the\s+end\s+of\s+(?:the|any|each)\s+(?:initial|renewal|then)|\bin\s+the\s+event\b|\bupon\s+(?:the\s+)?(?:receipt|dissolution|termination|expiration|occurrence|completion)\b|\bpast\s+due\b|\boverdue\b|\bnon-?payment\b|\brequired\s+by\s+(?:applicable\s+)?law\b|\bdeath\b|\bdisabilit|\bincapacit/;

/**
 * Conditions that name no cause: the party's own wish ("in the event that the Company desires to terminate") and the
 * absence of one ("so long as no default exists and is continuing,"). Removed before the cause test.
 */
export const NO_CAUSE_CONDITION = /\b(?:if|in\s+the\s+event(?:\s+that)?|should|where|when(?:ever)?)\s+(?:\S+\s+){1,4}?(?:desires?|wish(?:es)?|elects?|chooses?|decides?|wants?|intends?)\s+to\s+(?:terminate|cancel)\b|\b(?:so\s+long\s+as|provided\s+(?:that\s+)?)\s*no\s+(?:\S+\s+){0,3}?(?:default|breach)[^,;]{0,100}[,;]/g;

/** A right that is said not to exist, or to exist only for cause; "a non-exclusive, terminable licence" describes a grant. */
export const DENIED = /\bfor\s+cause\s+only|\bnot\s+(?:be\s+)?(?:terminable|cancell?able)\b|\bterminable\s+(?:right|licen[cs]e|sublicen[cs]e)\b|\bimmediately\s+for\s+cause\b|\bmay\s+not\s+be\s+terminated|\bnot\s+(?:\S+\s+){0,3}?(?:for\s+(?:its\s+own\s+)?convenience|without\s+cause)|\b(?:agrees?|undertakes?)\s+not\s+to\s+terminate\b[^.]{0,120}?\bunless\b/;

// What is ended may be the agreement or a part of it (CUAD counts a statement of work or a participation), but not orders,
// a licensee's exclusivity or payment terms.
export const NOT_THE_AGREEMENT = /^(?:\S+\s+){0,3}?(?:orders?|purchase\s+orders?|po'?s|(?:\S+\s+)?exclusivity|payment\s+terms|the\s+subagency|this\s+section)\b|^or\s+modify\b/;
export const PASSIVE_END = /\bbe\s+(?:terminated|cancell?ed)\b|(?<!non-)\bterminable\b|(?<!non-)\bcancell?able\b|\buntil\s+(?:either|any|one)\s+party\b|\buntil\s+terminated\s+by\b/;

/** The end of the sentence's first alternative: "(i) upon thirty (30) days notice, or (ii) immediately … if …". */
// What follows "without any liability" is the consequence of ending, not a condition of it.
export const NEXT_ALTERNATIVE = /;|\(ii\)|\(b\)|\bor\s+\(?ii\)?|\bor\s+immediately\b|\bwithout\s+(?:any\s+)?(?:liability|penalty)\b/;

/** An alternative after a semicolon that names who may end it: "by Licensee upon sixty (60) days' notice", "or (iii) by either party …". */
export const ALTERNATIVE_RIGHT = /^(?:(?:and|or)\s+)?(?:\(?[a-z0-9]{1,4}\)\s*)?(?:(?:and|or)\s+)?by\s+(?:either|any|each|the|\w+\s+(?:or|and)\s+\w+|\w+)\b/;

/**
 * A sentence that introduces a list of the ways the agreement may end: "may be terminated as follows:", "shall have the
 * right to terminate this Agreement if:", "upon any of the following, may terminate … by notice of termination for:".
 */
export const LEAD_IN_END = /(?:\bas\s+follows|\bfollowing(?:\s+\w+){0,3}|\bterminated|\bcancell?ed|\bbelow|\bif|\bfor)\s*:\s*$/;
/** A lead-in whose list gives the reasons: "for:". */
export const REASONS_FOLLOW = /\bfor\s*:\s*$/;
/** An item of such a list: "(a) by Customer …", "(vi) Upon Customer giving …", "1.2.1 By either party …", "By the Supplier …". */
export const LIST_ITEM = /^\s*(?:\(?[a-z0-9]{1,4}\)|(?:\d{1,3}\.){1,4}\d{0,3}\.?\s|[a-z]\.\s)|^\s*(?:by|upon|on|at|either|any|the|for)\b/;
/** A heading after the list ("8.5 EFFECTS OF TERMINATION."): the list has ended. */
export const HEADING = /^\s*(?:\(?[A-Za-z0-9]{1,4}\)|(?:\d{1,3}\.){1,4}\d{0,3}\.?)?\s*[A-Z][A-Z\s&,'-]{3,80}\.?\s*$/;
/** A page number or footer that a list may straddle ("- 3 -", "5"). */
export const PAGE_NUMBER = /^\s*-?\s*\d{1,3}\s*-?\s*$/;
