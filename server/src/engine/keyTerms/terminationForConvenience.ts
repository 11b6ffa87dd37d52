import type { Contract, Sentence, Span } from '../model';
import { toDays, within } from '../facts';
import { readItem, readSentence, type ClauseReading, type SentenceReading } from '../semantics';
import { byMutualConsent, deniesCause, expressesOwnWish, namesCause, restsOnOwnJudgment, saysNoCause } from '../semantics/causes';
import { isLeadIn, itemsAfter } from '../semantics/lists';
import { allSentences, sentencesWithCue } from './cueSentences';
import type { TerminationForConvenienceTerms } from './commercialTypes';
import { AT_ONCE, AT_WILL, BY_NOTICE, ENDING, ENDING_THE_AGREEMENT, FROM_THE_AGREEMENT, NOT_THE_AGREEMENT, ROLLING, TERMINATION_CUE, THE_AGREEMENT, WITHDRAWAL } from './commercial/terminationPhrases';

// A right to end the agreement without cause: a permission to terminate the
// Agreement, held by a party, not refused, with no condition but notice. The
// clause layer says who holds the right, whether it is refused and what
// conditions it carries; a list's items are read with their lead-in, and both
// are reported when an item is such a right.

export function readTerminationForConvenience(contract: Contract): TerminationForConvenienceTerms | null {
  const found: { clause: ClauseReading; sentence: Sentence }[] = [];
  const sentences = new Map<number, Span>();
  const all = allSentences(contract);
  for (const { sentence } of sentencesWithCue(contract, TERMINATION_CUE)) {
    const reading = readSentence(contract, sentence);
    const free = freeRight(reading);
    if (free) {
      found.push({ clause: free, sentence });
      sentences.set(sentence.span.start, sentence.span);
    }
    if (!isLeadIn(reading.lower) || !reading.clauses.some((c) => isEnding(c))) continue;
    // After "may terminate … if:" each item is a condition of the lead-in's right; otherwise an item carries the right.
    const lead = reading.clauses.filter((c) => isEnding(c)).pop();
    const itemsAreConditions = reading.clauses[reading.clauses.length - 1].role === 'condition';
    for (const item of itemsAfter(contract, all, all.indexOf(sentence))) {
      const right = itemsAreConditions
        ? freeCondition(readSentence(contract, item).lower) ? lead : null
        : freeRight(readItem(contract, reading, item));
      if (!right) continue;
      found.push({ clause: right, sentence: item });
      sentences.set(sentence.span.start, sentence.span);
      sentences.set(item.span.start, item.span);
      break;
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.sentence.span.start - b.sentence.span.start);
  const { clause, sentence } = found[0];
  const notice = within(contract.facts.durations, clause.span).find((d) => d.unit !== 'hour')
    ?? within(contract.facts.durations, sentence.span).find((d) => d.unit !== 'hour');
  const first = [...sentences.values()].sort((a, b) => a.start - b.start)[0];
  return {
    span: first,
    party: partyOf(clause),
    holders: [...new Set(found.map((f) => partyOf(f.clause)))],
    noticeDays: notice ? toDays(notice) : null,
    sentences: [...sentences.values()].sort((a, b) => a.start - b.start),
  };
}

/** A permission to end the agreement (or a part of it), not refused. */
function isEnding(clause: ClauseReading): boolean {
  return clause.role === 'main' && clause.modality === 'permission' && !clause.negated
    && (ENDING.test(clause.verb) || clause.alsoVerbs.some((verb) => ENDING.test(verb))
      || (WITHDRAWAL.test(clause.verb) && FROM_THE_AGREEMENT.test(clause.object))
      || (ENDING_THE_AGREEMENT.test(clause.verb) && THE_AGREEMENT.test(clause.object)));
}

/** The first clause of the sentence that grants a right to end the agreement without cause, or null. */
function freeRight(reading: SentenceReading): ClauseReading | null {
  // A refusal anywhere in the sentence ("provided that X agrees not to terminate … unless") restricts the right.
  if (reading.clauses.some((c) => c.negated && (ENDING.test(c.verb) || /^to\s+terminat/.test(c.object)))) return null;
  const index = reading.clauses.findIndex((clause) => isEnding(clause) && isFree(reading, clause));
  if (index >= 0) return reading.clauses[index];
  // "If Customer wishes to terminate this Agreement, it shall give sixty days' notice": the wish is the right.
  const wish = reading.clauses.find((c) => c.role === 'condition' && expressesOwnWish(c.lower) && !byMutualConsent(c.lower) && !namesCause(c.lower));
  return wish && BY_NOTICE.test(reading.lower) && !reading.clauses.some((c) => c !== wish && c.role === 'condition' && !ownWish(c)) ? wish : null;
}

/** A condition that only asks for notice: "(iii) upon the Licensor giving ninety days' notice of termination". */
function freeCondition(lower: string): boolean {
  return BY_NOTICE.test(lower) && !namesCause(lower) && !AT_ONCE.test(lower);
}

/** A condition that is only the holder's own wish to end ("if X desires to terminate") or its own business judgment. */
function ownWish(condition: ClauseReading): boolean {
  return expressesOwnWish(condition.lower) || restsOnOwnJudgment(condition.lower);
}

function isFree(reading: SentenceReading, clause: ClauseReading): boolean {
  if (!clause.passive && NOT_THE_AGREEMENT.test(clause.object)) return false;
  if (clause.passive && NOT_THE_AGREEMENT.test(clause.lower.replace(/^.*?\b(?:terminat|cancel)\w*\s+/, ''))) return false;
  if (byMutualConsent(clause.lower)) return false;
  // "continues from year to year until terminated by either party": the end of a rolling term, read as a renewal.
  if (/\buntil\b/.test(clause.lower) && ROLLING.test(clause.lower)) return false;
  // A lead-in ("may terminate by notice in any of the following events:") is judged by its items.
  const leadIn = /:\s*$/.test(clause.lower);
  if (saysNoCause(clause.lower)) return true;
  if (leadIn) return false;
  // Ending at the end of a term or before it is declining to renew, not ending early.
  // (An anniversary or the end of a calendar quarter is not the end of the term: "effective at the end of any quarter".)
  if (reading.timeAnchors.some((t) => (t.relation === 'at-end' || t.relation === 'before-end') && inside(t.span, clause.span)
    && !endsACalendarPeriod(reading.lower, t.span.end - reading.sentence.span.start) && !/anniversary|commencement/.test(t.text))) return false;
  if (conditionsOf(reading, clause).length > 0 || namesCause(clause.lower) || AT_ONCE.test(clause.lower)) return false;
  return BY_NOTICE.test(clause.lower) || AT_WILL.test(clause.lower);
}

/**
 * The conditions that bind a clause: one that opens the sentence binds every
 * clause of it; others bind the clause they stand next to, up to the next main clause. A condition that is only the
 * holder's own wish ("if Customer wishes to terminate") binds nothing.
 */
function conditionsOf(reading: SentenceReading, clause: ClauseReading): ClauseReading[] {
  const at = reading.clauses.indexOf(clause);
  const out: ClauseReading[] = [];
  for (let i = 0; i < at && reading.clauses[i].role === 'condition'; i++) out.push(reading.clauses[i]);
  for (let i = at - 1; i >= 0 && reading.clauses[i].role !== 'main' && reading.clauses[i].leading; i--) out.push(reading.clauses[i]);
  // A following condition binds this clause unless it leads a main clause of its own ("; (ii) if X, Y may …").
  for (let i = at + 1; i < reading.clauses.length && reading.clauses[i].role !== 'main'; i++) {
    if (reading.clauses[i].leading && leadsOwnClause(reading, i)) break;
    out.push(reading.clauses[i]);
  }
  // "So long as no default exists, …" names the absence of a cause: it binds nothing either.
  return out.filter((c) => c.role === 'condition' && !ownWish(c) && !deniesCause(c.lower));
}

function leadsOwnClause(reading: SentenceReading, at: number): boolean {
  let i = at;
  while (i < reading.clauses.length && reading.clauses[i].role !== 'main') i++;
  const next = reading.clauses[i];
  return next !== undefined && next.modality !== 'statement' && !next.continues;
}

/** "at the end of any calendar quarter", "at the end of each Contract Year": a period inside the term. */
function endsACalendarPeriod(lower: string, after: number): boolean {
  return /^\s*(?:any|each|every|a|the)\s+(?:calendar\s+|contract\s+|fiscal\s+|billing\s+)?(?:month|quarter|year|week)\b/.test(lower.slice(after, after + 40));
}

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function partyOf(clause: ClauseReading): TerminationForConvenienceTerms['party'] {
  const { role } = clause.subject;
  return role === 'either' || role === 'customer' || role === 'provider' ? role : 'named';
}
