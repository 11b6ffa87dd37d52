import type { Sentence, Span } from '../../model';

// A notice requirement whose length was redacted or left blank in the copy:
//   "unless either party gives notice of non-renewal [***] prior to the end of the term"
//   "no later than [* * *] days prior to the expiration"
//   "at least [***] ([***]) days before", "upon ______ days' written notice"
// The lawyer still needs to know that a notice is due; only its length is unknown.

const BLANK = String.raw`(?:\[\s*(?:[*•·●_x]\s*){1,12}\]|\[\s*(?:redacted|omitted)\s*\]|_{3,20}|\*{3,12})`;
const UNIT = String.raw`(?:(?:calendar|business|working)\s+)?(?:days?|months?|weeks?)\b`;
// The blank (with its parenthesised twin and unit) is group 1; what follows must make it a notice period.
const BLANK_NOTICE = new RegExp(
  String.raw`(${BLANK}(?:\s*\(\s*${BLANK}\s*\))?(?:\s*${UNIT})?)` +
  String.raw`(?:'s?)?\s*(?:prior\b|before\b|in\s+advance\b|advance\s+(?:written\s+)?notice|(?:prior\s+)?(?:written\s+)?notice\b|preceding\b)`,
);

/** Where the sentence states a notice period whose length is blank, or null. */
export function blankNoticeIn(sentence: Sentence, lower: string): Span | null {
  const m = BLANK_NOTICE.exec(lower);
  if (!m) return null;
  const start = sentence.span.start + m.index;
  return { start, end: start + m[1].length };
}
