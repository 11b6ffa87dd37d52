import type { KeyTerms } from '../engine/keyTerms/types';
import type { Span } from '../engine/model';
import { describeNotice } from '../engine/deadlines/describe';
import { formatDay } from '../engine/deadlines/calendarDates';

// The key terms as rows a person reads: the key terms view, the memo's table and
// the CLI all show these. `confidence` says how the value was obtained, so a
// figure worked out from others, or one the draft leaves to another paper, is
// never shown as if read plainly from the text.

export type KeyTermGroup = 'Dates' | 'Renewal' | 'Service levels' | 'Data protection' | 'Exit' | 'Commercial';

export interface KeyTermRow {
  readonly group: KeyTermGroup;
  readonly label: string;
  readonly value: string;
  /** The clause the value comes from, or null when nothing in the draft states it. */
  readonly span: Span | null;
  /** 'read': stated in the draft; 'derived': worked out from other terms; 'low': read, but with doubt (said in `note`). */
  readonly confidence: 'read' | 'derived' | 'low';
  readonly note?: string;
}

export function keyTermRows(keyTerms: KeyTerms): KeyTermRow[] {
  return [...dateRows(keyTerms), ...renewalRows(keyTerms), ...slaRows(keyTerms), ...dpaRows(keyTerms), ...exitRows(keyTerms), ...commercialRows(keyTerms)];
}

function dateRows(k: KeyTerms): KeyTermRow[] {
  const rows: KeyTermRow[] = [];
  if (k.effectiveDate) rows.push({ group: 'Dates', label: 'Effective date', value: formatDay(k.effectiveDate), span: k.effectiveDateSpan, confidence: 'read' });
  if (k.initialTermMonths !== null) rows.push({ group: 'Dates', label: 'Initial term', value: months(k.initialTermMonths), span: k.initialTermSpan, confidence: 'read' });
  const end = k.expirationDate;
  if (end) {
    if (end.perpetual) rows.push({ group: 'Dates', label: 'End of initial term', value: 'Runs until terminated', span: end.span, confidence: 'read' });
    else if (end.iso) rows.push({ group: 'Dates', label: 'End of initial term', value: formatDay(end.iso), span: end.span, confidence: end.basis === 'stated' ? 'read' : 'derived', note: end.basis === 'from-term' ? 'effective date plus the initial term' : undefined });
    else rows.push({ group: 'Dates', label: 'End of initial term', value: 'On an event the draft names, no date', span: end.span, confidence: 'low', note: 'the end depends on an event, not a date' });
  }
  const deadline = k.renewal?.noticeDeadline;
  if (deadline?.status === 'computed') {
    const { amount, unit } = deadline.schedule.notice;
    rows.push({ group: 'Dates', label: 'Last day to give notice of non-renewal', value: formatDay(deadline.current.noticeDue), span: k.renewal?.noticeSpan ?? null, confidence: 'derived', note: `${describeNotice(amount, unit)} before the initial term ends on ${formatDay(deadline.current.termEnds)}` });
    if (deadline.next) rows.push({ group: 'Dates', label: 'Next non-renewal deadline', value: formatDay(deadline.next.noticeDue), span: k.renewal?.noticeSpan ?? null, confidence: 'derived', note: `before the renewal term ends on ${formatDay(deadline.next.termEnds)}` });
  } else if (deadline?.status === 'incomplete') {
    rows.push({ group: 'Dates', label: 'Last day to give notice of non-renewal', value: 'Unknown', span: k.renewal?.noticeSpan ?? k.renewal?.span ?? null, confidence: 'low', note: `the draft does not state the ${deadline.missing.join(', ')}` });
  }
  return rows;
}

