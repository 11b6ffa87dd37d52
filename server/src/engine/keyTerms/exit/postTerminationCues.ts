// Cue patterns for after-the-end duties (CUAD's "Post-Termination Services"),
// tested against lower-case sentences. Gaps are bounded and each repeated token
// starts with its own kind of character, so no pattern can backtrack badly.

const END_NOUN = '(?:terminat(?:ion|ed|es|e)|expir(?:ation|y|es|ed|e)|cancel(?:lation|led))\\b';

/** The sentence is set after the end: "upon termination", "following the expiration of this Agreement", "if this Agreement is terminated". */
export const WHEN = new RegExp(
  `\\b(?:after|following|upon|on|subsequent\\s+to|from|beyond|at\\s+the\\s+time\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}${END_NOUN}|\\bin\\s+(?:the\\s+)?(?:event|case)\\s+(?:of\\s+|that\\s+)?(?:[\\w-]+\\s+){0,4}${END_NOUN}|\\b(?:if|should|once)\\s+(?:[\\w-]+\\s+){0,5}${END_NOUN}|` +
  '\\b(?:months?|years?|days?)\\)?\\s+(?:after|following|beyond)\\s+(?:the\\s+)?(?:initial\\s+)?term\\b|\\b(?:during|throughout)\\s+the\\s+term\\b[^.;]{0,60}\\b(?:years?|months?|days?)\\)?\\s+thereafter\\b|\\b(?:after|following|from|beyond)\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+(?:[\\w-]+\\s+){0,2}?(?:term|agreement|contract(?:ed)?\\s+period)\\b|\\bpost-?terminat|\\bwind[- ]?(?:down|up)\\b|\\bwound\\s+up\\b|\\bunwind\\b|\\bsell[- ]?off|\\btermination\\s+period|\\btransition(?:-out|\\s+out)?\\s+period' +
  // Whatever survives the end outlives it: "shall survive expiration or termination of this Agreement".
  `|\\bsurviv(?:e|es|ing)\\s+(?:the\\s+|any\\s+)?(?:[\\w-]+\\s+){0,2}${END_NOUN}`,
  'g',
);
/** "Termination of …" names what ends; the agreement's end names the agreement, its term or a part of it (not a cure period or a batch). */
export const OF_SOMETHING = /^\s*of\s/;
export const OF_THE_DEAL = /^\s*of\s+(?:[\w'-]+\s+){0,4}?(?:agreements?|contracts?|term|licen[cs]es?|arrangements?|alliance|sows?|statements?|orders?|addend(?:um|a)|exhibits?|schedules?|appendix|attachments?|amendments?|programs?|leases?|franchises?|distributorship|services?|collaboration|partnership|venture|projects?|plans?|engagement|sponsorship)\b/;
/** Something other than the agreement that ends (an offering, a merger, an employee's appointment), or only the notice of its end. */
export const OTHER_SUBJECT = /\b(?:offering|conversion|closing|merger|employment|appointment|batch|cure\s+period|notice|decides?|elects?)\b/;

const TOKEN = '(?:\\(?[\\w\'/-]+\\)?,?\\s+|,\\s*)';
const STEMS = '(?:provide|continue|repossess|work\\s+together|wind\\s+(?:down|up)|deliver|purchase|buy|repurchase|complete|transfer|assist|cooperate|co-operate|make\\s+available|fulfill?|fill|honou?r|sell|resell|support|perform|remit|distribute|supply|vest|retain|maintain|keep|compensate|unwind|give|return|process|accept|exploit|transition|furnish|ship|convey|redeliver|dispose|liquidate|finish|conclude|phase[- ]out|audit|inspect|examine)';
/** A verb of doing, active ("return", "continues") or passive ("be returned"); a bare participle ("materials provided by") is not a promise. */
const VERB = `\\b${STEMS}(?:s|es|ing)?\\b|\\bbe(?:en)?\\s+(?:[\\w-]+\\s+)?(?:${STEMS}(?:d|ed)|paid|sold|kept|transferred|shipped)\\b|\\bpay\\s+(?:[\\w-]+\\s+){0,6}?(?:royalt|an\\s+amount\\s+equal|for\\s+(?:the\\s+|all\\s+|any\\s+)?(?:products?|inventory|goods|materials|stock))|\\breceive\\s+(?:[\\w-]+\\s+){0,3}(?:payments?|compensation|royalt|fees|commissions?|income|amounts?)|\\bhave\\s+(?:a|the)\\s+(?:[\\w-]+\\s+){0,2}period\\b|\\bhave\\s+(?:[\\w()-]+\\s+){1,2}(?:days|months|weeks)\\s+(?:after|following|from)\\b|\\bassign(?:s|ed)?\\s+(?!(?:this|the)\\s+agreement|(?:any\\s+of\\s+)?(?:its|their)\\s+rights)(?:and\\s+transfer\\s+)?(?:to\\s+|all\\s+|any\\s+|its\\s+)|\\bappoint\\s+(?:[\\w-]+\\s+){0,4}?(?:accountants?|auditors?)\\b|\\bhave\\s+the\\s+right\\s+to\\s+use\\b|\\benter\\s+(?:upon\\s+|into\\s+)?(?:the\\s+|any\\s+)?(?:[\\w-]+\\s+){0,2}?(?:premises|facilit(?:y|ies)|sites?|theat(?:re|er)s?|stores?|locations?)\\b|\\b(?:recover|reclaim)\\s+(?:possession\\s+of\\s+)?(?:[\\w-]+\\s+){0,4}?(?:property|equipment|materials|goods|products|inventory|tooling|items)\\b`;
/** A promise or right: a modal, a few words, then a verb of doing ("shall, within thirty (30) days, return"). */
export const DUTY = new RegExp(`\\b(?:shall|will|must|may|agrees?\\s+to|entitled\\s+to|obligated\\s+to|required\\s+to|continue\\s+to|right\\s+to|option\\s+to)\\b\\s*${TOKEN}{0,5}?(?:${VERB})`, 'g');

/** Sentences that are about something else: survival boilerplate, the right to end the agreement, renewals, merger survivors. */
export const OTHER_MATTER = /\bsurviv(?:e|es|al)\b|\b(?:offering|conversion|closing|merger)\s+(?:is|be|are|was)\s+(?:\w+\s+)?(?:terminated|abandoned)|\bno\s+further\s+force|\bsurviving\s+(?:entity|corporation|company|party)|\bmay\s+terminate\b|\b(?:entitled|right|option|elects?)\s+to\s+terminate|\brenew(?:s|ed)?\s+for\b|\bunless\s+(?:sooner|earlier)\s+terminated|\bstatus\s+quo|\bcoupled\s+with\s+an\s+interest|\b(?:begins?|commences?|shall\s+(?:begin|commence))\s+(?:on|as\s+of|upon)\b[^.;]{0,80}\bcontinue\b|\bcontinue\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+)?(?:for\s+an?\s+initial\s+(?:term|period)|until\s+terminated)\b|\benforceable|\bchange\s+of\s+control|\b(?:section|article|clause|paragraph|provisions?|terms)\b[^;]{0,60}\bcontinue\s+(?:in\s+(?:full\s+)?(?:force|effect)|to\s+(?:govern|apply|bind))|\bcontinue,?\s+(?:\w+\s+){0,3}until\s+the\s+expiration/;
/**
 * Survival boilerplate that never says "survive": "all rights and obligations shall terminate except those in Articles I and
 * XIV", "the parties remain bound by it", "Consultant's obligations under this Section 2.2 shall continue after
 * the termination", "the indemnities herein shall continue in full force and effect". Each keeps other terms alive; none is a duty.
 */
export const SURVIVAL_IN_OTHER_WORDS = /\b(?:terminate|cease|expire)\s+(?:and\s+be\s+of\s+no\s+further\s+\w+\s+)?except\s+(?:for\s+)?(?:those|the\s+following|(?:as\s+(?:provided|set\s+forth)\s+in\s+)?(?:sections?|articles?|clauses?|paragraphs?)\s+[\dIVXivx])|\bcontinue\s+to\s+be\s+bound\s+(?:thereby|by\s+(?:the\s+)?(?:following|those|such)\s+(?:provisions|sections|articles|terms))|\bobligations\s+(?:under|pursuant\s+to|set\s+forth\s+in)\s+(?:this\s+)?(?:sections?|articles?|clauses?|paragraphs?)\s+[\w.()]{1,12}\s+(?:shall|will)\s+(?:continue|remain)\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+)?(?:after|following|beyond|notwithstanding|subsequent\s+to)\b|\b(?:indemnit(?:y|ies)|covenants|representations|warranties)\b[^.;]{0,80}\b(?:shall|will)\s+continue\s+in\s+(?:full\s+)?(?:force|effect)/;
/**
 * Words that make the duty near them one CUAD does not count: the agreement itself going on (a renewal), returning confidential material,
 * sums earned before the end falling due, termination fees and refunds, non-competes, indemnities; and after a partial
 * termination, going on with the "non-terminated portion", which is the agreement still running.
 */
