// Which noun a change qualifier ("as amended", "as may be updated from time to
// time", "current version") is attached to. Only a qualifier on the DPA itself
// (or on the privacy terms it is) makes the DPA mutable: "the California
// Consumer Privacy Act, as amended by …" qualifies a statute, "a subprocessor
// list as may be updated from time to time" a list, "except as amended by this
// DPA" says the DPA changes something else, and "the current version as at the
// date of this DPA" pins a version instead of following it.

/** The DPA as a noun: the paper the buyer signs, or the vendor's privacy terms it incorporates. */
const DPA_NOUN = /\b(?:dpa|addendum|data\s+(?:processing|protection)\s+(?:agreement|terms|exhibit|schedule|annex)|privacy\s+(?:terms|policy))\b/g;
/** Other nouns a change qualifier often follows in DPAs: laws, transfer clauses, lists, instructions, documentation. */
const OTHER_NOUN = /\b(?:acts?|laws?|regulations?|directives?|gdpr|ccpa|cpra|statutes?|codes?|decisions?|clauses|sccs|lists?|sub-?processors?|subcontractors?|instructions?|documentation|information|measures|annex\s+[ivx\d]+|appendix\s+\d+|customer|controller)\b/g;

function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) last = m.index;
  return last;
}

function firstIndexOf(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.index ?? -1;
}

/**
 * Whether the change qualifier at `at` (in the lower-cased sentence, `words` the qualifier as matched)
 * is attached to the DPA: the nearest noun before it is the DPA's, or the qualifier names the DPA itself
 * ("may update this DPA").
 */
export function qualifiesTheDpa(lower: string, at: number, words: string): boolean {
  const after = lower.slice(at, at + words.length + 40);
  // "except as amended by this DPA": the DPA is what amends, not what is amended.
  if (/^as\s+(?:\w+\s+){0,2}amended\s+by\s+(?:this|the)\s+(?:dpa|addendum|data)/.test(after)) return false;
  // "the current version as at the date of this DPA": a version pinned to a date.
  if (/\bcurrent\s+version\s+(?:as\s+(?:at|of)|in\s+force\s+(?:at|on))\s+the\s+(?:date|effective)/.test(after)) return false;
  // "may update this DPA": the qualifier names its own object.
  DPA_NOUN.lastIndex = 0;
  if (/^may\s/.test(words) && DPA_NOUN.test(words)) return true;
  // "the current version of the Data Processing Addendum": the version's noun follows "of".
  const versionOf = /^(?:then[- ])?current\s+version\s+of\s+/.exec(after);
  if (versionOf) {
    const next = lower.slice(at + versionOf[0].length, at + versionOf[0].length + 80);
    const dpa = firstIndexOf(DPA_NOUN, next);
    const other = firstIndexOf(OTHER_NOUN, next);
    return dpa >= 0 && (other < 0 || dpa < other);
  }
  let before = lower.slice(Math.max(0, at - 200), at);
  // "the DPA, which includes the transfer clauses, and as may be amended …": a qualifier coordinated with "and"
  // goes back over the relative clause to the noun the clause describes.
  if (/\band\s*$/.test(before)) before = before.replace(/,\s*(?:that|which|including)\b[^,]*,\s*and\s*$/, ' ');
  return lastIndexOf(DPA_NOUN, before) > lastIndexOf(OTHER_NOUN, before);
}
