// PLACEHOLDER (being replaced): the export name and id are fixed.
import type { Rule } from '../../rule';

export const longRenewalTerm: Rule = {
  meta: { id: 'renewal/long-renewal-term', family: 'renewal', title: 'long-renewal-term', defaultSeverity: 'warning', why: '', askFor: '', appliesTo: ['msa', 'order-form', 'unknown'] },
  check: () => [],
};
