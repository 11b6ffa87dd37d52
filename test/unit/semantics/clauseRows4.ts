// Rows for the commercial readers (the format is described in clauseRows.ts): the refusals and grants they ask the
// layer for, and asides that must not open a condition.
import type { Row } from './clauseRows';

export const COMMERCIAL_SHAPES: readonly Row[] = [
  ['Either party may end an Order Form (if applicable) or this Agreement, without cause, on sixty days notice.', 'roles: main', 'either may end'],
  ['The Reseller shall pay the fees (if any) stated in the quote.', 'roles: main', 'customer shall pay'],
  ['Subscription fees are not cancellable once the order is signed.', 'none may! be cancellable'],
  ['Customer shall not be charged for extra seats during the pilot.', 'none shall! be charged'],
  ['Provider will not port the hotline numbers to any other carrier.', 'provider shall! port'],
  ['The caps above shall not apply to a breach of the privacy obligations.', 'none shall! apply'],
  ['Unused calling minutes shall roll over into the following month.', 'none shall roll'],
  ['Customer may not reduce the committed agent count during the first year.', 'customer may! reduce'],
  ['Customer may lower the committed spend by ten percent at each anniversary.', 'customer may lower'],
  ['9.1 If Customer ends this Agreement early, Customer shall pay a fee of two months.', 'roles: condition main', 'customer shall pay'],
  ['12.3(b) Unless Provider agrees, Customer may not assign this Agreement.', 'roles: exception main', 'customer may! assign'],
];
