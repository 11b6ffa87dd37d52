// Text (Markdown or plain) → Contract. Each concern is one linear pass over the
// text or its lines; everything keeps absolute offsets into the original text
// because the normalised text has the same length.
import type { Contract, HiddenInWord, Sentence, SourceFormat, Span } from '../model';
import { computeLineStarts } from '../positions';
import { extractFacts } from '../extract';
import { classifyTopics } from '../classify/topics';
import { detectKind } from '../classify/kind';
import { normalizeChars } from './normalizeChars';
import { repairLayout } from './layoutRepair';
import { closeGaps, findHiddenInWords } from './invisibleChars';
import { blankOut, splitLines } from './lines';
import { findMarkdownNonText } from './markdownNonText';
import { buildSuppressions, directivesInComments, directivesOnLines, type DisableDirective } from './disableComments';
import { findHeadings } from './headings';
import { findClauses } from './clauses';
import { findDefinedTerms } from './definedTerms';

export function parseContract(text: string, format: SourceFormat): Contract {
  const lineStarts = computeLineStarts(text);
  const hiddenInWords = findHiddenInWords(text);
  const { normalized, directives } = normalize(text, format, lineStarts, hiddenInWords);
  const lines = splitLines(normalized, lineStarts);
  const { headings, headingAtLine } = findHeadings(normalized, lines, format);
  const clauses = findClauses(normalized, lines, headingAtLine);
  const sentences: Sentence[] = [];
  for (const clause of clauses) for (const sentence of clause.sentences) sentences.push(sentence);
  return {
    text,
    normalized,
    format,
    lineStarts,
    headings,
    clauses,
    facts: extractFacts(normalized),
    definedTerms: findDefinedTerms(normalized),
    suppressions: buildSuppressions(directives, lines),
    kind: detectKind({ normalized, headings }),
    topics: classifyTopics(normalized, sentences),
    hiddenInWords,
  };
}

/**
 * Same-length normalised text, and the disable directives found on the way: the
 * comments that carry them are blanked, so both come out of one pass.
 */
export function normalize(
  text: string, format: SourceFormat, lineStarts: readonly number[] = computeLineStarts(text),
  hiddenInWords: readonly HiddenInWord[] = findHiddenInWords(text),
): { normalized: string; directives: DisableDirective[] } {
  const chars = repairLayout(closeGaps(normalizeChars(text), hiddenInWords));
  const rawLines = splitLines(chars, lineStarts);
  let blanks: Span[];
  let directives: DisableDirective[];
  if (format === 'markdown') {
    const nonText = findMarkdownNonText(chars, rawLines);
    blanks = nonText.blanks;
    directives = directivesInComments(chars, nonText.comments, lineStarts);
  } else {
    const onLines = directivesOnLines(chars, rawLines);
    blanks = onLines.spans;
    directives = onLines.directives;
  }
  return { normalized: blankOut(chars, blanks), directives };
}
