import type { Contract, DurationFact, DurationUnit, Span } from '../model';
import { formatDuration, formatNumber, styleOf, type NumberStyle } from '../extract';

// Quick fixes write numbers the way the draft already writes them: "one (1)
// year" in a draft of words and figures, "12 months" in a draft of figures.

/** The style most of the draft's numbers use; words and figures for an empty draft, as most contracts do. */
export function draftStyle(contract: Contract): NumberStyle {
  const counts: Record<NumberStyle, number> = { 'words-and-digits': 0, digits: 0, words: 0 };
  // Only quantities count: clause numbers ("5.1") and years say nothing about the drafting style.
  for (const d of contract.facts.durations) if (d.number) counts[styleOf(d.number)] += 1;
  for (const p of contract.facts.percents) if (p.number) counts[styleOf(p.number)] += 1;
  if (counts['words-and-digits'] >= counts.digits && counts['words-and-digits'] > 0) return 'words-and-digits';
  if (counts.digits > 0) return 'digits';
  return 'words-and-digits';
}

/** The replacement for `original` that says `value` `unit`, in the same style, case and grammatical form. */
export function rewordDuration(contract: Contract, original: DurationFact, value: number, unit: DurationUnit): string {
  const written = contract.text.slice(original.span.start, original.span.end);
  const style = original.number ? styleOf(original.number) : draftStyle(contract);
  const capitalize = /^[A-Z]/.test(written);
  const phrase = formatDuration(value, unit, style, capitalize);
  // "three-year" and "3-year" are adjectives: keep the hyphen and the singular unit.
  if (/[a-z0-9)]-(?:year|month|day|week|business)/i.test(written)) {
    const number = formatNumber(value, style, capitalize);
    return `${number}-${unit === 'business-day' ? 'business-day' : unit}`;
  }
  return phrase;
}

/** A new duration in the draft's prevailing style, for text that replaces words rather than a number. */
export function phraseDuration(contract: Contract, value: number, unit: DurationUnit): string {
  return formatDuration(value, unit, draftStyle(contract), false);
}

export function durationAt(contract: Contract, span: Span): DurationFact | undefined {
  return contract.facts.durations.find((d) => d.span.start === span.start && d.span.end === span.end);
}

/** "3 years", "18 months", "1 month": how messages state a length in months. */
export function describeMonths(months: number): string {
  if (months >= 12 && months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

export function describeDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** "five percent (5%)" or "5%", matching the draft. */
export function percentPhrase(contract: Contract, value: number): string {
  const style = draftStyle(contract);
  if (style === 'digits' || !Number.isInteger(value)) return `${value}%`;
  const words = formatNumber(value, 'words', false);
  return style === 'words' ? `${words} percent` : `${words} percent (${value}%)`;
}