function renewalRows(k: KeyTerms): KeyTermRow[] {
  const r = k.renewal;
  if (!r) return [];
  const how = r.automatic ? 'Automatic' : r.byAgreement ? 'Only by mutual agreement' : 'At one party\'s option';
  const rows: KeyTermRow[] = [{ group: 'Renewal', label: 'Renewal', value: how, span: r.span, confidence: 'read' }];
  if (r.termBasis === 'month-to-month') rows.push({ group: 'Renewal', label: 'Renewal term', value: 'Month to month', span: r.termSpan ?? r.span, confidence: 'read' });
  else if (r.termMonths !== null) rows.push({ group: 'Renewal', label: 'Renewal term', value: months(r.termMonths), span: r.termSpan ?? r.span, confidence: r.termBasis === 'same-as-initial' ? 'derived' : 'read', note: r.termBasis === 'same-as-initial' ? 'equal to the initial term' : undefined });
  else rows.push({ group: 'Renewal', label: 'Renewal term', value: 'Not stated', span: r.span, confidence: 'low', note: r.termBasis === 'evergreen' ? 'continues until someone ends it' : 'no length found' });
  if (r.noticeDays !== null) rows.push({ group: 'Renewal', label: 'Non-renewal notice', value: `${r.noticeDays} days`, span: r.noticeSpan ?? r.span, confidence: 'read' });
  else if (r.noticeSpan) rows.push({ group: 'Renewal', label: 'Non-renewal notice', value: 'Left blank', span: r.noticeSpan, confidence: 'low', note: 'the draft leaves its length blank' });
  const p = k.priceIncrease;
  if (p) rows.push({ group: 'Renewal', label: 'Price increases', value: p.capPercent !== null ? `Capped at ${p.capPercent}%${p.indexLinked ? ' (index-linked)' : ''}` : p.thenCurrentPricing ? 'Vendor\'s then-current prices' : 'Not capped', span: p.span, confidence: 'read' });
  return rows;
}

function slaRows(k: KeyTerms): KeyTermRow[] {
  const s = k.sla;
  if (!s) return [];
  const rows: KeyTermRow[] = [];
  if (s.uptimePercent !== null) rows.push({ group: 'Service levels', label: 'Committed uptime', value: `${s.uptimePercent}%`, span: s.uptimeSpan ?? s.span, confidence: s.commitment === 'commitment' ? 'read' : 'low', note: s.commitment === 'efforts' ? 'an efforts promise, not a commitment' : undefined });
  else if (s.uptimeStatedElsewhere) rows.push({ group: 'Service levels', label: 'Committed uptime', value: `"${s.uptimeStatedElsewhere}"`, span: s.span, confidence: 'low', note: 'set in another document' });
  else if (s.setElsewhere) rows.push({ group: 'Service levels', label: 'Committed uptime', value: s.setElsewhere, span: s.span, confidence: 'low', note: 'set elsewhere: check that document' });
  if (s.measurementPeriod) rows.push({ group: 'Service levels', label: 'Measured per', value: s.measurementPeriod, span: s.measurementSpan, confidence: 'read' });
  if (s.credits.length > 0) {
    const tiers = s.credits.map((t) => `${t.belowPercent !== null ? `below ${t.belowPercent}%` : t.outageHours !== null ? `${t.outageHours} h outage` : 'tier'}: ${t.creditPercent}%`).join('; ');
    rows.push({ group: 'Service levels', label: 'Credit tiers', value: tiers, span: s.credits[0].span, confidence: s.credits.some((t) => t.basis !== 'percent') ? 'derived' : 'read', note: s.credits.some((t) => t.basis !== 'percent') ? 'days or hours of service counted as a share of a 30-day month' : undefined });
  }
  if (s.maxCreditPercent !== null) rows.push({ group: 'Service levels', label: 'Most credit per period', value: `${s.maxCreditPercent}%`, span: s.maxCreditSpan, confidence: s.maxCreditBasis === 'cap' ? 'read' : 'derived', note: s.maxCreditBasis === 'top-tier' ? 'the top tier; no cap stated' : undefined });
  if (s.claimWindowDays !== null) rows.push({ group: 'Service levels', label: 'Credit claim window', value: `${s.claimWindowDays} days`, span: s.claimSpan, confidence: 'read' });
  rows.push({ group: 'Service levels', label: 'Chronic failure exit', value: s.chronicFailureExit ? 'Yes' : 'None found', span: s.chronicFailureSpan, confidence: 'read' });
  if (s.soleRemedy) rows.push({ group: 'Service levels', label: 'Credits the sole remedy', value: 'Yes', span: s.soleRemedySpan, confidence: 'read' });
  return rows;
}

