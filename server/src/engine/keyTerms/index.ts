// PLACEHOLDER (being replaced): the signature is fixed.
import type { Contract } from '../model';
import type { KeyTerms } from './types';

export function readKeyTerms(contract: Contract): KeyTerms {
  void contract;
  return { effectiveDate: null, effectiveDateSpan: null, initialTermMonths: null, initialTermSpan: null, renewal: null, nonRenewalNoticeDeadline: null };
}