export const NOT_A_SERVICE = /\b(?:non-?|un)terminated\s+(?:portions?|parts?|orders?|purchase\s+orders?|services?|products?)\b|\b(?:work|portions?|parts?)\s+(?:that\s+(?:is|are)\s+|which\s+(?:is|are)\s+)?not\s+(?:so\s+)?terminated\b|(?<!\b(?:to|under|by)\s+(?:this|the)\s+)\bagreement\s+(?:shall|will)\s+(?:\w+\s+){0,2}continue\b|\bconfiden|\bproprietary\s+information|\b(?:business|trade)\s+secrets|\bor\b[^.;]{0,40}\bdestr(?:oy|uction)\b|\bdue\s+and\s+payable|\b(?:fees|amounts|charges|sums|compensat\w*|expenses|payments?|paid|services)\b[^.;]{0,80}\b(?:up\s+to|through|prior\s+to|before)\s+(?:and\s+including\s+)?the\s+(?:effective\s+)?(?:date\s+of\s+)?(?:termination|expiration)|\b(?:rendered|incurred|performed|earned|accrued)\s+(?:\w+\s+){0,3}(?:prior|before)|\b(?:due|owing|owed|earned|accrued|accruing|incurred)\s+(?:[\w-]+\s+){0,4}(?:to|through|until|as\s+of)\s+(?:the\s+)?(?:date|effective\s+date|stage|point)|\bno\s+(?:other|further)\s+(?:compensation|payment|obligation)|\btermination\s+(?:fee|payment|charge)|\brefund|\bliquidated\s+damages|\blitigation\b|\blawsuits?\b|\b(?:legal|judicial|arbitral)\s+proceedings?\b|\bpenalt|\bindemnif|\bprepaid|\bcompet(?:e|ing|itive)\b|\bsolicit|\bcertif(?:y|ication)\b|\bproprietary\b(?!\s+(?:marks?|names?))|\breturn(?:ed)?\b[^.;]{0,60}\b(?:property|documents?|records|information|copies|items|papers|fees?|shares)\b|\b(?:property|documents?|records|information|copies|items|papers|shares)\b[^.;]{0,60}\breturned\b|\b(?:amounts?|sums?|fees|charges|balances?)\s+(?:then\s+)?(?:owed|owing|outstanding|unpaid|due)\b|\boutstanding\s+(?:amounts?|sums?|fees|invoices?|balances?)|\bdamages\b|\battorneys'?\s+fees|\bfees\s+and\s+(?:[\w-]+\s+){0,2}expenses|\b(?:balance|remainder)\s+of\s+the\s+(?:[\w-]+\s+)?(?:term|period)\b|\b(?:maintain|obtain|procure|carry|keep)\b[^.;]{0,120}\binsurance\b|\binsurance\b[^.;]{0,60}\b(?:maintained|in\s+force|in\s+effect)\b/;

