// A list that runs over several sentences: a lead-in ending in a colon ("This
// Agreement may be terminated as follows:") and its items ("(a) by Customer on
// sixty days' notice;"). An item is read with its lead-in: an item without a
// modal of its own carries the lead-in's subject, modal and verb.
import type { Contract, Sentence } from '../model';

/** How many items after a lead-in are read; lists in contracts are short. */
const MAX_ITEMS = 12;

/** "(a)", "(iv)", "1.", "1.2.1", "a." or a bare "By"/"Upon" item, at the start of a sentence. */
const ITEM = /^\s*(?:\(?[a-z0-9]{1,4}\)|(?:\d{1,3}\.){1,4}\d{0,3}\.?\s|[a-z]\.\s)|^\s*(?:by|upon|on|at|either|any|the|for|if|in)\b/;
/** A heading after the list ("8.5 EFFECTS OF TERMINATION."): the list has ended. */
const HEADING = /^\s*(?:\(?[A-Za-z0-9]{1,4}\)|(?:\d{1,3}\.){1,4}\d{0,3}\.?)?\s*[A-Z][A-Z\s&,'-]{3,80}\.?\s*$/;
/** A page number or footer that a list may straddle ("- 3 -", "5"). */
const PAGE_NUMBER = /^\s*-?\s*\d{1,3}\s*-?\s*$/;

/** Whether the sentence introduces a list: it ends in a colon. */
export function isLeadIn(lower: string): boolean {
  return /:\s*$/.test(lower);
}

/** The items of the list a lead-in introduces, in order (the sentences after it that are items of its list). */
export function itemsAfter(contract: Contract, sentences: readonly Sentence[], at: number): Sentence[] {
  const leadIn = sentences[at];
  const sibling = nextMarker(contract.normalized.slice(leadIn.span.start, leadIn.span.end));
  const section = headingOf(contract, leadIn);
  const items: Sentence[] = [];
  for (let i = at + 1; i < sentences.length && i <= at + MAX_ITEMS; i++) {
    const text = contract.normalized.slice(sentences[i].span.start, sentences[i].span.end);
    const lower = text.toLowerCase();
    if (PAGE_NUMBER.test(lower)) continue;
    if (HEADING.test(text) || headingOf(contract, sentences[i]) !== section) break;
    // The lead-in's next sibling ("(c)" after "(b) … as follows:") ends its list.
    if (!ITEM.test(lower) || (sibling !== null && lower.trimStart().startsWith(sibling))) break;
    items.push(sentences[i]);
  }
  return items;
}

/** The heading a sentence sits under: a list does not run on into the next section. */
function headingOf(contract: Contract, sentence: Sentence): number {
  return contract.clauses.find((c) => c.span.start <= sentence.span.start && sentence.span.start < c.span.end)?.headingIndex ?? -1;
}

/** The marker a lead-in's next sibling would carry, lower-cased: "(b)" → "(c)", "C." → "d.", "5.2" → "5.3"; null without one. */
function nextMarker(leadIn: string): string | null {
  const m = /^\s*(\(?)([a-z]|\d{1,3})(\)|\.)(?=\s)|^\s*((?:\d{1,3}\.){1,3})(\d{1,3})\b/i.exec(leadIn);
  if (!m) return null;
  if (m[4] !== undefined) return `${m[4]}${Number(m[5]) + 1}`;
  const [, open, mark, close] = m;
  const next = /\d/.test(mark) ? String(Number(mark) + 1) : String.fromCharCode(mark.toLowerCase().charCodeAt(0) + 1);
  return `${open}${next}${close}`;
}
