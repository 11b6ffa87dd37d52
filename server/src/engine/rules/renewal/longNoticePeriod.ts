// PLACEHOLDER (being replaced): the export name and id are fixed.
import type { Rule } from '../../rule';

export const longNoticePeriod: Rule = {
  meta: { id: 'renewal/long-notice-period', family: 'renewal', title: 'long-notice-period', defaultSeverity: 'warning', why: '', askFor: '', appliesTo: ['msa', 'order-form', 'unknown'] },
  check: () => [],
};
