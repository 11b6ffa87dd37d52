// Cue patterns for the exit reader, tested against lower-case sentences (flat
// alternations and bounded gaps only).

export const EXPORT = /\bexport|\bretriev|\bdownload|\bextract(?:ion)?\b|\bportab|\bmigrat|\bcopy\s+of\s+(?:all\s+)?(?:the\s+)?(?:customer|your)?\s*(?:data|content|recordings)|\breturn\s+(?:to\s+customer\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:customer|your)?\s*(?:data|content|recordings)|\bmake\s+(?:\w+\s+){0,4}available\s+(?:to\s+customer\s+)?for\s+(?:download|export|retrieval)/;
/** Export-control law, not data export. */
export const EXPORT_CONTROL = /\bexport\s+(?:control|law|regulation|restriction|administration)|\bre-?export|\bofac\b|\bembargo|\bsanction|\bitar\b/;
export const DATA_OBJECT = /\bdata\b|\bcontent\b|\brecordings?\b|\brecords\b|\binformation\b|\bfiles\b/;
export const END = /\bterminat|\bexpir|\bcancel|\bend\s+of\s+(?:the|this|any|such)\b|\bwind-?down|\bafter\s+the\s+(?:term|agreement)/;
export const END_HEADING = /\bterminat|\bexpir|\bcancel|\bexit\b|\btransition|\bdata\s+(?:retrieval|return|export|portability)/;
/** Exports during use are a feature, not an exit right. */
export const ROUTINE = /\broutinely|\bregularly|\bperiodically|\bon\s+an\s+ongoing\s+basis|\bduring\s+the\s+(?:term|subscription)|\bat\s+any\s+time\s+during/;
/** The buyer's duty to save its own data before the end: the opposite of an exit right. */
export const CUSTOMER_DUTY = /\b(?:customer|you)\s+(?:is|are)\s+(?:solely\s+)?responsible\s+for\s+(?:exporting|retrieving|backing|downloading)|\bmust\s+(?:\w+\s+){0,2}(?:export|retrieve|download)\s+[^.;]{0,60}\b(?:before|prior\s+to)\b|\bno\s+(?:obligation|duty)\s+to\s+(?:\w+\s+){0,2}(?:return|export|retain|provide)/;

export const FORMAT = /\b(?:csv|json|xml|wav|mp3|pdf|sql|xlsx|parquet|mp4|ogg|flac|ndjson)\b|\bcomma[- ]separated/g;
export const FORMAT_BY_PROVIDER = /\bformat\s+(?:\w+\s+){0,3}(?:determined|chosen|selected)\s+by\s+(?:provider|vendor|supplier|company)|\b(?:provider|vendor|supplier)(?:'s)?\s+(?:then-current\s+)?(?:standard|choice\s+of|chosen)\s+(?:export\s+)?format|\bformat\s+of\s+(?:provider|vendor|supplier)(?:'s)?\s+choosing|\bas\s+determined\s+by\s+(?:provider|vendor|supplier)|\bformat\s+(?:\w+\s+){0,2}(?:provider|vendor|supplier)\s+(?:may\s+)?(?:reasonably\s+)?(?:determines?|selects?|chooses?)/;

