// Cue patterns for "any audit right in the contract" (CUAD's Audit Rights),
// tested against lower-case sentences. Every gap is bounded ({0,n}) and no
// quantifier nests over an overlapping class, so none can backtrack badly.
//
// Contracts grant the right in a few recurring shapes:
//   - a holder with a permission word and an inspection verb: "X shall have
//     the right, on notice, to audit", "X may inspect", "X may engage an
//     accountant to examine";
//   - the audited party letting the holder in: "shall permit X to inspect",
//     "will permit examination thereof", "shall allow access to its facilities";
//   - the records kept open: "records shall be available for inspection",
//     "shall make its books available to X for audit";
// and then say how the audit runs (notice, hours, frequency, who pays, what
// an underpayment costs). Those mechanics only mean an audit right where a
// grant sits close by.

/** The verbs of checking the other side: audit, inspect, examine, visit, observe. */
const VERB = String.raw`(?:audit(?:s|ed)?|(?:re-?)?inspect(?:s|ed)?|(?:re-?)?examine|visit|observe)\b`;
/** One word of a gap, possessives included ("the owner's inspection"). */
const W = String.raw`[\w'\u2019-]+,?\s+`;
/** A permission word, then maybe an aside between commas: "the right, on thirty days' notice,". */
const ASIDE = String.raw`(?:(?:\s+\w+)?,[^;]{0,200}?,)?\s+`;
const PERMISSION = String.raw`\b(?:right|rights|entitled|authori[sz]ed|permitted|opportunity)\b` + ASIDE;
const MAY = String.raw`\bmay\b` + ASIDE;
/** Audit, inspection or examination as a thing done. */
const NOUN = String.raw`(?:audits?|inspections?|examinations?|visits?|inspection\s+rights|audit\s+rights)\b`;

/** "the right (, on notice,) to (have an accountant) inspect", "entitled to audit", "may audit". */
export const HOLDER_MAY = new RegExp([
  PERMISSION + String.raw`(?:\w+\s+){0,4}to\s+(?:${W}){0,6}?` + VERB,
  PERMISSION + String.raw`(?:\w+\s+){0,4}to\s+(?:\w+\s+){0,3}(?:conduct|perform|carry\s+out|undertake|request|make|have|require|cause)\s+(?:${W}){0,4}` + NOUN,
  MAY + String.raw`(?:\w+\s+){0,3}?` + VERB,
  MAY + String.raw`(?:\w+\s+){0,3}(?:conduct|perform|carry\s+out|undertake|request|make)\s+(?:\w+\s+){0,4}` + NOUN,
  // "may engage / appoint / designate an independent accountant (…) to audit", "the right, on notice, to cause a firm to audit".
  String.raw`\b(?:may|right|rights|entitled)\b` + ASIDE + String.raw`(?:to\s+)?(?:\w+\s+){0,2}(?:engage|appoint|designate|retain|select|use|send|cause)\b[^;]{0,240}?\bto\s+(?:\w+\s+){0,3}?` + VERB,
  // "may have an authorized representative, at its cost, audit the records".
  String.raw`\b(?:may|right\s+to)\b` + ASIDE + String.raw`have\s+[^;]{0,160}?\b` + VERB,
  String.raw`\baudit\s+rights?\b`,
].join('|'));

/** The audited party letting the holder in: "shall permit X to inspect", "allow examination thereof". */
export const PARTY_PERMITS = new RegExp([
  String.raw`\b(?:permit|allow|authori[sz]e|enable|grant)s?\b[^;]{0,240}?\bto\s+(?:\w+\s+){0,3}?` + VERB,
  String.raw`\b(?:permit|allow)s?\s+(?:${W}){0,4}` + NOUN,
  String.raw`\b(?:permit|allow|enable)s?\b[^;]{0,160}?\bto\s+(?:conduct|perform|carry\s+out|make)\s+(?:${W}){0,4}` + NOUN,
  String.raw`\b(?:permit|allow)s?\b[^;]{0,40}?\bto\s+be\s+(?:audited|inspected|examined|reviewed)`,
  String.raw`\bsubject\s+to\s+(?:\w+\s+){0,2}(?:audits?|inspections?|examinations?)\s+(?:by|at\s+the\s+request)`,
  // The grant's verb phrase alone, when a page break cut the sentence: "… firm to audit such books and records".
  String.raw`\bto\s+(?:audit|inspect|examine)\s+(?:\w+\s+){0,3}(?:books|records|premises|facilit(?:y|ies))\b`,
  String.raw`\b(?:submit|contribute)s?\s+to\s+(?:\w+\s+){0,2}(?:audits?|inspections?)`,
].join('|'));

