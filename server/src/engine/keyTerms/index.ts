import type { Contract } from '../model';
import { nonRenewalDeadline, readEffectiveDate, readInitialTerm } from './dates';
import { readPriceIncrease } from './priceIncrease';
import { readRenewal } from './renewal';
import { readSla } from './sla';
import { readDpa } from './dpa/readDpa';
import { readExit } from './exit/readExit';
import { readCommercialTerms } from './commercial';
import type { KeyTerms } from './types';

/** The terms a buyer reads first, computed once per review and shared by every rule. */
export function readKeyTerms(contract: Contract): KeyTerms {
  const effective = readEffectiveDate(contract);
  const initial = readInitialTerm(contract, effective?.iso ?? null);
  const renewal = readRenewal(contract, initial?.months ?? null);
  const priceIncrease = readPriceIncrease(contract);
  const deadline =
    effective && initial && renewal?.automatic && renewal.noticeDays !== null
      ? nonRenewalDeadline(effective.iso, initial.months, renewal.noticeDays)
      : null;
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
    ...readCommercialTerms(contract, effective, initial),
  };
}
