import type { Contract } from '../model';
import type { KeyTerms } from '../keyTerms/types';
import { readNoticeDeadline } from './noticeDeadline';

/**
 * The key terms with `renewal.noticeDeadline` filled in. The first deadline also
 * becomes `nonRenewalNoticeDeadline`, so the checklist, the CLI and the code lens
 * give one date even where the notice counts business days or months.
 */
export function withNoticeDeadline(contract: Contract, keyTerms: KeyTerms): KeyTerms {
  const renewal = keyTerms.renewal;
  if (!renewal) return keyTerms;
  const noticeDeadline = readNoticeDeadline(contract, keyTerms);
  return {
    ...keyTerms,
    renewal: { ...renewal, noticeDeadline },
    nonRenewalNoticeDeadline: noticeDeadline?.status === 'computed' ? noticeDeadline.current.noticeDue : keyTerms.nonRenewalNoticeDeadline,
  };
}
