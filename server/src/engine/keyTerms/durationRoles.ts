import type { DurationFact, Span } from '../model';

// A renewal sentence usually holds several durations: the initial term, the
// renewal term and the notice period. These cues, read from a few words around
// each duration, tell them apart. Every pattern is anchored to the start or end
// of a short window, so each test is linear in the window's length.

const WINDOW = 60;
const LIST_WINDOW = 100;
const WIDE_WINDOW = 300;

const NOTICE_AFTER = /^\W{0,6}(?:\(\d[\d,]*\)\s*)?(?:calendar |business |working )?(?:days?|months?|years?|weeks?)?\W{0,4}\s*(?:'s?\s*)?(?:or more |or longer |at least )?(?:period\s+)?(?:prior|before|in advance|advance|written notice|notice|notification|preceding|ahead|of\s+(?:the\s+)?(?:expiration|expiry|end\s+of|anniversary|renewal\s+date))/;
const NOTICE_BEFORE = /(?:at least|not less than|no less than|no later than|not later than|no fewer than|not fewer than|minimum of|upon|giving|gives|give|given|provides?|providing|notice\s+(?:period\s+)?of)\s+(?:the\s+|an?\s+)?$/;
// "upon the following written notice to the other party: sixty (60) days for …, ninety (90) days for …"
const NOTICE_LISTED = /\bfollowing\s+(?:(?:prior|advance|written)\s+){0,2}notice\b[^.;:]{0,70}:\s*(?:\(?[a-z0-9]{1,3}\)\s*)?$/;
// "(such fifteen (15) year period, as it may be extended, is referred to as the "Term")": the period the term is named after is the first one.
const NAMED_THE_TERM = /^[^.;()]{0,100}\b(?:referred\s+to\s+(?:herein\s+|below\s+)?as|called)\s+the\s+"(?:initial\s+|original\s+)?term"/;
const TERM_BEFORE = /(?:successive|additional|further|another|renewal|extension|extended|renewed|renew|renews|continue|periods? of|terms? of|each|consecutive|subsequent)\W+(?:(?:an?|one|the|of|for|periods?|terms?)\s+){0,3}$/;
const TERM_AFTER = /^\W{0,6}(?:\(\d[\d,]*\)\s*)?\S{0,10}\s*(?:periods?|terms?|increments?|renewal|extension|basis|intervals?|renewals?)\b/;
const INITIAL_BEFORE = /(?:initial|original|first)\s+(?:\w+\s+){0,10}$/;
const INITIAL_AFTER = /^[^.;]{0,40}\(\s*(?:the|each|an?)?\s*"?(?:initial|original)\b|^[^.;]{0,30}\b(?:from|following|after|(?:commencing|beginning|starting)\s+(?:on|upon|as\s+of|from|with)) (?:the|such) (?:effective|commencement|start|date)/;

export interface DurationRoles {
  readonly notice: boolean;
  readonly term: number;
  readonly initial: boolean;
}

/**
 * How a duration reads in its sentence: as a notice period ("sixty (60) days
 * prior to"), as a period the agreement runs for ("successive one (1) year
 * terms"), and whether that period is the initial one.
 */
export function rolesOf(lower: string, sentenceStart: number, duration: DurationFact): DurationRoles {
  const at = duration.span.start - sentenceStart;
  const end = duration.span.end - sentenceStart;
  // PDF copies pad lines with runs of spaces; squeezed, the cues fit their windows as they would in clean text.
  const before = squeeze(lower.slice(Math.max(0, at - WIDE_WINDOW), at)).slice(-WINDOW);
  const after = squeeze(lower.slice(end, end + WIDE_WINDOW)).slice(0, WINDOW);
  const listedBefore = squeeze(lower.slice(Math.max(0, at - WIDE_WINDOW), at)).slice(-LIST_WINDOW);
  // "at least annually" is a frequency, never a notice period.
  const notice = !duration.recurring && (NOTICE_AFTER.test(after) || ((NOTICE_BEFORE.test(before) || NOTICE_LISTED.test(listedBefore)) && !TERM_AFTER.test(after)));
  let term = 0;
  if (TERM_BEFORE.test(before)) term += 2;
  if (TERM_AFTER.test(after)) term += 2;
  if (duration.recurring) term += 2;
  const initial = INITIAL_BEFORE.test(before) || INITIAL_AFTER.test(after) || NAMED_THE_TERM.test(squeeze(lower.slice(end, end + WIDE_WINDOW)).slice(0, 120));
  return { notice, term, initial };
}

export function offsetIn(lower: string, sentence: Span, pattern: RegExp): Span | null {
  const m = pattern.exec(lower);
  return m ? { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } : null;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}
