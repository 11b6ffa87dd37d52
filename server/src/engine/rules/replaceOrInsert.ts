import type { Fix, Span } from '../model';
import type { RuleContext } from '../rule';
import { unitAt, within } from '../fixScope';
import { insertClauseAfterSection } from './insertClause';
import { headingIndexAt } from '../parse/sections';

// A rule that offers the clause library's wording in place of a sentence may
// replace that sentence only when it is the clause the finding is about: inside
// one clause of the draft, under no heading of its own, and saying what the rule
// read (its cue). A sentence the splitter ran across an article heading, or one
// read for a neighbouring reason (a "report" in a force-majeure clause), keeps
// its text and the wording is inserted at the end of its section instead (issue 12.8).

export interface ReplaceOrInsert {
  readonly sentence: Span;
  readonly newText: string;
  /** What the sentence must say to be the finding's own clause. */
  readonly cue: RegExp;
  readonly replaceTitle: string;
  readonly insertTitle: string;
}

export function replaceOrInsert(context: RuleContext, wanted: ReplaceOrInsert): Fix[] {
  const { contract } = context;
  const { sentence, newText } = wanted;
  if (isOwnClause(context, wanted)) return [{ title: wanted.replaceTitle, edits: [{ span: afterClauseNumber(context, sentence), newText }], safe: false }];
  const edit = insertClauseAfterSection(contract, headingIndexAt(contract, sentence.start), newText);
  return [{ title: wanted.insertTitle, edits: [edit], safe: false }];
}

/** The sentence without the clause number it opens with ("2.1 "), which the replacement keeps. */
function afterClauseNumber({ contract }: RuleContext, sentence: Span): Span {
  const numbered = contract.clauses.find((c) => c.numberSpan?.start === sentence.start && c.numberSpan.end < sentence.end);
  if (!numbered?.numberSpan) return sentence;
  let start = numbered.numberSpan.end;
  while (start < sentence.end && /\s/.test(contract.text[start])) start++;
  return start < sentence.end ? { start, end: sentence.end } : sentence;
}

function isOwnClause({ contract }: RuleContext, { sentence, cue }: ReplaceOrInsert): boolean {
  if (!within(sentence, unitAt(contract, sentence.start))) return false;
  if (contract.headings.some((h) => h.span.start < sentence.end && sentence.start < h.span.end)) return false;
  const said = contract.normalized.slice(sentence.start, sentence.end);
  return !INLINE_HEADING.test(said) && cue.test(said.toLowerCase());
}

// An article heading run into the text, as plain-text renderings of filings do:
// "ARTICLE TEN FORCE MAJEURE", "SECTION 12 AUDIT", followed by a wide gap.
const INLINE_HEADING = /\b(?:ARTICLE|SECTION|SCHEDULE|EXHIBIT|ANNEX)\s+[A-Z0-9][A-Z0-9.]*(?:\s[A-Z][A-Z,&-]*){0,8}\s{2}/;