function dpaRows(k: KeyTerms): KeyTermRow[] {
  const d = k.dpa;
  if (!d) return [];
  const at = (key: keyof typeof d.spans) => d.spans[key] ?? null;
  const rows: KeyTermRow[] = [{ group: 'Data protection', label: 'DPA', value: d.present ? (d.presentAs === 'reference' ? 'Incorporated by reference' : d.presentAs === 'section' ? 'A section of this draft' : 'This document') : 'None found', span: at('present'), confidence: 'read' }];
  if (!d.present) return rows;
  if (d.residency.length > 0) rows.push({ group: 'Data protection', label: 'Data residency', value: d.residency.join(', '), span: at('residency'), confidence: 'read' });
  rows.push({ group: 'Data protection', label: 'Breach notice', value: d.breachNoticeHours !== null ? `${d.breachNoticeHours} hours` : d.breachNotice === 'vague' ? 'No fixed deadline' : 'Not stated', span: at('breachNotice'), confidence: 'read' });
  rows.push({ group: 'Data protection', label: 'Audit rights', value: d.auditRights === 'full' ? 'Full' : d.auditRights === 'reports-only' ? 'Vendor reports only' : 'None', span: at('auditRights'), confidence: 'read' });
  if (d.subprocessorChangeNotice) rows.push({ group: 'Data protection', label: 'Subprocessor change notice', value: d.subprocessorChangeNoticeDays !== null ? `${d.subprocessorChangeNoticeDays} days` : 'Promised, no period', span: at('subprocessorChangeNotice'), confidence: 'read' });
  if (d.laws.length > 0) rows.push({ group: 'Data protection', label: 'Laws named', value: d.laws.join(', '), span: at('laws'), confidence: 'read' });
  return rows;
}

function exitRows(k: KeyTerms): KeyTermRow[] {
  const e = k.exit;
  if (!e || !e.holdsCustomerData) return [];
  const at = (key: keyof typeof e.spans) => e.spans[key] ?? null;
  const rows: KeyTermRow[] = [{ group: 'Exit', label: 'Data export', value: e.dataExport ? (e.exportFormats.length > 0 ? e.exportFormats.join(', ') : 'Yes, format not named') : 'None found', span: at('dataExport'), confidence: 'read' }];
  rows.push({ group: 'Exit', label: 'Access after the end', value: e.postTerminationAccessDays === null ? 'Not stated' : `${e.postTerminationAccessDays} days`, span: at('postTerminationAccess'), confidence: 'read' });
  rows.push({ group: 'Exit', label: 'Transition assistance', value: e.transitionAssistance ? 'Yes' : 'None found', span: at('transitionAssistance'), confidence: 'read' });
  return rows;
}

function commercialRows(k: KeyTerms): KeyTermRow[] {
  const rows: KeyTermRow[] = [];
  if (k.governingLaw) rows.push({ group: 'Commercial', label: 'Governing law', value: k.governingLaw.jurisdiction, span: k.governingLaw.span, confidence: 'read' });
  const cap = k.liabilityCap;
  if (cap) {
    const value = cap.amount !== null ? `${cap.currency ?? ''} ${cap.amount.toLocaleString('en-US')}`.trim() : cap.feesBased ? `Fees${cap.feesMonths !== null ? ` of ${cap.feesMonths} months` : ''}` : cap.kind === 'cap' ? 'Capped, amount not read' : `No amount cap (${cap.kind === 'exclusion' ? 'exclusions' : cap.kind === 'remedy' ? 'exclusive remedy' : 'time bar'})`;
    rows.push({ group: 'Commercial', label: 'Liability limit', value, span: cap.span, confidence: cap.kind === 'cap' && cap.amount === null && !cap.feesBased ? 'low' : 'read' });
  }
  const tfc = k.terminationForConvenience;
  if (tfc) rows.push({ group: 'Commercial', label: 'Termination for convenience', value: `${tfc.party === 'either' ? 'Either party' : tfc.party === 'customer' ? 'Customer' : tfc.party === 'provider' ? 'Provider' : 'A named party'}${tfc.noticeDays !== null ? `, ${tfc.noticeDays} days' notice` : ''}`, span: tfc.span, confidence: tfc.party === 'named' ? 'low' : 'read' });
  const min = k.minimumCommitment;
  if (min) rows.push({ group: 'Commercial', label: 'Minimum commitment', value: min.amount !== null ? `${min.currency ?? ''} ${min.amount.toLocaleString('en-US')}`.trim() : 'Stated, amount not read', span: min.span, confidence: min.amount === null ? 'low' : 'read' });
  return rows;
}

function months(n: number): string {
  if (n % 12 === 0) return n === 12 ? '1 year' : `${n / 12} years`;
  return n === 1 ? '1 month' : `${n} months`;
}
