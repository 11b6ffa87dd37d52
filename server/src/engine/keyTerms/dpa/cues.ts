// Literal cue patterns for the DPA reader, tested against lower-case sentences.
// Each is a flat alternation or uses bounded gaps only (no nested quantifiers).

export const DPA_REFERENCE = /\bdata\s+(?:processing|protection)\s+(?:agreement|addendum|terms|exhibit|schedule|annex)|\bdpa\b|\bprivacy\s+addendum/;
/** "this DPA", "this Addendum": the draft talking about itself, not about another document. */
export const SELF_REFERENCE = /\bthis\s+(?:dpa|addendum|data\s+(?:processing|protection)\s+(?:agreement|addendum))/;
export const DATA_PROTECTION_HEADING = /data\s+(?:protection|processing|privacy)|\bprivacy\b|personal\s+(?:data|information)|\bgdpr\b/;
export const PERSONAL_DATA = /\bpersonal\s+(?:data|information)\b|\bpersonally\s+identifiable|\b(?:call|interaction|voice|audio)\s+recordings?\b|\btranscripts?\b|\bdata\s+subjects?\b|\bcustomer\s+records\b|\bcontact\s+records\b/;

export const URL = /\bhttps?:\/\/[^\s)\]>"']+|\bwww\.[^\s)\]>"']+|\b(?:on|at|via)\s+(?:the\s+)?(?:provider|vendor|supplier|company)(?:'s)?\s+(?:web\s*site|web\s+page|online\s+portal|trust\s+cent(?:er|re))/;
export const MUTABLE = /\bas\s+(?:may\s+be\s+)?(?:amended|updated|modified|revised|changed)\b(?:\s+(?:by\s+\w+\s+)?from\s+time\s+to\s+time\b)?|\bfrom\s+time\s+to\s+time\b|\b(?:then[- ])?current\s+version\b|\bmay\s+(?:\w+\s+){0,2}(?:update|modify|amend|change|revise)\s+(?:this|the|its)\s+(?:dpa|data\s+pro|addendum|privacy)/;
export const AGREED_CHANGE = /\bwritten\s+agreement|\bsigned\s+by\s+(?:both|each)|\bmutual(?:ly)?\b|\bby\s+both\s+parties|\bagreed\s+in\s+writing/;

export const RESIDENCY_VERB = /\bstor(?:e|ed|es|ing|age)\b|\bhost(?:ed|s|ing)?\b|\bprocess(?:ed|es)?\b|\blocat(?:ed|ion)\b|\bresid(?:e|es|ency|ent)\b|\bdata\s+cent(?:er|re)s?\b|\bmaintain(?:ed|s)?\b|\bkept\b/;
/** Regions as written (lower case) → the name the key term reports. */
export const REGIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/european\s+union\b|\beu\b/, 'European Union'],
  [/european\s+economic\s+area\b|\beea\b/, 'European Economic Area'],
  [/united\s+states\b|\bu\.s\.(?:a\.)?|\busa\b/, 'United States'],
  [/united\s+kingdom\b|\buk\b/, 'United Kingdom'],
  [/\bcanada\b/, 'Canada'],
  [/\baustralia\b/, 'Australia'],
  [/\bgermany\b/, 'Germany'],
  [/\bswitzerland\b/, 'Switzerland'],
  [/\bjapan\b/, 'Japan'],
  [/\bindia\b/, 'India'],
  [/\bsingapore\b/, 'Singapore'],
  [/\bbrazil\b/, 'Brazil'],
  [/\bnorth\s+america\b/, 'North America'],
  [/\beurope\b/, 'Europe'],
  [/\bfrance\b/, 'France'],
  [/\bireland\b/, 'Ireland'],
  [/\bnetherlands\b/, 'Netherlands'],
];
/** The words right before a region that make it a place of storage: "in the", "within". */
export const IN_REGION = /\b(?:in|within)\s+(?:the\s+)?(?:(?:western|northern|southern|eastern|central)\s+)?$/;
/** "may not use subcontractors located outside the Member States of the EU": storage kept inside the region, said as a refusal. */
export const OUTSIDE_REGION = /\boutside\s+(?:of\s+)?(?:the\s+)?(?:member\s+states\s+of\s+the\s+)?$/;

