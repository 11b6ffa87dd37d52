import type { Contract, Span } from '../model';
import type { ExpirationTerms, GoverningLawTerms, LiabilityCapTerms, MinimumCommitmentTerms, TerminationForConvenienceTerms } from './commercialTypes';
import { readExpirationDate } from './expirationDate';
import { readGoverningLaw } from './governingLaw';
import { readLiabilityCap } from './liabilityCap';
import { readMinimumCommitment } from './minimumCommitment';
import { readTerminationForConvenience } from './terminationForConvenience';

export interface CommercialTerms {
  readonly expirationDate: ExpirationTerms | null;
  readonly governingLaw: GoverningLawTerms | null;
  readonly liabilityCap: LiabilityCapTerms | null;
  readonly terminationForConvenience: TerminationForConvenienceTerms | null;
  readonly minimumCommitment: MinimumCommitmentTerms | null;
}

/** The information terms, read after the dates because the expiration date builds on them. */
export function readCommercialTerms(
  contract: Contract,
  effective: { readonly iso: string } | null,
  initial: { readonly months: number; readonly span: Span } | null,
): CommercialTerms {
  return {
    expirationDate: readExpirationDate(contract, effective?.iso ?? null, initial?.months ?? null, initial?.span ?? null),
    governingLaw: readGoverningLaw(contract),
    liabilityCap: readLiabilityCap(contract),
    terminationForConvenience: readTerminationForConvenience(contract),
    minimumCommitment: readMinimumCommitment(contract),
  };
}
