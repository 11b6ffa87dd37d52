import type { Review } from '../engine/review';
import type { Draft } from './inputs';

/** One draft and what the engine found in it: the input every output format reads. */
export interface ReviewedFile {
  readonly draft: Draft;
  readonly review: Review;
}