/** Subprocessors by their other names too: "subcontractors", "ulterior subcontractors", "subsequent processors". */
export const SUBPROCESSOR = /\bsub-?processors?\b|\bsub-?processing\b|\bsub-?contractors?\b|\b(?:subsequent|ulterior|further)\s+processors?\b/;
export const SUBPROCESSOR_LIST = /\blist\b|\blisted\b|\bidentit(?:y|ies)\b|\bset\s+(?:out|forth)\b|\bannex\b|\bschedule\b|\bappendix\b|\bexhibit\b|\bavailable\s+at\b|https?:|\bdisclos/;
export const NOTICE = /\bnotif|\binform\b|\bnotice\b|\badvise\b/;
export const CHANGE = /\bnew\b|\bchang|\badd(?:ition|s|ing|ed)?\b|\breplac|\bengag|\bappoint/;
export const OBJECT = /\bobject(?:s|ion|ions)?\b|\bcontest\b|\boppose\b/;

export const BREACH = /\bsecurity\s+(?:incident|breach|event)|\bdata\s+incident|\bincidents?\s+(?:involving|affecting)\s+(?:customer|personal)\s+data|\bdata\s+(?:security\s+)?breach|\bpersonal\s+data\s+breach|\bbreach\s+of\s+(?:security|personal\s+data)|\bunauthori[sz]ed\s+(?:access|disclosure|acquisition)/;
export const BREACH_NOTICE = /\bnotif|\binform\b|\bnotice\b|\breport\b|\balert\b/;
export const VAGUE_TIMING = /\bwithout\s+undue\s+delay|\bpromptly\b|\bas\s+soon\s+as\s+(?:reasonably\s+)?(?:practicable|possible|feasible)|\bwithout\s+delay|\bexpeditiously\b|\bin\s+a\s+timely\s+manner|\btimely\b|\bimmediately\b/;

export const AUDIT = /\baudit|\binspect/;
export const REPORTS_ONLY = /\bwritten\s+(?:responses?|answers?)\b|\bsummar(?:y|ies)\s+of\s+(?:\w+\s+){0,2}audit|\baudit\s+report\s+summar|\bonly\s+(?:exercise|by|through)\b|\bsolely\s+(?:by|through)\b|\bin\s+lieu\s+of\b|\binstead\s+of\b|\blimited\s+to\s+(?:\w+\s+){0,3}(?:reports?|certif|questionnaires?|summar)|\bsatisf(?:y|ies|ied)\s+(?:by|through)\b/;
export const REPORTS = /\bsoc\s*(?:1|2|ii)\b|\bsoc\s+(?:type|report)|\biso\s*\/?\s*(?:iec\s*)?27001|\baudit\s+reports?\b|\bsummary\s+(?:copy|report)|\bthen-current\s+report|\bcertifications?\b|\bquestionnaires?\b/;

export const DELETE_OR_RETURN = /\bdelet(?:e|ed|es|ion)\b|\bdestr(?:oy|oyed|uction)\b|\beras(?:e|ed|ure)\b|\bpurg(?:e|ed)\b|\breturn\b/;
export const DATA_OBJECT = /\bdata\b|\bcontent\b|\bpersonal\s+information\b|\brecordings?\b/;

/** Privacy laws (lower-case patterns) → the name the key term reports. "UK GDPR" is told apart from GDPR by the reader. */
export const LAWS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\buk\s+gdpr\b/g, 'UK GDPR'],
  [/\bgdpr\b|\bgeneral\s+data\s+protection\s+regulation\b|\bregulation\s+(?:\(eu\)\s+)?2016\/679/g, 'GDPR'],
  [/\bccpa\b|\bcalifornia\s+consumer\s+privacy\s+act\b/g, 'CCPA'],
  [/\bcpra\b|\bcalifornia\s+privacy\s+rights\s+act\b/g, 'CPRA'],
  [/\bhipaa\b|\bhealth\s+insurance\s+portability\s+and\s+accountability/g, 'HIPAA'],
  [/\bpipeda\b/g, 'PIPEDA'],
  [/\blgpd\b/g, 'LGPD'],
  [/\bdata\s+protection\s+act\s+2018\b/g, 'UK Data Protection Act 2018'],
  [/\bswiss\s+federal\s+(?:act\s+on\s+)?data\s+protection|\bfadp\b/g, 'Swiss FADP'],
  [/\bvcdpa\b|\bvirginia\s+consumer\s+data\s+protection/g, 'VCDPA'],
  [/\bgramm-leach|\bglba\b/g, 'GLBA'],
];
