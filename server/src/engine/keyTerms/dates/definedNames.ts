import type { Contract, DateFact, DefinedTerm } from '../../model';
import { within } from '../../facts';
import { sentenceAt } from '../../classify/topics';
import { allSentences } from '../cueSentences';
import { sharedValue } from '../sentenceIndex';

// Names a term clause borrows from elsewhere in the draft, so that the clause
// can be read with what the draft says about them:
//   - the agreement's own short name: `THIS SUPPLY COOPERATION AGREEMENT (the "SCA")`
//     makes "This SCA shall expire on…" a sentence about this agreement;
//   - a defined period the term runs for: "continue in effect for the Service
//     Period" with `"Service Period" means June 1, 2019 through May 31, 2020`;
//   - contract years: "ends at the end of Year 3" with `"Year" means each period
//     of twelve (12) consecutive months commencing on the Effective Date`.

/** Short names are given where the agreement introduces itself, near the top. */
const PREAMBLE_CHARS = 5000;
// Only the agreement naming itself ("This … Agreement (the "SCA")"), not another agreement it refers to.
const SHORT_NAME = /\bthis\s+(?:[a-z-]+\s+){0,5}?agreement\s*,?\s*\(\s*(?:this|the|hereinafter|herein)?\s*(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+|this\s+)?"([a-z]{2,6})"\s*\)/gi;

/** The agreement's own abbreviations ("sca"), lower-cased: written in capitals where the agreement names itself. */
export function agreementShortNames(contract: Contract): readonly string[] {
  return sharedValue(contract, 'definedNames/shortNames', () => {
    const names: string[] = [];
    const pattern = new RegExp(SHORT_NAME.source, SHORT_NAME.flags);
    const head = contract.normalized.slice(0, PREAMBLE_CHARS);
    for (let m = pattern.exec(head); m !== null; m = pattern.exec(head)) {
      if (m[1] === m[1].toUpperCase() && m[1].toLowerCase() !== 'term') names.push(m[1].toLowerCase());
    }
    return names;
  });
}

const MEANS_AFTER = /^"?\s*(?:shall\s+|will\s+)?(?:mean|means|refers\s+to|is)\b/;
// The words just before a date that make it the end of the defined period.
const END_BEFORE = /\b(?:through|thru|to|until|ending\s+on|ending|ends\s+on|concluding(?:\s+on)?|expiring\s+on)\s+(?:and\s+including\s+)?$/;

/** The draft's definition of `name` (lower-cased, as written between the quotes), when it defines it. */
function definitionOf(contract: Contract, name: string): DefinedTerm | undefined {
  return contract.definedTerms.find((d) => d.term.toLowerCase() === name);
}

/** How far a `"X" means …` definition may run: sentence splitting is unreliable inside one ("means April. 1st 2019 through…"). */
const DEFINITION_CHARS = 300;

/** The words of the definition: after `"X" means` up to the next definition, or before `(the "X")` in the same sentence. */
function definitionText(contract: Contract, term: DefinedTerm): { readonly start: number; readonly text: string } | null {
  const text = contract.normalized;
  if (MEANS_AFTER.test(text.slice(term.span.end, term.span.end + 40).toLowerCase())) {
    const next = contract.definedTerms.find((d) => d.span.start > term.span.end);
    const paragraph = text.indexOf('\n\n', term.span.end);
    const end = Math.min(term.span.end + DEFINITION_CHARS, next ? next.span.start : text.length, paragraph < 0 ? text.length : paragraph);
    return { start: term.span.end, text: text.slice(term.span.end, end).toLowerCase() };
  }
  const sentences = allSentences(contract);
  const sentence = sentences.length > 0 ? sentenceAt(sentences, term.span.start) : undefined;
  if (!sentence || sentence.span.start >= term.span.start) return null;
  return { start: sentence.span.start, text: text.slice(sentence.span.start, term.span.start).toLowerCase() };
}

/** The date a defined period ends on: `"Service Period" means … through May 31, 2020`, `… ending on May 31, 2020 (the "Service Period")`. */
export function definedPeriodEnd(contract: Contract, name: string): DateFact | null {
  const term = definitionOf(contract, name);
  const definition = term ? definitionText(contract, term) : null;
  if (!definition) return null;
  const span = { start: definition.start, end: definition.start + definition.text.length };
  for (const date of within(contract.facts.dates, span)) {
    const at = date.span.start - definition.start;
    if (END_BEFORE.test(definition.text.slice(Math.max(0, at - 40), at))) return date;
  }
  return null;
}

const TWELVE_MONTHS = /\b(?:twelve|12)\s*(?:\(12\)\s*)?(?:consecutive\s+|full\s+|calendar\s+)?(?:-\s*)?months?\b/;
const FROM_THE_START = /\b(?:commenc\w*|begin\w*|start\w*|from)\s+(?:on\s+|with\s+)?(?:the\s+)?(?:effective\s+date|date\s+hereof|date\s+of\s+this\s+agreement|commencement\s+date)\b/;

/** Whether the draft defines `name` ("year", "contract year") as twelve-month periods counted from the agreement's start. */
export function countsYearsFromStart(contract: Contract, name: string): boolean {
  const term = definitionOf(contract, name);
  const definition = term ? definitionText(contract, term) : null;
  return definition !== null && TWELVE_MONTHS.test(definition.text) && FROM_THE_START.test(definition.text);
}
