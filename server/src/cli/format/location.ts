import { createLocator, type Locator } from '../../convert/locations';
import type { ReviewedFile } from '../reviewedFile';

/** For a Word or PDF draft, where a finding sits in the original file; null for text drafts. */
export function locatorFor(file: ReviewedFile): Locator | null {
  const converted = file.draft.converted;
  return converted ? createLocator(converted.kind, file.draft.text, file.review.contract.headings) : null;
}