/** Help to move to another provider, offered as a duty (not the name of another agreement). */
export const TRANSITION = /\btransition(?:al)?(?:-out)?\s+(?:assistance|services?|support|plan)\b(?!\s+(?:and\s+\w+\s+)?agreement)|\bmigration\s+(?:assistance|services?|support)|\bassist\s+(?:\w+\s+){0,2}(?:in|with)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:transition|migration)|\b(?:orderly|smooth)\s+(?:\w+\s+)?transition|\btermination\s+assistance|\bdisentangle|\bnegotiate\b[^.;]{0,40}\btransition/;
/** A heading over the consequences of the end: "Effect of Termination", "Obligations upon Expiration". */
export const END_HEADING = /\b(?:effects?|consequences?|obligations?|rights?|duties|procedures?)\s+(?:(?:up)?on|of|after|following)\s+(?:the\s+)?(?:termination|expiration|expiry)|\bpost-?termination|\bwind[- ]?down|\bsell[- ]?off/;
/** A sentence that only defines a term: '"Transition Services" means …'. */
export const DEFINITION = /^\W{0,3}(?:[\d.]+\s+)?["\u201c][^"\u201d]{1,80}["\u201d]\s+(?:means|shall\s+mean|has\s+the\s+meaning|is\s+defined)/;
/** A list item marker at the start of a sentence: "(a)", "b)", "(iv)", "c.". */
export const LIST_ITEM = /^\s*(?:\(?[a-z]{1,4}\)|\(?\d{1,2}\)|[a-z]\.\s)/;

/** A grant made now that runs past the end: "hereby grants … during the Term and for six (6) months after the Term". */
export const GRANT = /\bhereby\s+(?:grants?|assigns?|transfers?|conveys?)\b/;
/** The words that carry a grant past the end, not merely to it ("until termination"). */
export const PAST_THE_END = /\b(?:after|following|beyond|effective\s+(?:up)?on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:termination|expiration|expiry|term)\b/;

/** A list lead-in that ends on its modal: "Upon termination, Distributor will:" — each item then starts with the verb. */
export const MODAL_LEAD_IN = /\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s*:\s*$/;
/** An opening that sets the whole sentence in a period after the end: "For twenty-four (24) months following termination of this Agreement, …". */
export const PERIOD_AFTER_END_LEAD = new RegExp(
  `^\\W{0,3}(?:[\\w.]{1,6}\\)?\\s+)?(?:for|during)\\s+(?:a\\s+(?:period|term)\\s+of\\s+)?(?:at\\s+least\\s+)?(?:[\\w()-]+\\s+){1,3}?(?:days?|months?|years?)\\s+(?:after|following|from|beyond)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?${END_NOUN}`,
);
/** Any promise, whatever its verb, for sentences whose opening already places it after the end; not "shall remain in effect" or "shall apply". */
export const ANY_PROMISE = /\b(?:shall|will|must|agrees?\s+to)\s+(?!(?:remain|apply|survive|terminate|expire|be\s+deemed)\b)[a-z]{3,}/g;
/**
 * Survival that says what the surviving terms are for: "shall survive to the extent necessary for the
 * Agent to complete pending transactions", "shall survive … and will continue for as long as Licensee uses the Content".
 */
export const SURVIVES_FOR_A_PURPOSE = /\bsurviv(?:e|es|al)\b[^.;]{0,120}?\b(?:to\s+the\s+extent\s+(?:necessary|required|needed)\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:complete|wind|perform|fulfil|finish|sell|collect|process)|(?:for\s+)?(?:as|so)\s+long\s+as)\b/;