/** Books or records kept open: "available for inspection", "open to examination", "make its books available to X to audit". */
export const RECORDS_OPEN = new RegExp([
  String.raw`\b(?:available|open|accessible)\b\s+(?:${W}){0,6}?(?:for|to)\s+(?:${W}){0,4}?(?:inspection|examination|audit|review|copying)`,
  String.raw`\b(?:make|made|makes|making)\s+(?:${W}){0,8}?available\b[^;]{0,400}?\b(?:to\s+(?:\w+\s+){0,3}?` + VERB + String.raw`|(?:to\s+)?(?:verify|confirm|determine|ascertain)\b)`,
  // A partnership's books "open to each partner": "shall be open to every Partner".
  String.raw`\b(?:fully\s+)?(?:available|open)\s+to\s+(?:each|either|any|every)\s+(?:party|parties|partner|member|joint|participant|venturer|shareholder)`,
].join('|'));

/** Access given to the holder, to the audited party's books or places. */
export const ACCESS = /\b(?:have|give|gives|provide|provides|grant|grants|afford|afforded|permit|permits|allow|allows|with),?\s+(?:[\w'\u2019-]+,?\s+){0,6}?(?:full|reasonable|complete|unrestricted|free)?\s*(?:rights?\s+of\s+)?access\b[^;]{0,160}?\b(?:books|records|accounts|premises|facilit(?:y|ies)|sites?|properties|offices|plants?|warehouses?|factor(?:y|ies))\b/;
/** Where access is only to places, an inspection purpose makes it an audit right rather than a way to deliver the service. */
export const CHECKING_PURPOSE = /\b(?:audit|inspect|examin|verif|monitor|observ|ascertain)/;
export const RECORD_WORDS = /\b(?:books|records|accounts)\b/;

/** The audited things that make a bare inspection verb an audit: books, records, places, operations. */
export const AUDITED_THING = /\b(?:books?|records?|accounts|accounting|ledgers?|documents?|documentation|facilit(?:y|ies)|premises|plants?|sites?|offices|operations|warehouses?|factor(?:y|ies)|properties|systems|stock|inventor(?:y|ies)|procedures|processes|work|unit|materials|time\s+sheets|tax\s+returns)\b/;
/** "audit" itself needs no object: "right to audit" is already about the counterparty. */
export const AUDIT_WORD = /\baudit(?:s|ed|ing|or|ors)?\b/;

/** How an audit runs: who pays, an underpayment threshold, frequency, hours, notice, confidentiality. */
export const MECHANICS = /\b(?:cost|costs|expense|expenses|underpa(?:y|id|yment)|overpa(?:y|id|yment)|understate|overcharge|discrepanc|shortfall|deficienc|once|business\s+hours|working\s+hours|normal\s+hours|notice|confidential|reveals?|disclos|shows?|establishes|results)/;
export const AUDIT_THING = /\b(?:such|any|the|an|each|all|this|that)\s+(?:\w+\s+){0,2}(?:audits?|inspections?|examinations?)\b|\b(?:audits?|inspections?)\s+(?:may|shall|will)\b/;

/** Audit in another sense: the company's own auditors, its financial statements, a regulator's inspection. */
export const OTHER_SENSE = /\baudited\s+(?:\w+\s+){0,2}(?:financial|statements?|accounts|balance)|\baudit\s+committee|\bunaudited\b|\bin\s+(?:their|its)\s+opinion\b|\bcomfort\s+letter|\bstatutory\s+auditor|\bindependent\s+(?:registered\s+)?public\s+accounting\s+firm\s+(?:of|for)\s+the\s+company|\bgenerally\s+accepted\s+auditing/;
/** Inspection of goods on delivery and inspection of a vehicle or plant for service: quality acceptance, not an audit. */
export const GOODS_INSPECTION = /\b(?:visual|incoming|acceptance|service|pre-?delivery)\s+inspection|\binspect(?:ion)?\s+(?:of\s+)?(?:the\s+|such\s+|each\s+|any\s+)?(?:products?|goods|shipments?|deliver(?:y|ies)|vehicles?|equipment\s+upon)\b|\bupon\s+(?:receipt|delivery)\b|\bproducts?\s+(?:\w+\s+){0,3}subject\s+to\s+inspection/;
/** A regulator's inspection: the parties only let it happen, neither holds the right. */
export const REGULATOR_INSPECTION = /\b(?:inspections?|audits?)\s+(?:[\w'\u2019-]+\s+){0,6}?by\s+(?:\w+\s+){0,2}(?:regulatory|governmental|government)\s+(?:authorit|agenc|bod)|\b(?:fda|regulatory\s+authority|governmental\s+authority)\s+inspections?\b/;
