// The vocabulary of the termination-for-convenience reader: what ends the
// agreement, what is ended, and how a free right is exercised. Whether a right
// is granted, refused or conditional comes from the clause layer.

/** Words that let a sentence talk about ending the agreement at all: the reader's stem filter. */
export const TERMINATION_CUE = /\btermina|\bcancel|\bwithdraw|\b(?:end|discontinue|rescind)\s+(?:this|the)\s+(?:agreement|contract)\b/gi;

/** The act of ending: "terminate", "be terminated", "be terminable", "cancel". */
export const ENDING = /^(?:be\s+)?(?:terminat|terminab|cancel)/;
/** "may end this Agreement": a plain verb that ends the agreement only when the agreement is its object. */
export const ENDING_THE_AGREEMENT = /^(?:end|discontinue|rescind)$/;
export const THE_AGREEMENT = /^(?:this|the)\s+(?:agreement|contract)\b/;
/** Leaving rather than ending: "withdraw from the Joint Venture", "withdraw from this Agreement". */
export const WITHDRAWAL = /^withdraw$/;
export const FROM_THE_AGREEMENT = /^from\s+(?:this|the)\s+(?:agreement|joint\s+venture|venture|partnership|arrangement|collaboration|alliance)\b/;

// What is ended may be the agreement or a part of it (a statement of work, a participation), but not orders, a
// licensee's exclusivity, payment terms, or a service the provider delivers ("terminate calls").
export const NOT_THE_AGREEMENT = /^(?:\S+\s+){0,3}?(?:orders?(?!\s+forms?\b)|purchase\s+orders?|po'?s|(?:\S+\s+)?exclusivity|payment\s+terms|the\s+subagency|this\s+section|calls?|traffic|services?\s+to\s+(?:any|an?)\s+(?:end|individual)|(?:the\s+)?(?:employment|engagement)\s+of)\b|^or\s+modify\b|^(?:its|their|the)\s+(?:obligations?|right)\b/;

/** A right exercised by giving notice: "upon ninety (90) days' notice", "by written notice", a redacted "upon [***] to". */
export const BY_NOTICE = /\b(?:upon|on|by|with|after|giving|given|gives?|following|serving|serves?|providing|provides?|delivering|delivers?)\s+(?:\S+\s+){0,8}?(?:notice|notification)\b|\bnotice\s+(?:\S+\s+){0,3}?(?:to|of)\b|\b(?:upon|on|with|after|giving)\s+\[[\s*]{1,12}\]\s+(?:to|prior|advance)\b|\b(?:informs?|notif(?:y|ies))\b/;
/** A right that stands on its own in time ("at any time"), or rests on the holder's judgment alone. */
export const AT_WILL = /\bat\s+any\s+time\b|\b(?:its|their|his|her)\s+(?:sole\s+|absolute\s+|unfettered\s+|own\s+)?(?:and\s+(?:absolute|sole)\s+)?discretion\b|\bat\s+(?:its|their)\s+option\b/;
/** Ending at once is what a cause allows; a free right gives the other side time. */
export const AT_ONCE = /\bimmediately\b|\bforthwith\b/;
/** A term that rolls on after its first period: "thereafter", "from year to year", "month-to-month", "successive" periods. */
export const ROLLING = /\bthereafter\b|\bindefinitely\b|\bafter\s+that\b|\bfrom\s+(?:year|month)\s+to\s+(?:year|month)\b|\b(?:year|month)-to-(?:year|month)\b|\bsuccessive\b|\brenew/;
