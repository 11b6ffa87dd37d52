import type { ScannedSentence } from '../dpa/sentenceScan';
import { END_HEADING } from './postTerminationCues';

// Contracts pasted from filings run their sections together on one line, so
// "14.6 Effects of Termination." is no heading to the parser, only a short
// sentence. The sentences after it, down to the next section that is not one
// of its subsections (14.6.1, 14.6.2 … belong; 14.7 does not), speak of the
// agreement's end even when they never say "termination" again.

/** The most sentences such a section may run, so a missed section end cannot carry the context far. */
const SECTION_REACH = 60;

/** "14.6 effects of termination." / "section 9.3 consequences of expiry:" — a number, a few title words, perhaps an underline. */
const NUMBERED_TITLE = /^\s*(?:(?:section|article|clause)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([a-z][^.;:]{2,90})[.:]?[\s_=-]*$/;
/**
 * "obligations after termination: in the event …" after a sentence that is only "13.": the splitter took the number's full
 * stop for a sentence end, and a colon, not a full stop, parts the title from the section's first words.
 */
const TITLE_WITH_BODY = /^\s*([a-z][^.;:]{2,60}):\s+\S/;
const BARE_NUMBER = /^\s*(?:(?:section|article|clause)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*$/;
/** A sentence that opens a numbered section: "14.7 license rights." or "14.7 Either party may …". */
const SECTION_START = /^\s*(?:(?:section|article|clause)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+[a-z(]/;
/**
 * Consequence titles END_HEADING does not word that way: "Effect of Termination by GSK", "Termination Obligations".
 * Not "Transition Services": in a transition services agreement that is the service itself, not its end.
 */
const END_TITLE = /\b(?:effects?|consequences?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:termination|expiration|expiry)|\btermination\s+(?:obligations|consequences|rights|assistance)/;

/** Indexes of the sentences inside an inline section titled for the end's consequences (titles excluded). */
export function sentencesInEndSections(sentences: readonly ScannedSentence[], titleCandidates: readonly number[]): number[] {
  const found: number[] = [];
  let reachedTo = -1;
  for (const t of titleCandidates) {
    if (t <= reachedTo) continue;
    const title = numberedTitle(sentences, t);
    if (!title || !(END_HEADING.test(title.words) || END_TITLE.test(title.words))) continue;
    const number = title.number;
    for (let i = t + 1; i < sentences.length && i - t <= SECTION_REACH; i++) {
      const s = sentences[i];
      if (s.headingIndex !== sentences[t].headingIndex) break;
      if (leavesSection(number, s.lower)) break;
      found.push(i);
      reachedTo = i;
    }
  }
  return found;
}

function numberedTitle(sentences: readonly ScannedSentence[], t: number): { number: string; words: string } | null {
  const whole = NUMBERED_TITLE.exec(sentences[t].lower);
  if (whole) return { number: whole[1], words: whole[2] };
  const number = t > 0 && sentences[t - 1].headingIndex === sentences[t].headingIndex ? BARE_NUMBER.exec(sentences[t - 1].lower) : null;
  const title = number ? TITLE_WITH_BODY.exec(sentences[t].lower) : null;
  return number && title ? { number: number[1], words: title[1] } : null;
}

/**
 * The sentence opens a numbered section outside section `number` ("12.4 Insurance." after 11.3): the
 * parser may miss the heading of 12.4, but its number still ends 11.3's consequences.
 */
export function leavesSection(number: string, lower: string): boolean {
  const start = SECTION_START.exec(lower);
  return start !== null && !start[1].startsWith(`${number}.`);
}
