import type { KeyTerms } from '../keyTerms/types';
import type { Span } from '../model';

// The numbers a negotiation moves, read from both drafts' key terms: what each is,
// which way is better for the buyer, and where each draft states it.

export type MoveEffect = 'worse' | 'better' | 'unclear';

export interface KeyTermReading {
  readonly value: number | null;
  readonly span: Span | null;
}

interface KeyTermReader {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** Which way helps the buyer; null when it depends on who holds the right. */
  readonly buyerWants: 'higher' | 'lower' | null;
  /** What the term vanishing means for the buyer ("no cap on price increases" is worse). */
  readonly whenDropped: MoveEffect;
  read(terms: KeyTerms): KeyTermReading | null;
}

export interface KeyTermMove {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly old: KeyTermReading;
  readonly new: KeyTermReading;
  readonly effect: MoveEffect;
}

const reading = (value: number | null | undefined, span: Span | null | undefined): KeyTermReading | null =>
  value === null || value === undefined ? null : { value, span: span ?? null };

const READERS: readonly KeyTermReader[] = [
  { id: 'initial-term', label: 'Initial term', unit: 'months', buyerWants: 'lower', whenDropped: 'unclear', read: (t) => reading(t.initialTermMonths, t.initialTermSpan) },
  { id: 'renewal-term', label: 'Renewal term', unit: 'months', buyerWants: 'lower', whenDropped: 'unclear', read: (t) => (t.renewal?.automatic ? reading(t.renewal.termMonths, t.renewal.termSpan ?? t.renewal.span) : null) },
  { id: 'non-renewal-notice', label: 'Notice to stop the renewal', unit: 'days', buyerWants: 'lower', whenDropped: 'unclear', read: (t) => reading(t.renewal?.noticeDays, t.renewal?.noticeSpan ?? t.renewal?.span) },
  {
    id: 'price-increase-cap', label: 'Cap on price increases', unit: '%', buyerWants: 'lower', whenDropped: 'worse',
    read: (t) => reading(t.priceIncrease?.capPercent, t.priceIncrease?.span),
  },
  { id: 'uptime', label: 'Committed availability', unit: '%', buyerWants: 'higher', whenDropped: 'worse', read: (t) => reading(t.sla?.uptimePercent, t.sla?.uptimeSpan ?? t.sla?.span) },
  { id: 'max-service-credit', label: 'Largest service credit', unit: '%', buyerWants: 'higher', whenDropped: 'worse', read: (t) => reading(t.sla?.maxCreditPercent, t.sla?.maxCreditSpan) },
  { id: 'credit-claim-window', label: 'Time to claim a service credit', unit: 'days', buyerWants: 'higher', whenDropped: 'unclear', read: (t) => reading(t.sla?.claimWindowDays, t.sla?.claimSpan) },
  { id: 'breach-notice', label: 'Notice of a data breach', unit: 'hours', buyerWants: 'lower', whenDropped: 'worse', read: (t) => reading(t.dpa?.breachNoticeHours, t.dpa?.spans.breachNotice) },
  {
    id: 'subprocessor-notice', label: 'Notice of a new subprocessor', unit: 'days', buyerWants: 'higher', whenDropped: 'worse',
    read: (t) => reading(t.dpa?.subprocessorChangeNoticeDays, t.dpa?.spans.subprocessorChangeNotice),
  },
  {
    id: 'post-termination-access', label: 'Access to the data after the end', unit: 'days', buyerWants: 'higher', whenDropped: 'worse',
    read: (t) => reading(t.exit?.postTerminationAccessDays, t.exit?.spans.postTerminationAccess),
  },
  { id: 'export-days', label: 'Time for the vendor to deliver the export', unit: 'days', buyerWants: 'lower', whenDropped: 'unclear', read: (t) => reading(t.exit?.exportDays, t.exit?.spans.exportDays) },
  { id: 'liability-cap-months', label: 'Liability cap (months of fees)', unit: 'months', buyerWants: 'higher', whenDropped: 'unclear', read: (t) => reading(t.liabilityCap?.feesMonths, t.liabilityCap?.span) },
  { id: 'liability-cap-amount', label: 'Liability cap (amount)', unit: '', buyerWants: 'higher', whenDropped: 'unclear', read: (t) => reading(t.liabilityCap?.amount, t.liabilityCap?.span) },
  { id: 'minimum-commitment', label: 'Minimum commitment', unit: '', buyerWants: 'lower', whenDropped: 'better', read: (t) => reading(t.minimumCommitment?.amount, t.minimumCommitment?.span) },
  { id: 'termination-for-convenience-notice', label: 'Notice to end for convenience', unit: 'days', buyerWants: null, whenDropped: 'unclear', read: (t) => reading(t.terminationForConvenience?.noticeDays, t.terminationForConvenience?.span) },
];

const ABSENT: KeyTermReading = { value: null, span: null };

/** Every key term whose number differs between the drafts (or that one draft states and the other does not). */
export function keyTermMoves(oldTerms: KeyTerms, newTerms: KeyTerms): KeyTermMove[] {
  const moves: KeyTermMove[] = [];
  for (const reader of READERS) {
    const before = reader.read(oldTerms) ?? ABSENT;
    const after = reader.read(newTerms) ?? ABSENT;
    if (before.value === after.value) continue;
    moves.push({ id: reader.id, label: reader.label, unit: reader.unit, old: before, new: after, effect: effectOf(reader, before.value, after.value) });
  }
  return moves;
}

function effectOf(reader: KeyTermReader, before: number | null, after: number | null): MoveEffect {
  if (after === null) return reader.whenDropped;
  if (before === null) return reader.whenDropped === 'worse' ? 'better' : reader.whenDropped === 'better' ? 'worse' : 'unclear';
  if (reader.buyerWants === null) return 'unclear';
  const up = after > before;
  return up === (reader.buyerWants === 'higher') ? 'better' : 'worse';
}
