import type { Contract, Sentence, Span } from '../model';
import { toDays, within } from '../facts';
import { allSentences, sentencesWithCue } from './cueSentences';
import type { TerminationForConvenienceTerms } from './commercialTypes';
import {
  ALTERNATIVE_RIGHT, AT_ANY_TIME, BY_NOTICE, DENIED, DISCRETION, EXPLICIT, FOR_CAUSE, LEAD_IN_END, LIST_ITEM, MAY_END,
  NEXT_ALTERNATIVE, NO_CAUSE_CONDITION, HEADING, NOT_THE_AGREEMENT, PAGE_NUMBER, PASSIVE_END, REASONS_FOLLOW, TERMINATION_CUE,
} from './commercial/terminationPhrases';

// A right to end the agreement without cause. A sentence that only introduces a
// list ("may be terminated as follows:") is judged by its items: the lead-in
// counts when one item is a free right on notice, and both are reported.

/** How many list items after a lead-in are read; termination lists are short. */
const MAX_ITEMS = 12;

export function readTerminationForConvenience(contract: Contract): TerminationForConvenienceTerms | null {
  let first: Omit<TerminationForConvenienceTerms, 'sentences'> | null = null;
  const sentences: Span[] = [];
  const take = (sentence: Sentence, lower: string): void => {
    if (sentences.some((s) => s.start === sentence.span.start)) return;
    sentences.push(sentence.span);
    if (first) return;
    const notice = within(contract.facts.durations, sentence.span).find((d) => d.unit !== 'hour');
    first = { span: sentence.span, party: partyOf(lower), noticeDays: notice ? toDays(notice) : null };
  };
  for (const { sentence, lower } of sentencesWithCue(contract, TERMINATION_CUE)) {
    const end = MAY_END.exec(lower);
    if (!end) continue;
    const object = lower.slice(end.index + end[0].length, end.index + end[0].length + 80).replace(/^\w*\s*/, '');
    if (!PASSIVE_END.test(lower) && NOT_THE_AGREEMENT.test(object)) continue;
    const free = isFreeRight(lower, end.index);
    // "… may terminate upon notice for:" that reads as free on its own keeps that reading whatever its list says.
    if (LEAD_IN_END.test(lower) && !EXPLICIT.test(lower) && !(free && REASONS_FOLLOW.test(lower))) {
      const item = freeItemAfter(contract, sentence);
      if (item) {
        take(sentence, lower);
        take(item.sentence, `${lower} ${item.lower}`);
      }
      continue;
    }
    if (free) take(sentence, lower);
  }
  if (!first) return null;
  const found: Omit<TerminationForConvenienceTerms, 'sentences'> = first;
  return { ...found, sentences: sentences.sort((a, b) => a.start - b.start) };
}

function isFreeRight(lower: string, at: number): boolean {
  if (DENIED.test(lower)) return false;
  if (EXPLICIT.test(lower)) return true;
  if ((BY_NOTICE.test(lower) || DISCRETION.test(lower)) && !FOR_CAUSE.test(firstAlternative(lower, at).replace(NO_CAUSE_CONDITION, ' '))) return true;
  return laterAlternatives(lower).some((alt) => BY_NOTICE.test(alt) && !FOR_CAUSE.test(alt));
}

/** The alternatives after the first in "terminable by A if …; by A or B upon 60 days' notice; or by B if …", each a right of its own. */
function laterAlternatives(lower: string): string[] {
  return lower.split(';').slice(1).map((part) => part.trim()).filter((part) => ALTERNATIVE_RIGHT.test(part));
}

/** The first item of the list after a lead-in that grants a right without cause: "(a) by Customer for any reason on 30 days' notice;". */
function freeItemAfter(contract: Contract, leadIn: Sentence): { sentence: Sentence; lower: string } | null {
  const all = allSentences(contract);
  const at = all.indexOf(leadIn);
  const sibling = nextMarker(contract.normalized.slice(leadIn.span.start, leadIn.span.end));
  const section = headingOf(contract, leadIn);
  for (let i = at + 1; i > 0 && i < all.length && i <= at + MAX_ITEMS; i++) {
    const text = contract.normalized.slice(all[i].span.start, all[i].span.end);
    const lower = text.toLowerCase();
    if (PAGE_NUMBER.test(lower)) continue;
    if (HEADING.test(text) || headingOf(contract, all[i]) !== section) break;
    // The lead-in's next sibling ("(c)" after "(b) … as follows:") ends its list.
    if (!LIST_ITEM.test(lower) || (sibling !== null && lower.trimStart().startsWith(sibling))) break;
    if (DENIED.test(lower)) continue;
    if (EXPLICIT.test(lower) || (BY_NOTICE.test(lower) && !FOR_CAUSE.test(firstAlternative(lower, 0)))) return { sentence: all[i], lower };
  }
  return null;
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

/** The words that condition the right: all before it, and after it up to the next alternative ("; or (ii) immediately if…"). */
function firstAlternative(lower: string, at: number): string {
  const after = lower.slice(at);
  const stop = after.search(NEXT_ALTERNATIVE);
  // Only a first alternative that is a whole right on notice (or at any time) stands alone; a list of causes is read whole.
  if (stop < 0) return lower;
  const head = after.slice(0, stop);
  if (!BY_NOTICE.test(head) && !AT_ANY_TIME.test(head)) return lower;
  return lower.slice(0, at + stop);
}

function partyOf(lower: string): TerminationForConvenienceTerms['party'] {
  const at = lower.search(MAY_END);
  const before = lower.slice(Math.max(0, at - 80), at);
  if (/\b(?:either|any|each)\s+(?:party|of\s+the\s+parties)|\bthe\s+parties|\bboth\s+parties|\bmay\s+be\s+terminated\s+by\s+(?:either|any)|\bterminated\s+by\s+(?:either|any|each)\b/.test(lower.slice(Math.max(0, at - 80), at + 60))) return 'either';
  if (/\b(?:customer|client|buyer|licensee|subscriber|purchaser)\b/.test(before)) return 'customer';
  if (/\b(?:provider|vendor|supplier|licensor|seller|contractor)\b/.test(before)) return 'provider';
  return 'named';
}
