import type { Contract, Span } from '../model';
import { toMonths, within } from '../facts';
import type { LiabilityCapTerms } from './commercialTypes';
import { limitCandidates } from './liability/candidates';
import { readLimitSentence } from './liability/limitSentence';

// The limitation of liability: a cap on what one party can recover ("in no event
// shall either party's aggregate liability exceed the fees paid in the twelve
// months before the claim"), an exclusion of indirect and consequential damages,
// a sole remedy or a time limit for bringing claims. CUAD's "Cap On Liability"
// counts all of them, and so does the checklist.

const SLA_REMEDY = /\bservice\s+credits?\b|\bservice\s+levels?\b|\bavailability\b|\buptime\b/;
const FEES = /\b(?:fees|amounts?|sums|charges|price|payments?|compensation|royalties)\s+(?:\S+\s+){0,4}?(?:paid|payable|received)/;

export function readLiabilityCap(contract: Contract): LiabilityCapTerms | null {
  const sentences: Span[] = [];
  let cap: LiabilityCapTerms | null = null;
  let exclusion: Span | null = null;
  let other: { readonly span: Span; readonly kind: 'remedy' | 'timeBar' } | null = null;
  let excludesIndirect = false;
  for (const { span, lower } of limitCandidates(contract)) {
    const reading = readLimitSentence(lower);
    // "Service credits are the sole remedy for missed availability" limits the SLA's remedies, not
    // liability: sla/sole-remedy judges it, and it is no cap on what the buyer can recover otherwise.
    if (!reading || (reading.kind === 'remedy' && SLA_REMEDY.test(lower))) continue;
    sentences.push(span);
    if (reading.excludes) excludesIndirect = true;
    if (reading.kind === 'cap') cap ??= capTerms(contract, span, lower);
    else if (reading.kind === 'exclusion') exclusion ??= span;
    else other ??= { span, kind: reading.kind };
  }
  // A cap says more to the buyer than an exclusion, and an exclusion more than a sole remedy or a time bar.
  if (cap) return { ...cap, excludesIndirect, sentences };
  const limit = exclusion ? { span: exclusion, kind: 'exclusion' as const } : other;
  return limit ? { ...limit, amount: null, currency: null, feesMonths: null, feesBased: false, excludesIndirect, sentences } : null;
}

function capTerms(contract: Contract, span: Span, lower: string): LiabilityCapTerms {
  const money = within(contract.facts.money, span)[0];
  const feesBased = FEES.test(lower);
  const period = feesBased ? within(contract.facts.durations, span).find((d) => d.unit === 'month' || d.unit === 'year') : undefined;
  return {
    span,
    kind: 'cap',
    amount: money ? money.amount : null,
    currency: money ? money.currency ?? null : null,
    feesMonths: period ? toMonths(period) : null,
    feesBased,
    excludesIndirect: false,
    sentences: [],
  };
}
