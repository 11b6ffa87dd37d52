import type { DurationFact, DurationUnit, Span } from './model';

/** Items of a start-sorted list that lie inside `span` (binary search, then a short walk). */
export function within<T extends { readonly span: Span }>(items: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < items.length && items[i].span.start < span.end; i++) {
    if (items[i].span.end <= span.end) found.push(items[i]);
  }
  return found;
}

const DAYS_PER_UNIT: Record<DurationUnit, number> = {
  hour: 1 / 24,
  day: 1,
  // Five business days take a calendar week.
  'business-day': 7 / 5,
  week: 7,
  month: 365 / 12,
  year: 365,
};

/** Calendar days, rounded: 6 months → 183, 1 year → 365, 10 business days → 14. */
export function toDays(d: Pick<DurationFact, 'value' | 'unit'>): number {
  return Math.round(d.value * DAYS_PER_UNIT[d.unit]);
}

/** Whole months: 1 year → 12, 365 days → 12, 90 days → 3. */
export function toMonths(d: Pick<DurationFact, 'value' | 'unit'>): number {
  if (d.unit === 'year') return Math.round(d.value * 12);
  if (d.unit === 'month') return Math.round(d.value);
  return Math.round((d.value * DAYS_PER_UNIT[d.unit]) / (365 / 12));
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
