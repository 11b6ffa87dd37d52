import type { Contract } from '../model';
import { nonRenewalDeadline, readEffectiveDate, readInitialTerm, type InitialTerm } from './dates';
import { readTermEnd } from './termClause';
import { readPriceIncrease } from './priceIncrease';
import { readRenewal } from './renewal';
import { readSla } from './sla';
import { readDpa } from './dpa/readDpa';
import { readExit } from './exit/readExit';
import { readCommercialTerms } from './commercial';
import { readCommercialKeyTerms } from './commercial/readCommercial';
import type { KeyTerms } from './types';

/** The terms a buyer reads first, computed once per review and shared by every rule. */
export function readKeyTerms(contract: Contract): KeyTerms {
  const effective = readEffectiveDate(contract);
  const initial = initialTerm(contract, effective?.iso ?? null);
  const renewal = readRenewal(contract, initial?.months ?? null);
  const priceIncrease = readPriceIncrease(contract);
  const deadline =
    effective && initial && renewal?.automatic && renewal.noticeDays !== null
      ? nonRenewalDeadline(effective.iso, initial.months, renewal.noticeDays)
      : null;
  const information = readCommercialTerms(contract, effective, initial);
  return {
    effectiveDate: effective?.iso ?? null,
    effectiveDateSpan: effective?.span ?? null,
    initialTermMonths: initial?.months ?? null,
    initialTermSpan: initial?.span ?? null,
    renewal,
    priceIncrease,
    nonRenewalNoticeDeadline: deadline,
    sla: readSla(contract),
    dpa: readDpa(contract),
    exit: readExit(contract),
    ...information,
    commercial: readCommercialKeyTerms(contract, information.minimumCommitment),
  };
}

/**
 * The initial term's length: from a sentence that defines it ("an initial term of three (3) years"), else from
 * the agreement's term clause ("This Agreement continues for two (2) years and six (6) months"), so the renewal
 * deadline counts from the same length the expiration date was computed from.
 */
function initialTerm(contract: Contract, effectiveIso: string | null): InitialTerm | null {
  const defined = readInitialTerm(contract, effectiveIso);
  if (defined) return defined;
  const clause = readTermEnd(contract, effectiveIso);
  return clause?.months !== undefined ? { months: clause.months, span: clause.sentence.span } : null;
}
