import type { Contract, Sentence } from '../../model';

// A term that starts on a named day rather than the effective date ("The
// Term starts on the Launch Date") counts
// from that day when the draft dates it elsewhere ("the launch date of the
// Member Portal shall be October 2nd, 2017", `"Go-Live Date" means
// March 3, 2020`). A named day the draft leaves undated gives no start at all,
// so the caller falls back to the effective date only when nothing is named.

/** "… from the Launch Date", "commencing on the Go-Live Date": the name of the day the term starts. */
const STARTS_ON_NAMED_DAY = /\b(?:commenc\w*|begin\w*|start\w*|from)\s+(?:on\s+|upon\s+|with\s+)?the\s+((?:[a-z]+[- ]){1,2})date\b/;
/** Names that are the agreement's own start: the caller already knows them as the effective date. */
const OWN_START = /^(?:effective|execution|signing|signature|agreement|contract|commencement|start)[- ]$/;
/** How far after the name a date may sit in the sentence that dates it ("… shall be September 1st, 1999"). */
const NAME_TO_DATE = 80;

export interface NamedStart {
  /** The day's name as written, lower-cased, without "date": "launch ". */
  readonly name: string;
  /** YYYY-MM-DD when the draft dates that day elsewhere, else null. */
  readonly iso: string | null;
}

/** The named day the term starts on, from the term sentence or the one after it (a "Term" heading's second sentence). */
export function namedStart(contract: Contract, lowers: readonly string[]): NamedStart | null {
  for (const lower of lowers) {
    const m = STARTS_ON_NAMED_DAY.exec(lower);
    if (!m || OWN_START.test(m[1])) continue;
    return { name: m[1], iso: datedDay(contract, m[1]) };
  }
  return null;
}

/** The date the draft gives the named day: "<name> date … shall be/is/means <date>", or `<date> (the "<Name> Date")`. */
function datedDay(contract: Contract, name: string): string | null {
  const text = contract.normalized;
  const words = name.trim().split(/[- ]/).join('[- ]');
  const before = new RegExp(`\\b${words}\\s+date\\b[^.;]{0,${NAME_TO_DATE}}?(?:shall\\s+be|will\\s+be|is|means|:)\\s*(?:on\\s+)?(?:the\\s+)?$`);
  const after = new RegExp(`^\\s*,?\\s*\\(\\s*(?:the\\s+)?"${words}\\s+date"`);
  for (const date of contract.facts.dates) {
    const lead = text.slice(Math.max(0, date.span.start - NAME_TO_DATE - 40), date.span.start).toLowerCase();
    const tail = text.slice(date.span.end, date.span.end + 40).toLowerCase();
    if (before.test(lead) || after.test(tail)) return date.iso;
  }
  return null;
}

/** The sentence after `sentence`, when it belongs to the same clause. */
export function nextSentence(sentences: readonly Sentence[], sentence: Sentence): Sentence | undefined {
  const at = sentences.indexOf(sentence);
  return at >= 0 ? sentences[at + 1] : undefined;
}