/** What follows a duration that makes it the export's delivery time: "of Customer's request". */
export const AFTER_REQUEST = /^\s*\)?\s*(?:after|following|of|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:such\s+|its\s+|customer's\s+|a\s+|any\s+)?(?:written\s+)?(?:request|receipt)/;
/** What follows a duration that counts it from the end: "after termination". */
export const AFTER_END = /^\s*\)?\s*(?:after|following|of|from|beyond)\s+(?:the\s+)?(?:effective\s+)?(?:date\s+of\s+)?(?:any\s+|such\s+)?(?:termination|expiration|expiry|cancellation|the\s+end|end\s+of)/;
export const ACCESS = /\baccess|\bretriev|\bexport|\bdownload|\bavailable|\bcontinue\s+to\s+use|\bextract\b/;
/** "each party shall return the other's Confidential Information": a return of the buyer's data where its data is Confidential Information. */
export const RETURN_CONFIDENTIAL = /\breturn\b[^.;]{0,80}\bconfidential\s+information/;
/** The draft makes the buyer's data its Confidential Information, so a return of that information returns the data. */
export const DATA_IS_CONFIDENTIAL = /\b(?:customer|client|your)\s+(?:data|content)\b[^.;]{0,60}\b(?:is|are|constitutes?|shall\s+be\s+(?:deemed|considered|treated\s+as))\b[^.;]{0,30}\bconfidential\s+information|\bconfidential\s+information\b[^.;]{0,80}\binclud(?:es|ing)\b[^.;]{0,40}\b(?:customer|client|your)\s+(?:data|content)\b/;
export const DELETE = /\bdelet|\bdestr(?:oy|uction)|\beras|\bpurg/;
export const ON_REQUEST = /\b(?:on|upon|at)\s+(?:the\s+)?(?:customer's|your|its|written)?\s*(?:written\s+)?(?:request|instruction|direction|election)/;
export const IMMEDIATE_END = /\bimmediately\s+(?:\w+\s+){1,4}(?:upon|after|following|on)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:termination|expiration|cancellation)|\bimmediately\s+(?:upon|after|following|on)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:termination|expiration|cancellation)|\b(?:upon|on|at)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:termination|expiration|cancellation)[^.;]{0,60}\bimmediately\b/;
export const ACCESS_ENDS = /\bno\s+longer\s+(?:have\s+)?(?:any\s+)?(?:right\s+to\s+)?(?:use|access)|\b(?:access|right\s+to\s+use)\s+(?:\w+\s+){0,4}(?:will|shall)\s+(?:immediately\s+)?(?:cease|terminate|end)|\binaccessible\b|\bcease\s+(?:all\s+)?(?:use|access)/;

export const NO_CHARGE = /\bno\s+(?:additional\s+|extra\s+)?(?:charge|cost|fee)|\bfree\s+of\s+charge|\bwithout\s+(?:additional\s+|further\s+|any\s+)?(?:charge|cost|fee)|\bat\s+no\s+(?:additional\s+|extra\s+)?(?:charge|cost)/;
export const EXTRA_CHARGE = /\bthen[- ]current\s+(?:[a-z]+\s+){0,3}(?:rates|fees|prices|charges)\b|\bstandard\s+(?:rates|fees|hourly)|\bprofessional\s+services\s+(?:rates|fees)|\btime\s+and\s+materials|\badditional\s+(?:fees?|charges?|costs?)|\bat\s+(?:customer's|your)\s+(?:own\s+|sole\s+)?(?:expense|cost)|\b(?:reasonable|applicable)\s+(?:fees?|charges?|costs?)|\bfees?\s+to\s+be\s+agreed|\bsubject\s+to\s+(?:the\s+)?payment|\bfor\s+a\s+fee\b|\bcustomer\s+(?:shall|will)\s+(?:pay|reimburse)/;

export const TRANSITION = /\btransition(?:al)?\s+(?:assistance|services?|support|period|plan)|\bmigration\s+(?:assistance|services?|support)|\bassist\s+(?:\w+\s+){0,2}(?:in|with)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:transition|migration)|\borderly\s+transition|\btermination\s+assistance|\bdisentangle/;
export const RECORDINGS = /\brecordings?\b|\baudio\b|\bcall\s+records?\b|\bvoice\s+(?:data|files)/;
export const CONTACT_CENTER = /\brecordings?\b|\bcall\s+record|\bcontact\s+cent(?:er|re)|\bcall\s+cent(?:er|re)|\bivr\b|\binteractive\s+voice/;

export const CUSTOMER_DATA = /\b(?:customer|client|your|user|end[- ]user)\s+(?:data|content|materials|records)\b|\bpersonal\s+(?:data|information)\b|\brecordings?\b|\btranscripts?\b/;
