import type { Review } from '../engine/review';
import { keyTermRows } from '../report/keyTermRows';
import type { KeyTermsResult } from '../protocol';
import { toRange } from './toProtocol';

/** The key terms as the memo's rows, with editor ranges in place of offsets. */
export function toKeyTermsResult(review: Review, version: number): KeyTermsResult {
  const { lineStarts } = review.contract;
  return {
    version,
    rows: keyTermRows(review.keyTerms).map(({ span, ...row }) => ({ ...row, range: span ? toRange(lineStarts, span) : null })),
  };
}
